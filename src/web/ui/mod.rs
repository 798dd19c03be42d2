//! Parts every view uses instead of its own copy: number formats, money figures, the scrollable
//! table, the finding item, the stacked bar and its swatches, the focus helper, a file download, and a source as a reader can
//! follow it.

pub mod format;

browser_only! {
    pub mod bar;
    pub mod download;
    pub mod finding;
    pub mod focus;
    pub mod lines;
    pub mod money;
    pub mod source;
    pub mod table;
}
