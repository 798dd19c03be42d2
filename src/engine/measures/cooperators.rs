//! 地域おこし協力隊（特別交付税措置）: recruitment, trial and intern programmes, each cooperator's activity,
//! day-to-day support, start-ups and vacant houses (総務省「令和５年度 地域力創造グループ施策について」).
//!
//! Most lines are 特別交付税 for which the source states a cap and no 措置率: they are covered at rate 1
//! up to the cap (R1), and the result carries `rate_not_stated`.

use super::inputs::{list, optional, yen, Def, Field, Parsed, Ty};
use super::lines::{Calc, Frac, Kind, Label};
use super::readings::{Reading, R1, R2, R6};
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_004};
use crate::engine::finding::Basis;
use crate::engine::scenario::Checker;
use crate::engine::text::Text;

/// 「① 地域おこし協力隊員の募集等に要する経費：１団体あたり300万円上限」(総務省「令和５年度 地域力創造グループ施策について」)
/// Recruitment costs are covered up to 3,000,000 yen per applicant and year (R1: rate 1).
const RECRUITMENT: Param = Param::yen(
    "recruitment_cap",
    3_000_000,
    Unit::YenPerApplicantYear,
    "① 地域おこし協力隊員の募集等に要する経費：１団体あたり300万円上限",
);
/// 「「おためし地域おこし協力隊」に要する経費：１団体あたり100万円上限」(総務省「令和５年度 地域力創造グループ施策について」)
/// Trial-cooperator costs are covered up to 1,000,000 yen per applicant and year (R1).
const TRIAL: Param = Param::yen(
    "trial_cap",
    1_000_000,
    Unit::YenPerApplicantYear,
    "「おためし地域おこし協力隊」に要する経費：１団体あたり100万円上限",
);
/// 「１団体あたり100万円上限（プログラム作成等に要する経費）」(総務省「令和５年度 地域力創造グループ施策について」)
/// The intern programme's preparation is covered up to 1,000,000 yen per applicant and year (R1).
const INTERN_PROGRAM: Param = Param::yen(
    "intern_program_cap",
    1_000_000,
    Unit::YenPerApplicantYear,
    "１団体あたり100万円上限（プログラム作成等に要する経費）",
);
/// 「１人・１日あたり 1.2万円上限（活動に要する経費）」(総務省「令和５年度 地域力創造グループ施策について」)
/// Intern activity is covered up to 12,000 yen per person-day (R1).
const INTERN_DAY: Param = Param::yen(
    "intern_activity_cap_per_person_day",
    12_000,
    Unit::YenPerPersonDay,
    "１人・１日あたり1.2万円上限（活動に要する経費）",
);
/// 「隊員１人あたり480万円上限」(総務省「令和５年度 地域力創造グループ施策について」)
/// A member's reward and other costs together count up to 4,800,000 yen (R8).
const MEMBER: Param = Param::yen(
    "member_cap",
    4_800_000,
    Unit::YenPerPersonYear,
    "②地域おこし協力隊員の活動に要する経費：隊員１人あたり480万円上限",
);
/// 「（報償費等280万円〔※〕」(総務省「令和５年度 地域力創造グループ施策について」)
/// The reward part counts up to 2,800,000 yen (R8).
const REWARD: Param = Param::yen("member_reward_cap", 2_800_000, Unit::YenPerPersonYear, "報償費等280万円〔※〕");
/// 「最大330万円まで支給可能とするよう弾力化…（隊員１人当たり480万円の上限は変更しない。）」(総務省「令和５年度 地域力創造グループ施策について」)
/// With 弾力化 the reward part counts up to 3,300,000 yen; the 4,800,000 cap stays (R8).
const REWARD_FLEX: Param = Param::yen(
    "member_reward_cap_flexible",
    3_300_000,
    Unit::YenPerPersonYear,
    "最大330万円まで支給可能とするよう弾力化…（隊員１人当たり480万円の上限は変更しない。）",
);
/// 「その他の経費(活動旅費、作業道具等の消耗品費、関係者間の調整などに要する事務的な経費、定住に向けた研修等の経費など）200万円」
/// The other costs of a member count up to 2,000,000 yen (R8).
const OTHER: Param = Param::yen("member_other_cap", 2_000_000, Unit::YenPerPersonYear, "その他の経費(活動旅費、作業道具等の消耗品費、関係者間の調整などに要する事務的な経費、定住に向けた研修等の経費など）200万円");
/// 「③ 地域おこし協力隊員の日々のサポートに要する経費：１団体あたり200万円上限」(総務省「令和５年度 地域力創造グループ施策について」)
/// Day-to-day support is covered up to 2,000,000 yen per applicant and year (R1).
const SUPPORT: Param = Param::yen(
    "support_cap",
    2_000_000,
    Unit::YenPerApplicantYear,
    "③ 地域おこし協力隊員の日々のサポートに要する経費：１団体あたり200万円上限",
);
/// 「④ …１人あたり100万円上限」(総務省「令和５年度 地域力創造グループ施策について」)
/// Each start-up or business succession is covered up to 1,000,000 yen (R1).
const STARTUP: Param = Param::yen(
    "startup_cap",
    1_000_000,
    Unit::YenPerPerson,
    "④地域おこし協力隊員等の起業・事業承継に要する経費：任期２年目から任期終了翌年の起業する者又は事業を引き継ぐ者１人あたり100万円上限",
);
/// 「⑤ 任期終了後の隊員が定住するための空き家の改修に要する経費：措置率0.5」(総務省「令和５年度 地域力創造グループ施策について」)
/// Vacant-house renovation is covered at 0.5, with no cap.
const VACANT: Param = Param::decimal_rate(
    "vacant_house_rate",
    1,
    2,
    "⑤ 任期終了後の隊員が定住するための空き家の改修に要する経費：措置率0.5",
);

