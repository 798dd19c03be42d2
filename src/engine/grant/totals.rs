//! Step 8 of docs/rules.md: the local share per project and year, the layers on it, and the totals by
//! year, by kind and overall; then the notes that concern the whole scenario.

use super::eval::{engine_finding, Eval};
use super::layers;
use crate::engine::finding::explain::Explain;
use crate::engine::finding::{Basis, Code, Finding, Severity};
use crate::engine::money::Yen;
use crate::engine::outcome::{KindTotals, Layers, ProjectOutcome, RuleSetId, Status, YearTotals};
use crate::engine::scenario::{Kind, Scenario};

/// The figures of one rule set, summed.
pub(crate) struct Totals {
    pub cost: Yen,
    pub national: Yen,
    pub by_year: Vec<YearTotals>,
    pub by_kind: Vec<KindTotals>,
    pub projects: Vec<ProjectOutcome>,
    pub layers: Layers,
}

/// Step 8, totals: local share = cost − national share, per project and year (with the layers of
/// "Beyond the caps" on it); totals by year, by kind and overall are sums of the per-project-year
/// amounts. A `not_modelled` project is listed and left out of every total.
pub(crate) fn totals(
    id: RuleSetId,
    s: &Scenario,
    status: &[Status],
    requested: &[Yen],
    mut national: Vec<Vec<Yen>>,
    ev: &mut Eval,
) -> Totals {
    let n_years = s.last_year();
    let mut t = Totals {
        cost: Yen::ZERO,
        national: Yen::ZERO,
        by_year: (1..=n_years)
            .map(|y| YearTotals {
                year: y,
                fiscal_year: s.first_fiscal_year.map(|f| f + y - 1),
                cost_oku: Yen::ZERO,
                national_oku: Yen::ZERO,
                local_oku: Yen::ZERO,
            })
            .collect(),
        by_kind: Vec::new(),
        projects: Vec::with_capacity(s.projects.len()),
        layers: Layers::default(),
    };
    for (i, p) in s.projects.iter().enumerate() {
        let st = status[i];
        let modelled = st != Status::NotModelled;
        let mut cost = Yen::ZERO;
        if modelled {
            for k in 0..p.years {
                let c = Yen::from_oku(p.cost_in_year(k as usize)).unwrap_or(Yen::ZERO);
                let y = (p.start_year + k).saturating_sub(1) as usize;
                cost += c;
                if let Some(year) = t.by_year.get_mut(y) {
                    year.cost_oku += c;
                    year.national_oku += national[i][y];
                }
            }
        }
        let nat: Yen = national[i].iter().copied().sum();
        let local = cost - nat;
        let lay = if modelled { layers::apply(id, s, i, p, st, nat, local, ev) } else { Layers::default() };
        t.layers += lay;
        t.cost += cost;
        t.national += nat;
        if modelled {
            match t.by_kind.iter_mut().find(|k| k.kind == p.kind) {
                Some(k) => {
                    k.projects += 1;
                    k.cost_oku += cost;
                    k.national_oku += nat;
                    k.local_oku += local;
                }
                None => t.by_kind.push(KindTotals {
                    kind: p.kind,
                    projects: 1,
                    cost_oku: cost,
                    national_oku: nat,
                    local_oku: local,
                }),
            }
        }
        t.projects.push(ProjectOutcome {
            index: i,
            eligible: st == Status::Eligible,
            status: st,
            kind: p.kind,
            name: p.name.clone(),
            cost_oku: cost,
            requested_oku: requested[i],
            national_oku: nat,
            national_by_year_oku: std::mem::take(&mut national[i]),
            local_oku: local,
            layers: lay,
            findings: std::mem::take(&mut ev.project_findings[i]),
            rate: None,
        });
    }
    for year in &mut t.by_year {
        year.local_oku = year.cost_oku - year.national_oku;
    }
    t.by_kind.sort_by_key(|k| Kind::ALL.iter().position(|x| *x == k.kind));
    t
}

/// The findings about the whole scenario: those of the steps, then each 未公表 parameter that would
/// apply and each inferred one that changed the result (once each), unknown input fields, and the
/// notes of the layers.
pub(crate) fn scenario_findings(id: RuleSetId, s: &Scenario, ev: &mut Eval) -> Vec<Finding> {
    let mut findings = std::mem::take(&mut ev.findings);
    for &p in &ev.unpublished {
        findings.push(engine_finding(
            Code::UnpublishedParameter,
            Severity::Warning,
            p.basis,
            None,
            None,
            Explain::Unpublished { param: p },
        ));
    }
    for &p in &ev.reference {
        findings.push(engine_finding(
            Code::ReferenceParameter,
            Severity::Warning,
            p.basis,
            None,
            None,
            Explain::Reference { param: p },
        ));
    }
    for &p in &ev.inferred {
        findings.push(engine_finding(
            Code::InferredParameter,
            Severity::Warning,
            Basis::Inferred,
            None,
            None,
            Explain::Inferred { param: p },
        ));
    }
    if !s.unknown_fields.is_empty() {
        findings.push(engine_finding(
            Code::UnknownFields,
            Severity::Warning,
            Basis::Assumption,
            None,
            None,
            Explain::UnknownFields { fields: s.unknown_fields.clone() },
        ));
    }
    layers::scenario_notes(id, &mut findings);
    findings
}
