//! Moving between the views: the header links ([`ViewNav`]), links that work without scripts and in a
//! new tab ([`href`]) and moving inside the page with a history entry ([`go`]), which the browser's back
//! and forward buttons follow.

use crate::link::{self, PageState, View};
use crate::state::{use_app, AppState};
use crate::texts::{NAV_DONATION, NAV_HOW, NAV_LABEL, NAV_NAVI, NAV_SIM};
use crate::ui::focus::focus_after_render;
use kofukin::engine::text::Lang;
use leptos::prelude::*;

/// The page state of a view, with the app's scenario and embedding and the language `lang`.
fn page_state(
    app: AppState,
    lang: Lang,
    view: View,
    measure: Option<String>,
    other: Vec<(String, String)>,
) -> PageState {
    PageState { scenario: app.scenario.get_untracked(), lang, embed: app.embed.get_untracked(), view, measure, other }
}

/// The query of a view in the current language (tracks the language).
pub fn query(app: AppState, view: View, measure: Option<String>, other: Vec<(String, String)>) -> String {
    link::to_query(&page_state(app, app.lang.get(), view, measure, other))
}

/// The link to a view (works without scripts and in a new tab).
pub fn href(app: AppState, view: View, measure: Option<String>, other: Vec<(String, String)>) -> String {
    format!("?{}", query(app, view, measure, other))
}

/// Moves to a view inside the page: sets the state, pushes a history entry, scrolls to the top and
/// puts the focus on the element `focus` (the new heading).
pub fn go(app: AppState, view: View, measure: Option<String>, other: Vec<(String, String)>, focus: &'static str) {
    let lang = app.lang.get_untracked();
    let query = link::to_query(&page_state(app, lang, view, measure.clone(), other.clone()));
    // The entry being left keeps its latest state (the app's own URL write may still be pending).
    let here = link::to_query(&page_state(
        app,
        lang,
        app.view.get_untracked(),
        app.measure.get_untracked(),
        app.other.get_untracked(),
    ));
    let Some(w) = web_sys::window() else { return };
    let path = w.location().pathname().unwrap_or_default();
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}?{here}")));
    }
    if !(crate::state::build().here)(view) {
        // A view of the other build (the simulator's, or the other views'): its page is loaded, and
        // the focus goes where it would have gone inside the page (`focus_on_arrival`).
        if let Ok(Some(storage)) = w.session_storage() {
            let _ = storage.set_item(FOCUS_KEY, focus);
        }
        let _ = w.location().assign(&format!("{path}?{query}"));
        return;
    }
    app.other.set(other);
    app.measure.set(measure);
    app.view.set(view);
    if let Ok(h) = w.history() {
        let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}?{query}")));
    }
    w.scroll_to_with_x_and_y(0.0, 0.0);
    focus_after_render(focus);
}

/// Where `go` asked the focus to go on the page of the other build it loaded (session storage:
/// absent where storage is blocked, and then the page simply starts at the top).
const FOCUS_KEY: &str = "kofukin:focus";

/// Puts the focus where `go` asked for it, on a page it loaded for a view of the other build.
pub fn focus_on_arrival() {
    let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) else { return };
    if let Ok(Some(id)) = storage.get_item(FOCUS_KEY) {
        let _ = storage.remove_item(FOCUS_KEY);
        focus_after_render(id);
    }
}

/// A left click without modifier keys (others open the link as the browser does).
pub fn plain_click(ev: &leptos::ev::MouseEvent) -> bool {
    ev.button() == 0 && !ev.ctrl_key() && !ev.meta_key() && !ev.shift_key() && !ev.alt_key()
}

/// A link to a view that moves inside the page on a plain click.
#[component]
pub fn ViewLink(
    view: View,
    #[prop(optional)] measure: Option<String>,
    focus: &'static str,
    #[prop(optional)] current: bool,
    children: Children,
) -> impl IntoView {
    let app = use_app();
    let target = measure.clone();
    let aria_current = move || (current && app.view.get() == view).then_some("page");
    view! {
        <a
            href=move || href(app, view, target.clone(), Vec::new())
            aria-current=aria_current
            on:click=move |ev: leptos::ev::MouseEvent| {
                if plain_click(&ev) {
                    ev.prevent_default();
                    go(app, view, measure.clone(), Vec::new(), focus);
                }
            }
        >
            {children()}
        </a>
    }
}

/// The header links between the views. Also follows the browser's back and forward buttons between the
/// entries that [`go`] pushed.
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
    view! {
        <nav class="view-nav" aria-label=app.say(NAV_LABEL)>
            <ViewLink view=View::Sim focus="main" current=true>
                {app.say(NAV_SIM)}
            </ViewLink>
            <ViewLink view=View::Donation focus="donation-h" current=true>
                {app.say(NAV_DONATION)}
            </ViewLink>
            <ViewLink view=View::Navi focus="navi-h" current=true>
                {app.say(NAV_NAVI)}
            </ViewLink>
            <ViewLink view=View::How focus="how-h" current=true>
                {app.say(NAV_HOW)}
            </ViewLink>
        </nav>
    }
}
