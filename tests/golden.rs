//! Golden scenarios: data files of scenario + expected figures + the source that justifies them.
//!
//! Runs every worked example of `tests/examples/` as it is, and every case of `tests/golden/`, each as
//! its own test named after its file (`examples::e02_infra_paired_later_start`,
//! `golden::g05_hub_project_period_municipality`), so a failure names the case; `cargo test --test
//! golden g05` runs one. `expect` maps a dotted path into the result's `rule_sets` to the exact value
//! (strings as in the result JSON, docs/format.md); a path ending in `finding_codes` lists codes that
//! must be among the findings there (`gen2.finding_codes`, `gen1.projects.0.finding_codes`), one ending
//! in `no_finding_codes` codes that must not be; a path starting with `comparison.` is read from the
//! top of the result (the difference box).

use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The folders of cases, each with the prefix of its tests' names.
const FOLDERS: [(&str, &str); 2] = [("examples", "tests/examples"), ("golden", "tests/golden")];

/// There are eleven worked examples; fewer means the folder was not copied whole.
const EXAMPLES_AT_LEAST: usize = 11;

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut trials = Vec::new();
    for (prefix, dir) in FOLDERS {
        let files = cases(&root.join(dir));
        if prefix == "examples" {
            let count = files.as_ref().map_or(0, Vec::len);
            trials.push(Trial::test("examples::all_worked_examples_are_there", move || {
                if count >= EXAMPLES_AT_LEAST {
                    Ok(())
                } else {
                    Err(format!(
                        "expected at least {EXAMPLES_AT_LEAST} worked examples in tests/examples, found {count}"
                    )
                    .into())
                }
            }));
        }
        match files {
            Ok(files) => {
                for file in files {
                    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                    trials.push(Trial::test(format!("{prefix}::{stem}"), move || check(&file)));
                }
            }
            Err(e) => trials.push(Trial::test(format!("{prefix}::folder_is_readable"), move || Err(e.into()))),
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

/// The `.json` files of `dir`, sorted.
fn cases(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> =
        entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect();
    files.sort();
    Ok(files)
}

fn at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(v, |v, k| match v {
        Value::Array(a) => k.parse::<usize>().ok().and_then(|i| a.get(i)),
        Value::Object(o) => o.get(*k),
        _ => None,
    })
}

/// Runs one case; the error lists every expected figure that differs.
fn check(file: &Path) -> Result<(), Failed> {
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let text = std::fs::read_to_string(file).map_err(|e| format!("{name}: cannot read: {e}"))?;
    let case: Value = serde_json::from_str(&text).map_err(|e| format!("{name}: not JSON: {e}"))?;
    if case.get("why").or(case.get("source")).is_none() {
        return Err(format!("{name}: a golden case must say why (its source)").into());
    }
    let Some(expect) = case["expect"].as_object() else { return Err(format!("{name}: no expect").into()) };
    let scenario = serde_json::to_string(&case["scenario"]).map_err(|e| format!("{name}: {e}"))?;
    let result = kofukin::engine::simulate_json(&scenario).map_err(|e| format!("{name}: scenario rejected: {e}"))?;
    let result: Value = serde_json::from_str(&result).map_err(|e| format!("{name}: result is not JSON: {e}"))?;
    let sets = &result["rule_sets"];
    let mut failures = Vec::new();
    for (path, want) in expect {
        let parts: Vec<&str> = path.split('.').collect();
        // `comparison.*` is at the top of the result; every other path is inside `rule_sets`.
        let (base, parts) = if parts[0] == "comparison" { (&result, &parts[..]) } else { (sets, &parts[..]) };
        let last = parts.last().copied();
        if last == Some("finding_codes") || last == Some("no_finding_codes") {
            let findings =
                at(base, &[&parts[..parts.len() - 1], &["findings"]].concat()).cloned().unwrap_or(Value::Null);
            let codes: Vec<&str> =
                findings.as_array().map(|a| a.iter().filter_map(|f| f["code"].as_str()).collect()).unwrap_or_default();
            let must_have = last == Some("finding_codes");
            for c in want.as_array().into_iter().flatten() {
                if codes.contains(&c.as_str().unwrap_or("")) != must_have {
                    let what = if must_have { "missing" } else { "unexpected" };
                    failures.push(format!("{path}: {what} {c} (have {codes:?})"));
                }
            }
            continue;
        }
        let got = at(base, parts);
        if got != Some(want) {
            failures
                .push(format!("{path}: want {want}, got {}", got.map(|g| g.to_string()).unwrap_or("nothing".into())));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!("{name}: {} of {} figures differ:\n{}", failures.len(), expect.len(), failures.join("\n")).into())
    }
}
