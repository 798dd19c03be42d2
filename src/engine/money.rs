//! Exact money: 億円 as `rust_decimal` at every interface, whole yen inside the allocation.
//!
//! docs/rules.md, step 4: the national share is computed exactly and rounded **down** to a whole yen
//! (0.00000001 億円); step 6: integer yen keeps the allocation exact. So every amount that enters the
//! engine is a `Decimal` in 億円 with at most 8 decimal places (the scenario, docs/format.md), it becomes
//! a whole number of yen ([`Yen`]) for the arithmetic, and it leaves as a canonical decimal string in
//! 億円 (the result JSON, docs/format.md: no exponent, no trailing zeros).
//! Rates are exact fractions ([`Rate`]): 2/3 is never 0.6666….

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::{Add, AddAssign, Sub, SubAssign};

/// Yen in one 億円.
pub const YEN_PER_OKU: i64 = 100_000_000;

/// A whole number of yen. Exact; the largest scenario total (100 projects × 10 years × 100,000 億円)
/// is 10^16 yen, far inside `i64`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Yen(pub i64);

impl Yen {
    pub const ZERO: Yen = Yen(0);
    /// Stands for "no cap": larger than any amount a valid scenario can produce.
    pub const UNLIMITED: Yen = Yen(i64::MAX / 4);

    /// 億円 → yen. `None` when the amount has more than 8 decimal places or is out of range
    /// (the validator rejects those before they get here).
    pub fn from_oku(oku: Decimal) -> Option<Yen> {
        // oku = mantissa / 10^scale, so yen = mantissa × 10^(8 − scale): integer arithmetic only (the
        // engine converts every project-year's cost; a Decimal multiplication was a sixth of its time).
        let (mantissa, scale) = (oku.mantissa(), oku.scale());
        let yen = if scale <= 8 {
            mantissa.checked_mul(10i128.pow(8 - scale))?
        } else {
            let unit = 10i128.checked_pow(scale - 8)?;
            if mantissa % unit != 0 {
                return None; // a fraction of a yen
            }
            mantissa / unit
        };
        i64::try_from(yen).ok().map(Yen)
    }

    /// Whole 億円 as yen, for parameters written in 億円 in the sources.
    pub const fn oku(n: i64) -> Yen {
        Yen(n * YEN_PER_OKU)
    }

    /// yen → 億円, exact and canonical (no trailing zeros).
    pub fn to_oku(self) -> Decimal {
        Decimal::new(self.0, 8).normalize()
    }

    /// `self × rate`, computed exactly and rounded down to a whole yen (docs/rules.md, step 4).
    pub fn times(self, rate: Rate) -> Yen {
        mul_div_floor(self.0, rate.num, rate.den)
    }

    /// The cost a national share corresponds to at `rate` (the inverse of [`Yen::times`], rounded down).
    pub fn divided_by(self, rate: Rate) -> Yen {
        if rate.num == 0 {
            return Yen::ZERO;
        }
        mul_div_floor(self.0, rate.den, rate.num)
    }

