//! The 財源ナビ list and detail pages.

use crate::link::{self, PageState, View};
use crate::navi::form::{self as nf, Entry, Form};
use crate::navi::texts::{self as tx, navi_texts, NaviTexts};
use crate::simulator::results::{severity_class, severity_icon};
use crate::state::{use_app, AppState};
use kofukin::engine::measures::{self, InputDesc, MeasureInfo, MeasureResult};
use kofukin::engine::scenario::InputError;
use kofukin::engine::text::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

// ---------------------------------------------------------------------------------------------
// Navigation

fn state_with(app: AppState, view: View, measure: Option<String>, other: Vec<(String, String)>) -> PageState {
    PageState {
        scenario: app.scenario.get_untracked(),
        lang: app.lang.get(),
        embed: app.embed.get_untracked(),
        view,
        measure,
        other,
    }
}

/// The link to a view (works without scripts and in a new tab).
fn href(app: AppState, view: View, measure: Option<String>, other: Vec<(String, String)>) -> String {
    format!("?{}", link::to_query(&state_with(app, view, measure, other)))
}

/// Moves to a view inside the page: sets the state, pushes a history entry, scrolls to the top and
/// puts the focus on the new heading.
fn go(app: AppState, view: View, measure: Option<String>, other: Vec<(String, String)>, focus: &'static str) {
    let query = link::to_query(&state_with_untracked(app, view, measure.clone(), other.clone()));
    // The entry being left keeps its latest state (the app's own URL write may still be pending).
    let here = link::to_query(&state_with_untracked(
        app,
        app.view.get_untracked(),
        app.measure.get_untracked(),
        app.other.get_untracked(),
    ));
    app.other.set(other);
    app.measure.set(measure);
    app.view.set(view);
    if let Some(w) = web_sys::window() {
        let path = w.location().pathname().unwrap_or_default();
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}?{here}")));
            let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}?{query}")));
        }
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(focus).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

fn state_with_untracked(app: AppState, view: View, measure: Option<String>, other: Vec<(String, String)>) -> PageState {
    PageState {
        scenario: app.scenario.get_untracked(),
        lang: app.lang.get_untracked(),
        embed: app.embed.get_untracked(),
        view,
        measure,
        other,
    }
}

fn plain_click(ev: &leptos::ev::MouseEvent) -> bool {
    ev.button() == 0 && !ev.ctrl_key() && !ev.meta_key() && !ev.shift_key() && !ev.alt_key()
}

/// The header links between the simulator and 財源ナビ. Also follows the browser's back and forward
/// buttons between the entries that [`go`] pushed.
#[component]
pub fn ViewNav() -> impl IntoView {
    let app = use_app();
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let query = window().location().search().unwrap_or_default();
        let (st, _) = link::from_query(&query);
        app.lang.set(st.lang);
        app.other.set(st.other);
        app.measure.set(st.measure);
        app.view.set(st.view);
    });
    on_cleanup(move || handle.remove());
    let t = move || navi_texts(app.lang.get());
    let current = move |v: View| {
        let on = app.view.get() == v;
        on.then_some("page")
    };
    view! {
        <nav class="view-nav" aria-label=move || t().nav_label>
            <a
                href=move || href(app, View::Sim, None, Vec::new())
                aria-current=move || current(View::Sim)
                on:click=move |ev: leptos::ev::MouseEvent| {
                    if plain_click(&ev) {
                        ev.prevent_default();
                        go(app, View::Sim, None, Vec::new(), "main");
                    }
                }
            >
                {move || t().nav_sim}
            </a>
            <a
                href=move || href(app, View::Donation, None, Vec::new())
                aria-current=move || current(View::Donation)
                on:click=move |ev: leptos::ev::MouseEvent| {
                    if plain_click(&ev) {
                        ev.prevent_default();
                        go(app, View::Donation, None, Vec::new(), "donation-h");
                    }
                }
            >
                {move || crate::costs::texts::costs(app.lang.get()).nav_donation}
            </a>
            <a
                href=move || href(app, View::Navi, None, Vec::new())
                aria-current=move || current(View::Navi)
                on:click=move |ev: leptos::ev::MouseEvent| {
                    if plain_click(&ev) {
                        ev.prevent_default();
                        go(app, View::Navi, None, Vec::new(), "navi-h");
                    }
                }
            >
                {move || t().nav_navi}
            </a>
        </nav>
    }
}

// ---------------------------------------------------------------------------------------------
// The view

