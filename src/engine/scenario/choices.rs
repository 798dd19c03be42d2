//! The named choices a scenario is made of: the applicant's class, the kind of project, the budget
//! round, the infrastructure sector and the bond, each with its wire name and the name a person reads.

use crate::engine::text::Text;
use serde::{Deserialize, Serialize};

/// The applicant's class (the scenario\'s `municipality`, docs/format.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// 都道府県
    Prefecture,
    /// 中枢中核都市
    CoreCity,
    /// 市区町村
    #[default]
    Municipality,
}

impl Class {
    pub const ALL: [Class; 3] = [Class::Prefecture, Class::CoreCity, Class::Municipality];
    pub fn label_ja(self) -> &'static str {
        match self {
            Class::Prefecture => "都道府県",
            Class::CoreCity => "中枢中核都市",
            Class::Municipality => "市区町村",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            Class::Prefecture => "Prefecture",
            Class::CoreCity => "Core city",
            Class::Municipality => "Municipality",
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Prefecture => "prefecture",
            Class::CoreCity => "core_city",
            Class::Municipality => "municipality",
        }
    }
}

/// The kind of project (the scenario\'s `kind`, docs/format.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// ソフト事業
    #[default]
    Soft,
    /// 拠点整備事業
    Hub,
    /// インフラ整備事業
    Infra,
    /// デジタル実装型 TYPE1 優良モデル導入支援型
    DigitalType1,
    /// デジタル実装型 TYPE V 先進的デジタル公共財活用型
    DigitalTypeV,
    /// デジタル実装型 TYPE S デジタル行財政改革特化型
    DigitalTypeS,
}

impl Kind {
    pub const ALL: [Kind; 6] =
        [Kind::Soft, Kind::Hub, Kind::Infra, Kind::DigitalType1, Kind::DigitalTypeV, Kind::DigitalTypeS];
    pub fn is_digital(self) -> bool {
        matches!(self, Kind::DigitalType1 | Kind::DigitalTypeV | Kind::DigitalTypeS)
    }
    pub fn label_ja(self) -> &'static str {
        match self {
            Kind::Soft => "ソフト事業",
            Kind::Hub => "拠点整備事業",
            Kind::Infra => "インフラ整備事業",
            Kind::DigitalType1 => "デジタル実装型 TYPE1",
            Kind::DigitalTypeV => "デジタル実装型 TYPE V",
            Kind::DigitalTypeS => "デジタル実装型 TYPE S",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            Kind::Soft => "Soft project",
            Kind::Hub => "Hub facility project",
            Kind::Infra => "Infrastructure project",
            Kind::DigitalType1 => "Digital TYPE1",
            Kind::DigitalTypeV => "Digital TYPE V",
            Kind::DigitalTypeS => "Digital TYPE S",
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Soft => "soft",
            Kind::Hub => "hub",
            Kind::Infra => "infra",
            Kind::DigitalType1 => "digital_type1",
            Kind::DigitalTypeV => "digital_type_v",
            Kind::DigitalTypeS => "digital_type_s",
        }
    }
}

/// Budget round (the scenario\'s `round`, docs/format.md): matters for hub projects only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Round {
    /// 当初
    #[default]
    Initial,
    /// 補正
    Supplementary,
}

impl Round {
    pub fn as_str(self) -> &'static str {
        match self {
            Round::Initial => "initial",
            Round::Supplementary => "supplementary",
        }
    }
}

/// Infrastructure sector (the scenario\'s `infra_sector`, docs/format.md): matters for infra projects only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// 道
    Road,
    /// 汚水処理施設
    Sewage,
    /// 港湾
    Port,
    #[default]
    Other,
}

impl Sector {
    pub fn as_str(self) -> &'static str {
        match self {
            Sector::Road => "road",
            Sector::Sewage => "sewage",
            Sector::Port => "port",
            Sector::Other => "other",
        }
    }
    pub fn label_ja(self) -> &'static str {
        match self {
            Sector::Road => "道",
            Sector::Sewage => "汚水処理施設",
            Sector::Port => "港湾",
            Sector::Other => "その他",
        }
    }
}