    pub fn saturating_sub(self, other: Yen) -> Yen {
        Yen((self.0 - other.0).max(0))
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    pub fn is_unlimited(self) -> bool {
        self >= Yen::UNLIMITED
    }
}

impl Add for Yen {
    type Output = Yen;
    fn add(self, o: Yen) -> Yen {
        Yen(self.0.saturating_add(o.0))
    }
}
impl AddAssign for Yen {
    fn add_assign(&mut self, o: Yen) {
        *self = *self + o;
    }
}
impl Sub for Yen {
    type Output = Yen;
    fn sub(self, o: Yen) -> Yen {
        Yen(self.0.saturating_sub(o.0))
    }
}
impl SubAssign for Yen {
    fn sub_assign(&mut self, o: Yen) {
        *self = *self - o;
    }
}
impl std::iter::Sum for Yen {
    fn sum<I: Iterator<Item = Yen>>(iter: I) -> Yen {
        iter.fold(Yen::ZERO, Add::add)
    }
}

impl Yen {
    /// The canonical 億円 text ("4", "2.1", "0.66666666", "-0.5"): the same as `to_oku().to_string()`,
    /// written from the whole yen into `buf` without a `Decimal`. Every amount of the result JSON goes
    /// through here, so a batch of scenarios spends its time on rules, not on number formatting.
    pub fn oku_text(self, buf: &mut [u8; 32]) -> &str {
        let yen = self.0.unsigned_abs();
        let (whole, mut frac) = (yen / YEN_PER_OKU as u64, yen % YEN_PER_OKU as u64);
        let mut end = buf.len();
        let mut digits = 8;
        // The fraction, right to left, without its trailing zeros.
        while frac != 0 && frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
        if frac != 0 {
            for _ in 0..digits {
                end -= 1;
                buf[end] = b'0' + (frac % 10) as u8;
                frac /= 10;
            }
            end -= 1;
            buf[end] = b'.';
        }
        let mut whole = whole;
        loop {
            end -= 1;
            buf[end] = b'0' + (whole % 10) as u8;
            whole /= 10;
            if whole == 0 {
                break;
            }
        }
        if self.0 < 0 {
            end -= 1;
            buf[end] = b'-';
        }
        // Only ASCII digits, '.' and '-' were written.
        std::str::from_utf8(&buf[end..]).unwrap_or("0")
    }
}

/// Serialises as the canonical 億円 string of the result JSON ("4", "2.1", "0.66666666").
impl Serialize for Yen {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.oku_text(&mut [0; 32]))
    }
}

impl fmt::Display for Yen {
    /// 億円, canonical.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.oku_text(&mut [0; 32]))
    }
}

/// ⌊a × m / d⌋ in whole yen, exactly. Every amount of a valid scenario times a rate's numerator fits
/// in `i64`, so the 128-bit product (whose division is a library call, a twentieth of the engine's
/// time) is only the fallback.
fn mul_div_floor(a: i64, m: u32, d: u32) -> Yen {
    match a.checked_mul(i64::from(m)) {
        Some(p) => Yen(p.div_euclid(i64::from(d))),
        None => {
            let exact = i128::from(a) * i128::from(m);
            Yen(i64::try_from(exact.div_euclid(i128::from(d))).unwrap_or(i64::MAX))
        }
    }
}

/// An exact fraction, as the sources write rates: 「1/2」「2/3」「3/4」.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rate {
    pub num: u32,
    pub den: u32,
}

impl Rate {
    pub const fn new(num: u32, den: u32) -> Rate {
        Rate { num, den }
    }
    pub const HALF: Rate = Rate::new(1, 2);
    pub const ONE: Rate = Rate::new(1, 1);
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.num, self.den)
    }
}

impl Serialize for Rate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// 12345678 → "12,345,678": yen in messages, grouped the Japanese way.
pub fn fmt_yen(n: impl Into<u128>) -> String {
    let s = n.into().to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// Canonical decimal text of the result JSON (docs/format.md): no exponent, no trailing zeros.
pub fn canonical(d: Decimal) -> String {
    d.normalize().to_string()
}

/// serde helpers for 億円 fields of the scenario: written as canonical strings, read from a string
/// or a JSON number (the strict validation with messages lives in `scenario`).
pub mod oku_serde {
    use super::*;

    pub fn serialize<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&d.normalize())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        let v = serde_json::Value::deserialize(d)?;
        super::decimal_from_json(&v).map_err(serde::de::Error::custom)
    }

    pub mod vec {
        use super::*;
        pub fn serialize<S: Serializer>(v: &Option<Vec<Decimal>>, s: S) -> Result<S::Ok, S::Error> {
            match v {
                None => s.serialize_none(),
                Some(list) => {
                    let texts: Vec<String> = list.iter().map(|d| canonical(*d)).collect();
                    texts.serialize(s)
                }
            }
        }
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<Decimal>>, D::Error> {
            let v = Option::<Vec<serde_json::Value>>::deserialize(d)?;
            match v {
                None => Ok(None),
                Some(list) => list
                    .iter()
                    .map(|x| super::super::decimal_from_json(x).map_err(serde::de::Error::custom))
                    .collect::<Result<Vec<_>, _>>()
                    .map(Some),
            }
        }
    }
}

