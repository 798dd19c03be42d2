//! The result of one calculation: the total, the split bar, the figures by source, the bond, what
//! remains, the lines and the findings. Which sources are shown comes from the measure's definition
//! (what it can cover) and from the result (any amount that is not zero).

use super::form::{self as nf, Form};
use super::texts as tx;
use crate::simulator::results::{severity_class, severity_icon};
use crate::state::AppState;
use kofukin::engine::measures::{Kind, Measure, MeasureResult};
use kofukin::engine::scenario::InputError;
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;

pub type Outcome = Result<MeasureResult, InputError>;

/// A message the engine gives in both languages, in the page's language.
pub fn in_lang(lang: Lang, ja: &str, en: &str) -> String {
    Text::owned(ja.to_string(), en.to_string()).get(lang).to_string()
}

/// The class of a covered kind's figures (`m-…`) and of its colour (`layer-…`, the funding layers).
fn classes(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::National => ("m-national", "layer-national"),
        Kind::Special => ("m-special", "layer-tax-special"),
        Kind::Ordinary => ("m-ordinary", "layer-tax-ordinary"),
        Kind::UserFees => ("m-user-fees", "layer-user-fees"),
    }
}

fn yen(lang: Lang, n: u64, class: &'static str) -> impl IntoView {
    let exact = n.to_string();
    let shown = tx::yen(&nf::grouped(n)).get(lang).to_string();
    view! { <data class=format!("money {class}") value=exact.clone() data-value=exact>{shown}</data> }
}

fn yen_bare(n: u64) -> impl IntoView {
    let exact = n.to_string();
    view! { <data class="money bare" value=exact.clone() data-value=exact>{nf::grouped(n)}</data> }
}

fn invalid_view(lang: Lang, e: &InputError, form: RwSignal<Form>) -> AnyView {
    let missing = form.with(|f| e.errors.iter().all(|er| nf::is_empty_at(f, &er.path)));
    let items = e
        .errors
        .iter()
        .map(|er| {
            let target = format!("#{}", nf::control_id(&er.path));
            view! { <li><a href=target>{in_lang(lang, &er.message_ja, &er.message_en)}</a></li> }
        })
        .collect_view();
    let (class, heading) = if missing {
        ("input-state missing", tx::MISSING_HEADING)
    } else {
        ("input-state invalid", tx::INVALID_HEADING)
    };
    view! {
        <div class=class>
            <p>{heading.get(lang).to_string()}</p>
            <ul>{items}</ul>
        </div>
    }
    .into_any()
}

pub fn result_view(app: AppState, m: &'static Measure, outcome: Memo<Outcome>, form: RwSignal<Form>) -> AnyView {
    let lang = app.lang.get();
    outcome.with(|o| match o {
        Err(e) => invalid_view(lang, e, form),
        Ok(r) => {
            // The kinds the measure can cover, and any other that is not zero.
            let kinds: Vec<Kind> =
                Kind::ALL.into_iter().filter(|k| m.covers.contains(k) || r.covered_yen.get(*k) > 0).collect();
            let bond = m.bond || r.bond_yen > 0;
            let t = |x: Text| x.get(lang).to_string();
            let sources = kinds
                .iter()
                .map(|k| {
                    let (money, layer) = classes(*k);
                    view! {
                        <div class=format!("row-{money}")>
                            <dt><span class=format!("swatch {layer}") aria-hidden="true"></span>{t(k.label())}</dt>
                            <dd>{yen(lang, r.covered_yen.get(*k), money)}</dd>
                        </div>
                    }
                })
                .collect_view();
            let bond_box = bond.then(|| {
                view! {
                    <div class="bond-box">
                        <dl class="figures"><div><dt>{t(tx::BOND)}</dt><dd>{yen(lang, r.bond_yen, "m-bond")}</dd></div></dl>
                        <p class="help">{t(tx::BOND_NOTE)}</p>
                    </div>
                }
            });
            view! {
                <p class="total">
                    <span class="total-label">{t(tx::COVERED_TOTAL)}</span>
                    {yen(lang, r.covered_total_yen, "navi-total")}
                </p>
                {split_bar(r)}
                <dl class="figures">
                    <div><dt>{t(tx::COST)}</dt><dd>{yen(lang, r.cost_yen, "m-cost")}</dd></div>
                    <div><dt>{t(tx::ELIGIBLE)}</dt><dd>{yen(lang, r.eligible_yen, "m-eligible")}</dd></div>
                </dl>
                <h4>{t(tx::BY_SOURCE)}</h4>
                <dl class="figures sources">{sources}</dl>
                {bond_box}
                <dl class="figures local">
                    <div>
                        <dt><span class="swatch layer-local" aria-hidden="true"></span>{t(m.bearer.label())}</dt>
                        <dd>{yen(lang, r.local_yen, "m-local")}</dd>
                    </div>
                </dl>
                {lines_table(lang, r, &kinds, bond)}
                {findings_view(app, lang, r)}
            }
            .into_any()
        }
    })
}

