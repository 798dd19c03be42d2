//! The registry of source documents: every document the project cites, with its own title, its
//! publisher, its date, its kind and a public address where one is recorded (sources/README.md).
//! Parameters, findings, measure lines and the 前提 panel cite a document by its id through a
//! [`SourceRef`] (the document, a place in it, and the phrase quoted from it); the text a person reads
//! is [`Source::citation`], never a file name or a path.
//!
//! The documents the project quotes are shipped in `sources/` as `<id>.txt`; a test checks every
//! quote against them.

use crate::engine::text::Text;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// What kind of document it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Published by a ministry, the Cabinet, or a local government.
    Government,
    /// A publisher's, a news outlet's or another body's page that restates or reports the rules.
    Secondary,
    /// The project's own documents: cited by assumptions and by values no source settles.
    Project,
}

impl SourceKind {
    /// The name a person reads.
    pub fn label(self) -> Text {
        match self {
            SourceKind::Government => Text::new("公的機関の資料", "Government document"),
            SourceKind::Secondary => Text::new("二次資料", "Secondary source"),
            SourceKind::Project => Text::new("本ツールの資料", "This tool's document"),
        }
    }
}

/// One document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Stable kebab-case id; the shipped text is `sources/<id>.txt`.
    pub id: &'static str,
    /// The document's own title (or, where it has none on record, what it is: see `titled`).
    pub title: Text,
    pub publisher: Text,
    /// ISO date, as precise as known (`2016-10-11`, `2023-04`, `2017`); empty when not known.
    pub date: &'static str,
    pub kind: SourceKind,
    /// A public address, only where the project's sources record one.
    pub url: Option<&'static str>,
    /// False where no title is on record and `title` says what the document is; the citation then
    /// puts no 「」 around it.
    pub titled: bool,
    /// The text is shipped in `sources/<id>.txt`.
    pub shipped: bool,
}

/// A citation: the document, a place in it (slide, note, section), and the phrase quoted verbatim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct SourceRef {
    pub id: &'static str,
    pub location: Option<&'static str>,
    pub quote: Option<&'static str>,
}

impl SourceRef {
    /// A citation of a whole document, with no place and no quote.
    pub const fn new(id: &'static str) -> SourceRef {
        SourceRef { id, location: None, quote: None }
    }
    /// The place in the document (its own mark: 「注3」, or 「手順2」 of the project's rules).
    pub const fn at(mut self, location: &'static str) -> SourceRef {
        self.location = Some(location);
        self
    }
    /// The phrase quoted verbatim from the document.
    pub const fn quote(mut self, quote: &'static str) -> SourceRef {
        self.quote = Some(quote);
        self
    }
    /// The document cited.
    pub fn source(&self) -> Option<&'static Source> {
        find(self.id)
    }
    /// The citation a person reads: document, date, place (no quote).
    pub fn citation(&self) -> Text {
        match self.source() {
            Some(s) => s.citation(self.location),
            None => Text::owned(self.id.to_string(), self.id.to_string()),
        }
    }
}

impl Source {
    /// 内閣府「地方創生交付金（1.0と2.0の違いについて）」（注3） / Cabinet Office, "…" (note 3): the
    /// publisher, the title, the date when known and the place when given.
    pub fn citation(&self, location: Option<&str>) -> Text {
        let ja_title =
            if self.titled { format!("「{}」", self.title.ja) } else { format!("（{}）", self.title.ja) };
        let en_title = if self.titled { format!("\"{}\"", self.title.en) } else { self.title.en.to_string() };
        let mut ja_rest: Vec<String> = Vec::new();
        let mut en_rest: Vec<String> = Vec::new();
        if !self.date.is_empty() {
            ja_rest.push(date_ja(self.date));
            en_rest.push(self.date.to_string());
        }
        if let Some(l) = location.filter(|l| !l.is_empty()) {
            ja_rest.push(l.to_string());
            en_rest.push(location_en(l));
        }
        let ja = if ja_rest.is_empty() {
            format!("{}{ja_title}", self.publisher.ja)
        } else {
            format!("{}{ja_title}（{}）", self.publisher.ja, ja_rest.join("、"))
        };
        let en = if en_rest.is_empty() {
            format!("{}, {en_title}", self.publisher.en)
        } else {
            format!("{}, {en_title} ({})", self.publisher.en, en_rest.join(", "))
        };
        Text::owned(ja, en)
    }
}

