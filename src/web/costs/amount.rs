//! A typed amount in 億円 (full-width digits and separators accepted; out of range is clamped with
//! a visible note; text that is not a number leaves the value unchanged and marks the field invalid
//! with its message).

use crate::costs::ops;
use crate::state::use_app;
use crate::texts::{tr, typed_clamped, typed_invalid};
use crate::ui::format::plain;
use leptos::prelude::*;
use rust_decimal::Decimal;

#[component]
pub fn AmountField(
    id: String,
    label: Signal<String>,
    value: Signal<Decimal>,
    max: Decimal,
    on_set: Callback<Decimal>,
) -> impl IntoView {
    let app = use_app();
    let draft: RwSignal<Option<String>> = RwSignal::new(None);
    let note: RwSignal<Option<String>> = RwSignal::new(None);
    let invalid = RwSignal::new(false);
    let note_id = format!("{id}-note");
    let commit = move |text: String| {
        let lang = app.lang.get_untracked();
        invalid.set(false);
        match ops::parse_oku(&text, max) {
            Ok(d) => {
                on_set.run(d);
                note.set(None);
            }
            Err(Some(d)) => {
                on_set.run(d);
                note.set(Some(tr(typed_clamped(&text, &plain(d)), lang)));
            }
            Err(None) if text.trim().is_empty() => note.set(None),
            Err(None) => {
                invalid.set(true);
                note.set(Some(tr(typed_invalid(&text), lang)));
            }
        }
        draft.set(None);
    };
    view! {
        <div class="amount-field">
            <label for=id.clone()>{move || label.get()}</label>
            <input
                type="text"
                id=id
                class="amount"
                inputmode="decimal"
                autocomplete="off"
                aria-describedby=note_id.clone()
                aria-invalid=move || invalid.get().then_some("true")
                prop:value=move || draft.get().unwrap_or_else(|| plain(value.get()))
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    if let Ok(d) = ops::parse_oku(&text, max) {
                        note.set(None);
                        invalid.set(false);
                        on_set.run(d);
                    }
                    draft.set(Some(text));
                }
                on:change=move |ev| {
                    if draft.get_untracked().is_some() {
                        commit(event_target_value(&ev));
                    }
                }
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" && draft.get_untracked().is_some() {
                        commit(event_target_value(&ev));
                    }
                }
            />
            <p class="field-note" id=note_id aria-live="polite">{move || note.get()}</p>
        </div>
    }
}
