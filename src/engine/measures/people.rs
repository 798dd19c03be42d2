//! 人材: 地域おこし協力隊, ふるさとワーキングホリデー, お試しサテライトオフィス, 地域活性化起業人,
//! 地域力創造アドバイザー, 地域プロジェクトマネージャー, 移住・定住対策 (MEASURES.md §8.8; 004_8823d3e18bb7fa97.txt).
//!
//! Most of these are 特別交付税 lines for which the source states a cap and no 措置率: they are covered at
//! rate 1 up to the cap (R1), and the result carries `rate_not_stated`.

use super::inputs::{yen, yen_required, Def, Field, Parsed, Ty};
use super::lines::{Calc, Frac, Kind, Label};
use super::{Measure, Param, SEED_004};
use crate::engine::finding::Basis;
use crate::engine::scenario::Checker;
use rust_decimal::Decimal;

// ---------------------------------------------------------------------------------------------
// cooperators

/// 「① 地域おこし協力隊員の募集等に要する経費：１団体あたり300万円上限」(004_8823d3e18bb7fa97.txt)
/// Recruitment costs are covered up to 3,000,000 yen per applicant and year (R1: rate 1).
const CO_RECRUITMENT: Param = Param::yen(
    "recruitment_cap",
    3_000_000,
    "円/団体/年度",
    "① 地域おこし協力隊員の募集等に要する経費：１団体あたり300万円上限",
);
/// 「「おためし地域おこし協力隊」に要する経費：１団体あたり100万円上限」(004_8823d3e18bb7fa97.txt)
/// Trial-cooperator costs are covered up to 1,000,000 yen per applicant and year (R1).
const CO_TRIAL: Param = Param::yen(
    "trial_cap",
    1_000_000,
    "円/団体/年度",
    "「おためし地域おこし協力隊」に要する経費：１団体あたり100万円上限",
);
/// 「１団体あたり100万円上限（プログラム作成等に要する経費）」(004_8823d3e18bb7fa97.txt)
/// The intern programme's preparation is covered up to 1,000,000 yen per applicant and year (R1).
const CO_INTERN_PROGRAM: Param = Param::yen(
    "intern_program_cap",
    1_000_000,
    "円/団体/年度",
    "１団体あたり100万円上限（プログラム作成等に要する経費）",
);
/// 「１人・１日あたり 1.2万円上限（活動に要する経費）」(004_8823d3e18bb7fa97.txt)
/// Intern activity is covered up to 12,000 yen per person-day (R1).
const CO_INTERN_DAY: Param = Param::yen(
    "intern_activity_cap_per_person_day",
    12_000,
    "円/人日",
    "１人・１日あたり1.2万円上限（活動に要する経費）",
);
/// 「隊員１人あたり480万円上限」(004_8823d3e18bb7fa97.txt)
/// A member's reward and other costs together count up to 4,800,000 yen (R8).
const CO_MEMBER: Param = Param::yen(
    "member_cap",
    4_800_000,
    "円/人/年度",
    "②地域おこし協力隊員の活動に要する経費：隊員１人あたり480万円上限",
);
/// 「（報償費等280万円〔※〕」(004_8823d3e18bb7fa97.txt)
/// The reward part counts up to 2,800,000 yen (R8).
const CO_REWARD: Param = Param::yen("member_reward_cap", 2_800_000, "円/人/年度", "報償費等280万円〔※〕");
/// 「最大330万円まで支給可能とするよう弾力化…（隊員１人当たり480万円の上限は変更しない。）」(004_8823d3e18bb7fa97.txt)
/// With 弾力化 the reward part counts up to 3,300,000 yen; the 4,800,000 cap stays (R8).
const CO_REWARD_FLEX: Param = Param::yen(
    "member_reward_cap_flexible",
    3_300_000,
    "円/人/年度",
    "最大330万円まで支給可能とするよう弾力化…（隊員１人当たり480万円の上限は変更しない。）",
);
/// 「その他の経費…200万円）」(004_8823d3e18bb7fa97.txt)
/// The other costs of a member count up to 2,000,000 yen (R8).
const CO_OTHER: Param = Param::yen("member_other_cap", 2_000_000, "円/人/年度", "、その他の経費…200万円）");
/// 「③ 地域おこし協力隊員の日々のサポートに要する経費：１団体あたり200万円上限」(004_8823d3e18bb7fa97.txt)
/// Day-to-day support is covered up to 2,000,000 yen per applicant and year (R1).
const CO_SUPPORT: Param = Param::yen(
    "support_cap",
    2_000_000,
    "円/団体/年度",
    "③ 地域おこし協力隊員の日々のサポートに要する経費：１団体あたり200万円上限",
);
/// 「④ …１人あたり100万円上限」(004_8823d3e18bb7fa97.txt)
/// Each start-up or business succession is covered up to 1,000,000 yen (R1).
const CO_STARTUP: Param = Param::yen(
    "startup_cap",
    1_000_000,
    "円/人",
    "④地域おこし協力隊員等の起業・事業承継に要する経費：任期２年目から任期終了翌年の起業する者又は事業を引き継ぐ者１人あたり100万円上限",
);
/// 「⑤ 任期終了後の隊員が定住するための空き家の改修に要する経費：措置率0.5」(004_8823d3e18bb7fa97.txt)
/// Vacant-house renovation is covered at 0.5, with no cap.
const CO_VACANT: Param = Param::decimal_rate(
    "vacant_house_rate",
    1,
    2,
    "⑤ 任期終了後の隊員が定住するための空き家の改修に要する経費：措置率0.5",
);

