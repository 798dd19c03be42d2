//! 計算のしかた (`view=how`): the steps of the calculation, each with the example's figures (the
//! engine's result for the starter scenario) and the parameters it uses with their sources.

use super::texts as tx;
use crate::link::{starter_scenario, PageState};
use crate::state::use_app;
use crate::texts::tr;
use crate::ui::format::grouped_2dp;
use crate::ui::source::{param_source, param_value};
use crate::ui::table::{scroll_table, Caption};
use kofukin::engine::money::Yen;
use kofukin::engine::outcome::Outcome;
use kofukin::engine::params;
use kofukin::engine::scenario::Sector;
use kofukin::engine::simulate;
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The parameters each step uses (ids of `engine::params`), for the example's class (市区町村).
const ELIGIBILITY: &[&str] = &["gen1.infra.sectors", "gen2.infra.pairing"];
const SLOTS: &[&str] = &[
    "gen1.soft.applications.municipality",
    "gen1.hub_initial.applications.municipality",
    "gen1.infra.applications.municipality",
    "gen2.applications",
    "gen2.applications.extra",
];
const CAPS: &[&str] = &[
    "gen1.rate.soft",
    "gen2.rate.soft",
    "gen1.soft.project_year.municipality",
    "gen1.hub.project_year.municipality",
    "gen1.infra.cap.municipality",
    "gen2.hub.project_period.municipality",
];
const ALLOCATION: &[&str] = &[
    "gen2.soft.pot_year.municipality",
    "gen2.hub.pot_year.municipality",
    "gen2.infra.pot_year.municipality",
    "gen2.infra.pot_period.municipality",
];
const LAYERS: &[&str] = &[
    "gen1.local_finance.soft",
    "gen1.local_finance.soft.ordinary",
    "gen1.local_finance.soft.special",
    "gen2.local_finance",
];

fn oku(y: Yen) -> String {
    grouped_2dp(y.to_oku())
}

#[component]
pub fn HowView() -> impl IntoView {
    let app = use_app();
    let example = starter_scenario();
    let outcome = simulate(&example);
    let open_example = move || {
        let st = PageState { scenario: starter_scenario(), lang: app.lang.get(), ..PageState::default() };
        format!("?{}", crate::link::to_query(&st))
    };
    move || {
        let lang = app.lang.get();
        let t = |x: Text| tr(x, lang);
        let projects = example
            .projects
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let extra = if p.infra_sector == Sector::Road { tx::ROAD } else { tx::NONE };
                let cost = grouped_2dp(p.annual_cost_oku);
                view! { <li>{t(tx::example_project(i + 1, &p.kind.short_label(), &cost, p.years, &extra))}</li> }
            })
            .collect_view();
        view! {
            <article class="how" aria-labelledby="how-h">
                <h2 id="how-h" tabindex="-1">{t(tx::HEADING)}</h2>
                <p class="lead">{t(tx::INTRO)}</p>
                <p><a href=open_example>{t(tx::OPEN_EXAMPLE)}</a></p>
                {step(lang, "how-example", tx::STEP_EXAMPLE, tx::STEP_EXAMPLE_BODY, view! { <ul>{projects}</ul> }.into_any(), &[])}
                {step(lang, "how-eligibility", tx::STEP_ELIGIBILITY, tx::STEP_ELIGIBILITY_BODY, example_line(lang, tx::ELIGIBILITY_EXAMPLE), ELIGIBILITY)}
                {step(lang, "how-slots", tx::STEP_SLOTS, tx::STEP_SLOTS_BODY, slots(lang, &outcome), SLOTS)}
                {step(lang, "how-caps", tx::STEP_CAPS, tx::STEP_CAPS_BODY, caps(lang, &outcome), CAPS)}
                {step(lang, "how-allocation", tx::STEP_ALLOCATION, tx::STEP_ALLOCATION_BODY, example_line(lang, tx::allocation_example(&oku(outcome.rule_sets.gen2.total_national_oku))), ALLOCATION)}
                {step(lang, "how-layers", tx::STEP_LAYERS, tx::STEP_LAYERS_BODY, layers(lang, &outcome), LAYERS)}
                {step(lang, "how-compare", tx::STEP_COMPARE, tx::STEP_COMPARE_BODY, compare(lang, &outcome), &[])}
            </article>
        }
    }
}

