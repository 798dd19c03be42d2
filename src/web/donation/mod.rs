//! The 企業版ふるさと納税 calculator for a company (`view=donation`).

pub mod field;
pub mod texts;

browser_only! {
    mod conditions;
    mod outcome;
    mod view;
    pub use view::*;
}