#[component]
pub fn Navi() -> impl IntoView {
    let app = use_app();
    // A link to an unknown measure shows the list, with a notice.
    if let Some(id) = app.measure.get_untracked() {
        if measures::find(&id).is_none() {
            let (ja, en) = (tx::JA.unknown_measure)(&id);
            app.notices.update(|n| {
                n.push(link::Notice { key: "measure".into(), given: id.clone(), message_ja: ja, message_en: en })
            });
            app.measure.set(None);
        }
    }
    let measure = Memo::new(move |_| app.measure.get().and_then(|id| measures::find(&id)).map(|m| m.id));
    // The document title names the view (and the measure); the app's own title comes back on leaving.
    Effect::new(move |_| {
        let lang = app.lang.get();
        let navi = navi_texts(lang).nav_navi;
        let app_title = crate::texts::texts(lang).app_title;
        let title = match measure.get().and_then(|id| measures::find(&id)) {
            Some(m) => format!("{} — {navi} — {app_title}", if lang == Lang::Ja { m.name_ja } else { m.name_en }),
            None => format!("{navi} — {app_title}"),
        };
        document().set_title(&title);
    });
    on_cleanup(move || {
        let t = crate::texts::texts(app.lang.get_untracked());
        document().set_title(&format!("{} — {}", t.app_title, t.app_subtitle));
    });
    move || match measure.get() {
        Some(id) => view! { <Detail id=id/> }.into_any(),
        None => view! { <List/> }.into_any(),
    }
}

// ---------------------------------------------------------------------------------------------
// The list

fn matches(m: &MeasureInfo, funds: &[String], q: &str) -> bool {
    let mut hay = vec![
        m.id.clone(),
        m.name_ja.clone(),
        m.name_en.clone(),
        m.ministry.clone(),
        tx::ministry_en(&m.ministry).to_string(),
        tx::summary(&m.id, Lang::Ja).to_string(),
        tx::summary(&m.id, Lang::En).to_string(),
    ];
    for f in &m.funds {
        hay.push(tx::fund_name(f, Lang::Ja));
        hay.push(tx::fund_name(f, Lang::En));
    }
    nf::shown(&m.funds, &hay.join("\n"), funds, q)
}

#[component]
fn List() -> impl IntoView {
    let app = use_app();
    let all = StoredValue::new(measures::list());
    let other = app.other.get_untracked();
    let get = |k: &str| other.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
    let initial_funds: Vec<String> = get("funds")
        .map(|v| v.split(',').filter(|f| tx::FUNDS.iter().any(|(id, _, _)| id == f)).map(String::from).collect())
        .unwrap_or_default();
    let funds = RwSignal::new(initial_funds);
    let q = RwSignal::new(get("q").unwrap_or_default());
    Effect::new(move |_| {
        let mut pairs = Vec::new();
        let f = funds.get();
        if !f.is_empty() {
            pairs.push(("funds".to_string(), f.join(",")));
        }
        let text = q.get();
        if !text.trim().is_empty() {
            pairs.push(("q".to_string(), text));
        }
        if app.other.with_untracked(|o| *o != pairs) {
            app.other.set(pairs);
        }
    });
    let t = move || navi_texts(app.lang.get());
    let shown = Memo::new(move |_| {
        let f = funds.get();
        let text = q.get();
        all.with_value(|l| l.iter().filter(|m| matches(m, &f, &text)).map(|m| m.id.clone()).collect::<Vec<_>>())
    });
    let total = all.with_value(|l| l.len());

    let toggles = tx::FUNDS
        .iter()
        .map(|(id, _, _)| {
            let id = id.to_string();
            let id2 = id.clone();
            let id3 = id.clone();
            view! {
                <button
                    type="button"
                    class="fund-toggle"
                    aria-pressed=move || if funds.with(|f| f.contains(&id)) { "true" } else { "false" }
                    on:click=move |_| {
                        funds.update(|f| {
                            if let Some(i) = f.iter().position(|x| *x == id2) {
                                f.remove(i);
                            } else {
                                f.push(id2.clone());
                                let order = |x: &String| tx::FUNDS.iter().position(|(i, _, _)| i == x);
                                f.sort_by_key(order);
                            }
                        })
                    }
                >
                    {move || tx::fund_name(&id3, app.lang.get())}
                </button>
            }
        })
        .collect_view();

    view! {
        <section id="results" class="navi navi-list" aria-labelledby="navi-h">
            <h2 id="navi-h" tabindex="-1">{move || t().heading}</h2>
            <p class="navi-intro">{move || t().intro}</p>
            <div class="navi-filters">
                <div class="fund-group" role="group" aria-labelledby="fund-h" aria-describedby="fund-help">
                    <span id="fund-h" class="group-label">{move || t().filter_heading}</span>
                    <div class="fund-toggles">{toggles}</div>
                    <p id="fund-help" class="help">{move || t().filter_help}</p>
                </div>
                <div class="search-row">
                    <label for="navi-q">{move || t().search_label}</label>
                    <input
                        type="search"
                        id="navi-q"
                        class="navi-search"
                        autocomplete="off"
                        placeholder=move || t().search_placeholder
                        prop:value=move || q.get()
                        on:input=move |ev| q.set(event_target_value(&ev))
                    />
                </div>
                <button
                    type="button"
                    class="clear-filters"
                    disabled=move || funds.with(Vec::is_empty) && q.with(|s| s.trim().is_empty())
                    on:click=move |_| {
                        funds.set(Vec::new());
                        q.set(String::new());
                    }
                >
                    {move || t().clear_filters}
                </button>
            </div>
            <p class="navi-count" role="status">{move || (t().count)(shown.with(Vec::len), total)}</p>
            {move || {
                let ids = shown.get();
                let lang = app.lang.get();
                let t = navi_texts(lang);
                if ids.is_empty() {
                    return view! { <p class="empty">{t.none_found}</p> }.into_any();
                }
                let cards = all.with_value(|l| {
                    l.iter()
                        .filter(|m| ids.contains(&m.id))
                        .map(|m| card(app, m, lang, t))
                        .collect_view()
                });
                view! { <ul class="measure-list">{cards}</ul> }.into_any()
            }}
        </section>
    }
}

