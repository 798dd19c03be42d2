//! Link values as scenario JSON, judged by the engine's one validator (`Scenario::from_json`), and
//! what replaces a value it rejects: the engine's default, or the value clamped to
//! `engine::scenario::bounds`.

use kofukin::engine::money::{canonical, parse_plain_decimal};
use kofukin::engine::scenario::{bounds, normalize_typed_number, Class, InputError, Project, Scenario};
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::{Map, Value};

/// How a link value is written as a JSON value for the validator.
#[derive(Clone, Copy, Debug)]
pub enum Form {
    /// A whole number as written (`3`); anything else stays text, which the validator rejects.
    Integer,
    /// A whole number a person typed (full-width digits and separators allowed): `fy`.
    TypedInteger,
    /// A decimal a person typed, as a decimal string (「３．５」 → "3.5").
    Decimal,
    /// `1` or `0`: true or false.
    Flag,
    /// A word or a name, as written.
    Text,
}

impl Form {
    pub fn json(self, text: &str) -> Value {
        let integer = |t: &str| t.parse::<i64>().map(Value::from).unwrap_or_else(|_| Value::from(text));
        match self {
            Form::Integer => integer(text),
            Form::TypedInteger => integer(&normalize_typed_number(text)),
            Form::Decimal => Value::String(normalize_typed_number(text)),
            Form::Flag => match text {
                "1" => Value::Bool(true),
                "0" => Value::Bool(false),
                _ => Value::from(text),
            },
            Form::Text => Value::from(text),
        }
    }
}

/// What replaces a value the validator rejects.
#[derive(Clone, Copy, Debug)]
pub enum Fix {
    /// The engine's default for the field (none: the field is left out).
    Default,
    /// A whole number above the bound becomes the bound; anything else the default.
    AtMost(u32),
    /// A decimal: negative → 0, above the bound → the bound, more decimal places than allowed → cut.
    Decimal(Decimal),
    /// A text cut to this many characters.
    Shorten(usize),
}

/// The replacement of a rejected `value` of a field whose default is `default`: `None` leaves the
/// field out.
pub fn replacement(fix: Fix, value: &Value, default: Option<&Value>) -> Option<Value> {
    match fix {
        Fix::Default => default.cloned(),
        Fix::AtMost(max) => match value.as_i64() {
            Some(n) if n > i64::from(max) => Some(Value::from(max)),
            _ => default.cloned(),
        },
        Fix::Decimal(hi) => {
            let d = match parse_plain_decimal(value.as_str().unwrap_or_default()) {
                Ok(d) if d < Decimal::ZERO => Decimal::ZERO,
                Ok(d) if d > hi => hi,
                Ok(d) => d.trunc_with_scale(bounds::MAX_DECIMAL_PLACES),
                Err(_) => Decimal::ZERO,
            };
            Some(Value::String(canonical(d)))
        }
        Fix::Shorten(n) => Some(Value::String(value.as_str().unwrap_or_default().chars().take(n).collect())),
    }
}

/// A JSON value as the link writes it: true → `1`, false → `0`, numbers and strings as they are.
pub fn link_form(v: &Value) -> String {
    match v {
        Value::Bool(b) => if *b { "1" } else { "0" }.to_string(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A value's fields as JSON (the scenario's and project's defaults, a project to write).
pub fn fields_of<T: Serialize>(value: &T) -> Map<String, Value> {
    match serde_json::to_value(value) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// A scenario with these top-level fields (the required ones filled in with defaults when absent),
/// judged by the validator.
pub fn judge_scenario(fields: &Map<String, Value>) -> Result<Scenario, InputError> {
    let mut obj = fields.clone();
    obj.entry("municipality").or_insert_with(|| Value::from(Class::default().as_str()));
    obj.entry("projects").or_insert_with(|| Value::Array(Vec::new()));
    Scenario::from_json(&Value::Object(obj))
}

/// The path prefix of the errors of a project judged by [`judge_project`].
pub const PROJECT_PATH: &str = "projects[0]";

/// One project, judged by the validator as the only project of a scenario; its errors' paths start
/// with [`PROJECT_PATH`].
pub fn judge_project(fields: &Map<String, Value>) -> Result<Project, InputError> {
    let mut obj = Map::new();
    obj.insert("projects".into(), Value::Array(vec![Value::Object(fields.clone())]));
    let mut s = judge_scenario(&obj)?;
    s.projects.pop().ok_or_else(|| InputError::single(PROJECT_PATH, "事業がありません", "no project"))
}

/// The validator's judgement of `n` projects (only their number: at most `bounds::MAX_PROJECTS`).
pub fn judge_count(n: usize) -> Result<Scenario, InputError> {
    let mut obj = Map::new();
    obj.insert("projects".into(), Value::Array(vec![Value::Null; n]));
    judge_scenario(&obj)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn a_rejected_value_is_clamped_to_the_engine_bounds_or_defaulted() {
        let one = Value::from(1);
        assert_eq!(replacement(Fix::AtMost(10), &Value::from(99), Some(&one)), Some(Value::from(10)));
        assert_eq!(replacement(Fix::AtMost(10), &Value::from(0), Some(&one)), Some(one.clone()));
        assert_eq!(replacement(Fix::AtMost(10), &Value::from("abc"), None), None);
        let cost = |t: &str| replacement(Fix::Decimal(dec!(100)), &Value::from(t), None);
        assert_eq!(cost("-3"), Some(Value::from("0")));
        assert_eq!(cost("250"), Some(Value::from("100")));
        assert_eq!(cost("0.123456789"), Some(Value::from("0.12345678")));
        assert_eq!(cost("abc"), Some(Value::from("0")));
    }

    #[test]
    fn link_values_become_json_the_validator_judges() {
        assert_eq!(Form::Integer.json("3"), Value::from(3));
        assert_eq!(Form::Integer.json("3.0"), Value::from("3.0"));
        assert_eq!(Form::TypedInteger.json("２０２６"), Value::from(2026));
        assert_eq!(Form::Decimal.json("３．５"), Value::from("3.5"));
        assert_eq!(Form::Flag.json("0"), Value::Bool(false));
        assert_eq!(link_form(&Value::Bool(true)), "1");
        assert!(judge_count(bounds::MAX_PROJECTS).is_err_and(|e| e.errors[0].path == "projects[0]"));
        assert!(judge_count(bounds::MAX_PROJECTS + 1).is_err_and(|e| e.errors[0].path == "projects"));
    }
}
