//! 改善のヒント: up to five rearrangements of the current plan that raise the 2.0 national share,
//! computed once the input has settled, each with its exact delta, the rule it works around and a
//! button that applies it.

pub mod texts;

browser_only! {
    mod view;
    pub use view::HintsRegion;
}
