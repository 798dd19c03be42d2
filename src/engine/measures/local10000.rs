//! ローカル10,000プロジェクト（地域経済循環創造事業交付金）: the municipality's grant to a business's initial
//! investment, shared by national funds and 特別交付税 (総務省「令和５年度 地域力創造グループ施策について」).

use super::inputs::{Choice, Def, Field, Parsed, Ty};
use super::lines::{apply, Calc, Frac, Kind, Label};
use super::readings::{Reading, R6};
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_004};
use crate::engine::finding::Basis;
use crate::engine::scenario::Checker;
use crate::engine::text::Text;

/// 「原則、自治体負担の1/2を国費により支援し、残額の1/2を特別交付税により財政措置。」(総務省「令和５年度 地域力創造グループ施策について」)
/// The standard tier: the state pays 1/2 of the municipality's grant.
const STANDARD: Param = Param::rate("national_rate_standard", 1, 2, "原則、自治体負担の1/2を国費により支援し");
/// 「※1 財政力の弱い条件不利地域は国費を2/3又は3/4にかさ上げ」(総務省「令和５年度 地域力創造グループ施策について」)
/// The weak-area tier at 2/3 (the user picks the tier, R5).
const WEAK_2_3: Param =
    Param::rate("national_rate_weak_area_2_3", 2, 3, "※1 財政力の弱い条件不利地域は国費を2/3又は3/4にかさ上げ");
/// 「※1 財政力の弱い条件不利地域は国費を2/3又は3/4にかさ上げ」(総務省「令和５年度 地域力創造グループ施策について」)
/// The weak-area tier at 3/4 (R5).
const WEAK_3_4: Param =
    Param::rate("national_rate_weak_area_3_4", 3, 4, "※1 財政力の弱い条件不利地域は国費を2/3又は3/4にかさ上げ");
/// 「※2 デジタル技術を活用した事業は国費を10/10」(総務省「令和５年度 地域力創造グループ施策について」)
/// The digital tier: the state pays the whole grant.
const DIGITAL: Param = Param::rate("national_rate_digital", 10, 10, "※2 デジタル技術を活用した事業は国費を10/10");
/// 「脱炭素に資する地域再エネを活用した事業は国費を3/4にかさ上げ」(総務省「令和５年度 地域力創造グループ施策について」)
/// The decarbonisation tier at 3/4.
const DECARBONISATION: Param =
    Param::rate("national_rate_decarbonisation", 3, 4, "脱炭素に資する地域再エネを活用した事業は国費を3/4にかさ上げ");
/// 「残額の1/2を特別交付税により財政措置。」(総務省「令和５年度 地域力創造グループ施策について」)
/// Half of what the state does not pay is covered by 特別交付税, at every tier (R5).
const SPECIAL_SHARE: Param = Param::rate("special_share_of_remainder", 1, 2, "残額の1/2を特別交付税により財政措置。");
/// 「自治体による助成額以上」(総務省「令和５年度 地域力創造グループ施策について」)
/// The loan must be at least the grant, so the grant is capped at the loan (R4).
const LOAN_CAP: Param = Param::rate("grant_cap_share_of_loan", 1, 1, "自治体による助成額以上");
/// 「最大で初期投資費用の1/2まで」(総務省「令和５年度 地域力創造グループ施策について」)
/// The grant is capped at half the business's initial investment, rounded down (R4).
const INVESTMENT_CAP: Param = Param::rate("grant_cap_share_of_investment", 1, 2, "最大で初期投資費用の1/2まで");

const TIERS: &[Choice] = &[
    Choice { value: "standard", label: Text::new("原則（国費1/2）", "Standard (1/2)") },
    Choice {
        value: "weak_area_2_3",
        label: Text::new("財政力の弱い条件不利地域（国費2/3）", "Weak disadvantaged area (2/3)"),
    },
    Choice {
        value: "weak_area_3_4",
        label: Text::new("財政力の弱い条件不利地域（国費3/4）", "Weak disadvantaged area (3/4)"),
    },
    Choice {
        value: "digital",
        label: Text::new("デジタル技術を活用した事業（国費10/10）", "Digital technology (10/10)"),
    },
    Choice {
        value: "decarbonisation",
        label: Text::new(
            "脱炭素に資する地域再エネを活用した事業（国費3/4）",
            "Local renewables for decarbonisation (3/4)",
        ),
    },
];

