//! The two result columns (地方創生交付金 1.0 / 2.0), the 2.0 − 1.0 difference and the chart.

use crate::simulator::chart::YearChart;
use crate::state::use_app;
use crate::texts::Texts;
use crate::ui::format::{grouped_2dp, signed_2dp};
use kofukin::engine::finding::{Finding, Severity};
use kofukin::engine::money::{canonical, Yen};
use kofukin::engine::outcome::{RuleSetId, RuleSetOutcome};
use kofukin::engine::text::Lang;
use leptos::prelude::*;
use rust_decimal::Decimal;

#[component]
pub fn Results() -> impl IntoView {
    let app = use_app();
    view! {
        <section id="results" class="results" aria-labelledby="results-h" tabindex="-1">
            <h2 id="results-h">{move || app.t().results_heading}</h2>
            <p class="unit-note">{move || app.t().unit_note}</p>
            <Difference/>
            <div class="columns">
                <RuleSetColumn id=RuleSetId::Gen1/>
                <RuleSetColumn id=RuleSetId::Gen2/>
            </div>
            <YearChart/>
        </section>
    }
}

/// A money figure: rounded for reading, exact in `data-value` and the title.
pub fn money(t: &'static Texts, yen: Yen, class: &'static str) -> impl IntoView {
    let exact = yen.to_string();
    money_decimal(t, yen.to_oku(), exact, class)
}

/// A money figure in a table whose header carries the unit.
pub fn money_bare(t: &'static Texts, yen: Yen) -> impl IntoView {
    let exact = yen.to_string();
    let title = format!("{}: {}", t.exact_value, (t.oku)(&exact));
    view! { <data class="money bare" value=exact.clone() data-value=exact title=title>{grouped_2dp(yen.to_oku())}</data> }
}

pub fn money_decimal(t: &'static Texts, d: Decimal, exact: String, class: &'static str) -> impl IntoView {
    let title = format!("{}: {}", t.exact_value, (t.oku)(&exact));
    view! {
        <data class=format!("money {class}") value=exact.clone() data-value=exact title=title>
            {(t.oku)(&grouped_2dp(d))}
        </data>
    }
}

#[component]
fn Difference() -> impl IntoView {
    let app = use_app();
    move || {
        let t = app.t();
        app.outcome.with(|o| {
            let g1 = &o.rule_sets.gen1;
            let g2 = &o.rule_sets.gen2;
            let diff = g2.comparable_national_oku.to_oku() - g1.comparable_national_oku.to_oku();
            let exact = canonical(diff);
            let (word, class) = if diff > Decimal::ZERO {
                (t.difference_more, "up")
            } else if diff < Decimal::ZERO {
                (t.difference_less, "down")
            } else {
                (t.difference_same, "same")
            };
            let title = format!("{}: {}", t.exact_value, (t.oku)(&exact));
            let estimate = (!g1.complete || !g2.complete).then(|| {
                let which = if !g1.complete { label(app.lang.get(), g1) } else { label(app.lang.get(), g2) };
                view! { <p class="estimate-note"><span aria-hidden="true">"⚠ "</span>{format!("{which}: {}", t.upper_estimate)}</p> }
            });
            view! {
                <div class=format!("difference {class}")>
                    <h3 id="difference-h">{t.difference_heading}</h3>
                    <p class="difference-figure">
                        <data class="money difference-value" value=exact.clone() data-value=exact title=title>
                            {(t.oku)(&signed_2dp(diff))}
                        </data>
                        <span class="difference-word">{word}</span>
                    </p>
                    <p class="help">{t.difference_note}</p>
                    {estimate}
                </div>
            }
        })
    }
}

fn label(lang: Lang, r: &RuleSetOutcome) -> &'static str {
    match lang {
        Lang::Ja => r.label_ja,
        Lang::En => r.label_en,
    }
}

