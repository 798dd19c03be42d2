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

/// How much of a given value a notice shows.
const SHOWN_CHARS: usize = 40;

impl Notice {
    /// 「リンクの KEY=VALUE は{phrase}。」 / "The link's KEY=VALUE {phrase}.", the value shortened.
    pub fn new(key: &str, given: &str, phrase: &Text) -> Notice {
        let given = shorten(given);
        Notice {
            key: key.to_string(),
            message_ja: format!("リンクの {key}={given} は{}。", phrase.ja),
            message_en: format!("The link's {key}={given} {}.", phrase.en),
            given,
        }
    }

    /// A notice whose whole message is `message`.
    pub fn whole(key: &str, given: &str, message: Text) -> Notice {
        Notice {
            key: key.to_string(),
            given: shorten(given),
            message_ja: message.ja.into(),
            message_en: message.en.into(),
        }
    }
}

fn shorten(given: &str) -> String {
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
