//! The quick controls: class, per-kind sliders with typed entry, hub round, infra sector, the 目安
//! switch and reset. Each is a view of the scenario and an operation on it (`ops`).

use crate::link::starter_scenario;
use crate::simulator::ops::{self, QUICK_KINDS};
use crate::state::use_app;
use crate::ui::format::plain;
use kofukin::engine::money::parse_plain_decimal;
use kofukin::engine::scenario::{normalize_typed_number, Class, Kind, Round, Sector};
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

#[component]
pub fn Controls() -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    view! {
        <section class="controls" aria-labelledby="controls-h">
            <h2 id="controls-h">{move || t().controls_heading}</h2>
            <ClassGroup/>
            {QUICK_KINDS.into_iter().map(|kind| view! { <KindControls kind=kind/> }).collect_view()}
            <div class="switch-row">
                <input
                    type="checkbox"
                    id="guidelines"
                    prop:checked=move || app.scenario.with(|s| s.guidelines_as_caps)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        app.scenario.update(|s| s.guidelines_as_caps = on);
                    }
                />
                <label for="guidelines">{move || t().guidelines_caps}</label>
                <p class="help">{move || t().guidelines_help}</p>
            </div>
            <p class="summary">
                {move || (t().projects_summary)(app.scenario.with(|s| s.projects.len()))}
            </p>
            <button
                type="button"
                class="reset"
                on:click=move |_| {
                    app.scenario.update(|s| {
                        let keep_fy = s.first_fiscal_year;
                        *s = starter_scenario();
                        s.first_fiscal_year = keep_fy;
                    });
                }
            >
                {move || t().reset}
            </button>
        </section>
    }
}

#[component]
fn ClassGroup() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="class-group" role="radiogroup" aria-labelledby="class-h">
            <span id="class-h" class="group-label">{move || app.t().class_group}</span>
            <div class="radios">
                {Class::ALL
                    .into_iter()
                    .map(|c| {
                        let id = format!("class-{}", c.as_str());
                        view! {
                            <span class="radio">
                                <input
                                    type="radio"
                                    name="class"
                                    id=id.clone()
                                    value=c.as_str()
                                    prop:checked=move || app.scenario.with(|s| s.municipality == c)
                                    on:change=move |_| app.scenario.update(|s| s.municipality = c)
                                />
                                <label for=id>{move || (app.t().class_label)(c)}</label>
                            </span>
                        }
                    })
                    .collect_view()}
            </div>
        </div>
    }
}

#[component]
fn KindControls(kind: Kind) -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    let k = move || (t().kind_name)(kind);
    let count = Signal::derive(move || Decimal::from(app.scenario.with(|s| ops::count(s, kind)) as u64));
    let cost = Signal::derive(move || app.scenario.with(|s| ops::cost(s, kind)));
    let years = Signal::derive(move || Decimal::from(app.scenario.with(|s| ops::years(s, kind))));
    let id = kind.as_str();
    let extra = match kind {
        Kind::Hub => Some(view! { <HubRound/> }.into_any()),
        Kind::Infra => Some(view! { <InfraSector/> }.into_any()),
        _ => None,
    };
    view! {
        <fieldset class=format!("kind kind-{id}")>
            <legend>{k}</legend>
            <SliderPair
                id=format!("{id}-count")
                name=Signal::derive(move || (t().count_name)(k()))
                label=Signal::derive(move || t().count_label.to_string())
                unit=Signal::derive(move || t().count_unit.to_string())
                min=dec!(0)
                max=dec!(12)
                step=dec!(1)
                value=count
                on_set=Callback::new(move |n: Decimal| {
                    let n = n.to_usize().unwrap_or(0);
                    app.scenario.update(|s| ops::set_count(s, kind, n));
                })
            />
            <SliderPair
                id=format!("{id}-cost")
                name=Signal::derive(move || (t().cost_name)(k()))
                label=Signal::derive(move || t().cost_label.to_string())
                unit=Signal::derive(move || t().cost_unit.to_string())
                min=dec!(0)
                max=dec!(100)
                step=dec!(0.1)
                value=cost
                on_set=Callback::new(move |d: Decimal| app.scenario.update(|s| ops::set_cost(s, kind, d)))
            />
            <SliderPair
                id=format!("{id}-years")
                name=Signal::derive(move || (t().years_name)(k()))
                label=Signal::derive(move || t().years_label.to_string())
                unit=Signal::derive(move || t().years_unit.to_string())
                min=dec!(1)
                max=dec!(10)
                step=dec!(1)
                value=years
                on_set=Callback::new(move |d: Decimal| {
                    let y = d.to_u32().unwrap_or(1).clamp(1, 10);
                    app.scenario.update(|s| ops::set_years(s, kind, y));
                })
            />
            {move || {
                app.scenario
                    .with(|s| ops::has_varied_cost(s, kind))
                    .then(|| view! { <p class="help">{t().varied_cost_note}</p> })
            }}
            {extra}
        </fieldset>
    }
}