#[component]
fn RuleSetColumn(id: RuleSetId) -> impl IntoView {
    let app = use_app();
    let heading_id = format!("{}-h", id.as_str());
    let heading_for_aria = heading_id.clone();
    let head = move || app.outcome.with(|o| label(app.lang.get(), o.get(id)));
    let body = move || {
        let t = app.t();
        let lang = app.lang.get();
        app.outcome.with(|o| {
            let r = o.get(id);
            let estimate = (!r.complete).then(|| {
                let ids = r
                    .unpublished
                    .iter()
                    .map(|id| match kofukin::engine::params::find(id) {
                        Some(p) if lang == Lang::Ja => p.label_ja,
                        Some(p) => p.label_en,
                        None => id,
                    })
                    .collect::<Vec<_>>()
                    .join(t.list_sep);
                view! {
                    <p class="estimate-note">
                        <span aria-hidden="true">"⚠ "</span>
                        {t.upper_estimate}
                        {(!ids.is_empty()).then(|| format!(" {}", (t.paren)("", &format!("{}: {ids}", t.unpublished_ids))))}
                    </p>
                }
            });
            view! {
                <p class="as-of">
                    {format!("{}: ", t.as_of)}
                    {if t.html_lang == "ja" { r.as_of } else { r.as_of_en }}
                </p>
                <p class="total">
                    <span class="total-label">{t.total_national}</span>
                    {money(t, r.total_national_oku, "total-national")}
                </p>
                {estimate}
                <dl class="subtotals">
                    <div><dt>{t.total_cost}</dt><dd>{money(t, r.total_cost_oku, "total-cost")}</dd></div>
                    <div><dt>{t.total_local}</dt><dd>{money(t, r.total_local_oku, "total-local")}</dd></div>
                </dl>
                <details class="exact">
                    <summary>{t.exact_value}</summary>
                    <dl>
                        <div><dt>{t.total_national}</dt><dd>{(t.oku)(&r.total_national_oku.to_string())}</dd></div>
                        <div><dt>{t.total_cost}</dt><dd>{(t.oku)(&r.total_cost_oku.to_string())}</dd></div>
                        <div><dt>{t.total_local}</dt><dd>{(t.oku)(&r.total_local_oku.to_string())}</dd></div>
                        <div><dt>{t.comparable}</dt><dd>{(t.oku)(&r.comparable_national_oku.to_string())}</dd></div>
                    </dl>
                </details>
                {by_kind(t, lang, r)}
                {by_year(t, r)}
                {applications(t, r)}
                {findings(t, lang, r)}
            }
        })
    };
    view! {
        <section class=format!("ruleset {}", id.as_str()) role="region" aria-labelledby=heading_for_aria>
            <h3 id=heading_id>{head}</h3>
            {body}
            <crate::costs::layers::ColumnExtras id=id/>
        </section>
    }
}

fn by_kind(t: &'static Texts, lang: Lang, r: &RuleSetOutcome) -> impl IntoView {
    let rows = r
        .by_kind
        .iter()
        .map(|k| {
            let name = match lang {
                Lang::Ja => k.kind.label_ja(),
                Lang::En => (crate::texts::EN.kind_name)(k.kind),
            };
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td class="num">{k.projects}</td>
                    <td class="num">{money_bare(t, k.cost_oku)}</td>
                    <td class="num">{money_bare(t, k.national_oku)}</td>
                    <td class="num">{money_bare(t, k.local_oku)}</td>
                </tr>
            }
        })
        .collect_view();
    let empty = r.by_kind.is_empty();
    view! {
        <h4>{t.by_kind_heading}</h4>
        {if empty {
            view! { <p class="empty">{t.no_projects}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=t.by_kind_heading>
                    <table class="by-kind">
                        <caption class="unit-caption">{t.table_unit}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.col_kind}</th>
                                <th scope="col">{t.col_count}</th>
                                <th scope="col">{t.col_cost}</th>
                                <th scope="col">{t.col_national}</th>
                                <th scope="col">{t.col_local}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }}
    }
}

fn by_year(t: &'static Texts, r: &RuleSetOutcome) -> impl IntoView {
    (!r.by_year.is_empty()).then(|| {
        let rows = r
            .by_year
            .iter()
            .map(|y| {
                view! {
                    <tr>
                        <th scope="row">{(t.year_label)(y.year, y.fiscal_year)}</th>
                        <td class="num">{money_bare(t, y.cost_oku)}</td>
                        <td class="num">{money_bare(t, y.national_oku)}</td>
                        <td class="num">{money_bare(t, y.local_oku)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h4 class="by-year-h">{t.by_year_heading}</h4>
            <div class="table-wrap by-year-wrap" tabindex="0" role="region" aria-label=t.by_year_heading>
                <table class="by-year-column">
                    <caption class="unit-caption">{t.table_unit}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_year}</th>
                            <th scope="col">{t.col_cost}</th>
                            <th scope="col">{t.col_national}</th>
                            <th scope="col">{t.col_local}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    })
}

fn applications(t: &'static Texts, r: &RuleSetOutcome) -> impl IntoView {
    let items = r
        .applications
        .iter()
        .map(|a| {
            let extra = (a.extra_used > 0 || a.extra_limit.is_some_and(|l| l > 0))
                .then(|| format!("{}{}", t.sep, (t.extra_line)(a.extra_used, a.extra_limit)));
            let over = a.limit.is_some_and(|l| a.used > l);
            view! {
                <li class:over=over>
                    <span class="pool">{(t.paren)((t.pool_label)(a.pool), &(t.start_year)(a.start_year))}</span>
                    " "
                    <span class="count">{(t.applications_line)(a.used, a.limit)}{extra}</span>
                </li>
            }
        })
        .collect_view();
    (!r.applications.is_empty()).then(|| {
        view! {
            <h4>{t.applications_heading}</h4>
            <ul class="applications">{items}</ul>
        }
    })
}

/// A finding's severity as an icon (shown with its text: never colour alone).
pub fn severity_icon(s: Severity) -> &'static str {
    match s {
        Severity::Ineligible => "✕",
        Severity::Capped => "▼",
        Severity::Warning => "!",
        Severity::NotModelled => "－",
    }
}

pub fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Ineligible => "sev-ineligible",
        Severity::Capped => "sev-capped",
        Severity::Warning => "sev-warning",
        Severity::NotModelled => "sev-not-modelled",
    }
}

