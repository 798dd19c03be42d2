//! 財源ナビ (`view=navi`): the list of the 17 measures of MEASURES.md with filters and search, and one
//! page per measure (`measure=ID`) with its calculator, result, source quotes, unchecked conditions
//! and the readings that apply.
//!
//! The calculator's form is one signal ([`Form`]); the input JSON and the result are memos of it, and
//! the form's query pairs go to `app.other`, which the app writes into the URL. Moving between the list
//! and a measure pushes a history entry, so the browser's back button returns.

pub mod form;
pub mod texts;
#[cfg(target_arch = "wasm32")]
mod view;
#[cfg(target_arch = "wasm32")]
pub use view::*;
