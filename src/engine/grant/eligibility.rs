//! Step 1 of docs/rules.md: basic eligibility per project. The rule book decides; the period rule is
//! shared by both rule sets.

use super::book::RuleBook;
use super::eval::Eval;
use crate::engine::finding::explain::Explain;
use crate::engine::finding::{Code, Severity};
use crate::engine::outcome::Status;
use crate::engine::params::Param;
use crate::engine::scenario::{Project, Scenario};

/// Step 1, basic eligibility: each project's status under the rule book, in list order.
/// A project longer than its maximum period, or outside what the rule set funds, is `ineligible`;
/// a digital type under 1.0 is `not_modelled`.
pub(crate) fn eligibility(rb: &dyn RuleBook, s: &Scenario, ev: &mut Eval) -> Vec<Status> {
    s.projects.iter().enumerate().map(|(i, p)| rb.eligibility(s, i, p, ev)).collect()
}

/// Step 1's period rule, shared by 1.0 and 2.0: above `max` the project is ineligible; above
/// `principle` (when there is one) it is a warning.
pub(crate) fn period_check(
    i: usize,
    p: &Project,
    principle: &'static Param,
    max: &'static Param,
    gen1_soft_donation_met: Option<bool>,
    ev: &mut Eval,
) -> Status {
    if let Some(m) = max.years() {
        if p.years > m {
            ev.used(max);
            ev.project(
                i,
                Code::PeriodOverMax,
                Severity::Ineligible,
                max.basis,
                None,
                Explain::PeriodOverMax { kind: p.kind, years: p.years, max },
            );
            return Status::Ineligible;
        }
    }
    if let Some(pr) = principle.years() {
        if p.years > pr && principle.id != max.id {
            ev.project(
                i,
                Code::PeriodOverPrinciple,
                Severity::Warning,
                principle.basis,
                None,
                Explain::PeriodOverPrinciple { kind: p.kind, years: p.years, principle, max, gen1_soft_donation_met },
            );
        }
    }
    Status::Eligible
}