const INPUTS: &[Field] = &[
    Field {
        name: "cost_yen",
        ty: Ty::Yen,
        unit: Unit::YenPerProject,
        required: true,
        default: Def::None,
        label: Some(Text::new("自治体による助成額", "The municipality's grant")),
        meaning: Text::new(
            "自治体による助成額（民間事業者の初期投資費用への助成）",
            "the municipality's grant towards the business's initial investment",
        ),
    },
    Field {
        name: "tier",
        ty: Ty::Enum(TIERS),
        unit: Unit::None,
        required: false,
        default: Def::Str("standard"),
        label: Some(Text::new("国費の率", "National rate")),
        meaning: Text::new(
            "国費の率: standard 1/2, weak_area_2_3 2/3・weak_area_3_4 3/4（財政力の弱い条件不利地域）, digital 10/10（デジタル技術を活用した事業）, decarbonisation 3/4（脱炭素に資する地域再エネを活用した事業）",
            "which national rate applies (one tier per calculation)",
        ),
    },
    Field {
        name: "loan_yen",
        ty: Ty::Yen,
        unit: Unit::Yen,
        required: false,
        default: Def::None,
        label: Some(Text::new("地域金融機関等による融資又は出資", "Regional bank loan or investment")),
        meaning: Text::new(
            "地域金融機関等による融資又は出資（省略時は確認しない）",
            "the regional bank's loan or investment (not checked when absent)",
        ),
    },
    Field {
        name: "initial_investment_yen",
        ty: Ty::Yen,
        unit: Unit::Yen,
        required: false,
        default: Def::None,
        label: Some(Text::new("民間事業者の初期投資費用", "The business's initial investment")),
        meaning: Text::new(
            "民間事業者の初期投資費用（省略時は確認しない）",
            "the business's initial investment (not checked when absent)",
        ),
    },
];

const GRANT: Text = Text::new("自治体による助成", "Municipal grant");

/// R4: 「自治体による助成額以上」 and 「最大で初期投資費用の1/2まで」 cap the grant.
const R4: Reading = Reading {
    id: "R4",
    text: Text::new(
        "ローカル10,000の図の「自治体による助成額以上」は融資、「最大で初期投資費用の1/2まで」は助成に付く表示と読みます。助成額が融資額や初期投資の1/2を超える分は対象外（上限）とし、国費の事業ごとの上限は資料にないため設けません。",
        "In the Local 10,000 figure, the grant is capped at the loan and at half the initial investment (capped, not rejected); the source gives no per-project cap on national funds.",
    ),
};

/// R5: the user picks one tier; half the rest by 特別交付税 applies at every tier.
const R5: Reading = Reading {
    id: "R5",
    text: Text::new(
        "条件不利地域の2/3と3/4の区分は資料にないため、率は利用者が選びます。区分は組み合わせません。「残額の1/2」の特別交付税はどの率でも適用します（2/3なら1/6、3/4なら1/8、10/10なら0）。",
        "The source does not say which weak areas get 2/3 or 3/4, so the user picks one tier. Half the rest by special allocation tax applies at every tier (1/6 at 2/3, 1/8 at 3/4, 0 at 10/10).",
    ),
};

pub static MEASURE: Measure = Measure {
    id: "local10000",
    name: Text::new("ローカル10,000プロジェクト（地域経済循環創造事業交付金）", "Local 10,000 Project"),
    ministry: Ministry::InternalAffairs,
    funds: &[Fund::Startups],
    source: SEED_004,
    summary: Text::new(
        "自治体が民間事業の初期投資に助成する額の1/2（条件不利地域2/3・3/4、デジタル10/10、脱炭素3/4）を国費、残りの1/2を特別交付税で措置。",
        "National funds cover 1/2 of the municipality's grant to a business's initial investment (2/3 or 3/4 in weak areas, 10/10 digital, 3/4 decarbonisation); half the rest by special allocation tax.",
    ),
    inputs: INPUTS,
    params: &[
        &STANDARD,
        &WEAK_2_3,
        &WEAK_3_4,
        &DIGITAL,
        &DECARBONISATION,
        &SPECIAL_SHARE,
        &LOAN_CAP,
        &INVESTMENT_CAP,
    ],
    conditions_ja: &[
        "地域金融機関の融資と協調して行う事業であること",
        "事業計画書の提出",
        "申請は年間を通じ随時受付（毎月10日〆切）",
    ],
    not_computed: &[],
    readings: &[&R4, &R5, &R6],
    covers: &[Kind::National, Kind::Special],
    bond: false,
    bearer: Bearer::Applicant,
    run,
};

fn run(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let label = Label::of(&GRANT);
    let mut eligible = cost;
    if let Some(loan) = p.opt_yen("loan_yen") {
        eligible = calc.cap(&label, eligible, u128::from(loan), LOAN_CAP.quote, Basis::Inferred);
    }
    if let Some(investment) = p.opt_yen("initial_investment_yen") {
        let half = apply(investment, Frac::from(&INVESTMENT_CAP));
        eligible = calc.cap(&label, eligible, u128::from(half), INVESTMENT_CAP.quote, Basis::Inferred);
    }
    let national = Frac::from(match p.choice("tier").unwrap_or("standard") {
        "weak_area_2_3" => &WEAK_2_3,
        "weak_area_3_4" => &WEAK_3_4,
        "digital" => &DIGITAL,
        "decarbonisation" => &DECARBONISATION,
        _ => &STANDARD,
    });
    let special = national.complement().times(Frac::from(&SPECIAL_SHARE));
    calc.line("grant", &label, cost, eligible, &[(Kind::National, national), (Kind::Special, special)]);
}
