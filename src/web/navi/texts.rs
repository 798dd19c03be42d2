//! The texts of the 財源ナビ view itself. Everything about a measure (names, fields, choices, units, line
//! names, summaries, readings) is data of the measure in the engine (`kofukin::engine::measures`).

use kofukin::engine::text::Text;

pub const HEADING: Text = Text::new(
    "財源ナビ：交付金と組み合わせる地方財政措置",
    "Funding navigator: local-finance measures to combine with the grant",
);
pub const INTRO: Text = Text::new(
    "交付金と組み合わせられる17の地方財政措置（特別交付税措置、国の補助金、地方債など）です。支援の対象で絞り込み、各措置の計算機で自団体の数字を入れると、財源ごとの額・効いている上限・根拠を確認できます。",
    "Seventeen local-finance measures (special allocation tax measures, national subsidies, local bonds) that a municipality can combine with the grant. Filter them by what they fund, open a calculator, enter your own figures and see the amount covered by source, the cap that binds and the source.",
);
pub const FILTER_HEADING: Text = Text::new("支援の対象で絞り込む", "Filter by what they fund");
pub const FILTER_HELP: Text = Text::new(
    "複数選ぶと、いずれかに当てはまる措置を表示します。",
    "With several selected, measures that fund any of them are shown.",
);
pub const SEARCH_LABEL: Text = Text::new("名称・所管省庁で検索", "Search by name or ministry");
pub const SEARCH_PLACEHOLDER: Text = Text::new("例：協力隊、総務省", "e.g. cooperators, 総務省");
pub const CLEAR_FILTERS: Text = Text::new("絞り込みを解除", "Clear filters");
pub const NONE_FOUND: Text =
    Text::new("条件に合う措置はありません。絞り込みを解除してください。", "No measure matches. Clear the filters.");
pub const MINISTRY: Text = Text::new("所管", "Ministry");
pub const FUNDS: Text = Text::new("支援の対象", "Funds");
/// Between the names of several funds.
pub const LIST_SEP: Text = Text::new("・", ", ");
pub const BACK_TO_LIST: Text = Text::new("財源ナビの一覧へ戻る", "Back to the funding navigator");
pub const SOURCE_FILE: Text = Text::new("出典", "Source");
pub const CALCULATOR_HEADING: Text = Text::new("計算機", "Calculator");
pub const CALCULATOR_HELP: Text = Text::new(
    "金額は円で入力します（「20,000,000」「２０００００００」も可）。入力するたびに計算します。",
    "Amounts are in yen (\"20,000,000\" and full-width digits are accepted). Every change recalculates.",
);
pub const RESULT_HEADING: Text = Text::new("計算結果", "Result");
pub const COVERED_TOTAL: Text = Text::new("措置される額の合計", "Total covered");
pub const COST: Text = Text::new("経費", "Cost");
pub const ELIGIBLE: Text = Text::new("対象となる額", "Eligible amount");
pub const BY_SOURCE: Text = Text::new("財源別", "By source");
pub const BOND: Text = Text::new("地方債（元金）", "Local bond (principal)");
pub const BOND_NOTE: Text = Text::new(
    "地方債は資金の調達で、負担の軽減ではありません。元利償還への交付税措置は普通交付税に含めています。",
    "A bond is financing, not a reduction of the burden. The allocation-tax measure on its repayment is included under ordinary allocation tax.",
);
pub const LINES_HEADING: Text = Text::new("項目ごとの内訳", "Breakdown by item");
pub const COL_ITEM: Text = Text::new("項目", "Item");
pub const TABLE_UNIT: Text = Text::new("単位：円", "Unit: yen");
pub const FINDINGS_HEADING: Text = Text::new("指摘", "Findings");
pub const NO_FINDINGS: Text = Text::new("指摘はありません。", "No findings.");
pub const PARAMS_HEADING: Text =
    Text::new("根拠（計算に使う数値と資料の記載）", "Basis (the numbers used and what the source says)");
