//! 財源ナビ: the other local-finance measures of the sources (docs/measures.md; the JSON in docs/format.md).
//!
//! A measure is a 特別交付税措置, a national subsidy or a 地方債 that a municipality can combine with the
//! 交付金. Each lives in one module of this folder that holds everything about it: a static
//! [`Measure`] (id, names, ministry, what it funds, summary, input fields with their labels, parameters
//! with their quotes, unchecked conditions, readings, what is not computed) and its calculator, which
//! walks its item table. The public API:
//!
//! - [`all`] / [`get`]: the definitions, for the page; [`list`] / [`list_text`] / [`find`]: the same as
//!   the list of `kofukin measures`;
//! - [`compute`] / [`compute_json`]: one calculation.
//!
//! Shared machinery: `inputs` (descriptors and validation), `lines` (arithmetic and findings), `terms`
//! (funds, ministries, units), `readings` (the readings several measures share).

mod inputs;
mod lines;
mod readings;
mod terms;

mod cooperators;
mod corporate_secondees;
mod decarbonisation_experts;
mod depopulation_bond;
mod depopulation_grant;
mod distributed_energy;
mod dx_talent;
mod local10000;
mod migration;
mod municipal_mynapoint;
mod pro_talent_side_jobs;
mod project_managers;
mod revitalization_advisors;
mod settlement_zone;
mod trial_satellite_office;
mod work_cooperatives;
mod working_holiday;

pub use inputs::{Choice, Def, Field, InputDesc, Ty, MAX_INTEGER, MAX_LIST, MAX_YEN};
pub use lines::Kind;
pub use readings::Reading;
pub use terms::{Bearer, Fund, Ministry, Unit};

use crate::engine::finding::{Basis, Code, Finding, Message, Severity};
use crate::engine::scenario::{object, parse_json_text, Checker, InputError};
use crate::engine::sources::{self, SourceRef};
use crate::engine::text::Text;
use inputs::Parsed;
use lines::Calc;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The document of every measure but one: 総務省 地域力創造グループ 令和５年度施策.
pub const SEED_004: &str = sources::MIC_REGIONAL_POWER;
/// The document of `pro_talent_side_jobs`: 「地方創生2.0基本構想」（概要）, プロフェッショナル人材事業.
pub const SEED_003: &str = sources::GEN2_BASIC_PLAN;

/// One number a calculator uses, with its unit and the phrase of the source it comes from (`params`).
#[derive(Clone, Copy, Debug)]
pub struct Param {
    pub name: &'static str,
    /// The value as a fraction `num / den` (amounts have `den` 1).
    pub num: u64,
    pub den: u64,
    /// Shown as a decimal ("0.5") rather than a fraction ("1/2"), as the source writes it.
    pub decimal: bool,
    pub unit: Unit,
    /// The source's phrase; fragments joined by 「…」 each occur in the seed.
    pub quote: &'static str,
}

impl Param {
    /// An amount in yen.
    pub const fn yen(name: &'static str, n: u64, unit: Unit, quote: &'static str) -> Param {
        Param { name, num: n, den: 1, decimal: false, unit, quote }
    }
    /// A rate the source writes as a fraction (1/2, 2/3, 10/10).
    pub const fn rate(name: &'static str, num: u64, den: u64, quote: &'static str) -> Param {
        Param { name, num, den, decimal: false, unit: Unit::Ratio, quote }
    }
    /// A rate the source writes as a decimal (0.5, 0.7, 90％).
    pub const fn decimal_rate(name: &'static str, num: u64, den: u64, quote: &'static str) -> Param {
        Param { name, num, den, decimal: true, unit: Unit::Ratio, quote }
    }
    /// A count the source states (days, visits, persons, years).
    pub const fn count(name: &'static str, n: u64, unit: Unit, quote: &'static str) -> Param {
        Param { name, num: n, den: 1, decimal: false, unit, quote }
    }
    /// A threshold of the 財政力指数, shown as a decimal ("0.25").
    pub const fn threshold(name: &'static str, num: u64, den: u64, quote: &'static str) -> Param {
        Param { name, num, den, decimal: true, unit: Unit::FiscalIndex, quote }
    }
    /// The amount (for `den` = 1).
    pub fn amount(&self) -> u128 {
        u128::from(self.num) / u128::from(self.den.max(1))
    }
    /// The text of the value in the list: "3000000", "1/2", "0.5".
    pub fn value_text(&self) -> String {
        if self.den == 1 {
            self.num.to_string()
        } else if self.decimal {
            (Decimal::from(self.num) / Decimal::from(self.den)).normalize().to_string()
        } else {
            format!("{}/{}", self.num, self.den)
        }
    }
    /// Its citation: the measure's document `source` and this parameter's quote.
    pub fn source_ref(&self, source: &'static str) -> SourceRef {
        SourceRef::new(source).quote(self.quote)
    }
    pub fn describe(&self, source: &'static str) -> ParamDesc {
        let unit = self.unit.label();
        ParamDesc {
            name: self.name.to_string(),
            value: self.value_text(),
            unit: unit.ja.to_string(),
            quote: self.quote.to_string(),
            unit_en: unit.en.to_string(),
            source_ref: self.source_ref(source),
        }
    }
}

