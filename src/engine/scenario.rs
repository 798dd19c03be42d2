//! The scenario (CONTRACT §1): who applies, with which projects, and its validation.
//!
//! `Scenario::from_json` is the one validator behind the CLI, the JS API, JSON import and the `s=` URL
//! key: every problem names the field with its path (`projects[2].years`) and what is allowed, in
//! Japanese and English. It never panics, whatever the bytes.

use crate::engine::money::{decimal_from_json, oku_serde, DecimalProblem};
use crate::engine::text::Text;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;

/// The applicant's class (CONTRACT §1 `municipality`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// 都道府県
    Prefecture,
    /// 中枢中核都市
    CoreCity,
    /// 市区町村
    #[default]
    Municipality,
}

impl Class {
    pub const ALL: [Class; 3] = [Class::Prefecture, Class::CoreCity, Class::Municipality];
    pub fn label_ja(self) -> &'static str {
        match self {
            Class::Prefecture => "都道府県",
            Class::CoreCity => "中枢中核都市",
            Class::Municipality => "市区町村",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            Class::Prefecture => "Prefecture",
            Class::CoreCity => "Core city",
            Class::Municipality => "Municipality",
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Prefecture => "prefecture",
            Class::CoreCity => "core_city",
            Class::Municipality => "municipality",
        }
    }
}

/// The kind of project (CONTRACT §1 `kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// ソフト事業
    #[default]
    Soft,
    /// 拠点整備事業
    Hub,
    /// インフラ整備事業
    Infra,
    /// デジタル実装型 TYPE1 優良モデル導入支援型
    DigitalType1,
    /// デジタル実装型 TYPE V 先進的デジタル公共財活用型
    DigitalTypeV,
    /// デジタル実装型 TYPE S デジタル行財政改革特化型
    DigitalTypeS,
}

impl Kind {
    pub const ALL: [Kind; 6] =
        [Kind::Soft, Kind::Hub, Kind::Infra, Kind::DigitalType1, Kind::DigitalTypeV, Kind::DigitalTypeS];
    pub fn is_digital(self) -> bool {
        matches!(self, Kind::DigitalType1 | Kind::DigitalTypeV | Kind::DigitalTypeS)
    }
    pub fn label_ja(self) -> &'static str {
        match self {
            Kind::Soft => "ソフト事業",
            Kind::Hub => "拠点整備事業",
            Kind::Infra => "インフラ整備事業",
            Kind::DigitalType1 => "デジタル実装型 TYPE1",
            Kind::DigitalTypeV => "デジタル実装型 TYPE V",
            Kind::DigitalTypeS => "デジタル実装型 TYPE S",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            Kind::Soft => "Soft project",
            Kind::Hub => "Hub facility project",
            Kind::Infra => "Infrastructure project",
            Kind::DigitalType1 => "Digital TYPE1",
            Kind::DigitalTypeV => "Digital TYPE V",
            Kind::DigitalTypeS => "Digital TYPE S",
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Soft => "soft",
            Kind::Hub => "hub",
            Kind::Infra => "infra",
            Kind::DigitalType1 => "digital_type1",
            Kind::DigitalTypeV => "digital_type_v",
            Kind::DigitalTypeS => "digital_type_s",
        }
    }
}

/// Budget round (CONTRACT §1 `round`): matters for hub projects only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Round {
    /// 当初
    #[default]
    Initial,
    /// 補正
    Supplementary,
}

impl Round {
    pub fn as_str(self) -> &'static str {
        match self {
            Round::Initial => "initial",
            Round::Supplementary => "supplementary",
        }
    }
}

/// Infrastructure sector (CONTRACT §1 `infra_sector`): matters for infra projects only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// 道
    Road,
    /// 汚水処理施設
    Sewage,
    /// 港湾
    Port,
    #[default]
    Other,
}

impl Sector {
    pub fn as_str(self) -> &'static str {
        match self {
            Sector::Road => "road",
            Sector::Sewage => "sewage",
            Sector::Port => "port",
            Sector::Other => "other",
        }
    }
    pub fn label_ja(self) -> &'static str {
        match self {
            Sector::Road => "道",
            Sector::Sewage => "汚水処理施設",
            Sector::Port => "港湾",
            Sector::Other => "その他",
        }
    }
}

