//! 財源ナビ: the other local-finance measures of the sources (`reference/MEASURES.md`).
