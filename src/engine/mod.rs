//! The rules of 地方創生交付金 1.0 and 2.0 (`reference/RULES.md`), as pure Rust.
//!
//! `simulate(&Scenario) -> Outcome` is the whole engine: scenario → (gen1, gen2) → outcome.

pub mod allocate;
pub mod assumptions;
pub mod csv;
pub mod donation;
mod evaluate;
pub mod explain;
pub mod finding;
mod gen1;
mod gen2;
mod layers;
pub mod measures;
pub mod money;
pub mod outcome;
pub mod params;
pub mod scenario;
pub mod text;

pub use assumptions::assumptions;
use outcome::Outcome;
use scenario::{InputError, Scenario};

/// Evaluates a scenario under both rule sets.
pub fn simulate(s: &Scenario) -> Outcome {
    let mut gen1 = evaluate::evaluate(&gen1::Gen1Book, s);
    let mut gen2 = evaluate::evaluate(&gen2::Gen2Book, s);
    // 「comparable_national_oku: national share over the projects that both rule sets model」 (CONTRACT §2).
    let both = |i: usize| {
        gen1.projects[i].status != outcome::Status::NotModelled
            && gen2.projects[i].status != outcome::Status::NotModelled
    };
    let comparable = |r: &outcome::RuleSetOutcome| -> money::Yen {
        r.projects.iter().filter(|p| both(p.index)).map(|p| p.national_oku).sum()
    };
    let (c1, c2) = (comparable(&gen1), comparable(&gen2));
    gen1.comparable_national_oku = c1;
    gen2.comparable_national_oku = c2;
    Outcome { version: 1, rule_sets: outcome::RuleSets { gen1, gen2 } }
}

/// Scenario JSON text in, result JSON text out: the CLI and the JS API share this one path.
pub fn simulate_json(text: &str) -> Result<String, InputError> {
    let s = Scenario::from_json_str(text)?;
    Ok(serde_json::to_string_pretty(&simulate(&s)).unwrap_or_default())
}
