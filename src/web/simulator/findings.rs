//! The findings of one result column: consecutive findings of one project with the same code (one per
//! year, say) are shown as one item naming the years, most severe first.

use crate::simulator::texts as tx;
use crate::texts::{finding_message, project_label, tr, SEP, SOURCE_LABEL};
use crate::ui::finding::finding_item;
use crate::ui::source::source_line;
use kofukin::engine::finding::Finding;
use kofukin::engine::outcome::RuleSetOutcome;
use kofukin::engine::text::Lang;
use leptos::prelude::*;

struct Group<'a> {
    who: Option<String>,
    first: &'a Finding,
    years: Vec<u32>,
    count: usize,
}

fn groups(lang: Lang, r: &RuleSetOutcome) -> Vec<Group<'_>> {
    let mut groups: Vec<Group> = Vec::new();
    let mut all: Vec<(Option<String>, &Finding)> = r.findings.iter().map(|f| (None, f)).collect();
    for p in &r.projects {
        let who = tr(project_label(p.index + 1, &p.kind.short_label(), &p.name), lang);
        all.extend(p.findings.iter().map(|f| (Some(who.clone()), f)));
    }
    for (who, f) in all {
        match groups.last_mut() {
            Some(g)
                if who.is_some()
                    && f.year.is_some()
                    && g.who == who
                    && g.first.code == f.code
                    && g.first.severity == f.severity =>
            {
                g.count += 1;
                g.years.extend(f.year);
            }
            _ => groups.push(Group { who, first: f, years: f.year.into_iter().collect(), count: 1 }),
        }
    }
    groups.sort_by_key(|g| g.first.severity);
    groups
}

/// "year 2", "years 2–4" or "year 1 · year 3".
fn years_text(lang: Lang, years: &[u32]) -> Option<String> {
    match years {
        [] => None,
        [y] => Some(tr(tx::year_short(*y), lang)),
        [a, .., b] if years.windows(2).all(|w| w[1] == w[0] + 1) => Some(tr(tx::year_range(*a, *b), lang)),
        ys => Some(ys.iter().map(|y| tr(tx::year_short(*y), lang)).collect::<Vec<_>>().join(SEP.get(lang))),
    }
}

pub fn findings(lang: Lang, r: &RuleSetOutcome) -> impl IntoView {
    let groups = groups(lang, r);
    let empty = groups.is_empty();
    let items = groups
        .into_iter()
        .map(|g| {
            let f = g.first;
            let who = g.who.unwrap_or_else(|| tr(tx::WHOLE_SCENARIO, lang));
            let whereabouts = match years_text(lang, &g.years) {
                Some(y) => format!("{who}{}{y}", SEP.get(lang)),
                None => who,
            };
            let more = if g.count > 1 { format!(" {}", tx::more_alike(g.count - 1).get(lang)) } else { String::new() };
            let source = source_line(lang, SOURCE_LABEL, &f.source_ref);
            let msg = format!("{}{more}", finding_message(f).get(lang));
            finding_item(lang, f.severity, f.code.as_str(), Some(whereabouts), msg, source)
        })
        .collect_view();
    view! {
        <h4>{tr(tx::FINDINGS_HEADING, lang)}</h4>
        {if empty {
            view! { <p class="empty">{tr(tx::NO_FINDINGS, lang)}</p> }.into_any()
        } else {
            view! { <ul class="findings">{items}</ul> }.into_any()
        }}
    }
}
