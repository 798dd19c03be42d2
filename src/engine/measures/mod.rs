//! 財源ナビ: the other local-finance measures of the sources (`reference/MEASURES.md`, CONTRACT §8).
//!
//! A measure is a 特別交付税措置, a national subsidy or a 地方債 that a municipality can combine with the
//! 交付金. Each has a static definition ([`Measure`]: id, names, input fields, parameters with their
//! quotes, unchecked conditions) and a calculator that walks its item table. The public API:
//!
//! - [`list`] / [`list_text`] / [`find`]: the definitions (§8.2, §8.1);
//! - [`compute`] / [`compute_json`]: one calculation (§8.4).
//!
//! Module map: `inputs` (descriptors and validation, §8.3), `lines` (arithmetic and findings, §8.5–8.6),
//! and the measures by group: `startups_energy`, `people`, `zones_kaso`, `jobs_digital`.

mod inputs;
mod jobs_digital;
mod lines;
mod people;
mod startups_energy;
mod zones_kaso;

pub use inputs::{InputDesc, MAX_LIST, MAX_YEN};

use crate::engine::finding::{Basis, Code, Finding, Severity, Text};
use crate::engine::scenario::{object, parse_json_text, Checker, InputError};
use inputs::{Field, Parsed};
use lines::Calc;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The seed of every measure but one: 総務省 地域力創造グループ 令和５年度施策.
pub const SEED_004: &str = "004_8823d3e18bb7fa97.txt";
/// The seed of `pro_talent_side_jobs`: プロフェッショナル人材事業.
pub const SEED_003: &str = "003_bde491f12127e8d8.txt";

/// One number a calculator uses, with its unit and the phrase of the source it comes from (§8.2 `params`).
#[derive(Clone, Copy, Debug)]
pub struct Param {
    pub name: &'static str,
    /// The value as a fraction `num / den` (amounts have `den` 1).
    pub num: u64,
    pub den: u64,
    /// Shown as a decimal ("0.5") rather than a fraction ("1/2"), as the source writes it.
    pub decimal: bool,
    pub unit: &'static str,
    /// The source's phrase; fragments joined by 「…」 each occur in the seed.
    pub quote: &'static str,
}

impl Param {
    /// An amount in yen.
    pub const fn yen(name: &'static str, n: u64, unit: &'static str, quote: &'static str) -> Param {
        Param { name, num: n, den: 1, decimal: false, unit, quote }
    }
    /// A rate the source writes as a fraction (1/2, 2/3, 10/10).
    pub const fn rate(name: &'static str, num: u64, den: u64, quote: &'static str) -> Param {
        Param { name, num, den, decimal: false, unit: "割合", quote }
    }
    /// A rate the source writes as a decimal (0.5, 0.7, 90％).
    pub const fn decimal_rate(name: &'static str, num: u64, den: u64, quote: &'static str) -> Param {
        Param { name, num, den, decimal: true, unit: "割合", quote }
    }
    /// A count the source states (days, visits, persons, years).
    pub const fn count(name: &'static str, n: u64, unit: &'static str, quote: &'static str) -> Param {
        Param { name, num: n, den: 1, decimal: false, unit, quote }
    }
    /// A threshold of the 財政力指数, shown as a decimal ("0.25").
    pub const fn threshold(name: &'static str, num: u64, den: u64, quote: &'static str) -> Param {
        Param { name, num, den, decimal: true, unit: "財政力指数", quote }
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
    pub fn describe(&self) -> ParamDesc {
        ParamDesc {
            name: self.name.to_string(),
            value: self.value_text(),
            unit: self.unit.to_string(),
            quote: self.quote.to_string(),
        }
    }
}

/// A parameter as listed (§8.2 `params[]`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParamDesc {
    pub name: String,
    pub value: String,
    pub unit: String,
    pub quote: String,
}

/// The static definition of a measure.
pub struct Measure {
    pub id: &'static str,
    pub name_ja: &'static str,
    pub name_en: &'static str,
    pub ministry: &'static str,
    pub funds: &'static [&'static str],
    pub source: &'static str,
    pub inputs: &'static [Field],
    pub params: &'static [&'static Param],
    pub conditions_ja: &'static [&'static str],
    /// The calculator: reads the validated input, checks conditional requirements into the checker,
    /// and adds lines and findings in item-table order.
    pub run: fn(&Parsed, &mut Checker, &mut Calc),
}

