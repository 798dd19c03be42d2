//! The 企業版ふるさと納税 calculator for a company (`view=donation`).

#[cfg(target_arch = "wasm32")]
mod view;
#[cfg(target_arch = "wasm32")]
pub use view::*;
