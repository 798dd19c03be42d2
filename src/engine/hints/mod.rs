//! 改善のヒント (docs/format.md, "Suggestions"): rearrangements of the applicant's own plan that raise
//! the 2.0 national share, or at equal national share lower the 実質的な地方負担.
//!
//! The search stays near the current plan and changes only what the applicant controls, one thing at
//! a time: the priority order (`move`), one project's start year within the plan's years
//! (`start_year`), one of the two extra 2.0 slots (`outside_cap`), or one project's cost spread
//! differently over the same years with the same total (`cost_profile`). It never raises a cost, adds
//! a donation or a project. Each candidate is evaluated under 2.0 exactly as `simulate` would, so a
//! hint's deltas are exact and its `scenario` reproduces them.
//!
//! The search is bounded: only projects with a finding that a rearrangement can avoid (no slot, no
//! partner, a pot that cut them) are searched, the first [`MAX_TARGETS`] of them, each with a handful
//! of positions, start years and cost profiles ([`candidates`]).

mod candidates;
mod describe;

use crate::engine::finding::Code;
use crate::engine::grant::{evaluate, GEN2};
use crate::engine::money::Yen;
use crate::engine::outcome::RuleSetOutcome;
use crate::engine::scenario::Scenario;
use crate::engine::text::Text;
use candidates::{Candidate, Change};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// At most this many hints are listed.
pub const MAX_HINTS: usize = 5;
/// At most this many projects with a binding finding are searched (the first ones in list order).
pub const MAX_TARGETS: usize = 12;

/// The kind of rearrangement a hint proposes (the `kind` of a hint).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HintKind {
    /// The priority order: one project moved to another position.
    Move,
    /// One project's `start_year`, within the plan's years.
    StartYear,
    /// One project's `outside_cap`: one of the two extra 2.0 slots (「一定の条件」, not checked).
    OutsideCap,
    /// One project's cost per year: the same total over the same years, spread differently.
    CostProfile,
}

impl HintKind {
    /// The name a person reads.
    pub fn label(self) -> Text {
        match self {
            HintKind::Move => Text::new("優先順位", "Priority order"),
            HintKind::StartYear => Text::new("開始年度", "Start year"),
            HintKind::OutsideCap => Text::new("枠外の申請", "Extra slot"),
            HintKind::CostProfile => Text::new("年度別事業費", "Cost per year"),
        }
    }
}

/// One suggestion.
#[derive(Clone, Debug, PartialEq)]
pub struct Hint {
    pub kind: HintKind,
    /// Index of the project it changes, in the scenario the hints were computed for.
    pub project: usize,
    pub description: Text,
    /// Change in `rule_sets.gen2.total_national_oku`.
    pub delta_gen2_national: Yen,
    /// Change in `rule_sets.gen2.layers.remaining_local_oku`.
    pub delta_gen2_local_burden: Yen,
    /// The finding the change works around (a finding of the project in the current plan).
    pub reason_code: Code,
    /// The whole changed scenario.
    pub scenario: Scenario,
}

/// `{ "hints": [ … ] }`: at most [`MAX_HINTS`], best first.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hints {
    pub hints: Vec<Hint>,
}

impl Serialize for Hint {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(8))?;
        m.serialize_entry("kind", &self.kind)?;
        m.serialize_entry("project", &self.project)?;
        m.serialize_entry("description_ja", &self.description.ja)?;
        m.serialize_entry("description_en", &self.description.en)?;
        m.serialize_entry("delta_gen2_national_oku", &self.delta_gen2_national)?;
        m.serialize_entry("delta_gen2_local_burden_oku", &self.delta_gen2_local_burden)?;
        m.serialize_entry("reason_code", &self.reason_code)?;
        m.serialize_entry("scenario", &self.scenario)?;
        m.end()
    }
}

/// The findings a rearrangement can avoid, in the order a project's reason is chosen.
const BINDING: [Code; 4] =
    [Code::NoApplicationSlot, Code::InfraWithoutPartner, Code::CapApplicantYear, Code::CapApplicantPeriod];

/// The binding findings of project `i` in an outcome, in the order of [`BINDING`].
fn binding_codes(o: &RuleSetOutcome, i: usize) -> Vec<Code> {
    let Some(p) = o.projects.get(i) else { return Vec::new() };
    BINDING.into_iter().filter(|c| p.findings.iter().any(|f| f.code == *c)).collect()
}

/// A candidate that improves the plan, with its deltas and the order it is listed in.
struct Scored {
    cand: Candidate,
    national: Yen,
    local: Yen,
    reason: Code,
    /// Order of generation: the last tie-break, so that the list is deterministic.
    seq: usize,
}

impl Scored {
    /// Largest national delta first; at equal national, the lower local burden; then the smaller
    /// change; then kind, project and generation order.
    fn key(&self) -> (std::cmp::Reverse<Yen>, Yen, u32, HintKind, usize, usize) {
        (std::cmp::Reverse(self.national), self.local, self.cand.size, self.cand.kind, self.cand.project, self.seq)
    }
}

/// The suggestions for a scenario: at most [`MAX_HINTS`] rearrangements that raise the 2.0 national
/// share (or, at equal national share, lower the 2.0 local burden), at most one per kind and project,
/// best first. Empty when nothing near the plan does better.
pub fn hints(s: &Scenario) -> Hints {
    let base = evaluate(GEN2, s);
    let targets: Vec<(usize, Vec<Code>)> = (0..s.projects.len())
        .map(|i| (i, binding_codes(&base, i)))
        .filter(|(_, codes)| !codes.is_empty())
        .take(MAX_TARGETS)
        .collect();
    let mut kept: Vec<Scored> = Vec::new();
    let mut seq = 0;
    for (i, codes) in &targets {
        for cand in candidates::for_project(s, &base, *i, codes) {
            seq += 1;
            let out = evaluate(GEN2, &cand.scenario);
            let national = out.total_national_oku - base.total_national_oku;
            let local = out.layers.remaining_local_oku - base.layers.remaining_local_oku;
            if national < Yen::ZERO || (national == Yen::ZERO && local >= Yen::ZERO) {
                continue;
            }
            let after = binding_codes(&out, cand.new_index());
            let reason = codes.iter().copied().find(|c| !after.contains(c)).unwrap_or(codes[0]);
            let scored = Scored { cand, national, local, reason, seq };
            // One hint per kind and project: the best of them.
            match kept.iter_mut().find(|k| k.cand.kind == scored.cand.kind && k.cand.project == scored.cand.project) {
                Some(k) if scored.key() < k.key() => *k = scored,
                Some(_) => {}
                None => kept.push(scored),
            }
        }
    }
    kept.sort_by_key(Scored::key);
    kept.truncate(MAX_HINTS);
    let hints = kept
        .into_iter()
        .map(|k| Hint {
            kind: k.cand.kind,
            project: k.cand.project,
            description: describe::describe(s, &k.cand),
            delta_gen2_national: k.national,
            delta_gen2_local_burden: k.local,
            reason_code: k.reason,
            scenario: k.cand.scenario,
        })
        .collect();
    Hints { hints }
}

impl Candidate {
    /// The index of the changed project in the candidate's scenario.
    fn new_index(&self) -> usize {
        match self.change {
            Change::Move { to, .. } => to,
            _ => self.project,
        }
    }
}
