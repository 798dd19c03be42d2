//! 地域プロジェクトマネージャー: each manager's pay up to a cap, two places per municipality, three years
//! per person (総務省「令和５年度 地域力創造グループ施策について」).

use super::inputs::{list, optional, yen, Def, Field, Parsed, Ty};
use super::lines::{Calc, Kind, Label};
use super::readings::{Reading, R1, R2, R6};
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_004};
use crate::engine::finding::Basis;
use crate::engine::scenario::Checker;
use crate::engine::text::Text;

/// 「地域プロジェクトマネージャーの雇用に要する経費を対象に、650万円/人を上限に特別交付税措置」(総務省「令和５年度 地域力創造グループ施策について」)
/// Each manager is covered up to 6,500,000 yen per year (R1, R15).
const CAP: Param = Param::yen(
    "manager_cap",
    6_500_000,
    Unit::YenPerPersonYear,
    "地域プロジェクトマネージャーの雇用に要する経費を対象に、650万円/人を上限に特別交付税措置",
);
/// 「１市町村あたり２人、１人あたり３年間を上限」(総務省「令和５年度 地域力創造グループ施策について」)
/// At most 2 persons per municipality (the first two in list order that meet the year condition, R15).
const MAX_PERSONS: Param =
    Param::count("max_persons", 2, Unit::PersonsPerMunicipality, "１市町村あたり２人、１人あたり３年間を上限");
/// 「１市町村あたり２人、１人あたり３年間を上限」(総務省「令和５年度 地域力創造グループ施策について」)
/// At most 3 years per person.
const MAX_YEARS: Param =
    Param::count("max_years", 3, Unit::YearsPerPerson, "１市町村あたり２人、１人あたり３年間を上限");

const PERSON_FIELDS: &[Field] = &[
    yen("cost_yen", Unit::YenPerYear, Text::new("雇用に要する経費", "employment cost")),
    optional(
        "year",
        Ty::Integer(1),
        Unit::YearNo,
        Def::Int(1),
        Text::new("その人の任用の何年目か", "the person's year of service"),
    ),
];

const MANAGER: Text = Text::new("地域プロジェクトマネージャーの雇用経費", "Project manager");

/// R15: the two places go to persons within their first three years, in list order.
const R15: Reading = Reading {
    id: "R15",
    text: Text::new(
        "プロマネの「２人」は、任用3年以内の人を入力順に数えます。3年を超えた人は枠を使いません。650万円は1人・1年あたりです。",
        "The two places go to persons within their first three years, in list order; 6.5 million yen is per person per year.",
    ),
};

pub static MEASURE: Measure = Measure {
    id: "project_managers",
    name: Text::new("地域プロジェクトマネージャー", "Regional project managers"),
    ministry: Ministry::InternalAffairs,
    funds: &[Fund::People],
    source: SEED_004,
    summary: Text::new(
        "地域プロジェクトマネージャーの雇用経費を1人650万円上限、1市町村2人・3年間まで特別交付税で措置。",
        "Special allocation tax on project managers' pay up to 6.5 million yen each, two per municipality, three years each.",
    ),
    inputs: &[list(
        "persons",
        PERSON_FIELDS,
        Text::new("人", "person"),
        Text::new("地域プロジェクトマネージャー", "Project managers"),
        Text::new("プロマネごとに1要素", "one element per project manager"),
    )],
    params: &[&CAP, &MAX_PERSONS, &MAX_YEARS],
    conditions_ja: &["地域要件（住民票を条件不利地域へ異動。OB・OGの例外あり）"],
    not_computed: &[],
    readings: &[&R1, &R2, &R6, &R15],
    covers: &[Kind::Special],
    bond: false,
    bearer: Bearer::Applicant,
    run,
};

fn run(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let mut places = 0u128;
    for (i, person) in p.list("persons").iter().enumerate() {
        let label = Label::nth(&MANAGER, "persons", i);
        let cost = person.yen("cost_yen");
        let year = person.int("year").unwrap_or(1);
        let eligible = if year > MAX_YEARS.amount() as i64 {
            calc.fail(
                &label,
                cost,
                "１人あたり３年間を上限",
                "at most 3 years per person",
                MAX_YEARS.quote,
                Basis::Seed,
            );
            0
        } else {
            places += 1;
            if places > MAX_PERSONS.amount() {
                calc.fail(
                    &label,
                    cost,
                    "１市町村あたり２人",
                    "at most 2 persons per municipality",
                    MAX_PERSONS.quote,
                    Basis::Inferred,
                );
                0
            } else {
                calc.cap(&label, cost, CAP.amount(), CAP.quote, Basis::Seed)
            }
        };
        calc.line_rate_one("manager", &label, cost, eligible);
    }
}
