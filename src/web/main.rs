//! The Leptos app's first build: the simulator (`view=sim`, the default), the view every visit starts
//! from: its controls and results. What lies below them (sharing, hints, the project editor, saved
//! scenarios, the panels) is the build `src/web/below.rs`, fetched when that part of the page comes
//! when that part of the page nears the screen or one of its controls is used (`bridge`). The other views are the build `src/web/views.rs`, fetched only when
//! one of them is opened. Built by Trunk for wasm32; natively only a stub `main` and the pure modules (texts, number
//! formats, the URL codec, list and form operations) with their unit tests.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
// Each build draws part of the views from the shared modules; the rest is dead code in that build.
#![cfg_attr(target_arch = "wasm32", allow(dead_code, unused_imports))]

/// Modules with views compile for the browser only; the pure ones (and their tests) natively too.
macro_rules! browser_only {
    ($($item:item)*) => { $( #[cfg(target_arch = "wasm32")] $item )* };
}

include!("modules.rs");

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kofukin-web runs in the browser: build it with `trunk build` (see README.md)");
}

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    shell::start(state::Build {
        here: |view| view == link::View::Sim,
        draw: |_| view! { <simulator::SimulatorView/> }.into_any(),
        with_state: bridge::serve,
    });
}
