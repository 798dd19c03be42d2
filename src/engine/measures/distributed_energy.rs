//! 分散型エネルギーインフラプロジェクト（マスタープラン策定）: a subsidy on the master plan's cost, at a rate
//! that depends on the 財政力指数 (総務省「令和５年度 地域力創造グループ施策について」).

use super::inputs::{optional, yen_required, Def, Field, Parsed, Ty, APPLICANT};
use super::lines::{Calc, Frac, Kind, Label};
use super::readings::{Reading, R3, R6};
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_004};
use crate::engine::finding::Basis;
use crate::engine::scenario::Checker;
use crate::engine::text::Text;
use rust_decimal::Decimal;

/// 「＜補助対象＞ マスタープランの策定経費 （上限2,000万円）」(総務省「令和５年度 地域力創造グループ施策について」)
/// The master plan's cost counts up to 20,000,000 yen (R3: the cap is on the cost).
const CAP: Param =
    Param::yen("masterplan_cap", 20_000_000, Unit::Yen, "＜補助対象＞ マスタープランの策定経費 （上限2,000万円）");
/// 「＜補助率＞ 策定経費の1/2」(総務省「令和５年度 地域力創造グループ施策について」)
/// The base rate, also the rate of 都道府県 (R7).
const BASE: Param = Param::rate("rate_base", 1, 2, "＜補助率＞ 策定経費の1/2");
/// 「財政力指数0.5未満市町村は2/3」(総務省「令和５年度 地域力創造グループ施策について」)
/// Municipalities with an index strictly below 0.5 get 2/3.
const BELOW_HALF: Param = Param::rate("rate_index_below_0_5", 2, 3, "財政力指数0.5未満市町村は2/3");
/// 「財政力指数0.5未満市町村は2/3」(総務省「令和５年度 地域力創造グループ施策について」)
/// The threshold 0.5 of the 2/3 tier, strict (「未満」, R7).
const HALF: Param = Param::threshold("index_threshold_2_3", 1, 2, "財政力指数0.5未満市町村は2/3");
/// 「財政力指数0.25未満市町村は3/4」(総務省「令和５年度 地域力創造グループ施策について」)
/// Municipalities with an index strictly below 0.25 get 3/4.
const BELOW_QUARTER: Param = Param::rate("rate_index_below_0_25", 3, 4, "財政力指数0.25未満市町村は3/4");
/// 「財政力指数0.25未満市町村は3/4」(総務省「令和５年度 地域力創造グループ施策について」)
/// The threshold 0.25 of the 3/4 tier, strict (R7).
const QUARTER: Param = Param::threshold("index_threshold_3_4", 1, 4, "財政力指数0.25未満市町村は3/4");
/// 「新規性・モデル性の極めて高い事業計画は10/10」(総務省「令和５年度 地域力創造グループ施策について」)
/// A highly novel plan (the applicant's claim) gets 10/10, for either class (R7).
const NOVEL: Param = Param::rate("rate_highly_novel", 10, 10, "新規性・モデル性の極めて高い事業計画は10/10");

const INPUTS: &[Field] = &[
    yen_required(
        "cost_yen",
        Unit::Yen,
        Text::new("マスタープランの策定経費", "the cost of drawing up the master plan"),
    ),
    Field {
        name: "applicant",
        ty: Ty::Enum(APPLICANT),
        unit: Unit::None,
        required: false,
        default: Def::Str("municipality"),
        label: Some(Text::new("申請者", "Applicant")),
        meaning: Text::new("申請者: municipality 市町村, prefecture 都道府県", "the applicant's class"),
    },
    Field {
        name: "fiscal_capability_index",
        ty: Ty::Decimal,
        unit: Unit::Index,
        required: false,
        default: Def::None,
        label: Some(Text::new("財政力指数", "Fiscal capability index")),
        meaning: Text::new(
            "財政力指数（申請者が市町村で、新規性・モデル性の極めて高い事業計画でないとき必須）",
            "fiscal capability index (required when the applicant is a municipality and the plan is not highly novel)",
        ),
    },
    optional(
        "highly_novel",
        Ty::Bool,
        Unit::None,
        Def::False,
        Text::new(
            "新規性・モデル性の極めて高い事業計画（申請者の主張）",
            "the plan is highly novel and a model (the applicant's claim)",
        ),
    ),
];

const MASTERPLAN: Text = Text::new("マスタープランの策定経費", "Master plan cost");

/// R7: 「未満」 is strict; the index tiers are for municipalities.
const R7: Reading = Reading {
    id: "R7",
    text: Text::new(
        "「未満」は厳密に読みます（財政力指数0.5ちょうどは1/2、0.25ちょうどは2/3）。財政力指数の区分は市町村のもので、都道府県は1/2です。10/10は申請者の主張で、どちらの団体にも使えます。",
        "「未満」 is strict (exactly 0.5 gets 1/2, exactly 0.25 gets 2/3). The index tiers are for municipalities; prefectures get 1/2. The 10/10 is the applicant's claim, open to both.",
    ),
};

pub static MEASURE: Measure = Measure {
    id: "distributed_energy",
    name: Text::new(
        "分散型エネルギーインフラプロジェクト（マスタープラン策定）",
        "Distributed energy infrastructure (master plan)",
    ),
    ministry: Ministry::InternalAffairs,
    funds: &[Fund::Energy],
    source: SEED_004,
    summary: Text::new(
        "地域エネルギー事業のマスタープラン策定経費（上限2,000万円）に、財政力指数に応じて1/2〜3/4（新規性の極めて高い計画は10/10）を補助。",
        "Subsidises the master plan cost (capped at 20 million yen) at 1/2 to 3/4 by fiscal capability index (10/10 for highly novel plans).",
    ),
    inputs: INPUTS,
    params: &[&CAP, &BASE, &BELOW_HALF, &HALF, &BELOW_QUARTER, &QUARTER, &NOVEL],
    conditions_ja: &["地域の再エネ等を活用した分散型エネルギーインフラ事業のマスタープラン策定であること"],
    not_computed: &[],
    readings: &[&R3, &R6, &R7],
    covers: &[Kind::National],
    bond: false,
    bearer: Bearer::Applicant,
    run,
};

fn run(p: &Parsed, c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let municipality = p.choice("applicant").unwrap_or("municipality") == "municipality";
    let novel = p.flag("highly_novel");
    p.need(
        c,
        "fiscal_capability_index",
        municipality && !novel,
        "申請者が市町村で、新規性・モデル性の極めて高い事業計画でないとき",
        "when the applicant is a municipality and the plan is not highly novel",
    );
    let label = Label::of(&MASTERPLAN);
    let eligible = calc.cap(&label, cost, CAP.amount(), CAP.quote, Basis::Seed);
    // Absent only when not needed (prefecture, highly novel) or when its error is already recorded.
    let index = p.dec("fiscal_capability_index").unwrap_or(Decimal::ONE);
    let rate = if novel {
        &NOVEL
    } else if !municipality {
        &BASE
    } else if below(index, &QUARTER) {
        &BELOW_QUARTER
    } else if below(index, &HALF) {
        &BELOW_HALF
    } else {
        &BASE
    };
    calc.line("masterplan", &label, cost, eligible, &[(Kind::National, Frac::from(rate))]);
}

/// `index < threshold` exactly (「未満」 is strict, R7), without overflow for any decimal input.
fn below(index: Decimal, threshold: &Param) -> bool {
    index.checked_mul(Decimal::from(threshold.den)).is_some_and(|scaled| scaled < Decimal::from(threshold.num))
}
