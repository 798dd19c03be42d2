//! 過疎地域持続的発展支援交付金: four programmes (集落ネットワーク圏, 持続的発展支援, 集落再編整備,
//! 遊休施設再整備), each with its cap and rate (総務省「令和５年度 地域力創造グループ施策について」).

use super::inputs::{optional, yen_required, Choice, Def, Field, Parsed, Ty, APPLICANT};
use super::lines::{Calc, Frac, Kind, Label};
use super::readings::{Reading, R3, R6};
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_004};
use crate::engine::finding::Basis;
use crate::engine::scenario::Checker;
use crate::engine::text::Text;

/// 「（定額補助）」「※ 交付対象経費の限度額 1,500万円」(総務省「令和５年度 地域力創造グループ施策について」)
/// ① 集落ネットワーク圏: the cost counts up to 15,000,000 yen and is covered in full (定額, R11).
const NETWORK: Param =
    Param::yen("settlement_network_cap", 15_000_000, Unit::Yen, "（定額補助）※交付対象経費の限度額1,500万円");
/// 「① 専門人材を活用する事業（＋500万円）」(総務省「令和５年度 地域力創造グループ施策について」)
/// Using specialists adds 5,000,000 yen to the cap.
const SPECIALISTS: Param = Param::yen("add_specialists", 5_000_000, Unit::Yen, "① 専門人材を活用する事業（＋500万円）");
/// 「② ＩＣＴ等技術を活用する事業（＋1,000万円）」(総務省「令和５年度 地域力創造グループ施策について」)
/// Using ICT adds 10,000,000 yen.
const ICT: Param = Param::yen("add_ict", 10_000_000, Unit::Yen, "② ＩＣＴ等技術を活用する事業（＋1,000万円）");
/// 「③ 上記（①＋②）併用事業（＋1,500万円）」(総務省「令和５年度 地域力創造グループ施策について」)
/// Both together add 15,000,000 yen.
const BOTH: Param = Param::yen("add_both", 15_000_000, Unit::Yen, "③ 上記（①＋②）併用事業（＋1,500万円）");
/// 「（市町村：定額補助 都道府県：6/10、1/2補助）」「※ 交付対象経費の限度額 2,000万円」(総務省「令和５年度 地域力創造グループ施策について」)
/// ② 持続的発展支援: the cost counts up to 20,000,000 yen, for both classes (R11).
const SUSTAINABLE: Param = Param::yen(
    "sustainable_development_cap",
    20_000_000,
    Unit::Yen,
    "（市町村：定額補助 都道府県：6/10、1/2補助）※過疎地域等自立活性化推進事業を発展的に改組し、事業主体に都道府県を追加※交付対象経費の限度額2,000万円",
);
/// 「（市町村：定額補助 都道府県：6/10、1/2補助）」(総務省「令和５年度 地域力創造グループ施策について」)
/// 定額補助 is read as covering the eligible cost in full (R11).
const FIXED: Param = Param::rate("fixed_subsidy_rate", 1, 1, "定額補助");
/// 「都道府県：6/10、1/2補助」(総務省「令和５年度 地域力創造グループ施策について」)
/// A prefecture's rate 6/10 (which applies is an input, R11).
const PREF_6_10: Param = Param::rate("prefecture_rate_6_10", 6, 10, "都道府県：6/10、1/2補助");
/// 「都道府県：6/10、1/2補助」(総務省「令和５年度 地域力創造グループ施策について」)
/// A prefecture's rate 1/2.
const PREF_1_2: Param = Param::rate("prefecture_rate_1_2", 1, 2, "都道府県：6/10、1/2補助");
/// 「過疎市町村が過疎地域の集落再編を図るために行う次の事業に対して補助（1/2補助）」(総務省「令和５年度 地域力創造グループ施策について」)
/// ③ 集落再編整備 is subsidised at 1/2, with no cap.
const REORGANISATION: Param = Param::rate(
    "settlement_reorganisation_rate",
    1,
    2,
    "過疎市町村が過疎地域の集落再編を図るために行う次の事業に対して補助（1/2補助）",
);
/// 「過疎市町村が過疎地域にある遊休施設を再活用して…施設整備に対して補助（1/3補助）」(総務省「令和５年度 地域力創造グループ施策について」)
/// ④ 遊休施設再整備 is subsidised at 1/3, with no cap.
const IDLE: Param = Param::rate(
    "idle_facilities_rate",
    1,
    3,
    "過疎市町村が過疎地域にある遊休施設を再活用して…施設整備に対して補助（1/3補助）",
);

