//! 地域活性化起業人（企業人材派遣制度）: per secondee, acceptance and the secondee's own project; then the
//! preparation (総務省「令和５年度 地域力創造グループ施策について」).

use super::inputs::{list, yen, Field, Parsed};
use super::lines::{Calc, Frac, Kind, Label};
use super::readings::{R1, R2, R3, R6};
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_004};
use crate::engine::finding::Basis;
use crate::engine::scenario::Checker;
use crate::engine::text::Text;

/// 「…起業人の受入に要する経費 上限額 年間５６０万円／人」(総務省「令和５年度 地域力創造グループ施策について」)
/// Acceptance costs are covered up to 5,600,000 yen per person and year (R1: rate 1).
const ACCEPTANCE: Param = Param::yen(
    "acceptance_cap",
    5_600_000,
    Unit::YenPerPersonYear,
    "派遣元企業に対する負担金など起業人の受入に要する経費 上限額 年間５６０万円／人",
);
/// 「起業人が発案・提案した事業に要する経費 上限額 年間１００万円（措置率０．５）／人」(総務省「令和５年度 地域力創造グループ施策について」)
/// A person's project costs count up to 1,000,000 yen per year (R3).
const PROJECT: Param = Param::yen(
    "project_cap",
    1_000_000,
    Unit::YenPerPersonYear,
    "起業人が発案・提案した事業に要する経費 上限額 年間１００万円（措置率０．５）／人",
);
/// 「起業人が発案・提案した事業に要する経費 上限額 年間１００万円（措置率０．５）／人」(総務省「令和５年度 地域力創造グループ施策について」)
/// ... covered at 0.5.
const PROJECT_RATE: Param = Param::decimal_rate("project_rate", 1, 2, "上限額 年間１００万円（措置率０．５）／人");
/// 「起業人の受入準備経費 上限額 年間１００万円（措置率０．５）／団体」(総務省「令和５年度 地域力創造グループ施策について」)
/// Preparation costs count up to 1,000,000 yen per applicant and year (R3).
const PREPARATION: Param = Param::yen(
    "preparation_cap",
    1_000_000,
    Unit::YenPerApplicantYear,
    "起業人の受入準備経費 上限額 年間１００万円（措置率０．５）／団体",
);
/// 「起業人の受入準備経費 上限額 年間１００万円（措置率０．５）／団体」(総務省「令和５年度 地域力創造グループ施策について」)
/// ... covered at 0.5.
const PREPARATION_RATE: Param =
    Param::decimal_rate("preparation_rate", 1, 2, "上限額 年間１００万円（措置率０．５）／団体");

const PERSON_FIELDS: &[Field] = &[
    yen(
        "acceptance_cost_yen",
        Unit::YenPerYear,
        Text::new(
            "派遣元企業に対する負担金など受入に要する経費",
            "acceptance cost (payments to the sending company etc.)",
        ),
    ),
    yen(
        "project_cost_yen",
        Unit::YenPerYear,
        Text::new("起業人が発案・提案した事業に要する経費", "cost of the secondee's own project"),
    ),
];

const L_ACCEPTANCE: Text = Text::new("起業人の受入に要する経費", "Secondee acceptance");
const L_PROJECT: Text = Text::new("起業人が発案・提案した事業に要する経費", "Secondee's project");
const L_PREPARATION: Text = Text::new("起業人の受入準備経費", "Preparation");

pub static MEASURE: Measure = Measure {
    id: "corporate_secondees",
    name: Text::new("地域活性化起業人（企業人材派遣制度）", "Corporate secondees for regional revitalization"),
    ministry: Ministry::InternalAffairs,
    funds: &[Fund::People],
    source: SEED_004,
    summary: Text::new(
        "企業から受け入れる起業人1人あたり受入経費560万円、本人発案の事業100万円（措置率0.5）、受入準備100万円（0.5）を特別交付税で措置。",
        "Special allocation tax per secondee: acceptance up to 5.6 million yen, their project up to 1 million (rate 0.5), preparation up to 1 million (0.5).",
    ),
    inputs: &[
        list(
            "persons",
            PERSON_FIELDS,
            Text::new("人", "person"),
            Text::new("起業人", "Secondees"),
            Text::new("起業人ごとに1要素", "one element per secondee"),
        ),
        yen(
            "preparation_cost_yen",
            Unit::YenPerApplicantYear,
            Text::new("受入準備経費（募集・PR、協定締結）", "preparation (recruitment, PR, agreement)"),
        ),
    ],
    params: &[&ACCEPTANCE, &PROJECT, &PROJECT_RATE, &PREPARATION, &PREPARATION_RATE],
    conditions_ja: &[
        "期間 ６ヵ月 ～ ３年",
        "受入団体: ① 3大都市圏外の市町村、又は ② 3大都市圏内の条件不利地域等",
        "起業人は三大都市圏に所在する企業等の社員",
    ],
    not_computed: &[],
    readings: &[&R1, &R2, &R3, &R6],
    covers: &[Kind::Special],
    bond: false,
    bearer: Bearer::Applicant,
    run,
};

fn run(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    for (i, person) in p.list("persons").iter().enumerate() {
        let label = Label::nth(&L_ACCEPTANCE, "persons", i);
        let acceptance = person.yen("acceptance_cost_yen");
        calc.rate_one_capped("acceptance", &label, acceptance, ACCEPTANCE.amount(), ACCEPTANCE.quote);
        let label = Label::nth(&L_PROJECT, "persons", i);
        let cost = person.yen("project_cost_yen");
        let eligible = calc.cap(&label, cost, PROJECT.amount(), PROJECT.quote, Basis::Seed);
        calc.line("project", &label, cost, eligible, &[(Kind::Special, Frac::from(&PROJECT_RATE))]);
    }
    let label = Label::of(&L_PREPARATION);
    let cost = p.yen("preparation_cost_yen");
    let eligible = calc.cap(&label, cost, PREPARATION.amount(), PREPARATION.quote, Basis::Seed);
    calc.line("preparation", &label, cost, eligible, &[(Kind::Special, Frac::from(&PREPARATION_RATE))]);
}
