//! 起業・エネルギー: ローカル10,000プロジェクト, 分散型エネルギーインフラプロジェクト, 地域脱炭素の外部専門家招へい
//! (MEASURES.md §8.8; all from 004_8823d3e18bb7fa97.txt).

use super::inputs::{yen_required, Def, Field, Parsed, Ty};
use super::lines::{Calc, Frac, Kind, Label};
use super::{Measure, Param, SEED_004};
use crate::engine::finding::Basis;
use crate::engine::scenario::Checker;
use rust_decimal::Decimal;

// ---------------------------------------------------------------------------------------------
// local10000

/// 「原則、自治体負担の1/2を国費により支援し、残額の1/2を特別交付税により財政措置。」(004_8823d3e18bb7fa97.txt)
/// The standard tier: the state pays 1/2 of the municipality's grant.
const L10K_STANDARD: Param = Param::rate("national_rate_standard", 1, 2, "原則、自治体負担の1/2を国費により支援し");
/// 「※1 財政力の弱い条件不利地域は国費を2/3又は3/4にかさ上げ」(004_8823d3e18bb7fa97.txt)
/// The weak-area tier at 2/3 (the user picks the tier, R5).
const L10K_WEAK_2_3: Param =
    Param::rate("national_rate_weak_area_2_3", 2, 3, "※1 財政力の弱い条件不利地域は国費を2/3又は3/4にかさ上げ");
/// 「※1 財政力の弱い条件不利地域は国費を2/3又は3/4にかさ上げ」(004_8823d3e18bb7fa97.txt)
/// The weak-area tier at 3/4 (R5).
const L10K_WEAK_3_4: Param =
    Param::rate("national_rate_weak_area_3_4", 3, 4, "※1 財政力の弱い条件不利地域は国費を2/3又は3/4にかさ上げ");
/// 「※2 デジタル技術を活用した事業は国費を10/10」(004_8823d3e18bb7fa97.txt)
/// The digital tier: the state pays the whole grant.
const L10K_DIGITAL: Param = Param::rate("national_rate_digital", 10, 10, "※2 デジタル技術を活用した事業は国費を10/10");
/// 「脱炭素に資する地域再エネを活用した事業は国費を3/4にかさ上げ」(004_8823d3e18bb7fa97.txt)
/// The decarbonisation tier at 3/4.
const L10K_DECARBONISATION: Param =
    Param::rate("national_rate_decarbonisation", 3, 4, "脱炭素に資する地域再エネを活用した事業は国費を3/4にかさ上げ");
/// 「残額の1/2を特別交付税により財政措置。」(004_8823d3e18bb7fa97.txt)
/// Half of what the state does not pay is covered by 特別交付税, at every tier (R5).
const L10K_SPECIAL_SHARE: Param =
    Param::rate("special_share_of_remainder", 1, 2, "残額の1/2を特別交付税により財政措置。");
/// 「自治体による助成額以上」(004_8823d3e18bb7fa97.txt)
/// The loan must be at least the grant, so the grant is capped at the loan (R4).
const L10K_LOAN_CAP: Param = Param::rate("grant_cap_share_of_loan", 1, 1, "自治体による助成額以上");
/// 「最大で初期投資費用の1/2まで」(004_8823d3e18bb7fa97.txt)
/// The grant is capped at half the business's initial investment, rounded down (R4).
const L10K_INVESTMENT_CAP: Param = Param::rate("grant_cap_share_of_investment", 1, 2, "最大で初期投資費用の1/2まで");

const L10K_TIERS: &[&str] = &["standard", "weak_area_2_3", "weak_area_3_4", "digital", "decarbonisation"];

const L10K_INPUTS: &[Field] = &[
    yen_required(
        "cost_yen",
        "円/事業",
        "自治体による助成額（民間事業者の初期投資費用への助成）",
        "the municipality's grant towards the business's initial investment",
    ),
    Field {
        name: "tier",
        ty: Ty::Enum(L10K_TIERS),
        unit: "",
        required: false,
        default: Def::Str("standard"),
        meaning_ja: "国費の率: standard 1/2, weak_area_2_3 2/3・weak_area_3_4 3/4（財政力の弱い条件不利地域）, digital 10/10（デジタル技術を活用した事業）, decarbonisation 3/4（脱炭素に資する地域再エネを活用した事業）",
        meaning_en: "which national rate applies (one tier per calculation)",
    },
    Field {
        name: "loan_yen",
        ty: Ty::Yen,
        unit: "円",
        required: false,
        default: Def::None,
        meaning_ja: "地域金融機関等による融資又は出資（省略時は確認しない）",
        meaning_en: "the regional bank's loan or investment (not checked when absent)",
    },
    Field {
        name: "initial_investment_yen",
        ty: Ty::Yen,
        unit: "円",
        required: false,
        default: Def::None,
        meaning_ja: "民間事業者の初期投資費用（省略時は確認しない）",
        meaning_en: "the business's initial investment (not checked when absent)",
    },
];

