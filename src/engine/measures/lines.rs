//! The arithmetic of the measures and their findings (docs/measures.md, "Calculation" and "Findings"):
//! caps, conditions, rates, bonds.
//!
//! A measure's calculator walks its item table and calls [`Calc`] once per line, in table order. Every
//! amount is exact: `eligible × num ÷ den` in integers, rounded down once per line and kind
//! ([`mul_div_floor`]); rates that depend on a decimal input (`0.5 × fiscal_correction`) become exact
//! fractions ([`Frac::half_of`]). Money is never a float.

use super::{Covered, Line, Param};
use crate::engine::finding::{Basis, Code, Finding, Message, Severity};
use crate::engine::sources::SourceRef;
use crate::engine::text::Text;
use rust_decimal::Decimal;

/// Where a covered amount is filed (`covered_yen` of the result, docs/format.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    National,
    Special,
    Ordinary,
    UserFees,
}

impl Kind {
    /// Every kind, in the order of `covered_yen`.
    pub const ALL: [Kind; 4] = [Kind::National, Kind::Special, Kind::Ordinary, Kind::UserFees];

    pub fn label(self) -> Text {
        match self {
            Kind::National => Text::new("国費", "National funds"),
            Kind::Special => Text::new("特別交付税", "Special allocation tax"),
            Kind::Ordinary => Text::new("普通交付税", "Ordinary allocation tax"),
            Kind::UserFees => Text::new("利用料金収入", "User fees"),
        }
    }
}

/// An exact non-negative fraction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frac {
    pub num: u128,
    pub den: u128,
}

impl Frac {
    pub const ONE: Frac = Frac { num: 1, den: 1 };

    pub const fn new(num: u128, den: u128) -> Frac {
        Frac { num, den }
    }

    /// `0.5 × d` exactly: the mantissa over twice the power of ten (docs/measures.md, calculation step 2).
    pub fn half_of(d: Decimal) -> Frac {
        let num = d.mantissa().unsigned_abs();
        let den = 2 * 10u128.pow(d.scale());
        Frac { num, den }
    }

    /// `1 − self` (for rates ≤ 1).
    pub fn complement(self) -> Frac {
        Frac { num: self.den.saturating_sub(self.num), den: self.den }
    }

    pub fn times(self, o: Frac) -> Frac {
        Frac { num: self.num * o.num, den: self.den * o.den }
    }

    pub fn exceeds_one(self) -> bool {
        self.num > self.den
    }
}

impl From<&Param> for Frac {
    fn from(p: &Param) -> Frac {
        Frac { num: u128::from(p.num), den: u128::from(p.den) }
    }
}

/// `⌊a × b ÷ d⌋`, exact, for `a < 2^64`, `b < 2^100` and `1 ≤ d < 2^100` (no 256-bit product needed):
/// Horner's scheme over the 16-bit digits of `b`, keeping quotient and remainder.
pub fn mul_div_floor(a: u128, b: u128, d: u128) -> u128 {
    if d == 0 {
        return 0;
    }
    let (mut q, mut r) = (0u128, 0u128);
    for shift in (0..8).rev() {
        let digit = (b >> (16 * shift)) & 0xFFFF;
        q <<= 16;
        r = (r << 16) + a * digit;
        q += r / d;
        r %= d;
    }
    q
}

/// `⌊yen × rate⌋` (docs/measures.md, calculation step 3).
pub fn apply(yen: u64, rate: Frac) -> u64 {
    u64::try_from(mul_div_floor(u128::from(yen), rate.num, rate.den)).unwrap_or(u64::MAX)
}

pub use crate::engine::money::fmt_yen;

/// A line's name in both languages, for the line and its messages.
#[derive(Clone, Debug)]
pub struct Label {
    pub ja: String,
    pub en: String,
}

