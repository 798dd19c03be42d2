//! A source as a reader can follow it: the document's publisher, title and date and the place in it
//! (the engine's citation, linked where the document's public address is known), the phrase quoted
//! verbatim, and what a value rests on.

use crate::texts::tr;
use kofukin::engine::params::Param;
use kofukin::engine::sources::SourceRef;
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;

/// `<cite class="cite" data-source=ID>`: the citation, a link where the address is known.
pub fn cite(lang: Lang, r: &SourceRef) -> AnyView {
    let text = tr(r.citation(), lang);
    let url = r.source().and_then(|s| s.url);
    let body = match url {
        Some(u) => view! { <a href=u rel="noopener noreferrer" target="_blank">{text}</a> }.into_any(),
        None => text.into_any(),
    };
    view! { <cite class="cite" data-source=r.id>{body}</cite> }.into_any()
}

/// The phrase quoted from the document, marked as Japanese.
pub fn quote(r: &SourceRef) -> Option<impl IntoView> {
    r.quote.map(|q| view! { <q lang="ja">{q}</q> })
}

/// A parameter's value as a reader sees it (公表資料で確認できず when open).
pub fn param_value(p: &Param) -> Text {
    Text::owned(p.value_ja(), p.value_en())
}

/// A parameter's quote, explanation, document and basis label.
pub fn param_source(lang: Lang, p: &'static Param) -> AnyView {
    view! {
        {quote(&p.source_ref).map(|q| view! { {q}<br/> })}
        {p.note().map(|n| view! { <span class="note">{tr(n, lang)}</span><br/> })}
        {cite(lang, &p.source_ref)}
        " "
        <span class="basis">{tr(p.basis_label(), lang)}</span>
    }
    .into_any()
}

/// A source line: 「出典:」 then the quote and the document.
pub fn source_line(lang: Lang, label: Text, r: &SourceRef) -> AnyView {
    view! {
        <span class="src">{format!("{}: ", tr(label, lang))}{quote(r).map(|q| view! { {q}" " })}{cite(lang, r)}</span>
    }
    .into_any()
}
