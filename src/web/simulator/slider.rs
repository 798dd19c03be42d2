//! A slider and a typed spinbutton with one accessible name, both showing the current value.

use crate::state::use_app;
use crate::texts::{tr, typed_clamped, typed_invalid};
use crate::ui::format::plain;
use kofukin::engine::money::parse_plain_decimal;
use kofukin::engine::scenario::normalize_typed_number;
use leptos::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// A slider and a typed spinbutton with the same accessible name, both showing the current value.
/// Typed text accepts full-width digits and separators; an out-of-range value is clamped with a
/// visible note; text that is not a number marks the field invalid with its message. `varies` is a
/// badge beside the label (e.g. 「個別設定あり」), part of both fields' description.
#[component]
pub fn SliderPair(
    id: String,
    name: Signal<String>,
    label: Signal<String>,
    unit: Signal<String>,
    min: Decimal,
    max: Decimal,
    step: Decimal,
    value: Signal<Decimal>,
    on_set: Callback<Decimal>,
    #[prop(optional)] varies: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let app = use_app();
    let draft: RwSignal<Option<String>> = RwSignal::new(None);
    let note: RwSignal<Option<String>> = RwSignal::new(None);
    let invalid = RwSignal::new(false);
    let integer = step.fract().is_zero();
    let places = if integer { 0 } else { 8 };
    let slider_id = format!("{id}-slider");
    let typed_id = format!("{id}-typed");
    let note_id = format!("{id}-note");
    let badge_id = format!("{id}-varies");
    let described = format!("{note_id} {badge_id}");

    // Applies a parsed value: clamped to the range and to whole steps' precision.
    let apply = move |d: Decimal| -> Decimal {
        let v = d.clamp(min, max).trunc_with_scale(places).normalize();
        on_set.run(v);
        v
    };
    let parse = |text: &str| parse_plain_decimal(&normalize_typed_number(text)).ok();
    let commit = move |text: String| {
        let lang = app.lang.get_untracked();
        invalid.set(false);
        match parse(&text) {
            Some(d) => {
                let used = apply(d);
                if used != d.normalize() {
                    note.set(Some(tr(typed_clamped(&text, &plain(used)), lang)));
                } else {
                    note.set(None);
                }
            }
            None if text.trim().is_empty() => note.set(None),
            None => {
                invalid.set(true);
                note.set(Some(tr(typed_invalid(&text), lang)));
            }
        }
        draft.set(None);
    };

    view! {
        <div class="slider-pair">
            <label class="slider-label" for=slider_id.clone()>{label}</label>
            <span class="varies-badge" id=badge_id>{move || varies.and_then(|v| v.get())}</span>
            <input
                type="range"
                id=slider_id
                class="slider"
                min=plain(min)
                max=plain(max)
                step=plain(step)
                aria-label=name
                aria-valuetext=move || with_unit(value.get(), &unit.get())
                aria-describedby=described.clone()
                prop:value=move || plain(value.get())
                on:input=move |ev| {
                    if let Some(d) = parse(&event_target_value(&ev)) {
                        note.set(None);
                        invalid.set(false);
                        draft.set(None);
                        apply(d);
                    }
                }
            />
            <span class="typed-wrap">
                <input
                    type="text"
                    id=typed_id
                    class="typed"
                    role="spinbutton"
                    inputmode=if integer { "numeric" } else { "decimal" }
                    autocomplete="off"
                    aria-label=name
                    aria-valuemin=plain(min)
                    aria-valuemax=plain(max)
                    aria-valuenow=move || plain(value.get())
                    aria-valuetext=move || with_unit(value.get(), &unit.get())
                    aria-describedby=described
                    aria-invalid=move || invalid.get().then_some("true")
                    prop:value=move || draft.get().unwrap_or_else(|| plain(value.get()))
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        // Live update while typing when the text is already a valid in-range value.
                        if let Some(d) = parse(&text) {
                            if d >= min && d <= max && d.normalize().scale() <= places {
                                note.set(None);
                                invalid.set(false);
                                on_set.run(d.normalize());
                            }
                        }
                        draft.set(Some(text));
                    }
                    on:change=move |ev| {
                        if draft.get_untracked().is_some() {
                            commit(event_target_value(&ev));
                        }
                    }
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        let cur = value.get_untracked();
                        let next = match ev.key().as_str() {
                            "ArrowUp" => Some(cur + step),
                            "ArrowDown" => Some(cur - step),
                            "PageUp" => Some(cur + step * dec!(10)),
                            "PageDown" => Some(cur - step * dec!(10)),
                            "Enter" => {
                                if draft.get_untracked().is_some() {
                                    commit(event_target_value(&ev));
                                }
                                None
                            }
                            _ => None,
                        };
                        if let Some(n) = next {
                            ev.prevent_default();
                            note.set(None);
                            invalid.set(false);
                            draft.set(None);
                            apply(n);
                        }
                    }
                />
                <span class="unit" aria-hidden="true">{unit}</span>
            </span>
            <p class="field-note" id=note_id aria-live="polite">{note}</p>
        </div>
    }
}

/// "1.5億円", "3件", "1.5 oku yen": the value as a screen reader should say it.
fn with_unit(v: Decimal, unit: &str) -> String {
    if unit.is_empty() {
        plain(v)
    } else if unit.is_ascii() {
        format!("{} {unit}", plain(v))
    } else {
        format!("{}{unit}", plain(v))
    }
}