/// A 地方債 on the project's local share (CONTRACT §1 `bond`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Bond {
    #[default]
    None,
    /// 過疎対策事業債 (the applicant says it is a 過疎市町村 with a 計画)
    Depopulation,
    /// 一般補助施設整備等事業債 (1.0 補正 hub)
    General,
}

impl Bond {
    pub fn as_str(self) -> &'static str {
        match self {
            Bond::None => "none",
            Bond::Depopulation => "depopulation",
            Bond::General => "general",
        }
    }
}

/// One project: one application, in the applicant's priority order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    pub kind: Kind,
    /// 事業費 in each fiscal year, 億円.
    #[serde(with = "oku_serde")]
    pub annual_cost_oku: Decimal,
    /// Cost per fiscal year when it varies; overrides `annual_cost_oku`; its length equals `years`.
    #[serde(default, with = "oku_serde::vec", skip_serializing_if = "Option::is_none")]
    pub cost_by_year_oku: Option<Vec<Decimal>>,
    pub years: u32,
    pub start_year: u32,
    pub round: Round,
    pub infra_sector: Sector,
    pub outside_cap: bool,
    #[serde(with = "oku_serde")]
    pub donation_oku: Decimal,
    pub bond: Bond,
    pub name: String,
}

impl Default for Project {
    fn default() -> Self {
        Project {
            kind: Kind::Soft,
            annual_cost_oku: Decimal::ZERO,
            cost_by_year_oku: None,
            years: 1,
            start_year: 1,
            round: Round::Initial,
            infra_sector: Sector::Other,
            outside_cap: false,
            donation_oku: Decimal::ZERO,
            bond: Bond::None,
            name: String::new(),
        }
    }
}

impl Project {
    /// Cost in the project's own year `i` (0 = its first year), 億円.
    pub fn cost_in_year(&self, i: usize) -> Decimal {
        match &self.cost_by_year_oku {
            Some(list) => list.get(i).copied().unwrap_or(Decimal::ZERO),
            None => self.annual_cost_oku,
        }
    }
    /// The last scenario year the project runs in (a project built in code with 0 years ends before
    /// it starts, never below year 0).
    pub fn last_year(&self) -> u32 {
        (self.start_year + self.years).saturating_sub(1)
    }
    /// Does the project run in scenario year `y`?
    pub fn runs_in(&self, y: u32) -> bool {
        y >= self.start_year && y <= self.last_year()
    }
    /// Total cost over the plan period, 億円.
    pub fn total_cost_oku(&self) -> Decimal {
        (0..self.years as usize).map(|i| self.cost_in_year(i)).sum()
    }
}

/// The whole scenario (CONTRACT §1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    pub version: u32,
    pub municipality: Class,
    pub guidelines_as_caps: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_fiscal_year: Option<u32>,
    #[serde(default)]
    pub non_recipient: bool,
    pub projects: Vec<Project>,
    /// Fields of the input this version does not know (reported as `unknown_fields`).
    #[serde(skip)]
    pub unknown_fields: Vec<String>,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            version: 1,
            municipality: Class::Municipality,
            guidelines_as_caps: true,
            first_fiscal_year: None,
            non_recipient: false,
            projects: Vec::new(),
            unknown_fields: Vec::new(),
        }
    }
}

/// Bounds of CONTRACT §1.
pub mod bounds {
    use super::*;
    pub const MAX_PROJECTS: usize = 100;
    pub const MAX_YEARS: u32 = 10;
    pub const MAX_START_YEAR: u32 = 10;
    pub const MAX_COST_OKU: Decimal = dec!(100000);
    /// Not bounded by the contract (「decimal ≥ 0」); bounded here so that sums stay exact: ten times the
    /// largest cost a project can have over its plan period.
    pub const MAX_DONATION_OKU: Decimal = dec!(10000000);
    pub const MAX_DECIMAL_PLACES: u32 = 8;
    pub const MIN_FISCAL_YEAR: u32 = 2015;
    pub const MAX_FISCAL_YEAR: u32 = 2050;
    pub const MAX_NAME_CHARS: usize = 100;
}

/// One problem with the input: the field's path and what is allowed, in both languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub path: String,
    pub message_ja: String,
    pub message_en: String,
}

/// Invalid input: every problem found (at most [`InputError::MAX`]), in input order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputError {
    pub errors: Vec<FieldError>,
}

impl InputError {
    pub const MAX: usize = 20;

