//! The simulator view (`view=sim`, the default): the sliders, the two result columns, the chart, the
//! project editor and saved scenarios, and the explanatory panels.

pub mod ops;
pub mod texts;

#[cfg(target_arch = "wasm32")]
pub mod chart;
#[cfg(target_arch = "wasm32")]
pub mod controls;
#[cfg(target_arch = "wasm32")]
mod findings;
#[cfg(target_arch = "wasm32")]
pub mod panels;
#[cfg(target_arch = "wasm32")]
pub mod results;
#[cfg(target_arch = "wasm32")]
mod slider;
#[cfg(target_arch = "wasm32")]
mod view;
#[cfg(target_arch = "wasm32")]
pub use view::SimulatorView;
