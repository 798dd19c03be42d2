//! Steps 4 and 5 of docs/rules.md for one project: what it asks (cost × rate, per fiscal year) and
//! the caps of its own that cut the request before the pots are shared out (step 6).

use super::allocate::Claim;
use super::book::RuleBook;
use super::eval::Eval;
use crate::engine::finding::explain::Explain;
use crate::engine::finding::{Basis, Code, Severity};
use crate::engine::money::{Rate, Yen};
use crate::engine::outcome::Status;
use crate::engine::params::{Param, Value};
use crate::engine::scenario::{Project, Scenario};

/// Is a cap applied in the allocation? (目安 only while `guidelines_as_caps`; 未公表 never.)
pub(crate) fn applied(p: &'static Param, guidelines_as_caps: bool) -> Option<Yen> {
    if p.guideline && !guidelines_as_caps {
        return None;
    }
    p.oku()
}

/// Step 4, the requested national share: per fiscal year of project `i`, that year's cost × the
/// subsidy rate, rounded down to a whole yen. A cap on the eligible cost (TYPE S) applies first.
/// Returns (scenario year, request) in year order.
pub(crate) fn requests(rb: &dyn RuleBook, s: &Scenario, i: usize, p: &Project, ev: &mut Eval) -> Vec<(u32, Yen)> {
    let rate_param = rb.rate(p.kind);
    let rate = rate_param.rate().unwrap_or(Rate::new(0, 1));
    let cost_cap = rb.caps(s, p.kind).cost;
    let mut out = Vec::with_capacity(p.years as usize);
    for k in 0..p.years {
        let y = p.start_year + k;
        let mut cost = Yen::from_oku(p.cost_in_year(k as usize)).unwrap_or(Yen::ZERO);
        let full = cost.times(rate);
        // 「事業費：３億円」 caps the eligible cost, so the national share is at most 3億円 × 3/4.
        if let Some(param) = cost_cap {
            if let Some(cap) = param.oku() {
                let cut = full - cap.times(rate);
                if cost > cap {
                    cost = cap;
                }
                // A cut that rounds to 0 (3.00000001億円 × 3/4 rounds down to 2.25億円) changes nothing.
                if cut > Yen::ZERO {
                    ev.used(param);
                    ev.project(
                        i,
                        Code::CapProjectYear,
                        Severity::Capped,
                        param.basis,
                        Some(y),
                        Explain::Capped { cap: param, cut },
                    );
                }
            }
        }
        let req = cost.times(rate);
        if !req.is_zero() {
            ev.used(rate_param);
        }
        out.push((y, req));
    }
    out
}

/// Step 5, the project's own caps: its cap per fiscal year cuts each year's request; its cap over the
/// plan period is handed to the allocation. A 未公表 cap that would apply is listed, never applied;
/// a 目安 one only while `guidelines_as_caps` (step 7).
pub(crate) fn caps(
    rb: &dyn RuleBook,
    s: &Scenario,
    i: usize,
    p: &Project,
    asked: Vec<(u32, Yen)>,
    ev: &mut Eval,
) -> Claim {
    let caps = rb.caps(s, p.kind);
    let requested: Yen = asked.iter().map(|&(_, r)| r).sum();
    // Mapped in place: the claim's years reuse the requests' vector.
    let years = asked.into_iter().map(|(y, req)| {
        let mut own = req;
        if let Some(param) = caps.project_year {
            if !req.is_zero() {
                ev.applies(param);
            }
            match param.value {
                Value::Unpublished => {}
                _ => {
                    if let Some(cap) = applied(param, s.guidelines_as_caps) {
                        if req > cap {
                            own = cap;
                            ev.used(param);
                            ev.project(
                                i,
                                Code::CapProjectYear,
                                Severity::Capped,
                                param.basis,
                                Some(y),
                                Explain::Capped { cap: param, cut: req - cap },
                            );
                        }
                    }
                }
            }
        }
        (y.saturating_sub(1) as usize, own)
    });
    let years = years.collect();
    let mut period_cap = Yen::UNLIMITED;
    if let Some(param) = caps.project_period {
        if !requested.is_zero() {
            ev.applies(param);
        }
        if let Some(cap) = applied(param, s.guidelines_as_caps) {
            period_cap = cap;
        }
    }
    for param in [caps.pot_year, caps.pot_period].into_iter().flatten() {
        if !requested.is_zero() {
            ev.applies(param);
        }
    }
    Claim { years, period_cap }
}

/// Step 4's note: 「補助率：1/2等（各省庁の交付要綱に従う）」
/// An eligible project whose rate varies under other rules (2.0 infra) gets a warning; 1/2 is used.
pub(crate) fn rate_notes(rb: &dyn RuleBook, s: &Scenario, status: &[Status], ev: &mut Eval) {
    for (i, p) in s.projects.iter().enumerate() {
        if status[i] == Status::Eligible && rb.rate_varies(p.kind) {
            ev.project(i, Code::RateVaries, Severity::Warning, Basis::Seed, None, Explain::RateVaries);
        }
    }
}