/// A measure as listed (§8.2).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureInfo {
    pub id: String,
    pub name_ja: String,
    pub name_en: String,
    pub ministry: String,
    pub funds: Vec<String>,
    pub source: String,
    pub inputs: Vec<InputDesc>,
    pub params: Vec<ParamDesc>,
    pub conditions_ja: Vec<String>,
}

impl Measure {
    pub fn info(&self) -> MeasureInfo {
        MeasureInfo {
            id: self.id.to_string(),
            name_ja: self.name_ja.to_string(),
            name_en: self.name_en.to_string(),
            ministry: self.ministry.to_string(),
            funds: self.funds.iter().map(|s| s.to_string()).collect(),
            source: self.source.to_string(),
            inputs: self.inputs.iter().map(Field::describe).collect(),
            params: self.params.iter().map(|p| p.describe()).collect(),
            conditions_ja: self.conditions_ja.iter().map(|s| s.to_string()).collect(),
        }
    }
}

/// Covered amounts by source (§8.4 `covered_yen`): always all four keys.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Covered {
    pub national: u64,
    pub special_allocation_tax: u64,
    pub ordinary_allocation_tax: u64,
    pub user_fees: u64,
}

impl Covered {
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

/// One line of a result (§8.4 `lines[]`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub item: String,
    pub label_ja: String,
    pub cost_yen: u64,
    pub eligible_yen: u64,
    pub covered_yen: Covered,
    pub bond_yen: u64,
}

/// The result of one calculation (§8.4).
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

/// Every measure, in the order of §8.7.
fn registry() -> [&'static Measure; 17] {
    [
        &startups_energy::LOCAL10000,
        &startups_energy::DISTRIBUTED_ENERGY,
        &startups_energy::DECARBONISATION_EXPERTS,
        &people::COOPERATORS,
        &people::WORKING_HOLIDAY,
        &people::TRIAL_SATELLITE_OFFICE,
        &people::CORPORATE_SECONDEES,
        &people::REVITALIZATION_ADVISORS,
        &people::PROJECT_MANAGERS,
        &people::MIGRATION,
        &zones_kaso::SETTLEMENT_ZONE,
        &zones_kaso::DEPOPULATION_BOND,
        &zones_kaso::DEPOPULATION_GRANT,
        &jobs_digital::WORK_COOPERATIVES,
        &jobs_digital::DX_TALENT,
        &jobs_digital::MUNICIPAL_MYNAPOINT,
        &jobs_digital::PRO_TALENT_SIDE_JOBS,
    ]
}

/// The list of §8.2, in §8.7 order.
pub fn list() -> Vec<MeasureInfo> {
    registry().iter().map(|m| m.info()).collect()
}

/// One measure's definition, by id.
pub fn find(id: &str) -> Option<MeasureInfo> {
    registry().iter().find(|m| m.id == id).map(|m| m.info())
}

/// The text list of `kofukin measures` (§8.1): one line per measure, then one indented line per input.
pub fn list_text() -> String {
    let mut out = String::new();
    for m in registry() {
        out.push_str(&format!("{}  {}  [{}]  funds: {}\n", m.id, m.name_ja, m.ministry, m.funds.join(", ")));
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
    if let inputs::Ty::List(fields) = f.ty {
        for sub in fields {
            describe_field_line(out, sub, &format!("{indent}    "));
        }
    }
}

/// Computes measure `id` for `input` (§8.4). An unknown id or invalid input is an [`InputError`].
pub fn compute(id: &str, input: &Value) -> Result<MeasureResult, InputError> {
    let Some(m) = registry().into_iter().find(|m| m.id == id) else {
        let known = registry().iter().map(|m| m.id).collect::<Vec<_>>().join(", ");
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

/// §8.5 step 5, R1: 「上限額 年間５６０万円／人」 stands next to 「上限額 年間１００万円（措置率０．５）」
/// (004_8823d3e18bb7fa97.txt): a cap with no 措置率 is read as rate 1, and the result says so once.
fn rate_not_stated() -> Finding {
    Finding {
        code: Code::RateNotStated,
        severity: Severity::Warning,
        basis: Basis::Inferred,
        source: format!("{SEED_004} 「上限額 年間５６０万円／人」「上限額 年間１００万円（措置率０．５）／団体」 (MEASURES.md R1)").into(),
        project: None,
        year: None,
        text: Text::plain(
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
        source: "MEASURES.md §8.3".into(),
        project: None,
        year: None,
        text: Text::plain(
            format!("知らない項目を無視しました: {}", names.join(", ")),
            format!("Ignored unknown fields: {}", names.join(", ")),
        ),
    }
}
