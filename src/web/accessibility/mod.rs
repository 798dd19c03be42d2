//! The accessibility statement (`view=accessibility`): the target, how the page is tested, the
//! result of the last test run (read from `accessibility-results.json`, which the accessibility
//! browser test writes), known limits and what a hosting organisation fills in.

pub mod results;
pub mod texts;

browser_only! {
    mod view;
    pub use view::AccessibilityView;
}
