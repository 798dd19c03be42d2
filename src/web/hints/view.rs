//! The 改善のヒント region. The suggestions are computed 400 ms after the scenario stops changing, off
//! the path that updates the totals (no memo the results read), and shown with their exact deltas.

use kofukin::engine::hints::{hints, Hint};
use crate::hints::texts as tx;
use crate::state::{use_app, AppState};
use crate::texts::{finding_message, tr, SOURCE_LABEL};
use crate::ui::focus::focus_after_render;
use crate::ui::money::oku_difference;
use crate::ui::source::source_line;
use gloo_timers::callback::Timeout;
use kofukin::engine::finding::{Code, Finding};
use kofukin::engine::money::Yen;
use kofukin::engine::outcome::Outcome;
use kofukin::engine::sources::SourceRef;
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

/// How long the scenario must stay unchanged before the suggestions are computed.
const SETTLE_MS: u32 = 400;

/// A suggestion and the rule it works around: the finding's message and its source.
#[derive(Clone)]
struct Shown {
    hint: Hint,
    rule: Option<(Text, SourceRef)>,
}

/// The current plan's 2.0 finding with the hint's code, the hint's project's first.
fn rule_of(o: &Outcome, code: Code, project: usize) -> Option<(Text, SourceRef)> {
    let r = &o.rule_sets.gen2;
    let own = r.projects.iter().filter(|p| p.index == project).flat_map(|p| p.findings.iter());
    let others = r.projects.iter().flat_map(|p| p.findings.iter()).chain(r.findings.iter());
    let f: &Finding = own.chain(others).find(|f| f.code == code)?;
    Some((finding_message(f), f.source_ref()))
}

fn compute(app: AppState) -> Option<Vec<Shown>> {
    let list = app.scenario.try_with_untracked(hints)?.hints;
    app.outcome.try_with_untracked(|o| {
        list.into_iter().map(|hint| Shown { rule: rule_of(o, hint.reason_code, hint.project), hint }).collect()
    })
}

#[component]
pub fn HintsRegion() -> impl IntoView {
    let app = use_app();
    // `None` while the input is changing or the suggestions are being computed.
    let shown: RwSignal<Option<Vec<Shown>>> = RwSignal::new(None);
    let pending: Rc<RefCell<Option<Timeout>>> = Rc::new(RefCell::new(None));
    Effect::new(move |_| {
        app.scenario.track();
        if shown.with_untracked(Option::is_some) {
            shown.set(None);
        }
        let timer = Timeout::new(SETTLE_MS, move || {
            if let Some(list) = compute(app) {
                let _ = shown.try_set(Some(list));
            }
        });
        // Replacing the previous timer cancels it.
        *pending.borrow_mut() = Some(timer);
    });
    let body = move || {
        let lang = app.lang.get();
        match shown.get() {
            None => view! { <p class="hints-busy">{tr(tx::COMPUTING, lang)}</p> }.into_any(),
            Some(list) if list.is_empty() => view! { <p class="hints-none">{tr(tx::NONE, lang)}</p> }.into_any(),
            Some(list) => view! {
                <ol class="hints-list">
                    {list.into_iter().enumerate().map(|(i, s)| hint_item(app, lang, i, s)).collect_view()}
                </ol>
            }
            .into_any(),
        }
    };
    view! {
        <section class="hints" role="region" aria-labelledby="hints-h" aria-busy=move || shown.with(Option::is_none).to_string()>
            <h2 id="hints-h" tabindex="-1">{app.say(tx::HEADING)}</h2>
            <p class="hints-intro">{app.say(tx::INTRO)}</p>
            <crate::compare::CompareEntry/>
            {body}
        </section>
    }
}

fn hint_item(app: AppState, lang: Lang, i: usize, s: Shown) -> impl IntoView {
    let Shown { hint, rule } = s;
    let desc_id = format!("hint-{i}");
    let national = (hint.delta_gen2_national != Yen::ZERO).then(|| {
        view! {
            <li>{tr(tx::NATIONAL_DELTA, lang)}" "{oku_difference(lang, hint.delta_gen2_national.to_oku(), "hint-national", true)}</li>
        }
    });
    let local = (hint.delta_gen2_local_burden != Yen::ZERO).then(|| {
        view! {
            <li>{tr(tx::LOCAL_DELTA, lang)}" "{oku_difference(lang, hint.delta_gen2_local_burden.to_oku(), "hint-local", true)}</li>
        }
    });
    let rule = match rule {
        Some((message, source)) => view! {
            <p class="hint-rule">
                {tr(tx::WORKS_AROUND, lang)}": "{tr(message, lang)}
                <span class="hint-source">{source_line(lang, SOURCE_LABEL, &source)}</span>
            </p>
        }
        .into_any(),
        None => view! { <p class="hint-rule">{tr(tx::WORKS_AROUND, lang)}": "<code>{hint.reason_code.as_str()}</code></p> }.into_any(),
    };
    let scenario = hint.scenario.clone();
    let apply = move |_| {
        app.scenario.set(scenario.clone());
        focus_after_render("hints-h");
    };
    view! {
        <li class="hint">
            <p class="hint-kind">{tr(hint.kind.label(), lang)}</p>
            <p class="hint-desc" id=desc_id.clone()>{tr(hint.description.clone(), lang)}</p>
            <ul class="hint-deltas">{national}{local}</ul>
            {rule}
            <button type="button" class="hint-apply" aria-describedby=desc_id on:click=apply>
                {tr(tx::APPLY, lang)}
            </button>
        </li>
    }
}
