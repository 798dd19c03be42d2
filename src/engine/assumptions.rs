//! The 前提 (assumptions) panel: every reading of the rules (docs/rules.md) that no source dictates (assumption) and
//! every inferred value, each with where it is stated. The app renders this list as it is.

use crate::engine::basis::Basis;
use crate::engine::sources::{self, SourceRef};
use crate::engine::text::Text;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

#[derive(Clone, Copy, Debug)]
pub struct Assumption {
    pub id: &'static str,
    pub text_ja: &'static str,
    pub text_en: &'static str,
    pub basis: Basis,
    /// Where it is stated: the document it reads, or the project's own rules.
    pub source_ref: SourceRef,
}

impl Assumption {
    /// The citation a person reads.
    pub fn citation(&self) -> Text {
        self.source_ref.citation()
    }
}

/// `{ id, text_ja, text_en, basis, source (the citation), source_ref }`.
impl Serialize for Assumption {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("id", self.id)?;
        m.serialize_entry("text_ja", self.text_ja)?;
        m.serialize_entry("text_en", self.text_en)?;
        m.serialize_entry("basis", &self.basis)?;
        m.serialize_entry("source", &self.citation().ja)?;
        m.serialize_entry("source_ref", &self.source_ref)?;
        m.end()
    }
}

const fn a(
    id: &'static str,
    basis: Basis,
    text_ja: &'static str,
    text_en: &'static str,
    source_ref: SourceRef,
) -> Assumption {
    Assumption { id, text_ja, text_en, basis, source_ref }
}

/// The project's rules document, and its 財源ナビ document.
const R: SourceRef = SourceRef::new(sources::RULES);
const M: SourceRef = SourceRef::new(sources::MEASURES);

use Basis::{Assumption as A, Inferred as I};

