//! Input descriptors of the measures (the list of docs/measures.md) and the one validator behind all of
//! them (its input rules).
//!
//! Each measure declares its fields as a static table of [`Field`]s. The same table is listed by
//! `kofukin measures` (as [`InputDesc`]), drives the validation and the page's calculator form, so the
//! list, the checks and the form cannot drift apart. Conditional requirements ("required when
//! `cost_yen` > 0") are checked by the measure with [`Parsed::need`], after the table-driven pass.

use super::terms::Unit;
use crate::engine::money::{decimal_from_json, DecimalProblem};
use crate::engine::scenario::{got, Checker};
use crate::engine::text::Text;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// 「`*_yen` fields must be JSON integers from 0 to 10^15」(docs/measures.md, input rules).
pub const MAX_YEN: u64 = 1_000_000_000_000_000;

/// 「`list` fields hold at most 1,000 objects」(docs/measures.md, input rules).
pub const MAX_LIST: usize = 1000;

/// Upper bound of `integer` fields (days, visits, years). The rules give none; this one keeps every
/// product (12,000 × days, 5,000 × days) exact in `u128` and is far above any real count.
pub const MAX_INTEGER: i64 = 1_000_000_000;

/// One allowed value of an `enum` field: the wire value and what it is called.
#[derive(Debug)]
pub struct Choice {
    pub value: &'static str,
    pub label: Text,
}

/// The type of an input field (`type` in the list).
#[derive(Debug)]
pub enum Ty {
    Yen,
    Decimal,
    /// A whole number with its lower bound (`*_days`, `invited_*`: 0; `year`: 1).
    Integer(i64),
    Bool,
    Enum(&'static [Choice]),
    /// A list of objects with these fields; `row` names one element ("隊員", "cooperator").
    List {
        fields: &'static [Field],
        row: Text,
    },
}

impl Ty {
    /// The wire name of the type (`type` in the list JSON).
    pub fn name(&self) -> &'static str {
        match self {
            Ty::Yen => "yen",
            Ty::Decimal => "decimal",
            Ty::Integer(_) => "integer",
            Ty::Bool => "bool",
            Ty::Enum(_) => "enum",
            Ty::List { .. } => "list",
        }
    }
}

/// The default of a field when it is absent (docs/measures.md, input rules).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Def {
    /// Required, or optional with no default (absent means "not given").
    None,
    Zero,
    False,
    Empty,
    Int(i64),
    Str(&'static str),
}

/// One input field of a measure, as declared in the measure's module.
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub ty: Ty,
    pub unit: Unit,
    pub required: bool,
    pub default: Def,
    /// A short name for the form, where the meaning is long or lists the enum's values; `None`: the
    /// meaning is the name.
    pub label: Option<Text>,
    /// What the field holds (`meaning_ja`, `meaning_en` in the list).
    pub meaning: Text,
}

/// A yen field with default 0.
pub const fn yen(name: &'static str, unit: Unit, meaning: Text) -> Field {
    Field { name, ty: Ty::Yen, unit, required: false, default: Def::Zero, label: None, meaning }
}

/// A required yen field.
pub const fn yen_required(name: &'static str, unit: Unit, meaning: Text) -> Field {
    Field { name, ty: Ty::Yen, unit, required: true, default: Def::None, label: None, meaning }
}

/// A yen field with a short label for the form (required, or optional with default 0).
pub const fn yen_labelled(name: &'static str, unit: Unit, required: bool, label: Text, meaning: Text) -> Field {
    let default = if required { Def::None } else { Def::Zero };
    Field { name, ty: Ty::Yen, unit, required, default, label: Some(label), meaning }
}

/// An optional field of any type, with no short label.
pub const fn optional(name: &'static str, ty: Ty, unit: Unit, default: Def, meaning: Text) -> Field {
    Field { name, ty, unit, required: false, default, label: None, meaning }
}

/// A list field (default `[]`): one element per `row`, each with `fields`.
pub const fn list(name: &'static str, fields: &'static [Field], row: Text, label: Text, meaning: Text) -> Field {
    Field {
        name,
        ty: Ty::List { fields, row },
        unit: Unit::None,
        required: false,
        default: Def::Empty,
        label: Some(label),
        meaning,
    }
}

/// The applicant's class, shared by the measures open to municipalities and prefectures.
pub const APPLICANT: &[Choice] = &[
    Choice { value: "municipality", label: Text::new("市町村", "Municipality") },
    Choice { value: "prefecture", label: Text::new("都道府県", "Prefecture") },
];

/// The 財政力補正 that the source names and does not define (reading R16), required when there is a cost.
pub const FISCAL_CORRECTION: Field = Field {
    name: "fiscal_correction",
    ty: Ty::Decimal,
    unit: Unit::Factor,
    required: false,
    default: Def::None,
    label: Some(Text::new("財政力補正", "Fiscal correction")),
    meaning: Text::new(
        "財政力補正（資料は定義せず入力値を用いる。経費が0より大きいとき必須）",
        "fiscal correction factor (not defined by the source; required when the cost is above 0)",
    ),
};

