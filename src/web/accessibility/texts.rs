//! The texts of the accessibility statement.

use kofukin::engine::text::Text;

pub const LINK: Text = Text::new("アクセシビリティ方針", "Accessibility statement");
pub const HEADING: Text = Text::new("アクセシビリティ方針", "Accessibility statement");

pub const TARGET_H: Text = Text::new("目標", "Target");
pub const TARGET: Text = Text::new(
    "このツールは、JIS X 8341-3:2016「高齢者・障害者等配慮設計指針－情報通信における機器，ソフトウェア及びサービス－第3部：ウェブコンテンツ」の適合レベル AA に準拠することを目標としています。JIS X 8341-3:2016 に基づく試験をすべて実施したわけではないため、これは適合の表明ではありません。",
    "This tool aims to meet conformance level AA of JIS X 8341-3:2016 (the Japanese standard for web content, equivalent to WCAG 2.0). Not every test of that standard has been carried out, so this is not a claim of conformance.",
);

pub const HOW_H: Text = Text::new("試験の方法", "How it is tested");
pub const HOW_AXE: Text = Text::new(
    "自動試験：axe-core で WCAG 2.0・2.1 のレベル A と AA の規則を検査します。すべての表示（交付金シミュレーター、企業版ふるさと納税、財源ナビ、この方針）を、日本語と英語、画面幅 1280 px と 390 px（スマートフォン）で、説明の折りたたみをすべて開いて検査します。",
    "Automated: axe-core checks the WCAG 2.0 and 2.1 level A and AA rules on every view (the grant simulator, the corporate donation calculator, the funding navigator and this statement), in Japanese and English, 1280 px and 390 px (phone) wide, with every collapsible panel open.",
);
pub const HOW_KEYBOARD: Text = Text::new(
    "キーボード操作：ブラウザーの試験で、スライダーや絞り込みのボタンをキーボードだけで操作し、Tab キーでの移動先を確かめます。",
    "Keyboard: browser tests operate the sliders and the filter buttons with the keyboard alone and check where the Tab key goes.",
);
pub const HOW_NAMES: Text = Text::new(
    "アクセシブルな名前：ボタン、入力欄、領域、画像（QRコードなど）の名前を、ブラウザーの試験で役割と名前から探して操作することで確かめます。",
    "Accessible names: browser tests find buttons, fields, regions and images (such as the QR code) by their role and name, so a missing or changed name fails a test.",
);
pub const HOW_EVERY_BUILD: Text = Text::new(
    "これらはこのツールのブラウザー試験の一部です。下の結果は、自動試験の最後の実行が書き出したものです。",
    "These are part of the tool's browser tests; the result below is written by the last run of the automated check itself.",
);

pub const RESULT_H: Text = Text::new("最新の試験結果", "Latest test run");
pub const RESULT_DATE: Text = Text::new("実施日", "Date");
pub const RESULT_TOOL: Text = Text::new("検査ツール", "Checker");
pub const RESULT_PAGES: Text = Text::new("検査したページ", "Pages checked");
pub const RESULT_VIOLATIONS: Text = Text::new("違反の数", "Violations");
pub const RESULT_VERDICT: Text = Text::new("結果", "Result");
pub const PASS: Text = Text::new("合格（違反なし）", "Passed (no violations)");
pub const FAIL: Text = Text::new("不合格（違反あり）", "Failed (violations found)");
pub const LOADING: Text = Text::new("試験結果を読み込んでいます", "Loading the test results");
pub const UNAVAILABLE: Text = Text::new("試験結果を読み込めませんでした", "The test results could not be loaded");
pub const COL_VIEW: Text = Text::new("表示", "View");
pub const COL_LANG: Text = Text::new("言語", "Language");
pub const COL_QUERY: Text = Text::new("URL の条件", "URL query");
pub const COL_WIDTH: Text = Text::new("画面幅（px）", "Width (px)");
pub const TABLE_CAPTION: Text = Text::new("検査したページごとの違反の数", "Violations per page checked");

/// 「18ページ（画面幅 390, 1280 px）」 / "18 (390, 1280 px wide)".
pub fn pages_checked(n: usize, widths: &str) -> Text {
    Text::owned(format!("{n}ページ（画面幅 {widths} px）"), format!("{n} ({widths} px wide)"))
}

pub const LIMITS_H: Text = Text::new("既知の制約", "Known limits");
pub const LIMITS: [Text; 4] = [
    Text::new(
        "自動試験で見つかる問題は一部です。スクリーンリーダーでの確認は、試験として記録していません。",
        "Automated checks find only some problems; checks with screen readers are not part of the recorded tests.",
    ),
    Text::new(
        "グラフは図として表示し、同じ数値を表でも示しています。",
        "The chart is a picture; the same figures are in the tables.",
    ),
    Text::new(
        "QRコードと保存する画像には文字情報がありません。同じ内容は「リンクをコピー」と試算結果の表で得られます。",
        "The QR code and the saved image carry no text; the same content is available through 「Copy link」 and the result tables.",
    ),
    Text::new(
        "色の対比は標準の配色で確かめています。利用者の配色の設定（強制カラーモードなど）では確かめていません。",
        "Colour contrast is checked with the default colours, not with forced colours or other user colour settings.",
    ),
];

pub const CONTACT_H: Text =
    Text::new("お問い合わせ（掲載する団体が記入）", "Contact (filled in by the hosting organisation)");
pub const CONTACT_NOTE: Text = Text::new(
    "このツールを自らのサイトに掲載する団体は、以下を記入してください。",
    "An organisation that hosts this tool on its own site fills in the following.",
);
pub const CONTACT_FIELDS: [Text; 3] = [
    Text::new("担当部署：【記入してください】", "Department: [to be filled in]"),
    Text::new(
        "連絡先（電話・メール・問い合わせフォーム）：【記入してください】",
        "Contact (phone, e-mail or form): [to be filled in]",
    ),
    Text::new("この方針の策定日・更新日：【記入してください】", "Date of this statement: [to be filled in]"),
];
