//! The cost views: the project editor, the funding layers, saved scenarios and files.

pub mod export;
pub mod ops;
pub mod texts;

browser_only! {
    mod amount;
    mod card;
    mod card_result;
    pub mod editor;
    mod files;
    pub mod layers;
    mod print;
    pub mod saved;
}