/// The input descriptor as listed (`inputs[]` of the list JSON).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InputDesc {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: String,
    pub unit: String,
    pub required: bool,
    pub default: Value,
    pub allowed: Option<Vec<String>>,
    pub meaning_ja: String,
    pub meaning_en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<InputDesc>>,
    /// The unit in English (an addition to the listed fields).
    #[serde(default)]
    pub unit_en: String,
    /// The short name shown by the page, where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_ja: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
}

impl Field {
    pub fn describe(&self) -> InputDesc {
        let default = match self.default {
            Def::None => Value::Null,
            Def::Zero => Value::from(0),
            Def::False => Value::Bool(false),
            Def::Empty => Value::Array(Vec::new()),
            Def::Int(n) => Value::from(n),
            Def::Str(s) => Value::from(s),
        };
        let unit = self.unit.label();
        InputDesc {
            name: self.name.to_string(),
            ty: self.ty.name().to_string(),
            unit: unit.ja.to_string(),
            required: self.required,
            default,
            allowed: match self.ty {
                Ty::Enum(list) => Some(list.iter().map(|c| c.value.to_string()).collect()),
                _ => None,
            },
            meaning_ja: self.meaning.ja.to_string(),
            meaning_en: self.meaning.en.to_string(),
            fields: match self.ty {
                Ty::List { fields, .. } => Some(fields.iter().map(Field::describe).collect()),
                _ => None,
            },
            unit_en: unit.en.to_string(),
            label_ja: self.label.as_ref().map(|l| l.ja.to_string()),
            label_en: self.label.as_ref().map(|l| l.en.to_string()),
        }
    }

    /// The fields of each element, for a list field.
    pub fn list_fields(&self) -> Option<&'static [Field]> {
        match self.ty {
            Ty::List { fields, .. } => Some(fields),
            _ => None,
        }
    }
}

/// A validated value.
#[derive(Clone, Debug)]
pub enum Val {
    Yen(u64),
    Dec(Decimal),
    Int(i64),
    Bool(bool),
    Enum(&'static str),
    List(Vec<Parsed>),
}

/// A validated input object: the fields given or defaulted (absent: neither given nor defaulted, or invalid).
#[derive(Clone, Debug, Default)]
pub struct Parsed {
    /// The path prefix of this object in the input ("" or "members[1].").
    pub prefix: String,
    values: BTreeMap<&'static str, Val>,
}

impl Parsed {
    pub fn yen(&self, name: &str) -> u64 {
        self.opt_yen(name).unwrap_or(0)
    }
    pub fn opt_yen(&self, name: &str) -> Option<u64> {
        match self.values.get(name) {
            Some(Val::Yen(n)) => Some(*n),
            _ => None,
        }
    }
    pub fn dec(&self, name: &str) -> Option<Decimal> {
        match self.values.get(name) {
            Some(Val::Dec(d)) => Some(*d),
            _ => None,
        }
    }
    pub fn int(&self, name: &str) -> Option<i64> {
        match self.values.get(name) {
            Some(Val::Int(n)) => Some(*n),
            _ => None,
        }
    }
    pub fn flag(&self, name: &str) -> bool {
        matches!(self.values.get(name), Some(Val::Bool(true)))
    }
    pub fn choice(&self, name: &str) -> Option<&'static str> {
        match self.values.get(name) {
            Some(Val::Enum(s)) => Some(s),
            _ => None,
        }
    }
    pub fn list(&self, name: &str) -> &[Parsed] {
        match self.values.get(name) {
            Some(Val::List(v)) => v,
            _ => &[],
        }
    }

    /// A field required under a condition (docs/measures.md, input rules): an error when `cond` holds and the field is
    /// absent. A field that was given but invalid already has its own error.
    pub fn need(&self, c: &mut Checker, name: &str, cond: bool, when_ja: &str, when_en: &str) {
        let path = format!("{}{name}", self.prefix);
        if cond && !self.values.contains_key(name) && !c.errors.iter().any(|e| e.path == path) {
            c.err(&path, format!("{path} は必須です（{when_ja}）"), format!("{path} is required {when_en}"));
        }
    }
}

/// Validates `obj` against `fields`; errors and unknown fields go to `c` (paths start with `prefix`).
pub fn parse(c: &mut Checker, obj: &Map<String, Value>, fields: &'static [Field], prefix: &str) -> Parsed {
    let known: Vec<&str> = fields.iter().map(|f| f.name).collect();
    c.note_unknown(obj, &known, prefix);
    let mut out = Parsed { prefix: prefix.to_string(), values: BTreeMap::new() };
    for f in fields {
        let path = format!("{prefix}{}", f.name);
        let val = match Checker::field(obj, f.name) {
            None => {
                if f.required {
                    c.err(&path, format!("{path} は必須です"), format!("{path} is required"));
                }
                default_value(f)
            }
            Some(v) => check_value(c, f, v, &path),
        };
        if let Some(val) = val {
            out.values.insert(f.name, val);
        }
    }
    out
}