const MEMBER_FIELDS: &[Field] = &[
    yen("reward_yen", Unit::YenPerYear, Text::new("報償費等", "reward (報償費等)")),
    yen(
        "other_yen",
        Unit::YenPerYear,
        Text::new("その他の経費（活動旅費、消耗品費、定住に向けた研修等）", "other activity costs"),
    ),
    optional(
        "flexible_reward",
        Ty::Bool,
        Unit::None,
        Def::False,
        Text::new("報償費等を最大330万円まで支給する弾力化", "the reward may go up to 3,300,000 yen (弾力化)"),
    ),
];

const STARTUP_FIELDS: &[Field] =
    &[yen("cost_yen", Unit::Yen, Text::new("起業・事業承継に要する経費", "start-up or succession cost"))];

const INPUTS: &[Field] = &[
    yen("recruitment_cost_yen", Unit::YenPerApplicantYear, Text::new("① 募集等に要する経費", "recruitment costs")),
    yen(
        "trial_cost_yen",
        Unit::YenPerApplicantYear,
        Text::new("「おためし地域おこし協力隊」に要する経費", "trial cooperators"),
    ),
    yen(
        "intern_program_cost_yen",
        Unit::YenPerApplicantYear,
        Text::new("「地域おこし協力隊インターン」プログラム作成等に要する経費", "intern programme preparation"),
    ),
    yen(
        "intern_activity_cost_yen",
        Unit::YenPerYear,
        Text::new("インターンの活動に要する経費", "intern activity costs"),
    ),
    optional(
        "intern_person_days",
        Ty::Integer(0),
        Unit::PersonDays,
        Def::Zero,
        Text::new("インターンの延べ人日（1人・1日）", "intern person-days"),
    ),
    list(
        "members",
        MEMBER_FIELDS,
        Text::new("隊員", "cooperator"),
        Text::new("② 隊員", "② Cooperators"),
        Text::new("② 隊員ごとに1要素: 報償費等・その他の経費・弾力化", "one element per cooperator"),
    ),
    yen("support_cost_yen", Unit::YenPerApplicantYear, Text::new("③ 日々のサポートに要する経費", "day-to-day support")),
    list(
        "startups",
        STARTUP_FIELDS,
        Text::new("起業・事業承継", "start-up"),
        Text::new("④ 起業・事業承継する者", "④ Start-ups and successions"),
        Text::new("④ 起業・事業承継する者ごとに1要素", "one element per start-up or succession"),
    ),
    yen(
        "vacant_house_cost_yen",
        Unit::YenPerYear,
        Text::new("⑤ 任期終了後の定住のための空き家改修経費", "vacant house renovation"),
    ),
];

/// The line names, in item-table order.
const L_RECRUITMENT: Text = Text::new("① 募集等に要する経費", "Recruitment");
const L_TRIAL: Text = Text::new("おためし地域おこし協力隊", "Trial cooperators");
const L_INTERN_PROGRAM: Text = Text::new("インターン（プログラム作成等）", "Intern programme");
const L_INTERN_ACTIVITY: Text = Text::new("インターン（活動）", "Intern activity");
const L_MEMBER: Text = Text::new("隊員の活動に要する経費", "Cooperator");
const L_SUPPORT: Text = Text::new("③ 日々のサポートに要する経費", "Day-to-day support");
const L_STARTUP: Text = Text::new("④ 起業・事業承継に要する経費", "Start-up or succession");
const L_VACANT: Text = Text::new("⑤ 空き家の改修に要する経費", "Vacant house renovation");

