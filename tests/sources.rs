//! Every number names its source: each quote of the parameter table from a source document occurs in
//! that document's text in `sources/`, and each public or inferred entry is stated in the project's
//! rules documents (`docs/*.md`).

use kofukin::engine::finding::Basis;
use kofukin::engine::params::table;
use std::path::Path;

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A file of the repository, by its path from the root.
fn read(path: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

/// Every `docs/*.md`, joined.
fn docs() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut files: Vec<_> =
        entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "md")).collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).unwrap_or_default()).collect()
}

#[test]
fn every_source_quote_occurs_in_its_source_text() {
    for p in table() {
        if p.source.ends_with(".txt") {
            let text = squash(&read(&format!("sources/{}", p.source)));
            assert!(text.contains(&squash(p.quote)), "{}: 「{}」 is not in sources/{}", p.id, p.quote, p.source);
        }
    }
}

#[test]
fn every_public_or_inferred_value_is_stated_in_the_rules_documents() {
    let docs = squash(&docs());
    let mut missing = Vec::new();
    for p in table() {
        if p.source.ends_with(".txt") {
            continue;
        }
        assert!(matches!(p.basis, Basis::Public | Basis::Inferred | Basis::Assumption), "{}", p.id);
        // The quote must appear in docs/ (rules.md states every parameter with its source).
        if !docs.contains(&squash(p.quote)) {
            missing.push(format!("{}: 「{}」 ({})", p.id, p.quote, p.source));
        }
    }
    missing.dedup();
    assert!(missing.is_empty(), "{} quotes are not in docs/*.md:\n{}", missing.len(), missing.join("\n"));
}

#[test]
fn unpublished_values_are_never_numbers() {
    for p in table() {
        if p.quote.contains("(open)") || p.quote.contains("not found") {
            assert!(p.is_unpublished(), "{} cites an open value but has a number", p.id);
        }
    }
}
