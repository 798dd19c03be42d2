//! The language switch: a link to the same page in the other language (works without scripts too);
//! a click toggles `lang` in place.

use crate::link;
use crate::state::use_app;
use crate::texts::LANG_SWITCH;
use leptos::prelude::*;

#[component]
pub fn LangSwitch() -> impl IntoView {
    let app = use_app();
    let href = move || {
        let mut st = app.page_state();
        st.lang = st.lang.other();
        format!("?{}", link::to_query(&st))
    };
    let other = move || app.lang.get().other().as_str();
    view! {
        <a
            class="lang-switch"
            href=href
            hreflang=other
            lang=other
            on:click=move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                app.lang.update(|l| *l = l.other());
            }
        >
            {app.say(LANG_SWITCH)}
        </a>
    }
}
