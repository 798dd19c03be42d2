//! The calculator's five inputs: their URL / JSON keys, names and defaults, how typed text becomes the
//! JSON the engine validates (yen as 「1000万」「1,000万円」「１億２千万」, rates as 「30%」 or 0.3), and
//! the computation (pure, so it is tested natively). Problems name the field by its label.

use crate::donation::texts as dt;
use crate::texts::error_lines;
use crate::ui::format::grouped_int;
use kofukin::engine::donation::{donation, DonationInput, DonationOutcome, MINIMUM_DONATION_YEN};
use kofukin::engine::money::parse_plain_decimal;
use kofukin::engine::scenario::normalize_typed_number;
use kofukin::engine::text::Text;
use rust_decimal::Decimal;
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

/// Full-width digits and points as ASCII, separators and spaces dropped, units kept (the engine's
/// normalisation drops a trailing 億, as it reads 億円 amounts).
fn ascii_digits(text: &str) -> String {
    text.trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '，' | '、' | ' ' | '\u{3000}' | '_'))
        .map(|c| match c {
            '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c),
            '．' => '.',
            other => other,
        })
        .collect()
}

/// A kanji digit as its value (「一」 → 1, 「〇」 → 0).
fn kanji_digit(c: char) -> Option<char> {
    let i = "〇一二三四五六七八九".chars().position(|k| k == c).or_else(|| (c == '零').then_some(0))?;
    char::from_digit(u32::try_from(i).ok()?, 10)
}

/// The number written before a unit ("" counts as 1 before 十百千: 「千万」 is 10,000,000).
fn number(digits: &str, empty: Option<Decimal>) -> Option<Decimal> {
    if digits.is_empty() {
        return empty;
    }
    parse_plain_decimal(digits).ok()
}

/// A yen amount as people write it: digits (full-width or kanji), separators, 十百千 within a group of
/// four digits, 万億兆 between groups (largest first), a trailing 円: 「1000万」「1,000万円」「１億２千万」
/// 「1.5億」. `None` when it is not such an amount.
pub fn parse_yen(text: &str) -> Option<Decimal> {
    let n = ascii_digits(text);
    let n = n.strip_suffix('円').unwrap_or(&n);
    let mut total = Decimal::ZERO;
    let mut group = Decimal::ZERO;
    let mut digits = String::new();
    let mut last_big: Option<Decimal> = None;
    let mut seen_digit = false;
    for c in n.chars() {
        let small = match c {
            '十' => Some(10),
            '百' => Some(100),
            '千' => Some(1000),
            _ => None,
        };
        let big = match c {
            '万' => Some(Decimal::from(10_000)),
            '億' => Some(Decimal::from(100_000_000)),
            '兆' => Some(Decimal::from(1_000_000_000_000u64)),
            _ => None,
        };
        if let Some(d) = kanji_digit(c).or(c.is_ascii_digit().then_some(c)).or((c == '.').then_some('.')) {
            seen_digit |= d != '.';
            digits.push(d);
        } else if let Some(unit) = small {
            group += number(&digits, Some(Decimal::ONE))?.checked_mul(Decimal::from(unit))?;
            seen_digit = true;
            digits.clear();
        } else if let Some(unit) = big {
            if last_big.is_some_and(|b| b <= unit) {
                return None;
            }
            let g = group.checked_add(number(&digits, Some(Decimal::ZERO))?)?;
            if g.is_zero() {
                return None;
            }
            total = total.checked_add(g.checked_mul(unit)?)?;
            group = Decimal::ZERO;
            digits.clear();
            last_big = Some(unit);
        } else {
            return None;
        }
    }
    if !seen_digit {
        return None;
    }
    total.checked_add(group)?.checked_add(number(&digits, Some(Decimal::ZERO))?)
}

/// A rate as people write it: 「30%」「３０％」「3割」 or a decimal 「0.3」.
pub fn parse_rate(text: &str) -> Option<Decimal> {
    let n = normalize_typed_number(text);
    let (digits, per) = if let Some(d) = n.strip_suffix('%').or_else(|| n.strip_suffix('％')) {
        (d, 100)
    } else if let Some(d) = n.strip_suffix('割') {
        (d, 10)
    } else {
        (n.as_str(), 1)
    };
    parse_plain_decimal(digits).ok()?.checked_div(Decimal::from(per))
}

