//! The Leptos app. Built by Trunk for wasm32; natively only a stub `main` and the pure modules
//! (texts, number formats, the URL codec, list and form operations) with their unit tests.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

/// Modules with views compile for the browser only; the pure ones (and their tests) natively too.
macro_rules! browser_only {
    ($($item:item)*) => { $( #[cfg(target_arch = "wasm32")] $item )* };
}

mod accessibility;
mod compare;
mod costs;
mod donation;
mod hints;
mod history;
mod how;
mod link;
mod navi;
mod share;
mod simulator;
mod texts;
mod ui;

browser_only! {
    mod nav;
    mod shell;
    mod state;
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kofukin-web runs in the browser: build it with `trunk build` (see README.md)");
}

#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(shell::App);
}
