//! The record kept while one rule set evaluates a scenario: the findings per project and for the whole
//! scenario, and the parameters that were used (inferred ones are flagged) or would apply but are
//! 未公表. Every step of the pipeline, the layers included, writes to it.

use crate::engine::finding::explain::Explain;
use crate::engine::finding::{Basis, Code, Finding, Message, Severity};
use crate::engine::outcome::Pool;
use crate::engine::params::Param;
use crate::engine::sources::{self, SourceRef};

/// The findings and notes gathered while evaluating.
pub(crate) struct Eval {
    pub project_findings: Vec<Vec<Finding>>,
    pub findings: Vec<Finding>,
    pub unpublished: Vec<&'static Param>,
    pub inferred: Vec<&'static Param>,
    /// Reference values applied in place of open ones.
    pub reference: Vec<&'static Param>,
}

impl Eval {
    pub fn new(n: usize) -> Eval {
        Eval {
            project_findings: vec![Vec::new(); n],
            findings: Vec::new(),
            unpublished: Vec::new(),
            inferred: Vec::new(),
            reference: Vec::new(),
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

    /// A parameter would apply (a count to a project taking a slot, a cap to a request above 0): an
    /// open one is listed once and never applied; a reference value standing for an open one is
    /// listed once as applied.
    pub fn applies(&mut self, p: &'static Param) {
        let list = if p.is_unpublished() {
            &mut self.unpublished
        } else if p.reference_for.is_some() {
            &mut self.reference
        } else {
            return;
        };
        if !list.iter().any(|q| q.id == p.id) {
            list.push(p);
        }
    }
}

/// A finding of the engine: its source is the cited parameter's, or the document of the rule it
/// applies when it cites none.
pub(crate) fn engine_finding(
    code: Code,
    severity: Severity,
    basis: Basis,
    project: Option<usize>,
    year: Option<u32>,
    e: Explain,
) -> Finding {
    let source_ref = e.cite().map_or_else(|| rule_source(&e), |p| p.source_ref);
    Finding { code, severity, basis, source_ref, project, year, text: Message::Lazy(e) }
}

/// The slide (or the project's rules) behind a finding that cites no parameter.
fn rule_source(e: &Explain) -> SourceRef {
    let diff = SourceRef::new(sources::GEN1_GEN2_DIFF);
    match e {
        Explain::InfraSector { .. } => diff.quote("（道・汚水処理施設・港湾）"),
        Explain::SupplementaryMultiYear { .. } => diff.quote("＜補正＞－5億円/年度（単年度事業のみ）"),
        Explain::DigitalMultiYear { .. } => SourceRef::new(sources::GEN2_BASIC_APPROACH)
            .at("【R６補正】 新しい地方経済・生活環境創生交付金 デジタル実装型の概要")
            .quote("以下の事業の立ち上げに必要な経費を単年度に限り支援"),
        Explain::NoSlot { pool: Pool::All, .. } | Explain::ExtraSlot => diff.at("注3").quote(
            "（注3）新規事業の通常の申請上限件数は、自治体の規模を問わず、10件とする。一定の条件を満たす事業については、通常の申請上限件数の枠外として、２件の申請を可能とする。",
        ),
        Explain::NoSlot { pool: Pool::Soft, .. } => diff.quote("【ソフト】3件0.7億円/件（複数年度可）"),
        Explain::NoSlot { .. } => diff.quote("＜当初＞1件5億円/年度（複数年度可）"),
        Explain::NoPartner => diff.at("注4").quote("（注4）インフラ整備事業は、ソフト事業又は拠点整備事業との組み合わせを要件とする。"),
        Explain::NotModelled { .. } => SourceRef::new(sources::RULES).at("手順1"),
        Explain::RateVaries => diff.quote("補助率：1/2等（各省庁の交付要綱に従う）"),
        _ => SourceRef::new(sources::RULES),
    }
}
