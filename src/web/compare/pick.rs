//! Choosing a plan: the current plan or a saved scenario (read through the saved list's own reader),
//! or a pasted link of this page. The choice is written into the plan's key (`sa` / `sb`).

use crate::compare::texts as tx;
use crate::costs::export::{read_saved, saved_scenario, SAVED_KEY};
use crate::link::compare::{plan_value, scenario_of_link, with_plan};
use crate::state::{use_app, AppState};
use crate::texts::tr;
use kofukin::engine::scenario::Scenario;
use kofukin::engine::text::Text;
use leptos::prelude::*;

/// The saved scenarios that the validator accepts, by name (none when storage cannot be read).
fn saved() -> Vec<(String, Scenario)> {
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    let raw = storage.and_then(|s| s.get_item(SAVED_KEY).ok().flatten());
    let list = read_saved(raw.as_deref());
    list.entries.iter().filter_map(|e| saved_scenario(e).ok().map(|s| (e.name.clone(), s))).collect()
}

fn set_plan(app: AppState, key: &'static str, s: &Scenario) {
    let value = plan_value(s);
    app.other.update(|o| *o = with_plan(o, key, Some(value)));
}

/// The choice of one plan: a select (the current plan, the saved ones) and a field for a link.
#[component]
pub fn PlanPicker(key: &'static str, name: Text) -> impl IntoView {
    let app = use_app();
    let saved = StoredValue::new(saved());
    let link = RwSignal::new(String::new());
    let problem: RwSignal<Vec<Text>> = RwSignal::new(Vec::new());
    let on_select = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if v == "current" {
            set_plan(app, key, &app.scenario.get_untracked());
        } else if let Some(s) = v.parse::<usize>().ok().and_then(|i| saved.with_value(|l| l.get(i).map(|(_, s)| s.clone()))) {
            set_plan(app, key, &s);
        }
    };
    let on_link = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match scenario_of_link(&link.get_untracked()) {
            (Some(s), notices) => {
                set_plan(app, key, &s);
                problem.set(notices.iter().map(|n| Text::owned(n.message_ja.clone(), n.message_en.clone())).collect());
            }
            (None, _) => problem.set(vec![tx::NOT_A_LINK]),
        }
    };
    let (select_id, link_id) = (format!("pick-{key}"), format!("link-{key}"));
    let choose = tx::choose_plan(&name);
    let paste = Text::owned(format!("{}（{}）", tx::PASTE.ja, name.ja), format!("{} ({})", tx::PASTE.en, name.en));
    let options = move || {
        let lang = app.lang.get();
        let list = saved.with_value(|l| l.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>());
        view! {
            <option value="" selected>{tr(tx::CHOOSE, lang)}</option>
            <option value="current">{tr(tx::CURRENT, lang)}</option>
            <optgroup label=tr(tx::SAVED_GROUP, lang)>
                {list.into_iter().enumerate().map(|(i, n)| view! { <option value=i.to_string()>{n}</option> }).collect_view()}
            </optgroup>
        }
    };
    view! {
        <div class="compare-pick">
            <label for=select_id.clone()>{app.say(choose)}</label>
            <select id=select_id on:change=on_select>{options}</select>
            <form class="compare-link" on:submit=on_link>
                <label for=link_id.clone()>{app.say(paste)}</label>
                <input id=link_id type="text" inputmode="url" autocomplete="off" prop:value=link on:input=move |ev| link.set(event_target_value(&ev))/>
                <button type="submit">{app.say(tx::USE_LINK)}</button>
            </form>
            <div class="compare-problems" role="status">
                {move || {
                    let lang = app.lang.get();
                    problem.get().into_iter().map(|t| view! { <p>{tr(t, lang)}</p> }).collect_view()
                }}
            </div>
        </div>
    }
}
