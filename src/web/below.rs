//! The Leptos app's third build: the lower part of the simulator page (sharing, 改善のヒント, the
//! project editor, saved scenarios, the panels). boot.js fetches it when that part of the page comes
//! near the screen or one of its controls is used, and it draws into the first build's `<div id="below">`, sharing the first build's
//! scenario (`bridge`). Natively only a stub: the modules and their tests are the first build's.
#![cfg_attr(target_arch = "wasm32", allow(dead_code, unused_imports))]

#[cfg(target_arch = "wasm32")]
macro_rules! browser_only {
    ($($item:item)*) => { $( $item )* };
}

#[cfg(target_arch = "wasm32")]
include!("modules.rs");

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kofukin-below runs in the browser: build it with `trunk build` (see README.md)");
}

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    bridge::mount_below(|| {
        view! {
            <share::ShareBar/>
            <hints::HintsRegion/>
            <costs::editor::Editor/>
            <costs::saved::SavedScenarios/>
            <simulator::panels::Panels/>
        }
        .into_any()
    });
}