/// The four programmes; each is also the name of its line.
const L_NETWORK: Text = Text::new("①過疎地域等集落ネットワーク圏形成支援事業", "Settlement network");
const L_SUSTAINABLE: Text = Text::new("②過疎地域持続的発展支援事業", "Sustainable development");
const L_REORGANISATION: Text = Text::new("③過疎地域集落再編整備事業", "Settlement reorganisation");
const L_IDLE: Text = Text::new("④過疎地域遊休施設再整備事業", "Idle facilities");

const PROGRAMMES: &[Choice] = &[
    Choice {
        value: "settlement_network",
        label: Text::new("①過疎地域等集落ネットワーク圏形成支援事業", "① Settlement network"),
    },
    Choice {
        value: "sustainable_development",
        label: Text::new("②過疎地域持続的発展支援事業", "② Sustainable development"),
    },
    Choice {
        value: "settlement_reorganisation",
        label: Text::new("③過疎地域集落再編整備事業", "③ Settlement reorganisation"),
    },
    Choice {
        value: "idle_facilities", label: Text::new("④過疎地域遊休施設再整備事業", "④ Idle facilities")
    },
];

const PREFECTURE_RATES: &[Choice] = &[
    Choice { value: "6/10", label: Text::new("6/10補助", "6/10") },
    Choice { value: "1/2", label: Text::new("1/2補助", "1/2") },
];

const INPUTS: &[Field] = &[
    Field {
        name: "programme",
        ty: Ty::Enum(PROGRAMMES),
        unit: Unit::None,
        required: true,
        default: Def::None,
        label: Some(Text::new("事業", "Programme")),
        meaning: Text::new(
            "settlement_network ①集落ネットワーク圏形成支援, sustainable_development ②持続的発展支援, settlement_reorganisation ③集落再編整備, idle_facilities ④遊休施設再整備",
            "which of the four programmes",
        ),
    },
    yen_required("cost_yen", Unit::Yen, Text::new("交付対象経費", "the eligible cost")),
    optional(
        "specialists",
        Ty::Bool,
        Unit::None,
        Def::False,
        Text::new("① のみ: 専門人材を活用する事業", "① only: uses specialists"),
    ),
    optional("ict", Ty::Bool, Unit::None, Def::False, Text::new("① のみ: ＩＣＴ等技術を活用する事業", "① only: uses ICT")),
    Field {
        name: "applicant",
        ty: Ty::Enum(APPLICANT),
        unit: Unit::None,
        required: false,
        default: Def::Str("municipality"),
        label: Some(Text::new("申請者", "Applicant")),
        meaning: Text::new("② のみ: municipality 市町村, prefecture 都道府県", "② only: the applicant's class"),
    },
    Field {
        name: "prefecture_rate",
        ty: Ty::Enum(PREFECTURE_RATES),
        unit: Unit::None,
        required: false,
        default: Def::None,
        label: Some(Text::new("都道府県の補助率（②のみ）", "Prefecture's rate (② only)")),
        meaning: Text::new(
            "② のみ: 都道府県の補助率（programme が sustainable_development で applicant が prefecture のとき必須）",
            "② only: the prefecture's rate (required for a prefecture under sustainable_development)",
        ),
    },
];

