//! The engine: the rules of 地方創生交付金 1.0 and 2.0 (docs/rules.md), the local-finance measures of
//! 財源ナビ (docs/measures.md) and the corporate-donation calculator, as pure Rust with no web code.
//!
//! Its public surface:
//! - [`simulate`] (and [`simulate_json`], text in, text out): a [`scenario::Scenario`] under both rule
//!   sets → an [`outcome::Outcome`];
//! - [`donation()`]: what a corporate donation (企業版ふるさと納税) really costs the company;
//! - [`params`]: every number of the rule sets with its source (`params::table()`);
//! - the measures of 財源ナビ ([`measures`]);
//! - [`hints::hints`]: 改善のヒント, rearrangements of the plan that raise the 2.0 national share;
//! - the modules of the input and output types: [`scenario`] (with the one input validator),
//!   [`outcome`], [`finding`], [`money`], [`text`], [`csv`], [`assumptions`](mod@assumptions).
//!
//! Inside, the grant pipeline (`grant`) runs the steps of docs/rules.md in order over one of two
//! small rule books.

pub mod assumptions;
pub mod basis;
pub mod csv;
pub mod donation;
pub mod finding;
mod grant;
pub mod hints;
pub mod measures;
pub mod money;
pub mod outcome;
pub mod params;
pub mod rule_set;
pub mod scenario;
pub mod sources;
pub mod text;

pub use assumptions::assumptions;
pub use donation::donation;
pub use grant::allocate;
use outcome::{Outcome, RuleSetOutcome, RuleSets, Status};
use scenario::{InputError, Scenario};

/// Evaluates a scenario under both rule sets.
pub fn simulate(s: &Scenario) -> Outcome {
    let mut gen1 = grant::evaluate(grant::GEN1, s);
    let mut gen2 = grant::evaluate(grant::GEN2, s);
    // `comparable_national_oku`: the national share over the projects that both rule sets model.
    let both =
        |i: usize| gen1.projects[i].status != Status::NotModelled && gen2.projects[i].status != Status::NotModelled;
    let comparable = |r: &RuleSetOutcome| -> money::Yen {
        r.projects.iter().filter(|p| both(p.index)).map(|p| p.national_oku).sum()
    };
    let (c1, c2) = (comparable(&gen1), comparable(&gen2));
    gen1.comparable_national_oku = c1;
    gen2.comparable_national_oku = c2;
    // Whether a donation changes the 1.0 local burden at all: its layers without the donations.
    let without = (!gen1.layers.donation_oku.is_zero()).then(|| grant::layers_without_donation(gen1.id, s, &gen1));
    let comparison = outcome::Comparison::new(&gen1, &gen2, without.as_ref());
    Outcome { version: 1, rule_sets: RuleSets { gen1, gen2 }, comparison }
}

/// Scenario JSON text in, result JSON text out: the CLI and the JS API share this one path.
pub fn simulate_json(text: &str) -> Result<String, InputError> {
    let s = Scenario::from_json_str(text)?;
    Ok(serde_json::to_string_pretty(&simulate(&s)).unwrap_or_default())
}
