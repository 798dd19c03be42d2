//! Steps 2 and 3 of docs/rules.md: application slots per pool and start year, then the pairing of
//! 2.0 infrastructure projects with a soft or hub project that holds a slot.

use super::book::{Limit, RuleBook};
use super::eval::Eval;
use crate::engine::finding::explain::Explain;
use crate::engine::finding::{Basis, Code, Severity};
use crate::engine::outcome::{Applications, Status};
use crate::engine::scenario::{Kind, Scenario};

/// Step 2, application slots: in list order, each eligible project takes a slot of its pool for its
/// start year if one is left (an `outside_cap` project an extra slot first); otherwise it becomes
/// `ineligible`. Returns the slots used, sorted by start year and pool.
pub(crate) fn slots(rb: &dyn RuleBook, s: &Scenario, status: &mut [Status], ev: &mut Eval) -> Vec<Applications> {
    let mut apps: Vec<Applications> = Vec::new();
    for (i, p) in s.projects.iter().enumerate() {
        if status[i] != Status::Eligible {
            continue;
        }
        let Some(pool) = rb.pool(p) else { continue };
        let (limit, extra) = rb.limit(s, pool);
        let k = match apps.iter().position(|a| a.pool == pool && a.start_year == p.start_year) {
            Some(k) => k,
            None => {
                apps.push(Applications {
                    pool,
                    start_year: p.start_year,
                    used: 0,
                    limit: match limit {
                        Limit::Count(param) => param.count(),
                        _ => None,
                    },
                    extra_used: 0,
                    extra_limit: Some(extra),
                });
                apps.len() - 1
            }
        };
        let a = &mut apps[k];
        match limit {
            Limit::Count(param) => {
                ev.applies(param);
                let normal = param.count().unwrap_or(0);
                if p.outside_cap && a.extra_used < extra {
                    a.extra_used += 1;
                    ev.project(i, Code::ExtraSlotCondition, Severity::Warning, Basis::Seed, None, Explain::ExtraSlot);
                } else if a.used < normal {
                    a.used += 1;
                } else {
                    status[i] = Status::Ineligible;
                    ev.project(
                        i,
                        Code::NoApplicationSlot,
                        Severity::Ineligible,
                        Basis::Seed,
                        None,
                        Explain::NoSlot {
                            pool,
                            start_year: p.start_year,
                            limit: normal + extra,
                            reference: param.reference_for.is_some().then_some(param),
                        },
                    );
                }
            }
            Limit::NoCount(param) | Limit::Unpublished(param) => {
                a.used += 1;
                ev.applies(param);
            }
        }
    }
    apps.sort_by_key(|a| (a.start_year, a.pool));
    apps
}

/// Step 3, infra pairing:
/// 「（注4）インフラ整備事業は、ソフト事業又は拠点整備事業との組み合わせを要件とする。」
/// A project that needs a partner is `ineligible` unless a soft or hub project holding a slot runs in
/// one of its years; the partner's amount does not matter.
pub(crate) fn pairing(rb: &dyn RuleBook, s: &Scenario, status: &mut [Status], ev: &mut Eval) {
    let holds_slot = status.to_vec();
    for (i, p) in s.projects.iter().enumerate() {
        if status[i] != Status::Eligible || !rb.needs_partner(p) {
            continue;
        }
        let paired = s.projects.iter().enumerate().any(|(j, q)| {
            matches!(q.kind, Kind::Soft | Kind::Hub)
                && holds_slot[j] == Status::Eligible
                && (p.start_year..=p.last_year()).any(|y| q.runs_in(y))
        });
        if !paired {
            status[i] = Status::Ineligible;
            ev.project(i, Code::InfraWithoutPartner, Severity::Ineligible, Basis::Seed, None, Explain::NoPartner);
        }
    }
}
