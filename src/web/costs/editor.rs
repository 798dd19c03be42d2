//! The project editor: one card per project in priority order (RULES.md step 6), to add, remove,
//! duplicate, reorder, name and set every field of CONTRACT §1. It edits `app.scenario` itself (the
//! sliders edit the same list), so the result and the URL follow. Each card also shows the project's
//! national share under both rule sets and its local-share layers.

use crate::costs::layers::ProjectLayers;
use crate::costs::ops;
use crate::costs::texts::{costs, CostTexts};
use crate::link::View;
use crate::simulator::results::money;
use crate::state::{use_app, AppState};
use crate::ui::format::plain;
use kofukin::engine::outcome::{RuleSetId, Status};
use kofukin::engine::scenario::{bounds, Bond, Kind, Project, Round, Sector};
use kofukin::engine::text::Lang;
use leptos::prelude::*;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;

fn edit(app: AppState, i: usize, f: impl FnOnce(&mut Project)) {
    app.scenario.update(|s| {
        if let Some(p) = s.projects.get_mut(i) {
            f(p)
        }
    });
}

/// Moves keyboard focus to an element once the DOM has caught up.
fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

#[component]
pub fn Editor() -> impl IntoView {
    let app = use_app();
    let c = move || costs(app.lang.get());
    let len = Memo::new(move |_| app.scenario.with(|s| s.projects.len()));
    let add_kind = RwSignal::new(Kind::Soft);
    let announce = RwSignal::new(String::new());
    let add = move |_: leptos::ev::MouseEvent| {
        let kind = add_kind.get_untracked();
        let mut added = None;
        app.scenario.update(|s| added = ops::add(s, kind));
        let c = costs(app.lang.get_untracked());
        match added {
            Some(i) => {
                announce.set((c.added)(i + 1));
                focus_later(format!("ed-{i}-name"));
            }
            None => announce.set(c.max_projects.to_string()),
        }
    };
    view! {
        <section class="editor" aria-labelledby="editor-h">
            <h2 id="editor-h">{move || c().editor_heading}</h2>
            <p class="help">{move || c().editor_intro}</p>
            <ol class="project-list">
                <For
                    each=move || 0..len.get()
                    key=|i| *i
                    children=move |i| view! { <ProjectCard i=i announce=announce/> }
                />
            </ol>
            {move || (len.get() == 0).then(|| view! { <p class="empty">{c().editor_empty}</p> })}
            <div class="editor-add">
                <label for="add-kind">{move || c().add_kind}</label>
                <select
                    id="add-kind"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(k) = Kind::ALL.into_iter().find(|k| k.as_str() == v) {
                            add_kind.set(k);
                        }
                    }
                    prop:value=move || add_kind.get().as_str()
                >
                    {Kind::ALL
                        .into_iter()
                        .map(|k| view! { <option value=k.as_str()>{move || (app.t().kind_name)(k)}</option> })
                        .collect_view()}
                </select>
                <button type="button" class="add" on:click=add disabled={move || len.get() >= bounds::MAX_PROJECTS}>
                    {move || c().add}
                </button>
            </div>
            <p class="sr-live" role="status">{move || announce.get()}</p>
            <PrintProjects/>
        </section>
    }
}

