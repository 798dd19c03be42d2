//! Every number names its source: each seed quote of the parameter table occurs in its seed, and
//! each public or inferred entry is stated in the reference files.

use kofukin::engine::finding::Basis;
use kofukin::engine::params::table;
use std::path::Path;

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn shared(path: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared").join(path);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

#[test]
fn every_seed_quote_occurs_in_its_seed() {
    for p in table() {
        if p.source.ends_with(".txt") {
            let seed = squash(&shared(&format!("seeds/{}", p.source)));
            assert!(seed.contains(&squash(p.quote)), "{}: 「{}」 is not in {}", p.id, p.quote, p.source);
        }
    }
}

#[test]
fn every_public_or_inferred_value_is_stated_in_the_reference() {
    let reference = squash(&(shared("reference/dossier.md") + &shared("reference/RULES.md")));
    for p in table() {
        if p.source.ends_with(".txt") {
            continue;
        }
        assert!(matches!(p.basis, Basis::Public | Basis::Inferred | Basis::Assumption), "{}", p.id);
        // The quote or the document it names must appear in the reference files.
        assert!(reference.contains(&squash(p.quote)), "{}: 「{}」 is not in reference/", p.id, p.quote);
    }
}

#[test]
fn unpublished_values_are_never_numbers() {
    for p in table() {
        if p.quote.contains("(open)") || p.quote.contains("not found") {
            assert!(p.is_unpublished(), "{} cites an open value but has a number", p.id);
        }
    }
}
