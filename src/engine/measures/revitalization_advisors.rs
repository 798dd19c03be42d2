//! 地域力創造アドバイザー（外部専門家）: inviting an external advisor, with a cap by kind, a minimum of days
//! or visits and at most three years (総務省「令和５年度 地域力創造グループ施策について」).

use super::inputs::{optional, yen_required, Choice, Def, Field, Parsed, Ty};
use super::lines::{Calc, Kind, Label};
use super::readings::{Reading, R1, R2, R6};
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_004};
use crate::engine::finding::Basis;
use crate::engine::scenario::Checker;
use crate::engine::text::Text;

/// 「◇ 民間専門家等活用 （560万円／年）」(総務省「令和５年度 地域力創造グループ施策について」)
/// A private expert is covered up to 5,600,000 yen per year (R1).
const PRIVATE: Param =
    Param::yen("private_expert_cap", 5_600_000, Unit::YenPerYear, "◇ 民間専門家等活用 （560万円／年）");
/// 「◇ 先進自治体職員（組織）活用 （240万円／年）」(総務省「令和５年度 地域力創造グループ施策について」)
/// Staff of an advanced municipality are covered up to 2,400,000 yen per year (R1).
const MUNICIPAL: Param =
    Param::yen("municipal_staff_cap", 2_400_000, Unit::YenPerYear, "◇ 先進自治体職員（組織）活用 （240万円／年）");
/// 「年度内に延べ１０日以上又は５回以上招へい」(総務省「令和５年度 地域力創造グループ施策について」)
/// The condition: at least 10 days in the year ...
const MIN_DAYS: Param = Param::count(
    "min_invited_days",
    10,
    Unit::Days,
    "市町村外在住の外部専門家を年度内に延べ１０日以上又は５回以上招へい（リモート可）して",
);
/// 「年度内に延べ１０日以上又は５回以上招へい」(総務省「令和５年度 地域力創造グループ施策について」)
/// ... or at least 5 visits.
const MIN_VISITS: Param = Param::count(
    "min_invited_visits",
    5,
    Unit::Visits,
    "市町村外在住の外部専門家を年度内に延べ１０日以上又は５回以上招へい（リモート可）して",
);
/// 「１市町村当たり、以下に示す額を上限額として、最大３年間」(総務省「令和５年度 地域力創造グループ施策について」)
/// The measure is used for at most 3 years (R14).
const MAX_YEARS: Param =
    Param::count("max_years", 3, Unit::Years, "１市町村当たり、以下に示す額を上限額として、最大３年間");

const KINDS: &[Choice] = &[
    Choice {
        value: "private_expert",
        label: Text::new("民間専門家等（上限560万円／年）", "Private expert (5.6 million yen a year)"),
    },
    Choice {
        value: "municipal_staff",
        label: Text::new(
            "先進自治体職員（組織）（上限240万円／年）",
            "Staff of an advanced municipality (2.4 million yen a year)",
        ),
    },
];

const INPUTS: &[Field] = &[
    Field {
        name: "advisor_kind",
        ty: Ty::Enum(KINDS),
        unit: Unit::None,
        required: true,
        default: Def::None,
        label: Some(Text::new("アドバイザーの種類", "Kind of advisor")),
        meaning: Text::new(
            "private_expert 民間専門家等, municipal_staff 先進自治体職員（組織）",
            "the kind of advisor",
        ),
    },
    yen_required(
        "cost_yen",
        Unit::YenPerYear,
        Text::new("招へいに要する経費（年度）", "the cost of the invitations in the year"),
    ),
    optional(
        "invited_days",
        Ty::Integer(0),
        Unit::Days,
        Def::Zero,
        Text::new("年度内の延べ招へい日数", "invitation days in the year"),
    ),
    optional(
        "invited_visits",
        Ty::Integer(0),
        Unit::Visits,
        Def::Zero,
        Text::new("年度内の招へい回数", "invitations (visits) in the year"),
    ),
    optional(
        "year",
        Ty::Integer(1),
        Unit::YearNo,
        Def::Int(1),
        Text::new("活用の何年目か（1 = 初年度）", "the year of use (1 = the first)"),
    ),
];

const ADVISOR: Text = Text::new("地域力創造アドバイザーの招へい経費", "Advisor invitation cost");

/// R14: one kind per calculation; the minimum and the three years are checked.
const R14: Reading = Reading {
    id: "R14",
    text: Text::new(
        "アドバイザーは1回の計算で1種類です（2つの上限を重ねられるかは資料にありません）。「延べ１０日以上又は５回以上」と「最大３年間」は確認します。",
        "One kind of advisor per calculation; 「延べ１０日以上又は５回以上」 and 「最大３年間」 are checked.",
    ),
};

pub static MEASURE: Measure = Measure {
    id: "revitalization_advisors",
    name: Text::new("地域力創造アドバイザー（外部専門家）", "Regional revitalization advisors"),
    ministry: Ministry::InternalAffairs,
    funds: &[Fund::People],
    source: SEED_004,
    summary: Text::new(
        "外部専門家を延べ10日以上又は5回以上招へいする経費を、民間560万円・自治体職員240万円／年を上限に最大3年間措置。",
        "Advisor invitations of 10+ days or 5+ visits a year, up to 5.6 million (private) or 2.4 million yen (municipal staff) a year, for up to three years.",
    ),
    inputs: INPUTS,
    params: &[&PRIVATE, &MUNICIPAL, &MIN_DAYS, &MIN_VISITS, &MAX_YEARS],
    conditions_ja: &[
        "市町村外在住の外部専門家であること",
        "地域独自の魅力や価値を向上させる取組を実施すること",
        "地域要件（令和３年度より３大都市圏外の都市地域等も対象）",
    ],
    not_computed: &[],
    readings: &[&R1, &R2, &R6, &R14],
    covers: &[Kind::Special],
    bond: false,
    bearer: Bearer::Applicant,
    run,
};

fn run(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let cap = if p.choice("advisor_kind") == Some("municipal_staff") { &MUNICIPAL } else { &PRIVATE };
    let label = Label::of(&ADVISOR);
    let days = p.int("invited_days").unwrap_or(0);
    let visits = p.int("invited_visits").unwrap_or(0);
    let year = p.int("year").unwrap_or(1);
    let mut ok = true;
    if !(days >= MIN_DAYS.amount() as i64 || visits >= MIN_VISITS.amount() as i64) {
        ok = false;
        calc.fail(
            &label,
            cost,
            "延べ１０日以上又は５回以上",
            "at least 10 days or 5 visits in the year",
            MIN_DAYS.quote,
            Basis::Seed,
        );
    }
    if year > MAX_YEARS.amount() as i64 {
        ok = false;
        calc.fail(&label, cost, "最大３年間", "at most 3 years", MAX_YEARS.quote, Basis::Seed);
    }
    let eligible = if ok { calc.cap(&label, cost, cap.amount(), cap.quote, Basis::Seed) } else { 0 };
    calc.line_rate_one("advisor", &label, cost, eligible);
}