fn card(app: AppState, m: &MeasureInfo, lang: Lang, t: &'static NaviTexts) -> impl IntoView {
    let id = m.id.clone();
    let id_click = id.clone();
    let (name, other_name) = match lang {
        Lang::Ja => (m.name_ja.clone(), None),
        Lang::En => (m.name_en.clone(), Some(m.name_ja.clone())),
    };
    let ministry = match lang {
        Lang::Ja => m.ministry.clone(),
        Lang::En => format!("{} ({})", tx::ministry_en(&m.ministry), m.ministry),
    };
    let tags = m
        .funds
        .iter()
        .map(|f| view! { <li class=format!("fund-tag fund-{f}")>{tx::fund_name(f, lang)}</li> })
        .collect_view();
    view! {
        <li class="measure-card" data-id=id.clone()>
            <h3>
                <a
                    href=href(app, View::Navi, Some(id.clone()), Vec::new())
                    on:click=move |ev: leptos::ev::MouseEvent| {
                        if plain_click(&ev) {
                            ev.prevent_default();
                            go(app, View::Navi, Some(id_click.clone()), Vec::new(), "navi-h");
                        }
                    }
                >
                    {name}
                </a>
            </h3>
            {other_name.map(|n| view! { <p class="name-ja" lang="ja">{n}</p> })}
            <p class="summary-line">{tx::summary(&id, lang)}</p>
            <dl class="card-meta">
                <div><dt>{t.ministry}</dt><dd>{ministry}</dd></div>
                <div><dt>{t.funds}</dt><dd><ul class="fund-tags">{tags}</ul></dd></div>
            </dl>
        </li>
    }
}

// ---------------------------------------------------------------------------------------------
// One measure

type Outcome = Result<MeasureResult, InputError>;

#[component]
fn Detail(id: String) -> impl IntoView {
    let app = use_app();
    let Some(info) = measures::find(&id) else { return view! { <List/> }.into_any() };
    let info = StoredValue::new(info);
    let inputs = info.with_value(|i| i.inputs.clone());
    let (initial, notices) = Form::from_pairs(&inputs, &app.other.get_untracked());
    if !notices.is_empty() {
        app.notices.update(|n| n.extend(notices));
    }
    let form = RwSignal::new(initial);
    let inputs = StoredValue::new(inputs);
    let mid = id.clone();
    let outcome: Memo<Outcome> = Memo::new_with_compare(
        move |_| {
            let json = form.with(|f| inputs.with_value(|ins| f.to_json(ins)));
            measures::compute(&mid, &json)
        },
        |_, _| true,
    );
    Effect::new(move |_| {
        let pairs = form.with(|f| inputs.with_value(|ins| f.to_pairs(ins)));
        if app.other.with_untracked(|o| *o != pairs) {
            app.other.set(pairs);
        }
    });
    let t = move || navi_texts(app.lang.get());
    let name = move || {
        info.with_value(|i| match app.lang.get() {
            Lang::Ja => i.name_ja.clone(),
            Lang::En => i.name_en.clone(),
        })
    };
    let meta = move || {
        let lang = app.lang.get();
        let t = navi_texts(lang);
        info.with_value(|i| {
            let ministry = match lang {
                Lang::Ja => i.ministry.clone(),
                Lang::En => format!("{} ({})", tx::ministry_en(&i.ministry), i.ministry),
            };
            let funds = i.funds.iter().map(|f| tx::fund_name(f, lang)).collect::<Vec<_>>().join(lang_sep(lang));
            view! {
                {(lang == Lang::En).then(|| view! { <p class="name-ja" lang="ja">{i.name_ja.clone()}</p> })}
                <p class="summary-line">{tx::summary(&i.id, lang)}</p>
                <dl class="card-meta">
                    <div><dt>{t.ministry}</dt><dd>{ministry}</dd></div>
                    <div><dt>{t.funds}</dt><dd>{funds}</dd></div>
                    <div><dt>{t.source_file}</dt><dd><code>{i.source.clone()}</code></dd></div>
                </dl>
            }
        })
    };
    let preset = move || {
        app.other.track();
        let st = state_with(app, View::Navi, app.measure.get(), app.other.get());
        format!("?{}", link::to_query(&st))
    };
    // Screen readers hear the new total after each change (the figures themselves are in the result).
    let announce = move || {
        let t = navi_texts(app.lang.get());
        outcome.with(|o| match o {
            Ok(r) => format!("{}: {}", t.covered_total, (t.yen)(&nf::grouped(r.covered_total_yen))),
            Err(_) => String::new(),
        })
    };
    let fields = inputs
        .with_value(|ins| ins.iter().map(|d| field_view(app, id.clone(), d.clone(), form, outcome)).collect_view());
    view! {
        <div class="navi navi-detail">
            <p class="back">
                <a
                    href=move || href(app, View::Navi, None, Vec::new())
                    on:click=move |ev: leptos::ev::MouseEvent| {
                        if plain_click(&ev) {
                            ev.prevent_default();
                            go(app, View::Navi, None, Vec::new(), "navi-h");
                        }
                    }
                >
                    <span aria-hidden="true">"← "</span>
                    {move || t().back_to_list}
                </a>
            </p>
            <h2 id="navi-h" tabindex="-1">{name}</h2>
            {meta}
            <div class="navi-layout">
                <section class="navi-form" aria-labelledby="calc-h">
                    <h3 id="calc-h">{move || t().calculator_heading}</h3>
                    <p class="help">{move || t().calculator_help}</p>
                    <form class="calc" on:submit=move |ev| ev.prevent_default()>
                        {fields}
                    </form>
                    <button
                        type="button"
                        class="reset"
                        on:click=move |_| form.set(inputs.with_value(|ins| Form::initial(ins)))
                    >
                        {move || app.t().reset}
                    </button>
                    <p class="preset">
                        <a class="preset-link" href=preset>{move || t().preset_link}</a>
                        <span class="help">" "{move || t().preset_help}</span>
                    </p>
                </section>
                <section id="results" class="navi-result" aria-labelledby="result-h" tabindex="-1">
                    <h3 id="result-h">{move || t().result_heading}</h3>
                    <p class="navi-sr" aria-live="polite">{announce}</p>
                    {move || result_view(app, outcome, form)}
                </section>
            </div>
            {move || info.with_value(|i| basis_view(app.lang.get(), i))}
        </div>
    }
    .into_any()
}