const CO_MEMBER_FIELDS: &[Field] = &[
    yen("reward_yen", "円/年度", "報償費等", "reward (報償費等)"),
    yen("other_yen", "円/年度", "その他の経費（活動旅費、消耗品費、定住に向けた研修等）", "other activity costs"),
    Field {
        name: "flexible_reward",
        ty: Ty::Bool,
        unit: "",
        required: false,
        default: Def::False,
        meaning_ja: "報償費等を最大330万円まで支給する弾力化",
        meaning_en: "the reward may go up to 3,300,000 yen (弾力化)",
    },
];

const CO_STARTUP_FIELDS: &[Field] =
    &[yen("cost_yen", "円", "起業・事業承継に要する経費", "start-up or succession cost")];

const CO_INPUTS: &[Field] = &[
    yen("recruitment_cost_yen", "円/団体/年度", "① 募集等に要する経費", "recruitment costs"),
    yen("trial_cost_yen", "円/団体/年度", "「おためし地域おこし協力隊」に要する経費", "trial cooperators"),
    yen(
        "intern_program_cost_yen",
        "円/団体/年度",
        "「地域おこし協力隊インターン」プログラム作成等に要する経費",
        "intern programme preparation",
    ),
    yen("intern_activity_cost_yen", "円/年度", "インターンの活動に要する経費", "intern activity costs"),
    Field {
        name: "intern_person_days",
        ty: Ty::Integer(0),
        unit: "人日",
        required: false,
        default: Def::Zero,
        meaning_ja: "インターンの延べ人日（1人・1日）",
        meaning_en: "intern person-days",
    },
    Field {
        name: "members",
        ty: Ty::List(CO_MEMBER_FIELDS),
        unit: "",
        required: false,
        default: Def::Empty,
        meaning_ja: "② 隊員ごとに1要素: 報償費等・その他の経費・弾力化",
        meaning_en: "one element per cooperator",
    },
    yen("support_cost_yen", "円/団体/年度", "③ 日々のサポートに要する経費", "day-to-day support"),
    Field {
        name: "startups",
        ty: Ty::List(CO_STARTUP_FIELDS),
        unit: "",
        required: false,
        default: Def::Empty,
        meaning_ja: "④ 起業・事業承継する者ごとに1要素",
        meaning_en: "one element per start-up or succession",
    },
    yen("vacant_house_cost_yen", "円/年度", "⑤ 任期終了後の定住のための空き家改修経費", "vacant house renovation"),
];

pub static COOPERATORS: Measure = Measure {
    id: "cooperators",
    name_ja: "地域おこし協力隊（特別交付税措置）",
    name_en: "Community revitalization cooperators",
    ministry: "総務省",
    funds: &["people"],
    source: SEED_004,
    inputs: CO_INPUTS,
    params: &[
        &CO_RECRUITMENT,
        &CO_TRIAL,
        &CO_INTERN_PROGRAM,
        &CO_INTERN_DAY,
        &CO_MEMBER,
        &CO_REWARD,
        &CO_REWARD_FLEX,
        &CO_OTHER,
        &CO_SUPPORT,
        &CO_STARTUP,
        &CO_VACANT,
    ],
    conditions_ja: &[
        "活動期間：概ね１年以上３年以下",
        "④ は任期２年目から任期終了翌年の起業・事業承継に限る",
        "地域要件（都市地域から過疎地域等へ住民票を異動）",
        "都道府県の普通交付税措置（研修、OB・OGサポート体制）は金額の記載がなく計算しない",
    ],
    run: cooperators,
};