    pub fn single(path: impl Into<String>, ja: impl Into<String>, en: impl Into<String>) -> InputError {
        InputError { errors: vec![FieldError { path: path.into(), message_ja: ja.into(), message_en: en.into() }] }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            if e.path.is_empty() {
                write!(f, "{} / {}", e.message_ja, e.message_en)?;
            } else {
                write!(f, "{}: {} / {}", e.path, e.message_ja, e.message_en)?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for InputError {}

/// Collects field errors while walking a JSON object; shared by the scenario, donation and measure inputs.
#[derive(Default)]
pub struct Checker {
    pub errors: Vec<FieldError>,
    pub unknown: Vec<String>,
}

/// Short text of a JSON value for messages ("got …").
pub fn got(v: &Value) -> String {
    let mut s = match v {
        Value::String(s) => format!("\"{s}\""),
        other => other.to_string(),
    };
    if s.chars().count() > 40 {
        s = s.chars().take(40).collect::<String>() + "…";
    }
    s
}

impl Checker {
    pub fn err(&mut self, path: &str, ja: String, en: String) {
        if self.errors.len() < InputError::MAX {
            self.errors.push(FieldError { path: path.to_string(), message_ja: ja, message_en: en });
        }
    }

    pub fn finish<T>(self, value: T) -> Result<T, InputError> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(InputError { errors: self.errors })
        }
    }

    /// Records the keys of `obj` that are not in `known` as unknown fields (`prefix` + key).
    pub fn note_unknown(&mut self, obj: &Map<String, Value>, known: &[&str], prefix: &str) {
        for k in obj.keys() {
            if !known.contains(&k.as_str()) {
                self.unknown.push(format!("{prefix}{k}"));
            }
        }
    }

    /// A present, non-null field.
    pub fn field<'a>(obj: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
        obj.get(key).filter(|v| !v.is_null())
    }

    pub fn required<'a>(&mut self, obj: &'a Map<String, Value>, key: &str, path: &str) -> Option<&'a Value> {
        let v = Checker::field(obj, key);
        if v.is_none() {
            self.err(path, format!("{key} は必須です"), format!("{key} is required"));
        }
        v
    }

    pub fn boolean(&mut self, obj: &Map<String, Value>, key: &str, path: &str, default: bool) -> bool {
        match Checker::field(obj, key) {
            None => default,
            Some(Value::Bool(b)) => *b,
            Some(v) => {
                self.err(
                    path,
                    format!("{key} は true または false です (got {})", got(v)),
                    format!("{key} must be true or false (got {})", got(v)),
                );
                default
            }
        }
    }

    /// An integer in `lo..=hi`.
    pub fn integer(&mut self, v: &Value, key: &str, path: &str, lo: i64, hi: i64) -> Option<i64> {
        let n = v.as_i64().or_else(|| {
            // Accept 3.0 written as a number, not "3".
            v.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 1e15).map(|f| f as i64)
        });
        match n {
            Some(n) if (lo..=hi).contains(&n) => Some(n),
            _ => {
                self.err(
                    path,
                    format!("{key} は {lo}〜{hi} の整数です (got {})", got(v)),
                    format!("{key} must be an integer from {lo} to {hi} (got {})", got(v)),
                );
                None
            }
        }
    }

    pub fn optional_integer(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        (lo, hi): (i64, i64),
        default: i64,
    ) -> i64 {
        match Checker::field(obj, key) {
            None => default,
            Some(v) => self.integer(v, key, path, lo, hi).unwrap_or(default),
        }
    }

    /// A decimal in `lo..=hi` with at most `places` decimal places (unit named in the message).
    pub fn decimal(
        &mut self,
        v: &Value,
        key: &str,
        path: &str,
        hi: Decimal,
        places: u32,
        unit: &str,
    ) -> Option<Decimal> {
        let describe_ja = format!("{key} は 0 以上 {hi} 以下、小数点以下 {places} 桁までの数（{unit}）です");
        let describe_en =
            format!("{key} must be a number from 0 to {hi} with at most {places} decimal places ({unit})");
        match decimal_from_json(v) {
            Ok(d) if d >= Decimal::ZERO && d <= hi && d.normalize().scale() <= places => Some(d),
            Ok(_) => {
                self.err(path, format!("{describe_ja} (got {})", got(v)), format!("{describe_en} (got {})", got(v)));
                None
            }
            Err(DecimalProblem::TooManyDigits) => {
                self.err(
                    path,
                    format!("{key} の数値は有効数字15桁までです。桁の多い値は文字列 (\"3.5\") で書いてください (got {})", got(v)),
                    format!("{key}: numbers may have at most 15 significant digits; write longer values as strings (\"3.5\") (got {})", got(v)),
                );
                None
            }
            Err(DecimalProblem::NotADecimal) => {
                self.err(
                    path,
                    format!("{describe_ja}。\"3.5\" のように書いてください (got {})", got(v)),
                    format!("{describe_en}; write it like \"3.5\" (got {})", got(v)),
                );
                None
            }
        }
    }

    /// One of `allowed` (a string), or `default` when absent.
    pub fn choice<T: Copy>(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        allowed: &[(&str, T)],
        default: Option<T>,
    ) -> Option<T> {
        let v = match Checker::field(obj, key) {
            None if default.is_some() => return default,
            None => {
                self.err(path, format!("{key} は必須です"), format!("{key} is required"));
                return None;
            }
            Some(v) => v,
        };
        let found = v.as_str().and_then(|s| allowed.iter().find(|(name, _)| *name == s)).map(|(_, t)| *t);
        if found.is_none() {
            let list = allowed.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
            self.err(
                path,
                format!("{key} は次のいずれかです: {list} (got {})", got(v)),
                format!("{key} must be one of: {list} (got {})", got(v)),
            );
        }
        found.or(default)
    }
}

