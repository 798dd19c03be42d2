//! Every number of the two rule sets: one table per rule set, each entry with its value, unit, fiscal
//! year, whether the source calls it a 目安, and its source (the source slide + quoted phrase, or the
//! public document that states it). The engine reads its numbers from here and nowhere else;
//! `kofukin params` and the app's 根拠 panel print this same table.
//!
//! A quoted phrase of a seed is the seed's text with its line breaks removed (the slides were
//! extracted with odd breaks); a test checks that every such quote occurs in its seed.

use crate::engine::basis::{Basis, OPEN_LABEL};
use crate::engine::money::{Rate, Yen};
use crate::engine::rule_set::RuleSetId;
use crate::engine::scenario::Class;
use crate::engine::sources::{self, SourceRef};
use crate::engine::text::{Lang, Text};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// The value of a parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Value {
    /// An amount (億円 in the table).
    Oku(Yen),
    /// A count of applications (件).
    Count(u32),
    /// A rate such as 1/2.
    Rate(Rate),
    /// A number of fiscal years (年度).
    Years(u32),
    /// A rule that is not a number (which sectors, what is required), in Japanese.
    Rule(&'static str),
    /// The end of a fiscal year (西暦 of the April start), e.g. 2027 for 令和９年度末.
    FiscalYearEnd(u32),
    /// 未公表: no source settles it; never applied.
    Unpublished,
}

/// One parameter.
#[derive(Clone, Copy, Debug)]
pub struct Param {
    pub id: &'static str,
    /// The rule set it belongs to; None for the local-share layers that both share.
    pub rule_set: Option<RuleSetId>,
    /// The class it applies to; None for every class.
    pub class: Option<Class>,
    pub label_ja: &'static str,
    pub label_en: &'static str,
    pub value: Value,
    /// Unit as the sources write it: 億円/年度, 億円/計画期間, 億円/事業, 件, 年度, 割合.
    pub unit: &'static str,
    /// Fiscal year or date of the source.
    pub as_of: &'static str,
    /// The source calls it a 目安 (guideline): a cap only while `guidelines_as_caps` is true.
    pub guideline: bool,
    /// The document it comes from, the place in it and the phrase quoted verbatim (none where the
    /// document states no phrase for it: then `note` says why).
    pub source_ref: SourceRef,
    /// An explanation where there is no quote or the quote needs one (Japanese, English).
    note: Option<(&'static str, &'static str)>,
    /// For a reference value: the id of the open parameter it stands for (docs/rules.md, "Reference
    /// values"); applied only when the scenario asks for reference values.
    pub reference_for: Option<&'static str>,
    pub basis: Basis,
}

impl Param {
    const fn new(
        id: &'static str,
        label_ja: &'static str,
        label_en: &'static str,
        value: Value,
        unit: &'static str,
    ) -> Param {
        Param {
            id,
            rule_set: None,
            class: None,
            label_ja,
            label_en,
            value,
            unit,
            as_of: "",
            guideline: false,
            source_ref: SourceRef::new(sources::RULES),
            note: None,
            reference_for: None,
            basis: Basis::Seed,
        }
    }
    const fn gen1(mut self) -> Param {
        self.rule_set = Some(RuleSetId::Gen1);
        self.as_of = GEN1_AS_OF;
        self
    }
    const fn gen2(mut self) -> Param {
        self.rule_set = Some(RuleSetId::Gen2);
        self.as_of = GEN2_AS_OF;
        self
    }
    const fn class(mut self, c: Class) -> Param {
        self.class = Some(c);
        self
    }
    const fn guideline(mut self) -> Param {
        self.guideline = true;
        self
    }
    /// The document `source` (a registry id) and the phrase quoted verbatim from it.
    const fn from(mut self, source: &'static str, quote: &'static str, basis: Basis) -> Param {
        self.source_ref = SourceRef::new(source).quote(quote);
        self.basis = basis;
        self
    }
    /// The document `source`, which states no phrase for this value; the note says what it rests on.
    const fn unquoted(mut self, source: &'static str, note: (&'static str, &'static str), basis: Basis) -> Param {
        self.source_ref = SourceRef::new(source);
        self.note = Some(note);
        self.basis = basis;
        self
    }
    /// The place in the document (its own mark, e.g. 「注3」).
    const fn at(mut self, location: &'static str) -> Param {
        self.source_ref = self.source_ref.at(location);
        self
    }
    /// An explanation beside the quote.
    const fn with_note(mut self, note: (&'static str, &'static str)) -> Param {
        self.note = Some(note);
        self
    }
    const fn as_of(mut self, as_of: &'static str) -> Param {
        self.as_of = as_of;
        self
    }
    const fn id(mut self, id: &'static str) -> Param {
        self.id = id;
        self
    }
    /// A reference value standing for the open parameter `id`.
    const fn reference_for(mut self, id: &'static str) -> Param {
        self.reference_for = Some(id);
        self
    }

    /// The citation a person reads: document, date and place (docs/format.md, "Sources").
    pub fn citation(&self) -> Text {
        self.source_ref.citation()
    }