fn cooperators(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let simple: [(&str, &str, &str, &str, &Param); 3] = [
        ("recruitment", "recruitment_cost_yen", "① 募集等に要する経費", "Recruitment", &CO_RECRUITMENT),
        ("trial", "trial_cost_yen", "おためし地域おこし協力隊", "Trial cooperators", &CO_TRIAL),
        (
            "intern_program",
            "intern_program_cost_yen",
            "インターン（プログラム作成等）",
            "Intern programme",
            &CO_INTERN_PROGRAM,
        ),
    ];
    for (item, field, ja, en, param) in simple {
        rate_one_capped(calc, item, &Label::new(ja, en), p.yen(field), param.amount(), param.quote);
    }
    let days = u128::try_from(p.int("intern_person_days").unwrap_or(0)).unwrap_or(0);
    rate_one_capped(
        calc,
        "intern_activity",
        &Label::new("インターン（活動）", "Intern activity"),
        p.yen("intern_activity_cost_yen"),
        CO_INTERN_DAY.amount() * days,
        CO_INTERN_DAY.quote,
    );
    for (i, m) in p.list("members").iter().enumerate() {
        let label = Label::nth("隊員の活動に要する経費", "Cooperator", "members", i);
        let (reward, other) = (m.yen("reward_yen"), m.yen("other_yen"));
        let reward_cap = if m.flag("flexible_reward") { &CO_REWARD_FLEX } else { &CO_REWARD };
        let reward_part = calc.cap(&label, reward, reward_cap.amount(), reward_cap.quote, Basis::Inferred);
        let other_part = calc.cap(&label, other, CO_OTHER.amount(), CO_OTHER.quote, Basis::Inferred);
        let cost = reward.saturating_add(other);
        let eligible = calc.cap(&label, reward_part + other_part, CO_MEMBER.amount(), CO_MEMBER.quote, Basis::Seed);
        calc.line_rate_one("member", &label, cost, eligible);
    }
    rate_one_capped(
        calc,
        "support",
        &Label::new("③ 日々のサポートに要する経費", "Day-to-day support"),
        p.yen("support_cost_yen"),
        CO_SUPPORT.amount(),
        CO_SUPPORT.quote,
    );
    for (i, s) in p.list("startups").iter().enumerate() {
        let label = Label::nth("④ 起業・事業承継に要する経費", "Start-up or succession", "startups", i);
        rate_one_capped(calc, "startup", &label, s.yen("cost_yen"), CO_STARTUP.amount(), CO_STARTUP.quote);
    }
    let vacant = p.yen("vacant_house_cost_yen");
    calc.line(
        "vacant_house",
        &Label::new("⑤ 空き家の改修に要する経費", "Vacant house renovation"),
        vacant,
        vacant,
        &[(Kind::Special, Frac::from(&CO_VACANT))],
    );
}

/// A line capped at `cap` and covered at rate 1 under R1.
fn rate_one_capped(calc: &mut Calc, item: &str, label: &Label, cost: u64, cap: u128, quote: &str) {
    let eligible = calc.cap(label, cost, cap, quote, Basis::Seed);
    calc.line_rate_one(item, label, cost, eligible);
}

// ---------------------------------------------------------------------------------------------
// working_holiday

/// 「対象経費の上限額 １団体あたり15,000千円＋5千円×全参加者の延べ滞在日数」(004_8823d3e18bb7fa97.txt)
/// The fixed part of the cap: 15,000,000 yen per applicant and year (R1, R2).
const WH_BASE: Param = Param::yen(
    "cap_base",
    15_000_000,
    "円/団体",
    "対象経費の上限額 １団体あたり15,000千円＋5千円×全参加者の延べ滞在日数",
);
/// 「＋5千円×全参加者の延べ滞在日数」(004_8823d3e18bb7fa97.txt)
/// Each stay day of all participants adds 5,000 yen to the cap.
const WH_PER_DAY: Param = Param::yen(
    "cap_per_stay_day",
    5_000,
    "円/人日",
    "対象経費の上限額 １団体あたり15,000千円＋5千円×全参加者の延べ滞在日数",
);

