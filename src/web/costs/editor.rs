//! The project editor: one card per project in priority order (docs/rules.md, step 6), to add,
//! remove, duplicate, reorder, name and set every field of a project (docs/format.md, the scenario).
//! It edits `app.scenario` itself (the sliders edit the same list), so the result and the URL
//! follow.

use crate::costs::card::ProjectCard;
use crate::costs::ops;
use crate::costs::print::PrintProjects;
use crate::costs::texts as ct;
use crate::state::{use_app, AppState};
use crate::texts::tr;
use crate::ui::focus::focus_after_render;
use kofukin::engine::scenario::{bounds, Kind, Project};
use leptos::prelude::*;

/// Applies `f` to project `i` of the scenario (nothing if it is gone): one undo step.
pub fn edit(app: AppState, i: usize, f: impl FnOnce(&mut Project)) {
    app.scenario.update(|s| {
        if let Some(p) = s.projects.get_mut(i) {
            f(p)
        }
    });
}

/// [`edit`] from a field typed into (`source`, its id): its changes in a burst are one undo step.
pub fn edit_typed(app: AppState, i: usize, source: &str, f: impl FnOnce(&mut Project)) {
    app.edit_from(source, |s| {
        if let Some(p) = s.projects.get_mut(i) {
            f(p)
        }
    });
}

#[component]
pub fn Editor() -> impl IntoView {
    let app = use_app();
    let len = Memo::new(move |_| app.scenario.with(|s| s.projects.len()));
    let add_kind = RwSignal::new(Kind::Soft);
    let announce = RwSignal::new(String::new());
    let add = move |_: leptos::ev::MouseEvent| {
        let kind = add_kind.get_untracked();
        let mut added = None;
        app.scenario.update(|s| added = ops::add(s, kind));
        announce_added(app, announce, added);
    };
    view! {
        <section class="editor" aria-labelledby="editor-h">
            <h2 id="editor-h">{app.say(ct::EDITOR_HEADING)}</h2>
            <p class="help">{app.say(ct::EDITOR_INTRO)}</p>
            <ol class="project-list">
                <For
                    each=move || 0..len.get()
                    key=|i| *i
                    children=move |i| view! { <ProjectCard i=i announce=announce/> }
                />
            </ol>
            {move || (len.get() == 0).then(|| view! { <p class="empty">{app.say(ct::EDITOR_EMPTY)}</p> })}
            <div class="editor-add">
                <label for="add-kind">{app.say(ct::ADD_KIND)}</label>
                <select
                    id="add-kind"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(k) = Kind::ALL.into_iter().find(|k| k.as_str() == v) {
                            add_kind.set(k);
                        }
                    }
                    prop:value=move || add_kind.get().as_str()
                >
                    {kind_options(app)}
                </select>
                <button type="button" id="add-project" class="add" on:click=add disabled={move || len.get() >= bounds::MAX_PROJECTS}>
                    {app.say(ct::ADD)}
                </button>
            </div>
            <p class="sr-live" role="status">{move || announce.get()}</p>
            <PrintProjects/>
        </section>
    }
}

/// Says that project `added` was added (and focuses its name), or that the list is full.
pub fn announce_added(app: AppState, announce: RwSignal<String>, added: Option<usize>) {
    let lang = app.lang.get_untracked();
    match added {
        Some(i) => {
            announce.set(tr(ct::added(i + 1), lang));
            focus_after_render(format!("ed-{i}-name"));
        }
        None => announce.set(tr(ct::MAX_PROJECTS, lang)),
    }
}

/// The options of a kind select, named in the page's language.
pub fn kind_options(app: AppState) -> impl IntoView {
    Kind::ALL.into_iter().map(|k| view! { <option value=k.as_str()>{app.say(k.short_label())}</option> }).collect_view()
}
