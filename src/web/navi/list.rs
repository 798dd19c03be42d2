//! The 財源ナビ view: the list of measures with its filters and search, or one measure.

use super::detail::Detail;
use super::form as nf;
use super::texts as tx;
use crate::link::{Notice, View};
use crate::nav::ViewLink;
use crate::state::use_app;
use crate::texts::{page_title, tr, APP_TITLE, NAV_NAVI};
use kofukin::engine::measures::{self, Fund, Measure};
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;

#[component]
pub fn Navi() -> impl IntoView {
    let app = use_app();
    // A link to an unknown measure shows the list, with a notice.
    if let Some(id) = app.measure.get_untracked() {
        if measures::get(&id).is_none() {
            app.notices.update(|n| n.push(Notice::new("measure", &id, &tx::UNKNOWN_MEASURE)));
            app.measure.set(None);
        }
    }
    let measure = Memo::new(move |_| app.measure.get().and_then(|id| measures::get(&id)).map(|m| m.id));
    // The document title names the view (and the measure); the app's own title comes back on leaving.
    Effect::new(move |_| {
        let lang = app.lang.get();
        let (navi, app_title) = (tr(NAV_NAVI, lang), tr(APP_TITLE, lang));
        let title = match measure.get().and_then(measures::get) {
            Some(m) => format!("{} — {navi} — {app_title}", m.name.get(lang)),
            None => format!("{navi} — {app_title}"),
        };
        document().set_title(&title);
    });
    on_cleanup(move || document().set_title(&page_title(app.lang.get_untracked())));
    move || match measure.get().and_then(measures::get) {
        Some(m) => view! { <Detail measure=m/> }.into_any(),
        None => view! { <List/> }.into_any(),
    }
}

/// Whether a measure is shown for the selected funds and the search words (names, ministry, funds and
/// summary, in both languages).
fn matches(m: &Measure, funds: &[Fund], q: &str) -> bool {
    let mut hay: Vec<Text> = vec![Text::new(m.id, m.id), m.name.clone(), m.ministry.label(), m.summary.clone()];
    hay.extend(m.funds.iter().map(|f| f.label()));
    let hay = hay.iter().flat_map(|t| [t.ja.as_ref(), t.en.as_ref()]).collect::<Vec<_>>().join("\n");
    let ids = |fs: &[Fund]| fs.iter().map(|f| f.id().to_string()).collect::<Vec<_>>();
    nf::shown(&ids(m.funds), &hay, &ids(funds), q)
}

