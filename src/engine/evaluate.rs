//! How a scenario is evaluated under one rule set: the steps of RULES.md, in order. The two rule sets
//! differ only in their [`RuleBook`] (`gen1`, `gen2`): which projects are eligible, which slot pools
//! and limits apply, which rate and which caps.

use crate::engine::allocate::{allocate, Claim, Pots};
use crate::engine::explain::Explain;
use crate::engine::finding::{Basis, Code, Finding, Severity, Text};
use crate::engine::layers;
use crate::engine::money::Yen;
use crate::engine::outcome::{
    Applications, KindTotals, Layers, Pool, ProjectOutcome, RuleSetId, RuleSetOutcome, Status, YearTotals,
};
use crate::engine::params::{Param, Value};
use crate::engine::scenario::{Class, Kind, Project, Scenario};
use std::borrow::Cow;

/// How many slots a pool has.
pub(crate) enum Limit {
    Count(&'static Param),
    /// No count applies (1.0 補正 hubs: 「－」).
    NoCount,
    /// The count is 未公表: not applied.
    Unpublished(&'static Param),
}

/// The caps of step 5 that apply to one kind of project. A 目安 cap is applied only while
/// `guidelines_as_caps` is true (step 7); a 未公表 one never.
#[derive(Default)]
pub(crate) struct Caps {
    /// The project's own cap per fiscal year.
    pub project_year: Option<&'static Param>,
    /// The project's own cap over its plan period.
    pub project_period: Option<&'static Param>,
    /// A cap on the eligible cost per fiscal year (TYPE S 「事業費：３億円」).
    pub cost: Option<&'static Param>,
    /// The applicant's pot per fiscal year, shared by the category.
    pub pot_year: Option<&'static Param>,
    /// The applicant's pot over the plan period, shared by the category.
    pub pot_period: Option<&'static Param>,
}

/// What distinguishes one rule set from the other.
pub(crate) trait RuleBook {
    fn id(&self) -> RuleSetId;
    fn label_ja(&self) -> &'static str;
    fn label_en(&self) -> &'static str;
    fn as_of(&self) -> &'static str;
    fn as_of_en(&self) -> &'static str;
    /// Step 1: basic eligibility (period, sector, round, digital); pushes its findings.
    fn step1(&self, s: &Scenario, i: usize, p: &Project, ev: &mut Eval) -> Status;
    /// Step 2: the slot pool a project takes a slot of; None when it takes none.
    fn pool(&self, p: &Project) -> Option<Pool>;
    /// Step 2: the pool's normal limit and its extra slots (outside the normal cap).
    fn limit(&self, class: Class, pool: Pool) -> (Limit, u32);
    /// Step 3: does the project need a soft or hub partner?
    fn needs_partner(&self, p: &Project) -> bool;
    /// Step 4: the subsidy rate.
    fn rate(&self, kind: Kind) -> &'static Param;
    /// Step 4: does the rate vary under other rules (2.0 infra 「1/2等」)?
    fn rate_varies(&self, kind: Kind) -> bool;
    /// Step 5: the caps.
    fn caps(&self, class: Class, kind: Kind) -> Caps;
}

/// The findings and notes gathered while evaluating.
pub(crate) struct Eval {
    pub project_findings: Vec<Vec<Finding>>,
    pub findings: Vec<Finding>,
    unpublished: Vec<&'static Param>,
    inferred: Vec<&'static Param>,
}

impl Eval {
    fn new(n: usize) -> Eval {
        Eval {
            project_findings: vec![Vec::new(); n],
            findings: Vec::new(),
            unpublished: Vec::new(),
            inferred: Vec::new(),
        }
    }

    /// A finding about project `i` (and a year where one applies).
    pub fn project(&mut self, i: usize, code: Code, severity: Severity, basis: Basis, year: Option<u32>, e: Explain) {
        self.project_findings[i].push(engine_finding(code, severity, basis, Some(i), year, e));
    }

    /// A parameter was used and changed the result: an inferred one is flagged once.
    pub fn used(&mut self, p: &'static Param) {
        if p.basis == Basis::Inferred && !self.inferred.iter().any(|q| q.id == p.id) {
            self.inferred.push(p);
        }
    }

    /// A 未公表 parameter would apply: listed once, never applied.
    pub fn unpublished(&mut self, p: &'static Param) {
        if !self.unpublished.iter().any(|q| q.id == p.id) {
            self.unpublished.push(p);
        }
    }
}

/// A finding of the engine: its source is the cited parameter, or `source` when it cites none.
pub(crate) fn engine_finding(
    code: Code,
    severity: Severity,
    basis: Basis,
    project: Option<usize>,
    year: Option<u32>,
    e: Explain,
) -> Finding {
    let source = if e.cite().is_some() { Cow::Borrowed("") } else { Cow::Borrowed(static_source(&e)) };
    Finding { code, severity, basis, source, project, year, text: Text::Lazy(e) }
}

fn static_source(e: &Explain) -> &'static str {
    match e {
        Explain::InfraSector { .. } => "000_ae054ae38168f694.txt 「（道・汚水処理施設・港湾）」",
        Explain::SupplementaryMultiYear { .. } => "000_ae054ae38168f694.txt 「＜補正＞－5億円/年度（単年度事業のみ）」",
        Explain::DigitalMultiYear { .. } => "002_24a4e8f349ab45d8.txt 「以下の事業の立ち上げに必要な経費を単年度に限り支援」",
        Explain::NoSlot { pool: Pool::All, .. } | Explain::ExtraSlot => {
            "000_ae054ae38168f694.txt 「（注3）新規事業の通常の申請上限件数は、自治体の規模を問わず、10件とする。一定の条件を満たす事業については、通常の申請上限件数の枠外として、２件の申請を可能とする。」"
        }
        Explain::NoSlot { pool: Pool::Soft, .. } => "000_ae054ae38168f694.txt 「【ソフト】3件0.7億円/件（複数年度可）」",
        Explain::NoSlot { .. } => "000_ae054ae38168f694.txt 「＜当初＞1件5億円/年度（複数年度可）」",
        Explain::NoPartner => "000_ae054ae38168f694.txt 「（注4）インフラ整備事業は、ソフト事業又は拠点整備事業との組み合わせを要件とする。」",
        Explain::NotModelled { .. } => "reference/RULES.md 「A digital type under 1.0 is not_modelled」",
        Explain::RateVaries => "000_ae054ae38168f694.txt 「補助率：1/2等（各省庁の交付要綱に従う）」",
        Explain::UnknownFields { .. } => "CONTRACT.md §1",
        _ => "reference/RULES.md",
    }
}

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

/// Is a cap applied in the allocation? (目安 only while `guidelines_as_caps`; 未公表 never.)
fn applied(p: &'static Param, guidelines_as_caps: bool) -> Option<Yen> {
    if p.guideline && !guidelines_as_caps {
        return None;
    }
    p.oku()
}

/// Evaluates the scenario under one rule set (RULES.md steps 1–8 and the local-share layers).
pub(crate) fn evaluate(rb: &dyn RuleBook, s: &Scenario) -> RuleSetOutcome {
    let n = s.projects.len();
    let n_years = s.last_year() as usize;
    let mut ev = Eval::new(n);

    // Step 1: basic eligibility.
    let mut status: Vec<Status> = s.projects.iter().enumerate().map(|(i, p)| rb.step1(s, i, p, &mut ev)).collect();

    // Step 2: application slots, per pool and start year, in list order.
    let mut apps: Vec<Applications> = Vec::new();
    for (i, p) in s.projects.iter().enumerate() {
        if status[i] != Status::Eligible {
            continue;
        }
        let Some(pool) = rb.pool(p) else { continue };
        let (limit, extra) = rb.limit(s.municipality, pool);
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
                        Explain::NoSlot { pool, start_year: p.start_year, limit: normal + extra },
                    );
                }
            }
            Limit::NoCount => a.used += 1,
            Limit::Unpublished(param) => {
                a.used += 1;
                ev.unpublished(param);
            }
        }
    }
    apps.sort_by_key(|a| (a.start_year, a.pool));

    // Step 3: infra pairing. A partner is a soft or hub project holding a slot that runs in one of the
    // infra project's years; its amount does not matter.
    let holds_slot = status.clone();
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

    // Step 4: requested national share per project and year, then the project's own per-year caps.
    let mut requested = vec![Yen::ZERO; n];
    let mut claims: Vec<Option<Claim>> = vec![None; n];
    for (i, p) in s.projects.iter().enumerate() {
        if status[i] != Status::Eligible {
            continue;
        }
        let rate_param = rb.rate(p.kind);
        let rate = rate_param.rate().unwrap_or(crate::engine::money::Rate::new(0, 1));
        let caps = rb.caps(s.municipality, p.kind);
        let mut years = Vec::with_capacity(p.years as usize);
        for k in 0..p.years {
            let y = p.start_year + k;
            let mut cost = Yen::from_oku(p.cost_in_year(k as usize)).unwrap_or(Yen::ZERO);
            let full = cost.times(rate);
            // 「事業費：３億円」 caps the eligible cost, so the national share is at most 3億円 × 3/4.
            if let Some(cap) = caps.cost.and_then(|c| c.oku()) {
                if cost > cap {
                    cost = cap;
                    let cut = full - cost.times(rate);
                    if let Some(param) = caps.cost {
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
            requested[i] += req;
            if !req.is_zero() {
                ev.used(rate_param);
            }
            let mut own = req;
            if let Some(param) = caps.project_year {
                match param.value {
                    Value::Unpublished if !req.is_zero() => ev.unpublished(param),
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
            years.push((y.saturating_sub(1) as usize, own));
        }
        let mut period_cap = Yen::UNLIMITED;
        if let Some(param) = caps.project_period {
            if param.is_unpublished() {
                if !requested[i].is_zero() {
                    ev.unpublished(param);
                }
            } else if let Some(cap) = applied(param, s.guidelines_as_caps) {
                period_cap = cap;
            }
        }
        for param in [caps.pot_year, caps.pot_period].into_iter().flatten() {
            if param.is_unpublished() && !requested[i].is_zero() {
                ev.unpublished(param);
            }
        }
        claims[i] = Some(Claim { years, period_cap });
    }

    // Steps 5–7: allocation per category under its pots, and the cuts it made.
    let mut national: Vec<Vec<Yen>> = vec![vec![Yen::ZERO; n_years]; n];
    let mut done = vec![false; n];
    for i in 0..n {
        if claims[i].is_none() || done[i] {
            continue;
        }
        let cat = category(i, &s.projects[i]);
        let members: Vec<usize> =
            (i..n).filter(|&j| claims[j].is_some() && category(j, &s.projects[j]) == cat).collect();
        let caps = rb.caps(s.municipality, s.projects[i].kind);
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
        record_cuts(&mut ev, &members, &cat_claims, &granted, &pots, &year_used, period_used, &caps);
        if !s.guidelines_as_caps {
            guideline_warnings(&mut ev, &members, &granted, &year_used, &caps);
        }
    }

    // Rule-set notes on eligible projects.
    for (i, p) in s.projects.iter().enumerate() {
        if status[i] == Status::Eligible && rb.rate_varies(p.kind) {
            ev.project(i, Code::RateVaries, Severity::Warning, Basis::Seed, None, Explain::RateVaries);
        }
    }

    // Step 8 and the layers: totals per project, year and kind.
    let mut projects = Vec::with_capacity(n);
    let mut by_year: Vec<YearTotals> = (1..=n_years as u32)
        .map(|y| YearTotals {
            year: y,
            fiscal_year: s.first_fiscal_year.map(|f| f + y - 1),
            cost_oku: Yen::ZERO,
            national_oku: Yen::ZERO,
            local_oku: Yen::ZERO,
        })
        .collect();
    let mut by_kind: Vec<KindTotals> = Vec::new();
    let mut total_layers = Layers::default();
    let (mut total_cost, mut total_national) = (Yen::ZERO, Yen::ZERO);
    for (i, p) in s.projects.iter().enumerate() {
        let st = status[i];
        let modelled = st != Status::NotModelled;
        let mut cost = Yen::ZERO;
        if modelled {
            for k in 0..p.years {
                let c = Yen::from_oku(p.cost_in_year(k as usize)).unwrap_or(Yen::ZERO);
                let y = (p.start_year + k).saturating_sub(1) as usize;
                cost += c;
                if let Some(t) = by_year.get_mut(y) {
                    t.cost_oku += c;
                    t.national_oku += national[i][y];
                }
            }
        }
        let nat: Yen = national[i].iter().copied().sum();
        let local = cost - nat;
        let lay = if modelled { layers::apply(rb.id(), s, i, p, st, nat, local, &mut ev) } else { Layers::default() };
        total_layers += lay;
        total_cost += cost;
        total_national += nat;
        if modelled {
            match by_kind.iter_mut().find(|k| k.kind == p.kind) {
                Some(k) => {
                    k.projects += 1;
                    k.cost_oku += cost;
                    k.national_oku += nat;
                    k.local_oku += local;
                }
                None => by_kind.push(KindTotals {
                    kind: p.kind,
                    projects: 1,
                    cost_oku: cost,
                    national_oku: nat,
                    local_oku: local,
                }),
            }
        }
        projects.push(ProjectOutcome {
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
        });
    }
    for t in &mut by_year {
        t.local_oku = t.cost_oku - t.national_oku;
    }
    by_kind.sort_by_key(|k| Kind::ALL.iter().position(|x| *x == k.kind));

    // Scenario-level notes: 未公表 and inferred parameters, unknown fields.
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
    layers::scenario_notes(rb.id(), &mut findings);

    RuleSetOutcome {
        id: rb.id(),
        label_ja: rb.label_ja(),
        label_en: rb.label_en(),
        as_of: rb.as_of(),
        as_of_en: rb.as_of_en(),
        total_cost_oku: total_cost,
        total_national_oku: total_national,
        total_local_oku: total_cost - total_national,
        comparable_national_oku: Yen::ZERO, // filled in by `simulate`, which sees both rule sets
        complete: ev.unpublished.is_empty(),
        unpublished: ev.unpublished.iter().map(|p| p.id).collect(),
        by_year,
        by_kind,
        projects,
        applications: apps,
        layers: total_layers,
        findings,
    }
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
