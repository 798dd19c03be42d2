//! 企業版ふるさと納税 for a company (CONTRACT §7, `view=donation`): the donation and the company's
//! taxes in, each credit, the 損金算入 benefit, the net cost and its ratio out (the engine's
//! `donation`), which cap bound, and a stacked bar of the donation. The inputs live in the URL under
//! their JSON field names (CONTRACT §5). The scheme's conditions stand next to it with their sources.

use crate::costs::export::error_lines;
use crate::costs::texts::{costs, CostTexts};
use crate::link::Notice;
use crate::state::use_app;
use kofukin::engine::donation::{donation, fmt_yen, DonationInput, DonationOutcome, MINIMUM_DONATION_YEN};
use kofukin::engine::money::parse_plain_decimal;
use kofukin::engine::params::LAYERS;
use kofukin::engine::scenario::normalize_typed_number;
use kofukin::engine::text::Lang;
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde_json::{Map, Value};

const RESIDENT_FILL: &str = "#0b57a4";
const CORPORATE_FILL: &str = "#3d7cc4";
const ENTERPRISE_FILL: &str = "#7fa9da";
const DEDUCTION_FILL: &str = "#1b7f4c";
const NET_FILL: &str = "#b0651a";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Donation,
    Resident,
    Corporate,
    Enterprise,
    Rate,
}

impl Field {
    const ALL: [Field; 5] = [Field::Donation, Field::Resident, Field::Corporate, Field::Enterprise, Field::Rate];
    fn key(self) -> &'static str {
        match self {
            Field::Donation => "donation_yen",
            Field::Resident => "resident_tax_levy_yen",
            Field::Corporate => "corporate_tax_yen",
            Field::Enterprise => "enterprise_tax_yen",
            Field::Rate => "deduction_rate",
        }
    }
    fn label(self, c: &CostTexts) -> &'static str {
        match self {
            Field::Donation => c.donation_yen,
            Field::Resident => c.resident_tax_levy_yen,
            Field::Corporate => c.corporate_tax_yen,
            Field::Enterprise => c.enterprise_tax_yen,
            Field::Rate => c.deduction_rate,
        }
    }
    fn default_value(self) -> String {
        let d = DonationInput::default();
        match self {
            Field::Donation => d.donation_yen.to_string(),
            Field::Resident => d.resident_tax_levy_yen.to_string(),
            Field::Corporate => d.corporate_tax_yen.to_string(),
            Field::Enterprise => d.enterprise_tax_yen.to_string(),
            Field::Rate => d.deduction_rate.normalize().to_string(),
        }
    }
    fn is_yen(self) -> bool {
        self != Field::Rate
    }
}

/// A typed value as the JSON the engine validates: yen as an integer, the rate as a decimal string.
fn to_json(f: Field, text: &str) -> Option<Value> {
    let n = normalize_typed_number(text);
    if f.is_yen() {
        n.parse::<u64>().ok().map(Value::from)
    } else {
        parse_plain_decimal(&n).ok().map(|d| Value::String(d.normalize().to_string()))
    }
}

/// How a value is shown in its field: yen with thousands separators.
fn shown(f: Field, text: &str) -> String {
    if f.is_yen() {
        match normalize_typed_number(text).parse::<u64>() {
            Ok(n) => fmt_yen(n),
            Err(_) => text.to_string(),
        }
    } else {
        text.to_string()
    }
}

type Computed = Result<DonationOutcome, (Vec<String>, Vec<String>, bool)>;

fn compute(texts: &[String; 5]) -> Computed {
    let mut obj = Map::new();
    let mut ja = Vec::new();
    let mut en = Vec::new();
    for (f, text) in Field::ALL.into_iter().zip(texts.iter()) {
        match to_json(f, text) {
            Some(v) => {
                obj.insert(f.key().into(), v);
            }
            None => {
                ja.push(format!("{}: 「{text}」は数として読めません", f.label(&crate::costs::texts::JA)));
                en.push(format!("{}: “{text}” is not a number", f.label(&crate::costs::texts::EN)));
            }
        }
    }
    if !ja.is_empty() {
        return Err((ja, en, false));
    }
    let below_minimum = obj.get("donation_yen").and_then(|v| v.as_u64()).is_some_and(|n| n < MINIMUM_DONATION_YEN);
    match DonationInput::from_json(&Value::Object(obj)) {
        Ok((input, unknown)) => Ok(donation(&input, &unknown)),
        Err(e) => Err((error_lines(&e, false), error_lines(&e, true), below_minimum)),
    }
}