/// `2016-10-11` → 2016年10月11日, `2023-04` → 2023年4月, `2017` → 2017年.
fn date_ja(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let n = |s: &str| s.trim_start_matches('0').to_string();
    match parts.as_slice() {
        [y, m, d] => format!("{y}年{}月{}日", n(m), n(d)),
        [y, m] => format!("{y}年{}月", n(m)),
        _ => format!("{iso}年"),
    }
}

/// A place in a document, for the English citation: 注3 → note 3, 手順2 → step 2; other places are the
/// document's own Japanese headings and stay as they are.
fn location_en(l: &str) -> String {
    if let Some(rest) = l.strip_prefix("手順") {
        format!("step {rest}")
    } else if let Some(rest) = l.strip_prefix('注') {
        format!("note {rest}")
    } else {
        l.to_string()
    }
}

impl Serialize for Source {
    /// `{ id, title_ja, title_en, publisher_ja, publisher_en, date, kind, url }` (docs/format.md,
    /// "Sources"); `date` is null when not known.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(9))?;
        m.serialize_entry("id", self.id)?;
        m.serialize_entry("title_ja", &self.title.ja)?;
        m.serialize_entry("title_en", &self.title.en)?;
        m.serialize_entry("publisher_ja", &self.publisher.ja)?;
        m.serialize_entry("publisher_en", &self.publisher.en)?;
        m.serialize_entry("date", &(!self.date.is_empty()).then_some(self.date))?;
        m.serialize_entry("kind", &self.kind)?;
        m.serialize_entry("url", &self.url)?;
        m.serialize_entry("shipped", &self.shipped)?;
        m.end()
    }
}

/// Every document, shipped ones first, then the public documents, then the project's own.
pub fn registry() -> &'static [Source] {
    REGISTRY
}

/// The document with this id.
pub fn find(id: &str) -> Option<&'static Source> {
    REGISTRY.iter().find(|s| s.id == id)
}

/// The registry as text for `kofukin sources`: one line per document.
pub fn registry_text() -> String {
    let mut out = String::from("id\t種類 kind\t日付 date\t出典 citation\tURL\n");
    for s in REGISTRY {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            s.id,
            s.kind.label().ja,
            s.date,
            s.citation(None).ja,
            s.url.unwrap_or("")
        ));
    }
    out
}

// Ids used across the engine.
/// 内閣府「地方創生交付金（1.0と2.0の違いについて）」: the comparison slide.
pub const GEN1_GEN2_DIFF: &str = "cao-gen1-gen2-diff";
/// 内閣府地方創生推進室: the 推進交付金 as created (H28).
pub const SUISHIN_H28: &str = "cao-suishin-kofukin-h28";
/// 地方創生2.0の「基本的な考え方」, with the デジタル実装型 slide (R6 補正).
pub const GEN2_BASIC_APPROACH: &str = "honbu-gen2-basic-approach";
/// 「地方創生2.0基本構想」（概要）, with the 企業版ふるさと納税 and プロフェッショナル人材 slides.
pub const GEN2_BASIC_PLAN: &str = "cabinet-gen2-basic-plan";
/// 総務省 地域力創造グループ 令和５年度施策.
pub const MIC_REGIONAL_POWER: &str = "mic-regional-power-r5";
/// ぎょうせい 用語集.
pub const GYOSEI_DICTIONARY: &str = "gyosei-dictionary-suishin";
/// 内閣府 資料4-1 (H29).
pub const CAO_MATERIAL_4_1: &str = "cao-material-4-1-h29";
/// 内閣府 資料4-2 (H29 運用方針).
pub const CAO_MATERIAL_4_2: &str = "cao-material-4-2-h29";
/// 財務省 建議 参考資料(3).
pub const MOF_PROPOSAL: &str = "mof-proposal-r6-reference-3";
/// 日本経済新聞 on 中枢中核都市.
pub const NIKKEI_CORE_CITIES: &str = "nikkei-core-cities-2018";
/// 熊本県 拠点整備タイプ.
pub const KUMAMOTO_HUB: &str = "kumamoto-hub-portal";
/// 総務省 地方債課 (H28 補正).
pub const MIC_BOND_H28: &str = "mic-bond-h28-supplementary";
/// 内閣府 企業版ふるさと納税ポータル.
pub const KIGYOBAN_PORTAL: &str = "cao-kigyoban-portal";
/// The project's rules document (docs/rules.md).
pub const RULES: &str = "kofukin-rules";
/// The project's 財源ナビ document (docs/measures.md).
pub const MEASURES: &str = "kofukin-measures";

