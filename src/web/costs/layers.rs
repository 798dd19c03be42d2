//! RULES.md "Beyond the caps" on the page: for each rule set, the project cost as a stack of layers
//! (national share, 企業版ふるさと納税, 交付税措置 普通 / 特別, the remaining local burden), the 地方債
//! shown apart as financing (never in the national share or the stack), and the 2.0 measure as
//! 未公表. Also the デジタル実装型 projects of each column: caps and rates under 2.0, and why 1.0 leaves
//! them out. SVG with presentation attributes only (strict CSP), with a text alternative and a table.

use crate::costs::export::oku_text;
use crate::costs::texts::{costs, CostTexts};
use crate::simulator::results::{money, money_bare};
use crate::state::use_app;
use kofukin::engine::finding::Code;
use kofukin::engine::money::Yen;
use kofukin::engine::outcome::{Layers, RuleSetId, RuleSetOutcome, Status};
use kofukin::engine::params::{GEN1, GEN2};
use kofukin::engine::scenario::Kind;
use kofukin::engine::text::Lang;
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;

pub const NATIONAL_FILL: &str = "#0b57a4";
pub const DONATION_FILL: &str = "#1b7f4c";
pub const ORDINARY_FILL: &str = "#b0651a";
pub const SPECIAL_FILL: &str = "#e3a04f";
pub const REMAINING_FILL: &str = "#8a96a3";
pub const BOND_FILL: &str = "#6941c6";

const W: f64 = 600.0;
const H: f64 = 36.0;