pub static ASSUMPTIONS: &[Assumption] = &[
    a("slots_per_start_year", A, "申請件数は開始年度ごとに数えます（同じ年度に始まる事業が、その年度の申請枠を分け合います）。", "Applications are counted per start year: projects starting in the same year share that year's slots.", R.at("手順2")),
    a("one_project_one_application", A, "1事業を1件の申請とします（ソフト・拠点と組み合わせるインフラ整備事業も1件）。", "Each project is one application, including an infrastructure project combined with a soft or hub project.", R.at("手順2")),
    a("extra_slot_condition", A, "枠外の2件（一定の条件を満たす事業）は、利用者の申告どおりに使えるものとし、条件は判定しません。", "The 2 extra slots are granted as the user claims them; their condition is not checked.", R),
    a("partner_overlaps", A, "インフラ整備事業の組み合わせ相手は、申請枠を得たソフト事業又は拠点整備事業で、期間が1年度以上重なるものとします（相手の国費が上限で0になっても組み合わせは有効）。", "An infrastructure project's partner is a soft or hub project holding a slot that overlaps it in at least one year (even if its amount later falls to 0).", R.at("手順3")),
    a("round_down_to_yen", A, "国費は事業・年度ごとに正確に計算し、1円未満を切り捨てます（資料に端数処理の定めはありません）。", "The national share is computed exactly per project and year and rounded down to a whole yen (the sources state no rounding).", R.at("手順4")),
    a("priority_order", A, "上限の範囲内で、事業の並び順（優先順位）に国費を割り当てます。先の事業が受け取れる最大額を保ったまま、後の事業に最大額を割り当て、各事業の国費はできるだけ早い年度に置きます。", "Within the caps, national shares go to projects in list (priority) order: each gets the most it can while earlier ones keep theirs, placed in the earliest years possible.", R.at("手順6")),
    a("gen1_soft_per_year", I, "1.0 ソフト事業の 0.7億円/件 は、1件あたり年度ごとの上限と読みます。", "The 1.0 soft cap of 0.7 oku yen per project is read as per fiscal year.", SourceRef::new(sources::CAO_MATERIAL_4_2)),
    a("gen1_soft_tier", I, "資料の 0.7億円/件 は横展開型の水準と読み、期間は原則3年度・最長5年度（先駆型、又は200万円以上の寄附の充当が条件）とします。", "The seed's 0.7 oku yen is read as the 横展開型 tier: 3 years normally, up to 5 (先駆型, or a donation of 2 million yen or more).", SourceRef::new(sources::MOF_PROPOSAL).quote("横展開型の通常の支援は3年間")),
    a("gen1_hub_per_project", A, "1.0 拠点整備事業の 5億円/年度 は、1事業あたり年度ごとの上限とします（当初・補正とも）。", "The 1.0 hub cap of 5 oku yen per year is read as per project (initial and supplementary alike).", SourceRef::new(sources::GEN1_GEN2_DIFF).quote("＜当初＞1件5億円/年度（複数年度可）")),
    a("gen1_supplementary_single_year", I, "1.0 補正の拠点整備事業は単年度のみ、という市区町村欄の定めを全区分に適用します。", "The 1.0 rule that supplementary hubs are single-year (市区町村 column) is applied to every class.", R),
    a("gen1_periods", I, "1.0 の拠点整備事業（当初）とインフラ整備事業の期間は、地域再生計画の5か年度以内とします。", "1.0 hub (initial) and infrastructure projects run at most 5 fiscal years (地域再生計画).", SourceRef::new(sources::CAO_MATERIAL_4_1).quote("地域再生計画(5ヶ年度以内)")),
    a("gen1_infra_rate", I, "1.0 インフラ整備事業（地方創生整備推進交付金）の補助率を 1/2 とします（各省庁の交付要綱に従う）。", "The 1.0 infrastructure rate is taken as 1/2 (each ministry's rules govern).", R),
    a("gen1_unpublished", A, "1.0 の都道府県・中枢中核都市の件数・上限と、インフラ整備事業の件数・上限は公表資料で確認できません。適用せず、結果は上振れの可能性がある試算として示します。", "1.0 counts and caps for prefectures and core cities, and for infrastructure, were not confirmed in published sources: they are not applied and the result is shown as an upper estimate.", R),
    a("type_s_cost_cap", A, "TYPE S の「事業費：３億円」は対象事業費の上限と読みます（国費は最大2.25億円）。", "TYPE S 「事業費：３億円」 caps the eligible cost, so the national share is at most 2.25 oku yen.", R.at("手順5")),
    a("gen2_infra_rate", A, "2.0 インフラ整備事業の補助率「1/2等」は 1/2 で計算し、「等」を表示します。", "The 2.0 infrastructure rate '1/2等' is computed at 1/2 and the 等 is shown.", SourceRef::new(sources::GEN1_GEN2_DIFF).quote("補助率：1/2等（各省庁の交付要綱に従う）")),
    a("gen1_soft_local_finance", A, "1.0 ソフト事業の地方財政措置は、交付金に対応する地方負担（国費と同額）に対し、約半分を普通交付税、残りを特別交付税で措置されるものとして、寄附の後に計上します（交付税の算定に入る額で、事業年度の現金ではありません）。不交付団体は普通交付税分を見込みません。", "The 1.0 soft local-finance measure covers the local share matching the grant (equal to the national share), about half through 普通交付税 and half through 特別交付税, after the donation; it is an entitlement in the 交付税 calculation, not cash in the project's year. Non-recipients get no 普通交付税 part.", SourceRef::new(sources::SUISHIN_H28).quote("（１/２の地方負担については、地方財政措置を講じる）")),
    a("gen2_local_finance", A, "2.0 の地方負担への地方財政措置は公表資料で確認できないため計上しません。", "The 2.0 local-finance measure was not confirmed in published sources and is not counted.", R),
    a("bond_principal_only", I, "過疎対策事業債の交付税措置（70％）は元金に対して計算します（利率・償還期間は資料にありません）。地方債は財源の調達であり、負担の軽減としては数えません。", "The depopulation bond's 70% measure is computed on the principal (no interest or term in the source); the bond itself is financing, not a reduction.", M.at("R9")),
    a("bond_non_recipient", A, "不交付団体は普通交付税を受けないため、過疎対策事業債の交付税措置（基準財政需要額への算入）も見込みません。", "A non-recipient of 普通交付税 gets no allocation-tax measure on a depopulation bond either (it works through the 基準財政需要額).", M.at("R9")),
    a("donation_layer", A, "企業版ふるさと納税の寄附は、事業の地方負担を上限として、地方負担から先に差し引きます。国費とは混ぜません。", "A corporate donation is taken from the project's local share first, at most that share, and never mixed into the national share.", R),
];

/// Every assumption and inferred reading, in the order of docs/rules.md.
pub fn assumptions() -> &'static [Assumption] {
    ASSUMPTIONS
}
