//! The result of a scenario under both rule sets (the result JSON, docs/format.md). Every amount is a
//! [`Yen`], written as the canonical 億円 string.

use crate::engine::finding::{Finding, Severity};
use crate::engine::money::Yen;
use crate::engine::params::Param;
pub use crate::engine::rule_set::{Pool, RuleSetId};
use crate::engine::scenario::Kind;
use crate::engine::text::Text;
use serde::{Deserialize, Serialize, Serializer};

/// `{ "version": 1, "rule_sets": { "gen1": …, "gen2": … } }`
#[derive(Clone, Debug, Serialize)]
pub struct Outcome {
    pub version: u32,
    pub rule_sets: RuleSets,
    /// Extension: the 2.0 − 1.0 comparison (the difference box).
    pub comparison: Comparison,
}

/// What can be said about the 2.0 − 1.0 difference of the national share (docs/format.md, "The
/// difference box").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Both rule sets are complete: the difference is exact.
    Exact,
    /// 1.0 is an upper estimate and 2.0 is still ahead: 2.0 gets at least the difference more.
    AtLeast,
    /// 1.0 is an upper estimate and not below 2.0: which is larger cannot be decided.
    Undecidable,
    /// Reference values were applied to 1.0: an estimate with them, no bound either way.
    Reference,
}

/// The difference box: the national-share difference with what can be said of it, and the local
/// burden (cost − national − donation − 交付税措置) under both rule sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Comparison {
    /// `gen2.comparable_national_oku − gen1.comparable_national_oku`.
    #[serde(rename = "national_diff_oku")]
    pub national_diff: Yen,
    pub verdict: Verdict,
    /// `gen1.layers.remaining_local_oku`.
    #[serde(rename = "local_burden_gen1_oku")]
    pub local_burden_gen1: Yen,
    /// `gen2.layers.remaining_local_oku`.
    #[serde(rename = "local_burden_gen2_oku")]
    pub local_burden_gen2: Yen,
    /// `local_burden_gen2 − local_burden_gen1`.
    #[serde(rename = "local_burden_diff_oku")]
    pub local_burden_diff: Yen,
    /// A donation leaves the 1.0 local burden where it would be without any donation, because the 1.0
    /// 交付税措置 shrinks by as much (its base is min(national share, local share − donation)).
    pub donation_offsets_gen1_tax: bool,
}

impl Comparison {
    /// The comparison of two rule sets' results; `gen1_without_donation` is the 1.0 local burden of
    /// the same scenario with no donation (None when it has none).
    pub fn new(gen1: &RuleSetOutcome, gen2: &RuleSetOutcome, gen1_without_donation: Option<&Layers>) -> Comparison {
        let national_diff = gen2.comparable_national_oku - gen1.comparable_national_oku;
        let verdict = if !gen1.reference_applied.is_empty() {
            Verdict::Reference
        } else if gen1.complete && gen2.complete {
            Verdict::Exact
        } else if gen2.complete && national_diff > Yen::ZERO {
            Verdict::AtLeast
        } else {
            Verdict::Undecidable
        };
        let (b1, b2) = (gen1.layers.remaining_local_oku, gen2.layers.remaining_local_oku);
        let offsets = gen1_without_donation.is_some_and(|w| {
            gen1.layers.donation_oku > Yen::ZERO
                && w.remaining_local_oku == b1
                && w.allocation_tax_oku > gen1.layers.allocation_tax_oku
        });
        Comparison {
            national_diff,
            verdict,
            local_burden_gen1: b1,
            local_burden_gen2: b2,
            local_burden_diff: b2 - b1,
            donation_offsets_gen1_tax: offsets,
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct RuleSets {
    pub gen1: RuleSetOutcome,
    pub gen2: RuleSetOutcome,
}

impl Outcome {
    /// The difference box (docs/format.md, "The difference box").
    pub fn comparison(&self) -> Comparison {
        self.comparison
    }

    pub fn get(&self, id: RuleSetId) -> &RuleSetOutcome {
        match id {
            RuleSetId::Gen1 => &self.rule_sets.gen1,
            RuleSetId::Gen2 => &self.rule_sets.gen2,
        }
    }
}

/// One rule set's result.
#[derive(Clone, Debug, Serialize)]
pub struct RuleSetOutcome {
    pub id: RuleSetId,
    pub label_ja: &'static str,
    pub label_en: &'static str,
    /// Date or fiscal year of the sources of its parameters.
    pub as_of: &'static str,
    /// Extension: `as_of` in English.
    pub as_of_en: &'static str,
    /// Cost of the projects this rule set models (all but `not_modelled` ones).
    pub total_cost_oku: Yen,
    pub total_national_oku: Yen,
    pub total_local_oku: Yen,
    /// National share over the projects both rule sets model: the base of the 2.0 − 1.0 difference.
    pub comparable_national_oku: Yen,
    /// False when a 未公表 parameter of the grant itself would apply (the total is then an upper estimate).
    pub complete: bool,
    /// Ids of the parameters that would apply but are not confirmed in published sources.
    pub unpublished: Vec<&'static str>,
    /// Ids of the open parameters whose reference values were applied (`gen1_reference_values`);
    /// always present, empty when none was.
    pub reference_applied: Vec<String>,
    pub by_year: Vec<YearTotals>,
    /// Extension: totals per kind of project, in the order of `Kind::ALL`, kinds present only.
    pub by_kind: Vec<KindTotals>,
    pub projects: Vec<ProjectOutcome>,
    pub applications: Vec<Applications>,
    pub layers: Layers,
    pub findings: Vec<Finding>,
}

/// Totals of one scenario year.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct YearTotals {
    pub year: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fiscal_year: Option<u32>,
    pub cost_oku: Yen,
    pub national_oku: Yen,
    pub local_oku: Yen,
}

/// Totals of one kind of project (an extension of the result JSON).
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct KindTotals {
    pub kind: Kind,
    pub projects: u32,
    pub cost_oku: Yen,
    pub national_oku: Yen,
    pub local_oku: Yen,
}

/// `eligible`, `ineligible` or `not_modelled`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Eligible,
    Ineligible,
    NotModelled,
}

/// One project's result under one rule set.
#[derive(Clone, Debug, Serialize)]
pub struct ProjectOutcome {
    pub index: usize,
    pub eligible: bool,
    pub status: Status,
    /// Extension: the project's kind and name, for readers of the JSON.
    pub kind: Kind,
    pub name: String,
    /// Extension: the project's cost over its plan period (0 when `not_modelled`).
    pub cost_oku: Yen,
    /// Extension: cost × rate, rounded down per year, before any cap (0 unless eligible).
    pub requested_oku: Yen,
    pub national_oku: Yen,
    /// Indexed by scenario year (same length as `by_year`), zeros outside the project's years.
    pub national_by_year_oku: Vec<Yen>,
    pub local_oku: Yen,
    pub layers: Layers,
    pub findings: Vec<Finding>,
    /// Extension: the subsidy rate the request was computed with (None unless eligible), as "1/2".
    #[serde(serialize_with = "rate_text")]
    pub rate: Option<&'static Param>,
}

impl ProjectOutcome {
    /// Did a cap (its own or a pot) cut this project's amount?
    pub fn bound(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Capped)
    }
}