const fn doc(
    id: &'static str,
    title: Text,
    publisher: Text,
    date: &'static str,
    kind: SourceKind,
    shipped: bool,
) -> Source {
    Source { id, title, publisher, date, kind, url: None, titled: true, shipped }
}

const fn with_url(mut s: Source, url: &'static str) -> Source {
    s.url = Some(url);
    s
}

const fn untitled(mut s: Source) -> Source {
    s.titled = false;
    s
}

const CAO: Text = Text::new("内閣府", "Cabinet Office");
use SourceKind::{Government, Project, Secondary};

static REGISTRY: &[Source] = &[
    // ── shipped (sources/<id>.txt) ──
    doc(
        GEN1_GEN2_DIFF,
        Text::new("地方創生交付金（1.0と2.0の違いについて）", "Regional Revitalization Grants: the differences between 1.0 and 2.0"),
        CAO,
        "",
        Government,
        true,
    ),
    doc(
        SUISHIN_H28,
        Text::new(
            "地方創生の深化のための新型交付金（地方創生推進交付金）",
            "A new grant to deepen regional revitalization (Regional Revitalization Promotion Grant)",
        ),
        Text::new("内閣府地方創生推進室", "Cabinet Office, Regional Revitalization Promotion Office"),
        "",
        Government,
        true,
    ),
    doc(
        GEN2_BASIC_APPROACH,
        Text::new("【概要】 地方創生2.0の「基本的な考え方」", "Summary: the basic approach of Regional Revitalization 2.0"),
        Text::new("新しい地方経済・生活環境創生本部", "Headquarters for Creating New Regional Economies and Living Environments"),
        "2024-12-24",
        Government,
        true,
    ),
    doc(
        GEN2_BASIC_PLAN,
        Text::new("「地方創生2.0基本構想」（概要）", "Basic Plan for Regional Revitalization 2.0 (summary)"),
        Text::new("閣議決定", "Cabinet decision"),
        "2025-06-13",
        Government,
        true,
    ),
    doc(
        MIC_REGIONAL_POWER,
        Text::new("令和５年度 地域力創造グループ施策について", "Measures of the Regional Development Group, fiscal 2023"),
        Text::new("総務省 地域力創造グループ", "Ministry of Internal Affairs and Communications, Regional Development Group"),
        "2023-04",
        Government,
        true,
    ),
    // ── public documents the project has no text of ──
    doc(
        GYOSEI_DICTIONARY,
        Text::new(
            "最新行政大事典 用語集 地方創生推進交付金とは",
            "Dictionary of public administration: the Regional Revitalization Promotion Grant",
        ),
        Text::new("ぎょうせい", "Gyosei"),
        "",
        Secondary,
        false,
    ),
    untitled(doc(
        "nobeoka-suishin",
        Text::new("地方創生推進交付金についての市のページ", "the city's page on the Promotion Grant"),
        Text::new("延岡市", "Nobeoka City"),
        "2023",
        Government,
        false,
    )),
    doc(
        CAO_MATERIAL_4_1,
        Text::new("資料4-1 地方創生推進交付金", "Material 4-1: the Regional Revitalization Promotion Grant"),
        CAO,
        "2017",
        Government,
        false,
    ),
    doc(
        CAO_MATERIAL_4_2,
        Text::new(
            "資料4-2 地方創生推進交付金（平成29年度）の運用方針（案）について",
            "Material 4-2: operating policy (draft) of the Promotion Grant for fiscal 2017",
        ),
        CAO,
        "2017",
        Government,
        false,
    ),
    doc(
        "jtta-topics19-h29",
        Text::new("topics19", "topics19"),
        Text::new("日本観光振興協会", "Japan Travel and Tourism Association"),
        "2017",
        Secondary,
        false,
    ),
    doc(
        MOF_PROPOSAL,
        Text::new("令和6年度予算 建議 参考資料(3)", "Proposal on the fiscal 2024 budget, reference material (3)"),
        Text::new("財務省", "Ministry of Finance"),
        "",
        Government,
        false,
    ),
    untitled(doc(
        "fnn-gen1-caps-2024",
        Text::new("地方創生交付金の上限についての報道", "news report on the caps of the grants"),
        Text::new("FNNプライムオンライン", "FNN Prime Online"),
        "2024-12",
        Secondary,
        false,
    )),
    untitled(doc(
        NIKKEI_CORE_CITIES,
        Text::new("中枢中核都市についての報道（二次資料による引用）", "news report on core cities, as quoted in secondary pages"),
        Text::new("日本経済新聞", "Nikkei"),
        "2018-12-21",
        Secondary,
        false,
    )),
    doc(
        KUMAMOTO_HUB,
        Text::new("地方創生各種支援制度ポータル 拠点整備タイプ", "Portal of regional revitalization support schemes: hub type"),
        Text::new("熊本県", "Kumamoto Prefecture"),
        "",
        Government,
        false,
    ),
    doc(
        MIC_BOND_H28,
        Text::new(
            "平成28年度国の補正予算（第2号）に係る地方債の取扱いについて",
            "Local bonds for the national supplementary budget (No. 2) of fiscal 2016",
        ),
        Text::new("総務省 自治財政局地方債課", "Ministry of Internal Affairs and Communications, Local Bond Division"),
        "2016-10-11",
        Government,
        false,
    ),
    doc(
        "chiba-seibi-suishin",
        Text::new("地方創生整備推進交付金", "Regional Revitalization Infrastructure Grant"),
        Text::new("千葉県", "Chiba Prefecture"),
        "",
        Government,
        false,
    ),
    doc(
        "cas-core-cities-2018",
        Text::new(
            "事務連絡 「中枢中核都市」の範囲及び支援施策について",
            "Notice: the scope of core cities and the measures supporting them",
        ),
        Text::new("内閣官房・内閣府", "Cabinet Secretariat and Cabinet Office"),
        "2018-12-18",
        Government,
        false,
    ),
    doc(KIGYOBAN_PORTAL, Text::new("企業版ふるさと納税ポータル", "Corporate hometown tax donation portal"), CAO, "", Government, false),
    with_url(
        doc(
            "smrj-gen2-support",
            Text::new(
                "支援策 3(10)「新しい地方経済・生活環境創生交付金(第2世代交付金)」",
                "Support 3(10): the second-generation grant",
            ),
            Text::new(
                "独立行政法人中小企業基盤整備機構 中心市街地活性化協議会支援センター",
                "Organization for Small & Medium Enterprises and Regional Innovation, downtown revitalization support centre",
            ),
            "",
            Secondary,
            false,
        ),
        "https://machi.smrj.go.jp/support/3_10.html",
    ),
    with_url(
        doc(
            "aichi-gen2",
            Text::new("新しい地方経済・生活環境創生交付金について", "On the second-generation grant"),
            Text::new("愛知県", "Aichi Prefecture"),
            "",
            Secondary,
            false,
        ),
        "http://www.pref.aichi.jp/soshiki/chiho-sosei/digiden.html",
    ),
    // ── the project's own documents ──
    doc(
        RULES,
        Text::new("計算ルール", "The rules it computes"),
        Text::new("本ツール（kofukin）", "This tool (kofukin)"),
        "",
        Project,
        false,
    ),
    doc(
        MEASURES,
        Text::new("財源ナビの計算と読み方", "財源ナビ: calculation and readings"),
        Text::new("本ツール（kofukin）", "This tool (kofukin)"),
        "",
        Project,
        false,
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case() {
        let mut ids: Vec<_> = registry().iter().map(|s| s.id).collect();
        for id in &ids {
            assert!(id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{id}");
        }
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), registry().len());
    }

    #[test]
    fn a_citation_names_publisher_title_date_and_place() {
        let s = find(GEN1_GEN2_DIFF).map(|s| s.citation(Some("注3")));
        assert_eq!(
            s.as_ref().map(|t| t.ja.as_ref()),
            Some("内閣府「地方創生交付金（1.0と2.0の違いについて）」（注3）")
        );
        let b = find(MIC_BOND_H28).map(|s| s.citation(None)).map(|t| t.ja.to_string()).unwrap_or_default();
        assert!(b.ends_with("（2016年10月11日）"), "{b}");
        let en = find(GEN1_GEN2_DIFF).map(|s| s.citation(Some("注3")).en.to_string()).unwrap_or_default();
        assert!(en.starts_with("Cabinet Office, \"") && en.ends_with("(note 3)"), "{en}");
    }
}