pub static WORKING_HOLIDAY: Measure = Measure {
    id: "working_holiday",
    name_ja: "ふるさとワーキングホリデー（特別交付税措置）",
    name_en: "Furusato working holiday",
    ministry: "総務省",
    funds: &["people"],
    source: SEED_004,
    inputs: &[
        yen_required(
            "cost_yen",
            "円/団体/年度",
            "ふるさとワーキングホリデーに要する経費",
            "the applicant's cost of the programme",
        ),
        Field {
            name: "stay_days",
            ty: Ty::Integer(0),
            unit: "人日",
            required: false,
            default: Def::Zero,
            meaning_ja: "全参加者の延べ滞在日数",
            meaning_en: "total stay days of all participants",
        },
    ],
    params: &[&WH_BASE, &WH_PER_DAY],
    conditions_ja: &["都市部の若者等が一定期間地域に滞在し、働きながら地域住民との交流等を行う事業であること"],
    run: working_holiday,
};

fn working_holiday(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let days = u128::try_from(p.int("stay_days").unwrap_or(0)).unwrap_or(0);
    let cap = WH_BASE.amount() + WH_PER_DAY.amount() * days;
    let label = Label::new("ふるさとワーキングホリデーに要する経費", "Working holiday cost");
    rate_one_capped(calc, "working_holiday", &label, p.yen("cost_yen"), cap, WH_BASE.quote);
}

// ---------------------------------------------------------------------------------------------
// trial_satellite_office

/// 「※ 対象経費の上限額：１団体当たり1,000万円」(004_8823d3e18bb7fa97.txt)
/// The cost counts up to 10,000,000 yen per applicant and year (R3).
const SO_CAP: Param = Param::yen("cap", 10_000_000, "円/団体", "※ 対象経費の上限額：１団体当たり1,000万円");
/// 「※ 措置率０．５×財政力補正」(004_8823d3e18bb7fa97.txt)
/// The rate is 0.5 times the 財政力補正 input, limited to 1 (R16).
const SO_RATE: Param = Param::decimal_rate("rate_before_fiscal_correction", 1, 2, "※ 措置率０．５×財政力補正");

const FISCAL_CORRECTION_JA: &str = "財政力補正（資料は定義せず入力値を用いる。cost_yen > 0 のとき必須）";

pub static TRIAL_SATELLITE_OFFICE: Measure = Measure {
    id: "trial_satellite_office",
    name_ja: "お試しサテライトオフィス（特別交付税措置）",
    name_en: "Trial satellite offices",
    ministry: "総務省",
    funds: &["people", "facilities"],
    source: SEED_004,
    inputs: &[
        yen_required(
            "cost_yen",
            "円/団体/年度",
            "対象経費: お試し勤務の誘引、勤務環境の用意（原則ハード事業は対象外）、期間中の活動",
            "eligible cost of trial remote-office stays",
        ),
        Field {
            name: "fiscal_correction",
            ty: Ty::Decimal,
            unit: "係数",
            required: false,
            default: Def::None,
            meaning_ja: FISCAL_CORRECTION_JA,
            meaning_en: "fiscal correction factor (not defined by the source; required when cost_yen > 0)",
        },
    ],
    params: &[&SO_CAP, &SO_RATE],
    conditions_ja: &[
        "都市部企業等の社員の「お試し勤務」の受入れを通じたサテライトオフィス誘致の取組であること",
        "原則ハード事業は対象外",
    ],
    run: trial_satellite_office,
};

fn trial_satellite_office(p: &Parsed, c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    p.need(c, "fiscal_correction", cost > 0, "cost_yen > 0 のとき", "when cost_yen > 0");
    let label = Label::new("お試しサテライトオフィスの対象経費", "Trial satellite office cost");
    let eligible = calc.cap(&label, cost, SO_CAP.amount(), SO_CAP.quote, Basis::Seed);
    let fc = p.dec("fiscal_correction").unwrap_or(Decimal::ZERO);
    calc.line_fiscal_correction("trial_office", &label, cost, eligible, fc, SO_RATE.quote);
}

// ---------------------------------------------------------------------------------------------
// corporate_secondees