    /// The quoted phrase, if the document states one.
    pub fn quote(&self) -> Option<&'static str> {
        self.source_ref.quote
    }

    /// The explanation beside (or instead of) the quote.
    pub fn note(&self) -> Option<Text> {
        self.note.map(|(ja, en)| Text::new(ja, en))
    }

    /// How the page names what the value rests on: 公表資料で確認できず for an open value, whatever
    /// its basis; otherwise the basis.
    pub fn basis_label(&self) -> Text {
        if self.is_unpublished() {
            OPEN_LABEL
        } else {
            self.basis.label()
        }
    }

    /// The amount, or None when 未公表 (or not an amount).
    pub fn oku(&self) -> Option<Yen> {
        match self.value {
            Value::Oku(y) => Some(y),
            _ => None,
        }
    }
    pub fn count(&self) -> Option<u32> {
        match self.value {
            Value::Count(n) => Some(n),
            _ => None,
        }
    }
    pub fn years(&self) -> Option<u32> {
        match self.value {
            Value::Years(n) => Some(n),
            _ => None,
        }
    }
    pub fn rate(&self) -> Option<Rate> {
        match self.value {
            Value::Rate(r) => Some(r),
            _ => None,
        }
    }
    pub fn is_unpublished(&self) -> bool {
        self.value == Value::Unpublished
    }

    /// The parameter's name in both languages.
    pub fn label(&self) -> Text {
        Text::new(self.label_ja, self.label_en)
    }

    /// The value in one language ([`Param::value_ja`] or [`Param::value_en`]).
    pub fn value_in(&self, lang: Lang) -> String {
        match lang {
            Lang::Ja => self.value_ja(),
            Lang::En => self.value_en(),
        }
    }

    /// The value as the page and `kofukin params` show it: 「10億円/年度」「1/2」「公表資料で確認できず」.
    pub fn value_ja(&self) -> String {
        match self.value {
            Value::Oku(y) => format!("{}{}", y, self.unit),
            Value::Count(n) => format!("{n}{}", self.unit),
            Value::Rate(r) => r.to_string(),
            Value::Years(n) => format!("{n}{}", self.unit),
            Value::Rule(t) => t.to_string(),
            Value::FiscalYearEnd(y) => format!("令和{}年度末", y.saturating_sub(2018)),
            Value::Unpublished => OPEN_LABEL.ja.to_string(),
        }
    }

    /// The value for English text: 「10 oku yen per year」「1/2」「not confirmed in published sources」.
    pub fn value_en(&self) -> String {
        match self.value {
            Value::Oku(y) => format!("{y} {}", unit_en(self.unit)),
            Value::Count(n) => format!("{n} {}", unit_en(self.unit)),
            Value::Rate(r) => r.to_string(),
            Value::Years(n) => format!("{n} {}", unit_en(self.unit)),
            Value::Rule(t) => t.to_string(),
            Value::FiscalYearEnd(y) => format!("the end of fiscal {y}"),
            Value::Unpublished => OPEN_LABEL.en.to_string(),
        }
    }
    pub fn fiscal_year_end(&self) -> Option<u32> {
        match self.value {
            Value::FiscalYearEnd(y) => Some(y),
            _ => None,
        }
    }
}

/// The units of the table in English.
pub fn unit_en(unit: &str) -> &'static str {
    match unit {
        "億円/年度" => "oku yen per year",
        "億円/計画期間" => "oku yen over the plan period",
        "億円/事業" => "oku yen per project",
        "億円/件" => "oku yen per project",
        "億円/件・年度" => "oku yen per project per year",
        "億円" => "oku yen",
        "件" => "applications",
        "年度" => "fiscal years",
        _ => "",
    }
}

/// `kofukin params --json` (docs/format.md, "Command line"): `source` is the citation a person reads,
/// `source_ref` the document's id, the place and the quote; `reference_for` only on reference values.
impl Serialize for Param {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let note = self.note();
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", self.id)?;
        m.serialize_entry("rule_set", &self.rule_set)?;
        m.serialize_entry("class", &self.class)?;
        m.serialize_entry("label_ja", self.label_ja)?;
        m.serialize_entry("label_en", self.label_en)?;
        m.serialize_entry("value", &self.value)?;
        m.serialize_entry("unit", self.unit)?;
        m.serialize_entry("as_of", self.as_of)?;
        m.serialize_entry("guideline", &self.guideline)?;
        m.serialize_entry("source", &self.citation().ja)?;
        m.serialize_entry("quote", &self.source_ref.quote)?;
        m.serialize_entry("source_ref", &self.source_ref)?;
        m.serialize_entry("note_ja", &note.as_ref().map(|t| t.ja.as_ref()))?;
        m.serialize_entry("note_en", &note.as_ref().map(|t| t.en.as_ref()))?;
        m.serialize_entry("basis", &self.basis)?;
        if let Some(id) = self.reference_for {
            m.serialize_entry("reference_for", id)?;
        }
        m.end()
    }
}

/// Parameters are identified by their id.
impl PartialEq for Param {
    fn eq(&self, other: &Param) -> bool {
        self.id == other.id
    }
}

/// One value per class of applicant.
#[derive(Clone, Copy, Debug)]
pub struct ByClass {
    pub prefecture: Param,
    pub core_city: Param,
    pub municipality: Param,
}

impl ByClass {
    pub fn get(&self, c: Class) -> &Param {
        match c {
            Class::Prefecture => &self.prefecture,
            Class::CoreCity => &self.core_city,
            Class::Municipality => &self.municipality,
        }
    }
}

