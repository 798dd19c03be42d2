//! The simulator view's texts in both languages: controls, result columns, chart and panels.
//! Engine names (kinds, classes, rounds, sectors, pools, severities, bases) come from the engine's
//! `label()` / `short_label()`.

use crate::texts::{fiscal_year, reiwa};
use crate::ui::format::grouped_2dp;
use kofukin::engine::outcome::Verdict;
use kofukin::engine::text::Text;
use rust_decimal::Decimal;

pub const UNIT_NOTE: Text = Text::new(
    "金額は億円。表示は0.01億円単位に四捨五入しています（正確な値は数字にポインターを当てるか、詳細で確認できます）。",
    "Amounts in oku yen (1 oku = 100 million yen), shown rounded to 0.01; hover a figure or open its details for the exact value.",
);

// Controls
pub const CONTROLS_HEADING: Text = Text::new("条件", "Scenario");
pub const CLASS_GROUP: Text = Text::new("自治体の種類", "Type of local government");
/// Accessible names of the sliders and their typed fields (the browser tests select by them).
pub fn count_name(kind: &Text) -> Text {
    Text::owned(format!("{}の件数", kind.ja), format!("Number of {} projects", kind.en))
}
pub fn cost_name(kind: &Text) -> Text {
    Text::owned(
        format!("{}の年間事業費（億円）", kind.ja),
        format!("Annual cost of {} projects (100 million yen)", kind.en),
    )
}
pub fn years_name(kind: &Text) -> Text {
    Text::owned(format!("{}の事業年数", kind.ja), format!("Years of {} projects", kind.en))
}
/// Visible short labels next to the sliders.
pub const COUNT_LABEL: Text = Text::new("件数", "Number");
pub const COST_LABEL: Text = Text::new("年間事業費（億円）", "Annual cost (100 million yen)");
pub const YEARS_LABEL: Text = Text::new("事業年数", "Years");
pub const COUNT_UNIT: Text = Text::new("件", "");
pub const COST_UNIT: Text = Text::new("億円", "oku yen");
pub const YEARS_UNIT: Text = Text::new("年", "yr");
pub const HUB_ROUND: Text = Text::new("拠点整備事業の予算", "Budget of hub projects");
pub const INFRA_SECTOR: Text = Text::new("インフラ整備事業の分野", "Sector of infrastructure projects");
pub const SECTOR_NOTE: Text = Text::new(
    "1.0 の対象は道・汚水処理施設・港湾のみです。",
    "Under 1.0 only roads, sewage treatment and ports are eligible.",
);
pub const GUIDELINES_CAPS: Text = Text::new("目安を上限として扱う", "Treat guideline amounts as caps");
pub const GUIDELINES_HELP: Text = Text::new(
    "資料が「目安」とする金額（拠点整備の上限、インフラの単年度額）を上限として計算します。外すと、超えた分を注意として示します。",
    "Applies the amounts the sources call guidelines (hub caps, yearly infrastructure amounts) as caps. Unchecked, amounts above them are shown as notes.",
);
pub fn projects_summary(n: usize) -> Text {
    Text::owned(format!("事業 {n} 件"), format!("{n} projects"))
}

// Results
pub const RESULTS_HEADING: Text = Text::new("試算結果", "Results");
pub const TOTAL_NATIONAL: Text = Text::new("国費合計", "Total national share");
pub const TOTAL_COST: Text = Text::new("事業費合計", "Total project cost");
pub const TOTAL_LOCAL: Text = Text::new("地方負担", "Local share");
pub const DIFFERENCE_HEADING: Text =
    Text::new("2.0 − 1.0 の差（国費合計）", "2.0 − 1.0 difference (total national share)");
pub const DIFFERENCE_NOTE: Text = Text::new(
    "両方の制度で試算できる事業の国費で比べています。",
    "Compares the national share of the projects both rule sets model.",
);
pub const DIFFERENCE_MORE: Text = Text::new("2.0 のほうが多くなります", "2.0 gives more");
pub const DIFFERENCE_LESS: Text = Text::new("1.0 のほうが多くなります", "1.0 gives more");
pub const DIFFERENCE_SAME: Text = Text::new("同じです", "The same");
pub const DIFFERENCE_AT_LEAST: Text =
    Text::new("2.0 のほうが少なくともこの額だけ多くなります", "2.0 gives at least this much more");