/// 「…起業人の受入に要する経費 上限額 年間５６０万円／人」(004_8823d3e18bb7fa97.txt)
/// Acceptance costs are covered up to 5,600,000 yen per person and year (R1: rate 1).
const CS_ACCEPTANCE: Param = Param::yen(
    "acceptance_cap",
    5_600_000,
    "円/人/年度",
    "派遣元企業に対する負担金など起業人の受入に要する経費 上限額 年間５６０万円／人",
);
/// 「起業人が発案・提案した事業に要する経費 上限額 年間１００万円（措置率０．５）／人」(004_8823d3e18bb7fa97.txt)
/// A person's project costs count up to 1,000,000 yen per year (R3).
const CS_PROJECT: Param = Param::yen(
    "project_cap",
    1_000_000,
    "円/人/年度",
    "起業人が発案・提案した事業に要する経費 上限額 年間１００万円（措置率０．５）／人",
);
/// 「起業人が発案・提案した事業に要する経費 上限額 年間１００万円（措置率０．５）／人」(004_8823d3e18bb7fa97.txt)
/// ... covered at 0.5.
const CS_PROJECT_RATE: Param = Param::decimal_rate("project_rate", 1, 2, "上限額 年間１００万円（措置率０．５）／人");
/// 「起業人の受入準備経費 上限額 年間１００万円（措置率０．５）／団体」(004_8823d3e18bb7fa97.txt)
/// Preparation costs count up to 1,000,000 yen per applicant and year (R3).
const CS_PREPARATION: Param = Param::yen(
    "preparation_cap",
    1_000_000,
    "円/団体/年度",
    "起業人の受入準備経費 上限額 年間１００万円（措置率０．５）／団体",
);
/// 「起業人の受入準備経費 上限額 年間１００万円（措置率０．５）／団体」(004_8823d3e18bb7fa97.txt)
/// ... covered at 0.5.
const CS_PREPARATION_RATE: Param =
    Param::decimal_rate("preparation_rate", 1, 2, "上限額 年間１００万円（措置率０．５）／団体");

const CS_PERSON_FIELDS: &[Field] = &[
    yen(
        "acceptance_cost_yen",
        "円/年度",
        "派遣元企業に対する負担金など受入に要する経費",
        "acceptance cost (payments to the sending company etc.)",
    ),
    yen("project_cost_yen", "円/年度", "起業人が発案・提案した事業に要する経費", "cost of the secondee's own project"),
];

pub static CORPORATE_SECONDEES: Measure = Measure {
    id: "corporate_secondees",
    name_ja: "地域活性化起業人（企業人材派遣制度）",
    name_en: "Corporate secondees for regional revitalization",
    ministry: "総務省",
    funds: &["people"],
    source: SEED_004,
    inputs: &[
        Field {
            name: "persons",
            ty: Ty::List(CS_PERSON_FIELDS),
            unit: "",
            required: false,
            default: Def::Empty,
            meaning_ja: "起業人ごとに1要素",
            meaning_en: "one element per secondee",
        },
        yen(
            "preparation_cost_yen",
            "円/団体/年度",
            "受入準備経費（募集・PR、協定締結）",
            "preparation (recruitment, PR, agreement)",
        ),
    ],
    params: &[&CS_ACCEPTANCE, &CS_PROJECT, &CS_PROJECT_RATE, &CS_PREPARATION, &CS_PREPARATION_RATE],
    conditions_ja: &[
        "期間 ６ヵ月 ～ ３年",
        "受入団体: ① 3大都市圏外の市町村、又は ② 3大都市圏内の条件不利地域等",
        "起業人は三大都市圏に所在する企業等の社員",
    ],
    run: corporate_secondees,
};

fn corporate_secondees(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    for (i, person) in p.list("persons").iter().enumerate() {
        let label = Label::nth("起業人の受入に要する経費", "Secondee acceptance", "persons", i);
        rate_one_capped(
            calc,
            "acceptance",
            &label,
            person.yen("acceptance_cost_yen"),
            CS_ACCEPTANCE.amount(),
            CS_ACCEPTANCE.quote,
        );
        let label = Label::nth("起業人が発案・提案した事業に要する経費", "Secondee's project", "persons", i);
        let cost = person.yen("project_cost_yen");
        let eligible = calc.cap(&label, cost, CS_PROJECT.amount(), CS_PROJECT.quote, Basis::Seed);
        calc.line("project", &label, cost, eligible, &[(Kind::Special, Frac::from(&CS_PROJECT_RATE))]);
    }
    let label = Label::new("起業人の受入準備経費", "Preparation");
    let cost = p.yen("preparation_cost_yen");
    let eligible = calc.cap(&label, cost, CS_PREPARATION.amount(), CS_PREPARATION.quote, Basis::Seed);
    calc.line("preparation", &label, cost, eligible, &[(Kind::Special, Frac::from(&CS_PREPARATION_RATE))]);
}

