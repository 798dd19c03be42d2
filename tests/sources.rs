//! Every number names its source, and every quote is verbatim: each quote of the parameter table, of
//! the reference values and of every finding the engine writes occurs in the text of its document in
//! `sources/<id>.txt`; a quote of a document the project does not ship occurs in `sources/README.md`,
//! which records the quotes of those documents as they were taken. Citations name documents of the
//! registry, never a file, a path or a working note.

use kofukin::engine::donation::{donation, DonationInput};
use kofukin::engine::finding::Finding;
use kofukin::engine::params::table_with_references;
use kofukin::engine::sources::{find, registry, SourceKind, SourceRef};
use serde_json::Value;
use std::path::Path;

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A file of the repository, by its path from the root.
fn read(path: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

/// The text a quote of `id` is checked against: the shipped document, or the record of quotes of the
/// documents not shipped.
fn text_of(id: &str) -> String {
    match find(id) {
        Some(s) if s.shipped => squash(&read(&format!("sources/{id}.txt"))),
        Some(_) => squash(&read("sources/README.md")),
        None => panic!("{id} is not in the source registry"),
    }
}

/// Where a quote is not found: None when it is, or when there is no quote.
fn missing(r: &SourceRef) -> Option<String> {
    let q = r.quote?;
    let text = text_of(r.id);
    q.split('…').any(|f| !text.contains(&squash(f))).then(|| format!("{}: 「{q}」", r.id))
}

/// Every scenario of the golden cases and worked examples, with reference values on and off.
fn scenarios() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["tests/golden", "tests/examples"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let Ok(entries) = std::fs::read_dir(&path) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_none_or(|x| x != "json") {
                continue;
            }
            let case: Value =
                serde_json::from_str(&std::fs::read_to_string(&p).unwrap_or_default()).unwrap_or_default();
            let mut s = case["scenario"].clone();
            if s.is_object() {
                out.push(s.to_string());
                s["gen1_reference_values"] = Value::Bool(true);
                out.push(s.to_string());
            }
        }
    }
    out
}

fn all_findings(result: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    for set in ["gen1", "gen2"] {
        let r = &result["rule_sets"][set];
        out.extend(r["findings"].as_array().cloned().unwrap_or_default());
        for p in r["projects"].as_array().into_iter().flatten() {
            out.extend(p["findings"].as_array().cloned().unwrap_or_default());
        }
    }
    out
}

#[test]
fn every_parameter_quote_occurs_in_its_document() {
    let mut bad = Vec::new();
    for p in table_with_references() {
        bad.extend(missing(&p.source_ref).map(|m| format!("{}: {m}", p.id)));
    }
    assert!(bad.is_empty(), "quotes not found:\n{}", bad.join("\n"));
}

#[test]
fn every_finding_quote_occurs_in_its_document() {
    let mut bad = Vec::new();
    for s in scenarios() {
        let result: Value = serde_json::from_str(&kofukin::engine::simulate_json(&s).unwrap()).unwrap();
        for f in all_findings(&result) {
            let r = &f["source_ref"];
            let id = r["id"].as_str().unwrap_or("");
            assert!(find(id).is_some(), "finding {} cites {id}, not in the registry", f["code"]);
            if let Some(q) = r["quote"].as_str() {
                let text = text_of(id);
                if q.split('…').any(|frag| !text.contains(&squash(frag))) {
                    bad.push(format!("{} {id}: 「{q}」", f["code"]));
                }
            }
        }
    }
    let input = DonationInput {
        donation_yen: 100_000_000,
        resident_tax_levy_yen: 1,
        corporate_tax_yen: 1,
        enterprise_tax_yen: 1,
        ..DonationInput::default()
    };
    let findings: Vec<Finding> = donation(&input, &["x".to_string()]).findings;
    assert!(findings.len() >= 3);
    for f in &findings {
        bad.extend(missing(&f.source_ref).map(|m| format!("donation {}: {m}", f.code.as_str())));
    }
    bad.sort();
    bad.dedup();
    assert!(bad.is_empty(), "finding quotes not found:\n{}", bad.join("\n"));
}

#[test]
fn citations_name_documents_never_files_paths_or_working_notes() {
    let bad_marks = [".txt", ".md", "docs/", "sources/", "§", "not found", "(open)", "stored material"];
    let mut texts: Vec<String> = Vec::new();
    for p in table_with_references() {
        let c = p.citation();
        texts.extend([c.ja.to_string(), c.en.to_string()]);
        texts.extend(p.quote().map(str::to_string));
    }
    for s in scenarios() {
        let result: Value = serde_json::from_str(&kofukin::engine::simulate_json(&s).unwrap()).unwrap();
        for f in all_findings(&result) {
            texts.extend(
                ["source", "message_ja", "message_en"].iter().filter_map(|k| f[k].as_str().map(str::to_string)),
            );
        }
    }
    for a in kofukin::engine::assumptions() {
        let c = a.citation();
        texts.extend([c.ja.to_string(), c.en.to_string(), a.text_ja.to_string()]);
    }
    for t in &texts {
        assert!(!bad_marks.iter().any(|m| t.contains(m)), "{t}");
    }
}

#[test]
fn a_quote_is_japanese_and_an_open_value_explains_itself() {
    for p in table_with_references() {
        if let Some(q) = p.quote() {
            assert!(q.chars().any(|c| c > '\u{2FFF}'), "{}: 「{q}」 is not a Japanese quote", p.id);
        }
        if p.is_unpublished() || p.quote().is_none() {
            let note = p.note();
            assert!(note.is_some_and(|n| !n.ja.is_empty() && !n.en.is_empty()), "{} needs a note", p.id);
        }
    }
}

#[test]
fn every_shipped_document_is_registered_and_every_registered_one_is_shipped() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sources");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".txt")).map(str::to_string))
        .collect();
    files.sort();
    let mut shipped: Vec<String> = registry().iter().filter(|s| s.shipped).map(|s| s.id.to_string()).collect();
    shipped.sort();
    assert_eq!(files, shipped);
    assert!(registry().iter().any(|s| s.kind == SourceKind::Project));
    for s in registry() {
        assert!(s.url.is_none_or(|u| u.starts_with("http")), "{}", s.id);
        assert!(!s.title.ja.is_empty() && !s.title.en.is_empty() && !s.publisher.ja.is_empty(), "{}", s.id);
    }
}

#[test]
fn sources_lists_the_registry_as_json() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kofukin")).args(["sources", "--json"]).output().unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &v[0];
    assert_eq!(first["id"], "cao-gen1-gen2-diff");
    assert_eq!(first["title_ja"], "地方創生交付金（1.0と2.0の違いについて）");
    assert_eq!(first["kind"], "government");
    assert!(first["url"].is_null() && first["date"].is_null());
    let text = std::process::Command::new(env!("CARGO_BIN_EXE_kofukin")).arg("sources").output().unwrap();
    assert!(String::from_utf8_lossy(&text.stdout).contains("内閣府「地方創生交付金（1.0と2.0の違いについて）」"));
}
