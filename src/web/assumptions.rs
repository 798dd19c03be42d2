//! The 前提 panel's list. Placeholder until the engine's `kofukin::rules::assumptions()` lands on
//! main: the same shape, written from the **assumption** and **inferred** points of RULES.md.

use kofukin::rules::finding::Basis;

pub struct Assumption {
    pub id: &'static str,
    pub text_ja: &'static str,
    pub text_en: &'static str,
    pub basis: Basis,
    pub source: &'static str,
}

pub fn assumptions() -> Vec<Assumption> {
    const R: &str = "reference/RULES.md";
    vec![
        Assumption { id: "gen1_hub_per_project", text_ja: "1.0 の拠点整備事業の上限（5億円/年度）は事業ごと・年度ごとの上限と読みます。", text_en: "The 1.0 hub cap (5 oku yen per year) is read as per project and year.", basis: Basis::Assumption, source: R },
        Assumption { id: "slots_per_start_year", text_ja: "申請件数は事業の開始年度ごとに数えます（その年度の新規申請）。", text_en: "Application slots are counted per start year (that year's new applications).", basis: Basis::Assumption, source: R },
        Assumption { id: "one_application_per_project", text_ja: "ソフト事業・拠点整備事業と組み合わせるインフラ整備事業も含め、1事業を1件の申請として数えます。", text_en: "Each project is one application, including an infrastructure project combined with a soft or hub project.", basis: Basis::Assumption, source: R },
        Assumption { id: "infra_partner_overlaps", text_ja: "2.0 のインフラ整備事業の組み合わせ要件は、ソフト事業又は拠点整備事業が少なくとも1年度重なって実施されることと読みます。", text_en: "The 2.0 pairing requirement is read as a soft or hub project running in at least one of the infrastructure project's years.", basis: Basis::Assumption, source: R },
        Assumption { id: "round_down_yen", text_ja: "各事業・各年度の国費は1円未満を切り捨てます（資料に端数処理の定めはありません）。", text_en: "Each project-year national share is rounded down to a whole yen (the sources state no rounding).", basis: Basis::Assumption, source: R },
        Assumption { id: "priority_order", text_ja: "上限が足りないときは、一覧の順（申請者の優先順位）に前の事業から配分します。", text_en: "When a cap binds, earlier projects in the list (the applicant's priority order) are served first.", basis: Basis::Assumption, source: R },
        Assumption { id: "gen1_soft_per_year", text_ja: "1.0 のソフト事業の上限 0.7億円/件 は年度ごとの額と読みます（推定）。", text_en: "The 1.0 soft cap of 0.7 oku yen per project is read as per year (inferred).", basis: Basis::Inferred, source: R },
        Assumption { id: "gen1_supplementary_single_year_all_classes", text_ja: "1.0 の補正の拠点整備事業は単年度のみという定めを、すべての自治体の種類に当てはめます（推定）。", text_en: "The 1.0 rule that supplementary-budget hub projects run one year only is applied to every class (inferred).", basis: Basis::Inferred, source: R },
        Assumption { id: "unpublished_not_applied", text_ja: "未公表の値は推測せず適用しません。その場合の合計は上限の見込みです。", text_en: "Unpublished values are never guessed or applied; totals are then upper estimates.", basis: Basis::Assumption, source: R },
    ]
}
