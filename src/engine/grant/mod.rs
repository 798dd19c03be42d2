//! The grant pipeline: how a scenario is evaluated under one rule set, the steps of docs/rules.md in
//! order, each a function named after its step. 1.0 and 2.0 differ only in their [`RuleBook`]
//! ([`gen1`], [`gen2`]): which projects are eligible, which slot pools and limits apply, which rate and
//! which caps.
//!
//! The steps, in order:
//! 1. [`eligibility`](eligibility::eligibility): basic eligibility per project;
//! 2. [`slots`](slots::slots): application slots per pool and start year;
//! 3. [`pairing`](slots::pairing): 2.0 infrastructure needs a soft or hub partner;
//! 4. [`requests`](requests::requests): cost × rate per fiscal year, rounded down;
//! 5. [`caps`](requests::caps): each project's own caps;
//! 6. and 7. [`allocation`](allocation::allocation): the pots shared out, 目安 as caps or warnings;
//! 8. [`totals`](totals::totals): local shares, the local-share [`layers`], and the sums.

pub mod allocate;
mod allocation;
mod book;
mod eligibility;
mod eval;
mod gen1;
mod gen2;
mod layers;
mod requests;
mod slots;
mod totals;

use crate::engine::money::Yen;
use crate::engine::outcome::{Layers, RuleSetOutcome, Status};
use crate::engine::rule_set::RuleSetId;
use crate::engine::scenario::{Project, Scenario};
use book::RuleBook;
use eval::Eval;
use rust_decimal::Decimal;

/// The rule book of 地方創生交付金 1.0.
pub(crate) const GEN1: &dyn RuleBook = &gen1::Gen1Book;
/// The rule book of 地方創生交付金 2.0.
pub(crate) const GEN2: &dyn RuleBook = &gen2::Gen2Book;

/// The local-share layers a rule set's outcome would have without any donation. A donation never
/// changes a national share (it is a layer on the local share), so only the layers are taken again,
/// from the projects' national and local shares as evaluated.
pub(crate) fn layers_without_donation(id: RuleSetId, s: &Scenario, outcome: &RuleSetOutcome) -> Layers {
    let mut scratch = Eval::new(s.projects.len());
    let mut sum = Layers::default();
    for (po, p) in outcome.projects.iter().zip(&s.projects) {
        if po.status == Status::NotModelled {
            continue;
        }
        let plain = Project { donation_oku: Decimal::ZERO, ..p.clone() };
        sum += layers::apply(id, s, po.index, &plain, po.status, po.national_oku, po.local_oku, &mut scratch);
    }
    sum
}

/// Evaluates the scenario under one rule set (docs/rules.md, steps 1–8 and the local-share layers).
pub(crate) fn evaluate(rb: &dyn RuleBook, s: &Scenario) -> RuleSetOutcome {
    let n = s.projects.len();
    let mut ev = Eval::new(n);

    let mut status = eligibility::eligibility(rb, s, &mut ev);
    let applications = slots::slots(rb, s, &mut status, &mut ev);
    slots::pairing(rb, s, &mut status, &mut ev);

    // Steps 4–5, project by project in list order.
    let mut requested = vec![Yen::ZERO; n];
    let mut claims = vec![None; n];
    for (i, p) in s.projects.iter().enumerate() {
        if status[i] == Status::Eligible {
            let asked = requests::requests(rb, s, i, p, &mut ev);
            requested[i] = asked.iter().map(|&(_, r)| r).sum();
            claims[i] = Some(requests::caps(rb, s, i, p, asked, &mut ev));
        }
    }

    let national = allocation::allocation(rb, s, claims, &mut ev);
    requests::rate_notes(rb, s, &status, &mut ev);
    let t = totals::totals(rb.id(), s, &status, &requested, national, &mut ev);
    let findings = totals::scenario_findings(rb.id(), s, &mut ev);

    let mut projects = t.projects;
    for (po, p) in projects.iter_mut().zip(&s.projects) {
        if status[po.index] == Status::Eligible {
            po.rate = Some(rb.rate(p.kind));
        }
    }

    RuleSetOutcome {
        id: rb.id(),
        label_ja: &rb.label().ja,
        label_en: &rb.label().en,
        as_of: &rb.as_of().ja,
        as_of_en: &rb.as_of().en,
        total_cost_oku: t.cost,
        total_national_oku: t.national,
        total_local_oku: t.cost - t.national,
        comparable_national_oku: Yen::ZERO, // filled in by `simulate`, which sees both rule sets
        complete: ev.unpublished.is_empty() && ev.reference.is_empty(),
        unpublished: ev.unpublished.iter().map(|p| p.id).collect(),
        reference_applied: ev.reference.iter().filter_map(|p| p.reference_for).map(str::to_string).collect(),
        by_year: t.by_year,
        by_kind: t.by_kind,
        projects,
        applications,
        layers: t.layers,
        findings,
    }
}
