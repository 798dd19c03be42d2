//! The result of one calculation: the total, the split bar, the figures by source, the bond, what
//! remains, the lines and the findings. Which sources are shown comes from the measure's definition
//! (what it can cover) and from the result (any amount that is not zero).

use super::form::{self as nf, Form};
use super::texts as tx;
use crate::state::AppState;
use crate::texts::{finding_message, tr, SOURCE_LABEL};
use crate::ui::bar::swatch;
use crate::ui::finding::finding_item;
use crate::ui::money::{yen_bare, yen_figure};
use crate::ui::source::source_line;
use crate::ui::table::{scroll_table, Caption};
use kofukin::engine::measures::{Field, Kind, Measure, MeasureResult, Ty};
use kofukin::engine::scenario::InputError;
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;

pub type Outcome = Result<MeasureResult, InputError>;

/// A message the engine gives in both languages, in the page's language.
pub fn in_lang(lang: Lang, ja: &str, en: &str) -> String {
    Text::owned(ja.to_string(), en.to_string()).get(lang).to_string()
}

/// The field of a path (`cost_yen`, `members[1].reward_yen`) among the measure's inputs.
fn field_at(inputs: &'static [Field], path: &str) -> Option<&'static Field> {
    let (head, rest) = path.split_once('.').map_or((path, None), |(h, r)| (h, Some(r)));
    let name = head.split('[').next().unwrap_or(head);
    let f = inputs.iter().find(|f| f.name == name)?;
    match (rest, &f.ty) {
        (Some(r), Ty::List { fields, .. }) => field_at(fields, r),
        _ => Some(f),
    }
}

/// The validator's message with the fields' labels in place of their paths and names (the page shows
/// no field names): 「cost_yen は必須です」 → 「自治体による助成額 は必須です」.
pub fn field_message(lang: Lang, inputs: &'static [Field], path: &str, ja: &str, en: &str) -> String {
    let label = |f: &Field| tr(f.label.clone().unwrap_or(f.meaning.clone()), lang);
    let mut text = in_lang(lang, ja, en);
    if let Some(f) = field_at(inputs, path).filter(|_| !path.is_empty()) {
        text = text.replace(path, &label(f));
    }
    // Other fields a condition names (「applicant が municipality のとき必須」), longest names first.
    let mut others: Vec<&Field> = inputs.iter().filter(|f| f.name.contains('_') && text.contains(f.name)).collect();
    others.sort_by_key(|f| std::cmp::Reverse(f.name.len()));
    for f in others {
        text = text.replace(f.name, &label(f));
    }
    text
}

/// The class of a covered kind's figures (`m-…`) and its funding layer (`layer-…` colours it).
fn classes(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::National => ("m-national", "national"),
        Kind::Special => ("m-special", "tax-special"),
        Kind::Ordinary => ("m-ordinary", "tax-ordinary"),
        Kind::UserFees => ("m-user-fees", "user-fees"),
    }
}

fn yen(lang: Lang, n: u64, class: &'static str) -> impl IntoView {
    yen_figure(lang, n, format!("money {class}"))
}

fn invalid_view(lang: Lang, m: &'static Measure, e: &InputError, form: RwSignal<Form>) -> AnyView {
    let missing = form.with(|f| e.errors.iter().all(|er| nf::is_empty_at(f, &er.path)));
    let items = e
        .errors
        .iter()
        .map(|er| {
            let target = format!("#{}", nf::control_id(&er.path));
            view! { <li><a href=target>{field_message(lang, m.inputs, &er.path, &er.message_ja, &er.message_en)}</a></li> }
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
        Err(e) => invalid_view(lang, m, e, form),
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
                            <dt>{swatch(layer)}{t(k.label())}</dt>
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
                        <dt>{swatch("local")}{t(m.bearer.label())}</dt>
                        <dd>{yen(lang, r.local_yen, "m-local")}</dd>
                    </div>
                </dl>
                {lines_table(lang, r, &kinds, bond)}
                {findings_view(lang, r)}
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
    let mut columns = vec![t(tx::COL_ITEM), t(tx::COST), t(tx::ELIGIBLE)];
    columns.extend(kinds.iter().map(|k| t(k.label())));
    columns.extend(bond.then(|| t(tx::BOND)));
    view! {
        <h4>{t(tx::LINES_HEADING)}</h4>
        {scroll_table(t(tx::LINES_HEADING), None, Some("navi-lines"), Caption::Unit(t(tx::TABLE_UNIT)), columns, rows)}
    }
}

fn findings_view(lang: Lang, r: &MeasureResult) -> impl IntoView {
    let heading = tr(tx::FINDINGS_HEADING, lang);
    if r.findings.is_empty() {
        return view! { <h4>{heading}</h4><p class="empty">{tr(tx::NO_FINDINGS, lang)}</p> }.into_any();
    }
    let items = r
        .findings
        .iter()
        .map(|f| {
            let (msg, src) = (tr(finding_message(f), lang), source_line(lang, SOURCE_LABEL, &f.source_ref));
            finding_item(lang, f.severity, f.code.as_str(), None, msg, src)
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
        .chain([(r.local_yen, "local")])
        .filter(|(n, _)| *n > 0)
        .map(|(n, layer)| view! { <span class=format!("seg layer-{layer}") style:width=part(n)></span> })
        .collect_view();
    Some(view! { <div class="split-bar" aria-hidden="true">{segs}</div> })
}
