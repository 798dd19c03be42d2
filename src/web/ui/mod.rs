//! Parts every view uses instead of its own copy: number formats, money figures, the scrollable
//! table, the finding item, the stacked bar and its swatches, and the focus helper.

pub mod format;

#[cfg(target_arch = "wasm32")]
pub mod bar;
#[cfg(target_arch = "wasm32")]
pub mod finding;
#[cfg(target_arch = "wasm32")]
pub mod focus;
#[cfg(target_arch = "wasm32")]
pub mod lines;
#[cfg(target_arch = "wasm32")]
pub mod money;
#[cfg(target_arch = "wasm32")]
pub mod table;
