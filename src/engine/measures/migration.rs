//! 移住・定住対策（特別交付税措置）: the applicant's migration measures at 0.5 × the 財政力補正, and each
//! migration coordinator up to a cap (総務省「令和５年度 地域力創造グループ施策について」).

use super::inputs::{list, optional, yen, yen_labelled, Def, Field, Parsed, Ty, FISCAL_CORRECTION};
use super::lines::{Calc, Kind, Label};
use super::readings::{R1, R16, R2, R6};
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_004};
use crate::engine::scenario::Checker;
use crate::engine::text::Text;
use rust_decimal::Decimal;

/// 「地方自治体が実施する移住・定住対策に要する経費（措置率０．５×財政力補正）」(総務省「令和５年度 地域力創造グループ施策について」)
/// Migration measures are covered at 0.5 times the 財政力補正 input, limited to 1 (R16), with no cap.
const RATE: Param = Param::decimal_rate(
    "measures_rate_before_fiscal_correction",
    1,
    2,
    "地方自治体が実施する移住・定住対策に要する経費（措置率０．５×財政力補正）",
);
/// 「（１人当たり３５０万円上限（兼任の場合４０万円上限））」(総務省「令和５年度 地域力創造グループ施策について」)
/// A full-time coordinator is covered up to 3,500,000 yen (R1).
const COORDINATOR: Param = Param::yen(
    "coordinator_cap",
    3_500_000,
    Unit::YenPerPerson,
    "「移住コーディネーター」又は「定住支援員」の設置に要する経費（１人当たり３５０万円上限（兼任の場合４０万円上限））",
);
/// 「（兼任の場合４０万円上限）」(総務省「令和５年度 地域力創造グループ施策について」)
/// A concurrent (兼任) coordinator is covered up to 400,000 yen (R1).
const CONCURRENT: Param =
    Param::yen("coordinator_cap_concurrent", 400_000, Unit::YenPerPerson, "（兼任の場合４０万円上限）");

const COORDINATOR_FIELDS: &[Field] = &[
    yen("cost_yen", Unit::YenPerYear, Text::new("設置に要する経費", "cost of the post")),
    optional("concurrent", Ty::Bool, Unit::None, Def::False, Text::new("兼任", "held concurrently with another post")),
];

const L_MEASURES: Text = Text::new("移住・定住対策に要する経費", "Migration measures");
const L_COORDINATOR: Text = Text::new("移住コーディネーター・定住支援員", "Coordinator");

pub static MEASURE: Measure = Measure {
    id: "migration",
    name: Text::new("移住・定住対策（特別交付税措置）", "Migration and settlement measures"),
    ministry: Ministry::InternalAffairs,
    funds: &[Fund::People],
    source: SEED_004,
    summary: Text::new(
        "移住・定住対策の経費に0.5×財政力補正、移住コーディネーター1人350万円（兼任40万円）上限で特別交付税措置。",
        "Special allocation tax at 0.5 × the fiscal correction on migration measures, and up to 3.5 million yen per coordinator (400,000 if concurrent).",
    ),
    inputs: &[
        yen_labelled(
            "cost_yen",
            Unit::YenPerYear,
            false,
            Text::new("移住・定住対策に要する経費", "Migration and settlement measures"),
            Text::new(
                "地方自治体が実施する移住・定住対策に要する経費（情報発信、移住体験、しごと、住まい、移住後）",
                "the applicant's migration and settlement measures",
            ),
        ),
        FISCAL_CORRECTION,
        list(
            "coordinators",
            COORDINATOR_FIELDS,
            Text::new("コーディネーター", "coordinator"),
            Text::new("移住コーディネーター・定住支援員", "Coordinators"),
            Text::new(
                "移住コーディネーター又は定住支援員ごとに1要素",
                "one element per migration coordinator or settlement supporter",
            ),
        ),
    ],
    params: &[&RATE, &COORDINATOR, &CONCURRENT],
    conditions_ja: &["令和３年３月３０日付け総行応第７９号による特別交付税措置の対象となる取組であること"],
    not_computed: &[],
    readings: &[&R1, &R2, &R6, &R16],
    covers: &[Kind::Special],
    bond: false,
    bearer: Bearer::Applicant,
    run,
};

fn run(p: &Parsed, c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    p.need(c, "fiscal_correction", cost > 0, "経費が0より大きいとき", "when the cost is above 0");
    let fc = p.dec("fiscal_correction").unwrap_or(Decimal::ZERO);
    calc.line_fiscal_correction("measures", &Label::of(&L_MEASURES), cost, cost, fc, RATE.quote);
    for (i, co) in p.list("coordinators").iter().enumerate() {
        let label = Label::nth(&L_COORDINATOR, "coordinators", i);
        let cap = if co.flag("concurrent") { &CONCURRENT } else { &COORDINATOR };
        calc.rate_one_capped("coordinator", &label, co.yen("cost_yen"), cap.amount(), cap.quote);
    }
}
