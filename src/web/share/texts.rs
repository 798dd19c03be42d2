//! The texts of the share controls and of the saved image.

use kofukin::engine::text::Text;

pub const SHARE_LABEL: Text = Text::new("共有", "Share");
pub const COPY_LINK: Text = Text::new("リンクをコピー", "Copy link");
pub const COPIED: Text = Text::new("リンクをコピーしました", "Link copied");
pub const COPY_FAILED: Text =
    Text::new("コピーできませんでした。リンクを選択しました", "Could not copy. The link is selected");
pub const LINK_FIELD: Text = Text::new("このページのリンク", "Link to this page");
pub const SHOW_QR: Text = Text::new("QRコードを表示", "Show QR code");
pub const QR_ALT: Text = Text::new("このページのQRコード", "QR code of this page");
pub const QR_TOO_LONG: Text = Text::new(
    "リンクが長すぎるため、QRコードにできません。リンクをコピーしてください",
    "The link is too long for a QR code; copy the link instead",
);
pub const SAVE_IMAGE: Text = Text::new("画像で保存", "Save as image");
pub const IMAGE_SAVED: Text = Text::new("画像を保存しました", "Image saved");
pub const IMAGE_FAILED: Text = Text::new("画像を作れませんでした", "Could not make the image");

// The image of the comparison summary.
pub const IMAGE_TITLE: Text = Text::new("交付金シミュレーター 試算結果", "Grant simulator: estimate");
pub const IMAGE_CLASS: Text = Text::new("団体区分", "Applicant");
pub const IMAGE_PROJECTS: Text = Text::new("事業", "Projects");
pub const IMAGE_TOTAL: Text = Text::new("国費合計", "National share, total");
pub const IMAGE_DIFFERENCE: Text = Text::new("差（2.0 − 1.0）", "Difference (2.0 − 1.0)");
pub const IMAGE_AS_OF: Text = Text::new("ルールの時点", "Rules as of");
pub const IMAGE_MADE: Text = Text::new("作成日", "Made on");

/// 「ほか3件」 / "and 3 more".
pub fn more_projects(n: usize) -> Text {
    Text::owned(format!("ほか{n}件"), format!("and {n} more"))
}

/// 「1.5億円 × 3年度」 / "1.5 oku yen × 3 years".
pub fn cost_line(cost: &str, years: u32) -> Text {
    Text::owned(format!("{cost}億円 × {years}年度"), format!("{cost} oku yen × {years} years"))
}

/// 「計12億円（3年度）」 / "12 oku yen in all (3 years)": a project whose cost varies by year.
pub fn total_cost_line(total: &str, years: u32) -> Text {
    Text::owned(format!("計{total}億円（{years}年度）"), format!("{total} oku yen in all ({years} years)"))
}
