//! 定住自立圏（包括的財政措置・地域活性化事業債）: the zone's 包括的財政措置 by role, and the regional
//! revitalization bond for three fields (総務省「令和５年度 地域力創造グループ施策について」).

use super::inputs::{yen, Choice, Def, Field, Parsed, Ty};
use super::lines::{Calc, Frac, Kind, Label};
use super::readings::{Reading, R1, R2, R6, R9};
use super::terms::{Bearer, Fund, Ministry, Unit};
use super::{Measure, Param, SEED_004};
use crate::engine::finding::{Basis, Code, Severity};
use crate::engine::scenario::Checker;
use crate::engine::text::Text;

/// 「（中心市 4,000万円程度→8,500万円程度（H26））」(総務省「令和５年度 地域力創造グループ施策について」)
/// A central city's 包括的財政措置 is capped at 85,000,000 yen a year, applied as stated though 「程度」 (R10).
const CENTRAL: Param = Param::yen(
    "comprehensive_cap_central_city",
    85_000_000,
    Unit::YenPerYear,
    "（中心市4,000万円程度→8,500万円程度（H26））",
);
/// 「（近隣市町村 1,000万円→1,500万円（H26）→1,800万円（R3））」(総務省「令和５年度 地域力創造グループ施策について」)
/// A neighbouring municipality's 包括的財政措置 is capped at 18,000,000 yen a year (the 令和3年度 figure, R10).
const NEIGHBOUR: Param = Param::yen(
    "comprehensive_cap_neighbour",
    18_000_000,
    Unit::YenPerYear,
    "（近隣市町村1,000万円→1,500万円（H26）→1,800万円（R3））",
);
/// 「地域活性化事業債を充当※ （充当率90％、交付税算入率30％）」(総務省「令和５年度 地域力創造グループ施策について」)
/// The bond finances 90% of the eligible cost.
const CHARGE: Param =
    Param::decimal_rate("bond_charge_rate", 9, 10, "地域活性化事業債を充当※（充当率90％、交付税算入率30％）");
/// 「地域活性化事業債を充当※ （充当率90％、交付税算入率30％）」(総務省「令和５年度 地域力創造グループ施策について」)
/// 30% of the bond is counted in the 交付税, filed as `ordinary_allocation_tax` (R9).
const MEASURE_RATE: Param =
    Param::decimal_rate("bond_allocation_tax_rate", 3, 10, "地域活性化事業債を充当※（充当率90％、交付税算入率30％）");
/// 「※医療・福祉、産業振興、公共交通の３分野に限る」(総務省「令和５年度 地域力創造グループ施策について」)
/// The bond applies to three fields only.
const FIELDS_QUOTE: &str = "※医療・福祉、産業振興、公共交通の３分野に限る";

const ROLES: &[Choice] = &[
    Choice { value: "central_city", label: Text::new("中心市", "Central city") },
    Choice { value: "neighbour", label: Text::new("近隣市町村", "Neighbouring municipality") },
];

const BOND_FIELDS: &[Choice] = &[
    Choice { value: "medical_welfare", label: Text::new("医療・福祉", "Medical care and welfare") },
    Choice { value: "industry", label: Text::new("産業振興", "Industry") },
    Choice { value: "public_transport", label: Text::new("公共交通", "Public transport") },
    Choice { value: "other", label: Text::new("その他（対象外）", "Other (not eligible)") },
];

const INPUTS: &[Field] = &[
    Field {
        name: "role",
        ty: Ty::Enum(ROLES),
        unit: Unit::None,
        required: false,
        default: Def::None,
        label: Some(Text::new("圏域での役割", "Role in the zone")),
        meaning: Text::new(
            "中心市 又は 近隣市町村（経費が0より大きいとき必須）",
            "the applicant's role (required when the cost is above 0)",
        ),
    },
    yen(
        "cost_yen",
        Unit::YenPerYear,
        Text::new("圏域の取組に要する経費（年度）: 包括的財政措置の対象", "the zone's measures in the year"),
    ),
    yen(
        "bond_cost_yen",
        Unit::Yen,
        Text::new("地域活性化事業債を充てる事業費", "the project cost financed by the bond"),
    ),
    Field {
        name: "bond_field",
        ty: Ty::Enum(BOND_FIELDS),
        unit: Unit::None,
        required: false,
        default: Def::None,
        label: Some(Text::new("地域活性化事業債の事業分野", "Field of the bond project")),
        meaning: Text::new(
            "医療・福祉、産業振興、公共交通 又は その他（地方債の対象経費が0より大きいとき必須）",
            "the bond project's field (required when the bond project's cost is above 0)",
        ),
    },
];

