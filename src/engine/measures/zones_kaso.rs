//! 圏域・過疎: 定住自立圏, 過疎対策事業債, 過疎地域持続的発展支援交付金 (MEASURES.md §8.8; 004_8823d3e18bb7fa97.txt).

use super::inputs::{yen, yen_required, Def, Field, Parsed, Ty};
use super::lines::{Calc, Frac, Kind, Label};
use super::{Measure, Param, SEED_004};
use crate::engine::finding::{Basis, Code, Severity};
use crate::engine::scenario::Checker;

// ---------------------------------------------------------------------------------------------
// settlement_zone

/// 「（中心市 4,000万円程度→8,500万円程度（H26））」(004_8823d3e18bb7fa97.txt)
/// A central city's 包括的財政措置 is capped at 85,000,000 yen a year, applied as stated though 「程度」 (R10).
const SZ_CENTRAL: Param =
    Param::yen("comprehensive_cap_central_city", 85_000_000, "円/年度", "（中心市4,000万円程度→8,500万円程度（H26））");
/// 「（近隣市町村 1,000万円→1,500万円（H26）→1,800万円（R3））」(004_8823d3e18bb7fa97.txt)
/// A neighbouring municipality's 包括的財政措置 is capped at 18,000,000 yen a year (the 令和3年度 figure, R10).
const SZ_NEIGHBOUR: Param = Param::yen(
    "comprehensive_cap_neighbour",
    18_000_000,
    "円/年度",
    "（近隣市町村1,000万円→1,500万円（H26）→1,800万円（R3））",
);
/// 「地域活性化事業債を充当※ （充当率90％、交付税算入率30％）」(004_8823d3e18bb7fa97.txt)
/// The bond finances 90% of the eligible cost.
const SZ_CHARGE: Param =
    Param::decimal_rate("bond_charge_rate", 9, 10, "地域活性化事業債を充当※（充当率90％、交付税算入率30％）");
/// 「地域活性化事業債を充当※ （充当率90％、交付税算入率30％）」(004_8823d3e18bb7fa97.txt)
/// 30% of the bond is counted in the 交付税, filed as `ordinary_allocation_tax` (R9).
const SZ_MEASURE: Param =
    Param::decimal_rate("bond_allocation_tax_rate", 3, 10, "地域活性化事業債を充当※（充当率90％、交付税算入率30％）");
/// 「※医療・福祉、産業振興、公共交通の３分野に限る」(004_8823d3e18bb7fa97.txt)
/// The bond applies to three fields only.
const SZ_FIELDS_QUOTE: &str = "※医療・福祉、産業振興、公共交通の３分野に限る";

pub static SETTLEMENT_ZONE: Measure = Measure {
    id: "settlement_zone",
    name_ja: "定住自立圏（包括的財政措置・地域活性化事業債）",
    name_en: "Settlement and self-reliance zones",
    ministry: "総務省",
    funds: &["regional", "facilities"],
    source: SEED_004,
    inputs: &[
        Field {
            name: "role",
            ty: Ty::Enum(&["central_city", "neighbour"]),
            unit: "",
            required: false,
            default: Def::None,
            meaning_ja: "central_city 中心市, neighbour 近隣市町村（cost_yen > 0 のとき必須）",
            meaning_en: "the applicant's role (required when cost_yen > 0)",
        },
        yen("cost_yen", "円/年度", "圏域の取組に要する経費（年度）: 包括的財政措置の対象", "the zone's measures in the year"),
        yen("bond_cost_yen", "円", "地域活性化事業債を充てる事業費", "the project cost financed by the bond"),
        Field {
            name: "bond_field",
            ty: Ty::Enum(&["medical_welfare", "industry", "public_transport", "other"]),
            unit: "",
            required: false,
            default: Def::None,
            meaning_ja: "medical_welfare 医療・福祉, industry 産業振興, public_transport 公共交通, other その他（bond_cost_yen > 0 のとき必須）",
            meaning_en: "the bond project's field (required when bond_cost_yen > 0)",
        },
    ],
    params: &[&SZ_CENTRAL, &SZ_NEIGHBOUR, &SZ_CHARGE, &SZ_MEASURE],
    conditions_ja: &[
        "中心市宣言、定住自立圏形成協定、共生ビジョンの策定",
        "中心市は「人口５万人程度以上」「昼夜間人口比率１以上」「原則３大都市圏外」",
    ],
    run: settlement_zone,
};

