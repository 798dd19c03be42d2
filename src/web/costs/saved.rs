//! Saved scenarios (localStorage through gloo, probed first: in a sandboxed frame or with storage
//! blocked it throws, and gloo would panic), JSON export and import (the scenario of docs/format.md,
//! through the engine's one validator: a broken file gets its bilingual message and changes nothing),
//! CSV import of projects (docs/format.md, CSV), the comparison as CSV for Excel (UTF-8 with BOM)
//! and print.

use crate::costs::export::{self, Stored, SAVED_KEY};
use crate::costs::files::{self, decode_text, now_text, storage_access, today, Access, WriteError};
use crate::ui::download::save_text;
use crate::costs::texts as ct;
use crate::state::use_app;
use crate::texts::{error_lines, tr, DISMISS};
use crate::ui::lines::both_languages;
use kofukin::engine::text::{Lang, Text};
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

impl Message {
    fn error(title: String, t: Text) -> Message {
        Message::Error { title, lines: (vec![t.ja.into_owned()], vec![t.en.into_owned()]) }
    }
    fn write_failed(e: WriteError, lang: Lang) -> Message {
        let t = match e {
            WriteError::Full => ct::SAVE_FAILED_FULL,
            WriteError::Other => ct::SAVE_FAILED,
        };
        Message::Error { title: tr(t, lang), lines: (Vec::new(), Vec::new()) }
    }
}

/// Reads the saved list. Damaged data is copied under a backup key before anything is written; if
/// the stored text cannot be read and no copy can be made, writing stays off. Returns the list, the
/// notices about it, and whether the list may be written.
fn open_list() -> (Stored, Vec<Text>, bool) {
    let (stored, raw) = files::read_list();
    let mut notes = Vec::new();
    if !stored.kept.is_empty() {
        notes.push(ct::saved_skipped(&export::skipped_names(&stored)));
    }
    if stored.unreadable {
        notes.push(ct::SAVED_UNREADABLE);
    }
    let Some(raw) = raw.filter(|_| stored.has_damage()) else { return (stored, notes, true) };
    let base = export::backup_key(&today());
    let key = (1..=9)
        .map(|n| if n == 1 { base.clone() } else { format!("{base}-{n}") })
        .find(|k| files::read(k).is_none_or(|old| old == raw));
    let backed_up = key.filter(|k| files::read(k).as_deref() == Some(raw.as_str()) || files::write(k, &raw).is_ok());
    match backed_up {
        Some(k) => notes.push(ct::saved_backed_up(&k)),
        None if stored.unreadable => {
            notes.push(ct::SAVED_UNREADABLE_NO_BACKUP);
            return (stored, notes, false);
        }
        // Damaged entries stay in the list as they are, so the list may still be written.
        None => {}
    }
    (stored, notes, true)
}

