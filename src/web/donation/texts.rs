//! The 企業版ふるさと納税 calculator's texts in both languages.

use kofukin::engine::text::Text;

pub const HEADING: Text = Text::new("企業版ふるさと納税", "Corporate hometown tax donation");
pub const INTRO: Text = Text::new(
    "企業が自治体の地方創生事業に寄附したときの税額控除と、企業の実質負担を計算します。金額は「1000万」「1億2千万」のようにも入力できます。",
    "What a company's donation to a local revitalization project costs it after the tax credits. Amounts can also be typed as 1000万 or 1億2千万 (万 = 10,000, 億 = 100 million).",
);
/// The input fields' accessible names (the browser tests select by them).
pub const DONATION_YEN: Text = Text::new("寄附額（円）", "Donation (yen)");
pub const RESIDENT_TAX_LEVY_YEN: Text = Text::new("法人住民税法人税割額（円）", "Corporate inhabitant tax levy (yen)");
pub const CORPORATE_TAX_YEN: Text = Text::new("法人税額（円）", "Corporate tax (yen)");
pub const ENTERPRISE_TAX_YEN: Text = Text::new("法人事業税額（円）", "Enterprise tax (yen)");
pub const DEDUCTION_RATE: Text = Text::new("損金算入の実効税率", "Effective rate of the deduction benefit");
pub const DEDUCTION_HELP: Text = Text::new(
    "損金算入による軽減は「約３割」とされています（「30%」または 0〜1 の小数、初期値 0.3）。",
    "The deduction is said to save “about 30%” (a percentage such as 30%, or a decimal from 0 to 1; default 0.3).",
);
pub const YEN_UNIT: Text = Text::new("円", "yen");
pub const RESULTS_HEADING: Text = Text::new("計算結果", "Result");
pub const RESIDENT_CREDIT: Text = Text::new("法人住民税の税額控除", "Inhabitant tax credit");
pub const CORPORATE_CREDIT: Text = Text::new("法人税の税額控除", "Corporate tax credit");
pub const ENTERPRISE_CREDIT: Text = Text::new("法人事業税の税額控除", "Enterprise tax credit");
pub const DEDUCTION_BENEFIT: Text = Text::new("損金算入による軽減", "Deduction benefit");
pub const TOTAL_RELIEF: Text = Text::new("軽減の合計", "Total relief");
pub const NET_COST: Text = Text::new("企業の実質負担", "Net cost to the company");
pub const NET_COST_RATIO: Text = Text::new("寄附額に対する割合", "Share of the donation");
pub fn ratio_text(pct: &str, ratio: &str) -> Text {
    Text::owned(format!("{pct}%（{ratio}）"), format!("{pct}% ({ratio})"))
}
pub const CAPS_HEADING: Text = Text::new("適用された上限", "Caps that bound");
pub const NO_CAP: Text = Text::new("上限によって減った控除はありません。", "No credit was reduced by a cap.");
pub const BAR_TITLE: Text = Text::new("寄附額の内訳", "How the donation splits");
/// The stacked bar's text alternative; the amounts are already in the page's language.
pub fn bar_alt(credits: &Text, deduction: &Text, net: &Text, total: &Text) -> Text {
    Text::owned(
        format!(
            "寄附額 {} の内訳の帯グラフ：税額控除 {}、損金算入による軽減 {}、企業の実質負担 {}。",
            total.ja, credits.ja, deduction.ja, net.ja
        ),
        format!(
            "Stacked bar of the donation of {}: tax credits {}, deduction benefit {}, net cost {}.",
            total.en, credits.en, deduction.en, net.en
        ),
    )
}
pub const MINIMUM_MESSAGE: Text =
    Text::new("寄附額は1回 10万円（100,000円）以上です。", "The donation must be at least 100,000 yen.");
pub const INPUT_PROBLEM: Text = Text::new("入力を確認してください", "Please check the input");
pub fn not_a_number(label: &Text, given: &str) -> Text {
    Text::owned(
        format!("{}: 「{given}」は数として読めません", label.ja),
        format!("{}: “{given}” is not a number", label.en),
    )
}
pub const CONDITIONS_HEADING: Text = Text::new("制度の条件", "Conditions of the scheme");
pub const CONDITION_MINIMUM: Text = Text::new("寄附額は1回 10万円以上", "At least 100,000 yen per donation");
pub const CONDITION_DEADLINE: Text =
    Text::new("適用期限：令和９年度末", "Ends at the end of fiscal 2027 (令和９年度末)");
pub const CONDITION_HEAD_OFFICE: Text = Text::new(
    "本社所在地の自治体への寄附は対象外",
    "Donations to the municipality of the company's head office do not qualify",
);
/// A link value the calculator cannot use (what follows 「リンクの KEY=VALUE は」 in the notice).
pub const BAD_LINK_VALUE: Text =
    Text::new("使えない値のため初期値にしました", "is not a valid value; using the default");

#[cfg(test)]
mod tests {
    use super::*;
    use kofukin::engine::text::Lang;

    #[test]
    fn field_names_stay_as_the_browser_tests_use_them() {
        assert_eq!(
            [DONATION_YEN, RESIDENT_TAX_LEVY_YEN, CORPORATE_TAX_YEN, ENTERPRISE_TAX_YEN]
                .map(|t| t.get(Lang::Ja).to_string()),
            ["寄附額（円）", "法人住民税法人税割額（円）", "法人税額（円）", "法人事業税額（円）"]
        );
        assert_eq!(NET_COST.get(Lang::Ja), "企業の実質負担");
        assert_eq!(NET_COST.get(Lang::En), "Net cost to the company");
        assert_eq!(HEADING.get(Lang::Ja), "企業版ふるさと納税");
        assert_eq!(HEADING.get(Lang::En), "Corporate hometown tax donation");
    }
}
