//! Undo and redo of the scenario: two buttons, and Ctrl/Cmd+Z, Ctrl+Y / Shift+Ctrl/Cmd+Z anywhere on
//! the page except in a text field (where the browser undoes the typing).

use crate::simulator::texts as tx;
use crate::state::use_app;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn UndoButtons() -> impl IntoView {
    let app = use_app();
    let keys = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() || in_text_field(&ev) {
            return;
        }
        let key = ev.key().to_ascii_lowercase();
        let redo = key == "y" || (key == "z" && ev.shift_key());
        if key == "z" || redo {
            ev.prevent_default();
            if redo {
                app.redo();
            } else {
                app.undo();
            }
        }
    });
    on_cleanup(move || keys.remove());
    view! {
        <div class="undo-buttons" role="group" aria-label=app.say(tx::UNDO_KEYS)>
            <button type="button" class="undo" disabled=move || !app.can_undo.get() on:click=move |_| app.undo()>
                <span aria-hidden="true">"↶ "</span>{app.say(tx::UNDO)}
            </button>
            <button type="button" class="redo" disabled=move || !app.can_redo.get() on:click=move |_| app.redo()>
                <span aria-hidden="true">"↷ "</span>{app.say(tx::REDO)}
            </button>
        </div>
    }
}

/// Is the key pressed in a field where the browser keeps its own undo of the typing?
fn in_text_field(ev: &KeyboardEvent) -> bool {
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else { return false };
    if el.is_content_editable() {
        return true;
    }
    match el.tag_name().as_str() {
        "TEXTAREA" => true,
        "INPUT" => {
            let ty = el.get_attribute("type").unwrap_or_default().to_ascii_lowercase();
            matches!(ty.as_str(), "" | "text" | "search" | "email" | "url" | "tel" | "password" | "number")
        }
        _ => false,
    }
}
