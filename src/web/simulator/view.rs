//! The simulator page: controls and results side by side, then the cost views and the panels, the
//! totals that stay in view on narrow screens, and the announcement of the totals once input settles.

use crate::simulator::controls::Controls;
use crate::simulator::results::Results;
use crate::simulator::texts as tx;
use crate::state::{use_app, Stage};
use crate::texts::{rule_set_short, tr};
use crate::ui::format::{grouped_2dp, signed_2dp};
use crate::ui::money::{oku_difference, oku_figure};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

#[component]
pub fn SimulatorView() -> impl IntoView {
    // The first render in short tasks (`Stage`): the controls, then the results, then what lies below.
    let stage = crate::state::stage();
    view! {
        <div class="layout">
            {move || stage.reached(Stage::CONTROLS).then(|| view! { <Controls/> })}
            {move || stage.reached(Stage::RESULTS).then(|| view! { <Results/> })}
        </div>
        {move || stage.reached(Stage::BELOW).then(|| view! { <crate::simulator::below::Below/> })}
        <QuickTotals/>
        <TotalsAnnouncer/>
    }
}

/// How long the results stay unchanged before they are announced (ms): a slider drag or typing is
/// announced once, at its end.
const SETTLE_MS: u32 = 500;

/// A polite status region that says both 国費合計 and the difference once input settles (not on
/// the first render, and not for every step of a slider).
#[component]
fn TotalsAnnouncer() -> impl IntoView {
    let app = use_app();
    let said = RwSignal::new(String::new());
    let pending: Rc<RefCell<Option<Timeout>>> = Rc::new(RefCell::new(None));
    let text = app.with_outcome(|lang, o| {
        let (g1, g2) = (o.rule_sets.gen1.total_national_oku.to_oku(), o.rule_sets.gen2.total_national_oku.to_oku());
        tr(tx::totals_announcement(&grouped_2dp(g1), &grouped_2dp(g2), &signed_2dp((o.rule_sets.gen2.comparable_national_oku - o.rule_sets.gen1.comparable_national_oku).to_oku())), lang)
    });
    Effect::new(move |prev: Option<()>| {
        let text = text();
        if prev.is_some() {
            // Replacing the previous timer cancels it (gloo's Timeout clears itself on drop).
            *pending.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || _ = said.try_set(text)));
        }
    });
    view! { <p class="sr-live totals-live" role="status" aria-live="polite" aria-atomic="true">{move || said.get()}</p> }
}

/// On narrow screens, both totals and the difference stay in view at the bottom while the sliders
/// move (the same figures as the result regions, readable by assistive technology too; a group,
/// not a landmark, so the page's landmark names stay unique).
#[component]
fn QuickTotals() -> impl IntoView {
    let app = use_app();
    app.with_outcome(move |lang, o| {
        let (g1, g2, c) = (&o.rule_sets.gen1, &o.rule_sets.gen2, o.comparison());
        let (before, after) = tx::quick_words(c.verdict);
        let say = move |t: Option<kofukin::engine::text::Text>| t.map(|t| format!("{} ", tr(t, lang)));
        view! {
            <div class="quick-totals" role="group" aria-label=tr(tx::QUICK_TOTALS, lang)>
                <span><b>{rule_set_short(g1)}</b>" "{oku_figure(lang, g1.total_national_oku, "quick-total")}</span>
                <span><b>{rule_set_short(g2)}</b>" "{oku_figure(lang, g2.total_national_oku, "quick-total")}</span>
                <span class="quick-diff">
                    <b>{tr(tx::QUICK_DIFFERENCE, lang)}</b>" "{say(before)}
                    {oku_difference(lang, c.national_diff.to_oku(), "", false)}
                    {say(after).map(|s| format!(" {}", s.trim_end()))}
                </span>
            </div>
        }
    })
}