const L_COMPREHENSIVE: Text = Text::new("包括的財政措置", "Comprehensive measure");
const L_BOND: Text = Text::new("地域活性化事業債", "Regional revitalization bond");

/// R10: the latest amounts as annual caps; 「程度」 applied as stated.
const R10: Reading = Reading {
    id: "R10",
    text: Text::new(
        "定住自立圏の包括的財政措置は最新の額（中心市 8,500万円程度（H26）、近隣市町村 1,800万円（R3））を年度の上限とします。「程度」はその額で計算し、指摘を出します。",
        "The latest amounts apply as annual caps (central city about 85 million yen, neighbours 18 million); 「程度」 (about) is applied as stated, with a warning.",
    ),
};

pub static MEASURE: Measure = Measure {
    id: "settlement_zone",
    name: Text::new("定住自立圏（包括的財政措置・地域活性化事業債）", "Settlement and self-reliance zones"),
    ministry: Ministry::InternalAffairs,
    funds: &[Fund::Regional, Fund::Facilities],
    source: SEED_004,
    summary: Text::new(
        "定住自立圏の包括的財政措置（中心市8,500万円程度、近隣市町村1,800万円）と地域活性化事業債（充当率90％、算入率30％）。",
        "Comprehensive measure for settlement zones (central city about 85 million yen, neighbours 18 million) and the regional revitalization bond (90% financed, 30% counted).",
    ),
    inputs: INPUTS,
    params: &[&CENTRAL, &NEIGHBOUR, &CHARGE, &MEASURE_RATE],
    conditions_ja: &[
        "中心市宣言、定住自立圏形成協定、共生ビジョンの策定",
        "中心市は「人口５万人程度以上」「昼夜間人口比率１以上」「原則３大都市圏外」",
    ],
    not_computed: &[],
    readings: &[&R1, &R2, &R6, &R9, &R10],
    covers: &[Kind::Special, Kind::Ordinary],
    bond: true,
    bearer: Bearer::Applicant,
    run,
};

fn run(p: &Parsed, c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let bond_cost = p.yen("bond_cost_yen");
    p.need(c, "role", cost > 0, "経費が0より大きいとき", "when the cost is above 0");
    p.need(
        c,
        "bond_field",
        bond_cost > 0,
        "地方債の対象経費が0より大きいとき",
        "when the bond project's cost is above 0",
    );
    let label = Label::of(&L_COMPREHENSIVE);
    let central = p.choice("role") == Some("central_city");
    let (cap, basis) = if central { (&CENTRAL, Basis::Inferred) } else { (&NEIGHBOUR, Basis::Seed) };
    let eligible = calc.cap(&label, cost, cap.amount(), cap.quote, basis);
    calc.line_rate_one("comprehensive", &label, cost, eligible);
    if central && cost > 0 {
        calc.finding(
            Code::ApproximateAmount,
            Severity::Warning,
            Basis::Inferred,
            CENTRAL.quote,
            "中心市の包括的財政措置は資料上「8,500万円程度」であり、85,000,000円として計算しました（前提 R10）".into(),
            "The central city's cap is given as \"about 85 million yen\" and is applied as 85,000,000 yen (reading R10)".into(),
        );
    }
    let label = Label::of(&L_BOND);
    let eligible = if p.choice("bond_field") == Some("other") {
        calc.fail(
            &label,
            bond_cost,
            "医療・福祉、産業振興、公共交通の３分野に限る",
            "the three fields of medical care and welfare, industry, public transport only",
            FIELDS_QUOTE,
            Basis::Seed,
        );
        0
    } else {
        bond_cost
    };
    calc.bond_line("bond", &label, bond_cost, eligible, Frac::from(&CHARGE), Frac::from(&MEASURE_RATE));
    if eligible > 0 {
        calc.bond_principal_only(MEASURE_RATE.quote);
    }
}
