//! The two result columns (地方創生交付金 1.0 / 2.0), the 2.0 − 1.0 difference and the chart.

use crate::simulator::chart::YearChart;
use crate::simulator::findings::findings;
use crate::simulator::ops;
use crate::simulator::texts as tx;
use crate::state::use_app;
use crate::texts::{oku, paren, rule_set_label, tr, EXACT_VALUE, LIST_SEP, SEP, TABLE_UNIT};
use crate::ui::money::{oku_bare, oku_difference, oku_figure};
use crate::ui::table::{scroll_table, Caption};
use kofukin::engine::outcome::{RuleSetId, RuleSetOutcome};
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;
use rust_decimal::Decimal;

#[component]
pub fn Results() -> impl IntoView {
    let app = use_app();
    view! {
        <section id="results" class="results" aria-labelledby="results-h" tabindex="-1">
            <h2 id="results-h">{move || tr(tx::RESULTS_HEADING, app.lang.get())}</h2>
            <p class="unit-note">{move || tr(tx::UNIT_NOTE, app.lang.get())}</p>
            <Difference/>
            <div class="columns">
                <RuleSetColumn id=RuleSetId::Gen1/>
                <RuleSetColumn id=RuleSetId::Gen2/>
            </div>
            <YearChart/>
        </section>
    }
}

#[component]
fn Difference() -> impl IntoView {
    let app = use_app();
    app.with_outcome(move |lang, o| {
        let (g1, g2, diff) = (&o.rule_sets.gen1, &o.rule_sets.gen2, ops::difference(o));
        let (word, class) = if diff > Decimal::ZERO {
            (tx::DIFFERENCE_MORE, "up")
        } else if diff < Decimal::ZERO {
            (tx::DIFFERENCE_LESS, "down")
        } else {
            (tx::DIFFERENCE_SAME, "same")
        };
        let estimate = (!g1.complete || !g2.complete).then(|| {
            let which = rule_set_label(if !g1.complete { g1 } else { g2 });
            let note = format!("{}: {}", which.get(lang), tx::UPPER_ESTIMATE.get(lang));
            view! { <p class="estimate-note"><span aria-hidden="true">"⚠ "</span>{note}</p> }
        });
        view! {
            <div class=format!("difference {class}")>
                <h3 id="difference-h">{tr(tx::DIFFERENCE_HEADING, lang)}</h3>
                <p class="difference-figure">
                    {oku_difference(lang, diff, "difference-value", true)}
                    <span class="difference-word">{tr(word, lang)}</span>
                </p>
                <p class="help">{tr(tx::DIFFERENCE_NOTE, lang)}</p>
                {estimate}
            </div>
        }
    })
}

#[component]
fn RuleSetColumn(id: RuleSetId) -> impl IntoView {
    let app = use_app();
    let heading_id = format!("{}-h", id.as_str());
    let heading_for_aria = heading_id.clone();
    let head = move || app.outcome.with(|o| tr(rule_set_label(o.get(id)), app.lang.get()));
    let body = app.with_outcome(move |lang, o| {
        let r = o.get(id);
        let exact = |label: Text, v: kofukin::engine::money::Yen| {
            view! { <div><dt>{tr(label, lang)}</dt><dd>{tr(oku(&v.to_string()), lang)}</dd></div> }
        };
        view! {
            <p class="as-of">
                {format!("{}: ", tx::AS_OF.get(lang))}
                {Text::new(r.as_of, r.as_of_en).get(lang).to_owned()}
            </p>
            <p class="total">
                <span class="total-label">{tr(tx::TOTAL_NATIONAL, lang)}</span>
                {oku_figure(lang, r.total_national_oku, "total-national")}
            </p>
            {estimate(lang, r)}
            <dl class="subtotals">
                <div><dt>{tr(tx::TOTAL_COST, lang)}</dt><dd>{oku_figure(lang, r.total_cost_oku, "total-cost")}</dd></div>
                <div><dt>{tr(tx::TOTAL_LOCAL, lang)}</dt><dd>{oku_figure(lang, r.total_local_oku, "total-local")}</dd></div>
            </dl>
            <details class="exact">
                <summary>{tr(EXACT_VALUE, lang)}</summary>
                <dl>
                    {exact(tx::TOTAL_NATIONAL, r.total_national_oku)}
                    {exact(tx::TOTAL_COST, r.total_cost_oku)}
                    {exact(tx::TOTAL_LOCAL, r.total_local_oku)}
                    {exact(tx::COMPARABLE, r.comparable_national_oku)}
                </dl>
            </details>
            {by_kind(lang, r)}
            {by_year(lang, r)}
            {applications(lang, r)}
            {findings(lang, r)}
        }
    });
    view! {
        <section class=format!("ruleset {}", id.as_str()) role="region" aria-labelledby=heading_for_aria>
            <h3 id=heading_id>{head}</h3>
            {body}
            <crate::costs::layers::ColumnExtras id=id/>
        </section>
    }
}

