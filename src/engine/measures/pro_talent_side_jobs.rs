//! プロフェッショナル人材事業（副業・兼業人材活用促進事業）: 8/10 of a regional company's cost of one
//! side-job professional, up to a cap per case (「地方創生2.0基本構想」（概要）).

use super::inputs::{yen_labelled, Parsed};
use super::lines::{Calc, Frac, Kind, Label};
use super::readings::{Reading, R3, R6};
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_003};
use crate::engine::finding::Basis;
use crate::engine::scenario::Checker;
use crate::engine::text::Text;

/// 「交付額 ・対象費用の最大8/10」(「地方創生2.0基本構想」（概要）)
/// The grant is 8/10 of the cost, the maximum (R13).
const RATE: Param = Param::rate("rate", 8, 10, "対象費用の最大8/10");
/// 「１件あたりの上限500千円」(「地方創生2.0基本構想」（概要）)
/// The grant is at most 500,000 yen per case (a cap on the amount, R3).
const GRANT_CAP: Param = Param::yen("grant_cap", 500_000, Unit::YenPerCase, "１件あたりの上限500千円");
/// 「１件あたりの上限500千円」 ÷ 「最大8/10」(「地方創生2.0基本構想」（概要）)
/// So the cost counts up to 625,000 yen (500,000 ÷ 8/10), which gives exactly the 500,000 cap (R13).
const COST_CAP: Param = Param::yen("cost_cap", 625_000, Unit::YenPerCase, "対象費用の最大8/10…１件あたりの上限500千円");

const CASE: Text = Text::new("副業・兼業人材の対象費用（1件）", "Side-job talent cost (one case)");

/// R13: 「最大8/10」 at 8/10, filed as national funds.
const R13: Reading = Reading {
    id: "R13",
    text: Text::new(
        "プロ人材の「最大8/10」は8/10で計算します。交付額は国費として示します（第２世代交付金により都道府県を通じて支払われ、国と都道府県の内訳は資料にありません）。",
        "「最大8/10」 is computed at 8/10; the amount is filed as national funds (paid through the prefecture; the split is not in the source).",
    ),
};

pub static MEASURE: Measure = Measure {
    id: "pro_talent_side_jobs",
    name: Text::new("プロフェッショナル人材事業（副業・兼業人材活用促進事業）", "Professional talent: side jobs"),
    ministry: Ministry::CabinetOffice,
    funds: &[Fund::People],
    source: SEED_003,
    summary: Text::new(
        "地域企業が副業・兼業人材を活用する費用の8/10（1件50万円上限）を交付。",
        "Pays a regional company 8/10 of the cost of one side-job professional, up to 500,000 yen per case.",
    ),
    inputs: &[yen_labelled(
        "cost_yen",
        Unit::YenPerCase,
        true,
        Text::new("1件の対象費用", "Cost of one case"),
        Text::new(
            "1件の対象費用: 副業・兼業人材へ支払う報酬・移動費、人材事業者へ支払う紹介手数料",
            "the cost of one case: fees and travel of the side-job talent, agency fee",
        ),
    )],
    params: &[&RATE, &GRANT_CAP, &COST_CAP],
    conditions_ja: &["申請者は地域企業（残りの負担は企業が負う）", "第２世代交付金を通じて都道府県が交付する"],
    not_computed: &[],
    readings: &[&R3, &R6, &R13],
    covers: &[Kind::National],
    bond: false,
    bearer: Bearer::Company,
    run,
};

fn run(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let label = Label::of(&CASE);
    let eligible = calc.cap(&label, cost, COST_CAP.amount(), GRANT_CAP.quote, Basis::Inferred);
    calc.line("case", &label, cost, eligible, &[(Kind::National, Frac::from(&RATE))]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_listed_cost_cap_is_the_grant_cap_divided_by_the_rate() {
        let derived = GRANT_CAP.amount() * u128::from(RATE.den) / u128::from(RATE.num);
        assert_eq!(derived, COST_CAP.amount());
        assert_eq!(derived * u128::from(RATE.num) % u128::from(RATE.den), 0);
    }
}
