//! The Leptos app: the simulator page (issue 3). Built by Trunk for wasm32; natively only a stub
//! `main` and the pure modules (texts, number formats, slider operations) with their unit tests.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

mod editor_ops;
mod export;
mod format;
mod i18n;
mod i18n_costs;
mod i18n_navi;
mod navi_form;
mod ops;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod chart;
#[cfg(target_arch = "wasm32")]
mod controls;
#[cfg(target_arch = "wasm32")]
mod donation;
#[cfg(target_arch = "wasm32")]
mod editor;
#[cfg(target_arch = "wasm32")]
mod layers;
#[cfg(target_arch = "wasm32")]
mod navi;
#[cfg(target_arch = "wasm32")]
mod panels;
#[cfg(target_arch = "wasm32")]
mod results;
#[cfg(target_arch = "wasm32")]
mod saved;
#[cfg(target_arch = "wasm32")]
mod state;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kofukin-web runs in the browser: build it with `trunk build` (see README.md)");
}

#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(app::App);
}