/// A typed value as the JSON the engine validates: yen as an integer (a fraction of a yen as its
/// decimal string, which the validator refuses with its message), the rate as a decimal string.
pub fn to_json(f: Field, text: &str) -> Option<Value> {
    if f.is_yen() {
        let d = parse_yen(text)?.normalize();
        Some(match u64::try_from(d) {
            Ok(n) if d.fract().is_zero() => Value::from(n),
            _ => Value::String(d.to_string()),
        })
    } else {
        parse_rate(text).map(|d| Value::String(d.normalize().to_string()))
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
    match to_json(f, text).and_then(|v| v.as_u64()) {
        Some(n) if f.is_yen() => grouped_int(n),
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
            Err(Problems {
                ja: ja.iter().map(|l| labelled(l, |t| t.ja)).collect(),
                en: en.iter().map(|l| labelled(l, |t| t.en)).collect(),
                below_minimum,
            })
        }
    }
}

/// A validator line with each field key written as the field's label in that language
/// (`donation_yen` → 寄附額（円）).
fn labelled(line: &str, pick: impl Fn(Text) -> std::borrow::Cow<'static, str>) -> String {
    Field::ALL.into_iter().fold(line.to_string(), |l, f| l.replace(f.key(), &pick(f.label())))
}

/// Does a problem line name this field (by its label in either language)?
pub fn names(line: &str, f: Field) -> bool {
    let label = f.label();
    line.starts_with(label.ja.as_ref()) || line.starts_with(label.en.as_ref())
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
    fn yen_amounts_are_read_with_man_oku_and_separators() {
        let yen = |t: &str| parse_yen(t).map(|d| d.normalize().to_string());
        for (typed, want) in [
            ("1000万", "10000000"),
            ("1,000万円", "10000000"),
            ("１０００万", "10000000"),
            ("1億", "100000000"),
            ("１億２千万", "120000000"),
            ("一億二千万円", "120000000"),
            ("1.5億", "150000000"),
            ("2億5000万", "250000000"),
            ("3千", "3000"),
            ("１０，０００，０００円", "10000000"),
            ("0", "0"),
        ] {
            assert_eq!(yen(typed).as_deref(), Some(want), "{typed}");
        }
        for bad in ["", "abc", "万", "1万2億", "1..5", "円", "１億億"] {
            assert_eq!(yen(bad), None, "{bad}");
        }
        assert_eq!(to_json(Field::Donation, "1000万"), Some(Value::from(10_000_000u64)));
        assert_eq!(to_json(Field::Donation, "0.5"), Some(Value::String("0.5".into())));
        assert_eq!(shown(Field::Donation, "1億"), "100,000,000");
    }

    #[test]
    fn rates_are_read_as_percent_wari_or_decimal() {
        for typed in ["30%", "３０％", "0.3", "3割", "30 %"] {
            assert_eq!(to_json(Field::Rate, typed), Some(Value::String("0.3".into())), "{typed}");
        }
        assert_eq!(to_json(Field::Rate, "30%%"), None);
        let mut texts = Field::ALL.map(Field::default_value);
        texts[0] = "1000万".into();
        texts[4] = "30%".into();
        let out = compute(&texts).unwrap_or_else(|_| panic!("1000万 and 30% are accepted"));
        assert_eq!(out.net_cost_yen, 1_000_000);
    }

    #[test]
    fn validator_problems_name_the_field_by_its_label() {
        let mut texts = Field::ALL.map(Field::default_value);
        texts[0] = "5万".into();
        texts[4] = "150%".into();
        let Err(p) = compute(&texts) else { panic!("expected problems") };
        assert!(p.below_minimum);
        assert!(p.ja.iter().all(|l| !l.contains("donation_yen") && !l.contains("deduction_rate")), "{:?}", p.ja);
        assert!(p.ja.iter().any(|l| names(l, Field::Donation)), "{:?}", p.ja);
        assert!(p.ja.iter().any(|l| names(l, Field::Rate)), "{:?}", p.ja);
        assert!(p.en.iter().any(|l| l.starts_with("Donation (yen)")), "{:?}", p.en);
        assert!(p.en.iter().all(|l| !l.contains("deduction_rate")), "{:?}", p.en);
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
