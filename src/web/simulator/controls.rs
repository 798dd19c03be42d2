//! The quick controls: class, first fiscal year, per-kind sliders with typed entry, hub round, infra
//! sector, the 目安 switch, undo / redo and reset. Each is a view of the scenario and an operation on
//! it (`ops`); a slider of a kind whose projects differ changes them only on 「すべてに適用」.

use crate::link::starter_scenario;
use crate::simulator::ops::{self, QUICK_KINDS};
use crate::simulator::slider::SliderPair;
use crate::simulator::texts as tx;
use crate::simulator::undo::UndoButtons;
use crate::state::{use_app, AppState};
use crate::texts::{fiscal_year_option, tr, RESET};
use kofukin::engine::scenario::{bounds, Class, Kind, Round, Scenario, Sector};
use kofukin::engine::text::Text;
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

#[component]
pub fn Controls() -> impl IntoView {
    let app = use_app();
    view! {
        <section class="controls" aria-labelledby="controls-h">
            <h2 id="controls-h">{app.say(tx::CONTROLS_HEADING)}</h2>
            <ClassGroup/>
            <FirstFiscalYear/>
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
                <label for="guidelines">{app.say(tx::GUIDELINES_CAPS)}</label>
                <p class="help">{app.say(tx::GUIDELINES_HELP)}</p>
            </div>
            <p class="summary">
                {move || tr(tx::projects_summary(app.scenario.with(|s| s.projects.len())), app.lang.get())}
            </p>
            <UndoButtons/>
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
                {app.say(RESET)}
            </button>
        </section>
    }
}

#[component]
fn ClassGroup() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="class-group" role="radiogroup" aria-labelledby="class-h">
            <span id="class-h" class="group-label">{app.say(tx::CLASS_GROUP)}</span>
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
                                <label for=id>{app.say(c.label())}</label>
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
    let id = kind.as_str();
    let count_id = format!("{id}-count");
    let cost = Setting::new(app, kind, format!("{id}-cost"), ops::cost_varies, ops::cost, ops::set_cost);
    let years = Setting::new(
        app,
        kind,
        format!("{id}-years"),
        ops::years_vary,
        |s, k| Decimal::from(ops::years(s, k)),
        |s, k, d| ops::set_years(s, k, d.to_u32().unwrap_or(1).clamp(1, bounds::MAX_YEARS)),
    );
    let extra = match kind {
        Kind::Hub => Some(view! { <HubRound/> }.into_any()),
        Kind::Infra => Some(view! { <InfraSector/> }.into_any()),
        _ => None,
    };
    view! {
        <fieldset class=format!("kind kind-{id}")>
            <legend>{app.say(kind.short_label())}</legend>
            <SliderPair
                id=count_id.clone()
                name=name(tx::count_name)
                label=say(tx::COUNT_LABEL)
                unit=say(tx::COUNT_UNIT)
                min=dec!(0)
                max=dec!(12)
                step=dec!(1)
                value=count
                on_set=Callback::new(move |n: Decimal| {
                    let n = n.to_usize().unwrap_or(0);
                    app.edit_from(&count_id, |s| ops::set_count(s, kind, n));
                })
            />
            <SliderPair
                id=cost.id.clone()
                name=name(tx::cost_name)
                label=say(tx::COST_LABEL)
                unit=say(tx::COST_UNIT)
                min=dec!(0)
                max=dec!(100)
                step=dec!(0.1)
                value=cost.shown()
                on_set=cost.on_set()
                varies=cost.badge()
            />
            {cost.apply_button(name(tx::cost_name))}
            <SliderPair
                id=years.id.clone()
                name=name(tx::years_name)
                label=say(tx::YEARS_LABEL)
                unit=say(tx::YEARS_UNIT)
                min=dec!(1)
                max=dec!(10)
                step=dec!(1)
                value=years.shown()
                on_set=years.on_set()
                varies=years.badge()
            />
            {years.apply_button(name(tx::years_name))}
            {move || {
                (cost.varies.get() || years.varies.get())
                    .then(|| view! { <p class="help">{tr(tx::varies_help(&kind.short_label()), app.lang.get())}</p> })
            }}
            {extra}
        </fieldset>
    }
}

/// One per-kind setting (cost or years) of a slider: while the kind's projects differ in it, the
/// slider holds its value aside (`pending`) and 「すべてに適用」 sets every project of the kind.
#[derive(Clone)]
struct Setting {
    app: AppState,
    kind: Kind,
    id: String,
    varies: Memo<bool>,
    pending: RwSignal<Option<Decimal>>,
    read: fn(&Scenario, Kind) -> Decimal,
    write: fn(&mut Scenario, Kind, Decimal),
}

