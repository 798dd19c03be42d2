//! Messages of the engine's findings, rendered on demand from data (Japanese first, then English).

use crate::engine::money::Yen;
use crate::engine::params::Param;
use crate::engine::rule_set::Pool;
use crate::engine::scenario::{Kind, Sector};
use crate::engine::text::Lang;

/// What a finding says, as data; turned into text only when shown or serialised.
#[derive(Clone, Debug, PartialEq)]
pub enum Explain {
    /// A cap cut the amount: which cap, by how much.
    Capped {
        cap: &'static Param,
        cut: Yen,
    },
    PeriodOverMax {
        kind: Kind,
        years: u32,
        max: &'static Param,
    },
    PeriodOverPrinciple {
        kind: Kind,
        years: u32,
        principle: &'static Param,
        max: &'static Param,
        gen1_soft_donation_met: Option<bool>,
    },
    InfraSector {
        sector: Sector,
    },
    SupplementaryMultiYear {
        years: u32,
    },
    DigitalMultiYear {
        years: u32,
    },
    NoSlot {
        pool: Pool,
        start_year: u32,
        limit: u32,
        /// The reference value that set the count, when one did.
        reference: Option<&'static Param>,
    },
    NoPartner,
    ExtraSlot,
    NotModelled {
        kind: Kind,
    },
    GuidelineExceeded {
        cap: &'static Param,
        over: Yen,
    },
    Unpublished {
        param: &'static Param,
    },
    Inferred {
        param: &'static Param,
    },
    /// A reference value stood in for an open one.
    Reference {
        param: &'static Param,
    },
    RateVaries,
    UnknownFields {
        fields: Vec<String>,
    },
}

/// The year a finding is about, as the start of its message.
fn year_prefix(lang: Lang, year: Option<u32>) -> String {
    match (year, lang) {
        (None, _) => String::new(),
        (Some(y), Lang::Ja) => format!("{y}年目: "),
        (Some(y), Lang::En) => format!("Year {y}: "),
    }
}

/// 「（目安）」 after a guideline's label, unless the label already says so.
fn guideline_ja(p: &Param) -> &'static str {
    if p.guideline && !p.label_ja.contains("目安") {
        "（目安）"
    } else {
        ""
    }
}

/// " (guideline)" after a guideline's label, unless the label already says so.
fn guideline_en(p: &Param) -> &'static str {
    if p.guideline && !p.label_en.contains("guideline") {
        " (guideline)"
    } else {
        ""
    }
}