#[component]
fn HubRound() -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    view! {
        <div class="select-row">
            <label for="hub-round">{move || t().hub_round}</label>
            <select
                id="hub-round"
                on:change=move |ev| {
                    let r = if event_target_value(&ev) == "supplementary" { Round::Supplementary } else { Round::Initial };
                    app.scenario.update(|s| ops::set_round(s, r));
                }
                prop:value=move || app.scenario.with(|s| ops::round(s).as_str())
            >
                {[Round::Initial, Round::Supplementary]
                    .into_iter()
                    .map(|r| view! { <option value=r.as_str()>{move || (t().round_label)(r)}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
fn InfraSector() -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    let sectors = [Sector::Road, Sector::Sewage, Sector::Port, Sector::Other];
    view! {
        <div class="select-row">
            <label for="infra-sector">{move || t().infra_sector}</label>
            <select
                id="infra-sector"
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let sec = sectors.into_iter().find(|s| s.as_str() == v).unwrap_or(Sector::Other);
                    app.scenario.update(|s| ops::set_sector(s, sec));
                }
                prop:value=move || app.scenario.with(|s| ops::sector(s).as_str())
            >
                {sectors
                    .into_iter()
                    .map(|sec| view! { <option value=sec.as_str()>{move || (t().sector_label)(sec)}</option> })
                    .collect_view()}
            </select>
            <p class="help">{move || t().sector_note}</p>
        </div>
    }
}

/// A slider and a typed spinbutton with the same accessible name, both showing the current value.
/// Typed text accepts full-width digits and separators; an out-of-range value is clamped with a
/// visible note.
#[component]
fn SliderPair(
    id: String,
    name: Signal<String>,
    label: Signal<String>,
    unit: Signal<String>,
    min: Decimal,
    max: Decimal,
    step: Decimal,
    value: Signal<Decimal>,
    on_set: Callback<Decimal>,
) -> impl IntoView {
    let app = use_app();
    let draft: RwSignal<Option<String>> = RwSignal::new(None);
    let note: RwSignal<Option<String>> = RwSignal::new(None);
    let integer = step.fract().is_zero();
    let places = if integer { 0 } else { 8 };
    let slider_id = format!("{id}-slider");
    let typed_id = format!("{id}-typed");
    let note_id = format!("{id}-note");

    // Applies a parsed value: clamped to the range and to whole steps' precision.
    let apply = move |d: Decimal| -> Decimal {
        let v = d.clamp(min, max).trunc_with_scale(places).normalize();
        on_set.run(v);
        v
    };
    let parse = |text: &str| parse_plain_decimal(&normalize_typed_number(text)).ok();
    let commit = move |text: String| {
        let t = app.t();
        match parse(&text) {
            Some(d) => {
                let used = apply(d);
                if used != d.normalize() {
                    note.set(Some((t.typed_clamped)(&text, &plain(used))));
                } else {
                    note.set(None);
                }
            }
            None if text.trim().is_empty() => note.set(None),
            None => note.set(Some((t.typed_invalid)(&text))),
        }
        draft.set(None);
    };

    view! {
        <div class="slider-pair">
            <label class="slider-label" for=slider_id.clone()>{move || label.get()}</label>
            <input
                type="range"
                id=slider_id
                class="slider"
                min=plain(min)
                max=plain(max)
                step=plain(step)
                aria-label=move || name.get()
                aria-valuetext=move || with_unit(value.get(), &unit.get())
                aria-describedby=note_id.clone()
                prop:value=move || plain(value.get())
                on:input=move |ev| {
                    if let Some(d) = parse(&event_target_value(&ev)) {
                        note.set(None);
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
                    aria-label=move || name.get()
                    aria-valuemin=plain(min)
                    aria-valuemax=plain(max)
                    aria-valuenow=move || plain(value.get())
                    aria-valuetext=move || with_unit(value.get(), &unit.get())
                    aria-describedby=note_id.clone()
                    prop:value=move || draft.get().unwrap_or_else(|| plain(value.get()))
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        // Live update while typing when the text is already a valid in-range value.
                        if let Some(d) = parse(&text) {
                            if d >= min && d <= max && d.normalize().scale() <= places {
                                note.set(None);
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
                            draft.set(None);
                            apply(n);
                        }
                    }
                />
                <span class="unit" aria-hidden="true">{move || unit.get()}</span>
            </span>
            <p class="field-note" id=note_id aria-live="polite">{move || note.get()}</p>
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