// ---------------------------------------------------------------------------------------------
// revitalization_advisors

/// 「◇ 民間専門家等活用 （560万円／年）」(004_8823d3e18bb7fa97.txt)
/// A private expert is covered up to 5,600,000 yen per year (R1).
const AD_PRIVATE: Param = Param::yen("private_expert_cap", 5_600_000, "円/年度", "◇ 民間専門家等活用 （560万円／年）");
/// 「◇ 先進自治体職員（組織）活用 （240万円／年）」(004_8823d3e18bb7fa97.txt)
/// Staff of an advanced municipality are covered up to 2,400,000 yen per year (R1).
const AD_MUNICIPAL: Param =
    Param::yen("municipal_staff_cap", 2_400_000, "円/年度", "◇ 先進自治体職員（組織）活用 （240万円／年）");
/// 「年度内に延べ１０日以上又は５回以上招へい」(004_8823d3e18bb7fa97.txt)
/// The condition: at least 10 days in the year ...
const AD_MIN_DAYS: Param = Param::count(
    "min_invited_days",
    10,
    "日",
    "市町村外在住の外部専門家を年度内に延べ１０日以上又は５回以上招へい（リモート可）して",
);
/// 「年度内に延べ１０日以上又は５回以上招へい」(004_8823d3e18bb7fa97.txt)
/// ... or at least 5 visits.
const AD_MIN_VISITS: Param = Param::count(
    "min_invited_visits",
    5,
    "回",
    "市町村外在住の外部専門家を年度内に延べ１０日以上又は５回以上招へい（リモート可）して",
);
/// 「１市町村当たり、以下に示す額を上限額として、最大３年間」(004_8823d3e18bb7fa97.txt)
/// The measure is used for at most 3 years (R14).
const AD_MAX_YEARS: Param =
    Param::count("max_years", 3, "年", "１市町村当たり、以下に示す額を上限額として、最大３年間");

pub static REVITALIZATION_ADVISORS: Measure = Measure {
    id: "revitalization_advisors",
    name_ja: "地域力創造アドバイザー（外部専門家）",
    name_en: "Regional revitalization advisors",
    ministry: "総務省",
    funds: &["people"],
    source: SEED_004,
    inputs: &[
        Field {
            name: "advisor_kind",
            ty: Ty::Enum(&["private_expert", "municipal_staff"]),
            unit: "",
            required: true,
            default: Def::None,
            meaning_ja: "private_expert 民間専門家等, municipal_staff 先進自治体職員（組織）",
            meaning_en: "the kind of advisor",
        },
        yen_required("cost_yen", "円/年度", "招へいに要する経費（年度）", "the cost of the invitations in the year"),
        Field {
            name: "invited_days",
            ty: Ty::Integer(0),
            unit: "日",
            required: false,
            default: Def::Zero,
            meaning_ja: "年度内の延べ招へい日数",
            meaning_en: "invitation days in the year",
        },
        Field {
            name: "invited_visits",
            ty: Ty::Integer(0),
            unit: "回",
            required: false,
            default: Def::Zero,
            meaning_ja: "年度内の招へい回数",
            meaning_en: "invitations (visits) in the year",
        },
        Field {
            name: "year",
            ty: Ty::Integer(1),
            unit: "年目",
            required: false,
            default: Def::Int(1),
            meaning_ja: "活用の何年目か（1 = 初年度）",
            meaning_en: "the year of use (1 = the first)",
        },
    ],
    params: &[&AD_PRIVATE, &AD_MUNICIPAL, &AD_MIN_DAYS, &AD_MIN_VISITS, &AD_MAX_YEARS],
    conditions_ja: &[
        "市町村外在住の外部専門家であること",
        "地域独自の魅力や価値を向上させる取組を実施すること",
        "地域要件（令和３年度より３大都市圏外の都市地域等も対象）",
    ],
    run: revitalization_advisors,
};

