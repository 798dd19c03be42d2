//! Golden scenarios: data files of scenario + expected figures + the source that justifies them.
//!
//! Runs every worked example of `../shared/reference/examples/` as it is, and every case of
//! `tests/golden/`. `expect` maps a dotted path into the result's `rule_sets` to the exact value
//! (CONTRACT §2 strings); a path ending in `finding_codes` lists codes that must be among the findings
//! there (`gen2.finding_codes`, `gen1.projects.0.finding_codes`).

use serde_json::Value;
use std::path::{Path, PathBuf};

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [root.join("../shared/reference/examples"), root.join("tests/golden")] {
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
        for e in entries.flatten() {
            if e.path().extension().is_some_and(|x| x == "json") {
                files.push(e.path());
            }
        }
    }
    files.sort();
    files
}

fn at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(v, |v, k| match v {
        Value::Array(a) => k.parse::<usize>().ok().and_then(|i| a.get(i)),
        Value::Object(o) => o.get(*k),
        _ => None,
    })
}

fn check(file: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(file).unwrap();
    let case: Value = serde_json::from_str(&text).unwrap();
    let name = file.file_name().unwrap().to_string_lossy().to_string();
    let scenario = serde_json::to_string(&case["scenario"]).unwrap();
    let result = match kofukin::engine::simulate_json(&scenario) {
        Ok(r) => r,
        Err(e) => return vec![format!("{name}: scenario rejected: {e}")],
    };
    let result: Value = serde_json::from_str(&result).unwrap();
    let sets = &result["rule_sets"];
    let mut failures = Vec::new();
    let Some(expect) = case["expect"].as_object() else { return vec![format!("{name}: no expect")] };
    assert!(case.get("why").or(case.get("source")).is_some(), "{name}: a golden case must say why (its source)");
    for (path, want) in expect {
        let parts: Vec<&str> = path.split('.').collect();
        if parts.last() == Some(&"finding_codes") {
            let findings =
                at(sets, &[&parts[..parts.len() - 1], &["findings"]].concat()).cloned().unwrap_or(Value::Null);
            let codes: Vec<&str> =
                findings.as_array().map(|a| a.iter().filter_map(|f| f["code"].as_str()).collect()).unwrap_or_default();
            for c in want.as_array().into_iter().flatten() {
                if !codes.contains(&c.as_str().unwrap_or("")) {
                    failures.push(format!("{name}: {path}: missing {c} (have {codes:?})"));
                }
            }
            continue;
        }
        let got = at(sets, &parts);
        if got != Some(want) {
            failures.push(format!(
                "{name}: {path}: want {want}, got {}",
                got.map(|g| g.to_string()).unwrap_or("nothing".into())
            ));
        }
    }
    failures
}

#[test]
fn worked_examples_and_golden_cases_give_their_figures() {
    let files = cases();
    assert!(files.len() >= 11, "expected the worked examples at ../shared/reference/examples");
    let failures: Vec<String> = files.iter().flat_map(|f| check(f)).collect();
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), files.len(), failures.join("\n"));
    println!("{} golden cases passed", files.len());
}
