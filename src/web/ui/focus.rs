//! Keyboard focus after a change that re-renders: the element is focused once the DOM has caught up.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the element with this id after the next render (nothing if it is gone).
pub fn focus_after_render(id: impl Into<String>) {
    let id = id.into();
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}
