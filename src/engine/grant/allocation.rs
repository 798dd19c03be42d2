//! Steps 6 and 7 of docs/rules.md: the national shares of each category under its pots, the cuts
//! they made, and the 目安 the result exceeds when guidelines are not treated as caps.

use super::allocate::{allocate, Claim, Pots};
use super::book::{Caps, RuleBook};
use super::eval::{engine_finding, Eval};
use super::requests::applied;
use crate::engine::finding::explain::Explain;
use crate::engine::finding::{Code, Severity};
use crate::engine::money::Yen;
use crate::engine::scenario::{Kind, Project, Scenario};

/// The category a project's national share is allocated in (step 6): soft, hub and infra share
/// their pots; each digital project stands alone.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Category {
    Soft,
    Hub,
    Infra,
    Digital(usize),
}

fn category(i: usize, p: &Project) -> Category {
    match p.kind {
        Kind::Soft => Category::Soft,
        Kind::Hub => Category::Hub,
        Kind::Infra => Category::Infra,
        _ => Category::Digital(i),
    }
}

/// Steps 6–7, allocation: within each category, the largest total the caps allow, earlier projects
/// first (see [`allocate`]); each cut is a `capped` finding naming the cap that bound, and with
/// `guidelines_as_caps` false each 目安 exceeded is a warning. Returns each project's national share
/// per scenario year (zeros for projects without a claim).
pub(crate) fn allocation(
    rb: &dyn RuleBook,
    s: &Scenario,
    mut claims: Vec<Option<Claim>>,
    ev: &mut Eval,
) -> Vec<Vec<Yen>> {
    let n = s.projects.len();
    let n_years = s.last_year() as usize;
    let mut national: Vec<Vec<Yen>> = vec![vec![Yen::ZERO; n_years]; n];
    let mut done = vec![false; n];
    for i in 0..n {
        if claims[i].is_none() || done[i] {
            continue;
        }
        let cat = category(i, &s.projects[i]);
        let members: Vec<usize> =
            (i..n).filter(|&j| claims[j].is_some() && category(j, &s.projects[j]) == cat).collect();
        let caps = rb.caps(s, s.projects[i].kind);
        let pot_year = caps.pot_year.and_then(|p| applied(p, s.guidelines_as_caps)).unwrap_or(Yen::UNLIMITED);
        let pots = Pots {
            year: vec![pot_year; n_years],
            period: caps.pot_period.and_then(|p| applied(p, s.guidelines_as_caps)).unwrap_or(Yen::UNLIMITED),
        };
        let cat_claims: Vec<Claim> = members.iter().filter_map(|&j| claims[j].take()).collect();
        let granted = allocate(&cat_claims, &pots);
        let mut year_used = vec![Yen::ZERO; n_years];
        for (m, &j) in members.iter().enumerate() {
            done[j] = true;
            for (&(y, _), &g) in cat_claims[m].years.iter().zip(&granted[m]) {
                national[j][y] = g;
                year_used[y] += g;
            }
        }
        let period_used: Yen = year_used.iter().copied().sum();
        record_cuts(ev, &members, &cat_claims, &granted, &pots, &year_used, period_used, &caps);
        if !s.guidelines_as_caps {
            guideline_warnings(ev, &members, &granted, &year_used, &caps);
        }
    }
    national
}

/// The `capped` findings of one category: a project's own plan-period cap, or the pot of a year, or
/// the plan-period pot.
#[allow(clippy::too_many_arguments)]
fn record_cuts(
    ev: &mut Eval,
    members: &[usize],
    claims: &[Claim],
    granted: &[Vec<Yen>],
    pots: &Pots,
    year_used: &[Yen],
    period_used: Yen,
    caps: &Caps,
) {
    for (m, &j) in members.iter().enumerate() {
        let asked: Yen = claims[m].years.iter().map(|&(_, r)| r).sum();
        let got: Yen = granted[m].iter().copied().sum();
        if got >= asked {
            continue;
        }
        if !claims[m].period_cap.is_unlimited() && got >= claims[m].period_cap {
            if let Some(param) = caps.project_period {
                ev.used(param);
                ev.project(
                    j,
                    Code::CapProjectPeriod,
                    Severity::Capped,
                    param.basis,
                    None,
                    Explain::Capped { cap: param, cut: asked - got },
                );
            }
            continue;
        }
        for (&(y, req), &g) in claims[m].years.iter().zip(&granted[m]) {
            if g >= req {
                continue;
            }
            // The year's pot is full, or else the plan-period pot is exhausted.
            let year_full = !pots.year[y].is_unlimited() && year_used[y] >= pots.year[y];
            let period_full = !pots.period.is_unlimited() && period_used >= pots.period;
            let param = if period_full && !year_full {
                (caps.pot_period, Code::CapApplicantPeriod)
            } else {
                (caps.pot_year, Code::CapApplicantYear)
            };
            if let (Some(p), code) = param {
                ev.used(p);
                ev.project(
                    j,
                    code,
                    Severity::Capped,
                    p.basis,
                    Some(y as u32 + 1),
                    Explain::Capped { cap: p, cut: req - g },
                );
            }
        }
    }
}

/// Step 7 with `guidelines_as_caps` false: each 目安 the result exceeds gives a warning with the excess.
fn guideline_warnings(ev: &mut Eval, members: &[usize], granted: &[Vec<Yen>], year_used: &[Yen], caps: &Caps) {
    if let Some(p) = caps.pot_year.filter(|p| p.guideline) {
        if let Some(cap) = p.oku() {
            for (y, &used) in year_used.iter().enumerate() {
                if used > cap {
                    ev.findings.push(engine_finding(
                        Code::GuidelineExceeded,
                        Severity::Warning,
                        p.basis,
                        None,
                        Some(y as u32 + 1),
                        Explain::GuidelineExceeded { cap: p, over: used - cap },
                    ));
                }
            }
        }
    }
    if let Some(p) = caps.project_period.filter(|p| p.guideline) {
        if let Some(cap) = p.oku() {
            for (m, &j) in members.iter().enumerate() {
                let total: Yen = granted[m].iter().copied().sum();
                if total > cap {
                    ev.project(
                        j,
                        Code::GuidelineExceeded,
                        Severity::Warning,
                        p.basis,
                        None,
                        Explain::GuidelineExceeded { cap: p, over: total - cap },
                    );
                }
            }
        }
    }
}
