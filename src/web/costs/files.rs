//! Browser plumbing of the saved scenarios and files: is localStorage usable, the saved list, the
//! time of a save, and a file download.

use crate::costs::export::{self, Saved, SAVED_KEY};
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Is localStorage usable here? Reading the property can throw (sandbox, blocked cookies); a write
/// can fail too (Safari private mode, quota).
pub fn storage_works() -> bool {
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

pub fn read_list() -> Vec<Saved> {
    export::read_saved(LocalStorage::raw().get_item(SAVED_KEY).ok().flatten().as_deref())
}

pub fn now_text() -> String {
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
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
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
