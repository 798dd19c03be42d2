//! The cost views: the project editor, the funding layers, saved scenarios and files.

pub mod export;
pub mod ops;
pub mod texts;

#[cfg(target_arch = "wasm32")]
mod amount;
#[cfg(target_arch = "wasm32")]
mod card;
#[cfg(target_arch = "wasm32")]
mod card_result;
#[cfg(target_arch = "wasm32")]
pub mod editor;
#[cfg(target_arch = "wasm32")]
mod files;
#[cfg(target_arch = "wasm32")]
pub mod layers;
#[cfg(target_arch = "wasm32")]
mod print;
#[cfg(target_arch = "wasm32")]
pub mod saved;
