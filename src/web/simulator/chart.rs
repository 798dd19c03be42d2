//! National share per year under both rule sets: an SVG bar chart (no style attribute; colours from
//! the classes `series-gen1`, `series-gen2`, `chart-axis`, `chart-grid`, `chart-label`) with a text
//! alternative, and the data table behind it.

use crate::simulator::texts as tx;
use crate::state::use_app;
use crate::texts::{oku, rule_set_label, tr, TABLE_UNIT};
use crate::ui::format::grouped_2dp;
use crate::ui::money::oku_bare;
use crate::ui::table::{scroll_table, Caption};
use kofukin::engine::money::Yen;
use kofukin::engine::outcome::YearTotals;
use leptos::prelude::*;

// The drawing in tenths of an SVG unit: integer arithmetic, so that no float formatting is in the wasm.
const W: i64 = 6400;
const H: i64 = 2400;
const LEFT: i64 = 80;
const RIGHT: i64 = 80;
const TOP: i64 = 240;
const BOTTOM: i64 = 280;

/// An SVG coordinate from tenths: 1234 → "123.4".
fn px(tenths: i64) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}

/// `part / whole` of `length`, rounded to the nearest tenth (0 when `whole` is not positive).
fn scaled(part: Yen, whole: Yen, length: i64) -> i64 {
    if whole.0 <= 0 || part.0 <= 0 {
        return 0;
    }
    let (p, w) = (i128::from(part.0), i128::from(whole.0));
    i64::try_from((p * i128::from(length) * 2 + w) / (2 * w)).unwrap_or(length)
}

fn at(v: &[YearTotals], i: usize) -> Yen {
    v.get(i).map(|y| y.national_oku).unwrap_or(Yen::ZERO)
}

#[component]
pub fn YearChart() -> impl IntoView {
    let app = use_app();
    app.with_outcome(move |lang, o| {
        let g1 = &o.rule_sets.gen1.by_year;
        let g2 = &o.rule_sets.gen2.by_year;
        let n = g1.len().max(g2.len());
        let heading = tr(tx::CHART_HEADING, lang);
        if n == 0 {
            return view! {
                <section class="chart" aria-labelledby="chart-h">
                    <h3 id="chart-h">{heading}</h3>
                    <p class="empty">{tr(tx::CHART_EMPTY, lang)}</p>
                </section>
            }
            .into_any();
        }
        let max = (0..n).map(|i| at(g1, i).max(at(g2, i))).max().unwrap_or(Yen::ZERO);
        let plot_w = W - LEFT - RIGHT;
        let plot_h = H - TOP - BOTTOM;
        let n_i = n as i64;
        // Bars 36% of a year's width, at most 48 units.
        let bw = (plot_w * 36 / (100 * n_i)).min(480);
        let fy = |i: usize| g1.get(i).and_then(|y| y.fiscal_year);
        let bars = (0..n)
            .map(|i| {
                // The middle of year i's slot.
                let x0 = LEFT + plot_w * (2 * i as i64 + 1) / (2 * n_i);
                let bar = |v: Yen, x: i64, class: &'static str| {
                    let h = scaled(v, max, plot_h);
                    view! { <rect class=class x=px(x) y=px(TOP + plot_h - h) width=px(bw) height=px(h)/> }
                };
                view! {
                    <g>
                        {bar(at(g1, i), x0 - bw - 10, "series-gen1")}
                        {bar(at(g2, i), x0 + 10, "series-gen2")}
                        <text class="chart-label" x=px(x0) y=px(H - 80) text-anchor="middle" font-size="13">
                            {tr(tx::year_axis(i as u32 + 1, fy(i)), lang)}
                        </text>
                    </g>
                }
            })
            .collect_view();
        let l1 = tr(rule_set_label(&o.rule_sets.gen1), lang);
        let l2 = tr(rule_set_label(&o.rule_sets.gen2), lang);
        let max_label = tr(oku(&grouped_2dp(max.to_oku())), lang);
        let rows = (0..n)
            .map(|i| {
                view! {
                    <tr>
                        <th scope="row">{tr(tx::year_label(i as u32 + 1, fy(i)), lang)}</th>
                        <td class="num">{oku_bare(lang, at(g1, i))}</td>
                        <td class="num">{oku_bare(lang, at(g2, i))}</td>
                    </tr>
                }
            })
            .collect_view();
        let national = tr(tx::COL_NATIONAL, lang);
        let columns = vec![tr(tx::COL_YEAR, lang), format!("{l1} {national}"), format!("{l2} {national}")];
        view! {
            <section class="chart" aria-labelledby="chart-h">
                <h3 id="chart-h">{heading.clone()}</h3>
                <ul class="legend" aria-hidden="true">
                    <li><svg width="14" height="14" viewBox="0 0 14 14"><rect class="series-gen1" width="14" height="14"/></svg>{l1}</li>
                    <li><svg width="14" height="14" viewBox="0 0 14 14"><rect class="series-gen2" width="14" height="14"/></svg>{l2}</li>
                </ul>
                <svg class="chart-svg" viewBox=format!("0 0 {} {}", px(W), px(H)) role="img" aria-labelledby="chart-title chart-desc" preserveAspectRatio="xMidYMid meet">
                    <title id="chart-title">{heading.clone()}</title>
                    <desc id="chart-desc">{tr(tx::CHART_ALT, lang)}</desc>
                    <line class="chart-grid" x1=px(LEFT) y1=px(TOP) x2=px(W - RIGHT) y2=px(TOP) stroke-dasharray="4 4"/>
                    <text class="chart-label chart-max" x=px(LEFT) y=px(TOP - 60) font-size="12">{format!("max {max_label}")}</text>
                    {bars}
                    <line class="chart-axis" x1=px(LEFT) y1=px(TOP + plot_h) x2=px(W - RIGHT) y2=px(TOP + plot_h)/>
                </svg>
                {scroll_table(
                    heading.clone(),
                    None,
                    Some("by-year"),
                    Caption::TitleUnit(heading, tr(TABLE_UNIT, lang)),
                    columns,
                    rows,
                )}
            </section>
        }
        .into_any()
    })
}
