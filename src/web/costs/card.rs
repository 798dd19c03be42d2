//! One project's card in the editor: its move / duplicate / remove buttons, its fields and its result.

use crate::costs::amount::AmountField;
use crate::costs::card_result::ProjectResult;
use crate::costs::editor::{announce_added, edit, edit_typed, kind_options};
use crate::costs::ops;
use crate::costs::texts as ct;
use crate::link::View;
use crate::state::use_app;
use crate::texts::{project_label, tr, SOURCE_LABEL};
use crate::ui::focus::focus_after_render;
use kofukin::engine::scenario::{bounds, Bond, Kind, Round, Sector};
use kofukin::engine::text::Lang;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// One project: its fields, its buttons and its result.
#[component]
pub fn ProjectCard(i: usize, announce: RwSignal<String>) -> impl IntoView {
    let app = use_app();
    let p = Memo::new(move |_| app.scenario.with(|s| s.projects.get(i).cloned()));
    let kind = Memo::new(move |_| p.with(|p| p.as_ref().map(|p| p.kind).unwrap_or_default()));
    let per_year =
        Memo::new(move |_| p.with(|p| p.as_ref().and_then(|p| p.cost_by_year_oku.as_ref().map(|l| l.len()))));
    let len = Memo::new(move |_| app.scenario.with(|s| s.projects.len()));
    let n = i + 1;
    let id = move |f: &str| format!("ed-{i}-{f}");
    let legend = move || {
        let name = p.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default());
        tr(project_label(n, &kind.get().short_label(), &name), app.lang.get())
    };

    let move_up = move |_: leptos::ev::MouseEvent| {
        let mut to = None;
        app.scenario.update(|s| to = ops::move_up(s, i));
        if let Some(to) = to {
            announce.set(tr(ct::moved(n, to + 1), app.lang.get_untracked()));
            focus_after_render(format!("ed-{to}-{}", if to == 0 { "down" } else { "up" }));
        }
    };
    let move_down = move |_: leptos::ev::MouseEvent| {
        let mut to = None;
        app.scenario.update(|s| to = ops::move_down(s, i));
        if let Some(to) = to {
            let last = app.scenario.with_untracked(|s| s.projects.len()) - 1;
            announce.set(tr(ct::moved(n, to + 1), app.lang.get_untracked()));
            focus_after_render(format!("ed-{to}-{}", if to == last { "up" } else { "down" }));
        }
    };
    let duplicate = move |_: leptos::ev::MouseEvent| {
        let mut to = None;
        app.scenario.update(|s| to = ops::duplicate(s, i));
        announce_added(app, announce, to);
    };
    let remove = move |_: leptos::ev::MouseEvent| {
        let mut done = false;
        app.scenario.update(|s| done = ops::remove(s, i));
        if done {
            announce.set(tr(ct::removed(n), app.lang.get_untracked()));
            // Never onto another 削除 (Enter twice would remove two): the heading of the card now
            // in this place (or the one before, after the last), or 事業を追加 when none is left.
            let left = app.scenario.with_untracked(|s| s.projects.len());
            if left == 0 {
                focus_after_render("add-project");
            } else {
                focus_after_render(format!("ed-{}-legend", i.min(left - 1)));
            }
        }
    };

    let sectors = [Sector::Road, Sector::Sewage, Sector::Port, Sector::Other];
    let bonds = [Bond::None, Bond::Depopulation, Bond::General];

    let cost_fields = move || {
        match per_year.get() {
        None => view! {
            <AmountField
                id=id("cost")
                label=Signal::derive(app.say(ct::COST_ANNUAL))
                value=Signal::derive(move || p.with(|p| p.as_ref().map(|p| p.annual_cost_oku).unwrap_or_default()))
                max=bounds::MAX_COST_OKU
                on_set=Callback::new(move |d| edit_typed(app, i, &id("cost"), |p| ops::set_cost(p, None, d)))
            />
        }
        .into_any(),
        Some(years) => view! {
            <div class="per-year-costs">
                {(0..years)
                    .map(|y| {
                        view! {
                            <AmountField
                                id=id(&format!("cost-{y}"))
                                label=Signal::derive(app.say(ct::cost_year(y as u32 + 1)))
                                value=Signal::derive(move || p.with(|p| p.as_ref().map(|p| p.cost_in_year(y)).unwrap_or_default()))
                                max=bounds::MAX_COST_OKU
                                on_set=Callback::new(move |d| edit_typed(app, i, &id(&format!("cost-{y}")), |p| ops::set_cost(p, Some(y), d)))
                            />
                        }
                    })
                    .collect_view()}
            </div>
        }
        .into_any(),
    }
    };

    view! {
        <li class="project-card" data-index=i>
            <fieldset>
                <legend id=id("legend") tabindex="-1">{legend}</legend>
                <div class="card-buttons">
                    <button type="button" id=id("up") aria-label=app.say(ct::move_up_name(n)) disabled=move || i == 0 on:click=move_up>
                        <span aria-hidden="true">"↑ "</span>{app.say(ct::MOVE_UP)}
                    </button>
                    <button type="button" id=id("down") aria-label=app.say(ct::move_down_name(n)) disabled={move || i + 1 >= len.get()} on:click=move_down>
                        <span aria-hidden="true">"↓ "</span>{app.say(ct::MOVE_DOWN)}
                    </button>
                    <button type="button" id=id("duplicate") aria-label=app.say(ct::duplicate_name(n)) on:click=duplicate>
                        {app.say(ct::DUPLICATE)}
                    </button>
                    <button type="button" id=id("remove") class="danger" aria-label=app.say(ct::remove_name(n)) on:click=remove>
                        {app.say(ct::REMOVE)}
                    </button>
                </div>
                <div class="card-fields">
                    <div class="ed-field ed-name">
                        <label for=id("name")>{app.say(ct::NAME)}</label>
                        <input
                            type="text"
                            id=id("name")
                            maxlength="100"
                            autocomplete="off"
                            prop:value=move || p.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default())
                            on:input=move |ev| {
                                let v: String = event_target_value(&ev).chars().take(bounds::MAX_NAME_CHARS).collect();
                                edit_typed(app, i, &id("name"), |p| p.name = v);
                            }
                        />
                    </div>
                    <div class="ed-field">
                        <label for=id("kind")>{app.say(ct::KIND)}</label>
                        <select
                            id=id("kind")
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                if let Some(k) = Kind::ALL.into_iter().find(|k| k.as_str() == v) {
                                    edit(app, i, |p| ops::set_kind(p, k));
                                }
                            }
                            prop:value=move || kind.get().as_str()
                        >
                            {kind_options(app)}
                        </select>
                    </div>
                    <div class="ed-field">
                        <label for=id("start")>{app.say(ct::START)}</label>
                        <select
                            id=id("start")
                            on:change=move |ev| {
                                let y = event_target_value(&ev).parse::<u32>().unwrap_or(1).clamp(1, bounds::MAX_START_YEAR);
                                edit(app, i, |p| p.start_year = y);
                            }
                            prop:value=move || p.with(|p| p.as_ref().map(|p| p.start_year).unwrap_or(1).to_string())
                        >
                            {move || {
                                let fy = app.scenario.with(|s| s.first_fiscal_year);
                                let lang = app.lang.get();
                                (1..=bounds::MAX_START_YEAR)
                                    .map(|y| view! { <option value=y.to_string()>{tr(ct::start_option(y, fy), lang)}</option> })
                                    .collect_view()
                            }}
                        </select>
                    </div>
                    <div class="ed-field">
                        <label for=id("years")>{app.say(ct::YEARS)}</label>
                        <select
                            id=id("years")
                            on:change=move |ev| {
                                let y = event_target_value(&ev).parse::<u32>().unwrap_or(1);
                                edit(app, i, |p| ops::set_years(p, y));
                            }
                            prop:value=move || p.with(|p| p.as_ref().map(|p| p.years).unwrap_or(1).to_string())
                        >
                            {move || {
                                let lang = app.lang.get();
                                (1..=bounds::MAX_YEARS)
                                    .map(|y| view! { <option value=y.to_string()>{tr(ct::years_option(y), lang)}</option> })
                                    .collect_view()
                            }}
                        </select>
                    </div>
                    <div class="ed-field ed-cost">
                        {cost_fields}
                        <span class="check">
                            <input
                                type="checkbox"
                                id=id("per-year")
                                prop:checked=move || per_year.get().is_some()
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    edit(app, i, |p| ops::set_per_year(p, on));
                                }
                            />
                            <label for=id("per-year")>{app.say(ct::COST_PER_YEAR)}</label>
                        </span>
                    </div>
                    {move || (kind.get() == Kind::Hub).then(|| view! {
                        <div class="ed-field">
                            <label for=id("round")>{app.say(ct::ROUND)}</label>
                            <select
                                id=id("round")
                                on:change=move |ev| {
                                    let r = if event_target_value(&ev) == "supplementary" { Round::Supplementary } else { Round::Initial };
                                    edit(app, i, |p| p.round = r);
                                }
                                prop:value=move || p.with(|p| p.as_ref().map(|p| p.round).unwrap_or_default().as_str())
                            >
                                {[Round::Initial, Round::Supplementary]
                                    .into_iter()
                                    .map(|r| view! { <option value=r.as_str()>{app.say(r.label())}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                    })}
                    {move || (kind.get() == Kind::Infra).then(|| view! {
                        <div class="ed-field">
                            <label for=id("sector")>{app.say(ct::SECTOR)}</label>
                            <select
                                id=id("sector")
                                on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    let sec = sectors.into_iter().find(|s| s.as_str() == v).unwrap_or(Sector::Other);
                                    edit(app, i, |p| p.infra_sector = sec);
                                }
                                prop:value=move || p.with(|p| p.as_ref().map(|p| p.infra_sector).unwrap_or_default().as_str())
                            >
                                {sectors
                                    .into_iter()
                                    .map(|sec| view! { <option value=sec.as_str()>{app.say(sec.label())}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                    })}
                    {move || matches!(kind.get(), Kind::Hub | Kind::Infra).then(|| view! {
                        <div class="ed-field">
                            <label for=id("bond")>{app.say(ct::BOND)}</label>
                            <select
                                id=id("bond")
                                aria-describedby=id("bond-help")
                                on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    let b = bonds.into_iter().find(|b| b.as_str() == v).unwrap_or(Bond::None);
                                    edit(app, i, |p| p.bond = b);
                                }
                                prop:value=move || p.with(|p| p.as_ref().map(|p| p.bond).unwrap_or_default().as_str())
                            >
                                {bonds
                                    .into_iter()
                                    .map(|b| view! { <option value=b.as_str()>{app.say(b.label())}</option> })
                                    .collect_view()}
                            </select>
                            <p class="help" id=id("bond-help")>{app.say(ct::BOND_HELP)}</p>
                        </div>
                    })}
                    <div class="ed-field ed-donation">
                        <AmountField
                            id=id("donation")
                            label=Signal::derive(app.say(ct::DONATION_OKU))
                            value=Signal::derive(move || p.with(|p| p.as_ref().map(|p| p.donation_oku).unwrap_or_default()))
                            max=bounds::MAX_DONATION_OKU
                            on_set=Callback::new(move |d| edit_typed(app, i, &id("donation"), |p| p.donation_oku = d))
                        />
                        {move || {
                            let d = p.with(|p| p.as_ref().map(|p| p.donation_oku).unwrap_or_default());
                            (d > Decimal::ZERO && d < rust_decimal_macros::dec!(0.001))
                                .then(|| view! { <p class="field-note">{app.say(ct::DONATION_BELOW_MINIMUM)}</p> })
                        }}
                        <p class="help">
                            {app.say(ct::DONATION_HELP)}" "{app.say(ct::DONATION_CONDITIONS)}
                            " "{move || crate::ui::source::source_line(app.lang.get(), SOURCE_LABEL, &kofukin::engine::sources::SourceRef::new(kofukin::engine::sources::KIGYOBAN_PORTAL))}" "
                            <a
                                href=move || match app.lang.get() {
                                    Lang::Ja => "?view=donation",
                                    Lang::En => "?view=donation&lang=en",
                                }
                                on:click=move |ev: leptos::ev::MouseEvent| {
                                    ev.prevent_default();
                                    app.view.set(View::Donation);
                                }
                            >
                                {app.say(ct::DONATION_LINK)}
                            </a>
                        </p>
                    </div>
                    {move || (!kind.get().is_digital()).then(|| view! {
                        <div class="ed-field check">
                            <input
                                type="checkbox"
                                id=id("outside")
                                prop:checked=move || p.with(|p| p.as_ref().is_some_and(|p| p.outside_cap))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    edit(app, i, |p| p.outside_cap = on);
                                }
                            />
                            <label for=id("outside")>{app.say(ct::OUTSIDE_CAP)}</label>
                        </div>
                    })}
                </div>
                <ProjectResult i=i/>
            </fieldset>
        </li>
    }
}
