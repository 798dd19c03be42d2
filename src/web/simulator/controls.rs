//! The quick controls: class, per-kind sliders with typed entry, hub round, infra sector, the 目安
//! switch and reset. Each is a view of the scenario and an operation on it (`ops`).

use crate::link::starter_scenario;
use crate::simulator::ops::{self, QUICK_KINDS};
use crate::simulator::slider::SliderPair;
use crate::simulator::texts as tx;
use crate::state::use_app;
use crate::texts::{tr, RESET};
use kofukin::engine::scenario::{Class, Kind, Round, Sector};
use kofukin::engine::text::Text;
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

#[component]
pub fn Controls() -> impl IntoView {
    let app = use_app();
    let say = move |t: Text| move || tr(t.clone(), app.lang.get());
    view! {
        <section class="controls" aria-labelledby="controls-h">
            <h2 id="controls-h">{say(tx::CONTROLS_HEADING)}</h2>
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
                <label for="guidelines">{say(tx::GUIDELINES_CAPS)}</label>
                <p class="help">{say(tx::GUIDELINES_HELP)}</p>
            </div>
            <p class="summary">
                {move || tr(tx::projects_summary(app.scenario.with(|s| s.projects.len())), app.lang.get())}
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
                {say(RESET)}
            </button>
        </section>
    }
}

#[component]
fn ClassGroup() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="class-group" role="radiogroup" aria-labelledby="class-h">
            <span id="class-h" class="group-label">{move || tr(tx::CLASS_GROUP, app.lang.get())}</span>
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
                                <label for=id>{move || tr(c.label(), app.lang.get())}</label>
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
    let say = move |t: Text| Signal::derive(move || tr(t.clone(), app.lang.get()));
    let name = move |f: fn(&Text) -> Text| Signal::derive(move || tr(f(&kind.short_label()), app.lang.get()));
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
            <legend>{move || tr(kind.short_label(), app.lang.get())}</legend>
            <SliderPair
                id=format!("{id}-count")
                name=name(tx::count_name)
                label=say(tx::COUNT_LABEL)
                unit=say(tx::COUNT_UNIT)
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
                name=name(tx::cost_name)
                label=say(tx::COST_LABEL)
                unit=say(tx::COST_UNIT)
                min=dec!(0)
                max=dec!(100)
                step=dec!(0.1)
                value=cost
                on_set=Callback::new(move |d: Decimal| app.scenario.update(|s| ops::set_cost(s, kind, d)))
            />
            <SliderPair
                id=format!("{id}-years")
                name=name(tx::years_name)
                label=say(tx::YEARS_LABEL)
                unit=say(tx::YEARS_UNIT)
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
                    .then(|| view! { <p class="help">{tr(tx::VARIED_COST_NOTE, app.lang.get())}</p> })
            }}
            {extra}
        </fieldset>
    }
}

#[component]
fn HubRound() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="select-row">
            <label for="hub-round">{move || tr(tx::HUB_ROUND, app.lang.get())}</label>
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
                    .map(|r| view! { <option value=r.as_str()>{move || tr(r.label(), app.lang.get())}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
fn InfraSector() -> impl IntoView {
    let app = use_app();
    let sectors = [Sector::Road, Sector::Sewage, Sector::Port, Sector::Other];
    view! {
        <div class="select-row">
            <label for="infra-sector">{move || tr(tx::INFRA_SECTOR, app.lang.get())}</label>
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
                    .map(|sec| view! { <option value=sec.as_str()>{move || tr(sec.label(), app.lang.get())}</option> })
                    .collect_view()}
            </select>
            <p class="help">{move || tr(tx::SECTOR_NOTE, app.lang.get())}</p>
        </div>
    }
}
