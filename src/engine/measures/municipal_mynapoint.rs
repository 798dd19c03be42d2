//! 自治体マイナポイント（システム改修費等補助）: half the system and support costs
//! (総務省「令和５年度 地域力創造グループ施策について」).

use super::inputs::{yen_required, Parsed};
use super::lines::{Calc, Frac, Kind, Label};
use super::readings::R6;
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_004};
use crate::engine::scenario::Checker;
use crate::engine::text::Text;

/// 「■ 補助率：１／２」(総務省「令和５年度 地域力創造グループ施策について」)
/// The state pays half of the eligible system and support costs.
const RATE: Param = Param::rate("rate", 1, 2, "■ 補助率：１／２");

const SYSTEMS: Text = Text::new("システム改修費等", "System and support costs");

pub static MEASURE: Measure = Measure {
    id: "municipal_mynapoint",
    name: Text::new("自治体マイナポイント（システム改修費等補助）", "Municipal Mynapoint"),
    ministry: Ministry::InternalAffairs,
    funds: &[Fund::Digital],
    source: SEED_004,
    summary: Text::new(
        "自治体マイナポイントのシステム改修・申込支援・広報等の経費の1/2を補助。",
        "Subsidises 1/2 of system changes, application support and publicity for municipal Mynapoint.",
    ),
    inputs: &[yen_required(
        "cost_yen",
        Unit::Yen,
        Text::new(
            "補助対象経費（自治体のシステム改修、申込支援・広報 等）",
            "eligible cost (system changes, application support, publicity)",
        ),
    )],
    params: &[&RATE],
    conditions_ja: &["ポイント原資は本補助の対象外で、計算しない"],
    not_computed: &[],
    readings: &[&R6],
    covers: &[Kind::National],
    bond: false,
    bearer: Bearer::Applicant,
    run,
};

fn run(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    calc.line("systems", &Label::of(&SYSTEMS), cost, cost, &[(Kind::National, Frac::from(&RATE))]);
}
