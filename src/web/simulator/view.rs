//! The simulator page: controls and results side by side, then the cost views and the panels, and the
//! totals that stay in view on narrow screens.

use crate::simulator::controls::Controls;
use crate::simulator::panels::Panels;
use crate::simulator::results::Results;
use crate::simulator::ops;
use crate::simulator::texts as tx;
use crate::state::use_app;
use crate::texts::{rule_set_short, tr};
use crate::ui::money::{oku_difference, oku_figure};
use leptos::prelude::*;

#[component]
pub fn SimulatorView() -> impl IntoView {
    view! {
        <div class="layout">
            <Controls/>
            <Results/>
        </div>
        <crate::share::ShareBar/>
        <crate::costs::editor::Editor/>
        <crate::costs::saved::SavedScenarios/>
        <Panels/>
        <QuickTotals/>
    }
}

/// On narrow screens, both totals and the difference stay in view at the bottom while the sliders
/// move (a visual aid only: the same figures are in the result regions).
#[component]
fn QuickTotals() -> impl IntoView {
    let app = use_app();
    app.with_outcome(move |lang, o| {
        let (g1, g2, diff) = (&o.rule_sets.gen1, &o.rule_sets.gen2, ops::difference(o));
        view! {
            <div class="quick-totals" aria-hidden="true">
                <span><b>{rule_set_short(g1)}</b>" "{oku_figure(lang, g1.total_national_oku, "quick-total")}</span>
                <span><b>{rule_set_short(g2)}</b>" "{oku_figure(lang, g2.total_national_oku, "quick-total")}</span>
                <span class="quick-diff">
                    <b>{tr(tx::QUICK_DIFFERENCE, lang)}</b>" "
                    {oku_difference(lang, diff, "", false)}
                </span>
            </div>
        }
    })
}