/// Consecutive findings of one project with the same code (one per year, say) are shown as one.
struct Group<'a> {
    who: Option<String>,
    first: &'a Finding,
    years: Vec<u32>,
    count: usize,
}

fn findings(t: &'static Texts, lang: Lang, r: &RuleSetOutcome) -> impl IntoView {
    let mut groups: Vec<Group> = Vec::new();
    let mut all: Vec<(Option<String>, &Finding)> = r.findings.iter().map(|f| (None, f)).collect();
    for p in &r.projects {
        let kind = match lang {
            Lang::Ja => p.kind.label_ja(),
            Lang::En => (crate::texts::EN.kind_name)(p.kind),
        };
        let who = (t.project_label)(p.index + 1, kind, &p.name);
        all.extend(p.findings.iter().map(|f| (Some(who.clone()), f)));
    }
    for (who, f) in all {
        match groups.last_mut() {
            Some(g)
                if who.is_some()
                    && f.year.is_some()
                    && g.who == who
                    && g.first.code == f.code
                    && g.first.severity == f.severity =>
            {
                g.count += 1;
                g.years.extend(f.year);
            }
            _ => groups.push(Group { who, first: f, years: f.year.into_iter().collect(), count: 1 }),
        }
    }
    groups.sort_by_key(|g| g.first.severity);
    let empty = groups.is_empty();
    let items = groups
        .into_iter()
        .map(|g| {
            let f = g.first;
            let years = match g.years.as_slice() {
                [] => None,
                [y] => Some((t.year_short)(*y)),
                [a, .., b] if g.years.windows(2).all(|w| w[1] == w[0] + 1) => Some((t.year_range)(*a, *b)),
                ys => Some(ys.iter().map(|y| (t.year_short)(*y)).collect::<Vec<_>>().join(t.sep)),
            };
            let who = g.who.unwrap_or_else(|| t.whole_scenario.to_string());
            let whereabouts = match years {
                Some(y) => format!("{who}{}{y}", t.sep),
                None => who,
            };
            let msg = match lang {
                Lang::Ja => f.message_ja(),
                Lang::En => f.message_en(),
            };
            let more = (g.count > 1).then(|| format!(" {}", (t.more_alike)(g.count - 1)));
            let source = if f.source.is_empty() {
                format!("{}: {}", t.source_label, (t.basis_label)(f.basis))
            } else {
                format!("{}: {}", t.source_label, (t.paren)(&f.source, (t.basis_label)(f.basis)))
            };
            view! {
                <li class=format!("finding {}", severity_class(f.severity)) data-code=f.code.as_str()>
                    <span class="sev">
                        <span class="icon" aria-hidden="true">{severity_icon(f.severity)}</span>
                        {(t.severity_label)(f.severity)}
                    </span>
                    <span class="where">{whereabouts}</span>
                    <span class="msg">{msg}{more}</span>
                    <span class="src">{source}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <h4>{t.findings_heading}</h4>
        {if empty {
            view! { <p class="empty">{t.no_findings}</p> }.into_any()
        } else {
            view! { <ul class="findings">{items}</ul> }.into_any()
        }}
    }
}

/// On narrow screens, both totals and the difference stay in view at the bottom while the sliders
/// move (a visual aid only: the same figures are in the result regions).
#[component]
pub fn QuickTotals() -> impl IntoView {
    let app = use_app();
    move || {
        let t = app.t();
        app.outcome.with(|o| {
            let g1 = &o.rule_sets.gen1;
            let g2 = &o.rule_sets.gen2;
            let diff = g2.comparable_national_oku.to_oku() - g1.comparable_national_oku.to_oku();
            let short = |r: &RuleSetOutcome| r.label_ja.rsplit(' ').next().unwrap_or("").to_string();
            view! {
                <div class="quick-totals" aria-hidden="true">
                    <span><b>{short(g1)}</b>" "{money(t, g1.total_national_oku, "quick-total")}</span>
                    <span><b>{short(g2)}</b>" "{money(t, g2.total_national_oku, "quick-total")}</span>
                    <span class="quick-diff">
                        <b>{t.quick_difference}</b>" "
                        <data class="money" value=canonical(diff) data-value=canonical(diff)>{(t.oku)(&signed_2dp(diff))}</data>
                    </span>
                </div>
            }
        })
    }
}
