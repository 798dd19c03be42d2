//! Browser plumbing of the saved scenarios and files: can localStorage be read and written, the raw
//! saved list, today's date, decoding a file's bytes (UTF-8, else Shift_JIS, with the browser's
//! TextDecoder).

use crate::costs::export::{self, Stored, SAVED_KEY};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

/// What the page can do with localStorage here.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Reading the property throws (sandbox, blocked cookies): no saved list at all.
    Blocked,
    /// Readable and writable.
    Works,
    /// Readable, but a write fails (quota exceeded, Safari private mode): list, load and delete.
    Full,
}

/// Why a write failed.
pub enum WriteError {
    Full,
    Other,
}

fn is_quota(e: &JsValue) -> bool {
    let name = js_sys::Reflect::get(e, &JsValue::from_str("name")).ok().and_then(|n| n.as_string());
    let code = js_sys::Reflect::get(e, &JsValue::from_str("code")).ok().and_then(|c| c.as_f64());
    matches!(name.as_deref(), Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED")) || matches!(code, Some(22.0 | 1014.0))
}

/// Probes localStorage: reading the property can throw; a write can fail.
pub fn storage_access() -> Access {
    let Some(w) = web_sys::window() else { return Access::Blocked };
    match js_sys::Reflect::get(&w, &JsValue::from_str("localStorage")) {
        Ok(v) if !v.is_null() && !v.is_undefined() => {}
        _ => return Access::Blocked,
    }
    if LocalStorage::raw().get_item(SAVED_KEY).is_err() {
        return Access::Blocked;
    }
    let probe = "kofukin.probe";
    match write(probe, "1") {
        Ok(()) => {
            LocalStorage::delete(probe);
            Access::Works
        }
        Err(WriteError::Full) => Access::Full,
        Err(WriteError::Other) => Access::Blocked,
    }
}

/// The stored text of a key (only after [`storage_access`] said it can be read).
pub fn read(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).ok().flatten()
}

pub fn write(key: &str, value: &str) -> Result<(), WriteError> {
    LocalStorage::raw().set_item(key, value).map_err(|e| if is_quota(&e) { WriteError::Full } else { WriteError::Other })
}

/// The saved list and its raw text.
pub fn read_list() -> (Stored, Option<String>) {
    let raw = read(SAVED_KEY);
    (export::read_saved(raw.as_deref()), raw)
}

pub fn now_text() -> String {
    let d = js_sys::Date::new_0();
    format!("{} {:02}:{:02}", today(), d.get_hours(), d.get_minutes())
}

/// Today in the browser's time zone: 2026-11-30.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// Decodes with the browser's TextDecoder in fatal mode: `None` when the bytes are not in `label`.
fn decode(bytes: &[u8], label: &str) -> Option<String> {
    let global = js_sys::global();
    let ctor: js_sys::Function = js_sys::Reflect::get(&global, &JsValue::from_str("TextDecoder")).ok()?.dyn_into().ok()?;
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &JsValue::from_str("fatal"), &JsValue::TRUE).ok()?;
    let decoder = js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(&JsValue::from_str(label), &opts)).ok()?;
    let method: js_sys::Function = js_sys::Reflect::get(&decoder, &JsValue::from_str("decode")).ok()?.dyn_into().ok()?;
    method.call1(&decoder, &js_sys::Uint8Array::from(bytes)).ok()?.as_string()
}

/// A text file's bytes as text: UTF-8 (BOM optional), else Shift_JIS (CP932, as Japanese Excel saves
/// CSV); `None` for any other encoding.
pub fn decode_text(bytes: &[u8]) -> Option<String> {
    if !export::may_be_text(bytes) {
        return None;
    }
    decode(bytes, "utf-8").or_else(|| decode(bytes, "shift_jis"))
}

