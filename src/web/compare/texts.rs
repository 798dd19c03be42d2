//! Texts of the compare view.

use kofukin::engine::text::Text;

pub const HEADING: Text = Text::new("2つの案を比べる", "Compare two plans");
pub const INTRO: Text = Text::new(
    "案Aと案Bを、1.0 と 2.0 の両方のルールで並べて示します。このページのリンクで同じ比較を開けます。",
    "Plan A and Plan B side by side under both rule sets. This page's link opens the same comparison.",
);
pub const PLAN_A: Text = Text::new("案A", "Plan A");
pub const PLAN_B: Text = Text::new("案B", "Plan B");
pub const DIFFERENCE: Text = Text::new("差（案B − 案A）", "Difference (Plan B − Plan A)");
pub const NO_PLAN_B: Text = Text::new(
    "案Bを選ぶか、リンクを貼り付けると、差を示します。",
    "Choose Plan B or paste a link to see the differences.",
);
pub const TOTAL_NATIONAL: Text = Text::new("国費合計", "Total national share");
pub const REMAINING_LOCAL: Text = Text::new("実質的な地方負担", "Remaining local burden");
pub const YEAR: Text = Text::new("年度", "Year");
pub const COST: Text = Text::new("事業費", "Cost");
pub const UNIT: Text = Text::new("単位：億円", "Unit: 100 million yen");
pub const ITEM: Text = Text::new("項目", "Item");
pub const PROJECTS: Text = Text::new("事業数", "Projects");
pub const PRINT: Text = Text::new("印刷する", "Print");
pub const CURRENT: Text = Text::new("いまの案", "The current plan");
pub const CHOOSE: Text = Text::new("選んでください", "Choose");
pub const SAVED_GROUP: Text = Text::new("保存した案", "Saved scenarios");
pub const PASTE: Text = Text::new("リンクを貼り付け", "Paste a link");
pub const USE_LINK: Text = Text::new("このリンクを使う", "Use this link");
pub const NOT_A_LINK: Text = Text::new(
    "このページのリンク（?から始まる部分を含むもの）を貼り付けてください。",
    "Paste a link of this page (one with a part starting with ?).",
);

/// 「案Aを選ぶ」 / "Choose Plan A".
pub fn choose_plan(plan: &Text) -> Text {
    Text::owned(format!("{}を選ぶ", plan.ja), format!("Choose {}", plan.en))
}

/// The caption of a per-year table: 「案Aの年度別」 / "Plan A by year".
pub fn by_year(plan: &Text) -> Text {
    Text::owned(format!("{}の年度別", plan.ja), format!("{} by year", plan.en))
}

/// A year of the plan: 「令和8年度」 when the first fiscal year is known, else 「2年目」.
pub fn year(y: u32, fiscal_year: Option<u32>) -> Text {
    match fiscal_year {
        Some(f) => Text::owned(crate::texts::reiwa(f), format!("FY{f}")),
        None => Text::owned(format!("{y}年目"), format!("Year {y}")),
    }
}

/// A column of national share under a rule set: 「2.0 国費」 / "2.0 national".
pub fn national_of(short: &str) -> Text {
    Text::owned(format!("{short} 国費"), format!("{short} national"))
}

/// A row of a rule set's figure: 「2.0 国費合計」.
pub fn of_rule_set(short: &str, what: &Text) -> Text {
    Text::owned(format!("{short} {}", what.ja), format!("{short} {}", what.en))
}
pub const COMPARE: Text = Text::new("この案を比べる", "Compare this plan");

pub const UPPER_ESTIMATE: Text = Text::new(
    "最大でこの額です（公表資料で確認できない上限を適用していないため、実際はこれより少ない可能性があります）。",
    "At most this amount: caps not confirmed in published sources are not applied, so the actual amount may be less.",
);
pub const REFERENCE_ESTIMATE: Text = Text::new(
    "参考値による試算です（公表資料で確認できない値を参考値で補っています）。",
    "An estimate with reference values (values not confirmed in published sources are filled in).",
);
pub const DIFFERENCE_OF_ESTIMATES: Text = Text::new(
    "どちらかの案に最大の見込みや参考値による試算が含まれるため、その制度の差は確定した額ではありません。",
    "One of the plans includes an upper estimate or an estimate with reference values, so that rule set's difference is not a settled amount.",
);
