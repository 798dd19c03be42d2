//! The one validator's parts: the errors it reports (each field's path and what is allowed, in both
//! languages) and the [`Checker`] that walks a JSON object collecting them. Shared by the scenario,
//! the donation calculator and the measures.

use crate::engine::money::{decimal_from_json, DecimalProblem};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;

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
            // Accept 3.0 written as a number, not "3" (read as a decimal: no float parsing, which
            // would also put float code into the page's wasm).
            v.as_number()
                .and_then(|_| decimal_from_json(v).ok())
                .filter(|d| d.fract().is_zero())
                .and_then(|d| i64::try_from(d).ok())
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
            Err(DecimalProblem::TooManyDigits) if !v.is_string() => {
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
            // Out of range, or a string with more digits than a decimal holds (out of range too).
            Ok(_) | Err(DecimalProblem::TooManyDigits) => {
                self.err(path, format!("{describe_ja} (got {})", got(v)), format!("{describe_en} (got {})", got(v)));
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