#[component]
fn List() -> impl IntoView {
    let app = use_app();
    let other = app.other.get_untracked();
    let get = |k: &str| other.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
    let initial_funds: Vec<Fund> =
        get("funds").map(|v| v.split(',').filter_map(Fund::from_id).collect()).unwrap_or_default();
    let funds = RwSignal::new(initial_funds);
    let q = RwSignal::new(get("q").unwrap_or_default());
    Effect::new(move |_| {
        let mut pairs = Vec::new();
        let f = funds.get();
        if !f.is_empty() {
            pairs.push(("funds".to_string(), f.iter().map(|f| f.id()).collect::<Vec<_>>().join(",")));
        }
        let text = q.get();
        if !text.trim().is_empty() {
            pairs.push(("q".to_string(), text));
        }
        if app.other.with_untracked(|o| *o != pairs) {
            app.other.set(pairs);
        }
    });
    let lang = move || app.lang.get();
    let shown = Memo::new(move |_| {
        let (f, text) = (funds.get(), q.get());
        measures::all().iter().filter(|m| matches(m, &f, &text)).map(|m| m.id).collect::<Vec<_>>()
    });
    let total = measures::all().len();

    let toggles = Fund::ALL
        .into_iter()
        .map(|fund| {
            view! {
                <button
                    type="button"
                    class="fund-toggle"
                    aria-pressed=move || if funds.with(|f| f.contains(&fund)) { "true" } else { "false" }
                    on:click=move |_| {
                        funds.update(|f| {
                            if let Some(i) = f.iter().position(|x| *x == fund) {
                                f.remove(i);
                            } else {
                                f.push(fund);
                                f.sort_by_key(|x| Fund::ALL.iter().position(|a| a == x));
                            }
                        })
                    }
                >
                    {move || fund.label().get(lang()).to_string()}
                </button>
            }
        })
        .collect_view();

    view! {
        <section id="results" class="navi navi-list" aria-labelledby="navi-h">
            <h2 id="navi-h" tabindex="-1">{move || tx::HEADING.get(lang()).to_string()}</h2>
            <p class="navi-intro">{move || tx::INTRO.get(lang()).to_string()}</p>
            <div class="navi-filters">
                <div class="fund-group" role="group" aria-labelledby="fund-h" aria-describedby="fund-help">
                    <span id="fund-h" class="group-label">{move || tx::FILTER_HEADING.get(lang()).to_string()}</span>
                    <div class="fund-toggles">{toggles}</div>
                    <p id="fund-help" class="help">{move || tx::FILTER_HELP.get(lang()).to_string()}</p>
                </div>
                <div class="search-row">
                    <label for="navi-q">{move || tx::SEARCH_LABEL.get(lang()).to_string()}</label>
                    <input
                        type="search"
                        id="navi-q"
                        class="navi-search"
                        autocomplete="off"
                        placeholder=move || tx::SEARCH_PLACEHOLDER.get(lang()).to_string()
                        prop:value=move || q.get()
                        on:input=move |ev| q.set(event_target_value(&ev))
                    />
                </div>
                <button
                    type="button"
                    class="clear-filters"
                    disabled=move || funds.with(Vec::is_empty) && q.with(|s| s.trim().is_empty())
                    on:click=move |_| {
                        funds.set(Vec::new());
                        q.set(String::new());
                    }
                >
                    {move || tx::CLEAR_FILTERS.get(lang()).to_string()}
                </button>
            </div>
            <p class="navi-count" role="status">
                {move || tx::count(shown.with(Vec::len), total).get(lang()).to_string()}
            </p>
            {move || {
                let ids = shown.get();
                let lang = lang();
                if ids.is_empty() {
                    return view! { <p class="empty">{tx::NONE_FOUND.get(lang).to_string()}</p> }.into_any();
                }
                let cards = measures::all()
                    .iter()
                    .filter(|m| ids.contains(&m.id))
                    .map(|m| card(m, lang))
                    .collect_view();
                view! { <ul class="measure-list">{cards}</ul> }.into_any()
            }}
        </section>
    }
}

/// The name in the page's language, and the Japanese name below it when that is another.
pub fn other_name(m: &Measure, lang: Lang) -> Option<impl IntoView> {
    (m.name.get(lang) != m.name.ja).then(|| view! { <p class="name-ja" lang="ja">{m.name.ja.to_string()}</p> })
}

/// The ministry in the page's language, with the Japanese name when that is another.
pub fn ministry(m: &Measure, lang: Lang) -> String {
    let name = m.ministry.label();
    match name.get(lang) {
        shown if shown == name.ja => shown.to_string(),
        shown => format!("{shown} ({})", name.ja),
    }
}

fn card(m: &'static Measure, lang: Lang) -> impl IntoView {
    let tags = m
        .funds
        .iter()
        .map(|f| view! { <li class=format!("fund-tag fund-{}", f.id())>{f.label().get(lang).to_string()}</li> })
        .collect_view();
    view! {
        <li class="measure-card" data-id=m.id>
            <h3>
                <ViewLink view=View::Navi measure=m.id.to_string() focus="navi-h">
                    {m.name.get(lang).to_string()}
                </ViewLink>
            </h3>
            {other_name(m, lang)}
            <p class="summary-line">{m.summary.get(lang).to_string()}</p>
            <dl class="card-meta">
                <div><dt>{tx::MINISTRY.get(lang).to_string()}</dt><dd>{ministry(m, lang)}</dd></div>
                <div><dt>{tx::FUNDS.get(lang).to_string()}</dt><dd><ul class="fund-tags">{tags}</ul></dd></div>
            </dl>
        </li>
    }
}