fn default_value(f: &Field) -> Option<Val> {
    match (f.default, &f.ty) {
        (Def::None, _) => None,
        (Def::Zero, Ty::Decimal) => Some(Val::Dec(Decimal::ZERO)),
        (Def::Zero, Ty::Integer(_)) => Some(Val::Int(0)),
        (Def::Zero, _) => Some(Val::Yen(0)),
        (Def::False, _) => Some(Val::Bool(false)),
        (Def::Empty, _) => Some(Val::List(Vec::new())),
        (Def::Int(n), _) => Some(Val::Int(n)),
        (Def::Str(s), _) => Some(Val::Enum(s)),
    }
}

fn check_value(c: &mut Checker, f: &Field, v: &Value, path: &str) -> Option<Val> {
    match f.ty {
        Ty::Yen => yen_value(c, v, path).map(Val::Yen),
        Ty::Decimal => decimal_value(c, v, path).map(Val::Dec),
        Ty::Integer(lo) => c.integer(v, path, path, lo, MAX_INTEGER).map(Val::Int),
        Ty::Bool => match v {
            Value::Bool(b) => Some(Val::Bool(*b)),
            _ => {
                c.err(
                    path,
                    format!("{path} は true または false です (got {})", got(v)),
                    format!("{path} must be true or false (got {})", got(v)),
                );
                None
            }
        },
        Ty::Enum(allowed) => {
            let found = v.as_str().and_then(|s| allowed.iter().find(|a| a.value == s)).map(|a| a.value);
            if found.is_none() {
                let list = allowed.iter().map(|a| a.value).collect::<Vec<_>>().join(", ");
                c.err(
                    path,
                    format!("{path} は次のいずれかです: {list} (got {})", got(v)),
                    format!("{path} must be one of: {list} (got {})", got(v)),
                );
            }
            found.map(Val::Enum)
        }
        Ty::List { fields, .. } => list_value(c, v, path, fields).map(Val::List),
    }
}

/// A yen amount: a JSON integer from 0 to 10^15.
fn yen_value(c: &mut Checker, v: &Value, path: &str) -> Option<u64> {
    if let Some(n) = v.as_u64().filter(|n| *n <= MAX_YEN) {
        return Some(n);
    }
    let too_large = matches!(v, Value::Number(n) if n.to_string().bytes().all(|b| b.is_ascii_digit()));
    if too_large {
        c.err(
            path,
            format!("{path} は {MAX_YEN} 円（10^15 円）以下の整数です (got {})", got(v)),
            format!("{path} must be a whole number of yen up to {MAX_YEN} (10^15) (got {})", got(v)),
        );
    } else {
        c.err(
            path,
            format!("{path} は 0 以上の整数（円）です (got {})", got(v)),
            format!("{path} must be a whole number of yen, 0 or more (got {})", got(v)),
        );
    }
    None
}

/// A decimal ≥ 0, from a JSON string ("0.45") or number.
fn decimal_value(c: &mut Checker, v: &Value, path: &str) -> Option<Decimal> {
    match decimal_from_json(v) {
        Ok(d) if d >= Decimal::ZERO => Some(d),
        Err(DecimalProblem::TooManyDigits) if v.is_string() => {
            c.err(
                path,
                format!("{path} は28桁までの数です (got {})", got(v)),
                format!("{path} may have at most 28 digits (got {})", got(v)),
            );
            None
        }
        Err(DecimalProblem::TooManyDigits) => {
            c.err(
                path,
                format!("{path} の数値は有効数字15桁までです。桁の多い値は文字列 (\"0.45\") で書いてください (got {})", got(v)),
                format!("{path}: numbers may have at most 15 significant digits; write longer values as strings (\"0.45\") (got {})", got(v)),
            );
            None
        }
        _ => {
            c.err(
                path,
                format!("{path} は 0 以上の数です。\"0.45\" のように文字列か数値で書いてください (got {})", got(v)),
                format!("{path} must be a number, 0 or more, written like \"0.45\" or 0.45 (got {})", got(v)),
            );
            None
        }
    }
}

/// A list of at most 1,000 objects, each validated against `fields`.
fn list_value(c: &mut Checker, v: &Value, path: &str, fields: &'static [Field]) -> Option<Vec<Parsed>> {
    let Some(items) = v.as_array() else {
        c.err(
            path,
            format!("{path} はオブジェクトの配列 [{{…}}, …] です (got {})", got(v)),
            format!("{path} must be an array of objects [{{…}}, …] (got {})", got(v)),
        );
        return None;
    };
    if items.len() > MAX_LIST {
        c.err(
            path,
            format!("{path} は {MAX_LIST} 件までです (got {} 件)", items.len()),
            format!("{path} may hold at most {MAX_LIST} entries (got {})", items.len()),
        );
        return None;
    }
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let at = format!("{path}[{i}]");
        match item.as_object() {
            Some(obj) => out.push(parse(c, obj, fields, &format!("{at}."))),
            None => {
                c.err(
                    &at,
                    format!("{at} はJSONオブジェクト {{…}} です (got {})", got(item)),
                    format!("{at} must be a JSON object {{…}} (got {})", got(item)),
                );
                out.push(Parsed { prefix: format!("{at}."), values: BTreeMap::new() });
            }
        }
    }
    Some(out)
}
