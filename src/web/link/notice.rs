//! A value of the link that was replaced, and the validator's message turned into its reason.

use kofukin::engine::scenario::FieldError;
use kofukin::engine::text::Text;

/// A value of the link that was replaced: which key, what it said, what is used instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The key with its position, e.g. `m`, `p[2].years` (1-based for people), `s`.
    pub key: String,
    /// What the link said (shortened).
    pub given: String,
    pub message_ja: String,
    pub message_en: String,
}

/// How much of a given value (or a key) a notice shows.
const SHOWN_CHARS: usize = 40;

/// How many notices the page lists; the rest are counted in one line (「ほか N 件」).
pub const MAX_SHOWN: usize = 10;

/// How many names a list in one notice shows (unknown items); the rest are counted.
pub const MAX_NAMES: usize = 10;

impl Notice {
    /// 「リンクの KEY=VALUE は{phrase}。」 / "The link's KEY=VALUE {phrase}.", the value shortened.
    pub fn new(key: &str, given: &str, phrase: &Text) -> Notice {
        let (key, given) = (shorten(key), shorten(given));
        Notice {
            message_ja: format!("リンクの {key}={given} は{}。", phrase.ja),
            message_en: format!("The link's {key}={given} {}.", phrase.en),
            key,
            given,
        }
    }

    /// A notice whose whole message is `message`.
    pub fn whole(key: &str, given: &str, message: Text) -> Notice {
        Notice {
            key: shorten(key),
            given: shorten(given),
            message_ja: message.ja.into(),
            message_en: message.en.into(),
        }
    }
}

/// The notices the page lists (at most [`MAX_SHOWN`]) and, when there are more, the line that
/// counts the rest.
pub fn shown(notices: &[Notice]) -> (&[Notice], Option<Text>) {
    if notices.len() <= MAX_SHOWN {
        return (notices, None);
    }
    let rest = notices.len() - MAX_SHOWN;
    (&notices[..MAX_SHOWN], Some(Text::owned(format!("ほか {rest} 件"), format!("and {rest} more"))))
}

/// Names for a notice: the first [`MAX_NAMES`], each shortened, then 「ほか N 件」 for the rest.
pub fn names(list: &[String]) -> Text {
    let first = list.iter().take(MAX_NAMES).map(|n| shorten(n)).collect::<Vec<_>>();
    let (ja, en) = (first.join("、"), first.join(", "));
    match list.len().saturating_sub(MAX_NAMES) {
        0 => Text::owned(ja, en),
        rest => Text::owned(format!("{ja} ほか {rest} 件"), format!("{en} and {rest} more")),
    }
}

/// A given value as a notice shows it: at most [`SHOWN_CHARS`] characters, then 「…」.
pub fn shorten(given: &str) -> String {
    let shown: String = given.chars().take(SHOWN_CHARS).collect();
    if given.chars().count() > SHOWN_CHARS {
        format!("{shown}…")
    } else {
        shown
    }
}

/// The validator's message with the field's path (`projects[1].years: years は 1〜10 の整数です (got 99)`);
/// `path` is the field's path in the scenario the link describes.
pub fn why(e: &FieldError, path: &str) -> Text {
    if path.is_empty() {
        return Text::owned(e.message_ja.clone(), e.message_en.clone());
    }
    Text::owned(format!("{path}: {}", e.message_ja), format!("{path}: {}", e.message_en))
}

/// All the validator's messages, each with its own path.
pub fn why_all(errors: &[FieldError]) -> Text {
    let (ja, en): (Vec<_>, Vec<_>) = errors
        .iter()
        .map(|e| {
            let t = why(e, &e.path);
            (t.ja.into_owned(), t.en.into_owned())
        })
        .unzip();
    Text::owned(ja.join("／"), en.join("; "))
}

#[cfg(test)]
mod tests {
    use super::super::{from_query, View};
    use super::*;

    /// Every notice of a link, in Japanese and English.
    fn messages(q: &str) -> Vec<(String, String)> {
        from_query(q).1.into_iter().map(|n| (n.message_ja, n.message_en)).collect()
    }

    #[test]
    fn every_notice_reads_as_a_sentence() {
        let hostile = "?m=town&g=2&fy=1999&lang=fr&v=2&embed=x&view=q&measure=zz\
            &p=soft,-3,0,zz:1,yy,name:%E3%81&p=ufo,1,1&p=infra,abc,3,sector:air,x:5,bond:q\
            &s=eyJ2ZXJzaW9uIjo5fQ&s=***";
        let all = messages(hostile);
        assert!(all.len() > 10, "{all:?}");
        for (ja, en) in &all {
            // The key and value, then は and a predicate: never 「はが」「はの」「はに」「はは」.
            for bad in ["はが", "はの", "はに", "はは", "はを"] {
                assert!(!ja.contains(bad), "{ja}");
            }
            assert!(ja.starts_with("リンク") && ja.ends_with('。'), "{ja}");
            assert!(en.starts_with("The link") && en.ends_with('.'), "{en}");
        }
    }

