//! 「画像で保存」: the comparison summary drawn on a canvas (both totals, the difference, the class
//! and projects, the rules' as-of dates, the disclaimer) and saved as `kofukin-<date>.png`.

use crate::share::browser::{css_var, font_family, today};
use crate::ui::download::save_blob;
use crate::share::texts as tx;
use crate::state::AppState;
use crate::texts::{oku, project_label, DISCLAIMER, LIST_SEP};
use crate::ui::format::{grouped_2dp, plain, signed_2dp};
use kofukin::engine::outcome::{Outcome, RuleSetOutcome};
use kofukin::engine::scenario::Scenario;
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;
use rust_decimal::Decimal;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

const WIDTH: u32 = 1200;
const MARGIN: f64 = 48.0;
/// Projects listed by name; the rest are counted.
const LISTED: usize = 12;

/// How a line is drawn.
#[derive(Clone, Copy)]
enum Look {
    Title,
    Figure,
    Plain,
    Small,
}

impl Look {
    /// (font size in px, line height in px, bold, colour token)
    fn spec(self) -> (u32, f64, bool, &'static str) {
        match self {
            Look::Title => (36, 64.0, true, "--brand"),
            Look::Figure => (30, 50.0, true, "--ink"),
            Look::Plain => (22, 36.0, false, "--ink"),
            Look::Small => (18, 30.0, false, "--muted"),
        }
    }
}

fn rule_set_line(r: &RuleSetOutcome) -> Text {
    let total = oku(&grouped_2dp(r.total_national_oku.to_oku()));
    Text::owned(
        format!("{} {}：{}", r.label_ja, tx::IMAGE_TOTAL.ja, total.ja),
        format!("{} {}: {}", r.label_en, tx::IMAGE_TOTAL.en, total.en),
    )
}

/// The lines of the summary, in order.
fn lines(lang: Lang, s: &Scenario, o: &Outcome) -> Vec<(Look, String)> {
    let (g1, g2) = (&o.rule_sets.gen1, &o.rule_sets.gen2);
    let pick = |t: Text| t.get(lang).to_owned();
    let colon = if lang == Lang::Ja { "：" } else { ": " };
    let diff: Decimal = g2.comparable_national_oku.to_oku() - g1.comparable_national_oku.to_oku();
    let mut out = vec![
        (Look::Title, pick(tx::IMAGE_TITLE)),
        (
            Look::Plain,
            format!(
                "{}{colon}{}{}{}{colon}{}",
                pick(tx::IMAGE_CLASS),
                s.municipality.label().get(lang),
                pick(LIST_SEP),
                pick(tx::IMAGE_MADE),
                today()
            ),
        ),
        (Look::Figure, pick(rule_set_line(g1))),
        (Look::Figure, pick(rule_set_line(g2))),
        (Look::Figure, format!("{}{colon}{}", pick(tx::IMAGE_DIFFERENCE), pick(oku(&signed_2dp(diff))))),
        (Look::Plain, format!("{}（{}）", pick(tx::IMAGE_PROJECTS), s.projects.len())),
    ];
    for (i, p) in s.projects.iter().enumerate().take(LISTED) {
        let cost = match &p.cost_by_year_oku {
            Some(by_year) => tx::total_cost_line(&plain(by_year.iter().sum()), p.years),
            None => tx::cost_line(&plain(p.annual_cost_oku), p.years),
        };
        out.push((Look::Small, format!("{}  {}", pick(project_label(i + 1, &p.kind.label(), &p.name)), pick(cost))));
    }
    if s.projects.len() > LISTED {
        out.push((Look::Small, pick(tx::more_projects(s.projects.len() - LISTED))));
    }
    for r in [g1, g2] {
        let (label, as_of) = if lang == Lang::Ja { (r.label_ja, r.as_of) } else { (r.label_en, r.as_of_en) };
        out.push((Look::Small, format!("{}{colon}{label} {as_of}", pick(tx::IMAGE_AS_OF))));
    }
    out.push((Look::Plain, pick(DISCLAIMER)));
    out
}

/// Draws the lines on a new canvas sized to them.
fn draw(rows: &[(Look, String)]) -> Result<HtmlCanvasElement, JsValue> {
    let canvas: HtmlCanvasElement = document().create_element("canvas")?.dyn_into()?;
    let height = rows.iter().map(|(look, _)| look.spec().1).sum::<f64>() + 2.0 * MARGIN;
    canvas.set_width(WIDTH);
    canvas.set_height(height.ceil() as u32);
    let ctx: CanvasRenderingContext2d =
        canvas.get_context("2d")?.ok_or_else(|| JsValue::from_str("no 2d context"))?.dyn_into()?;
    ctx.set_fill_style_str(&css_var("--card"));
    ctx.fill_rect(0.0, 0.0, f64::from(WIDTH), height);
    let family = font_family();
    ctx.set_text_baseline("top");
    let mut y = MARGIN;
    for (look, text) in rows {
        let (size, step, bold, colour) = look.spec();
        ctx.set_font(&format!("{}{size}px {family}", if bold { "bold " } else { "" }));
        ctx.set_fill_style_str(&css_var(colour));
        ctx.fill_text_with_max_width(text, MARGIN, y, f64::from(WIDTH) - 2.0 * MARGIN)?;
        y += step;
    }
    Ok(canvas)
}

/// Draws the summary of the current plan and offers it as a PNG; `done(true)` once the download was
/// offered, `done(false)` when the browser could not make the image.
pub fn save(app: AppState, done: impl Fn(bool) + 'static) {
    let rows = app.scenario.with_untracked(|s| app.outcome.with_untracked(|o| lines(app.lang.get_untracked(), s, o)));
    let Ok(canvas) = draw(&rows) else { return done(false) };
    let done = Rc::new(done);
    let name = format!("kofukin-{}.png", today());
    let after = done.clone();
    let on_blob = Closure::once_into_js(move |blob: JsValue| {
        after(blob.dyn_into::<web_sys::Blob>().ok().is_some_and(|b| save_blob(&name, &b).is_ok()));
    });
    if canvas.to_blob(on_blob.unchecked_ref()).is_err() {
        done(false);
    }
}
