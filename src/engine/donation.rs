//! 企業版ふるさと納税: what a corporate donation really costs the company (`kofukin donation`,
//! docs/format.md).
//!
//! 「税額控除 最大６割」「損金算入 約３割」「企業負担 (約１割)」 (「地方創生2.0基本構想」（概要）)

use crate::engine::finding::{Basis, Code, Finding, Message, Severity};
pub use crate::engine::money::fmt_yen;
use crate::engine::scenario::{got, object, parse_json_text, Checker, InputError};
use crate::engine::sources::{self, SourceRef};
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The slide 「企業版ふるさと納税の活用」 of 「地方創生2.0基本構想」（概要）.
const SEED: SourceRef = SourceRef::new(sources::GEN2_BASIC_PLAN).at("企業版ふるさと納税の活用");

/// 「①法人住民税 寄附額の４割を税額控除（法人住民税法人税割額の20％が上限）」 (「地方創生2.0基本構想」（概要）)
pub const RESIDENT_SHARE_OF_DONATION: Decimal = dec!(0.4);
/// 同上: 「法人住民税法人税割額の20％が上限」
pub const RESIDENT_SHARE_OF_LEVY: Decimal = dec!(0.2);
/// 「②法人税 法人住民税で４割に達しない場合、その残額を税額控除。ただし、寄附額の１割を限度。（法人税額の５％が上限）」
pub const CORPORATE_SHARE_OF_DONATION: Decimal = dec!(0.1);
/// 同上: 「法人税額の５％が上限」
pub const CORPORATE_SHARE_OF_TAX: Decimal = dec!(0.05);
/// 「③法人事業税 寄附額の２割を税額控除 （法人事業税額の20％が上限）」
pub const ENTERPRISE_SHARE_OF_DONATION: Decimal = dec!(0.2);
/// 同上: 「法人事業税額の20％が上限」
pub const ENTERPRISE_SHARE_OF_TAX: Decimal = dec!(0.2);
/// 「損金算入 約３割」: the default effective rate of the deduction benefit (adjustable).
pub const DEFAULT_DEDUCTION_RATE: Decimal = dec!(0.3);
/// 最低寄附額 10万円: 内閣府 企業版ふるさと納税ポータル.
pub const MINIMUM_DONATION_YEN: u64 = 100_000;
/// Largest yen amount accepted (the measures use the same bound for yen fields).
pub const MAX_YEN: u64 = 1_000_000_000_000_000;

/// The calculator's input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DonationInput {
    pub donation_yen: u64,
    pub resident_tax_levy_yen: u64,
    pub corporate_tax_yen: u64,
    pub enterprise_tax_yen: u64,
    #[serde(with = "crate::engine::money::oku_serde")]
    pub deduction_rate: Decimal,
}

impl Default for DonationInput {
    fn default() -> Self {
        DonationInput {
            donation_yen: 10_000_000,
            resident_tax_levy_yen: 30_000_000,
            corporate_tax_yen: 90_000_000,
            enterprise_tax_yen: 20_000_000,
            deduction_rate: DEFAULT_DEDUCTION_RATE,
        }
    }
}

/// The calculator's result.
#[derive(Clone, Debug, Serialize)]
pub struct DonationOutcome {
    pub donation_yen: u64,
    pub resident_tax_credit_yen: u64,
    pub corporate_tax_credit_yen: u64,
    pub enterprise_tax_credit_yen: u64,
    pub deduction_benefit_yen: u64,
    pub total_relief_yen: u64,
    pub net_cost_yen: u64,
    /// `net_cost_yen ÷ donation_yen`, rounded half-up to 4 decimal places, as a string.
    #[serde(with = "crate::engine::money::oku_serde")]
    pub net_cost_ratio: Decimal,
    pub findings: Vec<Finding>,
}

const FIELDS: &[&str] =
    &["donation_yen", "resident_tax_levy_yen", "corporate_tax_yen", "enterprise_tax_yen", "deduction_rate"];

fn yen_field(c: &mut Checker, obj: &serde_json::Map<String, Value>, key: &str, min: u64) -> u64 {
    let Some(v) = c.required(obj, key, key) else { return 0 };
    match v.as_u64() {
        Some(n) if (min..=MAX_YEN).contains(&n) => n,
        _ if key == "donation_yen" && v.as_u64().is_some_and(|n| n < min) => {
            c.err(
                key,
                format!("寄附額は1回 10万円（100,000円）以上です (got {})", got(v)),
                format!("the donation must be at least 100,000 yen (got {})", got(v)),
            );
            0
        }
        _ => {
            c.err(
                key,
                format!("{key} は {min} 以上の整数（円）です (got {})", got(v)),
                format!("{key} must be a whole number of yen, at least {min} (got {})", got(v)),
            );
            0
        }
    }
}