/// Why a JSON value is not a decimal the engine accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecimalProblem {
    NotADecimal,
    TooManyDigits,
}

impl fmt::Display for DecimalProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DecimalProblem::NotADecimal => "not a decimal number",
            DecimalProblem::TooManyDigits => "too many digits",
        })
    }
}

/// Reads a decimal from a JSON string ("3.5") or number (3.5, at most 15 significant digits).
/// Strings must be plain ASCII decimals: digits with an optional point and an optional leading minus
/// (a negative value is then rejected by the range check, with a message that says so).
pub fn decimal_from_json(v: &serde_json::Value) -> Result<Decimal, DecimalProblem> {
    match v {
        serde_json::Value::String(s) => parse_plain_decimal(s),
        serde_json::Value::Number(n) => {
            // With serde_json's `arbitrary_precision` the number keeps the text it was written with.
            let text = n.to_string();
            let (mantissa, _) = text.split_once(['e', 'E']).unwrap_or((&text, ""));
            let digits = mantissa.chars().filter(char::is_ascii_digit).collect::<String>();
            let digits = digits.trim_start_matches('0');
            let digits = if mantissa.contains('.') { digits.trim_end_matches('0') } else { digits };
            if digits.len() > 15 {
                return Err(DecimalProblem::TooManyDigits);
            }
            if text.contains(['e', 'E']) {
                Decimal::from_scientific(&text).map_err(|_| DecimalProblem::NotADecimal)
            } else {
                text.parse::<Decimal>().map_err(|_| DecimalProblem::NotADecimal)
            }
        }
        _ => Err(DecimalProblem::NotADecimal),
    }
}

/// `^-?[0-9]+(\.[0-9]+)?$`, at most 28 digits.
pub fn parse_plain_decimal(s: &str) -> Result<Decimal, DecimalProblem> {
    let body = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = body.split_once('.').unwrap_or((body, "0"));
    let ok = !int.is_empty()
        && !frac.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit());
    if !ok {
        return Err(DecimalProblem::NotADecimal);
    }
    if int.trim_start_matches('0').len() + frac.len() > 28 {
        return Err(DecimalProblem::TooManyDigits);
    }
    s.parse::<Decimal>().map_err(|_| DecimalProblem::NotADecimal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn two_thirds_of_one_oku_rounds_down_to_a_whole_yen() {
        let yen = Yen::oku(1).times(Rate::new(2, 3));
        assert_eq!(yen, Yen(66_666_666));
        assert_eq!(yen.to_oku().to_string(), "0.66666666");
    }

    #[test]
    fn canonical_strings_have_no_trailing_zeros() {
        assert_eq!(Yen::oku(4).to_string(), "4");
        assert_eq!(Yen(210_000_000).to_string(), "2.1");
        assert_eq!(Yen::ZERO.to_string(), "0");
    }

    #[test]
    fn more_than_eight_decimal_places_is_not_whole_yen() {
        assert_eq!(Yen::from_oku(dec!(0.123456789)), None);
        assert_eq!(Yen::from_oku(dec!(3.5)), Some(Yen(350_000_000)));
    }

    #[test]
    fn json_numbers_keep_their_written_digits() {
        let v: serde_json::Value = serde_json::from_str("0.1").unwrap();
        assert_eq!(decimal_from_json(&v), Ok(dec!(0.1)));
        let v: serde_json::Value = serde_json::from_str("1.0000000000000001").unwrap();
        assert_eq!(decimal_from_json(&v), Err(DecimalProblem::TooManyDigits));
        let v: serde_json::Value = serde_json::from_str("1e2").unwrap();
        assert_eq!(decimal_from_json(&v), Ok(dec!(100)));
    }

    #[test]
    fn plain_decimal_strings_only() {
        assert!(parse_plain_decimal("3.5").is_ok());
        assert!(parse_plain_decimal("-1").is_ok());
        for bad in ["", ".5", "5.", "3,5", "1e3", "＋3", "３"] {
            assert_eq!(parse_plain_decimal(bad), Err(DecimalProblem::NotADecimal), "{bad}");
        }
    }
}
