//! Saved scenarios (localStorage through gloo, probed first: in a sandboxed frame or with storage
//! blocked it throws, and gloo would panic), JSON export and import (CONTRACT §1, the engine's one
//! validator: a broken file gets its bilingual message and changes nothing), CSV import of projects
//! (CONTRACT §3), the comparison as CSV for Excel (UTF-8 with BOM) and print.

use crate::costs::export::{self, Saved, SAVED_KEY};
use crate::costs::texts::costs;
use crate::state::use_app;
use gloo_storage::{LocalStorage, Storage};
use kofukin::engine::text::Lang;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};

/// Is localStorage usable here? Reading the property can throw (sandbox, blocked cookies); a write
/// can fail too (Safari private mode, quota).
fn storage_works() -> bool {
    let Some(w) = web_sys::window() else { return false };
    match js_sys::Reflect::get(&w, &JsValue::from_str("localStorage")) {
        Ok(v) if !v.is_null() && !v.is_undefined() => {}
        _ => return false,
    }
    let probe = "kofukin.probe";
    if LocalStorage::set(probe, "1").is_err() {
        return false;
    }
    LocalStorage::delete(probe);
    true
}

fn read_list() -> Vec<Saved> {
    export::read_saved(LocalStorage::raw().get_item(SAVED_KEY).ok().flatten().as_deref())
}

fn now_text() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// Offers `text` as a file download (a Blob URL clicked through a temporary link).
fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let bytes = js_sys::Uint8Array::from(text.as_bytes());
    let parts = js_sys::Array::of1(&bytes);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let doc = document();
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.set_class_name("download-link");
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    } else {
        a.click();
    }
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// What the last action said: a success note or an error with the validator's lines in both languages.
#[derive(Clone, PartialEq)]
enum Message {
    None,
    Ok(String),
    Error { title: String, ja: Vec<String>, en: Vec<String> },
}

