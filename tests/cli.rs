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

// ---- Hostile ends: a closed pipe, a full disk, endless input, batches, other encodings ----------

const SCENARIO: &str =
    r#"{"municipality":"municipality","projects":[{"kind":"soft","annual_cost_oku":"3.5","years":3}]}"#;

/// A file in a fresh temporary folder of this test process.
fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("kofukin-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("temp file");
    path
}

/// Runs a shell pipeline with `$K` set to the CLI.
fn sh(script: &str) -> Output {
    Command::new("sh").args(["-c", script]).env("K", env!("CARGO_BIN_EXE_kofukin")).output().expect("run sh")
}

#[test]
fn a_reader_that_closes_the_pipe_early_is_no_panic() {
    // A hundred projects: a result far larger than a pipe's buffer, so the CLI meets the closed pipe.
    let projects = vec![r#"{"kind":"soft","annual_cost_oku":"1","years":3}"#; 100].join(",");
    let file =
        temp_file("pipe.json", format!(r#"{{"municipality":"municipality","projects":[{projects}]}}"#).as_bytes());
    // `head -c10` reads ten bytes and goes; the CLI's status goes to fd 3 (the test's stdout).
    let o = sh(&format!(
        r#"exec 3>&1; {{ "$K" simulate '{}'; echo "simulate=$?" >&3; }} | head -c10 >/dev/null; {{ "$K" params; echo "params=$?" >&3; }} | head -c1 >/dev/null"#,
        file.display()
    ));
    let out = String::from_utf8_lossy(&o.stdout);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.contains("simulate=0") && out.contains("params=0"), "{out} {err}");
    // Directly: stdout a pipe closed before the CLI writes.
    let mut child = Command::new(env!("CARGO_BIN_EXE_kofukin"))
        .args(["measures", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run kofukin");
    drop(child.stdout.take());
    let o = child.wait_with_output().expect("kofukin finishes");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(o.stderr.is_empty(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn a_full_disk_exits_2_with_a_message() {
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    let file = temp_file("full.json", SCENARIO.as_bytes());
    let o = sh(&format!(r#""$K" simulate '{}' > /dev/full"#, file.display()));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("cannot write the output") && !err.contains("panicked"), "{err}");
}

#[test]
fn input_over_10_mb_is_refused_without_reading_it_all() {
    // /dev/zero never ends: the CLI stops after 10 MB.
    for command in ["simulate", "donation"] {
        let o = sh(&format!(r#""$K" {command} /dev/zero"#));
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{err}");
        assert!(err.contains("10 MB"), "{err}");
    }
    let o = sh(r#""$K" measure working_holiday /dev/zero"#);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("10 MB"));
    // An 11 MB file and the same on standard input.
    let mut big = SCENARIO.as_bytes().to_vec();
    big.resize(11 * 1024 * 1024, b' ');
    let file = temp_file("big.json", &big);
    let o = kofukin(&["simulate", file.to_str().expect("utf-8 path")], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("10 MB"));
    let o = kofukin(&["simulate"], &big);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("10 MB"));
    // Just under the limit is read.
    big.truncate(10 * 1024 * 1024);
    assert_eq!(kofukin(&["simulate"], &big).status.code(), Some(0));
}

#[test]
fn jsonl_gives_one_result_per_line_in_order_and_goes_on_after_a_bad_line() {
    let prefecture = SCENARIO.replace("\"municipality\":\"municipality\"", "\"municipality\":\"prefecture\"");
    let input = format!("{SCENARIO}\n{{\"municipality\":\"village\",\"projects\":[]}}\r\n\nnot json\n{prefecture}");
    let o = kofukin(&["simulate", "--jsonl"], input.as_bytes());
    assert_eq!(o.status.code(), Some(2), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8(o.stdout).expect("utf-8");
    let lines: Vec<serde_json::Value> =
        text.lines().map(|l| serde_json::from_str(l).expect("each output line is JSON")).collect();
    // The blank line 3 gives no output line; the others one each, in order.
    assert_eq!(lines.len(), 4, "{text}");
    assert_eq!(lines[0]["rule_sets"]["gen2"]["total_national_oku"], "5.25");
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"]["message_ja"].as_str().is_some_and(|m| m.contains("municipality")));
    assert!(lines[1]["error"]["message_en"].as_str().is_some_and(|m| m.contains("municipality")));
    assert!(text.lines().nth(1).is_some_and(|l| l.starts_with("{\"line\":2,\"error\":")));
    assert_eq!(lines[2]["line"], 4);
    assert!(lines[3]["rule_sets"].is_object());
    // Compact: one result per line, no indentation.
    assert!(!text.contains("\n  "));
    // All valid: exit 0.
    let o = kofukin(&["simulate", "--jsonl"], format!("{SCENARIO}\n{SCENARIO}\n").as_bytes());
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 2);
    // The scenario flags belong to --csv, not to --jsonl.
    assert_eq!(kofukin(&["simulate", "--jsonl", "--municipality", "prefecture"], b"").status.code(), Some(2));
}

#[test]
fn jsonl_refuses_a_line_over_10_mb_and_reads_the_next() {
    let mut input = SCENARIO.as_bytes().to_vec();
    input.resize(11 * 1024 * 1024, b' ');
    input.push(b'\n');
    input.extend_from_slice(SCENARIO.as_bytes());
    let file = temp_file("big.jsonl", &input);
    let o = kofukin(&["simulate", "--jsonl", file.to_str().expect("utf-8 path")], b"");
    assert_eq!(o.status.code(), Some(2));
    let text = String::from_utf8_lossy(&o.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("{\"line\":1,") && lines[0].contains("10 MB"), "{}", lines[0]);
    assert!(lines[1].contains("\"rule_sets\""));
}

#[test]
fn a_shift_jis_csv_is_read_with_its_japanese_names() {
    let text = "kind,annual_cost_oku,years,name\nsoft,1,3,観光ＤＸ推進\ninfra,4,2,市道①号線\n";
    let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(text);
    assert!(!unmappable);
    let csv = temp_file("sjis.csv", &bytes);
    let o = kofukin(&["simulate", "--csv", csv.to_str().expect("utf-8 path"), "--municipality", "municipality"], b"");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("観光ＤＸ推進") && out.contains("市道①号線"), "{out}");
    // UTF-16 (what some tools save as "Unicode text") is refused with a message.
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let csv = temp_file("utf16.csv", &utf16);
    let o = kofukin(&["simulate", "--csv", csv.to_str().expect("utf-8 path"), "--municipality", "municipality"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("Shift_JIS"));
}

#[test]
fn a_thirty_digit_decimal_gets_the_allowed_range() {
    let o = kofukin(
        &["simulate"],
        br#"{"municipality":"municipality","projects":[{"kind":"soft","annual_cost_oku":"123456789012345678901234567890","years":3}]}"#,
    );
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("0 以上 100000 以下") && err.contains("from 0 to 100000"), "{err}");
}
