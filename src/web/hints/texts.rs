//! Texts of the 改善のヒント region.

use kofukin::engine::text::Text;

pub const HEADING: Text = Text::new("改善のヒント", "Suggestions");
pub const INTRO: Text = Text::new(
    "いまの計画の並べ替えなどで、2.0 の国費が増える（または実質的な地方負担が減る）組み替えを最大5件示します。並べ替えなどの算術上の組み替えです。採択は審査によります。",
    "Up to five rearrangements of the current plan that raise the 2.0 national share (or lower the remaining local burden). These are arithmetic rearrangements such as reordering; adoption depends on the review.",
);
pub const COMPUTING: Text = Text::new("ヒントを計算しています…", "Computing suggestions…");
pub const NONE: Text = Text::new("ヒントはありません", "No suggestions");
pub const APPLY: Text = Text::new("このヒントを適用", "Apply this suggestion");
pub const NATIONAL_DELTA: Text = Text::new("2.0 の国費合計", "2.0 total national share");
pub const LOCAL_DELTA: Text = Text::new("2.0 の実質的な地方負担", "2.0 remaining local burden");
pub const WORKS_AROUND: Text = Text::new("避けられるルール", "Rule it works around");