fn lang_sep(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "・",
        Lang::En => ", ",
    }
}

// ---------------------------------------------------------------------------------------------
// The form

/// The validator's messages for a path, in the page's language, and whether they only ask for an
/// empty field to be filled in.
fn messages(app: AppState, outcome: Memo<Outcome>, form: RwSignal<Form>, path: String) -> Signal<(Vec<String>, bool)> {
    Signal::derive(move || {
        let lang = app.lang.get();
        let msgs: Vec<String> = outcome.with(|o| match o {
            Err(e) => nf::errors_at(&e.errors, &path)
                .into_iter()
                .map(|e| if lang == Lang::Ja { e.message_ja.clone() } else { e.message_en.clone() })
                .collect(),
            Ok(_) => Vec::new(),
        });
        let missing = !msgs.is_empty() && form.with(|f| nf::is_empty_at(f, &path));
        (msgs, missing)
    })
}

/// "the applicant's cost" → "The applicant's cost" (the list's English meanings start in lower case).
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn label_of(measure: &str, d: &InputDesc, lang: Lang) -> (String, Option<String>) {
    let meaning = if lang == Lang::Ja { d.meaning_ja.clone() } else { capitalised(&d.meaning_en) };
    match tx::field_label(measure, &d.name, lang) {
        Some(l) if d.ty == "enum" || d.ty == "list" => (l.to_string(), None),
        Some(l) => (l.to_string(), Some(meaning)),
        None => (meaning, None),
    }
}

fn field_view(app: AppState, measure: String, d: InputDesc, form: RwSignal<Form>, outcome: Memo<Outcome>) -> AnyView {
    if d.ty == "list" {
        return list_view(app, measure, d, form, outcome);
    }
    let name = d.name.clone();
    let name_set = d.name.clone();
    let initial = nf::initial_entry(&d);
    let get = Signal::derive(move || form.with(|f| f.scalars.get(&name).cloned().unwrap_or_else(|| initial.clone())));
    let set = Callback::new(move |e: Entry| {
        form.update(|f| {
            f.scalars.insert(name_set.clone(), e);
        })
    });
    control(app, measure, d.clone(), d.name.clone(), get, set, messages(app, outcome, form, d.name.clone()))
}

