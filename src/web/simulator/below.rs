//! The place of the page's lower part (sharing, hints, the project editor, saved scenarios, the
//! panels), which the page's third build draws once boot.js has fetched it, when the place nears the
//! screen (`crate::bridge`). Until then the place holds stand-ins for the controls the page has from
//! its first render (リンクをコピー, QRコードを表示, 画像で保存, 保存名, ブラウザーに保存, the CSV import):
//! using one fetches the lower part, and when it arrives (the event `kofukin:below`, in the task that
//! drew it) the stand-ins hand over what was typed, chosen or asked for, and where the focus was, and
//! go. If the fetch fails the place says so and offers to try again (`<html data-below>` is
//! `loading`, `ready` or `failed`; style/simulator.css).

use crate::costs::texts as ct;
use crate::share::texts as st;
use crate::simulator::texts as tx;
use crate::state::use_app;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, HtmlInputElement};

/// The real control of the lower part a stand-in stands for (its `data-real`).
const COPY: &str = ".below-app .share-copy";
const QR: &str = ".below-app .share-qr";
const IMAGE: &str = ".below-app .share-image";
const SAVE_NAME: &str = "#save-name";
const SAVE: &str = ".below-app .save-form button[type=submit]";
const IMPORT_CSV: &str = "#import-csv";

/// `window.kofukinLoadBelow()` (boot.js): fetches the lower part once.
fn load_below() {
    if let Some(load) = crate::bridge::on_window("kofukinLoadBelow") {
        let _ = load.call0(&JsValue::NULL);
    }
}

fn real(selector: &str) -> Option<HtmlElement> {
    document().query_selector(selector).ok().flatten()?.dyn_into().ok()
}

/// A stand-in's event on the real control, so that its own handler sees the value.
fn tell(el: &HtmlElement, event: &str) {
    if let Ok(ev) = web_sys::Event::new(event) {
        let _ = el.dispatch_event(&ev);
    }
}

/// Gives the lower part what the stand-ins hold: the typed name, the chosen CSV file, the focus, and
/// the button that was pressed (pressed again on the real one).
fn hand_over(pressed: Option<&'static str>) {
    let focused = document().active_element().and_then(|e| e.get_attribute("data-real"));
    let early = |id: &str| document().get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
    if let (Some(early), Some(to)) = (early("save-name-early"), real(SAVE_NAME)) {
        if let Some(to) = to.dyn_ref::<HtmlInputElement>().filter(|_| !early.value().is_empty()) {
            to.set_value(&early.value());
            tell(to, "input");
        }
    }
    if let (Some(early), Some(to)) = (early("import-csv-early"), real(IMPORT_CSV)) {
        if let (Some(files), Some(to)) = (early.files().filter(|f| f.length() > 0), to.dyn_ref::<HtmlInputElement>()) {
            to.set_files(Some(&files));
            tell(to, "change");
        }
    }
    if let Some(el) = focused.and_then(|s| real(&s)) {
        let _ = el.focus();
    }
    if let Some(el) = pressed.and_then(real) {
        el.click();
    }
}

#[component]
pub fn Below() -> impl IntoView {
    let app = use_app();
    let taken_over = RwSignal::new(false);
    let pressed: StoredValue<Option<&'static str>> = StoredValue::new(None);
    let arrived = window_event_listener_untyped("kofukin:below", move |_| {
        if !taken_over.get_untracked() {
            hand_over(pressed.get_value());
            taken_over.set(true);
        }
    });
    on_cleanup(move || arrived.remove());
    let press = move |real: &'static str| {
        move |_| {
            pressed.set_value(Some(real));
            load_below();
        }
    };
    let retry = move |_| load_below();
    view! {
        <div id="below" class="below">
            {move || (!taken_over.get()).then(|| view! {
                <div class="below-early">
                    <section class="share-bar" aria-label=app.say(st::SHARE_LABEL)>
                        <div class="share-buttons">
                            <button type="button" class="share-copy" data-real=COPY on:click=press(COPY)>{app.say(st::COPY_LINK)}</button>
                            <button type="button" class="share-qr" aria-expanded="false" data-real=QR on:click=press(QR)>{app.say(st::SHOW_QR)}</button>
                            <button type="button" class="share-image" data-real=IMAGE on:click=press(IMAGE)>{app.say(st::SAVE_IMAGE)}</button>
                        </div>
                    </section>
                    <p class="below-loading">{app.say(tx::BELOW_LOADING)}</p>
                    <form class="save-form" on:submit=move |ev| {
                        ev.prevent_default();
                        pressed.set_value(Some(SAVE));
                        load_below();
                    }>
                        <label for="save-name-early">{app.say(ct::SAVE_NAME)}</label>
                        <input type="text" id="save-name-early" data-real=SAVE_NAME maxlength="100" autocomplete="off" on:focus=move |_| load_below()/>
                        <button type="submit" data-real=SAVE>{app.say(ct::SAVE)}</button>
                    </form>
                    <p class="below-import">
                        <label for="import-csv-early">{app.say(ct::IMPORT_CSV)}</label>
                        <input type="file" id="import-csv-early" accept=".csv,text/csv" data-real=IMPORT_CSV on:change=move |_| load_below()/>
                    </p>
                </div>
            })}
            <p class="below-failed" role="alert">
                {app.say(tx::BELOW_FAILED)}" "
                <button type="button" on:click=retry>{app.say(tx::BELOW_RETRY)}</button>
            </p>
        </div>
    }
}