/// A field of a parameter table: one parameter, or one per class.
trait Entries {
    fn entries(&'static self) -> Vec<&'static Param>;
}

impl Entries for Param {
    fn entries(&'static self) -> Vec<&'static Param> {
        vec![self]
    }
}

impl Entries for ByClass {
    fn entries(&'static self) -> Vec<&'static Param> {
        vec![&self.prefecture, &self.core_city, &self.municipality]
    }
}

/// A table of parameters, each field written once with its type and value: the macro makes the
/// struct, its static instance and `all()`, the parameters in field order (the order of
/// `kofukin params`).
macro_rules! params {
    ($(#[$doc:meta])* pub struct $name:ident in $table:ident { $($field:ident: $ty:ty = $value:expr,)* }) => {
        $(#[$doc])*
        pub struct $name {
            $(pub $field: $ty,)*
        }

        pub static $table: $name = $name { $($field: $value,)* };

        impl $name {
            fn all(&'static self) -> Vec<&'static Param> {
                let mut v = Vec::new();
                $(v.extend(Entries::entries(&self.$field));)*
                v
            }
        }
    };
}

pub const GEN1_AS_OF: &str = "令和6年度まで";
pub const GEN2_AS_OF: &str = "令和7年度";
pub const GEN1_AS_OF_EN: &str = "up to fiscal 2024 (Reiwa 6)";
pub const GEN2_AS_OF_EN: &str = "fiscal 2025 (Reiwa 7)";

const S000: &str = sources::GEN1_GEN2_DIFF;
const S001: &str = sources::SUISHIN_H28;
const S002: &str = sources::GEN2_BASIC_APPROACH;
const S003: &str = sources::GEN2_BASIC_PLAN;
const S004: &str = sources::MIC_REGIONAL_POWER;
const RULES: &str = sources::RULES;

use Basis::{Assumption, Inferred, Public, Seed};
use Class::{CoreCity, Municipality, Prefecture};

const fn oku(n: i64) -> Value {
    Value::Oku(Yen::oku(n))
}

// ───────────────────────────── 地方創生交付金 2.0 ─────────────────────────────

/// No source found for the 2.0 local-finance measure.
const GEN2_LOCAL_FINANCE_OPEN: (&str, &str) = (
    "2.0 の地方負担に対する地方財政措置は、公表資料で確認できませんでした。",
    "The local-finance measure on the 2.0 local share was not confirmed in published sources.",
);
const SOFT_HUB_POT_QUOTE: &str = "１自治体当たり国費都道府県：15億円/年度中枢中核：15億円/年度市区町村：10億円/年度";
const NOTE1: &str = "（注1）拠点整備事業及びインフラ整備事業における単年度の交付上限額は目安とする。";
const NOTE2: &str = "（注2）拠点整備事業の１事業当たりの事業計画期間における交付上限額（国費）について、都道府県・中枢中核都市は15億円、市区町村は10億円を目安とする。";

params! {
    /// The parameters of 地方創生交付金 2.0 (第２世代交付金) and its デジタル実装型.
    pub struct Gen2 in GEN2 {
        soft_pot_year: ByClass = ByClass {
            prefecture: Param::new(
                "gen2.soft.pot_year.prefecture",
                "ソフト事業 1自治体当たり国費（年度）",
                "Soft: national share per applicant per year",
                oku(15),
                "億円/年度",
            )
            .gen2()
            .class(Prefecture)
            .from(S000, SOFT_HUB_POT_QUOTE, Seed),
            core_city: Param::new(
                "gen2.soft.pot_year.core_city",
                "ソフト事業 1自治体当たり国費（年度）",
                "Soft: national share per applicant per year",
                oku(15),
                "億円/年度",
            )
            .gen2()
            .class(CoreCity)
            .from(S000, SOFT_HUB_POT_QUOTE, Seed),
            municipality: Param::new(
                "gen2.soft.pot_year.municipality",
                "ソフト事業 1自治体当たり国費（年度）",
                "Soft: national share per applicant per year",
                oku(10),
                "億円/年度",
            )
            .gen2()
            .class(Municipality)
            .from(S000, SOFT_HUB_POT_QUOTE, Seed),
        },
        hub_pot_year: ByClass = ByClass {
            prefecture: Param::new(
                "gen2.hub.pot_year.prefecture",
                "拠点整備事業 1自治体当たり国費（年度・目安）",
                "Hub: national share per applicant per year (guideline)",
                oku(15),
                "億円/年度",
            )
            .gen2()
            .class(Prefecture)
            .guideline()
            .from(S000, NOTE1, Seed).at("注1"),
            core_city: Param::new(
                "gen2.hub.pot_year.core_city",
                "拠点整備事業 1自治体当たり国費（年度・目安）",
                "Hub: national share per applicant per year (guideline)",
                oku(15),
                "億円/年度",
            )
            .gen2()
            .class(CoreCity)
            .guideline()
            .from(S000, NOTE1, Seed).at("注1"),
            municipality: Param::new(
                "gen2.hub.pot_year.municipality",
                "拠点整備事業 1自治体当たり国費（年度・目安）",
                "Hub: national share per applicant per year (guideline)",
                oku(10),
                "億円/年度",
            )
            .gen2()
            .class(Municipality)
            .guideline()
            .from(S000, NOTE1, Seed).at("注1"),
        },
        hub_project_period: ByClass = ByClass {
            prefecture: Param::new(
                "gen2.hub.project_period.prefecture",
                "拠点整備事業 1事業当たり国費（事業計画期間・目安）",
                "Hub: national share per project over its plan period (guideline)",
                oku(15),
                "億円/事業",
            )
            .gen2()
            .class(Prefecture)
            .guideline()
            .from(S000, NOTE2, Seed).at("注2"),
            core_city: Param::new(
                "gen2.hub.project_period.core_city",
                "拠点整備事業 1事業当たり国費（事業計画期間・目安）",
                "Hub: national share per project over its plan period (guideline)",
                oku(15),
                "億円/事業",
            )
            .gen2()
            .class(CoreCity)
            .guideline()
            .from(S000, NOTE2, Seed).at("注2"),
            municipality: Param::new(
                "gen2.hub.project_period.municipality",
                "拠点整備事業 1事業当たり国費（事業計画期間・目安）",
                "Hub: national share per project over its plan period (guideline)",
                oku(10),
                "億円/事業",
            )
            .gen2()
            .class(Municipality)
            .guideline()
            .from(S000, NOTE2, Seed).at("注2"),
        },
        infra_pot_period: ByClass = ByClass {
            prefecture: Param::new(
                "gen2.infra.pot_period.prefecture",
                "インフラ整備事業 事業計画期間中の総国費",
                "Infrastructure: total national share over the plan period",
                oku(50),
                "億円/計画期間",
            )
            .gen2()
            .class(Prefecture)
            .from(S000, "１自治体当たり事業計画期間中の総国費都道府県：50億円", Seed),
            core_city: Param::new(
                "gen2.infra.pot_period.core_city",
                "インフラ整備事業 事業計画期間中の総国費",
                "Infrastructure: total national share over the plan period",
                oku(20),
                "億円/計画期間",
            )
            .gen2()
            .class(CoreCity)
            .from(S000, "中枢中核：20億円", Seed),
            municipality: Param::new(
                "gen2.infra.pot_period.municipality",
                "インフラ整備事業 事業計画期間中の総国費",
                "Infrastructure: total national share over the plan period",
                oku(10),
                "億円/計画期間",
            )
            .gen2()
            .class(Municipality)
            .from(S000, "市区町村：10億円（単年度目安2億円）", Seed),
        },
        infra_pot_year: ByClass = ByClass {
            prefecture: Param::new(
                "gen2.infra.pot_year.prefecture",
                "インフラ整備事業 単年度目安",
                "Infrastructure: national share per year (guideline)",
                oku(10),
                "億円/年度",
            )
            .gen2()
            .class(Prefecture)
            .guideline()
            .from(S000, "都道府県：50億円（単年度目安10億円）", Seed),
            core_city: Param::new(
                "gen2.infra.pot_year.core_city",
                "インフラ整備事業 単年度目安",
                "Infrastructure: national share per year (guideline)",
                oku(4),
                "億円/年度",
            )
            .gen2()
            .class(CoreCity)
            .guideline()
            .from(S000, "中枢中核：20億円（単年度目安4億円）", Seed),
            municipality: Param::new(
                "gen2.infra.pot_year.municipality",
                "インフラ整備事業 単年度目安",
                "Infrastructure: national share per year (guideline)",
                oku(2),
                "億円/年度",
            )
            .gen2()
            .class(Municipality)
            .guideline()
            .from(S000, "市区町村：10億円（単年度目安2億円）", Seed),
        },
        rate_soft: Param = Param::new("gen2.rate.soft", "ソフト事業 補助率", "Soft: subsidy rate", Value::Rate(Rate::HALF), "割合")
            .gen2()
            .from(
                S000,
                "１自治体当たり国費都道府県：15億円/年度中枢中核：15億円/年度市区町村：10億円/年度補助率：1/2",
                Seed,
            ),
        rate_hub: Param = Param::new("gen2.rate.hub", "拠点整備事業 補助率", "Hub: subsidy rate", Value::Rate(Rate::HALF), "割合")
            .gen2()
            .from(S000, "補助率：1/2", Seed),
        rate_infra: Param = Param::new(
            "gen2.rate.infra",
            "インフラ整備事業 補助率（1/2等）",
            "Infrastructure: subsidy rate (1/2 and others)",
            Value::Rate(Rate::HALF),
            "割合",
        )
        .gen2()
        .from(S000, "補助率：1/2等（各省庁の交付要綱に従う）", Seed),
        period_soft_hub_principle: Param = Param::new(
            "gen2.period.soft_hub.principle",
            "ソフト・拠点整備事業 事業計画期間（原則）",
            "Soft and hub: plan period (principle)",
            Value::Years(3),
            "年度",
        )
        .gen2()
        .from(S000, "原則３か年度以内（最長５か年度）", Seed),
        period_soft_hub_max: Param = Param::new(
            "gen2.period.soft_hub.max",
            "ソフト・拠点整備事業 事業計画期間（最長）",
            "Soft and hub: plan period (maximum)",
            Value::Years(5),
            "年度",
        )
        .gen2()
        .from(S000, "原則３か年度以内（最長５か年度）", Seed),
        period_infra_principle: Param = Param::new(
            "gen2.period.infra.principle",
            "インフラ整備事業 事業計画期間（原則）",
            "Infrastructure: plan period (principle)",
            Value::Years(5),
            "年度",
        )
        .gen2()
        .from(S000, "原則５か年度以内（最長７か年度）", Seed),
        period_infra_max: Param = Param::new(
            "gen2.period.infra.max",
            "インフラ整備事業 事業計画期間（最長）",
            "Infrastructure: plan period (maximum)",
            Value::Years(7),
            "年度",
        )
        .gen2()
        .from(S000, "原則５か年度以内（最長７か年度）", Seed),
        applications: Param = Param::new(
            "gen2.applications",
            "新規事業の通常の申請上限件数（開始年度ごと）",
            "Normal limit of new applications (per start year)",
            Value::Count(10),
            "件",
        )
        .gen2()
        .from(S000, "（注3）新規事業の通常の申請上限件数は、自治体の規模を問わず、10件とする。", Seed).at("注3"),
        extra_applications: Param = Param::new(
            "gen2.applications.extra",
            "通常の申請上限件数の枠外（一定の条件を満たす事業）",
            "Extra applications outside the normal limit (projects meeting certain conditions)",
            Value::Count(2),
            "件",
        )
        .gen2()
        .from(S000, "一定の条件を満たす事業については、通常の申請上限件数の枠外として、２件の申請を可能とする。", Seed).at("注3"),
        infra_pairing: Param = Param::new(
            "gen2.infra.pairing",
            "インフラ整備事業の要件",
            "Requirement for infrastructure projects",
            Value::Rule("ソフト事業又は拠点整備事業との組み合わせ"),
            "",
        )
        .gen2()
        .from(S000, "（注4）インフラ整備事業は、ソフト事業又は拠点整備事業との組み合わせを要件とする。", Seed).at("注4"),
        supplementary_hub: Param = Param::new(
            "gen2.hub.supplementary",
            "拠点整備事業（補正）の期間",
            "Hub (supplementary budget): period",
            Value::Rule("補正も複数年度可"),
            "",
        )
        .gen2()
        .from(S000, "【拠点整備】10億円/年度（補正も複数年度可）", Seed),
        digital_period: Param = Param::new(
            "gen2.digital.period",
            "デジタル実装型 支援期間",
            "Digital implementation: period",
            Value::Years(1),
            "年度",
        )
        .gen2()
        .as_of("令和6年度補正")
        .from(S002, "以下の事業の立ち上げに必要な経費を単年度に限り支援", Seed),
        type1_cap: Param = Param::new(
            "gen2.digital.type1.cap",
            "デジタル実装型 TYPE1 国費上限",
            "Digital TYPE1: national share cap",
            oku(1),
            "億円/事業",
        )
        .gen2()
        .as_of("令和6年度補正")
        .from(S002, "国費：1億円補助率：1/2", Seed),
        type1_rate: Param = Param::new(
            "gen2.digital.type1.rate",
            "デジタル実装型 TYPE1 補助率",
            "Digital TYPE1: subsidy rate",
            Value::Rate(Rate::HALF),
            "割合",
        )
        .gen2()
        .as_of("令和6年度補正")
        .from(S002, "国費：1億円補助率：1/2", Seed),
        type_v_cap: Param = Param::new(
            "gen2.digital.type_v.cap",
            "デジタル実装型 TYPE V 国費上限",
            "Digital TYPE V: national share cap",
            oku(4),
            "億円/事業",
        )
        .gen2()
        .as_of("令和6年度補正")
        .from(S002, "国費：４億円補助率：2/3", Seed),
        type_v_rate: Param = Param::new(
            "gen2.digital.type_v.rate",
            "デジタル実装型 TYPE V 補助率",
            "Digital TYPE V: subsidy rate",
            Value::Rate(Rate::new(2, 3)),
            "割合",
        )
        .gen2()
        .as_of("令和6年度補正")
        .from(S002, "国費：４億円補助率：2/3", Seed),
        type_s_cost_cap: Param = Param::new(
            "gen2.digital.type_s.cost_cap",
            "デジタル実装型 TYPE S 事業費上限",
            "Digital TYPE S: cap on the project cost",
            oku(3),
            "億円/事業",
        )
        .gen2()
        .as_of("令和6年度補正")
        .from(S002, "事業費：３億円補助率：3/4", Seed),
        type_s_rate: Param = Param::new(
            "gen2.digital.type_s.rate",
            "デジタル実装型 TYPE S 補助率",
            "Digital TYPE S: subsidy rate",
            Value::Rate(Rate::new(3, 4)),
            "割合",
        )
        .gen2()
        .as_of("令和6年度補正")
        .from(S002, "事業費：３億円補助率：3/4", Seed),
        local_finance: Param = Param::new(
            "gen2.local_finance",
            "地方負担への地方財政措置",
            "Local-finance measure on the local share",
            Value::Unpublished,
            "",
        )
        .gen2()
        .unquoted(RULES, GEN2_LOCAL_FINANCE_OPEN, Public),
    }
}

// ───────────────────────────── 地方創生交付金 1.0 ─────────────────────────────

const GEN1_SOFT_QUOTE: &str = "【ソフト】3件0.7億円/件（複数年度可）";
const GEN1_HUB_QUOTE: &str = "＜当初＞1件5億円/年度（複数年度可）";
const GEN1_SUPP_QUOTE: &str = "＜補正＞－5億円/年度（単年度事業のみ）";
/// 「－」 in the count column of the 1.0 補正 hub: no count applies.
pub const NO_COUNT: &str = "件数の定めなし（－）";
/// The slide gives the 1.0 column for 市区町村 only (「※市区町村の場合」).
const MUNICIPALITY_ONLY: &str = "※市区町村の場合";
/// 1.0 applications and caps of 都道府県 and 中枢中核都市 that no document gives.
const CLASS_OPEN: (&str, &str) = (
    "資料は 1.0 の件数・上限を市区町村についてのみ示しています。都道府県・中枢中核都市の値は公表資料で確認できませんでした。",
    "The slide gives the 1.0 counts and caps for municipalities only; the values for prefectures and core cities were not confirmed in published sources.",
);
/// 1.0 infrastructure caps and counts that no document gives.
const INFRA_OPEN: (&str, &str) = (
    "1.0 のインフラ整備事業（地方創生整備推進交付金）の件数・上限は、公表資料で確認できませんでした。",
    "The counts and caps of 1.0 infrastructure grants were not confirmed in published sources.",
);

/// A 1.0 value of 都道府県 or 中枢中核都市 that no document gives: shown as 公表資料で確認できず, never
/// applied (a reference value may stand for it when the scenario asks).
const fn unpublished(
    id: &'static str,
    label_ja: &'static str,
    label_en: &'static str,
    unit: &'static str,
    c: Class,
) -> Param {
    Param::new(id, label_ja, label_en, Value::Unpublished, unit)
        .gen1()
        .class(c)
        .from(S000, MUNICIPALITY_ONLY, Public)
        .with_note(CLASS_OPEN)
}

/// A 1.0 infrastructure count or cap, which no document gives.
const fn infra_unpublished(
    id: &'static str,
    label_ja: &'static str,
    label_en: &'static str,
    unit: &'static str,
    c: Class,
) -> Param {
    Param::new(id, label_ja, label_en, Value::Unpublished, unit).gen1().class(c).unquoted(RULES, INFRA_OPEN, Public)
}

params! {
    /// The parameters of 地方創生交付金 1.0 (推進交付金 / 拠点整備交付金 / 整備推進交付金, last year).
    pub struct Gen1 in GEN1 {
        soft_applications: ByClass = ByClass {
            prefecture: unpublished(
                "gen1.soft.applications.prefecture",
                "ソフト事業 申請件数",
                "Soft: applications",
                "件",
                Prefecture,
            ),
            core_city: unpublished(
                "gen1.soft.applications.core_city",
                "ソフト事業 申請件数",
                "Soft: applications",
                "件",
                CoreCity,
            ),
            municipality: Param::new(
                "gen1.soft.applications.municipality",
                "ソフト事業 申請件数（開始年度ごと）",
                "Soft: applications (per start year)",
                Value::Count(3),
                "件",
            )
            .gen1()
            .class(Municipality)
            .from(S000, GEN1_SOFT_QUOTE, Seed),
        },
        soft_project_year: ByClass = ByClass {
            prefecture: unpublished(
                "gen1.soft.project_year.prefecture",
                "ソフト事業 1件当たり国費",
                "Soft: national share per project",
                "億円/件",
                Prefecture,
            ),
            core_city: unpublished(
                "gen1.soft.project_year.core_city",
                "ソフト事業 1件当たり国費",
                "Soft: national share per project",
                "億円/件",
                CoreCity,
            ),
            // 0.7億円 = 70,000,000円.
            municipality: Param::new(
                "gen1.soft.project_year.municipality",
                "ソフト事業 1件当たり国費（年度ごと）",
                "Soft: national share per project per year",
                Value::Oku(Yen(70_000_000)),
                "億円/件・年度",
            )
            .gen1()
            .class(Municipality)
            .from(S000, GEN1_SOFT_QUOTE, Inferred),
        },
        hub_initial_applications: ByClass = ByClass {
            prefecture: unpublished(
                "gen1.hub_initial.applications.prefecture",
                "拠点整備事業（当初）申請件数",
                "Hub (initial budget): applications",
                "件",
                Prefecture,
            ),
            core_city: unpublished(
                "gen1.hub_initial.applications.core_city",
                "拠点整備事業（当初）申請件数",
                "Hub (initial budget): applications",
                "件",
                CoreCity,
            ),
            municipality: Param::new(
                "gen1.hub_initial.applications.municipality",
                "拠点整備事業（当初）申請件数（開始年度ごと）",
                "Hub (initial budget): applications (per start year)",
                Value::Count(1),
                "件",
            )
            .gen1()
            .class(Municipality)
            .from(S000, GEN1_HUB_QUOTE, Seed),
        },
        hub_project_year: ByClass = ByClass {
            prefecture: unpublished(
                "gen1.hub.project_year.prefecture",
                "拠点整備事業 国費上限",
                "Hub: national share cap",
                "億円/年度",
                Prefecture,
            ),
            core_city: unpublished(
                "gen1.hub.project_year.core_city",
                "拠点整備事業 国費上限",
                "Hub: national share cap",
                "億円/年度",
                CoreCity,
            ),
            municipality: Param::new(
                "gen1.hub.project_year.municipality",
                "拠点整備事業 1事業当たり国費（年度ごと、当初・補正とも）",
                "Hub: national share per project per year (initial and supplementary)",
                oku(5),
                "億円/年度",
            )
            .gen1()
            .class(Municipality)
            .from(S000, GEN1_HUB_QUOTE, Assumption),
        },
        hub_supplementary_applications: ByClass = ByClass {
            prefecture: unpublished(
                "gen1.hub_supplementary.applications.prefecture",
                "拠点整備事業（補正）申請件数",
                "Hub (supplementary): applications",
                "件",
                Prefecture,
            ),
            core_city: unpublished(
                "gen1.hub_supplementary.applications.core_city",
                "拠点整備事業（補正）申請件数",
                "Hub (supplementary): applications",
                "件",
                CoreCity,
            ),
            municipality: Param::new(
                "gen1.hub_supplementary.applications.municipality",
                "拠点整備事業（補正）申請件数",
                "Hub (supplementary): applications",
                Value::Rule(NO_COUNT),
                "",
            )
            .gen1()
            .class(Municipality)
            .from(S000, GEN1_SUPP_QUOTE, Seed),
        },
        hub_supplementary_max_years: ByClass = ByClass {
            prefecture: Param::new(
                "gen1.hub_supplementary.max_years.prefecture",
                "拠点整備事業（補正）事業期間",
                "Hub (supplementary): period",
                Value::Years(1),
                "年度",
            )
            .gen1()
            .class(Prefecture)
            .from(S000, GEN1_SUPP_QUOTE, Inferred),
            core_city: Param::new(
                "gen1.hub_supplementary.max_years.core_city",
                "拠点整備事業（補正）事業期間",
                "Hub (supplementary): period",
                Value::Years(1),
                "年度",
            )
            .gen1()
            .class(CoreCity)
            .from(S000, GEN1_SUPP_QUOTE, Inferred),
            municipality: Param::new(
                "gen1.hub_supplementary.max_years.municipality",
                "拠点整備事業（補正）事業期間",
                "Hub (supplementary): period",
                Value::Years(1),
                "年度",
            )
            .gen1()
            .class(Municipality)
            .from(S000, GEN1_SUPP_QUOTE, Seed),
        },
        infra_applications: ByClass = ByClass {
            prefecture: infra_unpublished(
                "gen1.infra.applications.prefecture",
                "インフラ整備事業 申請件数",
                "Infrastructure: applications",
                "件",
                Prefecture,
            ),
            core_city: infra_unpublished(
                "gen1.infra.applications.core_city",
                "インフラ整備事業 申請件数",
                "Infrastructure: applications",
                "件",
                CoreCity,
            ),
            municipality: infra_unpublished(
                "gen1.infra.applications.municipality",
                "インフラ整備事業 申請件数",
                "Infrastructure: applications",
                "件",
                Municipality,
            ),
        },
        infra_cap: ByClass = ByClass {
            prefecture: infra_unpublished(
                "gen1.infra.cap.prefecture",
                "インフラ整備事業 国費上限",
                "Infrastructure: national share cap",
                "億円",
                Prefecture,
            ),
            core_city: infra_unpublished(
                "gen1.infra.cap.core_city",
                "インフラ整備事業 国費上限",
                "Infrastructure: national share cap",
                "億円",
                CoreCity,
            ),
            municipality: infra_unpublished(
                "gen1.infra.cap.municipality",
                "インフラ整備事業 国費上限",
                "Infrastructure: national share cap",
                "億円",
                Municipality,
            ),
        },
        infra_sectors: Param = Param::new(
            "gen1.infra.sectors",
            "インフラ整備事業の対象",
            "Infrastructure: eligible sectors",
            Value::Rule("道・汚水処理施設・港湾のみ"),
            "",
        )
        .gen1()
        .from(S000, "（道・汚水処理施設・港湾）", Seed),
        rate_soft: Param = Param::new("gen1.rate.soft", "ソフト事業 補助率", "Soft: subsidy rate", Value::Rate(Rate::HALF), "割合")
            .gen1()
            .from(S001, "交付金（１/２）", Seed),
        rate_hub: Param = Param::new("gen1.rate.hub", "拠点整備事業 補助率", "Hub: subsidy rate", Value::Rate(Rate::HALF), "割合")
            .gen1()
            .from(sources::KUMAMOTO_HUB, "交付対象事業の補助率は2分の1", Public),
        rate_infra: Param = Param::new(
            "gen1.rate.infra",
            "インフラ整備事業 補助率",
            "Infrastructure: subsidy rate",
            Value::Rate(Rate::HALF),
            "割合",
        )
        .gen1()
        .unquoted(
            RULES,
            (
                "同じ交付金の系列の補助率 1/2 を用いた推定です。実際の率は各省庁の交付要綱によります。",
                "Inferred from the 1/2 of the other 1.0 grants; each ministry's rules govern the actual rate.",
            ),
            Inferred,
        ),
        period_soft_principle: Param = Param::new(
            "gen1.period.soft.principle",
            "ソフト事業 支援期間（横展開型の通常）",
            "Soft: period (normal, 横展開型)",
            Value::Years(3),
            "年度",
        )
        .gen1()
        .from(sources::MOF_PROPOSAL, "横展開型の通常の支援は3年間", Public),
        period_soft_max: Param = Param::new(
            "gen1.period.soft.max",
            "ソフト事業 支援期間（最長：先駆型、又は寄附200万円以上を充当）",
            "Soft: period (maximum: 先駆型, or a donation of 2 million yen or more)",
            Value::Years(5),
            "年度",
        )
        .gen1()
        .from(
            sources::MOF_PROPOSAL,
            "寄附(200万円以上等)を充当した場合には、横展開型の支援期間を最長5年間に延長可能",
            Public,
        ),
        // 200万円 = 0.02億円.
        period_soft_donation_minimum: Param = Param::new(
            "gen1.period.soft.donation_minimum",
            "ソフト事業 支援期間を最長5年度に延長できる企業版ふるさと納税の充当額",
            "Soft: corporate donation that extends the period to 5 years",
            Value::Oku(Yen(2_000_000)),
            "億円",
        )
        .gen1()
        .from(
            sources::MOF_PROPOSAL,
            "寄附(200万円以上等)を充当した場合には、横展開型の支援期間を最長5年間に延長可能",
            Public,
        ),
        period_hub_max: Param = Param::new(
            "gen1.period.hub.max",
            "拠点整備事業（当初）事業期間（地域再生計画）",
            "Hub (initial): plan period (regional revitalization plan)",
            Value::Years(5),
            "年度",
        )
        .gen1()
        .from(sources::CAO_MATERIAL_4_1, "地域再生計画(5ヶ年度以内)", Inferred),
        period_infra_max: Param = Param::new(
            "gen1.period.infra.max",
            "インフラ整備事業 事業期間（地域再生計画）",
            "Infrastructure: plan period (regional revitalization plan)",
            Value::Years(5),
            "年度",
        )
        .gen1()
        .from(sources::CAO_MATERIAL_4_1, "地域再生計画(5ヶ年度以内)", Inferred),
        local_finance_soft: Param = Param::new(
            "gen1.local_finance.soft",
            "ソフト事業の地方負担への地方財政措置",
            "Local-finance measure on the soft local share",
            Value::Rule("１/２の地方負担に地方財政措置"),
            "",
        )
        .gen1()
        .from(S001, "（１/２の地方負担については、地方財政措置を講じる）", Seed),
        local_finance_ordinary_share: Param = Param::new(
            "gen1.local_finance.soft.ordinary",
            "うち普通交付税による措置（不交付団体は対象外）",
            "of which through 普通交付税 (not for non-recipients)",
            Value::Rate(Rate::HALF),
            "割合",
        )
        .gen1()
        .from(
            sources::GYOSEI_DICTIONARY,
            "ソフト事業 約50% → 普通交付税により措置",
            Public,
        ),
        local_finance_special_share: Param = Param::new(
            "gen1.local_finance.soft.special",
            "うち特別交付税による措置",
            "of which through 特別交付税",
            Value::Rate(Rate::HALF),
            "割合",
        )
        .gen1()
        .from(sources::GYOSEI_DICTIONARY, "残り50% → 特別交付税により措置", Public),
    }
}

// ───────────────────────────── the local-share layers ─────────────────────────────

params! {
    /// 地方債 on the local share and the 企業版ふるさと納税 conditions (docs/rules.md, "Beyond the caps").
    pub struct Layers in LAYERS {
        depopulation_bond_rate: Param = Param::new(
            "bond.depopulation.rate",
            "過疎対策事業債 充当率",
            "Depopulation bond: share of the cost financed",
            Value::Rate(Rate::ONE),
            "割合",
        )
        .as_of("令和5年度")
        .from(S004, "【充当率】１００％", Seed),
        depopulation_bond_allocation: Param = Param::new(
            "bond.depopulation.allocation_tax",
            "過疎対策事業債 元利償還金に対する交付税措置率",
            "Depopulation bond: allocation-tax share of the repayment",
            Value::Rate(Rate::new(7, 10)),
            "割合",
        )
        .as_of("令和5年度")
        .from(S004, "【元利償還金に対する交付税措置率】７０％", Seed),
        general_bond_rate: Param = Param::new(
            "bond.general.rate",
            "一般補助施設整備等事業債 充当率（1.0 補正の拠点整備）",
            "General facility bond: share financed (1.0 supplementary hub)",
            Value::Rate(Rate::ONE),
            "割合",
        )
        .gen1()
        .from(
            sources::MIC_BOND_H28,
            "充当率は100%とします。",
            Public,
        ),
        general_bond_allocation: Param = Param::new(
            "bond.general.allocation_tax",
            "一般補助施設整備等事業債 交付税算入率",
            "General facility bond: allocation-tax share",
            Value::Unpublished,
            "割合",
        )
        .gen1()
        .unquoted(
            sources::MIC_BOND_H28,
            (
                "この通知は充当率（100%）を示していますが、交付税算入率は示していません。公表資料で確認できませんでした。",
                "The notice gives the share financed (100%) but no allocation-tax share; it was not confirmed in published sources.",
            ),
            Public,
        ),
        donation_minimum: Param = Param::new(
            "donation.minimum",
            "企業版ふるさと納税 最低寄附額",
            "Corporate donation: minimum",
            Value::Rule("10万円"),
            "",
        )
        .as_of("令和7年度")
        .unquoted(
            sources::KIGYOBAN_PORTAL,
            ("制度の条件として、寄附額は1回10万円以上です。", "A condition of the scheme: each donation is at least 100,000 yen."),
            Public,
        ),
        donation_deadline: Param = Param::new(
            "donation.deadline",
            "企業版ふるさと納税 適用期限",
            "Corporate donation: deadline",
            // 令和９年度 = fiscal 2027 (令和 N = 2018 + N).
            Value::FiscalYearEnd(2027),
            "",
        )
        .as_of("令和7年度")
        .from(S003, "企業の実質負担が約１割まで軽減される仕組み（適用期限:令和９年度末）", Seed),
        donation_head_office: Param = Param::new(
            "donation.head_office",
            "企業版ふるさと納税 本社所在地の地方公共団体への寄附",
            "Corporate donation: to the local government of the head office",
            Value::Rule("対象外"),
            "",
        )
        .as_of("令和7年度")
        .unquoted(
            sources::KIGYOBAN_PORTAL,
            (
                "制度の条件として、本社が所在する地方公共団体への寄附は対象外です。",
                "A condition of the scheme: a donation to the local government where the company has its head office does not count.",
            ),
            Public,
        ),
    }
}

// ───────────────────────────── 1.0 reference values ─────────────────────────────

/// 資料4-2 on the 平成29年度 推進交付金 of 都道府県: an earlier published value, not the last one.
const PREFECTURE_H29: (&str, &str) = (
    "平成29年度の都道府県の値で、1.0 の最後の年度の値ではありません（市区町村の横展開型は当時 0.5億円、その後 0.7億円）。当時も「※1 所得向上等の観点から高い効果が見込まれる事業は、交付上限額を超えて交付できる。」とされていました。",
    "The prefecture value of fiscal 2017, not the last 1.0 year's (the municipal tier rose from 0.5 to 0.7 oku yen since); even then, projects expected to be highly effective could be granted more than the cap.",
);
/// 中枢中核都市: the 市区町村 value of the slide as a floor.
const CORE_CITY_FLOOR: (&str, &str) = (
    "中枢中核都市の値は公表資料で確認できないため、資料の市区町村の値を参考値として用います。中枢中核都市は市で、2018年12月21日に推進交付金の上限の引き上げが報じられています（金額は不明）。実際の上限はこれ以上だったと考えられ、この参考値による 1.0 の額は下限の見積もりです。",
    "The core-city values were not confirmed in published sources, so the slide's municipal values stand in: a core city is a city, and a raise of its Promotion Grant cap was reported on 21 December 2018 (amount unknown). The real caps were at least these, so the 1.0 amount with them is a lower estimate.",
);

/// A reference value of 中枢中核都市: the 市区町村 value of the slide.
const fn core_city_reference(open: &'static Param, value: Value, quote: &'static str) -> Param {
    Param::new(open.id, open.label_ja, open.label_en, value, open.unit)
        .gen1()
        .class(CoreCity)
        .from(S000, quote, Inferred)
        .at(MUNICIPALITY_ONLY)
        .with_note(CORE_CITY_FLOOR)
        .reference_for(open.id)
}

params! {
    /// The reference values of 1.0 (docs/rules.md, "Reference values"): applied in place of the open
    /// values they stand for only when the scenario sets `gen1_reference_values`; each stays flagged.
    pub struct Gen1Reference in GEN1_REFERENCE {
        prefecture_soft_project_year: Param = Param::new(
            "gen1.soft.project_year.prefecture.reference",
            "ソフト事業 1件当たり国費（年度ごと、参考値）",
            "Soft: national share per project per year (reference value)",
            Value::Oku(Yen(75_000_000)),
            "億円/件・年度",
        )
        .gen1()
        .class(Prefecture)
        .as_of("平成29年度")
        .from(sources::CAO_MATERIAL_4_2, "〔横展開〕国費:0.75 億円", Public)
        .with_note(PREFECTURE_H29)
        .reference_for("gen1.soft.project_year.prefecture"),
        prefecture_soft_applications: Param = Param::new(
            "gen1.soft.applications.prefecture.reference",
            "ソフト事業 申請件数（開始年度ごと、参考値）",
            "Soft: applications per start year (reference value)",
            Value::Count(7),
            "件",
        )
        .gen1()
        .class(Prefecture)
        .as_of("平成29年度")
        .from(sources::CAO_MATERIAL_4_2, "原則7事業以内 (広域連携:2事業)", Public)
        .with_note(PREFECTURE_H29)
        .reference_for("gen1.soft.applications.prefecture"),
        core_city_soft_applications: Param = core_city_reference(&GEN1.soft_applications.core_city, Value::Count(3), GEN1_SOFT_QUOTE).id("gen1.soft.applications.core_city.reference"),
        core_city_soft_project_year: Param = core_city_reference(&GEN1.soft_project_year.core_city, Value::Oku(Yen(70_000_000)), GEN1_SOFT_QUOTE).id("gen1.soft.project_year.core_city.reference"),
        core_city_hub_initial_applications: Param = core_city_reference(&GEN1.hub_initial_applications.core_city, Value::Count(1), GEN1_HUB_QUOTE).id("gen1.hub_initial.applications.core_city.reference"),
        core_city_hub_project_year: Param = core_city_reference(&GEN1.hub_project_year.core_city, oku(5), GEN1_HUB_QUOTE).id("gen1.hub.project_year.core_city.reference"),
        core_city_hub_supplementary_applications: Param = core_city_reference(&GEN1.hub_supplementary_applications.core_city, Value::Rule(NO_COUNT), GEN1_SUPP_QUOTE).id("gen1.hub_supplementary.applications.core_city.reference"),
    }
}

/// The reference value standing for the open parameter `open`, if there is one.
pub fn reference_for(open: &Param) -> Option<&'static Param> {
    GEN1_REFERENCE.all().into_iter().find(|p| p.reference_for == Some(open.id))
}

/// Every parameter: 1.0, then 2.0, then the local-share layers.
pub fn table() -> Vec<&'static Param> {
    let mut v = GEN1.all();
    v.extend(GEN2.all());
    v.extend(LAYERS.all());
    v
}

/// Every parameter and then the reference values of 1.0 (`kofukin params`).
pub fn table_with_references() -> Vec<&'static Param> {
    let mut v = table();
    v.extend(GEN1_REFERENCE.all());
    v
}

/// The parameter with this id, if any.
pub fn find(id: &str) -> Option<&'static Param> {
    table().into_iter().find(|p| p.id == id)
}

/// The table as text for `kofukin params`: one line per parameter, the reference values last.
pub fn table_text() -> String {
    let mut out = String::from("id\t値 value\t目安\t年度 as of\t根拠 basis\t出典 source\n");
    for p in table_with_references() {
        let quote = p.quote().map(|q| format!(" 「{q}」")).unwrap_or_default();
        let note = p.note().map(|n| format!(" {}", n.ja)).unwrap_or_default();
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}{quote}{note}\n",
            p.id,
            p.value_ja(),
            if p.guideline { "目安" } else { "" },
            p.as_of,
            p.basis_label().ja,
            p.citation().ja,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique() {
        let t = table_with_references();
        let mut ids: Vec<_> = t.iter().map(|p| p.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), t.len());
    }

    #[test]
    fn every_entry_names_a_registered_source_and_a_quote_or_a_note() {
        for p in table_with_references() {
            assert!(p.source_ref.source().is_some(), "{}: {}", p.id, p.source_ref.id);
            assert!(p.quote().is_some() || p.note().is_some(), "{}", p.id);
            assert!(!p.as_of.is_empty(), "{}", p.id);
        }
    }

    #[test]
    fn every_reference_value_stands_for_an_open_parameter_of_its_class() {
        for r in GEN1_REFERENCE.all() {
            let open = r.reference_for.and_then(find);
            assert!(open.is_some_and(|o| o.is_unpublished() && o.class == r.class), "{}", r.id);
            assert!(open.is_some_and(|o| reference_for(o) == Some(r)), "{}", r.id);
        }
    }
}