pub const DIFFERENCE_UNDECIDABLE: Text = Text::new(
    "どちらが多いかは公表資料からは判断できません",
    "Which gives more cannot be decided from the published sources",
);
pub const DIFFERENCE_REFERENCE: Text = Text::new("参考値による試算", "Estimate with reference values");
pub const DIFFERENCE_REFERENCE_NOTE: Text = Text::new(
    "1.0 の確認できない値を参考値で補った試算です。参考値には下限のものと以前の年度のものがあるため、どちらが多いかの判定はしていません。",
    "1.0's unconfirmed figures are filled in with reference values. Some reference values are floors and others earlier years' figures, so no verdict is given on which gives more.",
);
/// The 1.0 total is a maximum and the difference ≤ 0: how much more 1.0 could give at most.
pub fn at_most_gen1(amount: &str) -> Text {
    Text::owned(
        format!("1.0 のほうが多いとしても、最大で {amount}億円 です。"),
        format!("If 1.0 gives more, it is at most {amount} oku yen more."),
    )
}

/// What the difference box says: the verdict's words, its class (colour) and an optional sentence.
pub fn difference_words(verdict: Verdict, diff: Decimal) -> (Text, &'static str, Option<Text>) {
    match verdict {
        Verdict::Exact if diff > Decimal::ZERO => (DIFFERENCE_MORE, "up", None),
        Verdict::Exact if diff < Decimal::ZERO => (DIFFERENCE_LESS, "down", None),
        Verdict::Exact => (DIFFERENCE_SAME, "same", None),
        Verdict::AtLeast => (DIFFERENCE_AT_LEAST, "up", None),
        Verdict::Undecidable => (DIFFERENCE_UNDECIDABLE, "undecided", Some(at_most_gen1(&grouped_2dp(-diff)))),
        Verdict::Reference => (DIFFERENCE_REFERENCE, "reference", Some(DIFFERENCE_REFERENCE_NOTE)),
    }
}

/// The note that a rule set's total is a maximum, said plainly.
pub const UPPER_ESTIMATE: Text = Text::new(
    "最大でこの額です（公表資料で確認できない上限を適用していないため、実際はこれより少ない可能性があります）。",
    "At most this amount: caps not confirmed in published sources are not applied, so the actual amount may be less.",
);
/// The same, naming the rule set, in the difference box.
pub fn upper_estimate_of(rule_set: &str) -> Text {
    Text::owned(
        format!("{rule_set} の国費合計は{}", UPPER_ESTIMATE.ja),
        format!("{rule_set}'s total national share: {}", UPPER_ESTIMATE.en.to_ascii_lowercase()),
    )
}
/// 「公表資料で確認できない値: a、b」; the names are already in the page's language.
pub fn unpublished_ids(ids: &str) -> Text {
    Text::owned(format!("公表資料で確認できない値: {ids}"), format!("Not confirmed in published sources: {ids}"))
}
pub const REFERENCE_APPLIED: Text = Text::new(
    "参考値で補った値（1.0 の確認できない値の代わり）",
    "Reference values used (in place of unconfirmed 1.0 figures)",
);
pub const REFERENCE_SWITCH: Text =
    Text::new("1.0 の確認できない値を参考値で補う", "Use reference values for unconfirmed 1.0 figures");
pub const REFERENCE_SWITCH_HELP: Text = Text::new(
    "公表資料で確認できない 1.0 の上限を、以前の年度の値などの参考値で補って試算します。補った値は 1.0 の欄に出典とともに示します。",
    "Fills in 1.0 caps not confirmed in published sources with reference values (earlier years' figures and the like). Each value used is shown in the 1.0 column with its source.",
);

pub const LOCAL_BURDEN_DIFF: Text =
    Text::new("実質的な地方負担の差（2.0 − 1.0）", "Difference in net local burden (2.0 − 1.0)");
