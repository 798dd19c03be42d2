//! Parts every view uses.

pub mod format;