#[component]
pub fn SavedScenarios() -> impl IntoView {
    let app = use_app();
    let c = move || costs(app.lang.get());
    let available = storage_works();
    let list = RwSignal::new(if available { read_list() } else { Vec::new() });
    let name = RwSignal::new(String::new());
    let message = RwSignal::new(Message::None);

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let c = costs(app.lang.get_untracked());
        let mut n: String = name.get_untracked().trim().chars().take(100).collect();
        if n.is_empty() {
            n = (c.default_name)(list.with_untracked(|l| l.len()) + 1);
        }
        let mut next = list.get_untracked();
        let replaced = app.scenario.with_untracked(|s| export::upsert(&mut next, &n, &now_text(), s));
        match LocalStorage::set(SAVED_KEY, &next) {
            Ok(()) => {
                list.set(next);
                message.set(Message::Ok(if replaced { (c.overwritten)(&n) } else { (c.saved_ok)(&n) }));
                name.set(String::new());
            }
            Err(_) => message.set(Message::Ok(c.save_failed.to_string())),
        }
    };
    let load = move |n: String| {
        let c = costs(app.lang.get_untracked());
        let entry = list.with_untracked(|l| l.iter().find(|e| e.name == n).cloned());
        match entry.map(|e| export::saved_scenario(&e)) {
            Some(Ok(s)) => {
                app.scenario.set(s);
                message.set(Message::Ok((c.loaded)(&n)));
            }
            Some(Err(e)) => message.set(Message::Error {
                title: (c.load_failed)(&n),
                ja: export::error_lines(&e, false),
                en: export::error_lines(&e, true),
            }),
            None => {}
        }
    };
    let delete = move |n: String| {
        let c = costs(app.lang.get_untracked());
        let mut next = list.get_untracked();
        next.retain(|e| e.name != n);
        if LocalStorage::set(SAVED_KEY, &next).is_ok() {
            list.set(next);
            message.set(Message::Ok((c.deleted)(&n)));
        }
    };

    let export_json = move |_| {
        let text = app.scenario.with_untracked(|s| s.to_json_pretty());
        let _ = download("kofukin-scenario.json", "application/json", &format!("{text}\n"));
    };
    let export_csv = move |_| {
        let c = costs(app.lang.get_untracked());
        let text = app.scenario.with_untracked(|s| app.outcome.with_untracked(|o| export::comparison_csv(c, s, o)));
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
            let c = costs(app.lang.get_untracked());
            let text = match gloo_file::futures::read_as_text(&file).await {
                Ok(t) => t,
                Err(e) => {
                    message.set(Message::Error {
                        title: (c.import_failed)(&file_name),
                        ja: vec![format!("ファイルを読めません: {e}")],
                        en: vec![format!("cannot read the file: {e}")],
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
                    let mut note = (c.imported)(&file_name, n);
                    if !unknown.is_empty() {
                        note = format!("{note} {}", (c.unknown_fields)(&unknown));
                    }
                    message.set(Message::Ok(note));
                }
                Err(e) => message.set(Message::Error {
                    title: (c.import_failed)(&file_name),
                    ja: export::error_lines(&e, false),
                    en: export::error_lines(&e, true),
                }),
            }
        });
    };

    let listing = move || {
        let c = c();
        let items = list.get();
        if items.is_empty() {
            return view! { <p class="empty">{c.no_saved}</p> }.into_any();
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
                                <span class="saved-meta">{(c.saved_line)(export::saved_count(&e), &e.saved_at)}</span>
                                <span class="saved-buttons">
                                    <button type="button" aria-label=(c.load_name)(&e.name) on:click=move |_| load(n1.clone())>
                                        {c.load}
                                    </button>
                                    <button type="button" class="danger" aria-label=(c.delete_name)(&e.name) on:click=move |_| delete(n2.clone())>
                                        {c.delete}
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
            <h2 id="saved-h">{move || c().saved_heading}</h2>
            <div class="saved-grid">
                <div class="saved-store">
                    {if available {
                        view! {
                            <form class="save-form" on:submit=save>
                                <label for="save-name">{move || c().save_name}</label>
                                <input
                                    type="text"
                                    id="save-name"
                                    maxlength="100"
                                    autocomplete="off"
                                    prop:value=move || name.get()
                                    on:input=move |ev| name.set(event_target_value(&ev))
                                />
                                <button type="submit">{move || c().save}</button>
                            </form>
                            <h3>{move || c().saved_list}</h3>
                            {listing}
                        }
                        .into_any()
                    } else {
                        view! { <p class="storage-blocked" role="note">{move || c().storage_blocked}</p> }.into_any()
                    }}
                </div>
                <div class="saved-files">
                    <h3>{move || c().export_heading}</h3>
                    <div class="file-buttons">
                        <button type="button" class="export-json" on:click=export_json>{move || c().export_json}</button>
                        <button type="button" class="export-csv" on:click=export_csv>{move || c().export_csv}</button>
                        <button type="button" class="print" on:click=print>{move || c().print}</button>
                    </div>
                    <p class="help">{move || c().export_help}</p>
                    <div class="file-input">
                        <label for="import-json">{move || c().import_json}</label>
                        <input type="file" id="import-json" accept=".json,application/json" on:change=move |ev| import(ev, false)/>
                    </div>
                    <div class="file-input">
                        <label for="import-csv">{move || c().import_csv}</label>
                        <input type="file" id="import-csv" accept=".csv,text/csv" aria-describedby="import-csv-help" on:change=move |ev| import(ev, true)/>
                        <p class="help" id="import-csv-help">{move || c().import_help}</p>
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
                    Message::Error { title, ja, en } => {
                        let lang = app.lang.get();
                        let (first, second, second_lang) = if lang == Lang::En { (en, ja, "ja") } else { (ja, en, "en") };
                        Some(view! {
                            <div class="import-error">
                                <p><strong>{title}</strong></p>
                                <ul>{first.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                                <ul class="other-lang" lang=second_lang>{second.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                                <button type="button" on:click=move |_| message.set(Message::None)>{move || app.t().dismiss}</button>
                            </div>
                        })
                    }
                    _ => None,
                }}
            </div>
        </section>
    }
}