fn settlement_zone(p: &Parsed, c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let bond_cost = p.yen("bond_cost_yen");
    p.need(c, "role", cost > 0, "cost_yen > 0 のとき", "when cost_yen > 0");
    p.need(c, "bond_field", bond_cost > 0, "bond_cost_yen > 0 のとき", "when bond_cost_yen > 0");
    let label = Label::new("包括的財政措置", "Comprehensive measure");
    let central = p.choice("role") == Some("central_city");
    let (cap, basis) = if central { (&SZ_CENTRAL, Basis::Inferred) } else { (&SZ_NEIGHBOUR, Basis::Seed) };
    let eligible = calc.cap(&label, cost, cap.amount(), cap.quote, basis);
    calc.line_rate_one("comprehensive", &label, cost, eligible);
    if central && cost > 0 {
        calc.finding(
            Code::ApproximateAmount,
            Severity::Warning,
            Basis::Inferred,
            SZ_CENTRAL.quote,
            "中心市の包括的財政措置は資料上「8,500万円程度」であり、85,000,000円として計算しました（前提 R10）".into(),
            "The central city's cap is given as \"about 85 million yen\" and is applied as 85,000,000 yen (reading R10)".into(),
        );
    }
    let label = Label::new("地域活性化事業債", "Regional revitalization bond");
    let field = p.choice("bond_field");
    let eligible = if field == Some("other") {
        calc.fail(
            &label,
            bond_cost,
            "医療・福祉、産業振興、公共交通の３分野に限る",
            "the three fields of medical care and welfare, industry, public transport only",
            SZ_FIELDS_QUOTE,
            Basis::Seed,
        );
        0
    } else {
        bond_cost
    };
    calc.bond_line("bond", &label, bond_cost, eligible, Frac::from(&SZ_CHARGE), Frac::from(&SZ_MEASURE));
    if eligible > 0 {
        bond_principal_only(calc, SZ_MEASURE.quote);
    }
}

/// R9: interest and term are not in the source, so the 交付税措置 is on the principal only.
fn bond_principal_only(calc: &mut Calc, quote: &str) {
    calc.finding(
        Code::BondPrincipalOnly,
        Severity::Warning,
        Basis::Inferred,
        quote,
        "地方債の交付税措置は元金のみで計算しました（資料に利率・償還期間の記載がないため。前提 R9）".into(),
        "The bond's allocation-tax measure is computed on the principal only; the source gives no interest rate or term (reading R9)".into(),
    );
}

// ---------------------------------------------------------------------------------------------
// depopulation_bond

/// 「【充当率】 １００％」(004_8823d3e18bb7fa97.txt)
/// The bond finances the whole cost.
const DB_CHARGE: Param = Param::decimal_rate("bond_charge_rate", 1, 1, "【充当率】 １００％");
/// 「【元利償還金に対する交付税措置率】 ７０％」(004_8823d3e18bb7fa97.txt)
/// 70% of the bond is covered by the 交付税措置, filed as `ordinary_allocation_tax` (R9).
const DB_MEASURE: Param =
    Param::decimal_rate("bond_allocation_tax_rate", 7, 10, "【元利償還金に対する交付税措置率】 ７０％");

pub static DEPOPULATION_BOND: Measure = Measure {
    id: "depopulation_bond",
    name_ja: "過疎対策事業債",
    name_en: "Depopulation countermeasure bonds",
    ministry: "総務省",
    funds: &["kaso", "facilities"],
    source: SEED_004,
    inputs: &[yen_required(
        "cost_yen",
        "円/事業",
        "事業費（ハード分、又はソフト分「出資及び施設整備費を除く」）",
        "the project cost (hard, or soft excluding investment and facilities)",
    )],
    params: &[&DB_CHARGE, &DB_MEASURE],
    conditions_ja: &[
        "過疎市町村が過疎地域持続的発展市町村計画に基づいて行う事業であること",
        "ハード分は対象施設に限る",
    ],
    run: depopulation_bond,
};

fn depopulation_bond(p: &Parsed, _c: &mut Checker, calc: &mut Calc) {
    let cost = p.yen("cost_yen");
    let label = Label::new("過疎対策事業債", "Depopulation bond");
    calc.bond_line("bond", &label, cost, cost, Frac::from(&DB_CHARGE), Frac::from(&DB_MEASURE));
    bond_principal_only(calc, DB_MEASURE.quote);
}