impl Label {
    pub fn new(ja: impl Into<String>, en: impl Into<String>) -> Label {
        Label { ja: ja.into(), en: en.into() }
    }
    /// A line name declared as a constant of its measure.
    pub fn of(t: &Text) -> Label {
        Label { ja: t.ja.to_string(), en: t.en.to_string() }
    }
    /// The `i`-th element of a list item ("隊員の活動に要する経費（members[1]）").
    pub fn nth(t: &Text, list: &str, i: usize) -> Label {
        Label { ja: format!("{}（{list}[{i}]）", t.ja), en: format!("{} ({list}[{i}])", t.en) }
    }
}

/// The lines and findings of one calculation.
pub struct Calc {
    /// The registry id of the document every quote of this measure comes from.
    pub seed: &'static str,
    pub lines: Vec<Line>,
    pub findings: Vec<Finding>,
    /// Some line was covered at rate 1 because the source states a cap and no 措置率 (R1).
    rate_one_used: bool,
    /// The quote of the last cap applied, for the line it applies to.
    cap_quote: Option<&'static str>,
}

impl Calc {
    pub fn new(seed: &'static str) -> Calc {
        Calc { seed, lines: Vec::new(), findings: Vec::new(), rate_one_used: false, cap_quote: None }
    }

    pub fn finding(
        &mut self,
        code: Code,
        severity: Severity,
        basis: Basis,
        quote: &'static str,
        ja: String,
        en: String,
    ) {
        self.findings.push(Finding {
            code,
            severity,
            basis,
            source_ref: SourceRef::new(self.seed).quote(quote),
            project: None,
            year: None,
            text: Message::plain(ja, en),
        });
    }

    /// `min(cost, cap)`; a `cap_binds` finding when the cap cuts the cost (docs/measures.md, calculation step 1).
    pub fn cap(&mut self, label: &Label, cost: u64, cap: u128, quote: &'static str, basis: Basis) -> u64 {
        self.cap_parts(label, cost, cap, &[quote], basis)
    }

