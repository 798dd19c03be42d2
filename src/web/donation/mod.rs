//! The 企業版ふるさと納税 calculator for a company (`view=donation`).

pub mod field;
pub mod texts;

#[cfg(target_arch = "wasm32")]
mod conditions;
#[cfg(target_arch = "wasm32")]
mod outcome;
#[cfg(target_arch = "wasm32")]
mod view;
#[cfg(target_arch = "wasm32")]
pub use view::*;