pub fn local_burdens(gen1: &str, gen2: &str) -> Text {
    Text::owned(
        format!("1.0: {gen1}億円 ／ 2.0: {gen2}億円（事業費 − 国費 − 寄附 − 交付税措置）"),
        format!(
            "1.0: {gen1} oku yen / 2.0: {gen2} oku yen (cost − national share − donation − allocation-tax support)"
        ),
    )
}
pub const DONATION_OFFSET: Text = Text::new(
    "1.0 では寄附の分だけ交付税措置が小さくなるため、寄附があっても 1.0 の実質的な地方負担は変わりません。",
    "Under 1.0 the allocation-tax support shrinks by as much as the donation, so a donation leaves 1.0's net local burden unchanged.",
);

/// No cap bound: 「上限に達していません（補助率1/2で計算）」.
pub fn not_capped(rate: &str) -> Text {
    Text::owned(
        format!("上限に達していません（補助率{rate}で計算）"),
        format!("No cap reached (computed at a subsidy rate of {rate})"),
    )
}
pub const NONE_CAPPED: Text = Text::new("どの事業も上限に達していません。", "No project reaches a cap.");
pub const AS_OF: Text = Text::new("資料の時点", "Sources as of");
pub const BY_KIND_HEADING: Text = Text::new("事業の種類別", "By kind of project");
pub const BY_YEAR_HEADING: Text = Text::new("年度別", "By year");
pub const COMPARABLE: Text =
    Text::new("比較対象の国費（両制度で試算できる事業）", "National share of the projects both rule sets model");
pub const COL_KIND: Text = Text::new("種類", "Kind");
pub const COL_COUNT: Text = Text::new("件数", "Projects");
pub const COL_COST: Text = Text::new("事業費", "Cost");
pub const COL_NATIONAL: Text = Text::new("国費", "National");
pub const COL_LOCAL: Text = Text::new("地方負担", "Local");
pub const NO_PROJECTS: Text = Text::new("事業がありません。", "No projects.");
pub const APPLICATIONS_HEADING: Text = Text::new("申請件数", "Applications");
pub fn applications_line(used: u32, limit: Option<u32>) -> Text {
    match limit {
        Some(l) => Text::owned(format!("{used} 件 ／ 上限 {l} 件"), format!("{used} of {l}")),
        None => Text::owned(
            format!("{used} 件（上限なし、又は公表資料で確認できず）"),
            format!("{used} (no limit, or not confirmed in published sources)"),
        ),
    }
}
pub fn extra_line(used: u32, limit: Option<u32>) -> Text {
    match limit {
        Some(l) => Text::owned(format!("枠外 {used} 件 ／ {l} 件"), format!("outside the cap: {used} of {l}")),
        None => Text::owned(format!("枠外 {used} 件"), format!("outside the cap: {used}")),
    }
}
pub fn start_year(y: u32) -> Text {
    Text::owned(format!("{y}年目開始"), format!("starting in year {y}"))
}
pub const FINDINGS_HEADING: Text = Text::new("制約と注意", "Caps and notes");
pub const NO_FINDINGS: Text =
    Text::new("上限や要件で金額が変わった事業はありません。", "No cap or requirement changed any amount.");
pub fn year_short(y: u32) -> Text {
    Text::owned(format!("{y}年目"), format!("year {y}"))
}
pub fn year_range(a: u32, b: u32) -> Text {
    Text::owned(format!("{a}〜{b}年目"), format!("years {a}–{b}"))
}
pub fn more_alike(n: usize) -> Text {
    Text::owned(format!("（ほか {n} 件も同様）"), format!("(and {n} more alike)"))
}
pub const QUICK_TOTALS: Text = Text::new("国費合計（要約）", "Total national share (summary)");
pub const QUICK_DIFFERENCE: Text = Text::new("差", "Difference");
/// The totals bar's short form of the verdict: what precedes and follows the figure.
pub fn quick_words(verdict: Verdict) -> (Option<Text>, Option<Text>) {
    match verdict {
        Verdict::Exact => (None, None),
        Verdict::AtLeast => (Some(Text::new("少なくとも", "at least")), None),
        Verdict::Undecidable => {
            (None, Some(Text::new("（どちらが多いか判断できません）", "(cannot tell which is larger)")))
        }
        Verdict::Reference => (None, Some(Text::new("（参考値による試算）", "(estimate with reference values)"))),
    }
}
pub const WHOLE_SCENARIO: Text = Text::new("全体", "Overall");

