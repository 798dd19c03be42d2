//! The statement page. The latest run is fetched from `accessibility-results.json` (precached by the
//! service worker, so the page works offline).

use crate::accessibility::results::Run;
use crate::accessibility::texts as tx;
use crate::state::use_app;
use crate::texts::{NAV_DONATION, NAV_NAVI, NAV_SIM};
use crate::ui::table::{scroll_table, Caption};
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The results file, beside the page.
const RESULTS: &str = "accessibility-results.json";

async fn fetch_run() -> Option<Run> {
    let w = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(w.fetch_with_str(RESULTS)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    Run::parse(&text)
}

/// The name of a view as the header navigation shows it.
fn view_name(view: &str) -> Text {
    match view {
        "donation" => NAV_DONATION,
        "navi" => NAV_NAVI,
        "accessibility" => tx::LINK,
        "sim" => NAV_SIM,
        other => Text::owned(other.to_owned(), other.to_owned()),
    }
}

#[component]
pub fn AccessibilityView() -> impl IntoView {
    let app = use_app();
    // None: loading; Some(None): unavailable.
    let run: RwSignal<Option<Option<Run>>> = RwSignal::new(None);
    spawn_local(async move { run.set(Some(fetch_run().await)) });
    let say = move |t: Text| app.say(t);
    let items = move |list: Vec<Text>| list.into_iter().map(|t| view! { <li>{say(t)}</li> }).collect_view();
    view! {
        <article class="statement">
            <h2 id="accessibility-h" tabindex="-1">{say(tx::HEADING)}</h2>
            <h3>{say(tx::TARGET_H)}</h3>
            <p>{say(tx::TARGET)}</p>
            <h3>{say(tx::HOW_H)}</h3>
            <ul>
                <li>{say(tx::HOW_AXE)}</li>
                <li>{say(tx::HOW_KEYBOARD)}</li>
                <li>{say(tx::HOW_NAMES)}</li>
            </ul>
            <p>{say(tx::HOW_EVERY_BUILD)}</p>
            <h3>{say(tx::RESULT_H)}</h3>
            {move || {
                let lang = app.lang.get();
                match run.get() {
                    None => view! { <p class="statement-loading">{tx::LOADING.get(lang).to_owned()}</p> }.into_any(),
                    Some(None) => view! { <p class="statement-missing">{tx::UNAVAILABLE.get(lang).to_owned()}</p> }.into_any(),
                    Some(Some(r)) => latest_run(lang, r).into_any(),
                }
            }}
            <h3>{say(tx::LIMITS_H)}</h3>
            <ul>{items(tx::LIMITS.to_vec())}</ul>
            <section class="statement-placeholder" aria-labelledby="statement-contact-h">
                <h3 id="statement-contact-h">{say(tx::CONTACT_H)}</h3>
                <p>{say(tx::CONTACT_NOTE)}</p>
                <ul>{items(tx::CONTACT_FIELDS.to_vec())}</ul>
            </section>
        </article>
    }
}

fn latest_run(lang: Lang, r: Run) -> impl IntoView {
    let get = |t: Text| t.get(lang).to_owned();
    let widths = r.widths().iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
    let verdict = if r.passed() { tx::PASS } else { tx::FAIL };
    let rows = r
        .checks
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">{get(view_name(&c.view))}</th>
                    <td>{c.lang.clone()}</td>
                    <td><code>{if c.query.is_empty() { "—".to_owned() } else { c.query.clone() }}</code></td>
                    <td class="num">{c.width}</td>
                    <td class="num">{c.violations}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <dl class="statement-run">
            <dt>{get(tx::RESULT_DATE)}</dt>
            <dd class="run-date" data-value=r.date.clone()>{r.date.clone()}</dd>
            <dt>{get(tx::RESULT_TOOL)}</dt>
            <dd>{r.tool.clone()}</dd>
            <dt>{get(tx::RESULT_PAGES)}</dt>
            <dd class="run-pages" data-value=r.checks.len()>{get(tx::pages_checked(r.checks.len(), &widths))}</dd>
            <dt>{get(tx::RESULT_VIOLATIONS)}</dt>
            <dd class="run-violations" data-value=r.violations>{r.violations}</dd>
            <dt>{get(tx::RESULT_VERDICT)}</dt>
            <dd class="run-result" data-value=r.result.clone()>{get(verdict)}</dd>
        </dl>
        {scroll_table(
            get(tx::TABLE_CAPTION),
            None,
            Some("statement-table"),
            Caption::Title(get(tx::TABLE_CAPTION)),
            [tx::COL_VIEW, tx::COL_LANG, tx::COL_QUERY, tx::COL_WIDTH, tx::RESULT_VIOLATIONS].map(get).to_vec(),
            rows,
        )}
    }
}
