//! What the link said that could not be used, and what is used instead: at most ten notices, then
//! one line that counts the rest (「ほか N 件」).

use crate::link::notice::shown;
use crate::state::use_app;
use crate::texts::{tr, DISMISS, NOTICES_HEADING};
use kofukin::engine::text::Text;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="notices-live" role="status">
            {move || {
                let notices = app.notices.get();
                if notices.is_empty() {
                    return None;
                }
                let lang = app.lang.get();
                let (listed, more) = shown(&notices);
                let items = listed
                    .iter()
                    .map(|n| view! { <li>{tr(Text::owned(n.message_ja.clone(), n.message_en.clone()), lang)}</li> })
                    .collect_view();
                let more = more.map(|t| view! { <li class="notices__more">{tr(t, lang)}</li> });
                Some(view! {
                    <div class="notices">
                        <h2>{tr(NOTICES_HEADING, lang)}</h2>
                        <ul>{items} {more}</ul>
                        <button type="button" on:click=move |_| app.notices.set(Vec::new())>
                            {tr(DISMISS, lang)}
                        </button>
                    </div>
                })
            }}
        </div>
    }
}