// ---------------------------------------------------------------------------------------------
// depopulation_grant

/// 「（定額補助）」「※ 交付対象経費の限度額 1,500万円」(004_8823d3e18bb7fa97.txt)
/// ① 集落ネットワーク圏: the cost counts up to 15,000,000 yen and is covered in full (定額, R11).
const DG_NETWORK: Param =
    Param::yen("settlement_network_cap", 15_000_000, "円", "（定額補助）※交付対象経費の限度額1,500万円");
/// 「① 専門人材を活用する事業（＋500万円）」(004_8823d3e18bb7fa97.txt)
/// Using specialists adds 5,000,000 yen to the cap.
const DG_SPECIALISTS: Param = Param::yen("add_specialists", 5_000_000, "円", "① 専門人材を活用する事業（＋500万円）");
/// 「② ＩＣＴ等技術を活用する事業（＋1,000万円）」(004_8823d3e18bb7fa97.txt)
/// Using ICT adds 10,000,000 yen.
const DG_ICT: Param = Param::yen("add_ict", 10_000_000, "円", "② ＩＣＴ等技術を活用する事業（＋1,000万円）");
/// 「③ 上記（①＋②）併用事業（＋1,500万円）」(004_8823d3e18bb7fa97.txt)
/// Both together add 15,000,000 yen.
const DG_BOTH: Param = Param::yen("add_both", 15_000_000, "円", "③ 上記（①＋②）併用事業（＋1,500万円）");
/// 「（市町村：定額補助 都道府県：6/10、1/2補助）」「※ 交付対象経費の限度額 2,000万円」(004_8823d3e18bb7fa97.txt)
/// ② 持続的発展支援: the cost counts up to 20,000,000 yen, for both classes (R11).
const DG_SUSTAINABLE: Param = Param::yen(
    "sustainable_development_cap",
    20_000_000,
    "円",
    "（市町村：定額補助 都道府県：6/10、1/2補助）※過疎地域等自立活性化推進事業を発展的に改組し、事業主体に都道府県を追加※交付対象経費の限度額2,000万円",
);
/// 「（市町村：定額補助 都道府県：6/10、1/2補助）」(004_8823d3e18bb7fa97.txt)
/// 定額補助 is read as covering the eligible cost in full (R11).
const DG_FIXED: Param = Param::rate("fixed_subsidy_rate", 1, 1, "定額補助");
/// 「都道府県：6/10、1/2補助」(004_8823d3e18bb7fa97.txt)
/// A prefecture's rate 6/10 (which applies is an input, R11).
const DG_PREF_6_10: Param = Param::rate("prefecture_rate_6_10", 6, 10, "都道府県：6/10、1/2補助");
/// 「都道府県：6/10、1/2補助」(004_8823d3e18bb7fa97.txt)
/// A prefecture's rate 1/2.
const DG_PREF_1_2: Param = Param::rate("prefecture_rate_1_2", 1, 2, "都道府県：6/10、1/2補助");
/// 「過疎市町村が過疎地域の集落再編を図るために行う次の事業に対して補助（1/2補助）」(004_8823d3e18bb7fa97.txt)
/// ③ 集落再編整備 is subsidised at 1/2, with no cap.
const DG_REORGANISATION: Param = Param::rate(
    "settlement_reorganisation_rate",
    1,
    2,
    "過疎市町村が過疎地域の集落再編を図るために行う次の事業に対して補助（1/2補助）",
);
/// 「過疎市町村が過疎地域にある遊休施設を再活用して…施設整備に対して補助（1/3補助）」(004_8823d3e18bb7fa97.txt)
/// ④ 遊休施設再整備 is subsidised at 1/3, with no cap.
const DG_IDLE: Param = Param::rate(
    "idle_facilities_rate",
    1,
    3,
    "過疎市町村が過疎地域にある遊休施設を再活用して…施設整備に対して補助（1/3補助）",
);

const DG_PROGRAMMES: &[&str] =
    &["settlement_network", "sustainable_development", "settlement_reorganisation", "idle_facilities"];