/// A parameter as listed (`params[]`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ParamDesc {
    pub name: String,
    pub value: String,
    pub unit: String,
    /// The quote; fragments joined by 「…」 each occur verbatim in the document.
    pub quote: String,
    /// The unit in English (an addition to the listed fields).
    pub unit_en: String,
    /// The document, and the quote again (an addition to the listed fields).
    pub source_ref: SourceRef,
}

/// The static definition of a measure: everything the list, the calculator and the page need.
pub struct Measure {
    pub id: &'static str,
    /// `name_ja`, `name_en`.
    pub name: Text,
    pub ministry: Ministry,
    pub funds: &'static [Fund],
    /// The id of its document in the source registry.
    pub source: &'static str,
    /// One line: what the measure pays for and how much (the 概要 shown on the page).
    pub summary: Text,
    pub inputs: &'static [Field],
    pub params: &'static [&'static Param],
    /// The eligibility conditions the source states and the calculator does not check.
    pub conditions_ja: &'static [&'static str],
    /// What the source mentions without an amount, so it is not computed.
    pub not_computed: &'static [Text],
    /// The readings that apply where the sources are open, in order.
    pub readings: &'static [&'static Reading],
    /// The kinds of coverage the calculator can produce (the page shows these columns).
    pub covers: &'static [Kind],
    /// Whether the calculator issues a 地方債 (`bond_yen`).
    pub bond: bool,
    /// Who bears `local_yen`.
    pub bearer: Bearer,
    /// The calculator: reads the validated input, checks conditional requirements into the checker,
    /// and adds lines and findings in item-table order.
    pub run: fn(&Parsed, &mut Checker, &mut Calc),
}

/// A measure as listed (`kofukin measures --json`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MeasureInfo {
    pub id: String,
    pub name_ja: String,
    pub name_en: String,
    pub ministry: String,
    pub funds: Vec<String>,
    /// The citation of its document (docs/format.md, "Sources").
    pub source: String,
    /// The document's registry id (an addition to the listed fields).
    pub source_ref: SourceRef,
    pub inputs: Vec<InputDesc>,
    pub params: Vec<ParamDesc>,
    pub conditions_ja: Vec<String>,
    /// Additions to the listed fields: the ministry in English and the one-line summary.
    pub ministry_en: String,
    pub summary_ja: String,
    pub summary_en: String,
}

impl Measure {
    pub fn info(&self) -> MeasureInfo {
        let ministry = self.ministry.label();
        MeasureInfo {
            id: self.id.to_string(),
            name_ja: self.name.ja.to_string(),
            name_en: self.name.en.to_string(),
            ministry: ministry.ja.to_string(),
            funds: self.funds.iter().map(|f| f.id().to_string()).collect(),
            source: SourceRef::new(self.source).citation().ja.into_owned(),
            source_ref: SourceRef::new(self.source),
            inputs: self.inputs.iter().map(Field::describe).collect(),
            params: self.params.iter().map(|p| p.describe(self.source)).collect(),
            conditions_ja: self.conditions_ja.iter().map(|s| s.to_string()).collect(),
            ministry_en: ministry.en.to_string(),
            summary_ja: self.summary.ja.to_string(),
            summary_en: self.summary.en.to_string(),
        }
    }
}

/// Covered amounts by source (`covered_yen`): always all four keys.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Covered {
    pub national: u64,
    pub special_allocation_tax: u64,
    pub ordinary_allocation_tax: u64,
    pub user_fees: u64,
}

