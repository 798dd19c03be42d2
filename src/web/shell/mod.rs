//! The page frame: header (title, view navigation, language switch), link notices, disclaimer, the
//! view the query string names, footer. The state is `crate::state`, provided here.

mod lang;
mod notices;

use crate::link::View;
use crate::accessibility::texts::LINK as A11Y_LINK;
use crate::nav::{ViewLink, ViewNav};
use crate::navi::Navi;
use crate::simulator::SimulatorView;
use crate::state::AppState;
use crate::texts::{APP_SUBTITLE, APP_TITLE, DISCLAIMER, FOOTER, SKIP_TO_RESULTS};
use kofukin::engine::text::Text;
use lang::LangSwitch;
use leptos::prelude::*;
use notices::Notices;

#[component]
pub fn App() -> impl IntoView {
    let app = AppState::provide();
    let say = move |t: Text| move || t.get(app.lang.get()).to_owned();
    view! {
        <a class="skip-link" href="#results">{say(SKIP_TO_RESULTS)}</a>
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

/// The view of `view=` (the simulator when absent).
fn routed(view: View) -> AnyView {
    match view {
        View::Navi => view! { <Navi/> }.into_any(),
        View::Donation => view! { <crate::donation::DonationView/> }.into_any(),
        View::Accessibility => view! { <crate::accessibility::AccessibilityView/> }.into_any(),
        _ => view! { <SimulatorView/> }.into_any(),
    }
}
