//! One plan's column (both rule sets' totals and its per-year table) and the differences B − A.

use crate::compare::texts as tx;
use crate::texts::{rule_set_label, rule_set_short, tr};
use crate::ui::money::{oku_bare, oku_difference, oku_figure};
use crate::ui::table::{scroll_table, Caption};
use kofukin::engine::money::Yen;
use kofukin::engine::outcome::{Outcome, RuleSetOutcome, YearTotals};
use kofukin::engine::scenario::Scenario;
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;

/// A year's totals under a rule set (zero when the rule set has no such year).
fn at(r: &RuleSetOutcome, year: u32) -> Option<&YearTotals> {
    r.by_year.iter().find(|t| t.year == year)
}

/// The years of one or two outcomes, in order, each with its fiscal year when known.
fn years(outcomes: &[&Outcome]) -> Vec<(u32, Option<u32>)> {
    let mut ys: Vec<(u32, Option<u32>)> = Vec::new();
    for o in outcomes {
        for t in o.rule_sets.gen1.by_year.iter().chain(&o.rule_sets.gen2.by_year) {
            if !ys.iter().any(|(y, _)| *y == t.year) {
                ys.push((t.year, t.fiscal_year));
            }
        }
    }
    ys.sort_unstable();
    ys
}

fn national(r: &RuleSetOutcome, year: u32) -> Yen {
    at(r, year).map_or(Yen::ZERO, |t| t.national_oku)
}

/// What a figure of an incomplete rule set is: an upper estimate, or an estimate with reference
/// values (the same reading as the simulator's difference box).
fn estimate_note(lang: Lang, r: &RuleSetOutcome) -> Option<impl IntoView> {
    let note = match (r.complete, r.reference_applied.is_empty()) {
        (true, _) => return None,
        (false, true) => tx::UPPER_ESTIMATE,
        (false, false) => tx::REFERENCE_ESTIMATE,
    };
    Some(view! { <p class="estimate-note"><span aria-hidden="true">"⚠ "</span>{tr(note, lang)}</p> })
}

/// A rule set's two headline figures.
fn rule_set_figures(lang: Lang, r: &RuleSetOutcome) -> impl IntoView {
    view! {
        <div class=format!("compare-ruleset {}", r.id.as_str())>
            <h4>{tr(rule_set_label(r), lang)}</h4>
            <dl>
                <dt>{tr(tx::TOTAL_NATIONAL, lang)}</dt>
                <dd>{oku_figure(lang, r.total_national_oku, "total-national")}</dd>
                <dt>{tr(tx::REMAINING_LOCAL, lang)}</dt>
                <dd>{oku_figure(lang, r.layers.remaining_local_oku, "remaining-local")}</dd>
            </dl>
            {estimate_note(lang, r)}
        </div>
    }
}

/// One plan: its class and project count, both rule sets' figures and the per-year table.
pub fn plan_column(lang: Lang, id: &'static str, name: Text, s: &Scenario, o: &Outcome) -> impl IntoView {
    let (g1, g2) = (&o.rule_sets.gen1, &o.rule_sets.gen2);
    let columns = vec![
        tr(tx::YEAR, lang),
        tr(tx::COST, lang),
        tr(tx::national_of(rule_set_short(g1)), lang),
        tr(tx::national_of(rule_set_short(g2)), lang),
    ];
    let rows = years(&[o])
        .into_iter()
        .map(|(y, fy)| {
            let cost = at(g2, y).or_else(|| at(g1, y)).map_or(Yen::ZERO, |t| t.cost_oku);
            view! {
                <tr>
                    <th scope="row">{tr(tx::year(y, fy), lang)}</th>
                    <td>{oku_bare(lang, cost)}</td>
                    <td>{oku_bare(lang, national(g1, y))}</td>
                    <td>{oku_bare(lang, national(g2, y))}</td>
                </tr>
            }
        })
        .collect_view();
    let caption = Caption::TitleUnit(tr(tx::by_year(&name), lang), tr(tx::UNIT, lang));
    let (heading, table_name, title) = (format!("{id}-h"), tr(tx::by_year(&name), lang), tr(name, lang));
    let labelled_by = heading.clone();
    view! {
        <section class="compare-plan" id=id role="region" aria-labelledby=labelled_by>
            <h3 id=heading>{title}</h3>
            <p class="compare-meta">
                {tr(s.municipality.label(), lang)}" · "{tr(tx::PROJECTS, lang)}" "{s.projects.len()}
            </p>
            {rule_set_figures(lang, g1)}
            {rule_set_figures(lang, g2)}
            {scroll_table(table_name, None, Some("compare-years"), caption, columns, rows)}
        </section>
    }
}

