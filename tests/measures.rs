//! 財源ナビ (docs/measures.md): golden cases, quotes against the seeds, invariants and robustness.
//!
//! Golden cases are data: `tests/golden/measures/*.json`, each
//! `{ "id", "input", "expect": { "dotted.path": value, "findings": [codes], "error_path": "…" }, "source" }`.

use kofukin::engine::measures::{self, MeasureResult};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/measures")
}

/// `lines.0.covered_yen.national` → the value in `v`.
fn resolve<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |cur, key| match cur {
        Value::Array(a) => a.get(key.parse::<usize>().ok()?),
        Value::Object(o) => o.get(key),
        _ => None,
    })
}

fn codes(r: &Value) -> Vec<String> {
    r["findings"]
        .as_array()
        .map(|a| a.iter().map(|f| f["code"].as_str().unwrap_or("").to_string()).collect())
        .unwrap_or_default()
}

fn run_golden(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let case: Value = serde_json::from_str(&text).map_err(|e| format!("bad case file: {e}"))?;
    let id = case["id"].as_str().ok_or("case has no id")?;
    let expect = case["expect"].as_object().ok_or("case has no expect")?;
    if case["source"].as_str().is_none_or(|s| s.is_empty()) {
        return Err("case has no source".into());
    }
    let result = measures::compute(id, &case["input"]);
    if let Some(want_path) = expect.get("error_path").and_then(Value::as_str) {
        let err = match result {
            Ok(_) => return Err(format!("expected an input error at {want_path}, got a result")),
            Err(e) => e,
        };
        let hit = err.errors.iter().find(|e| e.path == want_path);
        return match hit {
            Some(e) if e.message_ja.contains(want_path) || want_path.is_empty() => Ok(()),
            Some(e) => Err(format!("message does not name the path {want_path}: {}", e.message_ja)),
            None => Err(format!("no error at {want_path}: {err}")),
        };
    }
    let r = result.map_err(|e| format!("unexpected input error: {e}"))?;
    let v = serde_json::to_value(&r).map_err(|e| e.to_string())?;
    check_invariants(&r)?;
    for (key, want) in expect {
        if key == "findings" {
            let want: Vec<String> = want
                .as_array()
                .ok_or("findings must be an array")?
                .iter()
                .map(|c| c.as_str().unwrap_or("").to_string())
                .collect();
            let got = codes(&v);
            if got != want {
                return Err(format!("findings: want {want:?}, got {got:?}"));
            }
            continue;
        }
        let got = resolve(&v, key).ok_or_else(|| format!("{key}: no such path in the result"))?;
        if got != want {
            return Err(format!("{key}: want {want}, got {got}"));
        }
    }
    Ok(())
}

#[test]
fn golden_cases_match_their_hand_computed_figures() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .expect("tests/golden/measures exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 50, "only {} golden cases", files.len());
    let mut failures = Vec::new();
    for f in &files {
        if let Err(e) = run_golden(f) {
            failures.push(format!("{}: {e}", f.file_name().unwrap_or_default().to_string_lossy()));
        }
    }
    assert!(failures.is_empty(), "{} of {} golden cases failed:\n{}", failures.len(), files.len(), failures.join("\n"));
}

#[test]
fn every_measure_has_golden_cases() {
    let mut ids = std::collections::BTreeSet::new();
    for e in std::fs::read_dir(golden_dir()).expect("golden dir").flatten() {
        if let Ok(t) = std::fs::read_to_string(e.path()) {
            if let Ok(v) = serde_json::from_str::<Value>(&t) {
                if let Some(id) = v["id"].as_str() {
                    ids.insert(id.to_string());
                }
            }
        }
    }
    for m in measures::list() {
        assert!(ids.contains(&m.id), "no golden case for {}", m.id);
    }
}

// ---------------------------------------------------------------------------------------------
// Quotes

