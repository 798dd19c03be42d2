//! 計算のしかた (`view=how`): a plain-language walk through one example (the starter scenario), step
//! by step, each step with the parameters it uses and the documents they come from.

pub mod texts;

browser_only! {
    mod view;
    pub use view::HowView;
}