/// The differences B − A: both totals of both rule sets, then per year.
pub fn differences(lang: Lang, a: &Outcome, b: &Outcome) -> impl IntoView {
    let pairs = [(&a.rule_sets.gen1, &b.rule_sets.gen1), (&a.rule_sets.gen2, &b.rule_sets.gen2)];
    let diff = |x: Yen, y: Yen| (y - x).to_oku();
    let totals = pairs
        .iter()
        .flat_map(|(ra, rb)| {
            let short = rule_set_short(ra);
            [
                (tx::of_rule_set(short, &tx::TOTAL_NATIONAL), diff(ra.total_national_oku, rb.total_national_oku), "diff-national"),
                (
                    tx::of_rule_set(short, &tx::REMAINING_LOCAL),
                    diff(ra.layers.remaining_local_oku, rb.layers.remaining_local_oku),
                    "diff-local",
                ),
            ]
            .map(|(what, d, class)| (what, d, format!("{class} {}", ra.id.as_str())))
        })
        .map(|(what, d, class)| view! { <tr><th scope="row">{tr(what, lang)}</th><td>{oku_difference(lang, d, &class, true)}</td></tr> })
        .collect_view();
    let columns = vec![
        tr(tx::YEAR, lang),
        tr(tx::national_of(rule_set_short(&a.rule_sets.gen1)), lang),
        tr(tx::national_of(rule_set_short(&a.rule_sets.gen2)), lang),
    ];
    let rows = years(&[a, b])
        .into_iter()
        .map(|(y, fy)| {
            let d1 = diff(national(&a.rule_sets.gen1, y), national(&b.rule_sets.gen1, y));
            let d2 = diff(national(&a.rule_sets.gen2, y), national(&b.rule_sets.gen2, y));
            view! {
                <tr>
                    <th scope="row">{tr(tx::year(y, fy), lang)}</th>
                    <td>{oku_difference(lang, d1, "", true)}</td>
                    <td>{oku_difference(lang, d2, "", true)}</td>
                </tr>
            }
        })
        .collect_view();
    let title = tr(tx::DIFFERENCE, lang);
    // A difference of two estimates is not a fact about either plan: say so once.
    let estimated = [a, b].iter().any(|o| !o.rule_sets.gen1.complete || !o.rule_sets.gen2.complete);
    let estimated = estimated.then(|| view! { <p class="estimate-note">{tr(tx::DIFFERENCE_OF_ESTIMATES, lang)}</p> });
    view! {
        <section class="compare-diff" role="region" aria-labelledby="compare-diff-h">
            <h3 id="compare-diff-h">{title.clone()}</h3>
            {estimated}
            <table class="compare-diff-totals">
                <caption class="unit-caption">{tr(tx::UNIT, lang)}</caption>
                <thead><tr><th scope="col">{tr(tx::ITEM, lang)}</th><th scope="col">{title.clone()}</th></tr></thead>
                <tbody>{totals}</tbody>
            </table>
            {scroll_table(
                tr(tx::by_year(&tx::DIFFERENCE), lang),
                None,
                Some("compare-years"),
                Caption::TitleUnit(tr(tx::by_year(&tx::DIFFERENCE), lang), tr(tx::UNIT, lang)),
                columns,
                rows,
            )}
        </section>
    }
}
