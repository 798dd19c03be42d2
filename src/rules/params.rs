//! Every number of the two rule sets, one table per rule set, each entry with its source.
//! (Filled in by the engine work; the shape is fixed here so the app can render the 根拠 panel.)

use crate::rules::finding::Basis;
use crate::rules::money::{Rate, Yen};
use crate::rules::outcome::RuleSetId;
use crate::rules::scenario::Class;
use serde::Serialize;

/// The value of a parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Value {
    /// An amount (億円 in the table).
    Oku(Yen),
    /// A count of applications (件).
    Count(u32),
    /// A rate such as 1/2.
    Rate(Rate),
    /// A number of fiscal years (年度).
    Years(u32),
    /// 未公表: no source settles it; never applied.
    Unpublished,
}

/// One parameter: value, unit, fiscal year, 目安 or not, and the source with the quoted phrase.
#[derive(Clone, Debug, Serialize)]
pub struct Param {
    pub id: &'static str,
    pub rule_set: RuleSetId,
    /// The class it applies to; None for every class.
    pub class: Option<Class>,
    pub label_ja: &'static str,
    pub label_en: &'static str,
    pub value: Value,
    /// Unit as the sources write it: 億円/年度, 億円/計画期間, 億円/事業, 件, 年度, 割合.
    pub unit: &'static str,
    /// Fiscal year or date of the source, e.g. "令和7年度".
    pub as_of: &'static str,
    /// The source calls it a 目安 (guideline).
    pub guideline: bool,
    /// Seed file name or public document title.
    pub source: &'static str,
    /// The quoted phrase.
    pub quote: &'static str,
    pub basis: Basis,
}

/// Every parameter of both rule sets, 1.0 first.
pub fn table() -> Vec<&'static Param> {
    Vec::new()
}
