//! Browser plumbing of the share controls: the page's link, the Clipboard API, and the page's colours and font for the canvas.

use crate::link;
use crate::state::AppState;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The link to the page in its current state: built from the state, since the URL itself is
/// written only after input settles.
pub fn page_link(app: AppState) -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else { return String::new() };
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_default();
    format!("{origin}{path}?{}", link::to_query(&app.page_state()))
}

/// `navigator.clipboard.writeText(text)`: false when the API is missing or the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = web_sys::window() else { return false };
    let Ok(clipboard) = Reflect::get(&w.navigator(), &JsValue::from_str("clipboard")) else { return false };
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let write = Reflect::get(&clipboard, &JsValue::from_str("writeText")).ok().and_then(|f| f.dyn_into::<Function>().ok());
    let Some(promise) = write.and_then(|f| f.call1(&clipboard, &JsValue::from_str(text)).ok()) else { return false };
    match promise.dyn_into::<Promise>() {
        Ok(p) => JsFuture::from(p).await.is_ok(),
        Err(_) => false,
    }
}

/// A custom property of the page's stylesheet (`--ink`), so the image uses the page's palette (empty
/// when unset: the canvas then keeps its previous colour).
pub fn css_var(name: &str) -> String {
    web_sys::window()
        .zip(leptos::prelude::document().document_element())
        .and_then(|(w, el)| w.get_computed_style(&el).ok().flatten())
        .and_then(|style| style.get_property_value(name).ok())
        .map(|v| v.trim().to_owned())
        .unwrap_or_default()
}

/// Today in the browser's time zone: 2026-11-30.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// The body's font stack (the page's Japanese fonts).
pub fn font_family() -> String {
    let body = leptos::prelude::document().body();
    let family = web_sys::window()
        .zip(body)
        .and_then(|(w, b)| w.get_computed_style(&b).ok().flatten())
        .and_then(|style| style.get_property_value("font-family").ok())
        .unwrap_or_default();
    if family.trim().is_empty() {
        "sans-serif".to_owned()
    } else {
        family
    }
}
