//! The Leptos app (wasm32 only).
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kofukin-web runs in the browser: build it with `trunk build` (see README.md)");
}
#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    leptos::mount::mount_to_body(|| view! { <p>"kofukin"</p> });
}