const CLASSES: &[(&str, Class)] =
    &[("prefecture", Class::Prefecture), ("core_city", Class::CoreCity), ("municipality", Class::Municipality)];
const KINDS: &[(&str, Kind)] = &[
    ("soft", Kind::Soft),
    ("hub", Kind::Hub),
    ("infra", Kind::Infra),
    ("digital_type1", Kind::DigitalType1),
    ("digital_type_v", Kind::DigitalTypeV),
    ("digital_type_s", Kind::DigitalTypeS),
];
const ROUNDS: &[(&str, Round)] = &[("initial", Round::Initial), ("supplementary", Round::Supplementary)];
const SECTORS: &[(&str, Sector)] =
    &[("road", Sector::Road), ("sewage", Sector::Sewage), ("port", Sector::Port), ("other", Sector::Other)];
const BONDS: &[(&str, Bond)] =
    &[("none", Bond::None), ("depopulation", Bond::Depopulation), ("general", Bond::General)];

const SCENARIO_FIELDS: &[&str] =
    &["version", "municipality", "guidelines_as_caps", "first_fiscal_year", "non_recipient", "projects"];
const PROJECT_FIELDS: &[&str] = &[
    "kind",
    "annual_cost_oku",
    "cost_by_year_oku",
    "years",
    "start_year",
    "round",
    "infra_sector",
    "outside_cap",
    "donation_oku",
    "bond",
    "name",
];

/// Parses JSON text, with a message that points at the line and column of a syntax error.
pub fn parse_json_text(text: &str) -> Result<Value, InputError> {
    serde_json::from_str::<Value>(text).map_err(|e| {
        InputError::single(
            "",
            format!("JSONとして読めません（{}行 {}列）: {}", e.line(), e.column(), json_error_ja(&e)),
            format!("not valid JSON (line {}, column {}): {e}", e.line(), e.column()),
        )
    })
}

fn json_error_ja(e: &serde_json::Error) -> &'static str {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => "途中で終わっています",
        Category::Syntax => "書式の誤りがあります",
        Category::Data => "値の型が違います",
        Category::Io => "読み込みに失敗しました",
    }
}

/// Bytes (a file, standard input) → text, with a message for anything that is not UTF-8.
pub fn utf8_text(bytes: &[u8]) -> Result<&str, InputError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        InputError::single(
            "",
            format!("入力がUTF-8の文字列ではありません（{}バイト目）", e.valid_up_to() + 1),
            format!("the input is not UTF-8 text (at byte {})", e.valid_up_to() + 1),
        )
    })
}

/// An object at `path`, or an error.
pub fn object<'a>(
    c: &mut Checker,
    v: &'a Value,
    path: &str,
    what_ja: &str,
    what_en: &str,
) -> Option<&'a Map<String, Value>> {
    match v.as_object() {
        Some(o) => Some(o),
        None => {
            c.err(
                path,
                format!("{what_ja}はJSONオブジェクト {{…}} です (got {})", got(v)),
                format!("{what_en} must be a JSON object {{…}} (got {})", got(v)),
            );
            None
        }
    }
}

