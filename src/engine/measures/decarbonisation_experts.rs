//! 地域脱炭素の外部専門家招へい（人材面からの地域脱炭素支援）: half the cost of inviting external experts
//! (総務省「令和５年度 地域力創造グループ施策について」).

use super::inputs::{yen_required, Parsed};
use super::lines::{Calc, Frac, Kind, Label};
use super::readings::{R2, R3, R6};
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_004};
use crate::engine::finding::Basis;
use crate::engine::scenario::Checker;
use crate::engine::text::Text;

/// 「※1 補助対象：謝金、旅費、その他諸経費(教材印刷費、会場費等)(上限100万円)」(総務省「令和５年度 地域力創造グループ施策について」)
/// The invitation cost counts up to 1,000,000 yen (R3), so at most 500,000 yen of subsidy.
const CAP: Param = Param::yen(
    "invitation_cap",
    1_000_000,
    Unit::Yen,
    "※1 補助対象：謝金、旅費、その他諸経費(教材印刷費、会場費等)(上限100万円)",
);
/// 「外部専門家を招へいする際の費用の1/2を補助」「※2 補助率 ：補助対象の1/2」(総務省「令和５年度 地域力創造グループ施策について」)
/// The state pays half of the eligible cost.
const RATE: Param = Param::rate("rate", 1, 2, "外部専門家を招へいする際の費用の1/2を補助");

const INVITATION: Text = Text::new("外部専門家の招へい費用", "Expert invitation cost");

pub static MEASURE: Measure = Measure {
    id: "decarbonisation_experts",
    name: Text::new(
        "地域脱炭素の外部専門家招へい（人材面からの地域脱炭素支援）",
        "External experts for local decarbonisation",
    ),
    ministry: Ministry::InternalAffairs,
    funds: &[Fund::Energy, Fund::People],
    source: SEED_004,
    summary: Text::new(
        "地域脱炭素のため外部専門家を招へいする費用（上限100万円）の1/2を補助。",
        "Subsidises 1/2 of the cost of inviting external decarbonisation experts (cost capped at 1 million yen).",
    ),
    inputs: &[yen_required(
        "cost_yen",
        Unit::YenPerApplicantYear,
        Text::new(
            "外部専門家を招へいする際の費用（謝金、旅費、その他諸経費）",
            "the cost of inviting external experts (fees, travel, other costs)",
        ),
    )],
    params: &[&CAP, &RATE],
    conditions_ja: &["５年間の集中期間内であること"],
    not_computed: &[],
    readings: &[&R2, &R3, &R6],
    covers: &[Kind::National],
    bond: false,
    bearer: Bearer::Applicant,
    run,
};

fn run(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let label = Label::of(&INVITATION);
    let eligible = calc.cap(&label, cost, CAP.amount(), CAP.quote, Basis::Inferred);
    calc.line("invitation", &label, cost, eligible, &[(Kind::National, Frac::from(&RATE))]);
}
