//! A finding as a list item: severity icon and name (never colour alone), where it applies, the
//! message and its source. The severity class (`sev-…`) carries the colour.

use crate::texts::tr;
use kofukin::engine::finding::Severity;
use kofukin::engine::text::Lang;
use leptos::prelude::*;

/// A finding's severity as an icon (shown with its name).
fn severity_icon(s: Severity) -> &'static str {
    match s {
        Severity::Ineligible => "✕",
        Severity::Capped => "▼",
        Severity::Warning => "!",
        Severity::NotModelled => "－",
    }
}

/// A finding's severity as a class (`sev-…`), which carries its colour.
fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Ineligible => "sev-ineligible",
        Severity::Capped => "sev-capped",
        Severity::Warning => "sev-warning",
        Severity::NotModelled => "sev-not-modelled",
    }
}

/// `<li class="finding sev-…" data-code=…>`: severity, where (if given), message, source (a
/// `.src` element naming the document).
pub fn finding_item(
    lang: Lang,
    severity: Severity,
    code: &'static str,
    whereabouts: Option<String>,
    msg: String,
    source: AnyView,
) -> impl IntoView {
    view! {
        <li class=format!("finding {}", severity_class(severity)) data-code=code>
            <span class="sev">
                <span class="icon" aria-hidden="true">{severity_icon(severity)}</span>
                {tr(severity.label(), lang)}
            </span>
            {whereabouts.map(|w| view! { <span class="where">{w}</span> })}
            <span class="msg">{msg}</span>
            {source}
        </li>
    }
}
