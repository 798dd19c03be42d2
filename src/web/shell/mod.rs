//! The page frame: header (title, view navigation, language switch), link notices, disclaimer, the
//! view the query string names, footer. The state is `crate::state`, provided here.

mod lang;
mod notices;

use crate::link::View;
use crate::accessibility::texts::LINK as A11Y_LINK;
use crate::nav::{ViewLink, ViewNav};
use crate::state::{build, use_app, AppState, Build, Stage};
use wasm_bindgen::JsCast;
use crate::texts::{APP_SUBTITLE, APP_TITLE, DISCLAIMER, FOOTER, SKIP_TO_MAIN, SKIP_TO_RESULTS};
use lang::LangSwitch;
use leptos::prelude::*;
use notices::Notices;

/// Mounts the app of `build` in short tasks, so that a phone's main thread is never blocked for long:
/// the page is built in a hidden container (`<div id="app" hidden>`: no style or layout work yet) while
/// the simulator pre-rendered at build time (`<div id="prerender">`, xtask/web/prerender.mjs) stays on
/// screen, one [`Stage`] per task; a last task shows it in place of the copy. Both happen in that one
/// task, so no frame is without either and nothing moves. Then the window gets `kofukin:shown`
/// (boot.js waits for it).
pub fn start(build: Build) {
    let document = document();
    let Ok(container) = document.create_element("div") else { return };
    container.set_id("app");
    let _ = container.set_attribute("hidden", "");
    let Some(container) = container.dyn_ref::<web_sys::HtmlElement>().cloned() else { return };
    let Some(page) = document.body() else { return };
    let _ = page.append_child(&container);
    let stage = Stage::new();
    leptos::mount::mount_to(container.clone(), move || {
        provide_context(build);
        provide_context(stage);
        view! { <App/> }
    })
    .forget();
    stage.advance(move || {
        if let Some(copy) = document.get_element_by_id("prerender") {
            copy.remove();
        }
        if let Some(root) = document.document_element() {
            let _ = root.remove_attribute("data-prerender");
        }
        let _ = container.remove_attribute("hidden");
        if let Ok(shown) = web_sys::Event::new("kofukin:shown") {
            let _ = window().dispatch_event(&shown);
        }
        crate::nav::focus_on_arrival();
    });
}

#[component]
pub fn App() -> impl IntoView {
    let app = AppState::provide();
    let build = build();
    (build.with_state)(app);
    view! {
        <SkipLink/>
        <header class="site-header">
            <div class="brand">
                <h1>{app.say(APP_TITLE)}</h1>
                <p class="subtitle">{app.say(APP_SUBTITLE)}</p>
            </div>
            <ViewNav/>
            <LangSwitch/>
        </header>
        <main id="main">
            <Notices/>
            <p class="disclaimer" role="note">{app.say(DISCLAIMER)}</p>
            {move || {
                let view = app.view.get();
                if (build.here)(view) {
                    (build.draw)(view)
                } else {
                    // Only reachable through a history entry of the other build: load its page.
                    let _ = window().location().reload();
                    ().into_any()
                }
            }}
        </main>
        <footer class="site-footer">
            <p>{app.say(FOOTER)}</p>
            <p>{app.say(DISCLAIMER)}</p>
            <p>
                <ViewLink view=View::Accessibility focus="accessibility-h">{app.say(A11Y_LINK)}</ViewLink>
            </p>
        </footer>
    }
}

/// The first link of the page: to the results of the view shown (the simulator's and 財源ナビ's
/// `#results`), or to the heading of a view without one. Following it moves the keyboard focus
/// there (without writing a `#` into the URL, which holds the state).
#[component]
fn SkipLink() -> impl IntoView {
    let app = use_app();
    let target = move || match app.view.get() {
        View::Donation => ("donation-h", SKIP_TO_MAIN),
        _ => ("results", SKIP_TO_RESULTS),
    };
    view! {
        <a
            class="skip-link"
            href=move || format!("#{}", target().0)
            on:click=move |ev: leptos::ev::MouseEvent| {
                let id = target().0;
                let el = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(el) = el {
                    ev.prevent_default();
                    if !el.has_attribute("tabindex") {
                        let _ = el.set_attribute("tabindex", "-1");
                    }
                    el.scroll_into_view();
                    let _ = el.focus();
                }
            }
        >
            {move || target().1.get(app.lang.get()).to_owned()}
        </a>
    }
}