impl Scenario {
    /// Parses and validates scenario JSON text (CONTRACT §1).
    pub fn from_json_str(text: &str) -> Result<Scenario, InputError> {
        Scenario::from_json(&parse_json_text(text)?)
    }

    /// Validates a JSON value as a scenario (CONTRACT §1).
    pub fn from_json(v: &Value) -> Result<Scenario, InputError> {
        let mut c = Checker::default();
        let Some(obj) = object(&mut c, v, "", "シナリオ", "the scenario") else {
            return Err(InputError { errors: c.errors });
        };
        c.note_unknown(obj, SCENARIO_FIELDS, "");
        if let Some(v) = Checker::field(obj, "version") {
            c.integer(v, "version", "version", 1, 1);
        }
        let municipality = c.choice(obj, "municipality", "municipality", CLASSES, None);
        let guidelines_as_caps = c.boolean(obj, "guidelines_as_caps", "guidelines_as_caps", true);
        let first_fiscal_year = Checker::field(obj, "first_fiscal_year").and_then(|v| {
            c.integer(
                v,
                "first_fiscal_year",
                "first_fiscal_year",
                i64::from(bounds::MIN_FISCAL_YEAR),
                i64::from(bounds::MAX_FISCAL_YEAR),
            )
            .map(|n| n as u32)
        });
        let non_recipient = c.boolean(obj, "non_recipient", "non_recipient", false);
        let mut projects = Vec::new();
        match c.required(obj, "projects", "projects") {
            None => {}
            Some(Value::Array(list)) if list.len() > bounds::MAX_PROJECTS => c.err(
                "projects",
                format!("projects は {} 件までです (got {} 件)", bounds::MAX_PROJECTS, list.len()),
                format!("projects may hold at most {} entries (got {})", bounds::MAX_PROJECTS, list.len()),
            ),
            Some(Value::Array(list)) => {
                for (i, pv) in list.iter().enumerate() {
                    if let Some(p) = parse_project(&mut c, pv, i) {
                        projects.push(p);
                    }
                }
            }
            Some(v) => c.err(
                "projects",
                format!("projects は事業の配列 [ … ] です (got {})", got(v)),
                format!("projects must be an array of projects [ … ] (got {})", got(v)),
            ),
        }
        let unknown = std::mem::take(&mut c.unknown);
        let scenario = Scenario {
            version: 1,
            municipality: municipality.unwrap_or_default(),
            guidelines_as_caps,
            first_fiscal_year,
            non_recipient,
            projects,
            unknown_fields: unknown,
        };
        c.finish(scenario)
    }

    /// The scenario as CONTRACT §1 JSON (pretty), e.g. for export.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The last scenario year any project runs in (0 for no projects).
    pub fn last_year(&self) -> u32 {
        self.projects.iter().map(Project::last_year).max().unwrap_or(0)
    }
}

