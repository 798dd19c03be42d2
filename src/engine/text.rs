//! Bilingual text: every text a person reads exists in Japanese and English, chosen once per render.

use serde::Serialize;
use std::borrow::Cow;

/// The language a text is shown in. Japanese first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }
    pub fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }
}

/// A text in both languages. Static tables use [`Text::new`] (no allocation); texts built at run time
/// use [`Text::owned`]. The reader picks the language with [`Text::get`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    pub ja: Cow<'static, str>,
    pub en: Cow<'static, str>,
}

impl Text {
    pub const fn new(ja: &'static str, en: &'static str) -> Text {
        Text { ja: Cow::Borrowed(ja), en: Cow::Borrowed(en) }
    }
    pub fn owned(ja: impl Into<Cow<'static, str>>, en: impl Into<Cow<'static, str>>) -> Text {
        Text { ja: ja.into(), en: en.into() }
    }
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }
}
