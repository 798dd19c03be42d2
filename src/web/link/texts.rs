//! Texts of the link's notices. A notice reads 「リンクの KEY=VALUE は…。」 / "The link's KEY=VALUE …."
//! ([`super::Notice::new`]); the phrases here are what follows. `why` is the validator's message
//! with the field's path.

use kofukin::engine::text::Text;

/// The validator rejected the value; `used` (as the link writes it) is used instead.
pub fn replaced(used: &str, why: &Text) -> Text {
    Text::owned(
        format!("使えないため {used} にしました（{}）", why.ja),
        format!("cannot be used; using {used} ({})", why.en),
    )
}

/// The validator rejected the value and the field has no default: it is left out.
pub fn left_out(why: &Text) -> Text {
    Text::owned(format!("使えないため省きました（{}）", why.ja), format!("cannot be used; left out ({})", why.en))
}

/// The validator rejected the text as too long: it is cut to the longest allowed.
pub fn shortened(why: &Text) -> Text {
    Text::owned(format!("長すぎるため切り詰めました（{}）", why.ja), format!("is too long; shortened ({})", why.en))
}

/// The project's kind is not one the validator knows: the project is left out.
pub fn project_left_out(why: &Text) -> Text {
    Text::owned(
        format!("使えないため、この事業を省きました（{}）", why.ja),
        format!("cannot be used; this project was left out ({})", why.en),
    )
}

/// More `p` values than a scenario may hold: those from position `first` on are left out (a whole
/// message, not a phrase).
pub fn projects_left_out(first: usize, why: &Text) -> Text {
    Text::owned(
        format!("リンクの p の {first} 件目以降を省きました（{}）。", why.ja),
        format!("The link's p values from number {first} on were left out ({}).", why.en),
    )
}

/// `s` decoded, but the validator rejected the scenario.
pub fn scenario_not_used(why: &Text) -> Text {
    Text::owned(
        format!("シナリオとして読めないため使いませんでした（{}）", why.ja),
        format!("could not be read as a scenario; not used ({})", why.en),
    )
}

pub const NOT_BASE64: Text = Text::new("base64url ではないため使いませんでした", "is not base64url; not used");
pub const BAD_LANG: Text = Text::new("使えない値のため 日本語 (ja) にしました", "is not ja or en; using ja");
pub const BAD_EMBED: Text = Text::new("使えない値のため無視しました", "is not 1 or 0; ignored");
pub const BAD_VIEW: Text =
    Text::new("使えない値のため シミュレーター (sim) にしました", "is not a known view; using sim");

/// Items of one `p` value that are not known: their names (at most ten, then 「ほか N 件」), ignored.
pub fn unknown_items(key: &str, names: &Text) -> Text {
    Text::owned(
        format!("リンクの {key} の {} は知らない項目のため無視しました。", names.ja),
        format!("The link's {key} has items that are not known, ignored: {}.", names.en),
    )
}

/// A decoded `s` scenario took the place of the link's other scenario keys (`keys`, e.g. `p, m`).
pub fn s_replaces(keys: &str) -> Text {
    Text::owned(
        format!("リンクの s（シナリオ全体）を使ったため、同じリンクの {keys} は使いませんでした。"),
        format!("The link's s (a whole scenario) was used, so its {keys} were not."),
    )
}

/// The link has `n` `s` values: the last is read.
pub fn second_s(n: usize) -> Text {
    Text::owned(
        format!("リンクに s が {n} 個あるため、最後の 1 個を使いました。"),
        format!("The link has {n} s values; the last one was used."),
    )
}

pub const NOT_UTF8: Text = Text::new(
    "UTF-8 として読めないバイトを含むため、その部分を � にしました",
    "contains bytes that are not UTF-8; they were replaced with �",
);
pub const MEASURE_WITHOUT_NAVI: Text = Text::new(
    "view=navi（財源ナビ）と一緒に使う値のため無視しました",
    "is only used with view=navi (the funding navigator); ignored",
);
