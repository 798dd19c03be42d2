//! The page frame: header (title, view navigation, language switch), link notices, disclaimer, the
//! view the query string names, footer. The state is `crate::state`, provided here.

mod lang;
mod notices;

use crate::link::View;
use crate::accessibility::texts::LINK as A11Y_LINK;
use crate::nav::{ViewLink, ViewNav};
use crate::navi::Navi;
use crate::simulator::SimulatorView;
use crate::state::{use_app, AppState};
use wasm_bindgen::JsCast;
use crate::texts::{APP_SUBTITLE, APP_TITLE, DISCLAIMER, FOOTER, SKIP_TO_MAIN, SKIP_TO_RESULTS};
use kofukin::engine::text::Text;
use lang::LangSwitch;
use leptos::prelude::*;
use notices::Notices;

#[component]
pub fn App() -> impl IntoView {
    let app = AppState::provide();
    let say = move |t: Text| move || t.get(app.lang.get()).to_owned();
    view! {
        <SkipLink/>
        <header class="site-header">
            <div class="brand">
                <h1>{say(APP_TITLE)}</h1>
                <p class="subtitle">{say(APP_SUBTITLE)}</p>
            </div>
            <ViewNav/>
            <LangSwitch/>
        </header>
        <main id="main">
            <Notices/>
            <p class="disclaimer" role="note">{say(DISCLAIMER)}</p>
            {move || routed(app.view.get())}
        </main>
        <footer class="site-footer">
            <p>{say(FOOTER)}</p>
            <p>{say(DISCLAIMER)}</p>
            <p>
                <ViewLink view=View::Accessibility focus="accessibility-h">{say(A11Y_LINK)}</ViewLink>
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

/// The view of `view=` (the simulator when absent).
fn routed(view: View) -> AnyView {
    match view {
        View::Navi => view! { <Navi/> }.into_any(),
        View::Donation => view! { <crate::donation::DonationView/> }.into_any(),
        View::How => view! { <crate::how::HowView/> }.into_any(),
        View::Accessibility => view! { <crate::accessibility::AccessibilityView/> }.into_any(),
        View::Compare => view! { <crate::compare::CompareView/> }.into_any(),
        _ => view! { <SimulatorView/> }.into_any(),
    }
}