pub static LOCAL10000: Measure = Measure {
    id: "local10000",
    name_ja: "ローカル10,000プロジェクト（地域経済循環創造事業交付金）",
    name_en: "Local 10,000 Project",
    ministry: "総務省",
    funds: &["startups"],
    source: SEED_004,
    inputs: L10K_INPUTS,
    params: &[
        &L10K_STANDARD,
        &L10K_WEAK_2_3,
        &L10K_WEAK_3_4,
        &L10K_DIGITAL,
        &L10K_DECARBONISATION,
        &L10K_SPECIAL_SHARE,
        &L10K_LOAN_CAP,
        &L10K_INVESTMENT_CAP,
    ],
    conditions_ja: &[
        "地域金融機関の融資と協調して行う事業であること",
        "事業計画書の提出",
        "申請は年間を通じ随時受付（毎月10日〆切）",
    ],
    run: local10000,
};

fn local10000(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let label = Label::new("自治体による助成", "Municipal grant");
    let mut eligible = cost;
    if let Some(loan) = p.opt_yen("loan_yen") {
        eligible = calc.cap(&label, eligible, u128::from(loan), L10K_LOAN_CAP.quote, Basis::Inferred);
    }
    if let Some(investment) = p.opt_yen("initial_investment_yen") {
        let half = super::lines::apply(investment, Frac::from(&L10K_INVESTMENT_CAP));
        eligible = calc.cap(&label, eligible, u128::from(half), L10K_INVESTMENT_CAP.quote, Basis::Inferred);
    }
    let national = Frac::from(match p.choice("tier").unwrap_or("standard") {
        "weak_area_2_3" => &L10K_WEAK_2_3,
        "weak_area_3_4" => &L10K_WEAK_3_4,
        "digital" => &L10K_DIGITAL,
        "decarbonisation" => &L10K_DECARBONISATION,
        _ => &L10K_STANDARD,
    });
    let special = national.complement().times(Frac::from(&L10K_SPECIAL_SHARE));
    calc.line("grant", &label, cost, eligible, &[(Kind::National, national), (Kind::Special, special)]);
}

// ---------------------------------------------------------------------------------------------
// distributed_energy

/// 「＜補助対象＞ マスタープランの策定経費 （上限2,000万円）」(004_8823d3e18bb7fa97.txt)
/// The master plan's cost counts up to 20,000,000 yen (R3: the cap is on the cost).
const DE_CAP: Param =
    Param::yen("masterplan_cap", 20_000_000, "円", "＜補助対象＞ マスタープランの策定経費 （上限2,000万円）");
/// 「＜補助率＞ 策定経費の1/2」(004_8823d3e18bb7fa97.txt)
/// The base rate, also the rate of 都道府県 (R7).
const DE_BASE: Param = Param::rate("rate_base", 1, 2, "＜補助率＞ 策定経費の1/2");
/// 「財政力指数0.5未満市町村は2/3」(004_8823d3e18bb7fa97.txt)
/// Municipalities with an index strictly below 0.5 get 2/3.
const DE_BELOW_HALF: Param = Param::rate("rate_index_below_0_5", 2, 3, "財政力指数0.5未満市町村は2/3");
/// 「財政力指数0.5未満市町村は2/3」(004_8823d3e18bb7fa97.txt)
/// The threshold 0.5 of the 2/3 tier, strict (「未満」, R7).
const DE_HALF: Param = Param::threshold("index_threshold_2_3", 1, 2, "財政力指数0.5未満市町村は2/3");
/// 「財政力指数0.25未満市町村は3/4」(004_8823d3e18bb7fa97.txt)
/// Municipalities with an index strictly below 0.25 get 3/4.
const DE_BELOW_QUARTER: Param = Param::rate("rate_index_below_0_25", 3, 4, "財政力指数0.25未満市町村は3/4");
/// 「財政力指数0.25未満市町村は3/4」(004_8823d3e18bb7fa97.txt)
/// The threshold 0.25 of the 3/4 tier, strict (R7).
const DE_QUARTER: Param = Param::threshold("index_threshold_3_4", 1, 4, "財政力指数0.25未満市町村は3/4");
/// 「新規性・モデル性の極めて高い事業計画は10/10」(004_8823d3e18bb7fa97.txt)
/// A highly novel plan (the applicant's claim) gets 10/10, for either class (R7).
const DE_NOVEL: Param = Param::rate("rate_highly_novel", 10, 10, "新規性・モデル性の極めて高い事業計画は10/10");

