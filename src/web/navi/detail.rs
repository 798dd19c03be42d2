//! One measure: its names, the calculator form, the result and the basis panels.

use super::basis::basis_view;
use super::fields::field_view;
use super::form::Form;
use super::list::{ministry, other_name};
use super::result::{result_view, Outcome};
use super::texts as tx;
use crate::link::View;
use crate::nav::{self, ViewLink};
use crate::state::use_app;
use crate::texts::{yen, RESET};
use crate::ui::source::cite;
use kofukin::engine::measures::{self, Measure};
use kofukin::engine::sources::SourceRef;
use leptos::prelude::*;

#[component]
pub fn Detail(measure: &'static Measure) -> impl IntoView {
    let app = use_app();
    let m = measure;
    let (initial, notices) = Form::from_pairs(m.inputs, &app.other.get_untracked());
    if !notices.is_empty() {
        app.notices.update(|n| n.extend(notices));
    }
    let form = RwSignal::new(initial);
    let outcome: Memo<Outcome> =
        Memo::new_with_compare(move |_| form.with(|f| measures::compute(m.id, &f.to_json(m.inputs))), |_, _| true);
    Effect::new(move |_| {
        let pairs = form.with(|f| f.to_pairs(m.inputs));
        if app.other.with_untracked(|o| *o != pairs) {
            app.other.set(pairs);
        }
    });
    let lang = move || app.lang.get();
    let meta = move || {
        let lang = lang();
        let funds =
            m.funds.iter().map(|f| f.label().get(lang).to_string()).collect::<Vec<_>>().join(tx::LIST_SEP.get(lang));
        view! {
            {other_name(m, lang)}
            <p class="summary-line">{m.summary.get(lang).to_string()}</p>
            <dl class="card-meta">
                <div><dt>{tx::MINISTRY.get(lang).to_string()}</dt><dd>{ministry(m, lang)}</dd></div>
                <div><dt>{tx::FUNDS.get(lang).to_string()}</dt><dd>{funds}</dd></div>
                <div><dt>{tx::SOURCE_FILE.get(lang).to_string()}</dt><dd>{cite(lang, &SourceRef::new(m.source))}</dd></div>
            </dl>
        }
    };
    let preset = move || {
        app.other.track();
        nav::href(app, View::Navi, app.measure.get(), app.other.get())
    };
    // Screen readers hear the new total after each change (the figures themselves are in the result).
    let announce = move || {
        let lang = lang();
        outcome.with(|o| match o {
            Ok(r) => {
                let total = yen(r.covered_total_yen);
                format!("{}: {}", tx::COVERED_TOTAL.get(lang), total.get(lang))
            }
            Err(_) => String::new(),
        })
    };
    let fields = m.inputs.iter().map(|d| field_view(app, d, form, outcome)).collect_view();
    view! {
        <div class="navi navi-detail">
            <p class="back">
                <ViewLink view=View::Navi focus="navi-h">
                    <span aria-hidden="true">"← "</span>
                    {move || tx::BACK_TO_LIST.get(lang()).to_string()}
                </ViewLink>
            </p>
            <h2 id="navi-h" tabindex="-1">{move || m.name.get(lang()).to_string()}</h2>
            {meta}
            <div class="navi-layout">
                <section class="navi-form" aria-labelledby="calc-h">
                    <h3 id="calc-h">{move || tx::CALCULATOR_HEADING.get(lang()).to_string()}</h3>
                    <p class="help">{move || tx::CALCULATOR_HELP.get(lang()).to_string()}</p>
                    <form class="calc" on:submit=move |ev| ev.prevent_default()>
                        {fields}
                    </form>
                    <button type="button" class="reset" on:click=move |_| form.set(Form::initial(m.inputs))>
                        {app.say(RESET)}
                    </button>
                    <p class="preset">
                        <a class="preset-link" href=preset>{move || tx::PRESET_LINK.get(lang()).to_string()}</a>
                        <span class="help">" "{move || tx::PRESET_HELP.get(lang()).to_string()}</span>
                    </p>
                </section>
                <section id="results" class="navi-result" aria-labelledby="result-h" tabindex="-1">
                    <h3 id="result-h">{move || tx::RESULT_HEADING.get(lang()).to_string()}</h3>
                    <p class="navi-sr" aria-live="polite">{announce}</p>
                    {move || result_view(app, m, outcome, form)}
                </section>
            </div>
            {move || basis_view(lang(), m)}
        </div>
    }
}