fn parse_project(c: &mut Checker, v: &Value, i: usize) -> Option<Project> {
    let base = format!("projects[{i}]");
    let obj = object(c, v, &base, "事業", "a project")?;
    let path = |k: &str| format!("{base}.{k}");
    c.note_unknown(obj, PROJECT_FIELDS, &format!("{base}."));
    let kind = c.choice(obj, "kind", &path("kind"), KINDS, None);
    let years = c.optional_integer(obj, "years", &path("years"), (1, i64::from(bounds::MAX_YEARS)), 1) as u32;
    let start_year =
        c.optional_integer(obj, "start_year", &path("start_year"), (1, i64::from(bounds::MAX_START_YEAR)), 1) as u32;
    let cost = |c: &mut Checker, v: &Value, p: &str, key: &str| {
        c.decimal(v, key, p, bounds::MAX_COST_OKU, bounds::MAX_DECIMAL_PLACES, "億円")
    };
    let mut cost_by_year = None;
    if let Some(list) = Checker::field(obj, "cost_by_year_oku") {
        match list.as_array() {
            Some(items) if items.len() == years as usize => {
                let parsed: Vec<Option<Decimal>> = items
                    .iter()
                    .enumerate()
                    .map(|(j, x)| cost(c, x, &format!("{base}.cost_by_year_oku[{j}]"), "cost_by_year_oku"))
                    .collect();
                if parsed.iter().all(Option::is_some) {
                    cost_by_year = Some(parsed.into_iter().flatten().collect::<Vec<_>>());
                }
            }
            Some(items) => c.err(
                &path("cost_by_year_oku"),
                format!("cost_by_year_oku の要素数は years と同じ {years} 個です (got {} 個)", items.len()),
                format!("cost_by_year_oku must have one entry per year: {years} (got {})", items.len()),
            ),
            None => c.err(
                &path("cost_by_year_oku"),
                format!("cost_by_year_oku は年度ごとの事業費（億円）の配列です (got {})", got(list)),
                format!("cost_by_year_oku must be an array of yearly costs in 億円 (got {})", got(list)),
            ),
        }
    }
    let annual = match Checker::field(obj, "annual_cost_oku") {
        Some(v) => cost(c, v, &path("annual_cost_oku"), "annual_cost_oku"),
        None if Checker::field(obj, "cost_by_year_oku").is_some() => {
            Some(cost_by_year.as_ref().and_then(|l| l.first().copied()).unwrap_or_default())
        }
        None => {
            c.err(
                &path("annual_cost_oku"),
                "annual_cost_oku（年間事業費、億円）は必須です（cost_by_year_oku を書く場合を除く）".into(),
                "annual_cost_oku (annual cost, 億円) is required unless cost_by_year_oku is given".into(),
            );
            None
        }
    };
    let round = c.choice(obj, "round", &path("round"), ROUNDS, Some(Round::Initial));
    let sector = c.choice(obj, "infra_sector", &path("infra_sector"), SECTORS, Some(Sector::Other));
    let outside_cap = c.boolean(obj, "outside_cap", &path("outside_cap"), false);
    let donation = match Checker::field(obj, "donation_oku") {
        None => Some(Decimal::ZERO),
        Some(v) => c.decimal(v, "donation_oku", &path("donation_oku"), bounds::MAX_DONATION_OKU, 8, "億円"),
    };
    let bond = c.choice(obj, "bond", &path("bond"), BONDS, Some(Bond::None));
    let name = match Checker::field(obj, "name") {
        None => String::new(),
        Some(Value::String(s)) if s.chars().count() <= bounds::MAX_NAME_CHARS => s.clone(),
        Some(v) => {
            c.err(
                &path("name"),
                format!("name は {} 文字までの文字列です (got {})", bounds::MAX_NAME_CHARS, got(v)),
                format!("name must be a string of at most {} characters (got {})", bounds::MAX_NAME_CHARS, got(v)),
            );
            String::new()
        }
    };
    Some(Project {
        kind: kind?,
        annual_cost_oku: annual?,
        cost_by_year_oku: cost_by_year,
        years,
        start_year,
        round: round?,
        infra_sector: sector?,
        outside_cap,
        donation_oku: donation?,
        bond: bond?,
        name,
    })
}