impl Covered {
    /// The amount of one kind.
    pub fn get(&self, kind: Kind) -> u64 {
        match kind {
            Kind::National => self.national,
            Kind::Special => self.special_allocation_tax,
            Kind::Ordinary => self.ordinary_allocation_tax,
            Kind::UserFees => self.user_fees,
        }
    }
    pub fn total(&self) -> u64 {
        self.national
            .saturating_add(self.special_allocation_tax)
            .saturating_add(self.ordinary_allocation_tax)
            .saturating_add(self.user_fees)
    }
    fn add(&mut self, o: &Covered) {
        self.national = self.national.saturating_add(o.national);
        self.special_allocation_tax = self.special_allocation_tax.saturating_add(o.special_allocation_tax);
        self.ordinary_allocation_tax = self.ordinary_allocation_tax.saturating_add(o.ordinary_allocation_tax);
        self.user_fees = self.user_fees.saturating_add(o.user_fees);
    }
}

/// One line of a result (`lines[]`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Line {
    pub item: String,
    pub label_ja: String,
    pub label_en: String,
    pub cost_yen: u64,
    pub eligible_yen: u64,
    pub covered_yen: Covered,
    pub bond_yen: u64,
    /// The measure's document, with the quote of the cap that applied to the line, if one did.
    pub source_ref: SourceRef,
}

/// The result of one calculation (docs/format.md).
#[derive(Clone, Debug, Serialize)]
pub struct MeasureResult {
    pub id: String,
    pub cost_yen: u64,
    pub eligible_yen: u64,
    pub covered_yen: Covered,
    pub covered_total_yen: u64,
    pub bond_yen: u64,
    pub local_yen: u64,
    pub lines: Vec<Line>,
    pub findings: Vec<Finding>,
}

/// Every measure, in the order of the list (docs/measures.md). Adding a measure: its module above and
/// one line here.
static REGISTRY: [&Measure; 17] = [
    &local10000::MEASURE,
    &distributed_energy::MEASURE,
    &decarbonisation_experts::MEASURE,
    &cooperators::MEASURE,
    &working_holiday::MEASURE,
    &trial_satellite_office::MEASURE,
    &corporate_secondees::MEASURE,
    &revitalization_advisors::MEASURE,
    &project_managers::MEASURE,
    &migration::MEASURE,
    &settlement_zone::MEASURE,
    &depopulation_bond::MEASURE,
    &depopulation_grant::MEASURE,
    &work_cooperatives::MEASURE,
    &dx_talent::MEASURE,
    &municipal_mynapoint::MEASURE,
    &pro_talent_side_jobs::MEASURE,
];

/// Every measure's definition, in list order.
pub fn all() -> &'static [&'static Measure] {
    &REGISTRY
}

/// One measure's definition, by id.
pub fn get(id: &str) -> Option<&'static Measure> {
    REGISTRY.iter().copied().find(|m| m.id == id)
}

/// The list of `kofukin measures --json`, in list order.
pub fn list() -> Vec<MeasureInfo> {
    REGISTRY.iter().map(|m| m.info()).collect()
}

/// One measure as listed, by id.
pub fn find(id: &str) -> Option<MeasureInfo> {
    get(id).map(Measure::info)
}

/// The text list of `kofukin measures`: one line per measure, then one indented line per input.
pub fn list_text() -> String {
    let mut out = String::new();
    for m in REGISTRY {
        let funds = m.funds.iter().map(|f| f.id()).collect::<Vec<_>>().join(", ");
        out.push_str(&format!("{}  {}  [{}]  funds: {funds}\n", m.id, m.name.ja, m.ministry.label().ja));
        for f in m.inputs {
            describe_field_line(&mut out, f, "  ");
        }
    }
    out
}

fn describe_field_line(out: &mut String, f: &Field, indent: &str) {
    let d = f.describe();
    let need = if d.required {
        "required".to_string()
    } else if d.default.is_null() {
        "optional".to_string()
    } else {
        format!("default {}", d.default)
    };
    let allowed = d.allowed.as_ref().map(|a| format!("  allowed: {}", a.join(" | "))).unwrap_or_default();
    let ty = if d.unit.is_empty() { d.ty.clone() } else { format!("{}, {}", d.ty, d.unit) };
    out.push_str(&format!("{indent}{}  ({ty})  {need}{allowed}  {}\n", d.name, d.meaning_ja));
    if let Some(fields) = f.list_fields() {
        for sub in fields {
            describe_field_line(out, sub, &format!("{indent}    "));
        }
    }
}