#[component]
pub fn SavedScenarios() -> impl IntoView {
    let app = use_app();
    let access = storage_access();
    let (initial, notes, writable) = if access == Access::Blocked { (Stored::default(), Vec::new(), false) } else { open_list() };
    let stored = RwSignal::new(initial);
    let name = RwSignal::new(String::new());
    // The name the current scenario was last saved under or loaded from (for the CSV file name).
    let current = RwSignal::new(String::new());
    let message = RwSignal::new(Message::None);

    // Writes the list; `Ok` after the write, else the error to announce.
    let persist = move |next: Stored, lang: Lang| -> Result<(), Message> {
        if !writable {
            return Err(Message::error(tr(ct::SAVE_FAILED, lang), ct::SAVED_UNREADABLE_NO_BACKUP));
        }
        files::write(SAVED_KEY, &next.to_json()).map_err(|e| Message::write_failed(e, lang))?;
        stored.set(next);
        Ok(())
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = app.lang.get_untracked();
        let mut n: String = name.get_untracked().trim().chars().take(100).collect();
        if n.is_empty() {
            n = tr(ct::default_name(stored.with_untracked(|l| l.entries.len()) + 1), lang);
        }
        let mut next = stored.get_untracked();
        let replaced = app.scenario.with_untracked(|s| next.upsert(&n, &now_text(), s));
        match persist(next, lang) {
            Ok(()) => {
                message.set(Message::Ok(if replaced { tr(ct::overwritten(&n), lang) } else { tr(ct::saved_ok(&n), lang) }));
                current.set(n);
                name.set(String::new());
            }
            Err(m) => message.set(m),
        }
    };
    let load = move |n: String| {
        let lang = app.lang.get_untracked();
        let entry = stored.with_untracked(|l| l.entries.iter().find(|e| e.name == n).cloned());
        match entry.map(|e| export::saved_scenario(&e)) {
            Some(Ok(s)) => {
                app.scenario.set(s);
                message.set(Message::Ok(tr(ct::loaded(&n), lang)));
                current.set(n);
            }
            Some(Err(e)) => message.set(Message::Error { title: tr(ct::load_failed(&n), lang), lines: error_lines(&e) }),
            None => {}
        }
    };
    let delete = move |n: String| {
        let lang = app.lang.get_untracked();
        let mut next = stored.get_untracked();
        next.remove(&n);
        match persist(next, lang) {
            Ok(()) => message.set(Message::Ok(tr(ct::deleted(&n), lang))),
            Err(m) => message.set(m),
        }
    };

    let export_json = move |_| {
        let text = app.scenario.with_untracked(|s| s.to_json_pretty());
        let _ = save_text("kofukin-scenario.json", "application/json", &format!("{text}\n"));
    };
    let export_csv = move |_| {
        let lang = app.lang.get_untracked();
        let text = app.scenario.with_untracked(|s| app.outcome.with_untracked(|o| export::comparison_csv(lang, s, o)));
        let typed = name.get_untracked();
        let saved = current.get_untracked();
        let first = app.scenario.with_untracked(|s| s.projects.iter().map(|p| p.name.clone()).find(|n| !n.trim().is_empty()));
        let file = export::comparison_file_name(&[&typed, &saved, first.as_deref().unwrap_or("")], &today());
        let _ = save_text(&file, "text/csv;charset=utf-8", &text);
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
        let lang = app.lang.get_untracked();
        // The size first: a large file is refused before a byte of it is read.
        if let Err(t) = export::check_size(file.size()) {
            message.set(Message::error(tr(ct::import_failed(&file_name), lang), t));
            return;
        }
        let file = gloo_file::File::from(file);
        spawn_local(async move {
            let lang = app.lang.get_untracked();
            let title = tr(ct::import_failed(&file_name), lang);
            let bytes = match gloo_file::futures::read_as_bytes(&file).await {
                Ok(b) => b,
                Err(e) => return message.set(Message::error(title, ct::unreadable_file(&e.to_string()))),
            };
            let parsed = if csv {
                let Some(text) = decode_text(&bytes) else { return message.set(Message::error(title, ct::FILE_ENCODING)) };
                app.scenario.with_untracked(|cur| export::import_csv(&text, cur))
            } else {
                export::import_json(&String::from_utf8_lossy(&bytes))
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
                Err(e) => message.set(Message::Error { title, lines: error_lines(&e) }),
            }
        });
    };

    let listing = move || {
        let lang = app.lang.get();
        let items = stored.with(|l| l.entries.clone());
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
                    {(!notes.is_empty()).then(|| {
                        let notes = notes.clone();
                        view! {
                            <div class="saved-notice" role="note">
                                {move || {
                                    let lang = app.lang.get();
                                    notes.iter().map(|t| view! { <p>{tr(t.clone(), lang)}</p> }).collect_view()
                                }}
                            </div>
                        }
                    })}
                    {(access == Access::Full).then(|| view! { <p class="storage-full" role="note">{app.say(ct::STORAGE_FULL)}</p> })}
                    {if access != Access::Blocked {
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
                                {(!ja.is_empty()).then(|| both_languages(app.lang.get(), ja, en))}
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
