//! The Leptos app's second build: 財源ナビ, the donation calculator, 計算のしかた, the comparison of
//! two plans and the accessibility statement. boot.js fetches it instead of the simulator's build when
//! the link opens one of these views, so a visit to the simulator never downloads their code. The
//! shell (header, navigation, language, notices) is the same; moving to a view of the other build loads
//! the page for it (`nav::go`). Natively only a stub: the modules and their tests are the first build's.
#![cfg_attr(target_arch = "wasm32", allow(dead_code, unused_imports))]

#[cfg(target_arch = "wasm32")]
macro_rules! browser_only {
    ($($item:item)*) => { $( $item )* };
}

#[cfg(target_arch = "wasm32")]
include!("modules.rs");

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kofukin-views runs in the browser: build it with `trunk build` (see README.md)");
}

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use link::View;
    shell::start(state::Build {
        here: |view| view != View::Sim,
        draw: |view| match view {
            View::Navi => view! { <navi::Navi/> }.into_any(),
            View::Donation => view! { <donation::DonationView/> }.into_any(),
            View::How => view! { <how::HowView/> }.into_any(),
            View::Accessibility => view! { <accessibility::AccessibilityView/> }.into_any(),
            View::Compare => view! { <compare::CompareView/> }.into_any(),
            View::Sim => ().into_any(),
        },
        with_state: |_| {},
    });
}