/// Computes measure `id` for `input`. An unknown id or invalid input is an [`InputError`].
pub fn compute(id: &str, input: &Value) -> Result<MeasureResult, InputError> {
    let Some(m) = get(id) else {
        let known = REGISTRY.iter().map(|m| m.id).collect::<Vec<_>>().join(", ");
        return Err(InputError::single(
            "id",
            format!("不明な measure id です: \"{id}\"。次のいずれかです: {known}"),
            format!("unknown measure id \"{id}\"; known ids: {known}"),
        ));
    };
    let mut c = Checker::default();
    let Some(obj) = object(&mut c, input, "", "入力", "the input") else {
        return Err(InputError { errors: c.errors });
    };
    let parsed = inputs::parse(&mut c, obj, m.inputs, "");
    let mut calc = Calc::new(m.source);
    (m.run)(&parsed, &mut c, &mut calc);
    if calc.rate_one_used() {
        calc.findings.push(rate_not_stated());
    }
    if !c.unknown.is_empty() {
        calc.findings.push(unknown_fields(&c.unknown));
    }
    c.finish(())?;
    Ok(assemble(m.id, calc))
}

/// Input JSON text in, pretty result JSON out: the CLI and the JS API share this path.
pub fn compute_json(id: &str, text: &str) -> Result<String, InputError> {
    let v = parse_json_text(text)?;
    let r = compute(id, &v)?;
    Ok(serde_json::to_string_pretty(&r).unwrap_or_default())
}

fn assemble(id: &str, calc: Calc) -> MeasureResult {
    let mut covered = Covered::default();
    let (mut cost, mut eligible, mut bond) = (0u64, 0u64, 0u64);
    for l in &calc.lines {
        cost = cost.saturating_add(l.cost_yen);
        eligible = eligible.saturating_add(l.eligible_yen);
        bond = bond.saturating_add(l.bond_yen);
        covered.add(&l.covered_yen);
    }
    let total = covered.total();
    MeasureResult {
        id: id.to_string(),
        cost_yen: cost,
        eligible_yen: eligible,
        covered_yen: covered,
        covered_total_yen: total,
        bond_yen: bond,
        local_yen: cost.saturating_sub(total),
        lines: calc.lines,
        findings: calc.findings,
    }
}

/// Reading R1: 「上限額 年間５６０万円／人」 stands next to 「上限額 年間１００万円（措置率０．５）」
/// (総務省「令和５年度 地域力創造グループ施策について」): a cap with no 措置率 is read as rate 1, and the
/// result says so once.
fn rate_not_stated() -> Finding {
    Finding {
        code: Code::RateNotStated,
        severity: Severity::Warning,
        basis: Basis::Inferred,
        source_ref: SourceRef::new(sources::MEASURES).at("R1"),
        project: None,
        year: None,
        text: Message::plain(
            "上限額のみが示され措置率の記載がない経費は、上限額まで全額（措置率1）として計算しました（前提 R1）",
            "Lines for which the source states a cap and no rate are covered in full up to the cap (rate 1, reading R1)",
        ),
    }
}

fn unknown_fields(names: &[String]) -> Finding {
    Finding {
        code: Code::UnknownFields,
        severity: Severity::Warning,
        basis: Basis::Assumption,
        source_ref: SourceRef::new(sources::MEASURES),
        project: None,
        year: None,
        text: Message::plain(
            format!("知らない項目を無視しました: {}", names.join(", ")),
            format!("Ignored unknown fields: {}", names.join(", ")),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_measure_defines_its_texts_in_both_languages() {
        for m in all() {
            for t in [&m.name, &m.summary] {
                assert!(!t.ja.is_empty() && !t.en.is_empty(), "{}", m.id);
            }
            assert!(m.readings.iter().any(|r| r.id == "R6"), "{}", m.id);
            assert!(!m.ministry.label().en.is_empty(), "{}", m.id);
            let mut fields: Vec<&Field> = m.inputs.iter().collect();
            fields.extend(m.inputs.iter().filter_map(|f| f.list_fields()).flatten());
            for f in fields {
                // Units in English have no Japanese characters; choices have names in both languages.
                assert!(!f.unit.label().en.chars().any(|c| c > '\u{2FFF}'), "{}.{}", m.id, f.name);
                if let Ty::Enum(choices) = &f.ty {
                    assert!(choices.iter().all(|c| !c.label.ja.is_empty() && !c.label.en.is_empty()), "{}", f.name);
                }
            }
            for p in m.params {
                assert!(!p.unit.label().en.chars().any(|c| c > '\u{2FFF}'), "{} {}", m.id, p.name);
            }
        }
    }
}