const DE_INPUTS: &[Field] = &[
    yen_required("cost_yen", "円", "マスタープランの策定経費", "the cost of drawing up the master plan"),
    Field {
        name: "applicant",
        ty: Ty::Enum(&["municipality", "prefecture"]),
        unit: "",
        required: false,
        default: Def::Str("municipality"),
        meaning_ja: "申請者: municipality 市町村, prefecture 都道府県",
        meaning_en: "the applicant's class",
    },
    Field {
        name: "fiscal_capability_index",
        ty: Ty::Decimal,
        unit: "指数",
        required: false,
        default: Def::None,
        meaning_ja: "財政力指数（applicant が municipality で highly_novel が false のとき必須）",
        meaning_en: "fiscal capability index (required when applicant is municipality and highly_novel is false)",
    },
    Field {
        name: "highly_novel",
        ty: Ty::Bool,
        unit: "",
        required: false,
        default: Def::False,
        meaning_ja: "新規性・モデル性の極めて高い事業計画（申請者の主張）",
        meaning_en: "the plan is highly novel and a model (the applicant's claim)",
    },
];

pub static DISTRIBUTED_ENERGY: Measure = Measure {
    id: "distributed_energy",
    name_ja: "分散型エネルギーインフラプロジェクト（マスタープラン策定）",
    name_en: "Distributed energy infrastructure (master plan)",
    ministry: "総務省",
    funds: &["energy"],
    source: SEED_004,
    inputs: DE_INPUTS,
    params: &[&DE_CAP, &DE_BASE, &DE_BELOW_HALF, &DE_HALF, &DE_BELOW_QUARTER, &DE_QUARTER, &DE_NOVEL],
    conditions_ja: &["地域の再エネ等を活用した分散型エネルギーインフラ事業のマスタープラン策定であること"],
    run: distributed_energy,
};

fn distributed_energy(p: &Parsed, c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let municipality = p.choice("applicant").unwrap_or("municipality") == "municipality";
    let novel = p.flag("highly_novel");
    p.need(
        c,
        "fiscal_capability_index",
        municipality && !novel,
        "applicant が municipality で highly_novel が false のとき",
        "when applicant is municipality and highly_novel is false",
    );
    let label = Label::new("マスタープランの策定経費", "Master plan cost");
    let eligible = calc.cap(&label, cost, DE_CAP.amount(), DE_CAP.quote, Basis::Seed);
    // Absent only when not needed (prefecture, highly novel) or when its error is already recorded.
    let index = p.dec("fiscal_capability_index").unwrap_or(Decimal::ONE);
    let rate = if novel {
        &DE_NOVEL
    } else if !municipality {
        &DE_BASE
    } else if below(index, &DE_QUARTER) {
        &DE_BELOW_QUARTER
    } else if below(index, &DE_HALF) {
        &DE_BELOW_HALF
    } else {
        &DE_BASE
    };
    calc.line("masterplan", &label, cost, eligible, &[(Kind::National, Frac::from(rate))]);
}

/// `index < threshold` exactly (「未満」 is strict, R7), without overflow for any decimal input.
fn below(index: Decimal, threshold: &Param) -> bool {
    index.checked_mul(Decimal::from(threshold.den)).is_some_and(|scaled| scaled < Decimal::from(threshold.num))
}

// ---------------------------------------------------------------------------------------------
// decarbonisation_experts

/// 「※1 補助対象：謝金、旅費、その他諸経費(教材印刷費、会場費等)(上限100万円)」(004_8823d3e18bb7fa97.txt)
/// The invitation cost counts up to 1,000,000 yen (R3), so at most 500,000 yen of subsidy.
const DX_EXPERT_CAP: Param = Param::yen(
    "invitation_cap",
    1_000_000,
    "円",
    "※1 補助対象：謝金、旅費、その他諸経費(教材印刷費、会場費等)(上限100万円)",
);
/// 「外部専門家を招へいする際の費用の1/2を補助」「※2 補助率 ：補助対象の1/2」(004_8823d3e18bb7fa97.txt)
/// The state pays half of the eligible cost.
const DX_EXPERT_RATE: Param = Param::rate("rate", 1, 2, "外部専門家を招へいする際の費用の1/2を補助");

pub static DECARBONISATION_EXPERTS: Measure = Measure {
    id: "decarbonisation_experts",
    name_ja: "地域脱炭素の外部専門家招へい（人材面からの地域脱炭素支援）",
    name_en: "External experts for local decarbonisation",
    ministry: "総務省",
    funds: &["energy", "people"],
    source: SEED_004,
    inputs: &[yen_required(
        "cost_yen",
        "円/団体/年度",
        "外部専門家を招へいする際の費用（謝金、旅費、その他諸経費）",
        "the cost of inviting external experts (fees, travel, other costs)",
    )],
    params: &[&DX_EXPERT_CAP, &DX_EXPERT_RATE],
    conditions_ja: &["５年間の集中期間内であること"],
    run: decarbonisation_experts,
};

fn decarbonisation_experts(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let label = Label::new("外部専門家の招へい費用", "Expert invitation cost");
    let eligible = calc.cap(&label, cost, DX_EXPERT_CAP.amount(), DX_EXPERT_CAP.quote, Basis::Inferred);
    calc.line("invitation", &label, cost, eligible, &[(Kind::National, Frac::from(&DX_EXPERT_RATE))]);
}