pub const COL_VALUE: Text = Text::new("値", "Value");
pub const COL_UNIT: Text = Text::new("単位", "Unit");
pub const COL_QUOTE: Text = Text::new("資料の記載", "Source text");
pub const CONDITIONS_HEADING: Text = Text::new("計算機が確認しない要件", "Conditions the calculator does not check");
pub const CONDITIONS_INTRO: Text = Text::new(
    "次の要件は入力から判断できないため、満たしているものとして計算しています。",
    "These cannot be judged from the inputs; the calculation assumes the applicant meets them.",
);
pub const READINGS_HEADING: Text =
    Text::new("前提（資料が明示していない点の読み方）", "Readings (where the sources are open)");
pub const READINGS_INTRO: Text = Text::new(
    "計算機がとる読み方のうち、この措置に当てはまるものです。",
    "The readings the calculators take that apply to this measure.",
);
pub const NOT_COMPUTED_HEADING: Text =
    Text::new("計算しないもの（資料に額がないため）", "Not computed (the source gives no amount)");
pub const INVALID_HEADING: Text = Text::new(
    "入力を確認してください。次の項目のため計算できません。",
    "Please check the input. It cannot be computed because of:",
);
pub const MISSING_HEADING: Text =
    Text::new("必要な項目を入力すると計算します。", "Enter the required fields to compute.");
pub const NO_ROWS: Text = Text::new("まだありません。", "None yet.");
pub const NONE_OPTION: Text = Text::new("（指定なし）", "(not given)");
pub const PRESET_LINK: Text = Text::new("この入力のリンク", "Link to these inputs");
pub const PRESET_HELP: Text = Text::new(
    "このページのURLに入力値が入っています。共有すると同じ計算を再現できます。",
    "The page's URL carries the inputs: share it to reproduce this calculation.",
);
/// Shown on the English page only (the Japanese is empty).
pub const QUOTES_IN_JA: Text = Text::new("", "Source texts are in Japanese.");
/// Shown on the English page only (the Japanese is empty).
pub const CONDITIONS_IN_JA: Text = Text::new("", " The conditions are listed in Japanese, as the source states them.");

pub fn count(shown: usize, all: usize) -> Text {
    Text::owned(format!("{all}件中 {shown}件を表示"), format!("Showing {shown} of {all}"))
}

pub fn add_row(what: &Text) -> Text {
    Text::owned(format!("{}を追加", what.ja), format!("Add {}", what.en))
}

pub fn remove_row(what: &Text, n: usize) -> Text {
    Text::owned(format!("{} {n} を削除", what.ja), format!("Remove {} {n}", what.en))
}

/// The legend of the `n`-th row of a list ("隊員 1件目").
pub fn row_legend(what: &Text, n: usize) -> Text {
    Text::owned(format!("{} {n}件目", what.ja), format!("{} No. {n}", what.en))
}

// What a link's notice says after 「リンクの KEY=VALUE は」 / "The link's KEY=VALUE".
pub const UNKNOWN_MEASURE: Text =
    Text::new("知らない措置のため、一覧を表示しました", "is not a known measure; showing the list");
pub const NOT_AN_INPUT: Text =
    Text::new("この措置の入力項目ではないため無視しました", "is not an input of this measure; ignored");
pub const UNKNOWN_FIELD: Text = Text::new("知らない項目のため無視しました", "is not a known field; ignored");
pub const BAD_YEN: Text = Text::new(
    "0 以上の整数（円）ではないため初期値にしました",
    "is not a whole number of yen, 0 or more; using the initial value",
);
pub const BAD_INTEGER: Text =
    Text::new("範囲内の整数ではないため初期値にしました", "is not a whole number in range; using the initial value");
pub const BAD_DECIMAL: Text =
    Text::new("0 以上の数ではないため初期値にしました", "is not a number, 0 or more; using the initial value");
pub const BAD_FLAG: Text = Text::new("1 か 0 ではないため初期値にしました", "is not 1 or 0; using the initial value");
pub const BAD_CHOICE: Text =
    Text::new("使えない値のため初期値にしました", "is not an allowed value; using the initial value");
