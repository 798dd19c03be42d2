//! The scheme's conditions, shown as conditions with their sources (from the engine's parameters).

use crate::donation::texts as dt;
use crate::state::use_app;
use crate::texts::{tr, SOURCE_LABEL};
use crate::ui::source::source_line;
use kofukin::engine::params::LAYERS;
use leptos::prelude::*;

#[component]
pub fn Conditions() -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let min = &LAYERS.donation_minimum;
        let deadline = &LAYERS.donation_deadline;
        let head_office = &LAYERS.donation_head_office;
        view! {
            <aside class="conditions" aria-labelledby="conditions-h">
                <h3 id="conditions-h">{tr(dt::CONDITIONS_HEADING, lang)}</h3>
                <ul>
                    <li data-param=min.id>
                        {tr(dt::CONDITION_MINIMUM, lang)}
                        " "{source_line(lang, SOURCE_LABEL, &min.source_ref)}
                    </li>
                    <li data-param=deadline.id>
                        {tr(dt::CONDITION_DEADLINE, lang)}
                        " "{source_line(lang, SOURCE_LABEL, &deadline.source_ref)}
                    </li>
                    <li data-param=head_office.id>
                        {tr(dt::CONDITION_HEAD_OFFICE, lang)}
                        " "{source_line(lang, SOURCE_LABEL, &head_office.source_ref)}
                    </li>
                </ul>
            </aside>
        }
    }
}
