//! A project's national share under both rule sets (in its editor card), and its layers on demand.

use crate::costs::layers::ProjectLayers;
use crate::costs::texts as ct;
use crate::state::use_app;
use crate::texts::{rule_set_short, tr};
use crate::ui::money::oku_figure;
use kofukin::engine::outcome::{RuleSetId, Status};
use leptos::prelude::*;

#[component]
pub fn ProjectResult(i: usize) -> impl IntoView {
    let app = use_app();
    let line = app.with_outcome(move |lang, o| {
        [RuleSetId::Gen1, RuleSetId::Gen2]
            .into_iter()
            .map(|id| {
                let r = o.get(id);
                let body = match r.projects.get(i) {
                    Some(p) if p.status == Status::NotModelled => {
                        view! { <span class="status not-modelled">{tr(Status::NotModelled.label(), lang)}</span> }.into_any()
                    }
                    Some(p) => {
                        let status = (p.status == Status::Ineligible)
                            .then(|| view! { <span class="status ineligible">{tr(Status::Ineligible.label(), lang)}</span> });
                        let class = format!("project-national {}", id.as_str());
                        view! { {oku_figure(lang, p.national_oku, &class)}" "{status} }.into_any()
                    }
                    None => view! { <span>"—"</span> }.into_any(),
                };
                view! {
                    <div>
                        <dt>{format!("{} {}", ct::PROJECT_RESULT.get(lang), rule_set_short(r))}</dt>
                        <dd>{body}</dd>
                    </div>
                }
            })
            .collect_view()
    });
    // The layer table is rendered only while its details element is open (the cards re-render on
    // every input, and the sliders must stay fast).
    let open = RwSignal::new(false);
    view! {
        <dl class="project-result">{line}</dl>
        <details
            class="project-layers"
            on:toggle=move |ev| {
                let now = ev
                    .target()
                    .and_then(|t| js_sys::Reflect::get(&t, &wasm_bindgen::JsValue::from_str("open")).ok())
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false);
                open.set(now);
            }
        >
            <summary>{app.say(ct::LAYERS_PER_PROJECT)}</summary>
            {move || open.get().then(|| view! { <ProjectLayers i=i/> })}
        </details>
    }
}
