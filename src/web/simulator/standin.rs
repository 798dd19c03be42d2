//! TEMPORARY stand-in for the engine's `Outcome::comparison()` until it lands; deleted then.

use kofukin::engine::money::Yen;
use kofukin::engine::outcome::Outcome;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Exact,
    AtLeast,
    Undecidable,
    Reference,
}

#[derive(Clone, Copy, Debug)]
pub struct Comparison {
    pub national_diff: Yen,
    pub verdict: Verdict,
    pub local_burden_gen1: Yen,
    pub local_burden_gen2: Yen,
    pub local_burden_diff: Yen,
    pub donation_offsets_gen1_tax: bool,
}

pub fn comparison(o: &Outcome) -> Comparison {
    let (g1, g2) = (&o.rule_sets.gen1, &o.rule_sets.gen2);
    let d = g2.comparable_national_oku - g1.comparable_national_oku;
    let verdict = if g1.complete && g2.complete {
        Verdict::Exact
    } else if d > Yen::ZERO {
        Verdict::AtLeast
    } else {
        Verdict::Undecidable
    };
    Comparison {
        national_diff: d,
        verdict,
        local_burden_gen1: g1.layers.remaining_local_oku,
        local_burden_gen2: g2.layers.remaining_local_oku,
        local_burden_diff: g2.layers.remaining_local_oku - g1.layers.remaining_local_oku,
        donation_offsets_gen1_tax: g1.layers.donation_oku > Yen::ZERO && g1.layers.allocation_tax_oku > Yen::ZERO,
    }
}

/// Stand-in: did any cap bind on this project, and the subsidy rate used (from the rule set's params).
pub fn binding(r: &kofukin::engine::outcome::RuleSetOutcome, p: &kofukin::engine::outcome::ProjectOutcome) -> (bool, Option<String>) {
    use kofukin::engine::finding::Severity;
    let bound = p.findings.iter().any(|f| f.severity == Severity::Capped);
    let rate = kofukin::engine::params::find(&format!("{}.rate.{}", r.id.as_str(), p.kind.as_str()))
        .and_then(|x| x.rate())
        .map(|x| x.to_string());
    (bound, rate)
}
