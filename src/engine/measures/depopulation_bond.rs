//! 過疎対策事業債: a bond for the whole project cost, 70% of it covered by the 交付税措置
//! (総務省「令和５年度 地域力創造グループ施策について」).

use super::inputs::{yen_required, Parsed};
use super::lines::{Calc, Frac, Kind, Label};
use super::readings::{R6, R9};
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_004};
use crate::engine::scenario::Checker;
use crate::engine::text::Text;

/// 「【充当率】 １００％」(総務省「令和５年度 地域力創造グループ施策について」)
/// The bond finances the whole cost.
const CHARGE: Param = Param::decimal_rate("bond_charge_rate", 1, 1, "【充当率】 １００％");
/// 「【元利償還金に対する交付税措置率】 ７０％」(総務省「令和５年度 地域力創造グループ施策について」)
/// 70% of the bond is covered by the 交付税措置, filed as `ordinary_allocation_tax` (R9).
const MEASURE_RATE: Param =
    Param::decimal_rate("bond_allocation_tax_rate", 7, 10, "【元利償還金に対する交付税措置率】 ７０％");

const BOND: Text = Text::new("過疎対策事業債", "Depopulation bond");

pub static MEASURE: Measure = Measure {
    id: "depopulation_bond",
    name: Text::new("過疎対策事業債", "Depopulation countermeasure bonds"),
    ministry: Ministry::InternalAffairs,
    funds: &[Fund::Kaso, Fund::Facilities],
    source: SEED_004,
    summary: Text::new(
        "過疎市町村の事業費に充当率100％で起債でき、元利償還金の70％が交付税措置される地方債。",
        "A bond for depopulated municipalities: 100% of the cost financed, 70% of the repayment covered by allocation tax.",
    ),
    inputs: &[yen_required(
        "cost_yen",
        Unit::YenPerProject,
        Text::new(
            "事業費（ハード分、又はソフト分「出資及び施設整備費を除く」）",
            "the project cost (hard, or soft excluding investment and facilities)",
        ),
    )],
    params: &[&CHARGE, &MEASURE_RATE],
    conditions_ja: &[
        "過疎市町村が過疎地域持続的発展市町村計画に基づいて行う事業であること",
        "ハード分は対象施設に限る",
    ],
    not_computed: &[],
    readings: &[&R6, &R9],
    covers: &[Kind::Ordinary],
    bond: true,
    bearer: Bearer::Applicant,
    run,
};

fn run(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    calc.bond_line("bond", &Label::of(&BOND), cost, cost, Frac::from(&CHARGE), Frac::from(&MEASURE_RATE));
    calc.bond_principal_only(MEASURE_RATE.quote);
}