fn list_view(app: AppState, measure: String, d: InputDesc, form: RwSignal<Form>, outcome: Memo<Outcome>) -> AnyView {
    let name = StoredValue::new(d.name.clone());
    let fields = StoredValue::new(d.fields.clone().unwrap_or_default());
    let len = move || form.with(|f| name.with_value(|n| f.lists.get(n).map_or(0, Vec::len)));
    let legend_id = nf::control_id(&d.name) + "-legend";
    let msgs = messages(app, outcome, form, d.name.clone());
    let d_label = d.clone();
    let measure_label = measure.clone();
    let label = move || label_of(&measure_label, &d_label, app.lang.get()).0;
    let help = {
        let d = d.clone();
        move || if app.lang.get() == Lang::Ja { d.meaning_ja.clone() } else { capitalised(&d.meaning_en) }
    };
    let noun = move || name.with_value(|n| tx::row_noun(n, app.lang.get()));
    let rows = move || {
        (0..len())
            .map(|i| {
                let measure = measure.clone();
                let sub = fields.with_value(|fs| {
                    fs.iter()
                        .map(|f| {
                            let path = name.with_value(|n| format!("{n}[{i}].{}", f.name));
                            let fname = f.name.clone();
                            let fname_set = f.name.clone();
                            let initial = nf::initial_entry(f);
                            let get = Signal::derive(move || {
                                form.with(|fm| {
                                    name.with_value(|n| {
                                        fm.lists.get(n).and_then(|r| r.get(i)).and_then(|r| r.get(&fname)).cloned()
                                    })
                                })
                                .unwrap_or_else(|| initial.clone())
                            });
                            let set = Callback::new(move |e: Entry| {
                                form.update(|fm| {
                                    name.with_value(|n| {
                                        if let Some(row) = fm.lists.get_mut(n).and_then(|r| r.get_mut(i)) {
                                            row.insert(fname_set.clone(), e);
                                        }
                                    })
                                })
                            });
                            control(
                                app,
                                measure.clone(),
                                f.clone(),
                                path.clone(),
                                get,
                                set,
                                messages(app, outcome, form, path),
                            )
                        })
                        .collect_view()
                });
                let row_legend = move || (navi_texts(app.lang.get()).row_label)(i + 1);
                view! {
                    <fieldset class="list-row">
                        <legend>{move || format!("{} {}", noun(), row_legend())}</legend>
                        <div class="row-fields">{sub}</div>
                        <button
                            type="button"
                            class="remove-row"
                            on:click=move |_| {
                                form.update(|fm| {
                                    name.with_value(|n| {
                                        if let Some(r) = fm.lists.get_mut(n) {
                                            if i < r.len() {
                                                r.remove(i);
                                            }
                                        }
                                    })
                                });
                                // The removed row's button is gone: the focus goes to the list's add button.
                                let add = name.with_value(|n| nf::control_id(n) + "-add");
                                request_animation_frame(move || {
                                    if let Some(el) = document()
                                        .get_element_by_id(&add)
                                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                                    {
                                        let _ = el.focus();
                                    }
                                });
                            }
                        >
                            {move || (navi_texts(app.lang.get()).remove_row)(noun(), i + 1)}
                        </button>
                    </fieldset>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="list-field" aria-describedby=format!("{legend_id}-help")>
            <legend id=legend_id.clone()>{label}</legend>
            <p class="help" id=format!("{legend_id}-help")>{help}</p>
            {move || (len() == 0).then(|| view! { <p class="empty">{navi_texts(app.lang.get()).no_rows}</p> })}
            {rows}
            <FieldMessages msgs=msgs id=format!("{legend_id}-msg")/>
            <button
                type="button"
                class="add-row"
                id=format!("{}-add", nf::control_id(&d.name))
                on:click=move |_| {
                    form.update(|fm| {
                        let row = fields.with_value(|fs| nf::initial_row(fs));
                        name.with_value(|n| {
                            let rows = fm.lists.entry(n.clone()).or_default();
                            if rows.len() < measures::MAX_LIST {
                                rows.push(row);
                            }
                        })
                    })
                }
            >
                <span aria-hidden="true">"＋ "</span>
                {move || (navi_texts(app.lang.get()).add_row)(noun())}
            </button>
        </fieldset>
    }
    .into_any()
}

#[component]
fn FieldMessages(msgs: Signal<(Vec<String>, bool)>, id: String) -> impl IntoView {
    view! {
        <div id=id class="field-msgs">
            {move || {
                let (list, missing) = msgs.get();
                list.into_iter()
                    .map(|m| {
                        let class = if missing { "field-msg hint" } else { "field-msg error" };
                        let icon = if missing { "i" } else { "!" };
                        view! { <p class=class><span class="icon" aria-hidden="true">{icon}</span>{m}</p> }
                    })
                    .collect_view()
            }}
        </div>
    }
}

fn control(
    app: AppState,
    measure: String,
    d: InputDesc,
    path: String,
    get: Signal<Entry>,
    set: Callback<Entry>,
    msgs: Signal<(Vec<String>, bool)>,
) -> AnyView {
    let cid = nf::control_id(&path);
    let msg_id = format!("{cid}-msg");
    let help_id = format!("{cid}-help");
    let d2 = d.clone();
    let m2 = measure.clone();
    let label = move || label_of(&m2, &d2, app.lang.get()).0;
    let d3 = d.clone();
    let help = move || label_of(&measure, &d3, app.lang.get()).1;
    let invalid = move || {
        let (m, missing) = msgs.get();
        if !m.is_empty() && !missing {
            "true"
        } else {
            "false"
        }
    };
    let unit_id = format!("{cid}-unit");
    let described = if d.unit.is_empty() || d.ty == "bool" || d.ty == "enum" {
        format!("{help_id} {msg_id}")
    } else {
        format!("{unit_id} {help_id} {msg_id}")
    };
    let ty = d.ty.clone();
    let unit_text = {
        let u = d.unit.clone();
        move || tx::unit(&u, app.lang.get())
    };
    let has_unit = !d.unit.is_empty();
    let help_view = move || help().map(|h| view! { <span class="help">{h}</span> });
    match ty.as_str() {
        "bool" => view! {
            <div class="field field-bool">
                <input
                    type="checkbox"
                    id=cid.clone()
                    name=path.clone()
                    prop:checked=move || get.with(Entry::flag)
                    aria-describedby=described
                    on:change=move |ev| set.run(Entry::Flag(event_target_checked(&ev)))
                />
                <label for=cid.clone()>{label}</label>
                <p class="field-help" id=help_id>{help_view}</p>
                <FieldMessages msgs=msgs id=msg_id/>
            </div>
        }
        .into_any(),
        "enum" => {
            let allowed = d.allowed.clone().unwrap_or_default();
            let empty_option = !d.required && d.default.is_null();
            let name = d.name.clone();
            let options = move || {
                let lang = app.lang.get();
                let t = navi_texts(lang);
                let current = get.with(|e| e.text().to_string());
                let mut out = Vec::new();
                if empty_option {
                    out.push(
                        view! { <option value="" selected=current.is_empty()>{t.none_option}</option> }.into_any(),
                    );
                }
                for v in &allowed {
                    let sel = *v == current;
                    out.push(
                        view! { <option value=v.clone() selected=sel>{tx::enum_label(&name, v, lang)}</option> }
                            .into_any(),
                    );
                }
                out.collect_view()
            };
            view! {
                <div class="field field-enum">
                    <label for=cid.clone()>{label}</label>
                    <select
                        id=cid.clone()
                        name=path.clone()
                        aria-describedby=described
                        aria-invalid=invalid
                        prop:value=move || get.with(|e| e.text().to_string())
                        on:change=move |ev| set.run(Entry::Text(event_target_value(&ev)))
                    >
                        {options}
                    </select>
                    <p class="field-help" id=help_id>{help_view}</p>
                    <FieldMessages msgs=msgs id=msg_id/>
                </div>
            }
            .into_any()
        }
        _ => {
            let mode = if ty == "decimal" { "decimal" } else { "numeric" };
            let placeholder = nf::placeholder(&d);
            let is_yen = ty == "yen";
            view! {
                <div class=format!("field field-{ty}")>
                    <label for=cid.clone()>{label}</label>
                    <span class="input-wrap">
                        <input
                            type="text"
                            id=cid.clone()
                            name=path.clone()
                            class="num-input"
                            inputmode=mode
                            autocomplete="off"
                            placeholder=placeholder
                            aria-describedby=described
                            aria-invalid=invalid
                            prop:value=move || get.with(|e| e.text().to_string())
                            on:input=move |ev| set.run(Entry::Text(event_target_value(&ev)))
                            on:change=move |ev| {
                                if is_yen {
                                    if let Some(shown) = nf::yen_display(&event_target_value(&ev)) {
                                        set.run(Entry::Text(shown));
                                    }
                                }
                            }
                        />
                        {has_unit.then(|| view! { <span class="unit" id=unit_id>{unit_text}</span> })}
                    </span>
                    <p class="field-help" id=help_id>{help_view}</p>
                    <FieldMessages msgs=msgs id=msg_id/>
                </div>
            }
            .into_any()
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The result

/// Which covered kinds a measure can produce (the others are left out of its table and totals
/// unless they are not zero).
struct Kinds {
    national: bool,
    special: bool,
    ordinary: bool,
    user_fees: bool,
    bond: bool,
}

fn kinds_of(id: &str, r: &MeasureResult) -> Kinds {
    let national = matches!(
        id,
        "local10000"
            | "distributed_energy"
            | "decarbonisation_experts"
            | "depopulation_grant"
            | "work_cooperatives"
            | "municipal_mynapoint"
            | "pro_talent_side_jobs"
    );
    let special = matches!(
        id,
        "local10000"
            | "cooperators"
            | "working_holiday"
            | "trial_satellite_office"
            | "corporate_secondees"
            | "revitalization_advisors"
            | "project_managers"
            | "migration"
            | "settlement_zone"
            | "work_cooperatives"
            | "dx_talent"
    );
    let bonds = matches!(id, "settlement_zone" | "depopulation_bond");
    Kinds {
        national: national || r.covered_yen.national > 0,
        special: special || r.covered_yen.special_allocation_tax > 0,
        ordinary: bonds || r.covered_yen.ordinary_allocation_tax > 0,
        user_fees: id == "work_cooperatives" || r.covered_yen.user_fees > 0,
        bond: bonds || r.bond_yen > 0,
    }
}

fn yen(lang: Lang, n: u64, class: &'static str) -> impl IntoView {
    let exact = n.to_string();
    view! { <data class=format!("money {class}") value=exact.clone() data-value=exact>{(navi_texts(lang).yen)(&nf::grouped(n))}</data> }
}

fn yen_bare(n: u64) -> impl IntoView {
    let exact = n.to_string();
    view! { <data class="money bare" value=exact.clone() data-value=exact>{nf::grouped(n)}</data> }
}

fn result_view(app: AppState, outcome: Memo<Outcome>, form: RwSignal<Form>) -> AnyView {
    let lang = app.lang.get();
    let t = navi_texts(lang);
    let main_t = app.t();
    outcome.with(|o| match o {
        Err(e) => {
            let missing = form.with(|f| e.errors.iter().all(|er| nf::is_empty_at(f, &er.path)));
            let items = e
                .errors
                .iter()
                .map(|er| {
                    let m = if lang == Lang::Ja { er.message_ja.clone() } else { er.message_en.clone() };
                    let target = format!("#{}", nf::control_id(&er.path));
                    view! { <li><a href=target>{m}</a></li> }
                })
                .collect_view();
            let (class, heading) =
                if missing { ("input-state missing", t.missing_heading) } else { ("input-state invalid", t.invalid_heading) };
            view! {
                <div class=class>
                    <p>{heading}</p>
                    <ul>{items}</ul>
                </div>
            }
            .into_any()
        }
        Ok(r) => {
            let k = kinds_of(&r.id, r);
            let local_label = if r.id == "pro_talent_side_jobs" { t.local_company } else { t.local };
            let mut rows: Vec<AnyView> = Vec::new();
            let mut row = |show: bool, label: &'static str, n: u64, class: &'static str| {
                if show {
                    rows.push(
                        view! {
                            <div class=format!("row-{class}")>
                                <dt><span class=format!("swatch sw-{class}") aria-hidden="true"></span>{label}</dt>
                                <dd>{yen(lang, n, class)}</dd>
                            </div>
                        }
                        .into_any(),
                    );
                }
            };
            row(k.national, t.national, r.covered_yen.national, "m-national");
            row(k.special, t.special_tax, r.covered_yen.special_allocation_tax, "m-special");
            row(k.ordinary, t.ordinary_tax, r.covered_yen.ordinary_allocation_tax, "m-ordinary");
            row(k.user_fees, t.user_fees, r.covered_yen.user_fees, "m-user-fees");
            let sources = rows;
            let bar = split_bar(r);
            let bond = k.bond.then(|| {
                view! {
                    <div class="bond-box">
                        <dl class="figures"><div><dt>{t.bond}</dt><dd>{yen(lang, r.bond_yen, "m-bond")}</dd></div></dl>
                        <p class="help">{t.bond_note}</p>
                    </div>
                }
            });
            let line_rows = r
                .lines
                .iter()
                .map(|l| {
                    let label = tx::line_label(&r.id, &l.item, &l.label_ja, lang);
                    view! {
                        <tr data-item=l.item.clone()>
                            <th scope="row">{label}</th>
                            <td class="num">{yen_bare(l.cost_yen)}</td>
                            <td class="num">{yen_bare(l.eligible_yen)}</td>
                            {k.national.then(|| view! { <td class="num">{yen_bare(l.covered_yen.national)}</td> })}
                            {k.special.then(|| view! { <td class="num">{yen_bare(l.covered_yen.special_allocation_tax)}</td> })}
                            {k.ordinary.then(|| view! { <td class="num">{yen_bare(l.covered_yen.ordinary_allocation_tax)}</td> })}
                            {k.user_fees.then(|| view! { <td class="num">{yen_bare(l.covered_yen.user_fees)}</td> })}
                            {k.bond.then(|| view! { <td class="num">{yen_bare(l.bond_yen)}</td> })}
                        </tr>
                    }
                })
                .collect_view();
            let findings = r
                .findings
                .iter()
                .map(|f| {
                    let msg = if lang == Lang::Ja { f.message_ja() } else { f.message_en() };
                    let src = format!("{}: {}（{}）", main_t.source_label, f.source, (main_t.basis_label)(f.basis));
                    view! {
                        <li class=format!("finding {}", severity_class(f.severity)) data-code=f.code.as_str()>
                            <span class="sev">
                                <span class="icon" aria-hidden="true">{severity_icon(f.severity)}</span>
                                {(main_t.severity_label)(f.severity)}
                            </span>
                            <span class="msg">{msg}</span>
                            <span class="src">{src}</span>
                        </li>
                    }
                })
                .collect_view();
            let no_findings = r.findings.is_empty();
            view! {
                <p class="total">
                    <span class="total-label">{t.covered_total}</span>
                    {yen(lang, r.covered_total_yen, "navi-total")}
                </p>
                {bar}
                <dl class="figures">
                    <div><dt>{t.cost}</dt><dd>{yen(lang, r.cost_yen, "m-cost")}</dd></div>
                    <div><dt>{t.eligible}</dt><dd>{yen(lang, r.eligible_yen, "m-eligible")}</dd></div>
                </dl>
                <h4>{t.by_source}</h4>
                <dl class="figures sources">{sources}</dl>
                {bond}
                <dl class="figures local">
                    <div><dt><span class="swatch sw-m-local" aria-hidden="true"></span>{local_label}</dt><dd>{yen(lang, r.local_yen, "m-local")}</dd></div>
                </dl>
                <h4>{t.lines_heading}</h4>
                <div class="table-wrap" tabindex="0" role="region" aria-label=t.lines_heading>
                    <table class="navi-lines">
                        <caption class="unit-caption">{t.table_unit}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.col_item}</th>
                                <th scope="col">{t.cost}</th>
                                <th scope="col">{t.eligible}</th>
                                {k.national.then(|| view! { <th scope="col">{t.national}</th> })}
                                {k.special.then(|| view! { <th scope="col">{t.special_tax}</th> })}
                                {k.ordinary.then(|| view! { <th scope="col">{t.ordinary_tax}</th> })}
                                {k.user_fees.then(|| view! { <th scope="col">{t.user_fees}</th> })}
                                {k.bond.then(|| view! { <th scope="col">{t.bond}</th> })}
                            </tr>
                        </thead>
                        <tbody>{line_rows}</tbody>
                    </table>
                </div>
                <h4>{t.findings_heading}</h4>
                {if no_findings {
                    view! { <p class="empty">{t.no_findings}</p> }.into_any()
                } else {
                    view! { <ul class="findings">{findings}</ul> }.into_any()
                }}
            }
            .into_any()
        }
    })
}

/// The cost split into what each source covers and what remains, as a bar (a visual aid: the same
/// figures are in the text). Widths in tenths of a percent, computed in integers.
fn split_bar(r: &MeasureResult) -> Option<impl IntoView> {
    if r.cost_yen == 0 {
        return None;
    }
    let part = |n: u64| {
        let permille = (u128::from(n) * 1000 / u128::from(r.cost_yen)) as u64;
        format!("{}.{}%", permille / 10, permille % 10)
    };
    let segs = [
        (r.covered_yen.national, "m-national"),
        (r.covered_yen.special_allocation_tax, "m-special"),
        (r.covered_yen.ordinary_allocation_tax, "m-ordinary"),
        (r.covered_yen.user_fees, "m-user-fees"),
        (r.local_yen, "m-local"),
    ];
    let segs = segs
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, class)| view! { <span class=format!("seg sw-{class}") style:width=part(n)></span> })
        .collect_view();
    Some(view! { <div class="split-bar" aria-hidden="true">{segs}</div> })
}

// ---------------------------------------------------------------------------------------------
// Sources, conditions, readings

fn basis_view(lang: Lang, i: &MeasureInfo) -> impl IntoView {
    let t = navi_texts(lang);
    let params = i
        .params
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row"><code>{p.name.clone()}</code></th>
                    <td class="num">{value_text(&p.value)}</td>
                    <td class="unit-cell">{tx::unit(&p.unit, lang)}</td>
                    <td class="quote"><q lang="ja">{p.quote.clone()}</q></td>
                </tr>
            }
        })
        .collect_view();
    let conditions = i.conditions_ja.iter().map(|c| view! { <li lang="ja">{c.clone()}</li> }).collect_view();
    let readings = tx::readings_for(&i.id)
        .iter()
        .filter_map(|r| tx::READINGS.iter().find(|(id, _, _)| id == r))
        .map(|(id, ja, en)| view! { <li data-reading=*id><b>{*id}</b>" "{tx::pick(lang, ja, en)}</li> })
        .collect_view();
    let not_computed = tx::not_computed(&i.id, lang);
    let not_computed = (!not_computed.is_empty()).then(|| {
        view! {
            <h3>{t.not_computed_heading}</h3>
            <ul>{not_computed.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
        }
    });
    let ja_note = (lang == Lang::En).then(|| view! { <p class="help">{t.quotes_in_ja}</p> });
    view! {
        <div class="panels navi-panels">
            <details class="panel navi-params" open>
                <summary><h2>{t.params_heading}</h2></summary>
                {ja_note}
                <div class="table-wrap" tabindex="0" role="region" aria-label=t.params_heading>
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{t.col_param}</th>
                                <th scope="col">{t.col_value}</th>
                                <th scope="col">{t.col_unit}</th>
                                <th scope="col">{t.col_quote}</th>
                            </tr>
                        </thead>
                        <tbody>{params}</tbody>
                    </table>
                </div>
                <p class="src">{format!("{}: ", t.source_file)}<code>{i.source.clone()}</code></p>
            </details>
            <details class="panel navi-conditions" open>
                <summary><h2>{t.conditions_heading}</h2></summary>
                <p class="help">
                    {t.conditions_intro}
                    {(lang == Lang::En).then(|| format!(" {}", t.conditions_in_ja))}
                </p>
                <ul>{conditions}</ul>
                {not_computed}
            </details>
            <details class="panel navi-readings" open>
                <summary><h2>{t.readings_heading}</h2></summary>
                <p class="help">{t.readings_intro}</p>
                <ul>{readings}</ul>
            </details>
        </div>
    }
}

/// "15000000" → "15,000,000"; fractions and decimals as written.
fn value_text(v: &str) -> String {
    match v.parse::<u64>() {
        Ok(n) => nf::grouped(n),
        Err(_) => v.to_string(),
    }
}
