//! The texts of the page frame and the texts several views share, in both languages
//! (`Text::new(ja, en)`; texts with values are functions returning a `Text`). A view picks the
//! language once per render with [`tr`] or `Text::get`. Each view's own texts live in its folder's
//! `texts.rs`.

use kofukin::engine::finding::Finding;
use kofukin::engine::money::fmt_yen;
use kofukin::engine::outcome::RuleSetOutcome;
use kofukin::engine::scenario::InputError;
use kofukin::engine::text::{Lang, Text};

/// The text in `lang`, owned: what a view keeps and shows.
pub fn tr(t: Text, lang: Lang) -> String {
    t.get(lang).to_owned()
}

pub const APP_TITLE: Text = Text::new("交付金シミュレーター", "Grant simulator");
pub const APP_SUBTITLE: Text = Text::new(
    "地方創生交付金 1.0 と 2.0 で受けられる国費の比較",
    "National share under the Regional Revitalization Grant 1.0 and 2.0, compared",
);
/// The document's title while no view names itself: 「交付金シミュレーター — 地方創生交付金…」.
pub fn page_title(lang: Lang) -> String {
    format!("{} — {}", APP_TITLE.get(lang), APP_SUBTITLE.get(lang))
}

/// The language switch names the language it switches to, in that language.
pub const LANG_SWITCH: Text = Text::new("English", "日本語");
pub const SKIP_TO_RESULTS: Text = Text::new("試算結果へ移動", "Skip to results");
pub const SKIP_TO_MAIN: Text = Text::new("本文へ移動", "Skip to main content");
pub const DISCLAIMER: Text = Text::new(
    "公表資料に基づく試算であり、実際の交付額を保証するものではありません",
    "An estimate based on published documents; it does not guarantee the actual grant amount.",
);
pub const NOTICES_HEADING: Text = Text::new("リンクの読み込みについて", "About the link you opened");
pub const DISMISS: Text = Text::new("閉じる", "Dismiss");
pub const FOOTER: Text = Text::new(
    "このページは外部のサービスやフォントを使わず、入力はブラウザーの外に送信されません。",
    "This page uses no external services or fonts; nothing you enter leaves your browser.",
);

// The header navigation between the views.
pub const NAV_LABEL: Text = Text::new("表示の切り替え", "Switch view");
pub const NAV_SIM: Text = Text::new("交付金シミュレーター", "Grant simulator");
pub const NAV_DONATION: Text = Text::new("企業版ふるさと納税", "Corporate donation calculator");
pub const NAV_NAVI: Text = Text::new("財源ナビ", "Funding navigator");
pub const NAV_HOW: Text = Text::new("計算のしかた", "How it computes");

pub const RESET: Text = Text::new("初期値に戻す", "Reset");

pub const EXACT_VALUE: Text = Text::new("正確な値", "Exact value");
pub const TABLE_UNIT: Text = Text::new("単位：億円", "Unit: oku yen");
pub const SOURCE_LABEL: Text = Text::new("出典", "Source");
pub const COL_TOPIC: Text = Text::new("項目", "Topic");
/// 「・」 / " · "
pub const SEP: Text = Text::new("・", " · ");
/// 「、」 / ", "
pub const LIST_SEP: Text = Text::new("、", ", ");

/// 「12.34億円」 / "12.34 oku yen": the display form of an amount in 億円.
pub fn oku(n: &str) -> Text {
    Text::owned(format!("{n}億円"), format!("{n} oku yen"))
}

/// 「1,000,000円」 / "1,000,000 yen": an amount in yen, grouped by thousands.
pub fn yen(n: u64) -> Text {
    let n = fmt_yen(n);
    Text::owned(format!("{n}円"), format!("{n} yen"))
}

/// 「a（b）」 / "a (b)"; with an empty a, just the bracketed b.
pub fn paren(a: &str, b: &Text) -> Text {
    let en = if a.is_empty() { format!("({})", b.en) } else { format!("{a} ({})", b.en) };
    Text::owned(format!("{a}（{}）", b.ja), en)
}

/// 「事業3「名前」（ソフト事業）」 / "Project 3 “name” (Soft)".
pub fn project_label(n: usize, kind: &Text, name: &str) -> Text {
    if name.is_empty() {
        Text::owned(format!("事業{n}（{}）", kind.ja), format!("Project {n} ({})", kind.en))
    } else {
        Text::owned(format!("事業{n}「{name}」（{}）", kind.ja), format!("Project {n} “{name}” ({})", kind.en))
    }
}

pub fn typed_clamped(given: &str, used: &str) -> Text {
    Text::owned(
        format!("「{given}」は範囲外のため {used} にしました。"),
        format!("“{given}” is out of range; using {used}."),
    )
}

pub fn typed_invalid(given: &str) -> Text {
    Text::owned(
        format!("「{given}」は数として読めません。元の値のままです。"),
        format!("“{given}” is not a number; the value is unchanged."),
    )
}