/// One project: its fields, its buttons and its result.
#[component]
fn ProjectCard(i: usize, announce: RwSignal<String>) -> impl IntoView {
    let app = use_app();
    let c = move || costs(app.lang.get());
    let p = Memo::new(move |_| app.scenario.with(|s| s.projects.get(i).cloned()));
    let kind = Memo::new(move |_| p.with(|p| p.as_ref().map(|p| p.kind).unwrap_or_default()));
    let per_year =
        Memo::new(move |_| p.with(|p| p.as_ref().and_then(|p| p.cost_by_year_oku.as_ref().map(|l| l.len()))));
    let len = Memo::new(move |_| app.scenario.with(|s| s.projects.len()));
    let n = i + 1;
    let id = move |f: &str| format!("ed-{i}-{f}");
    let legend = move || {
        let name = p.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default());
        (c().project_legend)(n, (app.t().kind_name)(kind.get()), &name)
    };

    let move_up = move |_: leptos::ev::MouseEvent| {
        let mut to = None;
        app.scenario.update(|s| to = ops::move_up(s, i));
        if let Some(to) = to {
            announce.set((costs(app.lang.get_untracked()).moved)(n, to + 1));
            focus_later(format!("ed-{to}-{}", if to == 0 { "down" } else { "up" }));
        }
    };
    let move_down = move |_: leptos::ev::MouseEvent| {
        let mut to = None;
        app.scenario.update(|s| to = ops::move_down(s, i));
        if let Some(to) = to {
            let last = app.scenario.with_untracked(|s| s.projects.len()) - 1;
            announce.set((costs(app.lang.get_untracked()).moved)(n, to + 1));
            focus_later(format!("ed-{to}-{}", if to == last { "up" } else { "down" }));
        }
    };
    let duplicate = move |_: leptos::ev::MouseEvent| {
        let mut to = None;
        app.scenario.update(|s| to = ops::duplicate(s, i));
        let c = costs(app.lang.get_untracked());
        match to {
            Some(to) => {
                announce.set((c.added)(to + 1));
                focus_later(format!("ed-{to}-name"));
            }
            None => announce.set(c.max_projects.to_string()),
        }
    };
    let remove = move |_: leptos::ev::MouseEvent| {
        let mut done = false;
        app.scenario.update(|s| done = ops::remove(s, i));
        if done {
            announce.set((costs(app.lang.get_untracked()).removed)(n));
            let left = app.scenario.with_untracked(|s| s.projects.len());
            if left == 0 {
                focus_later("add-kind".into());
            } else {
                focus_later(format!("ed-{}-remove", i.min(left - 1)));
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
                label=Signal::derive(move || c().cost_annual.to_string())
                value=Signal::derive(move || p.with(|p| p.as_ref().map(|p| p.annual_cost_oku).unwrap_or_default()))
                max=bounds::MAX_COST_OKU
                on_set=Callback::new(move |d| edit(app, i, |p| ops::set_cost(p, None, d)))
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
                                label=Signal::derive(move || (c().cost_year)(y as u32 + 1))
                                value=Signal::derive(move || p.with(|p| p.as_ref().map(|p| p.cost_in_year(y)).unwrap_or_default()))
                                max=bounds::MAX_COST_OKU
                                on_set=Callback::new(move |d| edit(app, i, |p| ops::set_cost(p, Some(y), d)))
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
                <legend>{legend}</legend>
                <div class="card-buttons">
                    <button type="button" id=id("up") aria-label=move || (c().move_up_name)(n) disabled=move || i == 0 on:click=move_up>
                        <span aria-hidden="true">"↑ "</span>{move || c().move_up}
                    </button>
                    <button type="button" id=id("down") aria-label=move || (c().move_down_name)(n) disabled={move || i + 1 >= len.get()} on:click=move_down>
                        <span aria-hidden="true">"↓ "</span>{move || c().move_down}
                    </button>
                    <button type="button" id=id("duplicate") aria-label=move || (c().duplicate_name)(n) on:click=duplicate>
                        {move || c().duplicate}
                    </button>
                    <button type="button" id=id("remove") class="danger" aria-label=move || (c().remove_name)(n) on:click=remove>
                        {move || c().remove}
                    </button>
                </div>
                <div class="card-fields">
                    <div class="ed-field ed-name">
                        <label for=id("name")>{move || c().name}</label>
                        <input
                            type="text"
                            id=id("name")
                            maxlength="100"
                            autocomplete="off"
                            prop:value=move || p.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default())
                            on:input=move |ev| {
                                let v: String = event_target_value(&ev).chars().take(bounds::MAX_NAME_CHARS).collect();
                                edit(app, i, |p| p.name = v);
                            }
                        />
                    </div>
                    <div class="ed-field">
                        <label for=id("kind")>{move || c().kind}</label>
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
                            {Kind::ALL
                                .into_iter()
                                .map(|k| view! { <option value=k.as_str()>{move || (app.t().kind_name)(k)}</option> })
                                .collect_view()}
                        </select>
                    </div>
                    <div class="ed-field">
                        <label for=id("start")>{move || c().start}</label>
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
                                let c = c();
                                (1..=bounds::MAX_START_YEAR)
                                    .map(|y| view! { <option value=y.to_string()>{(c.start_option)(y, fy)}</option> })
                                    .collect_view()
                            }}
                        </select>
                    </div>
                    <div class="ed-field">
                        <label for=id("years")>{move || c().years}</label>
                        <select
                            id=id("years")
                            on:change=move |ev| {
                                let y = event_target_value(&ev).parse::<u32>().unwrap_or(1);
                                edit(app, i, |p| ops::set_years(p, y));
                            }
                            prop:value=move || p.with(|p| p.as_ref().map(|p| p.years).unwrap_or(1).to_string())
                        >
                            {move || {
                                let c = c();
                                (1..=bounds::MAX_YEARS)
                                    .map(|y| view! { <option value=y.to_string()>{(c.years_option)(y)}</option> })
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
                            <label for=id("per-year")>{move || c().cost_per_year}</label>
                        </span>
                    </div>
                    {move || (kind.get() == Kind::Hub).then(|| view! {
                        <div class="ed-field">
                            <label for=id("round")>{move || c().round}</label>
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
                                    .map(|r| view! { <option value=r.as_str()>{move || (app.t().round_label)(r)}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                    })}
                    {move || (kind.get() == Kind::Infra).then(|| view! {
                        <div class="ed-field">
                            <label for=id("sector")>{move || c().sector}</label>
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
                                    .map(|sec| view! { <option value=sec.as_str()>{move || (app.t().sector_label)(sec)}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                    })}
                    {move || matches!(kind.get(), Kind::Hub | Kind::Infra).then(|| view! {
                        <div class="ed-field">
                            <label for=id("bond")>{move || c().bond}</label>
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
                                    .map(|b| view! { <option value=b.as_str()>{move || (c().bond_label)(b)}</option> })
                                    .collect_view()}
                            </select>
                            <p class="help" id=id("bond-help")>{move || c().bond_help}</p>
                        </div>
                    })}
                    <div class="ed-field ed-donation">
                        <AmountField
                            id=id("donation")
                            label=Signal::derive(move || c().donation_oku.to_string())
                            value=Signal::derive(move || p.with(|p| p.as_ref().map(|p| p.donation_oku).unwrap_or_default()))
                            max=bounds::MAX_DONATION_OKU
                            on_set=Callback::new(move |d| edit(app, i, |p| p.donation_oku = d))
                        />
                        {move || {
                            let d = p.with(|p| p.as_ref().map(|p| p.donation_oku).unwrap_or_default());
                            (d > Decimal::ZERO && d < rust_decimal_macros::dec!(0.001))
                                .then(|| view! { <p class="field-note">{c().donation_below_minimum}</p> })
                        }}
                        <p class="help">
                            {move || c().donation_help}" "{move || c().donation_conditions}
                            <span class="src">
                                {move || format!(" （{}: 内閣府 企業版ふるさと納税ポータル、003_bde491f12127e8d8.txt） ", app.t().source_label)}
                            </span>
                            <a
                                href=move || {
                                    if app.lang.get() == Lang::En { "?view=donation&lang=en" } else { "?view=donation" }
                                }
                                on:click=move |ev: leptos::ev::MouseEvent| {
                                    ev.prevent_default();
                                    app.view.set(View::Donation);
                                }
                            >
                                {move || c().donation_link}
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
                            <label for=id("outside")>{move || c().outside_cap}</label>
                        </div>
                    })}
                </div>
                <ProjectResult i=i/>
            </fieldset>
        </li>
    }
}

