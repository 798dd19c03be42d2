//! The rules of 地方創生交付金 1.0 and 2.0 (`reference/RULES.md`), as pure Rust.
//!
//! `simulate(&Scenario) -> Outcome` is the whole engine: scenario → (gen1, gen2) → outcome.

pub mod donation;
pub mod explain;
pub mod finding;
pub mod money;
pub mod outcome;
pub mod params;
pub mod scenario;

use outcome::Outcome;
use scenario::{InputError, Scenario};

/// Evaluates a scenario under both rule sets. (Engine work in progress: returns empty totals.)
pub fn simulate(_s: &Scenario) -> Outcome {
    unimplemented_outcome()
}

fn unimplemented_outcome() -> Outcome {
    use money::Yen;
    use outcome::*;
    let empty = |id, ja, en, as_of| RuleSetOutcome {
        id,
        label_ja: ja,
        label_en: en,
        as_of,
        total_cost_oku: Yen::ZERO,
        total_national_oku: Yen::ZERO,
        total_local_oku: Yen::ZERO,
        comparable_national_oku: Yen::ZERO,
        complete: true,
        unpublished: vec![],
        by_year: vec![],
        by_kind: vec![],
        projects: vec![],
        applications: vec![],
        layers: Layers::default(),
        findings: vec![],
    };
    Outcome {
        version: 1,
        rule_sets: RuleSets {
            gen1: empty(RuleSetId::Gen1, "地方創生交付金 1.0", "Regional Revitalization Grant 1.0", "令和6年度"),
            gen2: empty(RuleSetId::Gen2, "地方創生交付金 2.0", "Regional Revitalization Grant 2.0", "令和7年度"),
        },
    }
}

/// Scenario JSON text in, result JSON text out: the CLI and the JS API share this one path.
pub fn simulate_json(text: &str) -> Result<String, InputError> {
    let s = Scenario::from_json_str(text)?;
    Ok(serde_json::to_string_pretty(&simulate(&s)).unwrap_or_default())
}