impl DonationInput {
    pub fn from_json_str(text: &str) -> Result<(DonationInput, Vec<String>), InputError> {
        DonationInput::from_json(&parse_json_text(text)?)
    }

    /// Validates the calculator's input; returns the input and the unknown field names.
    pub fn from_json(v: &Value) -> Result<(DonationInput, Vec<String>), InputError> {
        let mut c = Checker::default();
        let Some(obj) = object(&mut c, v, "", "入力", "the input") else {
            return Err(InputError { errors: c.errors });
        };
        c.note_unknown(obj, FIELDS, "");
        let donation_yen = yen_field(&mut c, obj, "donation_yen", MINIMUM_DONATION_YEN);
        let resident_tax_levy_yen = yen_field(&mut c, obj, "resident_tax_levy_yen", 0);
        let corporate_tax_yen = yen_field(&mut c, obj, "corporate_tax_yen", 0);
        let enterprise_tax_yen = yen_field(&mut c, obj, "enterprise_tax_yen", 0);
        let deduction_rate = match Checker::field(obj, "deduction_rate") {
            None => DEFAULT_DEDUCTION_RATE,
            Some(v) => c.decimal(v, "deduction_rate", "deduction_rate", Decimal::ONE, 8, "割合").unwrap_or_default(),
        };
        let unknown = std::mem::take(&mut c.unknown);
        c.finish((
            DonationInput {
                donation_yen,
                resident_tax_levy_yen,
                corporate_tax_yen,
                enterprise_tax_yen,
                deduction_rate,
            },
            unknown,
        ))
    }
}

fn floor_yen(d: Decimal) -> u64 {
    u64::try_from(d.floor().max(Decimal::ZERO)).unwrap_or(0)
}

fn capped(quote: &'static str, ja: String, en: String) -> Finding {
    Finding {
        code: Code::CreditCapped,
        severity: Severity::Capped,
        basis: Basis::Seed,
        source_ref: SEED.quote(quote),
        project: None,
        year: None,
        text: Message::plain(ja, en),
    }
}

