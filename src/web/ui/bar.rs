//! A stacked bar (SVG, no style attribute: the strict CSP) and the swatches of its legend. Colours
//! come from classes (`layer layer-<name>` on the segments, `swatch layer-<name>` on the swatches,
//! `bar-track` behind), set in the stylesheet's tokens.

use leptos::prelude::*;

const W: f64 = 600.0;
const H: f64 = 36.0;

/// A bar of `parts` (layer name, amount) over `total`, drawn left to right; `title` is its text
/// alternative.
pub fn stacked_bar(parts: &[(&'static str, f64)], total: f64, title: String) -> impl IntoView {
    let total = if total > 0.0 { total } else { 1.0 };
    let mut x = 0.0;
    let rects = parts
        .iter()
        .filter(|(_, v)| *v > 0.0)
        .map(|(layer, v)| {
            let w = (v / total * W).max(0.0);
            let r = view! {
                <rect class=format!("layer layer-{layer}") x=format!("{x:.2}") y="0" width=format!("{w:.2}") height=H.to_string()/>
            };
            x += w;
            r
        })
        .collect_view();
    let label = title.clone();
    view! {
        <svg class="stack-svg" viewBox=format!("0 0 {W} {H}") preserveAspectRatio="none" role="img" aria-label=label>
            <title>{title}</title>
            <rect class="bar-track" x="0" y="0" width=W.to_string() height=H.to_string()/>
            {rects}
        </svg>
    }
}

/// The colour of a layer next to its name (decorative: the name says it).
pub fn swatch(layer: &'static str) -> impl IntoView {
    view! { <span class=format!("swatch layer-{layer}") aria-hidden="true"></span> }
}