impl Explain {
    /// The parameter this finding rests on, whose source and quote it cites.
    pub fn cite(&self) -> Option<&'static Param> {
        match self {
            Explain::Capped { cap, .. } | Explain::GuidelineExceeded { cap, .. } => Some(cap),
            Explain::PeriodOverMax { max, .. } => Some(max),
            Explain::PeriodOverPrinciple { principle, .. } => Some(principle),
            Explain::Unpublished { param } | Explain::Inferred { param } | Explain::Reference { param } => Some(param),
            Explain::NoSlot { reference, .. } => *reference,
            _ => None,
        }
    }

    /// The message in one language; `year` is the finding's year, if it is about one.
    pub fn render(&self, lang: Lang, year: Option<u32>) -> String {
        match lang {
            Lang::Ja => self.ja(year),
            Lang::En => self.en(year),
        }
    }

    fn ja(&self, year: Option<u32>) -> String {
        let y = year_prefix(Lang::Ja, year);
        match self {
            Explain::Capped { cap, cut } => format!(
                "{y}{}{} {} により国費が {cut}億円 減りました。",
                cap.label_ja,
                guideline_ja(cap),
                cap.value_ja()
            ),
            Explain::PeriodOverMax { kind, years, max } => format!(
                "{}の事業期間 {years}年度 は最長 {} を超えるため対象外です。",
                kind.label_ja(),
                max.value_ja()
            ),
            Explain::PeriodOverPrinciple { kind, years, principle, max, gen1_soft_donation_met } => {
                let extra = match gen1_soft_donation_met {
                    Some(true) => "（最長5年度は先駆型、又は200万円以上の企業版ふるさと納税の充当が条件です。この事業には200万円以上の寄附が入力されています。）",
                    Some(false) => "（最長5年度は先駆型、又は200万円以上の企業版ふるさと納税の充当が条件です。）",
                    None => "",
                };
                format!(
                    "{}の事業期間 {years}年度 は原則 {} を超えます（最長 {} の範囲内）。{extra}",
                    kind.label_ja(),
                    principle.value_ja(),
                    max.value_ja()
                )
            }
            Explain::InfraSector { sector } => format!(
                "1.0 のインフラ整備事業（地方創生整備推進交付金）の対象は道・汚水処理施設・港湾のみです（この事業: {}）。",
                sector.label_ja()
            ),
            Explain::SupplementaryMultiYear { years } => {
                format!("1.0 の補正予算の拠点整備事業は単年度事業のみです（この事業: {years}年度）。")
            }
            Explain::DigitalMultiYear { years } => {
                format!("デジタル実装型は単年度に限り支援されます（この事業: {years}年度）。")
            }
            Explain::NoSlot { pool, start_year, limit, .. } => format!(
                "{start_year}年目開始の{}（{limit}件）が先の事業で埋まっているため、申請できません。",
                pool.slots_name().ja
            ),
            Explain::NoPartner => "2.0 のインフラ整備事業は、期間の重なるソフト事業又は拠点整備事業（申請枠を得たもの）との組み合わせが要件です。組み合わせる事業がないため対象外です。".to_string(),
            Explain::ExtraSlot => "通常の申請上限件数の枠外（2件）を使いました。枠外の「一定の条件」は公表資料に示されておらず、判定していません。".to_string(),
            Explain::NotModelled { kind } => format!(
                "{}は 1.0 では別制度（デジタル実装タイプ）で、その数値は資料にないため 1.0 の集計から除いています。",
                kind.label_ja()
            ),
            Explain::GuidelineExceeded { cap, over } => format!(
                "{y}{}{} {}を {over}億円 上回っています（目安を上限として扱っていません）。",
                cap.label_ja,
                guideline_ja(cap),
                cap.value_ja()
            ),
            Explain::Unpublished { param } => format!(
                "{}（{}）は公表資料で確認できないため適用していません。この結果は上限を除いた試算（上振れの可能性）です。",
                param.label_ja,
                class_ja(param)
            ),
            Explain::Inferred { param } => format!(
                "{} {} は資料からの推定値です（{}）。",
                param.label_ja,
                param.value_ja(),
                param.citation().ja
            ),
            Explain::Reference { param } => format!(
                "{}（{}）は公表資料で確認できないため、参考値 {} を適用しました（{}）。実際の値ではありません。",
                param.label_ja,
                class_ja(param),
                param.value_ja(),
                param.citation().ja
            ),
            Explain::RateVaries => "2.0 のインフラ整備事業の補助率は「1/2等」です。各省庁の交付要綱により 1/2 以外の率もあります。ここでは 1/2 で計算しています。".to_string(),
            Explain::UnknownFields { fields } => format!("知らない項目を無視しました: {}", fields.join(", ")),
        }
    }

    fn en(&self, year: Option<u32>) -> String {
        let y = year_prefix(Lang::En, year);
        match self {
            Explain::Capped { cap, cut } => format!(
                "{y}the national share was cut by {cut} oku yen by: {}{} ({}).",
                cap.label_en,
                guideline_en(cap),
                cap.value_en()
            ),
            Explain::PeriodOverMax { kind, years, max } => format!(
                "{}: a plan period of {years} fiscal years exceeds the maximum ({}); not eligible.",
                kind.label_en(),
                max.value_en()
            ),
            Explain::PeriodOverPrinciple { kind, years, principle, max, gen1_soft_donation_met } => {
                let extra = match gen1_soft_donation_met {
                    Some(true) => " Up to 5 years needs a 先駆型 project or a corporate donation of 0.02 oku yen (2 million yen) or more; such a donation is entered for this project.",
                    Some(false) => " Up to 5 years needs a 先駆型 project or a corporate donation of 0.02 oku yen (2 million yen) or more.",
                    None => "",
                };
                format!(
                    "{}: a plan period of {years} fiscal years is above the principle ({}), within the maximum ({}).{extra}",
                    kind.label_en(),
                    principle.value_en(),
                    max.value_en()
                )
            }
            Explain::InfraSector { sector } => format!(
                "1.0 infrastructure grants covered roads, sewage facilities and ports only (this project: {}).",
                sector.as_str()
            ),
            Explain::SupplementaryMultiYear { years } => {
                format!("1.0 supplementary-budget hub projects were single-year only (this project: {years} years).")
            }
            Explain::DigitalMultiYear { years } => {
                format!("Digital implementation types are supported for a single fiscal year only (this project: {years} years).")
            }
            Explain::NoSlot { pool, start_year, limit, .. } => format!(
                "The {} for projects starting in year {start_year} ({limit}) are taken by earlier projects.",
                pool.slots_name().en
            ),
            Explain::NoPartner => "A 2.0 infrastructure project must be combined with a soft or hub project (holding a slot) that overlaps it in time; there is none, so it is not eligible.".to_string(),
            Explain::ExtraSlot => "One of the 2 extra slots outside the normal limit was used. Their 'certain conditions' are not published and are not checked.".to_string(),
            Explain::NotModelled { kind } => format!(
                "{}: 1.0 had a separate digital type whose figures are not in the sources; left out of the 1.0 totals.",
                kind.label_en()
            ),
            Explain::GuidelineExceeded { cap, over } => format!(
                "{y}{}{} ({}) is exceeded by {over} oku yen (guidelines are not treated as caps).",
                cap.label_en,
                guideline_en(cap),
                cap.value_en()
            ),
            Explain::Unpublished { param } => format!(
                "{} ({}) was not confirmed in published sources and was not applied; the result is an upper estimate without it.",
                param.label_en,
                param.class.map(|c| c.label_en()).unwrap_or("all classes")
            ),
            Explain::Inferred { param } => format!(
                "{} {} is inferred from the sources ({}).",
                param.label_en,
                param.value_en(),
                param.citation().en
            ),
            Explain::Reference { param } => format!(
                "{} ({}) was not confirmed in published sources; the reference value {} was applied ({}). It is not the actual figure.",
                param.label_en,
                param.class.map(|c| c.label_en()).unwrap_or("all classes"),
                param.value_en(),
                param.citation().en
            ),
            Explain::RateVaries => "The 2.0 infrastructure rate is '1/2 and others': each ministry's rules may set other rates. 1/2 is used here.".to_string(),
            Explain::UnknownFields { fields } => format!("Ignored unknown fields: {}", fields.join(", ")),
        }
    }
}

fn class_ja(p: &Param) -> &'static str {
    p.class.map(|c| c.label_ja()).unwrap_or("全区分")
}