fn example_line(lang: Lang, text: Text) -> AnyView {
    view! { <p>{tr(text, lang)}</p> }.into_any()
}

/// One step: heading, explanation, the example, and the parameters it uses with their sources.
fn step(lang: Lang, id: &'static str, heading: Text, body: Text, example: AnyView, ids: &[&str]) -> impl IntoView {
    let rows = ids
        .iter()
        .filter_map(|id| params::find(id))
        .map(|p| {
            view! {
                <tr data-param=p.id>
                    <th scope="row">{tr(p.label(), lang)}</th>
                    <td class="num">{tr(param_value(p), lang)}</td>
                    <td class="src">{param_source(lang, p)}</td>
                </tr>
            }
        })
        .collect_view();
    let columns = [crate::simulator::texts::COL_PARAM, crate::simulator::texts::COL_VALUE, crate::simulator::texts::COL_SOURCE]
        .into_iter()
        .map(|c| tr(c, lang))
        .collect();
    let table = (!ids.is_empty()).then(|| {
        view! {
            <h4>{tr(tx::PARAMS_USED, lang)}</h4>
            {scroll_table(tr(tx::PARAMS_USED, lang), None, Some("how-params"), Caption::None, columns, rows)}
        }
    });
    view! {
        <section class="how-step" id=id aria-labelledby=format!("{id}-h")>
            <h3 id=format!("{id}-h")>{tr(heading, lang)}</h3>
            <p>{tr(body, lang)}</p>
            <div class="how-example">
                <p class="how-example-label">{tr(tx::IN_EXAMPLE, lang)}</p>
                {example}
            </div>
            {table}
        </section>
    }
}

fn slots(lang: Lang, o: &Outcome) -> AnyView {
    let items = [&o.rule_sets.gen1, &o.rule_sets.gen2]
        .into_iter()
        .flat_map(|r| {
            let short = crate::texts::rule_set_short(r);
            r.applications.iter().map(move |a| tx::slots_line(short, &a.pool.label(), a.used, a.limit))
        })
        .map(|line| view! { <li>{tr(line, lang)}</li> })
        .collect_view();
    view! { <ul>{items}</ul> }.into_any()
}

fn caps(lang: Lang, o: &Outcome) -> AnyView {
    // The first soft project's first year under each rule set; 2.0 reaches no cap in the example.
    let first_year = |r: &kofukin::engine::outcome::RuleSetOutcome| {
        r.projects.first().and_then(|p| p.national_by_year_oku.first().copied()).map(oku).unwrap_or_default()
    };
    let cap = params::find("gen1.soft.project_year.municipality").and_then(|p| p.oku()).map(oku).unwrap_or_default();
    example_line(lang, tx::caps_example(&first_year(&o.rule_sets.gen2), &cap, &first_year(&o.rule_sets.gen1)))
}

fn layers(lang: Lang, o: &Outcome) -> AnyView {
    let (g1, g2) = (&o.rule_sets.gen1.layers, &o.rule_sets.gen2.layers);
    example_line(
        lang,
        tx::layers_example(&oku(g1.allocation_tax_oku), &oku(g1.remaining_local_oku), &oku(g2.remaining_local_oku)),
    )
}

fn compare(lang: Lang, o: &Outcome) -> AnyView {
    let (g1, g2) = (&o.rule_sets.gen1, &o.rule_sets.gen2);
    let diff = g2.comparable_national_oku.to_oku() - g1.comparable_national_oku.to_oku();
    let (one, two) = (oku(g1.comparable_national_oku), oku(g2.comparable_national_oku));
    let text = if !g1.complete && diff > Decimal::ZERO {
        tx::compare_example(&one, &two, &grouped_2dp(diff))
    } else {
        tx::compare_plain(&one, &two, &crate::ui::format::signed_2dp(diff))
    };
    example_line(lang, text)
}
