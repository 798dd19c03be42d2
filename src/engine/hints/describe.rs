//! The sentence a person reads for a hint, in Japanese and English. Written only for the hints that
//! are listed, not for every candidate tried.

use super::candidates::{Candidate, Change};
use crate::engine::money::Yen;
use crate::engine::scenario::Scenario;
use crate::engine::text::Text;

/// The project as a reader finds it in the list: its number (from 1) and its name when it has one.
fn label(s: &Scenario, i: usize) -> Text {
    let n = i + 1;
    match s.projects.get(i).map(|p| p.name.trim()).filter(|name| !name.is_empty()) {
        Some(name) => Text::owned(format!("事業{n}「{name}」"), format!("project {n} “{name}”")),
        None => Text::owned(format!("事業{n}"), format!("project {n}")),
    }
}

/// Amounts in 億円, separated by " / ".
fn amounts(list: &[Yen]) -> String {
    list.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(" / ")
}

/// What the hint changes, in both languages.
pub(super) fn describe(s: &Scenario, c: &Candidate) -> Text {
    let l = label(s, c.project);
    let (ja, en) = (&l.ja, &l.en);
    match &c.change {
        Change::Move { from, to } => Text::owned(
            format!("{ja}の優先順位を{}番目から{}番目に上げる", from + 1, to + 1),
            format!("Move {en} up the priority order from position {} to {}", from + 1, to + 1),
        ),
        Change::StartYear { from, to } => {
            let years = s.projects.get(c.project).map_or(1, |p| p.years);
            Text::owned(
                format!("{ja}の開始を{from}年目から{to}年目に変える（事業期間{years}か年度は同じ）"),
                format!("Start {en} in year {to} instead of year {from} (the same {years}-year period)"),
            )
        }
        Change::OutsideCap => Text::owned(
            format!(
                "{ja}を通常の申請上限件数の枠外（２件）で申請する。枠外は「一定の条件」を満たす事業に限られ、本ツールはその条件を確認していません"
            ),
            format!(
                "Apply for {en} in one of the two slots outside the normal limit. They are for projects meeting 「一定の条件」 (certain conditions), which this tool does not check"
            ),
        ),
        Change::CostProfile { before, after } => {
            let total: Yen = before.iter().copied().sum();
            let (b, a) = (amounts(before), amounts(after));
            Text::owned(
                format!("{ja}の年度別事業費を {b} から {a} 億円に組み替える（総額{total}億円と年度は同じ）"),
                format!("Spread the cost of {en} as {a} 億円 per year instead of {b} (the same total of {total} 億円 over the same years)"),
            )
        }
    }
}
