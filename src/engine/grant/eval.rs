//! The record kept while one rule set evaluates a scenario: the findings per project and for the whole
//! scenario, and the parameters that were used (inferred ones are flagged) or would apply but are
//! 未公表. Every step of the pipeline, the layers included, writes to it.

use crate::engine::finding::explain::Explain;
use crate::engine::finding::{Basis, Code, Finding, Message, Severity};
use crate::engine::outcome::Pool;
use crate::engine::params::Param;
use std::borrow::Cow;

/// The findings and notes gathered while evaluating.
pub(crate) struct Eval {
    pub project_findings: Vec<Vec<Finding>>,
    pub findings: Vec<Finding>,
    pub unpublished: Vec<&'static Param>,
    pub inferred: Vec<&'static Param>,
}

impl Eval {
    pub fn new(n: usize) -> Eval {
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
    Finding { code, severity, basis, source, project, year, text: Message::Lazy(e) }
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
        Explain::NotModelled { .. } => "docs/rules.md 「A digital type under 1.0 is not_modelled」",
        Explain::RateVaries => "000_ae054ae38168f694.txt 「補助率：1/2等（各省庁の交付要綱に従う）」",
        Explain::UnknownFields { .. } => "docs/format.md",
        _ => "docs/rules.md",
    }
}