#[component]
pub fn DonationView() -> impl IntoView {
    let app = use_app();
    let c = move || costs(app.lang.get());

    // Initial values: the link's (CONTRACT §5), or the CONTRACT §7 example.
    let initial: [String; 5] = Field::ALL.map(|f| {
        let given = app.other.with_untracked(|o| o.iter().rev().find(|(k, _)| k == f.key()).map(|(_, v)| v.clone()));
        match given {
            Some(v) if to_json(f, &v).is_some() => v,
            Some(v) => {
                let (ja, en) = (crate::costs::texts::JA.link_bad_value)(f.key(), &v);
                app.notices.update(|n| {
                    n.push(Notice { key: f.key().into(), given: v.clone(), message_ja: ja, message_en: en })
                });
                f.default_value()
            }
            None => f.default_value(),
        }
    });
    let texts = RwSignal::new(initial);
    let result = Memo::new_with_compare(move |_| texts.with(compute), |_, _| true);

    // Writes the inputs into the URL keys (the page's URL sync debounces the write).
    let write_url = move || {
        let values = texts.get_untracked();
        app.other.update(|o| {
            o.retain(|(k, _)| !Field::ALL.iter().any(|f| f.key() == k));
            for (f, v) in Field::ALL.into_iter().zip(values.iter()) {
                let v = to_json(f, v)
                    .map(|j| match j {
                        Value::String(s) => s,
                        other => other.to_string(),
                    })
                    .unwrap_or_else(|| v.clone());
                o.push((f.key().to_string(), v));
            }
        });
    };

    let inputs = Field::ALL
        .into_iter()
        .enumerate()
        .map(|(k, f)| {
            let id = format!("don-{}", f.key());
            let help_id = format!("{id}-help");
            let help = (f == Field::Rate).then(|| view! { <p class="help" id=help_id.clone()>{move || c().deduction_help}</p> });
            let draft: RwSignal<Option<String>> = RwSignal::new(None);
            view! {
                <div class="ed-field">
                    <label for=id.clone()>{move || f.label(c())}</label>
                    <span class="typed-wrap">
                        <input
                            type="text"
                            id=id
                            class="amount"
                            inputmode=if f.is_yen() { "numeric" } else { "decimal" }
                            autocomplete="off"
                            aria-describedby={
                                let help_id = help_id.clone();
                                move || {
                                    let mut ids: Vec<&str> = Vec::new();
                                    if f == Field::Rate {
                                        ids.push(&help_id);
                                    }
                                    if result.with(|r| r.is_err()) {
                                        ids.push("donation-problem");
                                    }
                                    (!ids.is_empty()).then(|| ids.join(" "))
                                }
                            }
                            aria-invalid=move || {
                                result.with(|r| match r {
                                    Err((ja, _, _)) => ja.iter().any(|l| l.starts_with(f.key()) || l.starts_with(f.label(&crate::costs::texts::JA))),
                                    Ok(_) => false,
                                })
                                .then_some("true")
                            }
                            prop:value=move || draft.get().unwrap_or_else(|| texts.with(|t| shown(f, &t[k])))
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                draft.set(Some(v.clone()));
                                texts.update(|t| t[k] = v);
                                write_url();
                            }
                            on:change=move |_| draft.set(None)
                        />
                        {f.is_yen().then(|| view! { <span class="unit" aria-hidden="true">{move || c().yen_unit}</span> })}
                    </span>
                    {help}
                </div>
            }
        })
        .collect_view();

    view! {
        <section class="donation-view" role="region" aria-labelledby="donation-h">
            <h2 id="donation-h">{move || c().donation_heading}</h2>
            <p class="help">{move || c().donation_intro}</p>
            <div class="donation-layout">
                <form class="donation-inputs" on:submit=move |ev| ev.prevent_default()>
                    {inputs}
                </form>
                <div class="donation-results">
                    {move || {
                        let c = c();
                        let en = app.lang.get() == Lang::En;
                        result.with(|r| match r {
                            Ok(out) => outcome_view(c, en, out).into_any(),
                            Err((ja, enl, below)) => {
                                let lines = if en { enl.clone() } else { ja.clone() };
                                let other = if en { ja.clone() } else { enl.clone() };
                                view! {
                                    <div class="input-problem" id="donation-problem" role="alert">
                                        <h3>{c.input_problem}</h3>
                                        {below.then(|| view! { <p class="minimum-message"><strong>{c.minimum_message}</strong></p> })}
                                        <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                                        <ul class="other-lang" lang=if en { "ja" } else { "en" }>
                                            {other.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                                        </ul>
                                    </div>
                                }
                                .into_any()
                            }
                        })
                    }}
                </div>
                <Conditions/>
            </div>
        </section>
    }
}

fn yen_figure(c: &'static CostTexts, n: u64, class: &'static str) -> impl IntoView {
    view! { <data class=format!("yen {class}") value=n.to_string() data-value=n.to_string()>{(c.yen)(&fmt_yen(n))}</data> }
}

