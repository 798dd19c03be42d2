//! 特定地域づくり事業協同組合: the cooperative's running cost shared by user fees, the national grant,
//! 特別交付税 and the municipality (総務省「令和５年度 地域力創造グループ施策について」).

use super::inputs::{yen_required, Parsed};
use super::lines::{Calc, Frac, Kind, Label};
use super::readings::{Reading, R6};
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_004};
use crate::engine::scenario::Checker;
use crate::engine::text::Text;

/// 「〈組合の運営経費〉 … １／２ 利用料金収入」(総務省「令和５年度 地域力創造グループ施策について」, figure)
/// Half of the cooperative's running cost is paid by its members' fees, filed as `user_fees` (R12).
const FEES: Param = Param::rate("user_fees_share", 1, 2, "〈組合の運営経費〉市町村１／２利用料金収入");
/// 「１／４ 交付金」(総務省「令和５年度 地域力創造グループ施策について」, figure)
/// A quarter is paid by the national grant (交付金).
const GRANT: Param = Param::rate("national_share", 1, 4, "１／４交付金");
/// 「１／８ 特別交付税」(総務省「令和５年度 地域力創造グループ施策について」, figure)
/// An eighth is covered by 特別交付税; the last eighth is the municipality's own burden (R12).
const SPECIAL: Param = Param::rate("special_allocation_tax_share", 1, 8, "１／８特別交付税１／８１／２市町村助成");

const OPERATION: Text = Text::new("組合の運営経費", "Cooperative running cost");

/// R12: the unlabelled eighth is the municipality's; the user fees are the members'.
const R12: Reading = Reading {
    id: "R12",
    text: Text::new(
        "特定地域づくり事業協同組合の図で名前のない1/8は市町村の負担です。利用料金収入（1/2）は組合員が払うもので、利用料金収入として示します。",
        "The unlabelled 1/8 of the figure is the municipality's own burden; the user fees (1/2) are paid by the members.",
    ),
};

pub static MEASURE: Measure = Measure {
    id: "work_cooperatives",
    name: Text::new("特定地域づくり事業協同組合", "Specified regional work cooperatives"),
    ministry: Ministry::CabinetOfficeBudgetInternalAffairs,
    funds: &[Fund::People],
    source: SEED_004,
    summary: Text::new(
        "特定地域づくり事業協同組合の運営経費を、利用料金1/2・交付金1/4・特別交付税1/8・市町村1/8で分担。",
        "A work cooperative's running cost is shared: user fees 1/2, grant 1/4, special allocation tax 1/8, municipality 1/8.",
    ),
    inputs: &[yen_required("cost_yen", Unit::YenPerYear, Text::new("〈組合の運営経費〉", "the cooperative's running cost"))],
    params: &[&FEES, &GRANT, &SPECIAL],
    conditions_ja: &[
        "都道府県知事の認定を受けた特定地域づくり事業協同組合であること",
        "設立支援に対する特別交付税措置は金額の記載がなく計算しない",
    ],
    not_computed: &[],
    readings: &[&R6, &R12],
    covers: &[Kind::National, Kind::Special, Kind::UserFees],
    bond: false,
    bearer: Bearer::Applicant,
    run,
};

fn run(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let shares = [
        (Kind::UserFees, Frac::from(&FEES)),
        (Kind::National, Frac::from(&GRANT)),
        (Kind::Special, Frac::from(&SPECIAL)),
    ];
    calc.line("operation", &Label::of(&OPERATION), cost, cost, &shares);
}
