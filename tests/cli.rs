//! The command line: exit 0 with valid JSON, exit 2 with the message on invalid input (docs/format.md,
//! the command line).

use std::io::{ErrorKind, Write};
use std::process::{Command, Output, Stdio};

fn kofukin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kofukin"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run kofukin");
    // A command that fails on its arguments exits without reading its input: a closed pipe is fine.
    if let Err(e) = child.stdin.take().expect("stdin is piped").write_all(stdin) {
        assert_eq!(e.kind(), ErrorKind::BrokenPipe, "writing the input: {e}");
    }
    child.wait_with_output().expect("kofukin finishes")
}

fn stdout_json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).expect("stdout is JSON")
}

#[test]
fn simulate_prints_the_result_json_and_exits_0() {
    let o = kofukin(
        &["simulate"],
        br#"{"municipality":"municipality","projects":[{"kind":"soft","annual_cost_oku":"3.5","years":3}]}"#,
    );
    assert_eq!(o.status.code(), Some(0));
    let v = stdout_json(&o);
    assert_eq!(v["rule_sets"]["gen2"]["total_national_oku"], "5.25");
    assert_eq!(v["rule_sets"]["gen1"]["total_national_oku"], "2.1");
}

#[test]
fn invalid_input_exits_2_with_the_field_and_what_is_allowed() {
    let cases: &[(&[u8], &str)] = &[
        (
            br#"{"municipality":"municipality","projects":[{"kind":"soft","annual_cost_oku":"1","years":0}]}"#,
            "projects[0].years",
        ),
        (br#"{"municipality":"village","projects":[]}"#, "municipality"),
        (
            br#"{"municipality":"municipality","projects":[{"kind":"soft","annual_cost_oku":-3}]}"#,
            "projects[0].annual_cost_oku",
        ),
        (
            br#"{"municipality":"municipality","projects":[{"kind":"soft","annual_cost_oku":"1e999"}]}"#,
            "projects[0].annual_cost_oku",
        ),
        (
            br#"{"municipality":"municipality","projects":[{"kind":"soft","annual_cost_oku":"100001"}]}"#,
            "projects[0].annual_cost_oku",
        ),
        (
            br#"{"municipality":"municipality","projects":[{"kind":"rocket","annual_cost_oku":"1"}]}"#,
            "projects[0].kind",
        ),
        (
            br#"{"municipality":"municipality","projects":[{"kind":"infra","cost_by_year_oku":["1"],"years":2}]}"#,
            "projects[0].cost_by_year_oku",
        ),
        (br#"{"version":2,"municipality":"municipality","projects":[]}"#, "version"),
        (br#"{"municipality":"municipality","projects":"many"}"#, "projects"),
        (br#"{"municipality":"municipality""#, "JSON"),
        (b"\xff\xfe\x00garbage", "UTF-8"),
        (b"", "JSON"),
        (br#"[1,2,3]"#, "JSON"),
    ];
    for (input, needle) in cases {
        let o = kofukin(&["simulate"], input);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{needle}: {err}");
        assert!(err.contains(needle), "message for {needle} was: {err}");
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn one_hundred_projects_are_accepted_and_one_hundred_and_one_are_not() {
    let body = |n: usize| {
        let p = vec![r#"{"kind":"soft","annual_cost_oku":"1","years":1}"#; n].join(",");
        format!(r#"{{"municipality":"municipality","projects":[{p}]}}"#)
    };
    assert_eq!(kofukin(&["simulate"], body(100).as_bytes()).status.code(), Some(0));
    let o = kofukin(&["simulate"], body(101).as_bytes());
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("100"));
}

#[test]
fn an_empty_project_list_gives_zero_totals() {
    let o = kofukin(&["simulate"], br#"{"municipality":"prefecture","projects":[]}"#);
    assert_eq!(o.status.code(), Some(0));
    let v = stdout_json(&o);
    assert_eq!(v["rule_sets"]["gen2"]["total_national_oku"], "0");
    assert_eq!(v["rule_sets"]["gen2"]["by_year"].as_array().unwrap().len(), 0);
}

#[test]
fn donation_reproduces_the_contract_example() {
    let o = kofukin(
        &["donation"],
        br#"{ "donation_yen": 10000000, "resident_tax_levy_yen": 30000000, "corporate_tax_yen": 90000000, "enterprise_tax_yen": 20000000, "deduction_rate": "0.3" }"#,
    );
    assert_eq!(o.status.code(), Some(0));
    let v = stdout_json(&o);
    assert_eq!(v["net_cost_yen"], 1_000_000);
    assert_eq!(v["net_cost_ratio"], "0.1");
}

#[test]
fn a_donation_below_the_minimum_exits_2() {
    let o = kofukin(
        &["donation"],
        br#"{"donation_yen":50000,"resident_tax_levy_yen":0,"corporate_tax_yen":0,"enterprise_tax_yen":0}"#,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("10万円"));
}

#[test]
fn params_lists_every_parameter_with_its_source() {
    let o = kofukin(&["params", "--json"], b"");
    assert_eq!(o.status.code(), Some(0));
    let v = stdout_json(&o);
    let rows = v.as_array().unwrap();
    assert!(rows.len() > 40);
    assert!(rows.iter().all(|r| r["source"].as_str().is_some_and(|s| !s.is_empty() && !s.contains(".txt"))));
    assert!(rows.iter().all(|r| r["source_ref"]["id"].is_string()));
    // Each reference value is its own entry naming the open parameter it stands for.
    let reference = rows.iter().find(|r| r["reference_for"] == "gen1.soft.project_year.prefecture").unwrap();
    assert_eq!(reference["value"]["value"], "0.75");
    assert_eq!(reference["source_ref"]["id"], "cao-material-4-2-h29");
    // An open value is shown as not confirmed in published sources, not as 未公表 (no source says so).
    let text = kofukin(&["params"], b"");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("公表資料で確認できず") && !text.contains("未公表"));
}

#[test]
fn simulate_reads_projects_from_csv() {
    let dir = std::env::temp_dir().join(format!("kofukin-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("projects.csv");
    std::fs::write(&csv, "\u{feff}kind,annual_cost_oku,years,start_year,infra_sector\nsoft,1,3,,\ninfra,4,2,2,road\n")
        .unwrap();
    let o = kofukin(&["simulate", "--csv", csv.to_str().unwrap(), "--municipality", "municipality"], b"");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    // The same projects as worked example e02: 5.5 under both rule sets.
    let v = stdout_json(&o);
    assert_eq!(v["rule_sets"]["gen2"]["total_national_oku"], "5.5");
    assert_eq!(v["rule_sets"]["gen1"]["total_national_oku"], "5.5");
}

#[test]
fn measures_lists_the_seventeen_and_measure_computes_one() {
    let list = kofukin(&["measures", "--json"], b"");
    assert_eq!(list.status.code(), Some(0));
    assert_eq!(stdout_json(&list).as_array().unwrap().len(), 17);
    let text = kofukin(&["measures"], b"");
    assert!(String::from_utf8_lossy(&text.stdout).contains("working_holiday"));
    // 「対象経費の上限額 １団体あたり15,000千円＋5千円×全参加者の延べ滞在日数」: 15,000,000 + 5,000 × 100.
    let o = kofukin(&["measure", "working_holiday"], br#"{"cost_yen": 20000000, "stay_days": 100}"#);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(stdout_json(&o)["covered_total_yen"], 15_500_000);
}

#[test]
fn an_unknown_measure_exits_2_and_lists_the_known_ids() {
    let o = kofukin(&["measure", "moonshot"], b"{}");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("local10000"));
}

#[test]
fn csv_needs_the_class_and_scenario_flags_need_csv() {
    let o = kofukin(&["simulate", "--csv", "missing.csv"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--municipality"));
    let o = kofukin(&["simulate", "--municipality", "prefecture"], br#"{"municipality":"municipality","projects":[]}"#);
    assert_eq!(o.status.code(), Some(2));
}