fn revitalization_advisors(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let cap = if p.choice("advisor_kind") == Some("municipal_staff") { &AD_MUNICIPAL } else { &AD_PRIVATE };
    let label = Label::new("地域力創造アドバイザーの招へい経費", "Advisor invitation cost");
    let days = p.int("invited_days").unwrap_or(0);
    let visits = p.int("invited_visits").unwrap_or(0);
    let year = p.int("year").unwrap_or(1);
    let mut ok = true;
    if !(days >= AD_MIN_DAYS.amount() as i64 || visits >= AD_MIN_VISITS.amount() as i64) {
        ok = false;
        calc.fail(
            &label,
            cost,
            "延べ１０日以上又は５回以上",
            "at least 10 days or 5 visits in the year",
            AD_MIN_DAYS.quote,
            Basis::Seed,
        );
    }
    if year > AD_MAX_YEARS.amount() as i64 {
        ok = false;
        calc.fail(&label, cost, "最大３年間", "at most 3 years", AD_MAX_YEARS.quote, Basis::Seed);
    }
    let eligible = if ok { calc.cap(&label, cost, cap.amount(), cap.quote, Basis::Seed) } else { 0 };
    calc.line_rate_one("advisor", &label, cost, eligible);
}

// ---------------------------------------------------------------------------------------------
// project_managers

/// 「地域プロジェクトマネージャーの雇用に要する経費を対象に、650万円/人を上限に特別交付税措置」(004_8823d3e18bb7fa97.txt)
/// Each manager is covered up to 6,500,000 yen per year (R1, R15).
const PM_CAP: Param = Param::yen(
    "manager_cap",
    6_500_000,
    "円/人/年度",
    "地域プロジェクトマネージャーの雇用に要する経費を対象に、650万円/人を上限に特別交付税措置",
);
/// 「１市町村あたり２人、１人あたり３年間を上限」(004_8823d3e18bb7fa97.txt)
/// At most 2 persons per municipality (the first two in list order that meet the year condition, R15).
const PM_MAX_PERSONS: Param = Param::count("max_persons", 2, "人/市町村", "１市町村あたり２人、１人あたり３年間を上限");
/// 「１市町村あたり２人、１人あたり３年間を上限」(004_8823d3e18bb7fa97.txt)
/// At most 3 years per person.
const PM_MAX_YEARS: Param = Param::count("max_years", 3, "年/人", "１市町村あたり２人、１人あたり３年間を上限");

const PM_PERSON_FIELDS: &[Field] = &[
    yen("cost_yen", "円/年度", "雇用に要する経費", "employment cost"),
    Field {
        name: "year",
        ty: Ty::Integer(1),
        unit: "年目",
        required: false,
        default: Def::Int(1),
        meaning_ja: "その人の任用の何年目か",
        meaning_en: "the person's year of service",
    },
];

pub static PROJECT_MANAGERS: Measure = Measure {
    id: "project_managers",
    name_ja: "地域プロジェクトマネージャー",
    name_en: "Regional project managers",
    ministry: "総務省",
    funds: &["people"],
    source: SEED_004,
    inputs: &[Field {
        name: "persons",
        ty: Ty::List(PM_PERSON_FIELDS),
        unit: "",
        required: false,
        default: Def::Empty,
        meaning_ja: "プロマネごとに1要素",
        meaning_en: "one element per project manager",
    }],
    params: &[&PM_CAP, &PM_MAX_PERSONS, &PM_MAX_YEARS],
    conditions_ja: &["地域要件（住民票を条件不利地域へ異動。OB・OGの例外あり）"],
    run: project_managers,
};

fn project_managers(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let mut places = 0u128;
    for (i, person) in p.list("persons").iter().enumerate() {
        let label = Label::nth("地域プロジェクトマネージャーの雇用経費", "Project manager", "persons", i);
        let cost = person.yen("cost_yen");
        let year = person.int("year").unwrap_or(1);
        let eligible = if year > PM_MAX_YEARS.amount() as i64 {
            calc.fail(
                &label,
                cost,
                "１人あたり３年間を上限",
                "at most 3 years per person",
                PM_MAX_YEARS.quote,
                Basis::Seed,
            );
            0
        } else {
            places += 1;
            if places > PM_MAX_PERSONS.amount() {
                calc.fail(
                    &label,
                    cost,
                    "１市町村あたり２人",
                    "at most 2 persons per municipality",
                    PM_MAX_PERSONS.quote,
                    Basis::Inferred,
                );
                0
            } else {
                calc.cap(&label, cost, PM_CAP.amount(), PM_CAP.quote, Basis::Seed)
            }
        };
        calc.line_rate_one("manager", &label, cost, eligible);
    }
}

