//! The compare view (`view=compare`, `sa=` and `sb=`): 案A and 案B side by side with both rule sets'
//! totals, remaining local burden and per-year figures, and the differences B − A.

pub mod texts;

browser_only! {
    mod pick;
    mod plan;
    mod view;
    pub use view::{CompareEntry, CompareView};
}
