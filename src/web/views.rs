//! The views of the page (CONTRACT §5 `view`): links that switch between them, each a real link
//! (query string) that also works without scripts; a click switches in place.

use crate::i18n_costs::costs;
use crate::state::use_app;
use kofukin::link::{self, View};
use leptos::prelude::*;

#[component]
pub fn ViewNav() -> impl IntoView {
    let app = use_app();
    let item = move |v: View| {
        let href = move || {
            let mut st = app.page_state();
            st.view = v;
            format!("?{}", link::to_query(&st))
        };
        let label = move || {
            let c = costs(app.lang.get());
            match v {
                View::Donation => c.nav_donation,
                _ => c.nav_sim,
            }
        };
        view! {
            <li>
                <a
                    href=href
                    class:current=move || app.view.get() == v
                    aria-current=move || (app.view.get() == v).then_some("page")
                    on:click=move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        app.view.set(v);
                    }
                >
                    {label}
                </a>
            </li>
        }
    };
    view! {
        <nav class="view-nav" aria-label=move || costs(app.lang.get()).nav_label>
            <ul>
                {item(View::Sim)}
                {item(View::Donation)}
            </ul>
        </nav>
    }
}