/// One row per line of the result, with a column per shown kind (and the bond).
fn lines_table(lang: Lang, r: &MeasureResult, kinds: &[Kind], bond: bool) -> impl IntoView {
    let t = |x: Text| x.get(lang).to_string();
    let rows = r
        .lines
        .iter()
        .map(|l| {
            let label = Text::owned(l.label_ja.clone(), l.label_en.clone()).get(lang).to_string();
            let covered = kinds.iter().map(|k| view! { <td class="num">{yen_bare(l.covered_yen.get(*k))}</td> });
            view! {
                <tr data-item=l.item.clone()>
                    <th scope="row">{label}</th>
                    <td class="num">{yen_bare(l.cost_yen)}</td>
                    <td class="num">{yen_bare(l.eligible_yen)}</td>
                    {covered.collect_view()}
                    {bond.then(|| view! { <td class="num">{yen_bare(l.bond_yen)}</td> })}
                </tr>
            }
        })
        .collect_view();
    let heads = kinds.iter().map(|k| view! { <th scope="col">{t(k.label())}</th> }).collect_view();
    view! {
        <h4>{t(tx::LINES_HEADING)}</h4>
        <div class="table-wrap" tabindex="0" role="region" aria-label=t(tx::LINES_HEADING)>
            <table class="navi-lines">
                <caption class="unit-caption">{t(tx::TABLE_UNIT)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(tx::COL_ITEM)}</th>
                        <th scope="col">{t(tx::COST)}</th>
                        <th scope="col">{t(tx::ELIGIBLE)}</th>
                        {heads}
                        {bond.then(|| view! { <th scope="col">{t(tx::BOND)}</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn findings_view(app: AppState, lang: Lang, r: &MeasureResult) -> impl IntoView {
    let main_t = app.t();
    let heading = tx::FINDINGS_HEADING.get(lang).to_string();
    if r.findings.is_empty() {
        return view! { <h4>{heading}</h4><p class="empty">{tx::NO_FINDINGS.get(lang).to_string()}</p> }.into_any();
    }
    let items = r
        .findings
        .iter()
        .map(|f| {
            let msg = in_lang(lang, &f.message_ja(), &f.message_en());
            let src = format!("{}: {}（{}）", main_t.source_label, f.source, (main_t.basis_label)(f.basis));
            view! {
                <li class=format!("finding {}", severity_class(f.severity)) data-code=f.code.as_str()>
                    <span class="sev">
                        <span class="icon" aria-hidden="true">{severity_icon(f.severity)}</span>
                        {(main_t.severity_label)(f.severity)}
                    </span>
                    <span class="msg">{msg}</span>
                    <span class="src">{src}</span>
                </li>
            }
        })
        .collect_view();
    view! { <h4>{heading}</h4><ul class="findings">{items}</ul> }.into_any()
}

/// The cost split into what each source covers and what remains, as a bar (a visual aid: the same
/// figures are in the text). Widths in tenths of a percent, computed in integers.
fn split_bar(r: &MeasureResult) -> Option<impl IntoView> {
    if r.cost_yen == 0 {
        return None;
    }
    let part = |n: u64| {
        let permille = (u128::from(n) * 1000 / u128::from(r.cost_yen)) as u64;
        format!("{}.{}%", permille / 10, permille % 10)
    };
    let covered = Kind::ALL.into_iter().map(|k| (r.covered_yen.get(k), classes(k).1));
    let segs = covered
        .chain([(r.local_yen, "layer-local")])
        .filter(|(n, _)| *n > 0)
        .map(|(n, layer)| view! { <span class=format!("seg {layer}") style:width=part(n)></span> })
        .collect_view();
    Some(view! { <div class="split-bar" aria-hidden="true">{segs}</div> })
}