impl Setting {
    fn new(
        app: AppState,
        kind: Kind,
        id: String,
        varies: fn(&Scenario, Kind) -> bool,
        read: fn(&Scenario, Kind) -> Decimal,
        write: fn(&mut Scenario, Kind, Decimal),
    ) -> Setting {
        let varies = Memo::new(move |_| app.scenario.with(|s| varies(s, kind)));
        let pending = RwSignal::new(None);
        // Once the projects agree again (edited, applied or undone), the slider shows them.
        Effect::new(move |_| {
            if !varies.get() {
                pending.set(None);
            }
        });
        Setting { app, kind, id, varies, pending, read, write }
    }

    /// The slider's value: the one held aside, else the first project's.
    fn shown(&self) -> Signal<Decimal> {
        let (app, kind, pending, read) = (self.app, self.kind, self.pending, self.read);
        Signal::derive(move || pending.get().unwrap_or_else(|| app.scenario.with(|s| read(s, kind))))
    }

    fn on_set(&self) -> Callback<Decimal> {
        let (app, kind, id, varies, pending, write) =
            (self.app, self.kind, self.id.clone(), self.varies, self.pending, self.write);
        Callback::new(move |d: Decimal| {
            if varies.get_untracked() {
                pending.set(Some(d));
            } else {
                app.edit_from(&id, |s| write(s, kind, d));
            }
        })
    }

    fn badge(&self) -> Signal<Option<String>> {
        let (app, varies) = (self.app, self.varies);
        Signal::derive(move || varies.get().then(|| tr(tx::VARIES, app.lang.get())))
    }

    fn apply_button(&self, slider_name: Signal<String>) -> impl IntoView {
        let (app, kind, varies, write) = (self.app, self.kind, self.varies, self.write);
        let value = self.shown();
        let label = move || tr(tx::apply_to_all_name(&slider_name.get()), app.lang.get());
        move || {
            varies.get().then(|| {
                view! {
                    <button
                        type="button"
                        class="apply-all"
                        aria-label=label
                        on:click=move |_| {
                            let d = value.get_untracked();
                            app.scenario.update(|s| write(s, kind, d));
                        }
                    >
                        {app.say(tx::APPLY_TO_ALL)}
                    </button>
                }
            })
        }
    }
}

/// 開始年度: the fiscal year of year 1 (「指定なし」 or 2015–2050), which names the years in the
/// tables, the chart and the CSV.
#[component]
fn FirstFiscalYear() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="select-row first-fy">
            <label for="first-fy">{app.say(tx::FIRST_FISCAL_YEAR)}</label>
            <select
                id="first-fy"
                aria-describedby="first-fy-help"
                on:change=move |ev| {
                    let fy = event_target_value(&ev)
                        .parse::<u32>()
                        .ok()
                        .filter(|y| (bounds::MIN_FISCAL_YEAR..=bounds::MAX_FISCAL_YEAR).contains(y));
                    app.scenario.update(|s| s.first_fiscal_year = fy);
                }
                prop:value=move || app.scenario.with(|s| s.first_fiscal_year.map(|y| y.to_string()).unwrap_or_default())
            >
                <option value="">{app.say(tx::NO_FISCAL_YEAR)}</option>
                {move || {
                    let lang = app.lang.get();
                    (bounds::MIN_FISCAL_YEAR..=bounds::MAX_FISCAL_YEAR)
                        .map(|y| view! { <option value=y.to_string()>{tr(fiscal_year_option(y), lang)}</option> })
                        .collect_view()
                }}
            </select>
            <p class="help" id="first-fy-help">{app.say(tx::FIRST_FISCAL_YEAR_HELP)}</p>
        </div>
    }
}

#[component]
fn HubRound() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="select-row">
            <label for="hub-round">{app.say(tx::HUB_ROUND)}</label>
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
                    .map(|r| view! { <option value=r.as_str()>{app.say(r.label())}</option> })
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
            <label for="infra-sector">{app.say(tx::INFRA_SECTOR)}</label>
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
                    .map(|sec| view! { <option value=sec.as_str()>{app.say(sec.label())}</option> })
                    .collect_view()}
            </select>
            <p class="help">{app.say(tx::SECTOR_NOTE)}</p>
        </div>
    }
}
