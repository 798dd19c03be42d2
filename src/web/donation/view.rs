//! 企業版ふるさと納税 for a company (`view=donation`; docs/format.md, the donation calculator): the
//! donation and the company's taxes in, the result out (`outcome`). The inputs live in the URL under
//! their JSON field names. The scheme's conditions stand next to it with their sources.

use crate::donation::conditions::Conditions;
use crate::donation::field::{compute, names, shown, to_json, url_value, Field};
use crate::donation::outcome::outcome_view;
use crate::donation::texts as dt;
use crate::link::Notice;
use crate::state::use_app;
use crate::texts::tr;
use crate::ui::lines::both_languages;
use leptos::prelude::*;

#[component]
pub fn DonationView() -> impl IntoView {
    let app = use_app();

    // Initial values: the link's, or the engine's example input.
    let initial: [String; 5] = Field::ALL.map(|f| {
        let given = app.other.with_untracked(|o| o.iter().rev().find(|(k, _)| k == f.key()).map(|(_, v)| v.clone()));
        match given {
            Some(v) if to_json(f, &v).is_some() => v,
            Some(v) => {
                app.notices.update(|n| n.push(Notice::new(f.key(), &v, &dt::BAD_LINK_VALUE)));
                f.default_value()
            }
            None => f.default_value(),
        }
    });
    let texts = RwSignal::new(initial);
    let result = Memo::new_with_compare(move |_| texts.with(compute), |_, _| true);

    // Writes the inputs into the URL keys (the page's URL sync debounces the write).
    let write_url = move || {
        let values = texts.get_untracked();
        app.other.update(|o| {
            o.retain(|(k, _)| !Field::ALL.iter().any(|f| f.key() == k));
            for (f, v) in Field::ALL.into_iter().zip(values.iter()) {
                o.push((f.key().to_string(), url_value(f, v)));
            }
        });
    };

    let inputs = Field::ALL
        .into_iter()
        .enumerate()
        .map(|(k, f)| {
            let id = format!("don-{}", f.key());
            let help_id = format!("{id}-help");
            let help =
                (f == Field::Rate).then(|| view! { <p class="help" id=help_id.clone()>{app.say(dt::DEDUCTION_HELP)}</p> });
            let draft: RwSignal<Option<String>> = RwSignal::new(None);
            view! {
                <div class="ed-field">
                    <label for=id.clone()>{app.say(f.label())}</label>
                    <span class="typed-wrap">
                        <input
                            type="text"
                            id=id
                            class="amount"
                            inputmode=if f.is_yen() { "numeric" } else { "decimal" }
                            autocomplete="off"
                            aria-describedby={
                                let help_id = help_id.clone();
                                move || {
                                    let mut ids: Vec<&str> = Vec::new();
                                    if f == Field::Rate {
                                        ids.push(&help_id);
                                    }
                                    if result.with(|r| r.is_err()) {
                                        ids.push("donation-problem");
                                    }
                                    (!ids.is_empty()).then(|| ids.join(" "))
                                }
                            }
                            aria-invalid=move || {
                                result.with(|r| r.as_ref().err().is_some_and(|p| p.ja.iter().any(|l| names(l, f)))).then_some("true")
                            }
                            prop:value=move || draft.get().unwrap_or_else(|| texts.with(|t| shown(f, &t[k])))
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                draft.set(Some(v.clone()));
                                texts.update(|t| t[k] = v);
                                write_url();
                            }
                            on:change=move |_| draft.set(None)
                        />
                        {f.is_yen().then(|| view! { <span class="unit" aria-hidden="true">{app.say(dt::YEN_UNIT)}</span> })}
                    </span>
                    {help}
                </div>
            }
        })
        .collect_view();

    view! {
        <section class="donation-view" role="region" aria-labelledby="donation-h">
            <h2 id="donation-h">{app.say(dt::HEADING)}</h2>
            <p class="help">{app.say(dt::INTRO)}</p>
            <div class="donation-layout">
                <form class="donation-inputs" on:submit=move |ev| ev.prevent_default()>
                    {inputs}
                </form>
                <div class="donation-results">
                    {move || {
                        let lang = app.lang.get();
                        result.with(|r| match r {
                            Ok(out) => outcome_view(lang, out).into_any(),
                            Err(p) => {
                                let minimum = p.below_minimum.then(|| {
                                    view! { <p class="minimum-message"><strong>{tr(dt::MINIMUM_MESSAGE, lang)}</strong></p> }
                                });
                                view! {
                                    <div class="input-problem" id="donation-problem" role="alert">
                                        <h3>{tr(dt::INPUT_PROBLEM, lang)}</h3>
                                        {minimum}
                                        {both_languages(lang, p.ja.clone(), p.en.clone())}
                                    </div>
                                }
                                .into_any()
                            }
                        })
                    }}
                </div>
                <Conditions/>
            </div>
        </section>
    }
}
