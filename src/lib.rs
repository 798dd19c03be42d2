//! kofukin — 交付金シミュレーター.
//!
//! `rules` holds the 地方創生交付金 1.0 / 2.0 rules and the 企業版ふるさと納税 calculator, `measures` the
//! other local-finance measures of the sources (財源ナビ), `link` the URL form of a scenario. None of
//! them knows anything of the browser: they compile and test natively and to wasm32 alike. The Leptos
//! app (`src/web/`) and the JS API (`src/api.rs`) are thin layers on top.

pub mod link;
pub mod measures;
pub mod rules;
