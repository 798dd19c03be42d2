//! kofukin — 交付金シミュレーター.
//!
//! `engine` holds the 地方創生交付金 1.0 / 2.0 rules, the 企業版ふるさと納税 calculator and the other
//! local-finance measures (財源ナビ). It knows nothing of the browser: it compiles and tests natively
//! and to wasm32 alike. The command line (`src/cli.rs`), the JS API (`src/api.rs`) and the Leptos app
//! (`src/web/`) are layers on top.

pub mod engine;