/// Computes the credits, the 損金算入 benefit and the net cost (docs/rules.md, "Beyond the caps").
/// Each credit is computed exactly and rounded down to a whole yen.
pub fn donation(input: &DonationInput, unknown_fields: &[String]) -> DonationOutcome {
    let d = Decimal::from(input.donation_yen);
    let mut findings = Vec::new();

    // ①「法人住民税 寄附額の４割を税額控除（法人住民税法人税割額の20％が上限）」
    // min(0.4·D, 0.2 × 法人住民税法人税割額)
    let resident_limit = RESIDENT_SHARE_OF_LEVY * Decimal::from(input.resident_tax_levy_yen);
    let resident_full = RESIDENT_SHARE_OF_DONATION * d;
    let resident = floor_yen(resident_full.min(resident_limit));
    if resident_limit < resident_full {
        findings.push(capped(
            "（法人住民税法人税割額の20％が上限）",
            format!(
                "法人住民税の控除は法人住民税法人税割額の20％（{}円）が上限です。",
                fmt_yen(floor_yen(resident_limit))
            ),
            format!(
                "The resident tax credit is capped at 20% of the resident tax levy ({} yen).",
                floor_yen(resident_limit)
            ),
        ));
    }

    // ②「法人住民税で４割に達しない場合、その残額を税額控除。ただし、寄附額の１割を限度。（法人税額の５％が上限）」
    // min(0.4·D − 法人住民税 credit, 0.1·D, 0.05 × 法人税額)
    let remainder = (resident_full - Decimal::from(resident)).max(Decimal::ZERO);
    let corporate_by_donation = CORPORATE_SHARE_OF_DONATION * d;
    let corporate_by_tax = CORPORATE_SHARE_OF_TAX * Decimal::from(input.corporate_tax_yen);
    let corporate = floor_yen(remainder.min(corporate_by_donation).min(corporate_by_tax));
    if remainder > Decimal::ZERO && corporate_by_donation.min(corporate_by_tax) < remainder {
        let (quote, ja, en) = if corporate_by_tax < corporate_by_donation {
            (
                "（法人税額の５％が上限）",
                format!("法人税の控除は法人税額の5％（{}円）が上限です。", fmt_yen(floor_yen(corporate_by_tax))),
                format!(
                    "The corporate tax credit is capped at 5% of the corporate tax ({} yen).",
                    floor_yen(corporate_by_tax)
                ),
            )
        } else {
            (
                "ただし、寄附額の１割を限度。",
                format!("法人税の控除は寄附額の1割（{}円）が限度です。", fmt_yen(floor_yen(corporate_by_donation))),
                format!(
                    "The corporate tax credit is limited to 10% of the donation ({} yen).",
                    floor_yen(corporate_by_donation)
                ),
            )
        };
        findings.push(capped(quote, ja, en));
    }

    // ③「法人事業税 寄附額の２割を税額控除 （法人事業税額の20％が上限）」
    let enterprise_full = ENTERPRISE_SHARE_OF_DONATION * d;
    let enterprise_limit = ENTERPRISE_SHARE_OF_TAX * Decimal::from(input.enterprise_tax_yen);
    let enterprise = floor_yen(enterprise_full.min(enterprise_limit));
    if enterprise_limit < enterprise_full {
        findings.push(capped(
            "（法人事業税額の20％が上限）",
            format!("法人事業税の控除は法人事業税額の20％（{}円）が上限です。", fmt_yen(floor_yen(enterprise_limit))),
            format!(
                "The enterprise tax credit is capped at 20% of the enterprise tax ({} yen).",
                floor_yen(enterprise_limit)
            ),
        ));
    }

    // 「損金算入 約３割」: D × the effective rate the user gives (default 0.3).
    let credits = resident + corporate + enterprise;
    let mut deduction = floor_yen(d * input.deduction_rate);
    if credits + deduction > input.donation_yen {
        // Assumption: the relief cannot exceed the donation itself; the benefit is limited and said so.
        deduction = input.donation_yen - credits;
        findings.push(Finding {
            code: Code::DeductionLimited,
            severity: Severity::Capped,
            basis: Basis::Assumption,
            source_ref: SEED,
            project: None,
            year: None,
            text: Message::plain(
                "損金算入の効果は、税額控除と合わせて寄附額を超えないよう制限しました（実効税率の入力が大きすぎます）。",
                "The deduction benefit was limited so that the total relief does not exceed the donation (the effective rate given is too high).",
            ),
        });
    }
    let total = credits + deduction;
    let net = input.donation_yen - total;
    let ratio = (Decimal::from(net) / d).round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero).normalize();
    if !unknown_fields.is_empty() {
        findings.push(Finding {
            code: Code::UnknownFields,
            severity: Severity::Warning,
            basis: Basis::Assumption,
            source_ref: SourceRef::new(sources::RULES),
            project: None,
            year: None,
            text: Message::plain(
                format!("知らない項目を無視しました: {}", unknown_fields.join(", ")),
                format!("Ignored unknown fields: {}", unknown_fields.join(", ")),
            ),
        });
    }
    DonationOutcome {
        donation_yen: input.donation_yen,
        resident_tax_credit_yen: resident,
        corporate_tax_credit_yen: corporate,
        enterprise_tax_credit_yen: enterprise,
        deduction_benefit_yen: deduction,
        total_relief_yen: total,
        net_cost_yen: net,
        net_cost_ratio: ratio,
        findings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contract_example_reaches_about_one_tenth() {
        let out = donation(&DonationInput::default(), &[]);
        // D = 1,000万円: 住民税 min(400万, 0.2×3,000万=600万) = 400万; 法人税 min(0, …) = 0;
        // 事業税 min(200万, 0.2×2,000万=400万) = 200万; 損金 300万; net 100万 (約１割).
        assert_eq!(out.resident_tax_credit_yen, 4_000_000);
        assert_eq!(out.corporate_tax_credit_yen, 0);
        assert_eq!(out.enterprise_tax_credit_yen, 2_000_000);
        assert_eq!(out.deduction_benefit_yen, 3_000_000);
        assert_eq!(out.net_cost_yen, 1_000_000);
        assert_eq!(out.net_cost_ratio.to_string(), "0.1");
    }

    #[test]
    fn below_the_minimum_is_invalid() {
        let e = DonationInput::from_json_str(
            r#"{"donation_yen":99999,"resident_tax_levy_yen":0,"corporate_tax_yen":0,"enterprise_tax_yen":0}"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("10万円"));
    }
}