    /// [`Calc::cap`] for a cap made of several stated amounts, each with its quote (the first is cited).
    pub fn cap_parts(&mut self, label: &Label, cost: u64, cap: u128, quotes: &[&'static str], basis: Basis) -> u64 {
        let first = quotes.first().copied().unwrap_or("");
        self.cap_quote = Some(first);
        if u128::from(cost) <= cap {
            return cost;
        }
        let shown = quotes.join("」「");
        self.finding(
            Code::CapBinds,
            Severity::Capped,
            basis,
            first,
            format!(
                "{}: 経費 {}円 のうち上限 {}円 までを対象としました（「{shown}」）",
                label.ja,
                fmt_yen(cost),
                fmt_yen(cap)
            ),
            format!(
                "{}: of the cost of {} yen, only the cap of {} yen counts (「{shown}」)",
                label.en,
                fmt_yen(cost),
                fmt_yen(cap)
            ),
        );
        u64::try_from(cap).unwrap_or(cost)
    }

    /// A failed condition: a `condition_not_met` finding when the line has a cost; the caller sets eligible to 0.
    pub fn fail(&mut self, label: &Label, cost: u64, cond_ja: &str, cond_en: &str, quote: &'static str, basis: Basis) {
        if cost == 0 {
            return;
        }
        self.finding(
            Code::ConditionNotMet,
            Severity::Ineligible,
            basis,
            quote,
            format!("{}: 条件「{cond_ja}」を満たさないため対象外です（0円）", label.ja),
            format!("{}: the condition \"{cond_en}\" is not met, so nothing is covered", label.en),
        );
    }

    /// A line whose covered amounts are `eligible × rate` for each `(kind, rate)` (rates whose sum is ≤ 1).
    pub fn line(&mut self, item: &str, label: &Label, cost: u64, eligible: u64, shares: &[(Kind, Frac)]) {
        let mut covered = Covered::default();
        for (kind, rate) in shares {
            let amount = apply(eligible, *rate);
            match kind {
                Kind::National => covered.national += amount,
                Kind::Special => covered.special_allocation_tax += amount,
                Kind::Ordinary => covered.ordinary_allocation_tax += amount,
                Kind::UserFees => covered.user_fees += amount,
            }
        }
        self.lines.push(Line {
            item: item.to_string(),
            label_ja: label.ja.clone(),
            label_en: label.en.clone(),
            cost_yen: cost,
            eligible_yen: eligible,
            covered_yen: covered,
            bond_yen: 0,
            source_ref: SourceRef { id: self.seed, location: None, quote: self.cap_quote.take() },
        });
    }

    /// A 特別交付税 line covered at rate 1 because the source states a cap and no 措置率 (R1).
    pub fn line_rate_one(&mut self, item: &str, label: &Label, cost: u64, eligible: u64) {
        if eligible > 0 {
            self.rate_one_used = true;
        }
        self.line(item, label, cost, eligible, &[(Kind::Special, Frac::ONE)]);
    }

    /// A line capped at `cap` and covered at rate 1 under R1.
    pub fn rate_one_capped(&mut self, item: &str, label: &Label, cost: u64, cap: u128, quote: &'static str) {
        let eligible = self.cap(label, cost, cap, quote, Basis::Seed);
        self.line_rate_one(item, label, cost, eligible);
    }

    /// A line covered at `0.5 × fiscal_correction`, limited to the eligible cost (R16, `coverage_limited`).
    pub fn line_fiscal_correction(
        &mut self,
        item: &str,
        label: &Label,
        cost: u64,
        eligible: u64,
        fiscal_correction: Decimal,
        quote: &'static str,
    ) {
        let mut rate = Frac::half_of(fiscal_correction);
        if rate.exceeds_one() {
            rate = Frac::ONE;
            if eligible > 0 {
                self.finding(
                    Code::CoverageLimited,
                    Severity::Capped,
                    Basis::Inferred,
                    quote,
                    format!(
                        "{}: 措置率 0.5×財政力補正（{}）が 1 を超えるため、対象経費 {}円 までとしました",
                        label.ja,
                        fiscal_correction.normalize(),
                        fmt_yen(eligible)
                    ),
                    format!(
                        "{}: the rate 0.5 × fiscal correction ({}) exceeds 1, so coverage is limited to the eligible cost of {} yen",
                        label.en,
                        fiscal_correction.normalize(),
                        fmt_yen(eligible)
                    ),
                );
            }
        }
        self.line(item, label, cost, eligible, &[(Kind::Special, rate)]);
    }

    /// A bond line: `bond = ⌊eligible × 充当率⌋`, and the 交付税措置 `⌊eligible × 充当率 × 措置率⌋` filed
    /// under `ordinary_allocation_tax` (docs/measures.md, calculation step 4, reading R9).
    pub fn bond_line(&mut self, item: &str, label: &Label, cost: u64, eligible: u64, charge: Frac, measure: Frac) {
        self.line(item, label, cost, eligible, &[(Kind::Ordinary, charge.times(measure))]);
        if let Some(last) = self.lines.last_mut() {
            last.bond_yen = apply(eligible, charge);
        }
    }

    /// R9: interest and term are not in the source, so the 交付税措置 is on the principal only.
    pub fn bond_principal_only(&mut self, quote: &'static str) {
        self.finding(
            Code::BondPrincipalOnly,
            Severity::Warning,
            Basis::Inferred,
            quote,
            "地方債の交付税措置は元金のみで計算しました（資料に利率・償還期間の記載がないため。前提 R9）".into(),
            "The bond's allocation-tax measure is computed on the principal only; the source gives no interest rate or term (reading R9)".into(),
        );
    }

    /// Whether some line was covered at rate 1 under R1 (the caller then adds `rate_not_stated`).
    pub fn rate_one_used(&self) -> bool {
        self.rate_one_used
    }
}
