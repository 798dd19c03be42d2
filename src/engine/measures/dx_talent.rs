//! 自治体のデジタル人材の確保・育成（自治体DX）: 特別交付税 at 0.7 on securing and training digital talent
//! (総務省「令和５年度 地域力創造グループ施策について」).

use super::inputs::{yen_labelled, Parsed};
use super::lines::{Calc, Frac, Kind, Label};
use super::readings::{Reading, R6};
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_004};
use crate::engine::scenario::Checker;
use crate::engine::text::Text;

/// 「【地方財政措置】 特別交付税措置（措置率０．７）」(総務省「令和５年度 地域力創造グループ施策について」)
/// All three kinds of expense are covered at 0.7, with no cap (R17).
const RATE: Param = Param::decimal_rate("rate", 7, 10, "【地方財政措置】 特別交付税措置（措置率０．７）");

const TALENT: Text = Text::new("デジタル人材の確保・育成経費", "Digital talent cost");

/// R17: 0.7 for all three kinds; the earlier 0.5 is not modelled.
const R17: Reading = Reading {
    id: "R17",
    text: Text::new(
        "自治体DXの措置率0.7は3種類の経費すべてに適用します。CIO補佐官の以前の0.5は扱わず、「令和７年度まで」は確認しない要件です。",
        "The rate 0.7 applies to all three kinds of expense; the earlier 0.5 is not modelled, and 「令和７年度まで」 is an unchecked condition.",
    ),
};

pub static MEASURE: Measure = Measure {
    id: "dx_talent",
    name: Text::new("自治体のデジタル人材の確保・育成（自治体DX）", "Digital talent for municipal DX"),
    ministry: Ministry::InternalAffairs,
    funds: &[Fund::Digital, Fund::People],
    source: SEED_004,
    summary: Text::new(
        "自治体DXのためのデジタル人材の確保・育成経費に措置率0.7で特別交付税措置。",
        "Special allocation tax at rate 0.7 on securing and training digital talent for municipal DX.",
    ),
    inputs: &[yen_labelled(
        "cost_yen",
        Unit::YenPerYear,
        true,
        Text::new("デジタル人材の確保・育成経費", "Digital talent cost"),
        Text::new(
            "① 都道府県等による市町村支援のためのデジタル人材の確保に要する人件費・委託費等、② DX推進リーダーの育成経費、又は市町村が外部デジタル人材をCIO補佐官等として任用する経費",
            "the cost of securing or training digital talent",
        ),
    )],
    params: &[&RATE],
    conditions_ja: &["【事業期間】 令和７年度まで"],
    not_computed: &[],
    readings: &[&R6, &R17],
    covers: &[Kind::Special],
    bond: false,
    bearer: Bearer::Applicant,
    run,
};

fn run(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    calc.line("talent", &Label::of(&TALENT), cost, cost, &[(Kind::Special, Frac::from(&RATE))]);
}