fn seeds_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sources");
    assert!(dir.join("mic-regional-power-r5.txt").exists(), "the source texts are expected in {}", dir.display());
    dir
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn every_param_quote_occurs_in_its_seed() {
    let dir = seeds_dir();
    let mut missing = Vec::new();
    for m in measures::list() {
        let seed = std::fs::read_to_string(dir.join(format!("{}.txt", m.source_ref.id))).expect("seed readable");
        let seed = squeeze(&seed);
        assert!(!m.params.is_empty(), "{} has no params", m.id);
        for p in &m.params {
            assert_eq!(p.source_ref.id, m.source_ref.id);
            assert_eq!(p.source_ref.quote, Some(p.quote.as_str()));
            assert!(
                !p.quote.starts_with(['、', '。', '）', '…']),
                "{} {}: 「{}」 starts mid-phrase",
                m.id,
                p.name,
                p.quote
            );
            for fragment in p.quote.split('…') {
                let fragment = squeeze(fragment);
                if !fragment.is_empty() && !seed.contains(&fragment) {
                    missing.push(format!("{} {}: 「{}」", m.id, p.name, fragment));
                }
            }
        }
    }
    assert!(missing.is_empty(), "quotes not in the seed:\n{}", missing.join("\n"));
}

#[test]
fn every_line_and_finding_quote_of_the_golden_cases_occurs_in_its_document() {
    let dir = seeds_dir();
    let mut missing = Vec::new();
    for e in std::fs::read_dir(golden_dir()).expect("golden dir").flatten() {
        let Ok(case) = serde_json::from_str::<Value>(&std::fs::read_to_string(e.path()).unwrap_or_default()) else {
            continue;
        };
        let Ok(r) = measures::compute(case["id"].as_str().unwrap_or(""), &case["input"]) else { continue };
        let v = serde_json::to_value(&r).unwrap();
        let refs = v["lines"].as_array().into_iter().flatten().chain(v["findings"].as_array().into_iter().flatten());
        for item in refs {
            let r = &item["source_ref"];
            let (Some(id), Some(q)) = (r["id"].as_str(), r["quote"].as_str()) else { continue };
            let text = squeeze(&std::fs::read_to_string(dir.join(format!("{id}.txt"))).unwrap_or_default());
            if q.split('…').any(|f| !text.contains(&squeeze(f))) {
                missing.push(format!("{}: {id} 「{q}」", e.path().display()));
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "quotes not found:\n{}", missing.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// The list and the API

#[test]
fn the_list_is_in_documented_order_with_its_fields() {
    let ids: Vec<String> = measures::list().into_iter().map(|m| m.id).collect();
    assert_eq!(
        ids,
        [
            "local10000",
            "distributed_energy",
            "decarbonisation_experts",
            "cooperators",
            "working_holiday",
            "trial_satellite_office",
            "corporate_secondees",
            "revitalization_advisors",
            "project_managers",
            "migration",
            "settlement_zone",
            "depopulation_bond",
            "depopulation_grant",
            "work_cooperatives",
            "dx_talent",
            "municipal_mynapoint",
            "pro_talent_side_jobs",
        ]
    );
    let funds = ["people", "facilities", "startups", "energy", "kaso", "digital", "regional"];
    let types = ["yen", "decimal", "integer", "bool", "enum", "list"];
    for m in measures::list() {
        assert!(m.funds.iter().all(|f| funds.contains(&f.as_str())), "{}", m.id);
        let want_source =
            if m.id == "pro_talent_side_jobs" { "cabinet-gen2-basic-plan" } else { "mic-regional-power-r5" };
        assert_eq!(m.source_ref.id, want_source);
        assert!(!m.source.contains(".txt") && m.source.contains('「'), "{}", m.source);
        for i in &m.inputs {
            assert!(types.contains(&i.ty.as_str()), "{}.{}", m.id, i.name);
            assert_eq!(i.ty == "enum", i.allowed.is_some(), "{}.{}", m.id, i.name);
            assert_eq!(i.ty == "list", i.fields.is_some(), "{}.{}", m.id, i.name);
            if i.required {
                assert!(i.default.is_null());
            }
        }
    }
}

#[test]
fn the_list_serialises_to_the_documented_shape() {
    let v = serde_json::to_value(measures::list()).unwrap();
    let wh = &v[4];
    assert_eq!(wh["id"], "working_holiday");
    assert_eq!(wh["funds"], json!(["people"]));
    assert_eq!(wh["inputs"][0]["name"], "cost_yen");
    assert_eq!(wh["inputs"][0]["type"], "yen");
    assert_eq!(wh["inputs"][0]["required"], true);
    assert_eq!(wh["inputs"][0]["default"], Value::Null);
    assert_eq!(wh["inputs"][0]["allowed"], Value::Null);
    assert_eq!(wh["inputs"][1]["default"], 0);
    assert_eq!(wh["params"][0]["name"], "cap_base");
    assert_eq!(wh["params"][0]["value"], "15000000");
    assert_eq!(wh["params"][0]["unit"], "円/団体");
    let coop = measures::find("cooperators").unwrap();
    let members = coop.inputs.iter().find(|i| i.name == "members").unwrap();
    assert_eq!(members.default, json!([]));
    assert_eq!(members.fields.as_ref().unwrap().len(), 3);
    assert!(measures::find("nope").is_none());
}

#[test]
fn lines_carry_their_english_label_with_the_list_index() {
    let r = measures::compute("cooperators", &json!({"members": [{}, {"reward_yen": 1}]})).unwrap();
    let v = serde_json::to_value(&r).unwrap();
    let member = v["lines"].as_array().unwrap().iter().filter(|l| l["item"] == "member").nth(1).unwrap();
    assert_eq!(member["label_ja"], "隊員の活動に要する経費（members[1]）");
    assert_eq!(member["label_en"], "Cooperator (members[1])");
}

#[test]
fn the_text_list_has_a_line_per_measure_and_per_input() {
    let text = measures::list_text();
    for m in measures::list() {
        assert!(text.lines().any(|l| l.starts_with(&format!("{}  {}", m.id, m.name_ja))), "{}", m.id);
    }
    assert!(text.contains("  cost_yen  (yen, 円/団体/年度)  required"));
    assert!(text.contains("  stay_days  (integer, 人日)  default 0"));
    assert!(text.contains("allowed: standard | weak_area_2_3"));
}

#[test]
fn an_unknown_id_lists_the_known_ids() {
    let e = measures::compute("furusato", &json!({})).unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("furusato"));
    for m in measures::list() {
        assert!(msg.contains(&m.id), "{msg}");
    }
}

#[test]
fn compute_json_prints_the_result_and_reports_bad_json() {
    let text = measures::compute_json("dx_talent", r#"{"cost_yen": 1000}"#).unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        v["covered_yen"],
        json!({"national": 0, "special_allocation_tax": 700, "ordinary_allocation_tax": 0, "user_fees": 0})
    );
    assert_eq!(v["local_yen"], 300);
    assert!(text.contains('\n'));
    assert!(measures::compute_json("dx_talent", "{").is_err());
}

#[test]
fn findings_serialise_with_code_severity_messages_source_and_basis() {
    let r = measures::compute("working_holiday", &json!({"cost_yen": 20_000_000})).unwrap();
    let v = serde_json::to_value(&r).unwrap();
    let f = &v["findings"][0];
    assert_eq!(f["code"], "cap_binds");
    assert_eq!(f["severity"], "capped");
    assert_eq!(f["basis"], "seed");
    assert!(f["message_ja"].as_str().unwrap().contains("15,000,000円"));
    assert!(f["source"]
        .as_str()
        .unwrap()
        .starts_with("総務省 地域力創造グループ「令和５年度 地域力創造グループ施策について」"));
    assert_eq!(f["source_ref"]["id"], "mic-regional-power-r5");
    assert!(f["source_ref"]["quote"].is_string());
    assert!(f.get("project").is_none());
}

#[test]
fn unknown_fields_are_a_warning_with_their_paths() {
    let r = measures::compute("cooperators", &json!({"foo": 1, "members": [{"reward_yen": 1, "bar": true}]})).unwrap();
    let f = r.findings.iter().find(|f| f.message_en().contains("Ignored")).expect("unknown_fields finding");
    let v = serde_json::to_value(f).unwrap();
    assert_eq!(v["code"], "unknown_fields");
    assert_eq!(v["severity"], "warning");
    assert!(f.message_ja().contains("foo") && f.message_ja().contains("members[0].bar"));
}

#[test]
fn a_list_holds_at_most_1000_objects() {
    let ok: Vec<Value> = (0..1000).map(|_| json!({"cost_yen": 1})).collect();
    assert!(measures::compute("cooperators", &json!({ "startups": ok })).is_ok());
    let too_many: Vec<Value> = (0..1001).map(|_| json!({})).collect();
    let e = measures::compute("cooperators", &json!({ "startups": too_many })).unwrap_err();
    assert_eq!(e.errors[0].path, "startups");
}

// ---------------------------------------------------------------------------------------------
// Invariants (docs/format.md, the measure result) over random valid inputs, generated from each measure's own descriptors.

fn check_line(what: &str, cost: u64, eligible: u64, covered: &measures::Covered, bond: u64) -> Result<(), String> {
    let total = covered.national + covered.special_allocation_tax + covered.ordinary_allocation_tax + covered.user_fees;
    if total > cost {
        return Err(format!("{what}: covered {total} > cost {cost}"));
    }
    if eligible > cost {
        return Err(format!("{what}: eligible {eligible} > cost {cost}"));
    }
    if bond > eligible {
        return Err(format!("{what}: bond {bond} > eligible {eligible}"));
    }
    Ok(())
}

fn check_invariants(r: &MeasureResult) -> Result<(), String> {
    // The page shows the kinds a measure declares it covers: the calculator produces no other.
    let m = measures::get(&r.id).ok_or("unknown id")?;
    for k in measures::Kind::ALL {
        if r.covered_yen.get(k) > 0 && !m.covers.contains(&k) {
            return Err(format!("{}: covers {k:?}, which the definition does not declare", r.id));
        }
    }
    if r.bond_yen > 0 && !m.bond {
        return Err(format!("{}: issues a bond, which the definition does not declare", r.id));
    }
    if r.lines.iter().any(|l| l.label_en.is_empty() || l.label_ja.is_empty()) {
        return Err("a line has no label in one of the languages".into());
    }
    let mut sum = measures::Covered::default();
    let (mut cost, mut eligible, mut bond) = (0u64, 0u64, 0u64);
    for (i, l) in r.lines.iter().enumerate() {
        check_line(&format!("lines[{i}]"), l.cost_yen, l.eligible_yen, &l.covered_yen, l.bond_yen)?;
        cost += l.cost_yen;
        eligible += l.eligible_yen;
        bond += l.bond_yen;
        sum.national += l.covered_yen.national;
        sum.special_allocation_tax += l.covered_yen.special_allocation_tax;
        sum.ordinary_allocation_tax += l.covered_yen.ordinary_allocation_tax;
        sum.user_fees += l.covered_yen.user_fees;
    }
    check_line("total", r.cost_yen, r.eligible_yen, &r.covered_yen, r.bond_yen)?;
    let total = sum.national + sum.special_allocation_tax + sum.ordinary_allocation_tax + sum.user_fees;
    if (cost, eligible, bond, sum) != (r.cost_yen, r.eligible_yen, r.bond_yen, r.covered_yen) {
        return Err("the totals are not the sums of the lines".into());
    }
    if r.covered_total_yen != total || r.local_yen != r.cost_yen - total {
        return Err("covered_total_yen or local_yen is wrong".into());
    }
    Ok(())
}

/// A random valid value for a descriptor, drawn from `draw` (a stream of random numbers).
fn valid_value(d: &measures::InputDesc, draw: &mut impl FnMut() -> u64) -> Value {
    match d.ty.as_str() {
        "yen" => match draw() % 4 {
            0 => json!(0),
            1 => json!(draw() % 10_000_000),
            2 => json!(draw() % 100_000_000),
            _ => json!(draw() % (measures::MAX_YEN + 1)),
        },
        "decimal" => {
            let n = draw() % 5_000;
            match draw() % 3 {
                0 => json!(format!("{}.{:03}", n / 1000, n % 1000)),
                1 => serde_json::from_str(&format!("{}.{}", n / 1000, n % 1000)).unwrap_or(json!(1)),
                _ => json!(format!("0.{:028}", draw())),
            }
        }
        "integer" => {
            let lo = if d.name == "year" { 1 } else { 0 };
            json!(lo + (draw() % if draw() % 5 == 0 { 1_000_000_000 } else { 20 }))
        }
        "bool" => json!(draw() % 2 == 0),
        "enum" => {
            let a = d.allowed.as_ref().expect("enum has allowed");
            json!(a[(draw() % a.len() as u64) as usize])
        }
        "list" => {
            let n = draw() % 6;
            let fields = d.fields.as_ref().expect("list has fields");
            Value::Array((0..n).map(|_| valid_object(fields, draw)).collect())
        }
        other => panic!("unknown type {other}"),
    }
}

fn valid_object(fields: &[measures::InputDesc], draw: &mut impl FnMut() -> u64) -> Value {
    let mut o = serde_json::Map::new();
    for f in fields {
        // Optional fields are sometimes left out, except those that may be conditionally required.
        let conditional = !f.required && f.default.is_null();
        if f.required || conditional || draw() % 3 != 0 {
            o.insert(f.name.clone(), valid_value(f, draw));
        }
    }
    Value::Object(o)
}

fn random_input(measure: usize, seeds: &[u64]) -> (String, Value) {
    let list = measures::list();
    let m = &list[measure % list.len()];
    let mut i = 0usize;
    let mut draw = || {
        let x = seeds[i % seeds.len()].wrapping_mul(6364136223846793005).wrapping_add(i as u64);
        i += 1;
        x ^ (x >> 29)
    };
    (m.id.clone(), valid_object(&m.inputs, &mut draw))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn every_measure_keeps_its_invariants(measure in 0usize..17, seeds in proptest::collection::vec(any::<u64>(), 1..40)) {
        let (id, input) = random_input(measure, &seeds);
        let r = measures::compute(&id, &input);
        prop_assert!(r.is_ok(), "{id} {input}: {:?}", r.err());
        let r = r.unwrap();
        prop_assert_eq!(&r.id, &id);
        if let Err(e) = check_invariants(&r) {
            prop_assert!(false, "{} {}: {}", id, input, e);
        }
        prop_assert!(serde_json::to_string(&r).is_ok());
    }
}

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        (-1e20f64..1e20).prop_map(|f| json!(f)),
        "[a-z0-9_./\\-]{0,12}".prop_map(Value::String),
        Just(json!("1e400")),
        Just(json!("-0.5")),
        Just(json!("99999999999999999999999999999")),
        Just(json!("9999999999999999999999999999")),
        Just(json!("0.0000000000000000000000000001")),
    ];
    leaf.prop_recursive(3, 32, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((field_name(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

fn field_name() -> impl Strategy<Value = String> {
    let names: Vec<String> = measures::list()
        .into_iter()
        .flat_map(|m| {
            m.inputs.into_iter().flat_map(|i| {
                std::iter::once(i.name.clone()).chain(i.fields.unwrap_or_default().into_iter().map(|f| f.name))
            })
        })
        .chain(["zzz".to_string()])
        .collect();
    proptest::sample::select(names)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_json_never_panics(v in arbitrary_json()) {
        for m in measures::list() {
            if let Ok(r) = measures::compute(&m.id, &v) {
                prop_assert!(check_invariants(&r).is_ok());
            }
        }
    }

    #[test]
    fn a_valid_input_with_one_field_replaced_never_panics(measure in 0usize..17, seeds in proptest::collection::vec(any::<u64>(), 1..20), junk in arbitrary_json(), which in any::<usize>()) {
        let (id, mut input) = random_input(measure, &seeds);
        if let Some(o) = input.as_object_mut() {
            let keys: Vec<String> = o.keys().cloned().collect();
            if !keys.is_empty() {
                o.insert(keys[which % keys.len()].clone(), junk);
            }
        }
        if let Ok(r) = measures::compute(&id, &input) {
            prop_assert!(check_invariants(&r).is_ok());
        }
    }
}

#[test]
fn extreme_decimals_are_exact_and_never_overflow() {
    let big = "999999999999999999999999999";
    for id in ["distributed_energy", "trial_satellite_office", "migration"] {
        let field = if id == "distributed_energy" { "fiscal_capability_index" } else { "fiscal_correction" };
        let r = measures::compute(id, &json!({ "cost_yen": 1_000_000_000_000_000u64, field: big })).unwrap();
        check_invariants(&r).unwrap();
        let r = measures::compute(
            id,
            &json!({ "cost_yen": 1_000_000_000_000_000u64, field: "0.0000000000000000000000000001" }),
        )
        .unwrap();
        check_invariants(&r).unwrap();
    }
    let r =
        measures::compute("distributed_energy", &json!({ "cost_yen": 100, "fiscal_capability_index": big })).unwrap();
    assert_eq!(r.covered_total_yen, 50);
}