// Chart
pub const CHART_HEADING: Text = Text::new("年度別の国費", "National share by year");
pub const CHART_ALT: Text = Text::new(
    "年度別の国費を 1.0 と 2.0 で並べた棒グラフ。数値は下の表のとおり。",
    "Bar chart of the national share per year under 1.0 and 2.0; the figures are in the table below.",
);
/// 「2年目（令和8年度）」 / "Year 2 (FY2026)".
pub fn year_label(y: u32, fy: Option<u32>) -> Text {
    match fy {
        Some(f) => {
            let fy = fiscal_year(f);
            Text::owned(format!("{y}年目（{}）", fy.ja), format!("Year {y} ({})", fy.en))
        }
        None => Text::owned(format!("{y}年目"), format!("Year {y}")),
    }
}
pub const COL_YEAR: Text = Text::new("年度", "Year");
pub const CHART_EMPTY: Text = Text::new("事業がないため、グラフはありません。", "No projects, so no chart.");

// Panels
pub const PARAMS_HEADING: Text = Text::new("根拠（パラメーター一覧）", "Basis (every parameter)");
pub const PARAMS_INTRO: Text =
    Text::new("計算に使うすべての数値と、その出典です。", "Every number the calculation uses, with its source.");
pub const COL_RULE_SET: Text = Text::new("制度", "Rule set");
pub const COL_PARAM: Text = Text::new("項目", "Parameter");
pub const COL_VALUE: Text = Text::new("値", "Value");
pub const COL_CLASS: Text = Text::new("対象", "Applies to");
pub const COL_SOURCE: Text = Text::new("出典・引用", "Source and quote");
pub const ALL_CLASSES: Text = Text::new("すべて", "All");
pub const GUIDELINE: Text = Text::new("目安", "guideline");
pub const REFERENCE_BADGE: Text =
    Text::new("参考値（確認できない値の代わり）", "reference value (for an unconfirmed figure)");
pub const ASSUMPTIONS_HEADING: Text = Text::new("前提", "Assumptions");
pub const ASSUMPTIONS_INTRO: Text = Text::new(
    "資料が決めていない点について、この試算が置いている前提です。",
    "Where the sources leave a point open, this simulation assumes the following.",
);
pub const DIFFERENCES_HEADING: Text =
    Text::new("1.0 と 2.0 の金額以外の違い", "Differences between 1.0 and 2.0 beyond the amounts");
pub const DIFFERENCES_INTRO: Text = Text::new(
    "下に示す内閣府の資料から引用しています。",
    "Quoted from the Cabinet Office document named below, with our translation.",
);
pub const HOW_LINK: Text = Text::new("計算のしかた", "How it computes");
pub const SOURCES_HEADING: Text = Text::new("出典の資料", "Source documents");
pub const SOURCES_INTRO: Text = Text::new(
    "このツールが引用・参照する資料です。アドレスが分かっている資料はリンクしています。",
    "The documents this tool quotes or refers to, linked where their address is known.",
);
pub const BASIS_LEGEND_HEADING: Text = Text::new("根拠の区分", "Kinds of basis");