/// A rule set's name: 「地方創生交付金 1.0」 / "Regional Revitalization Grant 1.0".
pub fn rule_set_label(r: &RuleSetOutcome) -> Text {
    Text::new(r.label_ja, r.label_en)
}

/// A rule set's short name, "1.0" or "2.0" (the last word of its name).
pub fn rule_set_short(r: &RuleSetOutcome) -> &'static str {
    r.label_ja.rsplit(' ').next().unwrap_or(r.label_ja)
}

/// A finding's message in both languages.
pub fn finding_message(f: &Finding) -> Text {
    Text::owned(f.message_ja(), f.message_en())
}

/// The validator's messages in Japanese and in English: one line per problem, with its path.
pub fn error_lines(e: &InputError) -> (Vec<String>, Vec<String>) {
    let line = |path: &str, m: &str| if path.is_empty() { m.to_string() } else { format!("{path}: {m}") };
    e.errors.iter().map(|f| (line(&f.path, &f.message_ja), line(&f.path, &f.message_en))).unzip()
}

/// A fiscal year in the Japanese era: 2019 → 令和元年度, 2025 → 令和7年度.
pub fn reiwa(fy: u32) -> String {
    match fy {
        2019 => "令和元年度".to_string(),
        y if y > 2019 => format!("令和{}年度", y - 2018),
        y => format!("平成{}年度", y - 1988),
    }
}

/// A fiscal year as tables, the chart and the CSV name it: 「令和8年度」 / "FY2026".
pub fn fiscal_year(fy: u32) -> Text {
    Text::owned(reiwa(fy), format!("FY{fy}"))
}

/// A fiscal year as the 開始年度 choice names it: 「令和8年度 (2026)」 / "FY2026".
pub fn fiscal_year_option(fy: u32) -> Text {
    Text::owned(format!("{} ({fy})", reiwa(fy)), format!("FY{fy}"))
}

/// A date and time as the page shows it, from the stored 「2026-11-30 09:34」 (or ISO 8601 with `T`,
/// seconds ignored): 「2026年11月30日 9:34」 / "30 Nov 2026, 9:34". Anything else is shown as it is.
pub fn datetime_label(stamp: &str) -> Text {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let num = |a: usize, b: usize| {
        stamp.get(a..b).filter(|t| t.bytes().all(|c| c.is_ascii_digit())).and_then(|t| t.parse::<u32>().ok())
    };
    let seps = stamp.get(4..5) == Some("-") && stamp.get(7..8) == Some("-") && stamp.get(13..14) == Some(":");
    let space = matches!(stamp.get(10..11), Some(" ") | Some("T"));
    match (seps && space, num(0, 4), num(5, 7), num(8, 10), num(11, 13), num(14, 16)) {
        (true, Some(y), Some(mo @ 1..=12), Some(d @ 1..=31), Some(h @ 0..=23), Some(mi @ 0..=59)) => Text::owned(
            format!("{y}年{mo}月{d}日 {h}:{mi:02}"),
            format!("{d} {} {y}, {h}:{mi:02}", MONTHS[mo as usize - 1]),
        ),
        _ => Text::owned(stamp.to_string(), stamp.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eras_and_brackets_read_as_before() {
        assert_eq!(reiwa(2019), "令和元年度");
        assert_eq!(reiwa(2025), "令和7年度");
        assert_eq!(reiwa(2018), "平成30年度");
        let b = Text::new("推定", "inferred");
        assert_eq!(paren("資料A", &b).ja, "資料A（推定）");
        assert_eq!(paren("", &b).en, "(inferred)");
        assert_eq!(paren("doc", &b).en, "doc (inferred)");
    }

    #[test]
    fn fiscal_years_and_dates_read_in_japanese_style() {
        assert_eq!(fiscal_year(2026).get(Lang::Ja), "令和8年度");
        assert_eq!(fiscal_year(2026).get(Lang::En), "FY2026");
        assert_eq!(fiscal_year_option(2019).get(Lang::Ja), "令和元年度 (2019)");
        assert_eq!(datetime_label("2026-11-30 09:34").get(Lang::Ja), "2026年11月30日 9:34");
        assert_eq!(datetime_label("2026-01-05T17:08:59Z").get(Lang::En), "5 Jan 2026, 17:08");
        assert_eq!(datetime_label("2026-13-30 09:34").get(Lang::Ja), "2026-13-30 09:34");
        assert_eq!(datetime_label("昨日").get(Lang::Ja), "昨日");
        assert_eq!(datetime_label("").get(Lang::Ja), "");
    }

    #[test]
    fn project_labels_name_the_kind_and_the_name_when_given() {
        let k = Text::new("ソフト事業", "Soft");
        assert_eq!(project_label(2, &k, "").get(Lang::Ja), "事業2（ソフト事業）");
        assert_eq!(project_label(2, &k, "観光").get(Lang::En), "Project 2 “観光” (Soft)");
    }
}
