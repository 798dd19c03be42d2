//! The two result columns (地方創生交付金 1.0 / 2.0), the 2.0 − 1.0 difference and the chart.

use crate::simulator::chart::YearChart;
use crate::simulator::findings::findings;
use crate::link::View;
use crate::nav::ViewLink;
use crate::simulator::texts as tx;
use crate::state::use_app;
use crate::texts::{oku, paren, project_label, rule_set_label, tr, SOURCE_LABEL, EXACT_VALUE, LIST_SEP, SEP, TABLE_UNIT};
use crate::ui::format::grouped_2dp;
use crate::ui::money::{oku_bare, oku_difference, oku_figure};
use crate::ui::source::{param_value, source_line};
use crate::ui::table::{scroll_table, Caption};
use kofukin::engine::money::Yen;
use kofukin::engine::outcome::{RuleSetId, RuleSetOutcome};
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;

#[component]
pub fn Results() -> impl IntoView {
    let app = use_app();
    view! {
        <section id="results" class="results" aria-labelledby="results-h" tabindex="-1">
            <h2 id="results-h">{app.say(tx::RESULTS_HEADING)}</h2>
            <p class="unit-note">{app.say(tx::UNIT_NOTE)}</p>
            <Difference/>
            <ReferenceSwitch/>
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
        let c = o.comparison();
        let diff = c.national_diff.to_oku();
        let (word, class, detail) = tx::difference_words(c.verdict, diff);
        let estimate = [&o.rule_sets.gen1, &o.rule_sets.gen2]
            .into_iter()
            .filter(|r| !r.complete && r.reference_applied.is_empty())
            .map(|r| {
                let note = tx::upper_estimate_of(crate::texts::rule_set_short(r));
                view! { <p class="estimate-note"><span aria-hidden="true">"⚠ "</span>{tr(note, lang)}</p> }
            })
            .collect_view();
        let burdens = tx::local_burdens(&grouped_2dp(c.local_burden_gen1.to_oku()), &grouped_2dp(c.local_burden_gen2.to_oku()));
        view! {
            <div class=format!("difference {class}")>
                <h3 id="difference-h">{tr(tx::DIFFERENCE_HEADING, lang)}</h3>
                <p class="difference-figure">
                    {oku_difference(lang, diff, "difference-value", true)}
                    <span class="difference-word">{tr(word, lang)}</span>
                </p>
                {detail.map(|d| view! { <p class="difference-detail">{tr(d, lang)}</p> })}
                <p class="help">{tr(tx::DIFFERENCE_NOTE, lang)}</p>
                {estimate}
                <p class="local-burden">
                    <span class="local-burden-label">{tr(tx::LOCAL_BURDEN_DIFF, lang)}</span>" "
                    {oku_difference(lang, c.local_burden_diff.to_oku(), "local-burden-diff", true)}
                    <span class="local-burden-both">{format!(" {}", tr(burdens, lang))}</span>
                </p>
                {c.donation_offsets_gen1_tax.then(|| view! { <p class="help donation-offset">{tr(tx::DONATION_OFFSET, lang)}</p> })}
                <p class="how-link"><ViewLink view=View::How focus="how-h">{tr(tx::HOW_LINK, lang)}</ViewLink></p>
            </div>
        }
    })
}

/// The reference-values switch (`ref=1`): 1.0's unconfirmed figures filled in with reference values.
#[component]
fn ReferenceSwitch() -> impl IntoView {
    let app = use_app();
    let checked = move || app.scenario.with(|s| s.gen1_reference_values);
    view! {
        <div class="switch-row reference-switch">
            <input
                type="checkbox"
                id="reference-values"
                prop:checked=checked
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    app.scenario.update(|s| s.gen1_reference_values = on);
                }
            />
            <label for="reference-values">{app.say(tx::REFERENCE_SWITCH)}</label>
            <p class="help">{app.say(tx::REFERENCE_SWITCH_HELP)}</p>
        </div>
    }
}

/// The reference values applied in place of open parameters, each with its value and its source.
fn reference_applied(lang: Lang, r: &RuleSetOutcome) -> Option<impl IntoView> {
    let items = r
        .reference_applied
        .iter()
        .filter_map(|id| {
            let open = kofukin::engine::params::find(id)?;
            let reference = kofukin::engine::params::reference_for(open)?;
            Some(view! {
                <li data-param=open.id>
                    {tr(open.label(), lang)}": "<b>{tr(param_value(reference), lang)}</b>" "
                    {source_line(lang, SOURCE_LABEL, &reference.source_ref)}
                </li>
            })
        })
        .collect::<Vec<_>>();
    (!items.is_empty()).then(|| {
        view! {
            <div class="reference-applied">
                <p class="reference-applied-h"><span aria-hidden="true">"ℹ "</span>{tr(tx::REFERENCE_APPLIED, lang)}</p>
                <ul>{items}</ul>
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
            {reference_applied(lang, r)}
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
            {below_caps(lang, r)}
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

/// The note that a total is a maximum, naming the values not confirmed in published sources (with
/// reference values applied, only the values still open are named: the total is then no maximum).
fn estimate(lang: Lang, r: &RuleSetOutcome) -> Option<impl IntoView> {
    let names = r
        .unpublished
        .iter()
        .filter_map(|id| kofukin::engine::params::find(id).map(|p| tr(p.label(), lang)))
        .collect::<Vec<_>>()
        .join(LIST_SEP.get(lang));
    let plain = r.reference_applied.is_empty();
    (!r.complete && (plain || !names.is_empty())).then(|| {
        let named = (!names.is_empty()).then(|| format!(" {}", paren("", &tx::unpublished_ids(&names)).get(lang)));
        view! {
            <p class="estimate-note">
                <span aria-hidden="true">"⚠ "</span>
                {plain.then(|| tr(tx::UPPER_ESTIMATE, lang))}
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

/// The eligible projects on which no cap bound, each with the rate it was computed at, and one line
/// when no project reached a cap at all.
fn below_caps(lang: Lang, r: &RuleSetOutcome) -> impl IntoView {
    let funded: Vec<_> = r.projects.iter().filter(|p| p.eligible && p.national_oku > Yen::ZERO).collect();
    let lines: Vec<_> = funded
        .iter()
        .filter(|p| !p.bound())
        .map(|p| (p, p.rate.and_then(|x| x.rate()).map(|x| x.to_string())))
        .collect();
    let all_below = !funded.is_empty() && !r.bound();
    let items = lines
        .into_iter()
        .map(|(p, rate)| {
            let who = project_label(p.index + 1, &p.kind.short_label(), &p.name);
            let what = tx::not_capped(rate.as_deref().unwrap_or("1/2"));
            view! { <li data-project=p.index>{tr(who, lang)}": "{tr(what, lang)}</li> }
        })
        .collect_view();
    (!funded.is_empty()).then(|| {
        view! {
            <div class="below-caps">
                {all_below.then(|| view! { <p class="none-capped">{tr(tx::NONE_CAPPED, lang)}</p> })}
                <ul class="not-capped">{items}</ul>
            </div>
        }
    })
}
