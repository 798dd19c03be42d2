//! The UI-less JavaScript API (CONTRACT §4), built to api/kofukin.js.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kofukin-api is the JavaScript API: build it with `trunk build` (see README.md)");
}
#[cfg(target_arch = "wasm32")]
fn main() {}
