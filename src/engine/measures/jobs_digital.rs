//! 仕事・デジタル: 特定地域づくり事業協同組合, 自治体DXのデジタル人材, 自治体マイナポイント (004_8823d3e18bb7fa97.txt),
//! and プロフェッショナル人材事業 副業・兼業人材活用促進事業 (003_bde491f12127e8d8.txt) (MEASURES.md §8.8).

use super::inputs::{yen_required, Parsed};
use super::lines::{Calc, Frac, Kind, Label};
use super::{Measure, Param, SEED_003, SEED_004};
use crate::engine::finding::Basis;
use crate::engine::scenario::Checker;

// ---------------------------------------------------------------------------------------------
// work_cooperatives

/// 「〈組合の運営経費〉 … １／２ 利用料金収入」(004_8823d3e18bb7fa97.txt, figure)
/// Half of the cooperative's running cost is paid by its members' fees, filed as `user_fees` (R12).
const WC_FEES: Param = Param::rate("user_fees_share", 1, 2, "〈組合の運営経費〉市町村１／２利用料金収入");
/// 「１／４ 交付金」(004_8823d3e18bb7fa97.txt, figure)
/// A quarter is paid by the national grant (交付金).
const WC_GRANT: Param = Param::rate("national_share", 1, 4, "１／４交付金");
/// 「１／８ 特別交付税」(004_8823d3e18bb7fa97.txt, figure)
/// An eighth is covered by 特別交付税; the last eighth is the municipality's own burden (R12).
const WC_SPECIAL: Param = Param::rate("special_allocation_tax_share", 1, 8, "１／８特別交付税１／８１／２市町村助成");

pub static WORK_COOPERATIVES: Measure = Measure {
    id: "work_cooperatives",
    name_ja: "特定地域づくり事業協同組合",
    name_en: "Specified regional work cooperatives",
    ministry: "内閣府（予算計上）・総務省",
    funds: &["people"],
    source: SEED_004,
    inputs: &[yen_required("cost_yen", "円/年度", "〈組合の運営経費〉", "the cooperative's running cost")],
    params: &[&WC_FEES, &WC_GRANT, &WC_SPECIAL],
    conditions_ja: &[
        "都道府県知事の認定を受けた特定地域づくり事業協同組合であること",
        "設立支援に対する特別交付税措置は金額の記載がなく計算しない",
    ],
    run: work_cooperatives,
};

