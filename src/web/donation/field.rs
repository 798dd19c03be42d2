//! The calculator's five inputs: their URL / JSON keys, names and defaults, how typed text becomes the
//! JSON the engine validates, and the computation (pure, so it is tested natively).

use crate::donation::texts as dt;
use crate::texts::error_lines;
use crate::ui::format::grouped_int;
use kofukin::engine::donation::{donation, DonationInput, DonationOutcome, MINIMUM_DONATION_YEN};
use kofukin::engine::money::parse_plain_decimal;
use kofukin::engine::scenario::normalize_typed_number;
use kofukin::engine::text::Text;
use serde_json::{Map, Value};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Donation,
    Resident,
    Corporate,
    Enterprise,
    Rate,
}

impl Field {
    pub const ALL: [Field; 5] = [Field::Donation, Field::Resident, Field::Corporate, Field::Enterprise, Field::Rate];
    /// The JSON field and URL key.
    pub fn key(self) -> &'static str {
        match self {
            Field::Donation => "donation_yen",
            Field::Resident => "resident_tax_levy_yen",
            Field::Corporate => "corporate_tax_yen",
            Field::Enterprise => "enterprise_tax_yen",
            Field::Rate => "deduction_rate",
        }
    }
    pub fn label(self) -> Text {
        match self {
            Field::Donation => dt::DONATION_YEN,
            Field::Resident => dt::RESIDENT_TAX_LEVY_YEN,
            Field::Corporate => dt::CORPORATE_TAX_YEN,
            Field::Enterprise => dt::ENTERPRISE_TAX_YEN,
            Field::Rate => dt::DEDUCTION_RATE,
        }
    }
    pub fn default_value(self) -> String {
        let d = DonationInput::default();
        match self {
            Field::Donation => d.donation_yen.to_string(),
            Field::Resident => d.resident_tax_levy_yen.to_string(),
            Field::Corporate => d.corporate_tax_yen.to_string(),
            Field::Enterprise => d.enterprise_tax_yen.to_string(),
            Field::Rate => d.deduction_rate.normalize().to_string(),
        }
    }
    pub fn is_yen(self) -> bool {
        self != Field::Rate
    }
}

/// A typed value as the JSON the engine validates: yen as an integer, the rate as a decimal string.
pub fn to_json(f: Field, text: &str) -> Option<Value> {
    let n = normalize_typed_number(text);
    if f.is_yen() {
        n.parse::<u64>().ok().map(Value::from)
    } else {
        parse_plain_decimal(&n).ok().map(|d| Value::String(d.normalize().to_string()))
    }
}

/// A typed value as the URL keeps it: the JSON value, or the text itself when it is not one.
pub fn url_value(f: Field, text: &str) -> String {
    match to_json(f, text) {
        Some(Value::String(s)) => s,
        Some(other) => other.to_string(),
        None => text.to_string(),
    }
}

/// How a value is shown in its field: yen with thousands separators.
pub fn shown(f: Field, text: &str) -> String {
    match normalize_typed_number(text).parse::<u64>() {
        Ok(n) if f.is_yen() => grouped_int(n),
        _ => text.to_string(),
    }
}

/// The problems of an input: lines in Japanese and English, and whether the donation is below the
/// minimum.
pub struct Problems {
    pub ja: Vec<String>,
    pub en: Vec<String>,
    pub below_minimum: bool,
}

pub type Computed = Result<DonationOutcome, Problems>;

pub fn compute(texts: &[String; 5]) -> Computed {
    let mut obj = Map::new();
    let mut ja = Vec::new();
    let mut en = Vec::new();
    for (f, text) in Field::ALL.into_iter().zip(texts.iter()) {
        match to_json(f, text) {
            Some(v) => {
                obj.insert(f.key().into(), v);
            }
            None => {
                let m = dt::not_a_number(&f.label(), text);
                ja.push(m.ja.into_owned());
                en.push(m.en.into_owned());
            }
        }
    }
    if !ja.is_empty() {
        return Err(Problems { ja, en, below_minimum: false });
    }
    let below_minimum = obj.get("donation_yen").and_then(|v| v.as_u64()).is_some_and(|n| n < MINIMUM_DONATION_YEN);
    match DonationInput::from_json(&Value::Object(obj)) {
        Ok((input, unknown)) => Ok(donation(&input, &unknown)),
        Err(e) => {
            let (ja, en) = error_lines(&e);
            Err(Problems { ja, en, below_minimum })
        }
    }
}

/// Does a problem line name this field (by its key or its Japanese name)?
pub fn names(line: &str, f: Field) -> bool {
    line.starts_with(f.key()) || line.starts_with(f.label().ja.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_values_become_the_engines_json_and_show_grouped() {
        assert_eq!(to_json(Field::Donation, "１０，０００，０００"), Some(Value::from(10_000_000u64)));
        assert_eq!(to_json(Field::Rate, "0.30"), Some(Value::String("0.3".into())));
        assert_eq!(to_json(Field::Donation, "abc"), None);
        assert_eq!(shown(Field::Donation, "10000000"), "10,000,000");
        assert_eq!(url_value(Field::Donation, "1,000"), "1000");
    }

    #[test]
    fn a_field_that_is_not_a_number_is_named_in_both_languages() {
        let mut texts = Field::ALL.map(Field::default_value);
        texts[1] = "abc".into();
        let Err(p) = compute(&texts) else { panic!("expected a problem") };
        assert!(names(&p.ja[0], Field::Resident), "{:?}", p.ja);
        assert!(p.en[0].contains("is not a number"));
        assert!(compute(&Field::ALL.map(Field::default_value)).is_ok());
    }
}
