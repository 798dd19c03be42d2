//! お試しサテライトオフィス（特別交付税措置）: trial remote-office stays, at 0.5 × the 財政力補正
//! (総務省「令和５年度 地域力創造グループ施策について」).

use super::inputs::{yen_labelled, Parsed, FISCAL_CORRECTION};
use super::lines::{Calc, Kind, Label};
use super::readings::{R16, R2, R3, R6};
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_004};
use crate::engine::finding::Basis;
use crate::engine::scenario::Checker;
use crate::engine::text::Text;
use rust_decimal::Decimal;

/// 「※ 対象経費の上限額：１団体当たり1,000万円」(総務省「令和５年度 地域力創造グループ施策について」)
/// The cost counts up to 10,000,000 yen per applicant and year (R3).
const CAP: Param = Param::yen("cap", 10_000_000, Unit::YenPerApplicant, "※ 対象経費の上限額：１団体当たり1,000万円");
/// 「※ 措置率０．５×財政力補正」(総務省「令和５年度 地域力創造グループ施策について」)
/// The rate is 0.5 times the 財政力補正 input, limited to 1 (R16).
const RATE: Param = Param::decimal_rate("rate_before_fiscal_correction", 1, 2, "※ 措置率０．５×財政力補正");

const COST: Text = Text::new("お試しサテライトオフィスの対象経費", "Trial satellite office cost");

pub static MEASURE: Measure = Measure {
    id: "trial_satellite_office",
    name: Text::new("お試しサテライトオフィス（特別交付税措置）", "Trial satellite offices"),
    ministry: Ministry::InternalAffairs,
    funds: &[Fund::People, Fund::Facilities],
    source: SEED_004,
    summary: Text::new(
        "お試しサテライトオフィスの経費（上限1,000万円）に、0.5×財政力補正の率で特別交付税措置。",
        "Special allocation tax on trial satellite office costs (capped at 10 million yen) at 0.5 × the fiscal correction.",
    ),
    inputs: &[
        yen_labelled(
            "cost_yen",
            Unit::YenPerApplicantYear,
            true,
            Text::new("お試しサテライトオフィスの対象経費", "Eligible cost"),
            Text::new(
                "対象経費: お試し勤務の誘引、勤務環境の用意（原則ハード事業は対象外）、期間中の活動",
                "eligible cost of trial remote-office stays",
            ),
        ),
        FISCAL_CORRECTION,
    ],
    params: &[&CAP, &RATE],
    conditions_ja: &[
        "都市部企業等の社員の「お試し勤務」の受入れを通じたサテライトオフィス誘致の取組であること",
        "原則ハード事業は対象外",
    ],
    not_computed: &[],
    readings: &[&R2, &R3, &R6, &R16],
    covers: &[Kind::Special],
    bond: false,
    bearer: Bearer::Applicant,
    run,
};

fn run(p: &Parsed, c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    p.need(c, "fiscal_correction", cost > 0, "経費が0より大きいとき", "when the cost is above 0");
    let label = Label::of(&COST);
    let eligible = calc.cap(&label, cost, CAP.amount(), CAP.quote, Basis::Seed);
    let fc = p.dec("fiscal_correction").unwrap_or(Decimal::ZERO);
    calc.line_fiscal_correction("trial_office", &label, cost, eligible, fc, RATE.quote);
}