/// The note that a total is an upper estimate, naming the unpublished parameters.
fn estimate(lang: Lang, r: &RuleSetOutcome) -> Option<impl IntoView> {
    (!r.complete).then(|| {
        let ids = r
            .unpublished
            .iter()
            .map(|id| match kofukin::engine::params::find(id) {
                Some(p) => Text::new(p.label_ja, p.label_en).get(lang).to_owned(),
                None => id.to_string(),
            })
            .collect::<Vec<_>>()
            .join(LIST_SEP.get(lang));
        let named = (!ids.is_empty()).then(|| format!(" {}", paren("", &tx::unpublished_ids(&ids)).get(lang)));
        view! {
            <p class="estimate-note">
                <span aria-hidden="true">"⚠ "</span>
                {tr(tx::UPPER_ESTIMATE, lang)}
                {named}
            </p>
        }
    })
}

fn by_kind(lang: Lang, r: &RuleSetOutcome) -> impl IntoView {
    let rows = r
        .by_kind
        .iter()
        .map(|k| {
            view! {
                <tr>
                    <th scope="row">{tr(k.kind.short_label(), lang)}</th>
                    <td class="num">{k.projects}</td>
                    <td class="num">{oku_bare(lang, k.cost_oku)}</td>
                    <td class="num">{oku_bare(lang, k.national_oku)}</td>
                    <td class="num">{oku_bare(lang, k.local_oku)}</td>
                </tr>
            }
        })
        .collect_view();
    let heading = tr(tx::BY_KIND_HEADING, lang);
    let name = tr(tx::of_rule_set(tx::BY_KIND_HEADING, crate::texts::rule_set_short(r)), lang);
    let body = if r.by_kind.is_empty() {
        view! { <p class="empty">{tr(tx::NO_PROJECTS, lang)}</p> }.into_any()
    } else {
        let columns = [tx::COL_KIND, tx::COL_COUNT, tx::COL_COST, tx::COL_NATIONAL, tx::COL_LOCAL];
        scroll_table(
            name,
            None,
            Some("by-kind"),
            Caption::Unit(tr(TABLE_UNIT, lang)),
            columns.into_iter().map(|c| tr(c, lang)).collect(),
            rows,
        )
        .into_any()
    };
    view! {
        <h4>{heading}</h4>
        {body}
    }
}

fn by_year(lang: Lang, r: &RuleSetOutcome) -> impl IntoView {
    (!r.by_year.is_empty()).then(|| {
        let rows = r
            .by_year
            .iter()
            .map(|y| {
                view! {
                    <tr>
                        <th scope="row">{tr(tx::year_label(y.year, y.fiscal_year), lang)}</th>
                        <td class="num">{oku_bare(lang, y.cost_oku)}</td>
                        <td class="num">{oku_bare(lang, y.national_oku)}</td>
                        <td class="num">{oku_bare(lang, y.local_oku)}</td>
                    </tr>
                }
            })
            .collect_view();
        let heading = tr(tx::BY_YEAR_HEADING, lang);
        let columns = [tx::COL_YEAR, tx::COL_COST, tx::COL_NATIONAL, tx::COL_LOCAL];
        view! {
            <h4 class="by-year-h">{heading.clone()}</h4>
            {scroll_table(
                tr(tx::of_rule_set(tx::BY_YEAR_HEADING, crate::texts::rule_set_short(r)), lang),
                Some("by-year-wrap"),
                Some("by-year-column"),
                Caption::Unit(tr(TABLE_UNIT, lang)),
                columns.into_iter().map(|c| tr(c, lang)).collect(),
                rows,
            )}
        }
    })
}

fn applications(lang: Lang, r: &RuleSetOutcome) -> impl IntoView {
    let items = r
        .applications
        .iter()
        .map(|a| {
            let extra = (a.extra_used > 0 || a.extra_limit.is_some_and(|l| l > 0))
                .then(|| format!("{}{}", SEP.get(lang), tx::extra_line(a.extra_used, a.extra_limit).get(lang)));
            let over = a.limit.is_some_and(|l| a.used > l);
            let pool = paren(a.pool.label().get(lang), &tx::start_year(a.start_year));
            view! {
                <li class:over=over>
                    <span class="pool">{tr(pool, lang)}</span>
                    " "
                    <span class="count">{tr(tx::applications_line(a.used, a.limit), lang)}{extra}</span>
                </li>
            }
        })
        .collect_view();
    (!r.applications.is_empty()).then(|| {
        view! {
            <h4>{tr(tx::APPLICATIONS_HEADING, lang)}</h4>
            <ul class="applications">{items}</ul>
        }
    })
}