/// R11: the programmes by content; 定額補助 in full; the prefecture's rate is an input.
const R11: Reading = Reading {
    id: "R11",
    text: Text::new(
        "過疎地域持続的発展支援交付金の4事業は内容で割り当て、予算額の合計（8.0億円）で確かめています。「定額補助」は限度額まで全額と読みます。都道府県の「6/10、1/2補助」はどちらかを入力で選びます。2,000万円の限度額は市町村・都道府県の両方に適用します。",
        "The four programmes are assigned by content (their budgets add up to the stated 800 million yen). 「定額補助」 covers the cost in full up to the cap; the prefecture's 6/10 or 1/2 is an input; the 20 million yen cap applies to both.",
    ),
};

pub static MEASURE: Measure = Measure {
    id: "depopulation_grant",
    name: Text::new(
        "過疎地域持続的発展支援交付金（集落ネットワーク圏・持続的発展支援・集落再編整備・遊休施設再整備）",
        "Grant for the sustainable development of depopulated areas",
    ),
    ministry: Ministry::InternalAffairs,
    funds: &[Fund::Kaso],
    source: SEED_004,
    summary: Text::new(
        "過疎地域の集落ネットワーク圏・持続的発展・集落再編・遊休施設再整備の4事業への交付金（限度額・上乗せ・補助率は事業ごと）。",
        "Grant for four programmes in depopulated areas (network of settlements, sustainable development, reorganisation, idle facilities), each with its cap and rate.",
    ),
    inputs: INPUTS,
    params: &[
        &NETWORK,
        &SPECIALISTS,
        &ICT,
        &BOTH,
        &SUSTAINABLE,
        &FIXED,
        &PREF_6_10,
        &PREF_1_2,
        &REORGANISATION,
        &IDLE,
    ],
    conditions_ja: &["過疎市町村（②は都道府県も）が過疎地域で行う事業であること"],
    not_computed: &[],
    readings: &[&R3, &R6, &R11],
    covers: &[Kind::National],
    bond: false,
    bearer: Bearer::Applicant,
    run,
};

fn run(p: &Parsed, c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let programme = p.choice("programme");
    let prefecture = p.choice("applicant") == Some("prefecture");
    p.need(
        c,
        "prefecture_rate",
        programme == Some("sustainable_development") && prefecture,
        "programme が sustainable_development で applicant が prefecture のとき",
        "when programme is sustainable_development and applicant is prefecture",
    );
    let national = |rate: &Param| [(Kind::National, Frac::from(rate))];
    match programme.unwrap_or("settlement_network") {
        "sustainable_development" => {
            let label = Label::of(&L_SUSTAINABLE);
            let eligible = calc.cap(&label, cost, SUSTAINABLE.amount(), SUSTAINABLE.quote, Basis::Seed);
            let rate = match (prefecture, p.choice("prefecture_rate")) {
                (false, _) => &FIXED,
                (true, Some("6/10")) => &PREF_6_10,
                (true, _) => &PREF_1_2,
            };
            calc.line("sustainable_development", &label, cost, eligible, &national(rate));
        }
        "settlement_reorganisation" => {
            let label = Label::of(&L_REORGANISATION);
            calc.line("settlement_reorganisation", &label, cost, cost, &national(&REORGANISATION));
        }
        "idle_facilities" => {
            calc.line("idle_facilities", &Label::of(&L_IDLE), cost, cost, &national(&IDLE));
        }
        _ => {
            let label = Label::of(&L_NETWORK);
            let add = match (p.flag("specialists"), p.flag("ict")) {
                (true, true) => Some(&BOTH),
                (true, false) => Some(&SPECIALISTS),
                (false, true) => Some(&ICT),
                (false, false) => None,
            };
            let cap = NETWORK.amount() + add.map_or(0, |a| a.amount());
            let quotes: &[&'static str] = match add {
                Some(a) => &[NETWORK.quote, a.quote],
                None => &[NETWORK.quote],
            };
            let eligible = calc.cap_parts(&label, cost, cap, quotes, Basis::Seed);
            calc.line("settlement_network", &label, cost, eligible, &national(&FIXED));
        }
    }
}
