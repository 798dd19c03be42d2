//! The compare view and the simulator's way into it.

use crate::compare::pick::PlanPicker;
use crate::compare::plan::{differences, plan_column};
use crate::compare::texts as tx;
use crate::link::compare::{plan, plan_value, with_plan, PLAN_A, PLAN_B};
use crate::link::View;
use crate::nav::{go, href, plain_click};
use crate::state::use_app;
use crate::texts::tr;
use kofukin::engine::simulate;
use leptos::prelude::*;

#[component]
pub fn CompareView() -> impl IntoView {
    let app = use_app();
    // 案A is the current plan until a link or a choice names another.
    let a = Memo::new(move |_| app.other.with(|o| plan(o, PLAN_A)).unwrap_or_else(|| app.scenario.get()));
    let b = Memo::new(move |_| app.other.with(|o| plan(o, PLAN_B)));
    let body = move || {
        let lang = app.lang.get();
        let sa = a.get();
        let oa = simulate(&sa);
        let column_a = plan_column(lang, "plan-a", tx::PLAN_A, &sa, &oa).into_any();
        let (column_b, diff) = match b.get() {
            Some(sb) => {
                let ob = simulate(&sb);
                (Some(plan_column(lang, "plan-b", tx::PLAN_B, &sb, &ob).into_any()), differences(lang, &oa, &ob).into_any())
            }
            None => (None, view! { <p class="compare-none">{tr(tx::NO_PLAN_B, lang)}</p> }.into_any()),
        };
        view! {
            <div class="compare-plans">{column_a}{column_b}</div>
            {diff}
        }
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <section class="compare" aria-labelledby="compare-h">
            <h2 id="compare-h" tabindex="-1">{app.say(tx::HEADING)}</h2>
            <p class="compare-intro">{app.say(tx::INTRO)}</p>
            <div class="compare-picks">
                <PlanPicker key=PLAN_A name=tx::PLAN_A/>
                <PlanPicker key=PLAN_B name=tx::PLAN_B/>
            </div>
            {body}
            <p class="compare-actions">
                <button type="button" class="compare-print" on:click=print>{app.say(tx::PRINT)}</button>
            </p>
        </section>
    }
}

/// 「この案を比べる」: opens the compare view with the current plan as 案A.
#[component]
pub fn CompareEntry() -> impl IntoView {
    let app = use_app();
    let other = move || with_plan(&[], PLAN_A, Some(app.scenario.with(plan_value)));
    view! {
        <p class="compare-entry">
            <a
                href=move || href(app, View::Compare, None, other())
                on:click=move |ev: leptos::ev::MouseEvent| {
                    if plain_click(&ev) {
                        ev.prevent_default();
                        let o = with_plan(&[], PLAN_A, Some(app.scenario.with_untracked(plan_value)));
                        go(app, View::Compare, None, o, "compare-h");
                    }
                }
            >
                {app.say(tx::COMPARE)}
            </a>
        </p>
    }
}
