//! The simulator page in two builds that share one scenario. The first build (`src/web/main.rs`)
//! draws the controls and the results; the second (`src/web/below.rs`) draws what lies below them:
//! sharing, 改善のヒント, the project editor, saved scenarios and the panels. boot.js fetches the
//! second when its place on the page nears the screen or one of the controls standing in for it is
//! used (`crate::simulator::below`), so a first visit downloads only what it shows first.
//!
//! The first build owns the scenario and its undo history. It offers them on `window`:
//! - `kofukinShared.read()`: the page's state as the page's own query string (the URL codec,
//!   `crate::link`, which carries every field of a valid scenario), and the names of the scenario's
//!   fields this version does not know (from an imported file; not part of the query);
//! - `kofukinShared.write(query, unknown, source)`: a change made below, one undo step (a burst of one
//!   typed field's changes, `source`, is one step, as in the first build);
//!
//! and tells the second build of every change by calling its `window.kofukinBelowSync(query, unknown)`.
//! Each build evaluates the scenario itself (the engine takes microseconds), so only the scenario and
//! the language cross, never a result; and the first build needs no JSON code for it.

use crate::link::{self, PageState, View};
use crate::state::{AppState, Build};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The page's state as the query string, and the scenario's unknown field names as a JS array.
fn offer(app: AppState) -> (String, js_sys::Array) {
    // Only the scenario and the language cross (not `PageState::default()`, which builds a starter plan
    // only to drop it, once a frame while a slider moves).
    let state = PageState {
        scenario: app.scenario.get_untracked(),
        lang: app.lang.get_untracked(),
        embed: false,
        view: View::Sim,
        measure: None,
        other: Vec::new(),
    };
    let unknown = state.scenario.unknown_fields.iter().map(|f| JsValue::from_str(f)).collect();
    (link::to_query(&state), unknown)
}

/// The scenario in a query string from the other build, with its unknown field names.
fn taken(query: &str, unknown: &JsValue) -> PageState {
    let (mut state, _) = link::from_query(query);
    state.scenario.unknown_fields = js_sys::Array::from(unknown).iter().filter_map(|f| f.as_string()).collect();
    state
}

fn set_on_window(name: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(&window(), &JsValue::from_str(name), value);
}

/// The function `window.<name>`, if the page has one.
pub fn on_window(name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(&window(), &JsValue::from_str(name)).ok()?.dyn_into().ok()
}

/// `window.kofukinShared.<name>`, the first build's offer.
fn shared(name: &str) -> Option<js_sys::Function> {
    let shared = js_sys::Reflect::get(&window(), &JsValue::from_str("kofukinShared")).ok()?;
    js_sys::Reflect::get(&shared, &JsValue::from_str(name)).ok()?.dyn_into().ok()
}

/// The first build: offers the state to the second and takes its changes.
pub fn serve(app: AppState) {
    let shared = js_sys::Object::new();
    let read = Closure::<dyn Fn() -> js_sys::Array>::new(move || {
        let (query, unknown) = offer(app);
        js_sys::Array::of2(&JsValue::from_str(&query), &unknown)
    });
    let write = Closure::<dyn Fn(String, JsValue, Option<String>)>::new(move |query: String, unknown: JsValue, source: Option<String>| {
        let scenario = taken(&query, &unknown).scenario;
        if app.scenario.with_untracked(|s| *s == scenario) {
            return;
        }
        match source {
            Some(source) => app.edit_from(&source, |s| *s = scenario),
            None => app.scenario.set(scenario),
        }
    });
    let _ = js_sys::Reflect::set(&shared, &JsValue::from_str("read"), read.as_ref());
    let _ = js_sys::Reflect::set(&shared, &JsValue::from_str("write"), write.as_ref());
    set_on_window("kofukinShared", &shared);
    read.forget();
    write.forget();
    // Every change (a slider, undo, reset, the language) reaches the second build once it runs, in the
    // next animation frame: the figures above are drawn first, and a slider's many steps in a frame
    // are one update below.
    let queued = StoredValue::new(false);
    Effect::new(move |_| {
        app.scenario.track();
        app.lang.track();
        if queued.get_value() || on_window("kofukinBelowSync").is_none() {
            return;
        }
        queued.set_value(true);
        request_animation_frame(move || {
            queued.set_value(false);
            let (query, unknown) = offer(app);
            if let Some(sync) = on_window("kofukinBelowSync") {
                let _ = sync.call2(&JsValue::NULL, &JsValue::from_str(&query), &unknown);
            }
        });
    });
}

/// The second build: starts from the first build's state, follows it, and hands each change made
/// here to it. Nothing when the first build is not on the page.
pub fn follow(app: AppState) {
    let Some(read) = shared("read") else { return };
    // The scenario both builds last agreed on: a change here is handed over once, and the first
    // build's answer (the same scenario) changes nothing.
    let agreed = StoredValue::new(app.scenario.get_untracked());
    let take = move |query: &str, unknown: &JsValue| {
        let state = taken(query, unknown);
        agreed.set_value(state.scenario.clone());
        if app.lang.get_untracked() != state.lang {
            app.lang.set(state.lang);
        }
        if app.scenario.with_untracked(|s| *s != state.scenario) {
            app.scenario.set(state.scenario);
        }
    };
    if let Ok(first) = read.call0(&JsValue::NULL) {
        let first = js_sys::Array::from(&first);
        if let Some(query) = first.get(0).as_string() {
            take(&query, &first.get(1));
        }
    }
    let sync = Closure::<dyn Fn(String, JsValue)>::new(move |query: String, unknown: JsValue| take(&query, &unknown));
    set_on_window("kofukinBelowSync", sync.as_ref());
    sync.forget();
    Effect::new(move |_| {
        if app.scenario.with(|s| agreed.with_value(|a| a == s)) {
            return;
        }
        let source = app.take_edit_source();
        agreed.set_value(app.scenario.get_untracked());
        let (query, unknown) = offer(app);
        if let Some(write) = shared("write") {
            let source = source.map_or(JsValue::UNDEFINED, |s| JsValue::from_str(&s));
            let _ = write.call3(&JsValue::NULL, &JsValue::from_str(&query), &unknown, &source);
        }
    });
}

/// The second build's start: draws `draw` into the first build's `<div id="below">`, with a state
/// that follows the first build's, in one task; then the window gets `kofukin:below`, in the same task
/// (the first build hands its stand-in controls over, `crate::simulator::below`; boot.js waits for it).
/// Nothing when the page has no such place.
pub fn mount_below(draw: fn() -> AnyView) {
    let document = document();
    let Some(slot) = document.get_element_by_id("below") else { return };
    let Some(root) = document.create_element("div").ok().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    root.set_class_name("below-app");
    if slot.append_child(&root).is_err() {
        return;
    }
    leptos::mount::mount_to(root, move || {
        provide_context(Build { here: |view| view == View::Sim, draw: |_| ().into_any(), with_state: |_| {} });
        let app = AppState::provide_follower();
        follow(app);
        draw()
    })
    .forget();
    if let Ok(done) = web_sys::Event::new("kofukin:below") {
        let _ = window().dispatch_event(&done);
    }
}