/// One segment of a stacked bar: its fill and its amount.
pub fn stacked_bar(parts: &[(&'static str, f64)], total: f64, title: String) -> impl IntoView {
    let total = if total > 0.0 { total } else { 1.0 };
    let mut x = 0.0;
    let rects = parts
        .iter()
        .filter(|(_, v)| *v > 0.0)
        .map(|(fill, v)| {
            let w = (v / total * W).max(0.0);
            let r = view! { <rect x=format!("{x:.2}") y="0" width=format!("{w:.2}") height=H.to_string() fill=*fill/> };
            x += w;
            r
        })
        .collect_view();
    let label = title.clone();
    view! {
        <svg class="stack-svg" viewBox=format!("0 0 {W} {H}") preserveAspectRatio="none" role="img" aria-label=label>
            <title>{title}</title>
            <rect x="0" y="0" width=W.to_string() height=H.to_string() fill="#eef1f4"/>
            {rects}
        </svg>
    }
}

fn f(y: Yen) -> f64 {
    y.to_oku().to_f64().unwrap_or(0.0)
}

fn swatch(fill: &'static str) -> impl IntoView {
    view! {
        <svg class="layer-swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            <rect width="12" height="12" fill=fill/>
        </svg>
    }
}

/// The layers of one rule set's result, as a bar and a table (the table is the exact record).
fn stack(
    c: &'static CostTexts,
    t: &'static crate::texts::Texts,
    national: Yen,
    cost: Yen,
    l: &Layers,
) -> impl IntoView {
    let alt = (c.layers_alt)(
        &(t.oku)(&oku_text(national)),
        &(t.oku)(&oku_text(l.donation_oku)),
        &(t.oku)(&oku_text(l.ordinary_allocation_tax_oku)),
        &(t.oku)(&oku_text(l.special_allocation_tax_oku)),
        &(t.oku)(&oku_text(l.remaining_local_oku)),
        &(t.oku)(&oku_text(l.bond_oku)),
    );
    let parts = [
        (NATIONAL_FILL, f(national)),
        (DONATION_FILL, f(l.donation_oku)),
        (ORDINARY_FILL, f(l.ordinary_allocation_tax_oku)),
        (SPECIAL_FILL, f(l.special_allocation_tax_oku)),
        (REMAINING_FILL, f(l.remaining_local_oku)),
    ];
    let rows = [
        (NATIONAL_FILL, c.layer_national, national, "layer-national"),
        (DONATION_FILL, c.layer_donation, l.donation_oku, "layer-donation"),
        (ORDINARY_FILL, c.layer_ordinary, l.ordinary_allocation_tax_oku, "layer-ordinary"),
        (SPECIAL_FILL, c.layer_special, l.special_allocation_tax_oku, "layer-special"),
        (REMAINING_FILL, c.layer_remaining, l.remaining_local_oku, "layer-remaining"),
    ]
    .into_iter()
    .map(|(fill, name, v, class)| {
        view! {
            <tr class=class>
                <th scope="row">{swatch(fill)}" "{name}</th>
                <td class="num">{money_bare(t, v)}</td>
            </tr>
        }
    })
    .collect_view();
    view! {
        {stacked_bar(&parts, f(cost), alt)}
        <table class="layers-table">
            <caption class="unit-caption">{t.table_unit}</caption>
            <tbody>
                {rows}
                <tr class="layer-cost">
                    <th scope="row">{c.layer_cost}</th>
                    <td class="num">{money_bare(t, cost)}</td>
                </tr>
                <tr class="layer-bond">
                    <th scope="row">{swatch(BOND_FILL)}" "{c.layer_bond}</th>
                    <td class="num">{money_bare(t, l.bond_oku)}</td>
                </tr>
            </tbody>
        </table>
    }
}

/// The local-share layers and the digital projects of one result column.
#[component]
pub fn ColumnExtras(id: RuleSetId) -> impl IntoView {
    let app = use_app();
    move || {
        let t = app.t();
        let c = costs(app.lang.get());
        let lang = app.lang.get();
        app.outcome.with(|o| {
            let r = o.get(id);
            let heading = format!("{}-layers-h", id.as_str());
            let heading_ref = heading.clone();
            let measure = match id {
                RuleSetId::Gen1 => {
                    let p = &GEN1.local_finance_soft;
                    view! {
                        <p class="measure-note">
                            {c.gen1_measure}
                            <span class="screen-only">" "{c.gen1_measure_note}</span>
                            <span class="src">{format!(" （{}: {}）", t.source_label, p.source)}</span>
                        </p>
                    }
                    .into_any()
                }
                RuleSetId::Gen2 => {
                    let p = &GEN2.local_finance;
                    view! {
                        <p class="measure-note unpublished-measure" data-param=p.id>
                            <span class="badge">{c.unpublished}</span>" "{c.gen2_measure}
                        </p>
                    }
                    .into_any()
                }
            };
            let body = if r.projects.iter().all(|p| p.status == Status::NotModelled) {
                view! { <p class="empty">{c.layers_empty}</p> }.into_any()
            } else {
                stack(c, t, r.total_national_oku, r.total_cost_oku, &r.layers).into_any()
            };
            let bond_note = (!r.layers.bond_oku.is_zero()).then(|| view! { <p class="help">{c.bond_note}</p> });
            view! {
                <section class="layers" aria-labelledby=heading_ref>
                    <h4 id=heading>{c.layers_heading}</h4>
                    {body}
                    {bond_note}
                    {measure}
                </section>
                {digital(c, t, lang, id, r)}
            }
        })
    }
}

/// The デジタル実装型 projects of one column: 2.0 caps and rates (from the parameters) and each
/// project's request and grant; 1.0 says why they are not modelled (the engine's finding).
fn digital(
    c: &'static CostTexts,
    t: &'static crate::texts::Texts,
    lang: Lang,
    id: RuleSetId,
    r: &RuleSetOutcome,
) -> Option<AnyView> {
    let items: Vec<_> = r.projects.iter().filter(|p| p.kind.is_digital()).collect();
    if items.is_empty() {
        return None;
    }
    let heading = format!("{}-digital-h", id.as_str());
    let heading_ref = heading.clone();
    let rows = items
        .into_iter()
        .map(|p| {
            let who = (t.project_label)(p.index + 1, (t.kind_name)(p.kind), &p.name);
            match id {
                RuleSetId::Gen2 => {
                    let (cap, rate) = match p.kind {
                        Kind::DigitalType1 => (&GEN2.type1_cap, &GEN2.type1_rate),
                        Kind::DigitalTypeV => (&GEN2.type_v_cap, &GEN2.type_v_rate),
                        _ => (&GEN2.type_s_cost_cap, &GEN2.type_s_rate),
                    };
                    let cap_label = if lang == Lang::Ja { cap.label_ja } else { cap.label_en };
                    let status = (p.status == Status::Ineligible).then(|| {
                        view! { <span class="status ineligible">{c.status_ineligible}</span> }
                    });
                    view! {
                        <li class="digital-item" data-kind=p.kind.as_str()>
                            <span class="where">{who}</span>
                            <span>{format!("{}: {}（{}）", c.digital_cap, cap.value_ja(), cap_label)}</span>
                            <span>{format!("{}: {}", c.digital_rate, rate.value_ja())}</span>
                            <span>{format!("{}: ", c.digital_requested)}{money(t, p.requested_oku, "digital-requested")}</span>
                            <span>{format!("{}: ", c.digital_granted)}{money(t, p.national_oku, "digital-national")}" "{status}</span>
                            <span class="src">{format!("{}: {}（{}、{}）", t.source_label, cap.source, cap.as_of, c.digital_period)}</span>
                        </li>
                    }
                    .into_any()
                }
                RuleSetId::Gen1 => {
                    let why = p
                        .findings
                        .iter()
                        .find(|f| f.code == Code::NotModelled)
                        .map(|f| if lang == Lang::Ja { f.message_ja() } else { f.message_en() })
                        .unwrap_or_default();
                    view! {
                        <li class="digital-item" data-kind=p.kind.as_str()>
                            <span class="where">{who}</span>
                            <span class="status not-modelled">{c.status_not_modelled}</span>
                            <span class="msg">{why}</span>
                        </li>
                    }
                    .into_any()
                }
            }
        })
        .collect_view();
    Some(
        view! {
            <section class="digital" aria-labelledby=heading_ref>
                <h4 id=heading>{c.digital_heading}</h4>
                <ul class="digital-list">{rows}</ul>
            </section>
        }
        .into_any(),
    )
}

/// One project's layers under both rule sets (in its editor card).
#[component]
pub fn ProjectLayers(i: usize) -> impl IntoView {
    let app = use_app();
    move || {
        let t = app.t();
        let c = costs(app.lang.get());
        let lang = app.lang.get();
        app.outcome.with(|o| {
            let cols = [RuleSetId::Gen1, RuleSetId::Gen2].map(|id| {
                let r = o.get(id);
                let label = if lang == Lang::Ja { r.label_ja } else { r.label_en };
                (label.rsplit(' ').next().unwrap_or(label).to_string(), r.projects.get(i).cloned())
            });
            let row = |name: &'static str, fill: Option<&'static str>, get: fn(&Layers, Yen, Yen) -> Yen| {
                let cells = cols
                    .iter()
                    .map(|(_, p)| match p {
                        Some(p) if p.status != Status::NotModelled => {
                            view! { <td class="num">{money_bare(t, get(&p.layers, p.national_oku, p.cost_oku))}</td> }
                                .into_any()
                        }
                        _ => view! { <td class="num">{c.status_not_modelled}</td> }.into_any(),
                    })
                    .collect_view();
                view! { <tr><th scope="row">{fill.map(swatch)}" "{name}</th>{cells}</tr> }
            };
            view! {
                <table class="layers-table project-layers-table">
                    <caption class="unit-caption">{t.table_unit}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_topic}</th>
                            {cols.iter().map(|(l, _)| view! { <th scope="col">{l.clone()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {row(c.layer_national, Some(NATIONAL_FILL), |_, n, _| n)}
                        {row(c.layer_donation, Some(DONATION_FILL), |l, _, _| l.donation_oku)}
                        {row(c.layer_ordinary, Some(ORDINARY_FILL), |l, _, _| l.ordinary_allocation_tax_oku)}
                        {row(c.layer_special, Some(SPECIAL_FILL), |l, _, _| l.special_allocation_tax_oku)}
                        {row(c.layer_remaining, Some(REMAINING_FILL), |l, _, _| l.remaining_local_oku)}
                        {row(c.layer_cost, None, |_, _, cost| cost)}
                        {row(c.layer_bond, Some(BOND_FILL), |l, _, _| l.bond_oku)}
                    </tbody>
                </table>
            }
        })
    }
}
