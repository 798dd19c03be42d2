//! A stacked bar (SVG, no style attribute: the strict CSP) and the swatches of its legend. Colours
//! come from classes (`layer layer-<name>` on the segments, `swatch layer-<name>` on the swatches,
//! `bar-track` behind), set in the stylesheet's tokens.

use leptos::prelude::*;

/// The bar's size in SVG units; segment widths are computed in hundredths of a unit with integers
/// (no float formatting in the wasm).
const W: i128 = 600;
const H: &str = "36";

/// 12345 hundredths → "123.45".
fn hundredths(n: i128) -> String {
    format!("{}.{:02}", n / 100, n % 100)
}

/// A bar of `parts` (layer name, amount in any one unit: yen) over `total`, drawn left to right;
/// `title` is its text alternative.
pub fn stacked_bar(parts: &[(&'static str, i64)], total: i64, title: String) -> impl IntoView {
    let total = i128::from(total.max(1));
    let mut x = 0;
    let rects = parts
        .iter()
        .filter(|(_, v)| *v > 0)
        .map(|(layer, v)| {
            let w = i128::from(*v) * W * 100 / total;
            let r = view! {
                <rect class=format!("layer layer-{layer}") x=hundredths(x) y="0" width=hundredths(w) height=H/>
            };
            x += w;
            r
        })
        .collect_view();
    let label = title.clone();
    view! {
        <svg class="stack-svg" viewBox=format!("0 0 {W} {H}") preserveAspectRatio="none" role="img" aria-label=label>
            <title>{title}</title>
            <rect class="bar-track" x="0" y="0" width=W.to_string() height=H/>
            {rects}
        </svg>
    }
}

/// The colour of a layer next to its name (decorative: the name says it).
pub fn swatch(layer: &'static str) -> impl IntoView {
    view! { <span class=format!("swatch layer-{layer}") aria-hidden="true"></span> }
}