/// R8: the three caps of one cooperator.
const R8: Reading = Reading {
    id: "R8",
    text: Text::new(
        "協力隊の隊員は、報償費等280万円（弾力化で330万円）、その他の経費200万円、合計480万円を上限とします。",
        "Per cooperator: reward up to 2.8 million yen (3.3 million with the flexible rule), other costs up to 2 million, together at most 4.8 million.",
    ),
};

pub static MEASURE: Measure = Measure {
    id: "cooperators",
    name: Text::new("地域おこし協力隊（特別交付税措置）", "Community revitalization cooperators"),
    ministry: Ministry::InternalAffairs,
    funds: &[Fund::People],
    source: SEED_004,
    summary: Text::new(
        "協力隊の募集、おためし・インターン、隊員の活動（1人480万円上限）、サポート、起業、空き家改修の経費を特別交付税で措置。",
        "Special allocation tax for recruiting, trial and intern programmes, each cooperator's activity (4.8 million yen cap), support, start-ups and vacant houses.",
    ),
    inputs: INPUTS,
    params: &[
        &RECRUITMENT,
        &TRIAL,
        &INTERN_PROGRAM,
        &INTERN_DAY,
        &MEMBER,
        &REWARD,
        &REWARD_FLEX,
        &OTHER,
        &SUPPORT,
        &STARTUP,
        &VACANT,
    ],
    conditions_ja: &[
        "活動期間：概ね１年以上３年以下",
        "④ は任期２年目から任期終了翌年の起業・事業承継に限る",
        "地域要件（都市地域から過疎地域等へ住民票を異動）",
        "都道府県の普通交付税措置（研修、OB・OGサポート体制）は金額の記載がなく計算しない",
    ],
    not_computed: &[Text::new(
        "協力隊OB・OGネットワーク立ち上げ（都道府県の国費事業「１団体当たり100万円上限」）",
        "Setting up a cooperator alumni network (a national programme for prefectures, 1 million yen cap)",
    )],
    readings: &[&R1, &R2, &R6, &R8],
    covers: &[Kind::Special],
    bond: false,
    bearer: Bearer::Applicant,
    run,
};

fn run(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let simple: [(&str, &str, &Text, &Param); 3] = [
        ("recruitment", "recruitment_cost_yen", &L_RECRUITMENT, &RECRUITMENT),
        ("trial", "trial_cost_yen", &L_TRIAL, &TRIAL),
        ("intern_program", "intern_program_cost_yen", &L_INTERN_PROGRAM, &INTERN_PROGRAM),
    ];
    for (item, field, label, param) in simple {
        calc.rate_one_capped(item, &Label::of(label), p.yen(field), param.amount(), param.quote);
    }
    let days = u128::try_from(p.int("intern_person_days").unwrap_or(0)).unwrap_or(0);
    calc.rate_one_capped(
        "intern_activity",
        &Label::of(&L_INTERN_ACTIVITY),
        p.yen("intern_activity_cost_yen"),
        INTERN_DAY.amount() * days,
        INTERN_DAY.quote,
    );
    for (i, m) in p.list("members").iter().enumerate() {
        let label = Label::nth(&L_MEMBER, "members", i);
        let (reward, other) = (m.yen("reward_yen"), m.yen("other_yen"));
        let reward_cap = if m.flag("flexible_reward") { &REWARD_FLEX } else { &REWARD };
        let reward_part = calc.cap(&label, reward, reward_cap.amount(), reward_cap.quote, Basis::Inferred);
        let other_part = calc.cap(&label, other, OTHER.amount(), OTHER.quote, Basis::Inferred);
        let cost = reward.saturating_add(other);
        let eligible = calc.cap(&label, reward_part + other_part, MEMBER.amount(), MEMBER.quote, Basis::Seed);
        calc.line_rate_one("member", &label, cost, eligible);
    }
    let support = p.yen("support_cost_yen");
    calc.rate_one_capped("support", &Label::of(&L_SUPPORT), support, SUPPORT.amount(), SUPPORT.quote);
    for (i, s) in p.list("startups").iter().enumerate() {
        let label = Label::nth(&L_STARTUP, "startups", i);
        calc.rate_one_capped("startup", &label, s.yen("cost_yen"), STARTUP.amount(), STARTUP.quote);
    }
    let vacant = p.yen("vacant_house_cost_yen");
    calc.line("vacant_house", &Label::of(&L_VACANT), vacant, vacant, &[(Kind::Special, Frac::from(&VACANT))]);
}
