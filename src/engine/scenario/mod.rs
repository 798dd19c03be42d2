//! The scenario (docs/format.md, "Scenario"): who applies, with which projects, and its validation.
//!
//! `Scenario::from_json` is the one validator behind the CLI, the JS API, JSON import and the `s=` URL
//! key: every problem names the field with its path (`projects[2].years`) and what is allowed, in
//! Japanese and English. It never panics, whatever the bytes.

pub mod bounds;
mod checker;
mod choices;
mod parse;
mod typed;

pub use checker::{got, object, parse_json_text, utf8_text, Checker, FieldError, InputError};
pub use choices::{Bond, Class, Kind, Round, Sector};
pub use typed::normalize_typed_number;

use crate::engine::money::oku_serde;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One project: one application, in the applicant's priority order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    pub kind: Kind,
    /// 事業費 in each fiscal year, 億円.
    #[serde(with = "oku_serde")]
    pub annual_cost_oku: Decimal,
    /// Cost per fiscal year when it varies; overrides `annual_cost_oku`; its length equals `years`.
    #[serde(default, with = "oku_serde::vec", skip_serializing_if = "Option::is_none")]
    pub cost_by_year_oku: Option<Vec<Decimal>>,
    pub years: u32,
    pub start_year: u32,
    pub round: Round,
    pub infra_sector: Sector,
    pub outside_cap: bool,
    #[serde(with = "oku_serde")]
    pub donation_oku: Decimal,
    pub bond: Bond,
    pub name: String,
}

impl Default for Project {
    fn default() -> Self {
        Project {
            kind: Kind::Soft,
            annual_cost_oku: Decimal::ZERO,
            cost_by_year_oku: None,
            years: 1,
            start_year: 1,
            round: Round::Initial,
            infra_sector: Sector::Other,
            outside_cap: false,
            donation_oku: Decimal::ZERO,
            bond: Bond::None,
            name: String::new(),
        }
    }
}

impl Project {
    /// Cost in the project's own year `i` (0 = its first year), 億円.
    pub fn cost_in_year(&self, i: usize) -> Decimal {
        match &self.cost_by_year_oku {
            Some(list) => list.get(i).copied().unwrap_or(Decimal::ZERO),
            None => self.annual_cost_oku,
        }
    }
    /// The last scenario year the project runs in (a project built in code with 0 years ends before
    /// it starts, never below year 0).
    pub fn last_year(&self) -> u32 {
        (self.start_year + self.years).saturating_sub(1)
    }
    /// Does the project run in scenario year `y`?
    pub fn runs_in(&self, y: u32) -> bool {
        y >= self.start_year && y <= self.last_year()
    }
    /// Total cost over the plan period, 億円.
    pub fn total_cost_oku(&self) -> Decimal {
        (0..self.years as usize).map(|i| self.cost_in_year(i)).sum()
    }
}

/// The whole scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    pub version: u32,
    pub municipality: Class,
    pub guidelines_as_caps: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_fiscal_year: Option<u32>,
    #[serde(default)]
    pub non_recipient: bool,
    /// 1.0 applies its reference values in place of the open ones they stand for (docs/rules.md,
    /// "Reference values"); written back only when true, so older scenarios round-trip unchanged.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub gen1_reference_values: bool,
    pub projects: Vec<Project>,
    /// Fields of the input this version does not know (reported as `unknown_fields`).
    #[serde(skip)]
    pub unknown_fields: Vec<String>,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            version: 1,
            municipality: Class::Municipality,
            guidelines_as_caps: true,
            first_fiscal_year: None,
            non_recipient: false,
            gen1_reference_values: false,
            projects: Vec::new(),
            unknown_fields: Vec::new(),
        }
    }
}

impl Scenario {
    /// The scenario as scenario JSON (pretty), e.g. for export.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The last scenario year any project runs in (0 for no projects).
    pub fn last_year(&self) -> u32 {
        self.projects.iter().map(Project::last_year).max().unwrap_or(0)
    }
}
