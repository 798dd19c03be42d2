//! 財源ナビ (`view=navi`): the list of the measures with filters and search, and one page per measure
//! (`measure=ID`) with its calculator, result, source quotes, unchecked conditions and the readings that
//! apply. Everything is rendered from the measure's definition in the engine
//! (`kofukin::engine::measures::Measure`); this folder holds no data about any one measure.
//!
//! The calculator's form is one signal ([`form::Form`]); the input JSON and the result are memos of it,
//! and the form's query pairs go to `app.other`, which the app writes into the URL. Moving between the
//! list and a measure pushes a history entry, so the browser's back button returns.
//!
//! Files: `list` (the view and the list), `detail` (one measure), `fields` (the form's controls),
//! `result` (the result), `basis` (the panels), `form` (the form without the browser), `texts`.

pub mod form;
pub mod texts;

#[cfg(target_arch = "wasm32")]
mod basis;
#[cfg(target_arch = "wasm32")]
mod detail;
#[cfg(target_arch = "wasm32")]
mod fields;
#[cfg(target_arch = "wasm32")]
mod list;
#[cfg(target_arch = "wasm32")]
mod result;
#[cfg(target_arch = "wasm32")]
pub use list::Navi;