fn outcome_view(c: &'static CostTexts, en: bool, out: &DonationOutcome) -> impl IntoView {
    let pct = (out.net_cost_ratio * Decimal::from(100)).round_dp(2);
    let ratio = out.net_cost_ratio.normalize().to_string();
    let credits = out.resident_tax_credit_yen + out.corporate_tax_credit_yen + out.enterprise_tax_credit_yen;
    let total = out.donation_yen as f64;
    let parts = [
        (RESIDENT_FILL, out.resident_tax_credit_yen as f64),
        (CORPORATE_FILL, out.corporate_tax_credit_yen as f64),
        (ENTERPRISE_FILL, out.enterprise_tax_credit_yen as f64),
        (DEDUCTION_FILL, out.deduction_benefit_yen as f64),
        (NET_FILL, out.net_cost_yen as f64),
    ];
    let alt = (c.bar_alt)(
        &(c.yen)(&fmt_yen(credits)),
        &(c.yen)(&fmt_yen(out.deduction_benefit_yen)),
        &(c.yen)(&fmt_yen(out.net_cost_yen)),
        &(c.yen)(&fmt_yen(out.donation_yen)),
    );
    let caps = out
        .findings
        .iter()
        .map(|f| {
            view! {
                <li class="finding sev-capped" data-code=f.code.as_str()>
                    {if en { f.message_en() } else { f.message_ja() }}
                    <span class="src">{format!(" （{}）", f.source)}</span>
                </li>
            }
        })
        .collect_view();
    let no_cap = out.findings.is_empty();
    let row = |fill: Option<&'static str>, name: &'static str, n: u64, class: &'static str| {
        view! {
            <tr>
                <th scope="row">
                    {fill.map(|fill| view! { <svg class="layer-swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><rect width="12" height="12" fill=fill/></svg> })}
                    " "{name}
                </th>
                <td class="num">{yen_figure(c, n, class)}</td>
            </tr>
        }
    };
    let _ = pct.to_f64();
    view! {
        <h3>{c.results_heading}</h3>
        <p class="net-cost">
            <span class="net-cost-label">{c.net_cost}</span>
            {yen_figure(c, out.net_cost_yen, "net-cost-value")}
            <span class="net-cost-ratio-wrap">
                {format!("{}: ", c.net_cost_ratio)}
                <data class="net-cost-ratio" value=ratio.clone() data-value=ratio.clone()>{(c.ratio_text)(&format!("{pct:.2}"), &ratio)}</data>
            </span>
        </p>
        <h4>{c.bar_title}</h4>
        {crate::costs::layers::stacked_bar(&parts, total, alt)}
        <table class="donation-table">
            <tbody>
                {row(Some(RESIDENT_FILL), c.resident_credit, out.resident_tax_credit_yen, "resident-credit")}
                {row(Some(CORPORATE_FILL), c.corporate_credit, out.corporate_tax_credit_yen, "corporate-credit")}
                {row(Some(ENTERPRISE_FILL), c.enterprise_credit, out.enterprise_tax_credit_yen, "enterprise-credit")}
                {row(Some(DEDUCTION_FILL), c.deduction_benefit, out.deduction_benefit_yen, "deduction-benefit")}
                {row(None, c.total_relief, out.total_relief_yen, "total-relief")}
                {row(Some(NET_FILL), c.net_cost, out.net_cost_yen, "net-cost-row")}
                {row(None, c.donation_yen, out.donation_yen, "donation-total")}
            </tbody>
        </table>
        <h4>{c.caps_heading}</h4>
        {if no_cap {
            view! { <p class="no-cap">{c.no_cap}</p> }.into_any()
        } else {
            view! { <ul class="findings">{caps}</ul> }.into_any()
        }}
    }
}

/// The scheme's conditions with their sources (dossier.md: show them as conditions).
#[component]
fn Conditions() -> impl IntoView {
    let app = use_app();
    move || {
        let c = costs(app.lang.get());
        let min = &LAYERS.donation_minimum;
        let deadline = &LAYERS.donation_deadline;
        let head_office = &LAYERS.donation_head_office;
        view! {
            <aside class="conditions" aria-labelledby="conditions-h">
                <h3 id="conditions-h">{c.conditions_heading}</h3>
                <ul>
                    <li data-param=min.id>
                        {c.condition_minimum}
                        <span class="src">{(c.condition_source)(min.source)}</span>
                    </li>
                    <li data-param=deadline.id>
                        {c.condition_deadline}
                        <span class="src">{(c.condition_source)(&format!("{}「{}」", deadline.source, deadline.quote))}</span>
                    </li>
                    <li data-param=head_office.id>
                        {c.condition_head_office}
                        <span class="src">{(c.condition_source)(head_office.source)}</span>
                    </li>
                </ul>
            </aside>
        }
    }
}
