//! A table of figures: column headers, an optional caption with the unit, and on narrow screens a
//! scrollable, focusable region named after the table.

use leptos::prelude::*;

/// What stands in the table's caption.
pub enum Caption {
    None,
    /// Just the unit: `<caption class="unit-caption">単位：億円</caption>`.
    Unit(String),
    /// A title: `<caption>…</caption>`.
    Title(String),
    /// A title with the unit after it.
    TitleUnit(String, String),
    /// A name for assistive technology (`aria-label`: the table is under a visible heading saying
    /// it) and the visible unit as the caption (none when empty): every table has a name of its
    /// own, not only 「単位：億円」.
    NamedUnit(String, String),
}

/// A table: its class, caption, column headers (empty: no head row) and rows.
pub fn table(
    class: Option<&'static str>,
    caption: Caption,
    columns: Vec<String>,
    rows: impl IntoView,
) -> impl IntoView {
    let (name, caption) = match caption {
        Caption::None => (None, None),
        Caption::Unit(u) => (None, Some(view! { <caption class="unit-caption">{u}</caption> }.into_any())),
        Caption::Title(t) => (None, Some(view! { <caption>{t}</caption> }.into_any())),
        Caption::TitleUnit(t, u) => {
            (None, Some(view! { <caption>{t}<span class="unit-caption">{u}</span></caption> }.into_any()))
        }
        Caption::NamedUnit(t, u) => {
            (Some(t), (!u.is_empty()).then(|| view! { <caption class="unit-caption">{u}</caption> }.into_any()))
        }
    };
    let head = (!columns.is_empty()).then(|| {
        view! { <thead><tr>{columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr></thead> }
    });
    view! {
        <table class=class aria-label=name>
            {caption}
            {head}
            <tbody>{rows}</tbody>
        </table>
    }
}

/// [`table`] inside a scrollable region (`div.table-wrap`, keyboard-focusable, named `label`);
/// `wrap_class` adds classes to the region. A table without a caption, or with the unit alone, is
/// named `label` too.
pub fn scroll_table(
    label: String,
    wrap_class: Option<&'static str>,
    class: Option<&'static str>,
    caption: Caption,
    columns: Vec<String>,
    rows: impl IntoView,
) -> impl IntoView {
    let wrap = match wrap_class {
        Some(c) => format!("table-wrap {c}"),
        None => "table-wrap".to_string(),
    };
    let caption = match caption {
        Caption::Unit(u) => Caption::NamedUnit(label.clone(), u),
        Caption::None => Caption::NamedUnit(label.clone(), String::new()),
        c => c,
    };
    view! {
        <div class=wrap tabindex="0" role="region" aria-label=label>
            {table(class, caption, columns, rows)}
        </div>
    }
}
