//! Parts every view uses instead of its own copy: number formats, money figures, the scrollable
//! table, the finding item, the stacked bar and its swatches, and the focus helper.

pub mod format;

browser_only! {
    pub mod bar;
    pub mod finding;
    pub mod focus;
    pub mod lines;
    pub mod money;
    pub mod table;
}