/// The project's national share under both rule sets, and its layers on demand.
#[component]
fn ProjectResult(i: usize) -> impl IntoView {
    let app = use_app();
    let line = move || {
        let t = app.t();
        let c = costs(app.lang.get());
        let lang = app.lang.get();
        app.outcome.with(|o| {
            [RuleSetId::Gen1, RuleSetId::Gen2]
                .into_iter()
                .map(|id| {
                    let r = o.get(id);
                    let label = if lang == Lang::Ja { r.label_ja } else { r.label_en };
                    let short = label.rsplit(' ').next().unwrap_or(label).to_string();
                    let body = match r.projects.get(i) {
                        Some(p) if p.status == Status::NotModelled => {
                            view! { <span class="status not-modelled">{c.status_not_modelled}</span> }.into_any()
                        }
                        Some(p) => {
                            let status = (p.status == Status::Ineligible)
                                .then(|| view! { <span class="status ineligible">{c.status_ineligible}</span> });
                            let class = match id {
                                RuleSetId::Gen1 => "project-national gen1",
                                RuleSetId::Gen2 => "project-national gen2",
                            };
                            view! { {money(t, p.national_oku, class)}" "{status} }.into_any()
                        }
                        None => view! { <span>"—"</span> }.into_any(),
                    };
                    view! {
                        <div>
                            <dt>{format!("{} {short}", c.project_result)}</dt>
                            <dd>{body}</dd>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    // The layer table is rendered only while its details element is open (the cards re-render on
    // every input, and the sliders must stay fast).
    let open = RwSignal::new(false);
    view! {
        <dl class="project-result">{line}</dl>
        <details
            class="project-layers"
            on:toggle=move |ev| {
                let now = ev
                    .target()
                    .and_then(|t| js_sys::Reflect::get(&t, &wasm_bindgen::JsValue::from_str("open")).ok())
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false);
                open.set(now);
            }
        >
            <summary>{move || costs(app.lang.get()).layers_per_project}</summary>
            {move || open.get().then(|| view! { <ProjectLayers i=i/> })}
        </details>
    }
}

/// A typed amount in 億円 (full-width digits and separators accepted; out of range is clamped with
/// a visible note; text that is not a number leaves the value unchanged with a note).
#[component]
fn AmountField(
    id: String,
    label: Signal<String>,
    value: Signal<Decimal>,
    max: Decimal,
    on_set: Callback<Decimal>,
) -> impl IntoView {
    let app = use_app();
    let draft: RwSignal<Option<String>> = RwSignal::new(None);
    let note: RwSignal<Option<String>> = RwSignal::new(None);
    let note_id = format!("{id}-note");
    let commit = move |text: String| {
        let c: &CostTexts = costs(app.lang.get_untracked());
        match ops::parse_oku(&text, max) {
            Ok(d) => {
                on_set.run(d);
                note.set(None);
            }
            Err(Some(d)) => {
                on_set.run(d);
                note.set(Some((c.typed_clamped)(&text, &plain(d))));
            }
            Err(None) if text.trim().is_empty() => note.set(None),
            Err(None) => note.set(Some((c.typed_invalid)(&text))),
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
                prop:value=move || draft.get().unwrap_or_else(|| plain(value.get()))
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    if let Ok(d) = ops::parse_oku(&text, max) {
                        note.set(None);
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

/// The project list for print (hidden on screen, where the cards show the same).
#[component]
fn PrintProjects() -> impl IntoView {
    let app = use_app();
    move || {
        let t = app.t();
        let c = costs(app.lang.get());
        app.scenario.with(|s| {
            let rows = s
                .projects
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let mut details: Vec<String> = Vec::new();
                    if p.kind == Kind::Hub {
                        details.push((c.round_short)(p.round == Round::Supplementary).to_string());
                    }
                    if p.kind == Kind::Infra {
                        details.push((t.sector_label)(p.infra_sector).to_string());
                    }
                    if p.outside_cap {
                        details.push(c.outside_short.to_string());
                    }
                    if let Some(list) = &p.cost_by_year_oku {
                        details.push(list.iter().map(|d| plain(*d)).collect::<Vec<_>>().join(" / "));
                    }
                    view! {
                        <tr>
                            <td class="num">{i + 1}</td>
                            <td>{p.name.clone()}</td>
                            <td>{(t.kind_name)(p.kind)}</td>
                            <td class="num">{p.start_year}</td>
                            <td class="num">{p.years}</td>
                            <td class="num">{plain(p.total_cost_oku())}</td>
                            <td class="num">{plain(p.donation_oku)}</td>
                            <td>{(p.bond != Bond::None).then(|| (c.bond_label)(p.bond))}</td>
                            <td>{details.join("・")}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="print-projects">
                    <caption>{c.print_projects}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{c.col_no}</th>
                            <th scope="col">{c.col_name}</th>
                            <th scope="col">{c.col_kind}</th>
                            <th scope="col">{c.col_start}</th>
                            <th scope="col">{c.col_years}</th>
                            <th scope="col">{c.col_cost}</th>
                            <th scope="col">{c.col_donation}</th>
                            <th scope="col">{c.col_bond}</th>
                            <th scope="col">{c.col_details}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    }
}