/// Normalises a number typed by a person before it is parsed (CONTRACT §1): full-width digits and
/// signs become ASCII, thousands separators (「,」「，」) and spaces go, and a trailing unit (億円, 円) is
/// dropped. 「３．５」 → "3.5", 「10,000,000」 → "10000000".
pub fn normalize_typed_number(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.trim().chars() {
        let c = match ch {
            '０'..='９' => char::from_u32(u32::from(ch) - u32::from('０') + u32::from('0')).unwrap_or(ch),
            '．' | '。' => '.',
            '－' | 'ー' | '−' | '‐' => '-',
            ',' | '，' | '、' | ' ' | '\u{3000}' | '_' => continue,
            other => other,
        };
        out.push(c);
    }
    for unit in ["億円", "円", "億"] {
        if let Some(stripped) = out.strip_suffix(unit) {
            return stripped.to_string();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contract_example_parses() {
        let s = Scenario::from_json_str(
            r#"{ "version": 1, "municipality": "municipality", "guidelines_as_caps": true, "first_fiscal_year": 2025,
            "projects": [
              { "kind": "soft",  "annual_cost_oku": "3.5", "years": 3, "name": "観光DX" },
              { "kind": "hub",   "annual_cost_oku": "8",   "years": 1, "round": "supplementary" },
              { "kind": "infra", "cost_by_year_oku": ["2", "6", "4"], "years": 3, "start_year": 2, "infra_sector": "road" } ] }"#,
        )
        .unwrap();
        assert_eq!(s.projects.len(), 3);
        assert_eq!(s.projects[2].cost_in_year(1), dec!(6));
        assert_eq!(s.last_year(), 4);
    }

    #[test]
    fn every_problem_names_its_path() {
        let e = Scenario::from_json_str(
            r#"{"municipality":"town","projects":[{"kind":"soft","annual_cost_oku":"-1","years":0},{"kind":"ufo"}]}"#,
        )
        .unwrap_err();
        let paths: Vec<_> = e.errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "municipality",
                "projects[0].years",
                "projects[0].annual_cost_oku",
                "projects[1].kind",
                "projects[1].annual_cost_oku"
            ]
        );
        assert!(e.to_string().contains("projects[0].years: years は 1〜10 の整数です (got 0)"));
    }

    #[test]
    fn unknown_fields_are_kept_for_a_warning() {
        let s = Scenario::from_json_str(
            r#"{"municipality":"prefecture","projets":[],"projects":[{"kind":"soft","annual_cost_oku":1,"yeras":2}]}"#,
        )
        .unwrap();
        assert_eq!(s.unknown_fields, ["projets", "projects[0].yeras"]);
    }

    #[test]
    fn typed_numbers_are_normalised() {
        assert_eq!(normalize_typed_number("３．５"), "3.5");
        assert_eq!(normalize_typed_number("10,000,000"), "10000000");
        assert_eq!(normalize_typed_number(" 12億円 "), "12");
    }
}

impl Class {
    /// The name a person reads.
    pub fn label(self) -> Text {
        match self {
            Class::Prefecture => Text::new("都道府県", "Prefecture"),
            Class::CoreCity => Text::new("中枢中核都市", "Core city"),
            Class::Municipality => Text::new("市区町村", "Municipality"),
        }
    }
}

impl Kind {
    /// The name a person reads.
    pub fn label(self) -> Text {
        match self {
            Kind::Soft => Text::new("ソフト事業", "Soft project"),
            Kind::Hub => Text::new("拠点整備事業", "Hub facility project"),
            Kind::Infra => Text::new("インフラ整備事業", "Infrastructure project"),
            Kind::DigitalType1 => Text::new("デジタル実装型 TYPE1", "Digital TYPE1"),
            Kind::DigitalTypeV => Text::new("デジタル実装型 TYPE V", "Digital TYPE V"),
            Kind::DigitalTypeS => Text::new("デジタル実装型 TYPE S", "Digital TYPE S"),
        }
    }
    /// The short name of the page's controls and tables.
    pub fn short_label(self) -> Text {
        match self {
            Kind::Soft => Text::new("ソフト事業", "Soft"),
            Kind::Hub => Text::new("拠点整備事業", "Hub"),
            Kind::Infra => Text::new("インフラ整備事業", "Infrastructure"),
            Kind::DigitalType1 => Text::new("デジタル実装型 TYPE1", "Digital TYPE1"),
            Kind::DigitalTypeV => Text::new("デジタル実装型 TYPE V", "Digital TYPE V"),
            Kind::DigitalTypeS => Text::new("デジタル実装型 TYPE S", "Digital TYPE S"),
        }
    }
}

impl Round {
    /// The name a person reads.
    pub fn label(self) -> Text {
        match self {
            Round::Initial => Text::new("当初", "Initial budget"),
            Round::Supplementary => Text::new("補正", "Supplementary budget"),
        }
    }
}

impl Sector {
    /// The name a person reads.
    pub fn label(self) -> Text {
        match self {
            Sector::Road => Text::new("道", "Road"),
            Sector::Sewage => Text::new("汚水処理施設", "Sewage treatment"),
            Sector::Port => Text::new("港湾", "Port"),
            Sector::Other => Text::new("その他", "Other"),
        }
    }
}

impl Bond {
    /// The name a person reads.
    pub fn label(self) -> Text {
        match self {
            Bond::None => Text::new("なし", "None"),
            Bond::Depopulation => Text::new("過疎対策事業債", "Depopulation bond (過疎対策事業債)"),
            Bond::General => Text::new(
                "一般補助施設整備等事業債（1.0 補正の拠点整備）",
                "General facility bond (1.0 supplementary hub)",
            ),
        }
    }
}
