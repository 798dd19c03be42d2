//! A source as a reader can follow it: the document's publisher, title (a link where its address is
//! known) and date, the place in it, and the quoted phrase; and a parameter's value with its basis.

use crate::texts::tr;
use kofukin::engine::params::{Param, Value};
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;

/// A parameter's value as a reader sees it, or 公表資料で確認できず when the value is open.
pub fn param_value(p: &Param) -> Text {
    match p.value {
        Value::Unpublished => OPEN,
        _ => Text::owned(p.value_ja(), p.value_en()),
    }
}

pub const OPEN: Text = Text::new("公表資料で確認できず", "Not confirmed in published sources");

/// The quoted phrase (verbatim Japanese, marked as such) and the document, for a parameter.
pub fn param_source(lang: Lang, p: &'static Param) -> AnyView {
    let quote = (!p.quote.is_empty()).then(|| view! { <q lang="ja">{p.quote}</q><br/> });
    view! {
        {quote}
        <span class="cite">{p.source}</span>
        " "
        <span class="basis">{tr(p.basis.label(), lang)}</span>
    }
    .into_any()
}
