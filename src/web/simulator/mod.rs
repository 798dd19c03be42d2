//! The simulator view (`view=sim`, the default): the sliders, the two result columns, the chart, the
//! place of the page's lower part (`below`), the project editor and saved scenarios, and the
//! explanatory panels.

pub mod ops;
pub mod texts;

browser_only! {
    pub mod below;
    pub mod chart;
    pub mod controls;
    mod findings;
    pub mod panels;
    pub mod results;
    mod slider;
    mod undo;
    mod view;
    pub use view::SimulatorView;
}
