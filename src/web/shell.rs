//! The page frame: header with the language switch, link notices, disclaimer, controls, results,
//! panels, footer.

use crate::link::{self, View};
use crate::nav::ViewNav;
use crate::navi::Navi;
use crate::simulator::controls::Controls;
use crate::simulator::panels::Panels;
use crate::simulator::results::{QuickTotals, Results};
use crate::state::{use_app, AppState};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let app = AppState::provide();
    let t = move || app.t();
    view! {
        <a class="skip-link" href="#results">{move || t().skip_to_results}</a>
        <header class="site-header">
            <div class="brand">
                <h1>{move || t().app_title}</h1>
                <p class="subtitle">{move || t().app_subtitle}</p>
            </div>
            <ViewNav/>
            <LangSwitch/>
        </header>
        <main id="main">
            <Notices/>
            <p class="disclaimer" role="note">{move || t().disclaimer}</p>
            {move || match app.view.get() {
                View::Navi => view! { <Navi/> }.into_any(),
                View::Donation => view! { <crate::donation::DonationView/> }.into_any(),
                _ => {
                    view! {
                        <div class="layout">
                            <Controls/>
                            <Results/>
                        </div>
                        <crate::costs::editor::Editor/>
                        <crate::costs::saved::SavedScenarios/>
                        <Panels/>
                        <QuickTotals/>
                    }
                        .into_any()
                }
            }}
        </main>
        <footer class="site-footer">
            <p>{move || t().footer}</p>
            <p>{move || t().disclaimer}</p>
        </footer>
    }
}

/// A link to the same page in the other language (works without scripts too); a click toggles `lang`.
#[component]
fn LangSwitch() -> impl IntoView {
    let app = use_app();
    let href = move || {
        let mut st = app.page_state();
        st.lang = st.lang.other();
        format!("?{}", link::to_query(&st))
    };
    view! {
        <a
            class="lang-switch"
            href=href
            hreflang=move || app.t().lang_switch_hreflang
            lang=move || app.t().lang_switch_hreflang
            on:click=move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                app.lang.update(|l| *l = l.other());
            }
        >
            {move || app.t().lang_switch}
        </a>
    }
}

/// What the link said that could not be used, and what is used instead.
#[component]
fn Notices() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="notices-live" role="status">
            {move || {
                let notices = app.notices.get();
                if notices.is_empty() {
                    return None;
                }
                let t = app.t();
                let en = app.lang.get() == kofukin::engine::text::Lang::En;
                Some(view! {
                    <div class="notices">
                        <h2>{t.notices_heading}</h2>
                        <ul>
                            {notices
                                .into_iter()
                                .map(|n| view! { <li>{if en { n.message_en } else { n.message_ja }}</li> })
                                .collect_view()}
                        </ul>
                        <button type="button" on:click=move |_| app.notices.set(Vec::new())>
                            {t.dismiss}
                        </button>
                    </div>
                })
            }}
        </div>
    }
}