// Undo, the kind sliders when projects differ, the first fiscal year, announcements
pub const UNDO: Text = Text::new("元に戻す", "Undo");
pub const REDO: Text = Text::new("やり直す", "Redo");
pub const UNDO_KEYS: Text = Text::new("Ctrl+Z で元に戻す、Ctrl+Y でやり直し", "Ctrl+Z to undo, Ctrl+Y to redo");
pub const VARIES: Text = Text::new("個別設定あり", "Varies by project");
pub const APPLY_TO_ALL: Text = Text::new("すべてに適用", "Apply to all");
/// 「ソフト事業の年間事業費（億円）をすべてに適用」: the apply button's accessible name.
pub fn apply_to_all_name(slider: &str) -> Text {
    Text::owned(format!("{slider}をすべてに適用"), format!("Apply to all: {slider}"))
}
pub fn varies_help(kind: &Text) -> Text {
    Text::owned(
        format!("{}は事業ごとに異なります（個別の値は下の事業の編集で確認できます）。スライダーの値は「すべてに適用」を押すまで反映されません。", kind.ja),
        format!("{} projects differ from one another (see each one in the project editor below). The slider's value is used only when you press “Apply to all”.", kind.en),
    )
}
pub const FIRST_FISCAL_YEAR: Text = Text::new("開始年度", "First fiscal year");
pub const NO_FISCAL_YEAR: Text = Text::new("指定なし", "Not set");
pub const FIRST_FISCAL_YEAR_HELP: Text = Text::new(
    "1年目の年度です。指定すると表やグラフに年度（令和）を示します。",
    "The fiscal year of year 1; when set, tables and the chart name each year.",
);
/// What the live region says once input settles: both totals and the difference (already formatted).
pub fn totals_announcement(g1: &str, g2: &str, diff: &str) -> Text {
    Text::owned(
        format!("国費合計 1.0 {g1}億円、2.0 {g2}億円、差 {diff}億円"),
        format!("Total national share: 1.0 {g1} oku yen, 2.0 {g2} oku yen, difference {diff} oku yen"),
    )
}
/// A chart axis label: 「令和8」 / "FY2026" when the first fiscal year is set, else 「1年目」.
pub fn year_axis(y: u32, fy: Option<u32>) -> Text {
    match fy {
        Some(f) => Text::owned(reiwa(f).trim_end_matches("年度").to_string(), format!("FY{f}")),
        None => year_short(y),
    }
}
/// The name of a table of one rule set: 「年度別（1.0）」.
pub fn of_rule_set(heading: Text, short: &str) -> Text {
    Text::owned(format!("{}（{short}）", heading.ja), format!("{} ({short})", heading.en))
}

// The place of the page's lower part while its code loads.
pub const BELOW_LOADING: Text = Text::new(
    "共有・改善のヒント・事業の編集・保存した試算・根拠を読み込んでいます…",
    "Loading sharing, hints, the project editor, saved scenarios and the sources…",
);
pub const BELOW_FAILED: Text = Text::new(
    "共有・事業の編集・保存した試算などを読み込めませんでした。",
    "Sharing, the project editor, saved scenarios and the rest could not be loaded.",
);
pub const BELOW_RETRY: Text = Text::new("もう一度読み込む", "Try again");

#[cfg(test)]
mod tests {
    use super::*;
    use kofukin::engine::scenario::Kind;
    use kofukin::engine::text::Lang;

    #[test]
    fn slider_names_are_the_accessible_names_the_tests_use() {
        let ja = |t: Text| t.get(Lang::Ja).to_string();
        assert_eq!(ja(count_name(&Kind::Soft.short_label())), "ソフト事業の件数");
        assert_eq!(ja(cost_name(&Kind::Hub.short_label())), "拠点整備事業の年間事業費（億円）");
        assert_eq!(ja(years_name(&Kind::Infra.short_label())), "インフラ整備事業の事業年数");
        assert_eq!(count_name(&Kind::Soft.short_label()).get(Lang::En), "Number of Soft projects");
        assert_eq!(year_label(2, Some(2026)).get(Lang::Ja), "2年目（令和8年度）");
        assert_eq!(year_axis(2, Some(2026)).get(Lang::Ja), "令和8");
        assert_eq!(year_axis(1, Some(2019)).get(Lang::Ja), "令和元");
        assert_eq!(year_axis(2, None).get(Lang::Ja), "2年目");
        assert_eq!(
            totals_announcement("7.43", "10.50", "+3.07").get(Lang::Ja),
            "国費合計 1.0 7.43億円、2.0 10.50億円、差 +3.07億円"
        );
    }
}