impl RuleSetOutcome {
    /// Did any cap cut any project's amount?
    pub fn bound(&self) -> bool {
        self.projects.iter().any(ProjectOutcome::bound) || self.findings.iter().any(|f| f.severity == Severity::Capped)
    }
}

fn rate_text<S: Serializer>(p: &Option<&'static Param>, s: S) -> Result<S::Ok, S::Error> {
    match p.and_then(|p| p.rate()) {
        Some(r) => s.serialize_str(&r.to_string()),
        None => s.serialize_none(),
    }
}

/// Application slots of one pool and start year.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Applications {
    pub pool: Pool,
    pub start_year: u32,
    pub used: u32,
    /// None where no count applies or the count is 未公表.
    pub limit: Option<u32>,
    pub extra_used: u32,
    pub extra_limit: Option<u32>,
}

/// The local-share layers (docs/rules.md, "Beyond the caps").
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Layers {
    /// 企業版ふるさと納税 put into the project (at most its local share).
    pub donation_oku: Yen,
    /// 地方債 principal: financing, shown, not subtracted.
    pub bond_oku: Yen,
    /// 交付税措置 (普通交付税 + 特別交付税).
    pub allocation_tax_oku: Yen,
    /// Local share − donation − 交付税措置.
    pub remaining_local_oku: Yen,
    /// Extension: the 普通交付税 part of `allocation_tax_oku`.
    pub ordinary_allocation_tax_oku: Yen,
    /// Extension: the 特別交付税 part of `allocation_tax_oku`.
    pub special_allocation_tax_oku: Yen,
}

impl std::ops::AddAssign for Layers {
    fn add_assign(&mut self, o: Layers) {
        self.donation_oku += o.donation_oku;
        self.bond_oku += o.bond_oku;
        self.allocation_tax_oku += o.allocation_tax_oku;
        self.remaining_local_oku += o.remaining_local_oku;
        self.ordinary_allocation_tax_oku += o.ordinary_allocation_tax_oku;
        self.special_allocation_tax_oku += o.special_allocation_tax_oku;
    }
}

impl Status {
    /// The name a person reads.
    pub fn label(self) -> Text {
        match self {
            Status::Eligible => Text::new("対象", "eligible"),
            Status::Ineligible => Text::new("対象外", "ineligible"),
            Status::NotModelled => Text::new("試算対象外", "not modelled"),
        }
    }
}
