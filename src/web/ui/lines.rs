//! Lines that exist in both languages (an input error from the engine's validator): the page's
//! language first, the other one after it, marked with its language.

use kofukin::engine::text::Lang;
use leptos::prelude::*;

pub fn both_languages(lang: Lang, ja: Vec<String>, en: Vec<String>) -> impl IntoView {
    let (first, second) = match lang {
        Lang::Ja => (ja, en),
        Lang::En => (en, ja),
    };
    let list = |lines: Vec<String>| lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view();
    view! {
        <ul>{list(first)}</ul>
        <ul class="other-lang" lang=lang.other().as_str()>{list(second)}</ul>
    }
}
