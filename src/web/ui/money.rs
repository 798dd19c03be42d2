//! Money figures: a `<data>` element whose `data-value` (and `value`) is the exact decimal string,
//! showing the amount rounded for reading (億円) or grouped (円). The browser tests read `data-value`.

use crate::texts::{oku, tr, yen, EXACT_VALUE};
use crate::ui::format::{grouped_2dp, grouped_int, signed_2dp};
use kofukin::engine::money::{canonical, Yen};
use kofukin::engine::text::Lang;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The one markup of a figure: exact value in `value` and `data-value`, the shown text inside.
pub fn figure(class: String, exact: String, title: Option<String>, shown: String) -> impl IntoView {
    view! { <data class=class value=exact.clone() data-value=exact title=title>{shown}</data> }
}

fn exact_title(lang: Lang, exact: &str) -> String {
    format!("{}: {}", EXACT_VALUE.get(lang), oku(exact).get(lang))
}

/// An amount in 億円 with its unit: 「12.35億円」, the exact value in the title.
pub fn oku_figure(lang: Lang, yen: Yen, class: &str) -> impl IntoView {
    let exact = yen.to_string();
    let title = exact_title(lang, &exact);
    figure(format!("money {class}"), exact, Some(title), tr(oku(&grouped_2dp(yen.to_oku())), lang))
}

/// An amount in a table whose caption carries the unit: "12.35".
pub fn oku_bare(lang: Lang, yen: Yen) -> impl IntoView {
    let exact = yen.to_string();
    let title = exact_title(lang, &exact);
    figure("money bare".into(), exact, Some(title), grouped_2dp(yen.to_oku()))
}

/// A difference in 億円 with its sign: 「+1.50億円」; `titled` adds the exact value as the title.
pub fn oku_difference(lang: Lang, diff: Decimal, class: &str, titled: bool) -> impl IntoView {
    let exact = canonical(diff);
    let title = titled.then(|| exact_title(lang, &exact));
    let class = if class.is_empty() { "money".to_string() } else { format!("money {class}") };
    figure(class, exact, title, tr(oku(&signed_2dp(diff)), lang))
}

/// A whole-yen amount with its unit: 「1,000,000円」 (`class` is the element's whole class).
pub fn yen_figure(lang: Lang, n: u64, class: String) -> impl IntoView {
    figure(class, n.to_string(), None, tr(yen(n), lang))
}

/// A whole-yen amount in a table whose caption carries the unit: "1,000,000".
pub fn yen_bare(n: u64) -> impl IntoView {
    figure("money bare".into(), n.to_string(), None, grouped_int(n))
}