// ---------------------------------------------------------------------------------------------
// migration

/// 「地方自治体が実施する移住・定住対策に要する経費（措置率０．５×財政力補正）」(004_8823d3e18bb7fa97.txt)
/// Migration measures are covered at 0.5 times the 財政力補正 input, limited to 1 (R16), with no cap.
const MI_RATE: Param = Param::decimal_rate(
    "measures_rate_before_fiscal_correction",
    1,
    2,
    "地方自治体が実施する移住・定住対策に要する経費（措置率０．５×財政力補正）",
);
/// 「（１人当たり３５０万円上限（兼任の場合４０万円上限））」(004_8823d3e18bb7fa97.txt)
/// A full-time coordinator is covered up to 3,500,000 yen (R1).
const MI_COORDINATOR: Param = Param::yen(
    "coordinator_cap",
    3_500_000,
    "円/人",
    "「移住コーディネーター」又は「定住支援員」の設置に要する経費（１人当たり３５０万円上限（兼任の場合４０万円上限））",
);
/// 「（兼任の場合４０万円上限）」(004_8823d3e18bb7fa97.txt)
/// A concurrent (兼任) coordinator is covered up to 400,000 yen (R1).
const MI_CONCURRENT: Param = Param::yen("coordinator_cap_concurrent", 400_000, "円/人", "（兼任の場合４０万円上限）");

const MI_COORDINATOR_FIELDS: &[Field] = &[
    yen("cost_yen", "円/年度", "設置に要する経費", "cost of the post"),
    Field {
        name: "concurrent",
        ty: Ty::Bool,
        unit: "",
        required: false,
        default: Def::False,
        meaning_ja: "兼任",
        meaning_en: "held concurrently with another post",
    },
];

pub static MIGRATION: Measure = Measure {
    id: "migration",
    name_ja: "移住・定住対策（特別交付税措置）",
    name_en: "Migration and settlement measures",
    ministry: "総務省",
    funds: &["people"],
    source: SEED_004,
    inputs: &[
        yen(
            "cost_yen",
            "円/年度",
            "地方自治体が実施する移住・定住対策に要する経費（情報発信、移住体験、しごと、住まい、移住後）",
            "the applicant's migration and settlement measures",
        ),
        Field {
            name: "fiscal_correction",
            ty: Ty::Decimal,
            unit: "係数",
            required: false,
            default: Def::None,
            meaning_ja: FISCAL_CORRECTION_JA,
            meaning_en: "fiscal correction factor (not defined by the source; required when cost_yen > 0)",
        },
        Field {
            name: "coordinators",
            ty: Ty::List(MI_COORDINATOR_FIELDS),
            unit: "",
            required: false,
            default: Def::Empty,
            meaning_ja: "移住コーディネーター又は定住支援員ごとに1要素",
            meaning_en: "one element per migration coordinator or settlement supporter",
        },
    ],
    params: &[&MI_RATE, &MI_COORDINATOR, &MI_CONCURRENT],
    conditions_ja: &["令和３年３月３０日付け総行応第７９号による特別交付税措置の対象となる取組であること"],
    run: migration,
};

fn migration(p: &Parsed, c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    p.need(c, "fiscal_correction", cost > 0, "cost_yen > 0 のとき", "when cost_yen > 0");
    let fc = p.dec("fiscal_correction").unwrap_or(Decimal::ZERO);
    let label = Label::new("移住・定住対策に要する経費", "Migration measures");
    calc.line_fiscal_correction("measures", &label, cost, cost, fc, MI_RATE.quote);
    for (i, co) in p.list("coordinators").iter().enumerate() {
        let label = Label::nth("移住コーディネーター・定住支援員", "Coordinator", "coordinators", i);
        let cap = if co.flag("concurrent") { &MI_CONCURRENT } else { &MI_COORDINATOR };
        rate_one_capped(calc, "coordinator", &label, co.yen("cost_yen"), cap.amount(), cap.quote);
    }
}