/// A 地方債 on the project's local share (the scenario\'s `bond`, docs/format.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Bond {
    #[default]
    None,
    /// 過疎対策事業債 (the applicant says it is a 過疎市町村 with a 計画)
    Depopulation,
    /// 一般補助施設整備等事業債 (1.0 補正 hub)
    General,
}

impl Bond {
    pub fn as_str(self) -> &'static str {
        match self {
            Bond::None => "none",
            Bond::Depopulation => "depopulation",
            Bond::General => "general",
        }
    }
}

impl Class {
    /// The name a person reads.
    pub fn label(self) -> Text {
        match self {
            Class::Prefecture => Text::new("都道府県", "Prefecture"),
            Class::CoreCity => Text::new("中枢中核都市", "Core city"),
            Class::Municipality => Text::new("市区町村", "Municipality"),
        }
    }
}

impl Kind {
    /// The name a person reads.
    pub fn label(self) -> Text {
        match self {
            Kind::Soft => Text::new("ソフト事業", "Soft project"),
            Kind::Hub => Text::new("拠点整備事業", "Hub facility project"),
            Kind::Infra => Text::new("インフラ整備事業", "Infrastructure project"),
            Kind::DigitalType1 => Text::new("デジタル実装型 TYPE1", "Digital TYPE1"),
            Kind::DigitalTypeV => Text::new("デジタル実装型 TYPE V", "Digital TYPE V"),
            Kind::DigitalTypeS => Text::new("デジタル実装型 TYPE S", "Digital TYPE S"),
        }
    }
    /// The short name of the page's controls and tables.
    pub fn short_label(self) -> Text {
        match self {
            Kind::Soft => Text::new("ソフト事業", "Soft"),
            Kind::Hub => Text::new("拠点整備事業", "Hub"),
            Kind::Infra => Text::new("インフラ整備事業", "Infrastructure"),
            Kind::DigitalType1 => Text::new("デジタル実装型 TYPE1", "Digital TYPE1"),
            Kind::DigitalTypeV => Text::new("デジタル実装型 TYPE V", "Digital TYPE V"),
            Kind::DigitalTypeS => Text::new("デジタル実装型 TYPE S", "Digital TYPE S"),
        }
    }
}

impl Round {
    /// The name a person reads.
    pub fn label(self) -> Text {
        match self {
            Round::Initial => Text::new("当初", "Initial budget"),
            Round::Supplementary => Text::new("補正", "Supplementary budget"),
        }
    }
}

impl Sector {
    /// The name a person reads.
    pub fn label(self) -> Text {
        match self {
            Sector::Road => Text::new("道", "Road"),
            Sector::Sewage => Text::new("汚水処理施設", "Sewage treatment"),
            Sector::Port => Text::new("港湾", "Port"),
            Sector::Other => Text::new("その他", "Other"),
        }
    }
}

impl Bond {
    /// The name a person reads.
    pub fn label(self) -> Text {
        match self {
            Bond::None => Text::new("なし", "None"),
            Bond::Depopulation => Text::new("過疎対策事業債", "Depopulation bond (過疎対策事業債)"),
            Bond::General => Text::new(
                "一般補助施設整備等事業債（1.0 補正の拠点整備）",
                "General facility bond (1.0 supplementary hub)",
            ),
        }
    }
}

/// The wire names of each choice, as the validator accepts them.
pub(super) const CLASSES: &[(&str, Class)] =
    &[("prefecture", Class::Prefecture), ("core_city", Class::CoreCity), ("municipality", Class::Municipality)];
pub(super) const KINDS: &[(&str, Kind)] = &[
    ("soft", Kind::Soft),
    ("hub", Kind::Hub),
    ("infra", Kind::Infra),
    ("digital_type1", Kind::DigitalType1),
    ("digital_type_v", Kind::DigitalTypeV),
    ("digital_type_s", Kind::DigitalTypeS),
];
pub(super) const ROUNDS: &[(&str, Round)] = &[("initial", Round::Initial), ("supplementary", Round::Supplementary)];
pub(super) const SECTORS: &[(&str, Sector)] =
    &[("road", Sector::Road), ("sewage", Sector::Sewage), ("port", Sector::Port), ("other", Sector::Other)];
pub(super) const BONDS: &[(&str, Bond)] =
    &[("none", Bond::None), ("depopulation", Bond::Depopulation), ("general", Bond::General)];
