//! The scenario in the page's query string (CONTRACT §5).
