//! Golden cases of the 企業版ふるさと納税 calculator (docs/format.md, the donation calculator;
//! docs/rules.md "Beyond the caps"): every cap binding in turn, the minimum, rounding down to a whole
//! yen, the deduction limit.
//!
//! Source of the formula: cabinet-gen2-basic-plan.txt
//! 「①法人住民税 寄附額の４割を税額控除（法人住民税法人税割額の20％が上限）」
//! 「②法人税 法人住民税で４割に達しない場合、その残額を税額控除。ただし、寄附額の１割を限度。（法人税額の５％が上限）」
//! 「③法人事業税 寄附額の２割を税額控除 （法人事業税額の20％が上限）」「損金算入 約３割」
//! Minimum 10万円: 内閣府 企業版ふるさと納税ポータル (docs/rules.md).

use kofukin::engine::donation::{donation, DonationInput, DonationOutcome};

fn run(json: &str) -> DonationOutcome {
    let (input, unknown) = DonationInput::from_json_str(json).expect("valid input");
    donation(&input, &unknown)
}

fn codes(o: &DonationOutcome) -> Vec<&'static str> {
    o.findings.iter().map(|f| f.code.as_str()).collect()
}

/// (resident, corporate, enterprise, deduction, net, ratio)
fn figures(o: &DonationOutcome) -> (u64, u64, u64, u64, u64, String) {
    (
        o.resident_tax_credit_yen,
        o.corporate_tax_credit_yen,
        o.enterprise_tax_credit_yen,
        o.deduction_benefit_yen,
        o.net_cost_yen,
        o.net_cost_ratio.normalize().to_string(),
    )
}

#[test]
fn documented_example_no_cap_binds_and_the_company_bears_one_tenth() {
    // 「企業の実質負担が約１割まで軽減」: 4割 + 0 + 2割 + 3割 of 1,000万円.
    let o = run(
        r#"{"donation_yen":10000000,"resident_tax_levy_yen":30000000,"corporate_tax_yen":90000000,"enterprise_tax_yen":20000000,"deduction_rate":"0.3"}"#,
    );
    assert_eq!(figures(&o), (4_000_000, 0, 2_000_000, 3_000_000, 1_000_000, "0.1".into()));
    assert_eq!(o.total_relief_yen, 9_000_000);
    assert!(codes(&o).is_empty());
}

#[test]
fn resident_tax_cap_binds_and_the_corporate_tax_takes_the_rest_up_to_one_tenth() {
    // ① min(400万, 20% × 500万 = 100万) = 100万; ② min(400万 − 100万, 1割 = 100万, 5% × 9,000万 = 450万) = 100万.
    let o = run(
        r#"{"donation_yen":10000000,"resident_tax_levy_yen":5000000,"corporate_tax_yen":90000000,"enterprise_tax_yen":20000000}"#,
    );
    assert_eq!(figures(&o), (1_000_000, 1_000_000, 2_000_000, 3_000_000, 3_000_000, "0.3".into()));
    assert_eq!(codes(&o), ["credit_capped", "credit_capped"]);
    assert!(o.findings[0].message_ja().contains("法人住民税法人税割額の20％"));
    assert!(o.findings[1].message_ja().contains("寄附額の1割"));
}

#[test]
fn corporate_tax_cap_binds() {
    // ② min(300万, 100万, 5% × 100万 = 5万) = 5万.
    let o = run(
        r#"{"donation_yen":10000000,"resident_tax_levy_yen":5000000,"corporate_tax_yen":1000000,"enterprise_tax_yen":20000000}"#,
    );
    assert_eq!(figures(&o), (1_000_000, 50_000, 2_000_000, 3_000_000, 3_950_000, "0.395".into()));
    assert!(o.findings[1].message_ja().contains("法人税額の5％"));
}

#[test]
fn enterprise_tax_cap_binds() {
    // ③ min(200万, 20% × 500万 = 100万) = 100万.
    let o = run(
        r#"{"donation_yen":10000000,"resident_tax_levy_yen":30000000,"corporate_tax_yen":90000000,"enterprise_tax_yen":5000000}"#,
    );
    assert_eq!(figures(&o), (4_000_000, 0, 1_000_000, 3_000_000, 2_000_000, "0.2".into()));
    assert_eq!(codes(&o), ["credit_capped"]);
    assert!(o.findings[0].message_ja().contains("法人事業税額の20％"));
}

#[test]
fn the_minimum_is_ten_man_yen() {
    assert!(DonationInput::from_json_str(
        r#"{"donation_yen":99999,"resident_tax_levy_yen":0,"corporate_tax_yen":0,"enterprise_tax_yen":0}"#
    )
    .is_err());
    let o = run(
        r#"{"donation_yen":100000,"resident_tax_levy_yen":30000000,"corporate_tax_yen":90000000,"enterprise_tax_yen":20000000}"#,
    );
    assert_eq!(figures(&o), (40_000, 0, 20_000, 30_000, 10_000, "0.1".into()));
}

#[test]
fn each_amount_is_rounded_down_to_a_yen_and_the_ratio_half_up_to_four_places() {
    // 0.4 × 100,001 = 40,000.4 → 40,000; the corporate remainder 0.4 yen → 0; 0.2 × 100,001 = 20,000.2 →
    // 20,000; 0.3 × 100,001 = 30,000.3 → 30,000; net 10,001; 10,001 / 100,001 = 0.100009… → 0.1.
    let o = run(
        r#"{"donation_yen":100001,"resident_tax_levy_yen":30000000,"corporate_tax_yen":90000000,"enterprise_tax_yen":20000000}"#,
    );
    assert_eq!(figures(&o), (40_000, 0, 20_000, 30_000, 10_001, "0.1".into()));
    // 1,234,567 with no resident levy: ② min(493,826.8, 123,456.7, 4,500,000) → 123,456.
    let o = run(
        r#"{"donation_yen":1234567,"resident_tax_levy_yen":0,"corporate_tax_yen":90000000,"enterprise_tax_yen":20000000}"#,
    );
    assert_eq!(figures(&o), (0, 123_456, 246_913, 370_370, 493_828, "0.4".into()));
}

#[test]
fn the_relief_never_exceeds_the_donation() {
    // An effective rate of 1: credits 600万 + deduction 1,000万 > 1,000万 → the deduction is limited to 400万.
    let o = run(
        r#"{"donation_yen":10000000,"resident_tax_levy_yen":30000000,"corporate_tax_yen":90000000,"enterprise_tax_yen":20000000,"deduction_rate":"1"}"#,
    );
    assert_eq!(figures(&o), (4_000_000, 0, 2_000_000, 4_000_000, 0, "0".into()));
    assert_eq!(codes(&o), ["deduction_limited"]);
}
