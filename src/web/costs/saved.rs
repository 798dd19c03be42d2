//! Saved scenarios (localStorage through gloo, probed first: in a sandboxed frame or with storage
//! blocked it throws, and gloo would panic), JSON export and import (the scenario of docs/format.md,
//! through the engine's one validator: a broken file gets its bilingual message and changes nothing),
//! CSV import of projects (docs/format.md, CSV), the comparison as CSV for Excel (UTF-8 with BOM)
//! and print.

use crate::costs::export::{self, SAVED_KEY};
use crate::costs::files::{download, now_text, read_list, storage_works};
use crate::costs::texts as ct;
use crate::state::use_app;
use crate::texts::{error_lines, tr, DISMISS};
use crate::ui::lines::both_languages;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// What the last action said: a success note or an error with the validator's lines in both languages.
#[derive(Clone, PartialEq)]
enum Message {
    None,
    Ok(String),
    /// A title, then the lines in Japanese and in English.
    Error { title: String, lines: (Vec<String>, Vec<String>) },
}

#[component]
pub fn SavedScenarios() -> impl IntoView {
    let app = use_app();
    let available = storage_works();
    let list = RwSignal::new(if available { read_list() } else { Vec::new() });
    let name = RwSignal::new(String::new());
    let message = RwSignal::new(Message::None);

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = app.lang.get_untracked();
        let mut n: String = name.get_untracked().trim().chars().take(100).collect();
        if n.is_empty() {
            n = tr(ct::default_name(list.with_untracked(|l| l.len()) + 1), lang);
        }
        let mut next = list.get_untracked();
        let replaced = app.scenario.with_untracked(|s| export::upsert(&mut next, &n, &now_text(), s));
        match LocalStorage::set(SAVED_KEY, &next) {
            Ok(()) => {
                list.set(next);
                message.set(Message::Ok(if replaced {
                    tr(ct::overwritten(&n), lang)
                } else {
                    tr(ct::saved_ok(&n), lang)
                }));
                name.set(String::new());
            }
            Err(_) => message.set(Message::Ok(tr(ct::SAVE_FAILED, lang))),
        }
    };
    let load = move |n: String| {
        let lang = app.lang.get_untracked();
        let entry = list.with_untracked(|l| l.iter().find(|e| e.name == n).cloned());
        match entry.map(|e| export::saved_scenario(&e)) {
            Some(Ok(s)) => {
                app.scenario.set(s);
                message.set(Message::Ok(tr(ct::loaded(&n), lang)));
            }
            Some(Err(e)) => message.set(Message::Error {
                title: tr(ct::load_failed(&n), lang),
                lines: error_lines(&e),
            }),
            None => {}
        }
    };
    let delete = move |n: String| {
        let lang = app.lang.get_untracked();
        let mut next = list.get_untracked();
        next.retain(|e| e.name != n);
        if LocalStorage::set(SAVED_KEY, &next).is_ok() {
            list.set(next);
            message.set(Message::Ok(tr(ct::deleted(&n), lang)));
        }
    };

    let export_json = move |_| {
        let text = app.scenario.with_untracked(|s| s.to_json_pretty());
        let _ = download("kofukin-scenario.json", "application/json", &format!("{text}\n"));
    };
    let export_csv = move |_| {
        let lang = app.lang.get_untracked();
        let text = app.scenario.with_untracked(|s| app.outcome.with_untracked(|o| export::comparison_csv(lang, s, o)));
        let _ = download("kofukin-comparison.csv", "text/csv;charset=utf-8", &text);
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let import = move |ev: leptos::ev::Event, csv: bool| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        let file_name = file.name();
        let file = gloo_file::File::from(file);
        spawn_local(async move {
            let lang = app.lang.get_untracked();
            let text = match gloo_file::futures::read_as_text(&file).await {
                Ok(t) => t,
                Err(e) => {
                    message.set(Message::Error {
                        title: tr(ct::import_failed(&file_name), lang),
                        lines: {
                            let t = ct::unreadable_file(&e.to_string());
                            (vec![t.ja.into_owned()], vec![t.en.into_owned()])
                        },
                    });
                    return;
                }
            };
            let parsed = if csv {
                app.scenario.with_untracked(|cur| export::import_csv(&text, cur))
            } else {
                export::import_json(&text)
            };
            match parsed {
                Ok(s) => {
                    let n = s.projects.len();
                    let unknown = s.unknown_fields.join(", ");
                    app.scenario.set(s);
                    let mut note = tr(ct::imported(&file_name, n), lang);
                    if !unknown.is_empty() {
                        note = format!("{note} {}", tr(ct::unknown_fields(&unknown), lang));
                    }
                    message.set(Message::Ok(note));
                }
                Err(e) => message.set(Message::Error {
                    title: tr(ct::import_failed(&file_name), lang),
                    lines: error_lines(&e),
                }),
            }
        });
    };

    let listing = move || {
        let lang = app.lang.get();
        let items = list.get();
        if items.is_empty() {
            return view! { <p class="empty">{tr(ct::NO_SAVED, lang)}</p> }.into_any();
        }
        view! {
            <ul class="saved-list">
                {items
                    .into_iter()
                    .map(|e| {
                        let n1 = e.name.clone();
                        let n2 = e.name.clone();
                        view! {
                            <li>
                                <span class="saved-name">{e.name.clone()}</span>
                                <span class="saved-meta">{tr(ct::saved_line(export::saved_count(&e), &e.saved_at), lang)}</span>
                                <span class="saved-buttons">
                                    <button type="button" aria-label=tr(ct::load_name(&e.name), lang) on:click=move |_| load(n1.clone())>
                                        {tr(ct::LOAD, lang)}
                                    </button>
                                    <button type="button" class="danger" aria-label=tr(ct::delete_name(&e.name), lang) on:click=move |_| delete(n2.clone())>
                                        {tr(ct::DELETE, lang)}
                                    </button>
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };

    view! {
        <section class="saved" aria-labelledby="saved-h">
            <h2 id="saved-h">{app.say(ct::SAVED_HEADING)}</h2>
            <div class="saved-grid">
                <div class="saved-store">
                    {if available {
                        view! {
                            <form class="save-form" on:submit=save>
                                <label for="save-name">{app.say(ct::SAVE_NAME)}</label>
                                <input
                                    type="text"
                                    id="save-name"
                                    maxlength="100"
                                    autocomplete="off"
                                    prop:value=move || name.get()
                                    on:input=move |ev| name.set(event_target_value(&ev))
                                />
                                <button type="submit">{app.say(ct::SAVE)}</button>
                            </form>
                            <h3>{app.say(ct::SAVED_LIST)}</h3>
                            {listing}
                        }
                        .into_any()
                    } else {
                        view! { <p class="storage-blocked" role="note">{app.say(ct::STORAGE_BLOCKED)}</p> }.into_any()
                    }}
                </div>
                <div class="saved-files">
                    <h3>{app.say(ct::EXPORT_HEADING)}</h3>
                    <div class="file-buttons">
                        <button type="button" class="export-json" on:click=export_json>{app.say(ct::EXPORT_JSON)}</button>
                        <button type="button" class="export-csv" on:click=export_csv>{app.say(ct::EXPORT_CSV)}</button>
                        <button type="button" class="print" on:click=print>{app.say(ct::PRINT)}</button>
                    </div>
                    <p class="help">{app.say(ct::EXPORT_HELP)}</p>
                    <div class="file-input">
                        <label for="import-json">{app.say(ct::IMPORT_JSON)}</label>
                        <input type="file" id="import-json" accept=".json,application/json" on:change=move |ev| import(ev, false)/>
                    </div>
                    <div class="file-input">
                        <label for="import-csv">{app.say(ct::IMPORT_CSV)}</label>
                        <input type="file" id="import-csv" accept=".csv,text/csv" aria-describedby="import-csv-help" on:change=move |ev| import(ev, true)/>
                        <p class="help" id="import-csv-help">{app.say(ct::IMPORT_HELP)}</p>
                    </div>
                </div>
            </div>
            <div class="saved-message" role="status">
                {move || match message.get() {
                    Message::None => None,
                    Message::Ok(text) => Some(view! { <p class="ok-message">{text}</p> }.into_any()),
                    Message::Error { .. } => None,
                }}
            </div>
            <div class="saved-error" role="alert">
                {move || match message.get() {
                    Message::Error { title, lines: (ja, en) } => {
                        Some(view! {
                            <div class="import-error">
                                <p><strong>{title}</strong></p>
                                {both_languages(app.lang.get(), ja, en)}
                                <button type="button" on:click=move |_| message.set(Message::None)>{app.say(DISMISS)}</button>
                            </div>
                        })
                    }
                    _ => None,
                }}
            </div>
        </section>
    }
}
