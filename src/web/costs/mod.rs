//! The cost views: the project editor, the funding layers, saved scenarios and files.

pub mod export;
pub mod ops;
pub mod texts;

#[cfg(target_arch = "wasm32")]
pub mod editor;
#[cfg(target_arch = "wasm32")]
pub mod layers;
#[cfg(target_arch = "wasm32")]
pub mod saved;