pub static DEPOPULATION_GRANT: Measure = Measure {
    id: "depopulation_grant",
    name_ja: "過疎地域持続的発展支援交付金（集落ネットワーク圏・持続的発展支援・集落再編整備・遊休施設再整備）",
    name_en: "Grant for the sustainable development of depopulated areas",
    ministry: "総務省",
    funds: &["kaso"],
    source: SEED_004,
    inputs: &[
        Field {
            name: "programme",
            ty: Ty::Enum(DG_PROGRAMMES),
            unit: "",
            required: true,
            default: Def::None,
            meaning_ja: "settlement_network ①集落ネットワーク圏形成支援, sustainable_development ②持続的発展支援, settlement_reorganisation ③集落再編整備, idle_facilities ④遊休施設再整備",
            meaning_en: "which of the four programmes",
        },
        yen_required("cost_yen", "円", "交付対象経費", "the eligible cost"),
        Field {
            name: "specialists",
            ty: Ty::Bool,
            unit: "",
            required: false,
            default: Def::False,
            meaning_ja: "① のみ: 専門人材を活用する事業",
            meaning_en: "① only: uses specialists",
        },
        Field {
            name: "ict",
            ty: Ty::Bool,
            unit: "",
            required: false,
            default: Def::False,
            meaning_ja: "① のみ: ＩＣＴ等技術を活用する事業",
            meaning_en: "① only: uses ICT",
        },
        Field {
            name: "applicant",
            ty: Ty::Enum(&["municipality", "prefecture"]),
            unit: "",
            required: false,
            default: Def::Str("municipality"),
            meaning_ja: "② のみ: municipality 市町村, prefecture 都道府県",
            meaning_en: "② only: the applicant's class",
        },
        Field {
            name: "prefecture_rate",
            ty: Ty::Enum(&["6/10", "1/2"]),
            unit: "",
            required: false,
            default: Def::None,
            meaning_ja: "② のみ: 都道府県の補助率（programme が sustainable_development で applicant が prefecture のとき必須）",
            meaning_en: "② only: the prefecture's rate (required for a prefecture under sustainable_development)",
        },
    ],
    params: &[
        &DG_NETWORK,
        &DG_SPECIALISTS,
        &DG_ICT,
        &DG_BOTH,
        &DG_SUSTAINABLE,
        &DG_FIXED,
        &DG_PREF_6_10,
        &DG_PREF_1_2,
        &DG_REORGANISATION,
        &DG_IDLE,
    ],
    conditions_ja: &["過疎市町村（②は都道府県も）が過疎地域で行う事業であること"],
    run: depopulation_grant,
};

fn depopulation_grant(p: &Parsed, c: &mut Checker, calc: &mut Calc) {
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
    match programme.unwrap_or("settlement_network") {
        "sustainable_development" => {
            let label = Label::new("②過疎地域持続的発展支援事業", "Sustainable development");
            let eligible = calc.cap(&label, cost, DG_SUSTAINABLE.amount(), DG_SUSTAINABLE.quote, Basis::Seed);
            let rate = match (prefecture, p.choice("prefecture_rate")) {
                (false, _) => &DG_FIXED,
                (true, Some("6/10")) => &DG_PREF_6_10,
                (true, _) => &DG_PREF_1_2,
            };
            calc.line("sustainable_development", &label, cost, eligible, &[(Kind::National, Frac::from(rate))]);
        }
        "settlement_reorganisation" => {
            let label = Label::new("③過疎地域集落再編整備事業", "Settlement reorganisation");
            calc.line(
                "settlement_reorganisation",
                &label,
                cost,
                cost,
                &[(Kind::National, Frac::from(&DG_REORGANISATION))],
            );
        }
        "idle_facilities" => {
            let label = Label::new("④過疎地域遊休施設再整備事業", "Idle facilities");
            calc.line("idle_facilities", &label, cost, cost, &[(Kind::National, Frac::from(&DG_IDLE))]);
        }
        _ => {
            let label = Label::new("①過疎地域等集落ネットワーク圏形成支援事業", "Settlement network");
            let add = match (p.flag("specialists"), p.flag("ict")) {
                (true, true) => Some(&DG_BOTH),
                (true, false) => Some(&DG_SPECIALISTS),
                (false, true) => Some(&DG_ICT),
                (false, false) => None,
            };
            let cap = DG_NETWORK.amount() + add.map_or(0, |a| a.amount());
            let quote = match add {
                Some(a) => format!("{}」「{}", DG_NETWORK.quote, a.quote),
                None => DG_NETWORK.quote.to_string(),
            };
            let eligible = calc.cap(&label, cost, cap, &quote, Basis::Seed);
            calc.line("settlement_network", &label, cost, eligible, &[(Kind::National, Frac::from(&DG_FIXED))]);
        }
    }
}
