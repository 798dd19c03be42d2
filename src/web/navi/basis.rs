//! The panels under a measure: its parameters with their quotes (根拠), the conditions it does not check
//! with what it does not compute, and the readings that apply.

use super::texts as tx;
use crate::ui::format::grouped_int;
use crate::ui::source::source_line;
use crate::ui::table::{scroll_table, Caption};
use kofukin::engine::measures::Measure;
use kofukin::engine::sources::SourceRef;
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;

pub fn basis_view(lang: Lang, m: &'static Measure) -> impl IntoView {
    let t = |x: Text| x.get(lang).to_string();
    let params = m
        .params
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row" class="quote"><q lang="ja">{p.quote}</q></th>
                    <td class="num">{value_text(&p.value_text())}</td>
                    <td class="unit-cell">{t(p.unit.label())}</td>
                </tr>
            }
        })
        .collect_view();
    let conditions = m.conditions_ja.iter().map(|c| view! { <li lang="ja">{*c}</li> }).collect_view();
    let readings =
        m.readings.iter().map(|r| view! { <li data-reading=r.id>{r.text.get(lang).to_string()}</li> }).collect_view();
    let not_computed = (!m.not_computed.is_empty()).then(|| {
        view! {
            <h3>{t(tx::NOT_COMPUTED_HEADING)}</h3>
            <ul>{m.not_computed.iter().map(|s| view! { <li>{s.get(lang).to_string()}</li> }).collect_view()}</ul>
        }
    });
    let columns = [tx::COL_QUOTE, tx::COL_VALUE, tx::COL_UNIT].map(t).to_vec();
    let quotes_note = Some(t(tx::QUOTES_IN_JA)).filter(|s| !s.is_empty());
    view! {
        <div class="panels navi-panels">
            <details class="panel navi-params" open>
                <summary><h2>{t(tx::PARAMS_HEADING)}</h2></summary>
                {quotes_note.map(|s| view! { <p class="help">{s}</p> })}
                {scroll_table(t(tx::PARAMS_HEADING), None, None, Caption::None, columns, params)}
                {source_line(lang, tx::SOURCE_FILE, &SourceRef::new(m.source))}
            </details>
            <details class="panel navi-conditions" open>
                <summary><h2>{t(tx::CONDITIONS_HEADING)}</h2></summary>
                <p class="help">{t(tx::CONDITIONS_INTRO)}{t(tx::CONDITIONS_IN_JA)}</p>
                <ul>{conditions}</ul>
                {not_computed}
            </details>
            <details class="panel navi-readings" open>
                <summary><h2>{t(tx::READINGS_HEADING)}</h2></summary>
                <p class="help">{t(tx::READINGS_INTRO)}</p>
                <ul>{readings}</ul>
            </details>
        </div>
    }
}

/// "15000000" → "15,000,000"; fractions and decimals as written.
fn value_text(v: &str) -> String {
    match v.parse::<u64>() {
        Ok(n) => grouped_int(n),
        Err(_) => v.to_string(),
    }
}