fn work_cooperatives(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let label = Label::new("組合の運営経費", "Cooperative running cost");
    calc.line(
        "operation",
        &label,
        cost,
        cost,
        &[
            (Kind::UserFees, Frac::from(&WC_FEES)),
            (Kind::National, Frac::from(&WC_GRANT)),
            (Kind::Special, Frac::from(&WC_SPECIAL)),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// dx_talent

/// 「【地方財政措置】 特別交付税措置（措置率０．７）」(004_8823d3e18bb7fa97.txt)
/// All three kinds of expense are covered at 0.7, with no cap (R17).
const DX_RATE: Param = Param::decimal_rate("rate", 7, 10, "【地方財政措置】 特別交付税措置（措置率０．７）");

pub static DX_TALENT: Measure = Measure {
    id: "dx_talent",
    name_ja: "自治体のデジタル人材の確保・育成（自治体DX）",
    name_en: "Digital talent for municipal DX",
    ministry: "総務省",
    funds: &["digital", "people"],
    source: SEED_004,
    inputs: &[yen_required(
        "cost_yen",
        "円/年度",
        "① 都道府県等による市町村支援のためのデジタル人材の確保に要する人件費・委託費等、② DX推進リーダーの育成経費、又は市町村が外部デジタル人材をCIO補佐官等として任用する経費",
        "the cost of securing or training digital talent",
    )],
    params: &[&DX_RATE],
    conditions_ja: &["【事業期間】 令和７年度まで"],
    run: dx_talent,
};

fn dx_talent(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let label = Label::new("デジタル人材の確保・育成経費", "Digital talent cost");
    calc.line("talent", &label, cost, cost, &[(Kind::Special, Frac::from(&DX_RATE))]);
}

// ---------------------------------------------------------------------------------------------
// municipal_mynapoint

/// 「■ 補助率：１／２」(004_8823d3e18bb7fa97.txt)
/// The state pays half of the eligible system and support costs.
const MP_RATE: Param = Param::rate("rate", 1, 2, "■ 補助率：１／２");

pub static MUNICIPAL_MYNAPOINT: Measure = Measure {
    id: "municipal_mynapoint",
    name_ja: "自治体マイナポイント（システム改修費等補助）",
    name_en: "Municipal Mynapoint",
    ministry: "総務省",
    funds: &["digital"],
    source: SEED_004,
    inputs: &[yen_required(
        "cost_yen",
        "円",
        "補助対象経費（自治体のシステム改修、申込支援・広報 等）",
        "eligible cost (system changes, application support, publicity)",
    )],
    params: &[&MP_RATE],
    conditions_ja: &["ポイント原資は本補助の対象外で、計算しない"],
    run: municipal_mynapoint,
};

fn municipal_mynapoint(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let label = Label::new("システム改修費等", "System and support costs");
    calc.line("systems", &label, cost, cost, &[(Kind::National, Frac::from(&MP_RATE))]);
}

// ---------------------------------------------------------------------------------------------
// pro_talent_side_jobs

/// 「交付額 ・対象費用の最大8/10」(003_bde491f12127e8d8.txt)
/// The grant is 8/10 of the cost, the maximum (R13).
const PT_RATE: Param = Param::rate("rate", 8, 10, "対象費用の最大8/10");
/// 「１件あたりの上限500千円」(003_bde491f12127e8d8.txt)
/// The grant is at most 500,000 yen per case (a cap on the amount, R3).
const PT_GRANT_CAP: Param = Param::yen("grant_cap", 500_000, "円/件", "１件あたりの上限500千円");
/// 「１件あたりの上限500千円」 ÷ 「最大8/10」(003_bde491f12127e8d8.txt)
/// So the cost counts up to 625,000 yen (500,000 ÷ 8/10), which gives exactly the 500,000 cap (R13).
const PT_COST_CAP: Param = Param::yen("cost_cap", 625_000, "円/件", "対象費用の最大8/10…１件あたりの上限500千円");

pub static PRO_TALENT_SIDE_JOBS: Measure = Measure {
    id: "pro_talent_side_jobs",
    name_ja: "プロフェッショナル人材事業（副業・兼業人材活用促進事業）",
    name_en: "Professional talent: side jobs",
    ministry: "内閣府",
    funds: &["people"],
    source: SEED_003,
    inputs: &[yen_required(
        "cost_yen",
        "円/件",
        "1件の対象費用: 副業・兼業人材へ支払う報酬・移動費、人材事業者へ支払う紹介手数料",
        "the cost of one case: fees and travel of the side-job talent, agency fee",
    )],
    params: &[&PT_RATE, &PT_GRANT_CAP, &PT_COST_CAP],
    conditions_ja: &["申請者は地域企業（local_yen は企業の負担）", "第２世代交付金を通じて都道府県が交付する"],
    run: pro_talent_side_jobs,
};

fn pro_talent_side_jobs(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let label = Label::new("副業・兼業人材の対象費用（1件）", "Side-job talent cost (one case)");
    let eligible = calc.cap(&label, cost, PT_COST_CAP.amount(), PT_GRANT_CAP.quote, Basis::Inferred);
    calc.line("case", &label, cost, eligible, &[(Kind::National, Frac::from(&PT_RATE))]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_listed_cost_cap_is_the_grant_cap_divided_by_the_rate() {
        let derived = PT_GRANT_CAP.amount() * u128::from(PT_RATE.den) / u128::from(PT_RATE.num);
        assert_eq!(derived, PT_COST_CAP.amount());
        assert_eq!(derived * u128::from(PT_RATE.num) % u128::from(PT_RATE.den), 0);
    }
}
