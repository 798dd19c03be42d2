//! ふるさとワーキングホリデー（特別交付税措置）: the programme's cost up to a cap that grows with the stay
//! days (総務省「令和５年度 地域力創造グループ施策について」).

use super::inputs::{optional, yen_required, Def, Parsed, Ty};
use super::lines::{Calc, Kind, Label};
use super::readings::{R1, R2, R3, R6};
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_004};
use crate::engine::scenario::Checker;
use crate::engine::text::Text;

/// 「対象経費の上限額 １団体あたり15,000千円＋5千円×全参加者の延べ滞在日数」(総務省「令和５年度 地域力創造グループ施策について」)
/// The fixed part of the cap: 15,000,000 yen per applicant and year (R1, R2).
const BASE: Param = Param::yen(
    "cap_base",
    15_000_000,
    Unit::YenPerApplicant,
    "対象経費の上限額 １団体あたり15,000千円＋5千円×全参加者の延べ滞在日数",
);
/// 「＋5千円×全参加者の延べ滞在日数」(総務省「令和５年度 地域力創造グループ施策について」)
/// Each stay day of all participants adds 5,000 yen to the cap.
const PER_DAY: Param = Param::yen(
    "cap_per_stay_day",
    5_000,
    Unit::YenPerPersonDay,
    "対象経費の上限額 １団体あたり15,000千円＋5千円×全参加者の延べ滞在日数",
);

const COST: Text = Text::new("ふるさとワーキングホリデーに要する経費", "Working holiday cost");

pub static MEASURE: Measure = Measure {
    id: "working_holiday",
    name: Text::new("ふるさとワーキングホリデー（特別交付税措置）", "Furusato working holiday"),
    ministry: Ministry::InternalAffairs,
    funds: &[Fund::People],
    source: SEED_004,
    summary: Text::new(
        "ふるさとワーキングホリデーの経費を、1,500万円＋5千円×延べ滞在日数を上限に特別交付税で措置。",
        "Special allocation tax on the programme's cost up to 15 million yen plus 5,000 yen per stay day.",
    ),
    inputs: &[
        yen_required(
            "cost_yen",
            Unit::YenPerApplicantYear,
            Text::new("ふるさとワーキングホリデーに要する経費", "the applicant's cost of the programme"),
        ),
        optional(
            "stay_days",
            Ty::Integer(0),
            Unit::PersonDays,
            Def::Zero,
            Text::new("全参加者の延べ滞在日数", "total stay days of all participants"),
        ),
    ],
    params: &[&BASE, &PER_DAY],
    conditions_ja: &["都市部の若者等が一定期間地域に滞在し、働きながら地域住民との交流等を行う事業であること"],
    not_computed: &[],
    readings: &[&R1, &R2, &R3, &R6],
    covers: &[Kind::Special],
    bond: false,
    bearer: Bearer::Applicant,
    run,
};

fn run(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let days = u128::try_from(p.int("stay_days").unwrap_or(0)).unwrap_or(0);
    let cap = BASE.amount() + PER_DAY.amount() * days;
    calc.rate_one_capped("working_holiday", &Label::of(&COST), p.yen("cost_yen"), cap, BASE.quote);
}
