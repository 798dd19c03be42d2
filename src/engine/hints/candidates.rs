//! The rearrangements tried for one project with a binding finding: a handful of earlier positions in
//! the priority order, every start year that keeps it within the plan's years, an extra 2.0 slot when
//! it lost its slot, and a few cost profiles with the same total over the same years when a pot cut
//! it in some years.

use super::HintKind;
use crate::engine::finding::Code;
use crate::engine::money::{Rate, Yen};
use crate::engine::outcome::RuleSetOutcome;
use crate::engine::scenario::{bounds, Scenario};

/// At most this many positions are tried when moving a project up.
const MAX_POSITIONS: usize = 8;
/// At most this many cost profiles are tried per project.
const MAX_PROFILES: usize = 12;

/// What a candidate changes.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Change {
    /// The project moved from position `from` to position `to` (0-based) of the priority order.
    Move {
        from: usize,
        to: usize,
    },
    StartYear {
        from: u32,
        to: u32,
    },
    OutsideCap,
    /// The project's cost per year (its own years, in yen) before and after.
    CostProfile {
        before: Vec<Yen>,
        after: Vec<Yen>,
    },
}

/// One changed scenario to evaluate.
pub(super) struct Candidate {
    pub kind: HintKind,
    /// Index of the changed project in the original scenario.
    pub project: usize,
    pub change: Change,
    /// How large the change is, for ties: positions moved, years moved, 1 for a flag, years whose
    /// cost changed.
    pub size: u32,
    pub scenario: Scenario,
}

/// Every candidate for project `i`, whose binding findings in the current plan are `codes`.
pub(super) fn for_project(s: &Scenario, base: &RuleSetOutcome, i: usize, codes: &[Code]) -> Vec<Candidate> {
    let mut out = moves(s, i);
    out.extend(start_years(s, i));
    if codes.contains(&Code::NoApplicationSlot) {
        out.extend(outside_cap(s, i));
    }
    if codes.contains(&Code::CapApplicantYear) || codes.contains(&Code::CapApplicantPeriod) {
        out.extend(cost_profiles(s, base, i));
    }
    out
}

/// Project `i` moved up: every earlier position when there are at most [`MAX_POSITIONS`], else the
/// nearest half of that many and the other half spread evenly from the top.
fn moves(s: &Scenario, i: usize) -> Vec<Candidate> {
    let half = MAX_POSITIONS / 2;
    let mut to: Vec<usize> = if i <= MAX_POSITIONS {
        (0..i).collect()
    } else {
        (0..half).map(|k| k * i / half).chain(i - half..i).collect()
    };
    to.sort_unstable();
    to.dedup();
    to.into_iter()
        .map(|j| {
            let mut scenario = s.clone();
            let p = scenario.projects.remove(i);
            scenario.projects.insert(j, p);
            Candidate {
                kind: HintKind::Move,
                project: i,
                change: Change::Move { from: i, to: j },
                size: (i - j) as u32,
                scenario,
            }
        })
        .collect()
}

/// Project `i` starting in another year such that it still ends within the plan's last year.
fn start_years(s: &Scenario, i: usize) -> Vec<Candidate> {
    let Some(p) = s.projects.get(i) else { return Vec::new() };
    let latest = (s.last_year() + 1).saturating_sub(p.years).min(bounds::MAX_START_YEAR);
    (1..=latest)
        .filter(|&y| y != p.start_year)
        .map(|y| {
            let mut scenario = s.clone();
            scenario.projects[i].start_year = y;
            Candidate {
                kind: HintKind::StartYear,
                project: i,
                change: Change::StartYear { from: p.start_year, to: y },
                size: y.abs_diff(p.start_year),
                scenario,
            }
        })
        .collect()
}

/// Project `i` applying in one of the extra slots (when it does not already).
fn outside_cap(s: &Scenario, i: usize) -> Option<Candidate> {
    s.projects.get(i).filter(|p| !p.outside_cap)?;
    let mut scenario = s.clone();
    scenario.projects[i].outside_cap = true;
    Some(Candidate { kind: HintKind::OutsideCap, project: i, change: Change::OutsideCap, size: 1, scenario })
}

/// Cost profiles of project `i` with the same total over the same years: for each year a pot cut, the
/// cost whose share was cut moved to each year with no cut; then all cut costs moved together, spread
/// over the years with no cut; then the total spread evenly.
fn cost_profiles(s: &Scenario, base: &RuleSetOutcome, i: usize) -> Vec<Candidate> {
    let (Some(p), Some(po)) = (s.projects.get(i), base.projects.get(i)) else { return Vec::new() };
    let years = p.years as usize;
    if years < 2 {
        return Vec::new();
    }
    let Some(cost) = (0..years).map(|k| Yen::from_oku(p.cost_in_year(k))).collect::<Option<Vec<Yen>>>() else {
        return Vec::new();
    };
    let rate = po.rate.and_then(|r| r.rate()).unwrap_or(Rate::HALF);
    let first = p.start_year.saturating_sub(1) as usize;
    // The cost whose national share a pot cut, per year of the project.
    let cut: Vec<Yen> = (0..years)
        .map(|k| {
            let granted = po.national_by_year_oku.get(first + k).copied().unwrap_or(Yen::ZERO);
            let lost = cost[k].times(rate).saturating_sub(granted);
            lost.divided_by(rate).min(cost[k])
        })
        .collect();
    let free: Vec<usize> = (0..years).filter(|&k| cut[k].is_zero()).collect();
    let mut profiles: Vec<Vec<Yen>> = Vec::new();
    for a in (0..years).filter(|&k| !cut[k].is_zero()) {
        for &b in &free {
            let mut after = cost.clone();
            after[a] -= cut[a];
            after[b] += cut[a];
            profiles.push(after);
        }
    }
    if free.len() > 1 {
        let moved: Yen = cut.iter().copied().sum();
        let mut after: Vec<Yen> = (0..years).map(|k| cost[k] - cut[k]).collect();
        spread(&mut after, &free, moved);
        profiles.push(after);
    }
    let total: Yen = cost.iter().copied().sum();
    let mut even = vec![Yen::ZERO; years];
    spread(&mut even, &(0..years).collect::<Vec<_>>(), total);
    profiles.push(even);

    let max = Yen::from_oku(bounds::MAX_COST_OKU).unwrap_or(Yen::UNLIMITED);
    let mut out: Vec<Candidate> = Vec::new();
    for after in profiles {
        if after == cost || after.iter().any(|&c| c < Yen::ZERO || c > max) || out.len() >= MAX_PROFILES {
            continue;
        }
        if out.iter().any(|c| matches!(&c.change, Change::CostProfile { after: a, .. } if *a == after)) {
            continue;
        }
        let mut scenario = s.clone();
        scenario.projects[i].cost_by_year_oku = Some(after.iter().map(|c| c.to_oku()).collect());
        let size = cost.iter().zip(&after).filter(|(x, y)| x != y).count() as u32;
        out.push(Candidate {
            kind: HintKind::CostProfile,
            project: i,
            change: Change::CostProfile { before: cost.clone(), after },
            size,
            scenario,
        });
    }
    out
}

/// Adds `amount` to the years `to`, in equal whole-yen parts, the remainder to the first of them.
fn spread(list: &mut [Yen], to: &[usize], amount: Yen) {
    let Some(&head) = to.first() else { return };
    let n = to.len() as i64;
    let part = Yen(amount.0 / n);
    for &k in to {
        list[k] += part;
    }
    list[head] += Yen(amount.0 - part.0 * n);
}
