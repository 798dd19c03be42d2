//! National share per year under both rule sets: an SVG bar chart (presentation attributes only, no
//! style attribute) with a text alternative, and the data table behind it.

use crate::simulator::results::money_bare;
use crate::state::use_app;
use kofukin::engine::money::Yen;
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;

const W: f64 = 640.0;
const H: f64 = 240.0;
const LEFT: f64 = 8.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 28.0;
pub const GEN1_FILL: &str = "#6b7785";
pub const GEN2_FILL: &str = "#0b57a4";

/// An SVG coordinate with one decimal, written without float formatting (keeps it out of the wasm).
fn px(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    format!("{}.{}", tenths / 10, (tenths % 10).abs())
}

#[component]
pub fn YearChart() -> impl IntoView {
    let app = use_app();
    move || {
        let t = app.t();
        app.outcome.with(|o| {
            let g1 = &o.rule_sets.gen1;
            let g2 = &o.rule_sets.gen2;
            let n = g1.by_year.len().max(g2.by_year.len());
            let at = |v: &[kofukin::engine::outcome::YearTotals], i: usize| v.get(i).map(|y| y.national_oku).unwrap_or(Yen::ZERO);
            let max = (0..n).map(|i| at(&g1.by_year, i).max(at(&g2.by_year, i))).max().unwrap_or(Yen::ZERO);
            let maxf = max.to_oku().to_f64().unwrap_or(0.0).max(1e-9);
            let fy = |i: usize| g1.by_year.get(i).and_then(|y| y.fiscal_year);
            if n == 0 {
                return view! {
                    <section class="chart" aria-labelledby="chart-h">
                        <h3 id="chart-h">{t.chart_heading}</h3>
                        <p class="empty">{t.chart_empty}</p>
                    </section>
                }
                .into_any();
            }
            let plot_w = W - LEFT - RIGHT;
            let plot_h = H - TOP - BOTTOM;
            let gw = plot_w / n as f64;
            let bw = (gw * 0.36).min(48.0);
            let bars = (0..n)
                .map(|i| {
                    let x0 = LEFT + gw * i as f64 + gw / 2.0;
                    let bar = |v: Yen, x: f64, fill: &'static str| {
                        let h = (v.to_oku().to_f64().unwrap_or(0.0) / maxf * plot_h).max(0.0);
                        view! { <rect x=px(x) y=px(TOP + plot_h - h) width=px(bw) height=px(h) fill=fill/> }
                    };
                    view! {
                        <g>
                            {bar(at(&g1.by_year, i), x0 - bw - 1.0, GEN1_FILL)}
                            {bar(at(&g2.by_year, i), x0 + 1.0, GEN2_FILL)}
                            <text x=px(x0) y=px(H - 8.0) text-anchor="middle" font-size="13" fill="#1f2933">
                                {(t.year_short)(i as u32 + 1)}
                            </text>
                        </g>
                    }
                })
                .collect_view();
            let l1 = match app.lang.get() { kofukin::engine::text::Lang::Ja => g1.label_ja, _ => g1.label_en };
            let l2 = match app.lang.get() { kofukin::engine::text::Lang::Ja => g2.label_ja, _ => g2.label_en };
            let max_label = (t.oku)(&crate::ui::format::grouped_2dp(max.to_oku()));
            let rows = (0..n)
                .map(|i| {
                    view! {
                        <tr>
                            <th scope="row">{(t.year_label)(i as u32 + 1, fy(i))}</th>
                            <td class="num">{money_bare(t, at(&g1.by_year, i))}</td>
                            <td class="num">{money_bare(t, at(&g2.by_year, i))}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <section class="chart" aria-labelledby="chart-h">
                    <h3 id="chart-h">{t.chart_heading}</h3>
                    <ul class="legend" aria-hidden="true">
                        <li><svg width="14" height="14" viewBox="0 0 14 14"><rect width="14" height="14" fill=GEN1_FILL/></svg>{l1}</li>
                        <li><svg width="14" height="14" viewBox="0 0 14 14"><rect width="14" height="14" fill=GEN2_FILL/></svg>{l2}</li>
                    </ul>
                    <svg class="chart-svg" viewBox=format!("0 0 {} {}", px(W), px(H)) role="img" aria-labelledby="chart-title chart-desc" preserveAspectRatio="xMidYMid meet">
                        <title id="chart-title">{t.chart_heading}</title>
                        <desc id="chart-desc">{t.chart_alt}</desc>
                        <line x1=px(LEFT) y1=px(TOP) x2=px(W - RIGHT) y2=px(TOP) stroke="#c5ccd3" stroke-dasharray="4 4"/>
                        <text x=px(LEFT) y=px(TOP - 6.0) font-size="12" fill="#3e4c59">{format!("max {max_label}")}</text>
                        {bars}
                        <line x1=px(LEFT) y1=px(TOP + plot_h) x2=px(W - RIGHT) y2=px(TOP + plot_h) stroke="#3e4c59"/>
                    </svg>
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t.chart_heading>
                        <table class="by-year">
                            <caption>{t.chart_heading}<span class="unit-caption">{t.table_unit}</span></caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t.col_year}</th>
                                    <th scope="col">{format!("{l1} {}", t.col_national)}</th>
                                    <th scope="col">{format!("{l2} {}", t.col_national)}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </section>
            }
            .into_any()
        })
    }
}