    #[test]
    fn a_long_value_or_key_is_cut_at_40_characters() {
        let long = "x".repeat(10_000);
        let (_, notices) = from_query(&format!("?m={long}&p=soft,1,1,{long}:1"));
        assert_eq!(notices.len(), 2);
        for n in &notices {
            assert!(n.message_ja.chars().count() < 400, "{}", n.message_ja);
            assert!(n.message_en.contains(&format!("{}…", "x".repeat(40))), "{}", n.message_en);
            assert!(!n.message_en.contains(&"x".repeat(41)), "{}", n.message_en);
        }
        assert_eq!(notices[1].key, format!("p[1].{}…", "x".repeat(35)));
    }

    #[test]
    fn at_most_ten_notices_are_listed_then_the_rest_is_counted() {
        let q = (1..=30).map(|i| format!("m=bad{i}")).collect::<Vec<_>>().join("&");
        let (_, notices) = from_query(&q);
        assert_eq!(notices.len(), 30);
        let (listed, more) = shown(&notices);
        assert_eq!(listed.len(), 10);
        assert_eq!(listed[0].given, "bad1");
        let more = more.expect("a line for the rest");
        assert_eq!((more.ja.as_ref(), more.en.as_ref()), ("ほか 20 件", "and 20 more"));
        assert_eq!(shown(&notices[..10]).1, None);
    }

    #[test]
    fn unknown_items_are_named_together_and_capped() {
        let items = (1..=20_000).map(|i| format!("k{i}:1")).collect::<Vec<_>>().join(",");
        let (st, notices) = from_query(&format!("?p=soft,1,1,{items}"));
        assert_eq!(st.scenario.projects.len(), 1);
        assert_eq!(notices.len(), 1, "{notices:?}");
        let n = &notices[0];
        assert_eq!(n.key, "p[1]");
        assert!(n.message_ja.contains("k1、k2、") && n.message_ja.contains("k10 ほか 19990 件"), "{}", n.message_ja);
        assert!(n.message_en.contains("k10 and 19990 more"), "{}", n.message_en);
        assert!(!n.message_ja.contains("k11"));
    }

    #[test]
    fn s_over_other_scenario_keys_is_announced() {
        let json = r#"{"version":1,"municipality":"prefecture","projects":[]}"#;
        let s = super::super::base64::encode(json.as_bytes());
        let (st, notices) = from_query(&format!("?m=core_city&p=soft,1,1&fy=2026&s={s}"));
        assert_eq!(st.scenario.municipality, kofukin::engine::scenario::Class::Prefecture);
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices[0].message_ja.contains("m, p, fy は使いませんでした"), "{}", notices[0].message_ja);
        assert!(notices[0].message_en.contains("its m, p, fy were not"), "{}", notices[0].message_en);
        // `v` alone is no scenario of its own: nothing replaced.
        assert!(from_query(&format!("?v=1&s={s}")).1.is_empty());
    }

    #[test]
    fn a_second_s_is_announced_and_the_last_is_used() {
        let one = super::super::base64::encode(br#"{"version":1,"municipality":"prefecture","projects":[]}"#);
        let two = super::super::base64::encode(br#"{"version":1,"municipality":"core_city","projects":[]}"#);
        let (st, notices) = from_query(&format!("?s={one}&s={two}"));
        assert_eq!(st.scenario.municipality, kofukin::engine::scenario::Class::CoreCity);
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices[0].message_ja.contains("s が 2 個"), "{}", notices[0].message_ja);
    }

    #[test]
    fn a_name_that_is_not_utf8_is_announced() {
        let (st, notices) = from_query("?p=soft,1,1,name:ab%E3%81");
        assert_eq!(st.scenario.projects[0].name, "ab\u{FFFD}");
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert_eq!(notices[0].key, "p[1].name");
        assert!(notices[0].message_en.contains("not UTF-8"), "{}", notices[0].message_en);
        // Also through a URL encoder's double encoding, and in an `s` scenario.
        assert_eq!(from_query("?p=soft%2C1%2C1%2Cname%3Aab%25E3%2581").1.len(), 1);
        let bytes = b"{\"version\":1,\"municipality\":\"prefecture\",\"projects\":[{\"kind\":\"soft\",\"annual_cost_oku\":\"1\",\"years\":1,\"name\":\"a\xE3\"}]}";
        let (_, notices) = from_query(&format!("?s={}", super::super::base64::encode(bytes)));
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert_eq!(notices[0].key, "s");
    }

    #[test]
    fn measure_without_the_navigator_view_is_announced_and_dropped() {
        let (st, notices) = from_query("?measure=working_holiday");
        assert_eq!(st.measure, None);
        assert_eq!(notices.len(), 1);
        assert!(notices[0].message_ja.contains("view=navi"), "{}", notices[0].message_ja);
        let (st, notices) = from_query("?view=navi&measure=working_holiday");
        assert_eq!((st.view, st.measure.as_deref()), (View::Navi, Some("working_holiday")));
        assert!(notices.is_empty());
    }

    #[test]
    fn embed_takes_the_last_value_as_the_boot_script_does() {
        assert!(from_query("?embed=0&embed=1").0.embed);
        assert!(!from_query("?embed=1&embed=0").0.embed);
        // A value that is neither is ignored (and named): the last valid one counts.
        let (st, notices) = from_query("?embed=1&embed=x");
        assert!(st.embed);
        assert_eq!(notices.len(), 1);
    }
}
