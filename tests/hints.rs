//! 改善のヒント: every hint is exact (its scenario reproduces its deltas through `simulate`), changes
//! only what its kind allows, never raises a cost or adds a donation or a project; at most five,
//! best first, the same every time. Plus the cases of `tests/golden/hints/`, where the best
//! rearrangement is known by hand.

use kofukin::engine::hints::{hints, Hint, HintKind, Hints, MAX_HINTS};
use kofukin::engine::money::Yen;
use kofukin::engine::scenario::{Bond, Class, Kind, Project, Round, Scenario, Sector};
use kofukin::engine::simulate;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::Value;
use std::path::Path;

fn project() -> impl Strategy<Value = Project> {
    (
        prop::sample::select(Kind::ALL.to_vec()),
        0u32..3000, // cost in 0.01 億円: 0 to 30 億円
        1u32..=6,
        prop::sample::select(vec![1u32, 1, 1, 1, 2, 3, 4]),
        any::<bool>(),
        prop::sample::select(vec![Sector::Road, Sector::Sewage, Sector::Port, Sector::Other]),
        prop::bool::weighted(0.2),
        prop::sample::select(vec![0u32, 0, 50]),
        prop::option::weighted(0.4, prop::collection::vec(0u32..3000, 6)),
    )
        .prop_map(|(kind, cents, years, start_year, supp, sector, outside, donation, by_year)| Project {
            kind,
            annual_cost_oku: Decimal::new(i64::from(cents), 2),
            cost_by_year_oku: by_year
                .map(|list| list.into_iter().take(years as usize).map(|c| Decimal::new(i64::from(c), 2)).collect()),
            years,
            start_year,
            round: if supp { Round::Supplementary } else { Round::Initial },
            infra_sector: sector,
            outside_cap: outside,
            donation_oku: Decimal::new(i64::from(donation), 2),
            bond: Bond::None,
            ..Project::default()
        })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (prop::sample::select(Class::ALL.to_vec()), any::<bool>(), prop::collection::vec(project(), 0..16)).prop_map(
        |(municipality, guidelines_as_caps, projects)| Scenario {
            municipality,
            guidelines_as_caps,
            projects,
            ..Scenario::default()
        },
    )
}

/// Plans that crowd 2.0's slots: 11 to 17 projects, none digital (digital ones take no slot), most
/// of them starting in year 1.
fn crowded() -> impl Strategy<Value = Scenario> {
    (scenario(), prop::collection::vec(project(), 11..18)).prop_map(|(mut s, mut projects)| {
        for (k, p) in projects.iter_mut().enumerate() {
            if p.kind.is_digital() {
                p.kind = Kind::Soft;
            }
            if k % 4 != 3 {
                p.start_year = 1;
            }
        }
        s.projects = projects;
        s
    })
}

fn gen2_figures(s: &Scenario) -> (Yen, Yen) {
    let o = simulate(s);
    (o.rule_sets.gen2.total_national_oku, o.rule_sets.gen2.layers.remaining_local_oku)
}

fn costs(p: &Project) -> Vec<Decimal> {
    (0..p.years as usize).map(|k| p.cost_in_year(k)).collect()
}

/// The hint's scenario is the input with only what its kind allows changed; a message says what else
/// changed.
fn changes_only_its_kind(s: &Scenario, h: &Hint) -> Result<(), String> {
    let t = &h.scenario;
    let mut same = t.clone();
    same.projects = s.projects.clone();
    if same != *s {
        return Err("a field of the scenario other than its projects changed".into());
    }
    if t.projects.len() != s.projects.len() {
        return Err("the number of projects changed".into());
    }
    let i = h.project;
    let (p, q) = (&s.projects[i], &t.projects[i]);
    let others_same = |t: &Scenario| (0..s.projects.len()).all(|j| j == i || s.projects[j] == t.projects[j]);
    match h.kind {
        HintKind::Move => {
            // Some position holds the moved project such that putting it back at `i` gives the input.
            let back = |k: usize| {
                let mut list = t.projects.clone();
                let moved = list.remove(k);
                list.insert(i, moved);
                list == s.projects
            };
            (t.projects != s.projects && (0..t.projects.len()).any(|k| t.projects[k] == *p && back(k)))
                .then_some(())
                .ok_or_else(|| "move: not one project moved to another position".to_string())
        }
        HintKind::StartYear => {
            let ok = others_same(t)
                && q.start_year != p.start_year
                && *q == Project { start_year: q.start_year, ..p.clone() }
                && t.last_year() <= s.last_year();
            ok.then_some(()).ok_or_else(|| "start_year: more than one project's start year changed".to_string())
        }
        HintKind::OutsideCap => {
            let ok = others_same(t) && !p.outside_cap && *q == Project { outside_cap: true, ..p.clone() };
            ok.then_some(()).ok_or_else(|| "outside_cap: more than one project's flag changed".to_string())
        }
        HintKind::CostProfile => {
            let after = costs(q);
            let ok = others_same(t)
                && *q == Project { cost_by_year_oku: q.cost_by_year_oku.clone(), ..p.clone() }
                && after.len() == p.years as usize
                && after.iter().sum::<Decimal>() == costs(p).iter().sum::<Decimal>()
                && after.iter().all(|c| *c >= Decimal::ZERO && c.scale() <= 8)
                && after != costs(p);
            ok.then_some(()).ok_or_else(|| "cost_profile: not the same total over the same years".to_string())
        }
    }
}

fn check_hints(s: &Scenario, got: &Hints) -> Result<(), TestCaseError> {
    prop_assert!(got.hints.len() <= MAX_HINTS);
    let (national, local) = gen2_figures(s);
    for h in &got.hints {
        let (n, l) = gen2_figures(&h.scenario);
        prop_assert_eq!(n - national, h.delta_gen2_national, "national delta of {:?}", h.kind);
        prop_assert_eq!(l - local, h.delta_gen2_local_burden, "local delta of {:?}", h.kind);
        prop_assert!(h.delta_gen2_national > Yen::ZERO || h.delta_gen2_local_burden < Yen::ZERO);
        if let Err(e) = changes_only_its_kind(s, h) {
            return Err(TestCaseError::fail(e));
        }
        let total = |s: &Scenario| s.projects.iter().map(Project::total_cost_oku).sum::<Decimal>();
        prop_assert_eq!(total(&h.scenario), total(s));
        let donations = |s: &Scenario| s.projects.iter().map(|p| p.donation_oku).collect::<Vec<_>>();
        let mut before = donations(s);
        let mut after = donations(&h.scenario);
        before.sort();
        after.sort();
        prop_assert_eq!(after, before);
        // The scenario passes the validator as it is written.
        let again = Scenario::from_json_str(&h.scenario.to_json_pretty()).ok();
        prop_assert_eq!(again.as_ref(), Some(&h.scenario));
    }
    for w in got.hints.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        prop_assert!(
            a.delta_gen2_national > b.delta_gen2_national
                || (a.delta_gen2_national == b.delta_gen2_national
                    && a.delta_gen2_local_burden <= b.delta_gen2_local_burden),
            "not sorted"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    #[test]
    fn every_hint_is_exact_and_changes_only_what_its_kind_allows(s in scenario()) {
        let got = hints(&s);
        check_hints(&s, &got)?;
        prop_assert_eq!(&hints(&s), &got, "not deterministic");
    }

    #[test]
    fn hints_for_crowded_plans_are_exact_too(s in crowded()) {
        check_hints(&s, &hints(&s))?;
    }
}

// ---- the cases of tests/golden/hints/ ------------------------------------------------------------

/// Runs one case: its scenario's hints are exactly the listed ones (kind, project, deltas, reason).
fn case(name: &str) -> Hints {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/hints").join(format!("{name}.json"));
    let case: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert!(case["why"].is_string(), "{name}: a case says why");
    let s = Scenario::from_json_str(&case["scenario"].to_string()).unwrap();
    let got = hints(&s);
    let json = serde_json::to_value(&got).unwrap();
    let keys = ["kind", "project", "delta_gen2_national_oku", "delta_gen2_local_burden_oku", "reason_code"];
    let brief: Vec<Value> = json["hints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| keys.iter().map(|k| (k.to_string(), h[*k].clone())).collect::<serde_json::Map<_, _>>().into())
        .collect();
    assert_eq!(Value::Array(brief), case["hints"], "{name}");
    check_hints(&s, &got).unwrap();
    got
}

#[test]
fn twelve_soft_projects_in_year_1_take_the_two_extra_slots() {
    let got = case("twelve_soft_start_year_1");
    for h in &got.hints {
        assert!(h.description.ja.contains("「一定の条件」"), "{}", h.description.ja);
        assert!(h.description.en.contains("does not check"), "{}", h.description.en);
    }
}

#[test]
fn an_extra_slot_beats_moving_up_in_the_soft_pool() {
    let got = case("soft_pool_outside_cap_before_move");
    assert_eq!(got.hints[1].description.ja, "事業11の優先順位を11番目から10番目に上げる");
}

#[test]
fn a_later_start_year_escapes_a_full_pot() {
    let got = case("soft_pot_start_year");
    assert_eq!(got.hints[0].scenario.projects[1].start_year, 2);
}

#[test]
fn the_same_cost_spread_differently_uses_the_next_years_pot() {
    let got = case("soft_pot_cost_profile");
    let spread = got.hints[0].scenario.projects[1].cost_by_year_oku.clone();
    assert_eq!(spread, Some(vec![Decimal::ZERO, Decimal::from(8)]));
    assert!(got.hints[0].description.ja.contains("4 / 4 から 0 / 8 億円"), "{}", got.hints[0].description.ja);
}

#[test]
fn the_benchmark_plan_has_no_hint() {
    assert!(case("benchmark_plan_no_hint").hints.is_empty());
}

#[test]
fn a_plan_within_every_limit_has_no_hint() {
    let s = Scenario::from_json_str(
        r#"{ "version": 1, "municipality": "municipality", "projects": [ { "kind": "soft", "annual_cost_oku": "1", "years": 3 } ] }"#,
    )
    .unwrap();
    assert_eq!(serde_json::to_string(&hints(&s)).unwrap(), r#"{"hints":[]}"#);
}

#[test]
fn a_hint_serialises_with_the_fields_of_the_format() {
    let got = case("soft_pot_start_year");
    let text = serde_json::to_string(&got).unwrap();
    let keys = [
        "kind",
        "project",
        "description_ja",
        "description_en",
        "delta_gen2_national_oku",
        "delta_gen2_local_burden_oku",
        "reason_code",
        "scenario",
    ];
    let at: Vec<Option<usize>> = keys.iter().map(|k| text.find(&format!("\"{k}\":"))).collect();
    assert!(at.iter().all(Option::is_some) && at.windows(2).all(|w| w[0] < w[1]), "{text}");
    let json: Value = serde_json::from_str(&text).unwrap();
    let h = &json["hints"][0];
    assert_eq!(h["scenario"]["projects"][1]["start_year"], 2);
}

// ---- the command line ---------------------------------------------------------------------------

fn kofukin_hints(stdin: &str) -> std::process::Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_kofukin"))
        .arg("hints")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn the_cli_prints_the_hints_of_a_scenario() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/hints/soft_pot_start_year.json");
    let case: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let out = kofukin_hints(&case["scenario"].to_string());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["hints"][0]["kind"], "start_year");
    assert_eq!(json["hints"][0]["delta_gen2_national_oku"], "10");
}

#[test]
fn the_cli_rejects_an_invalid_scenario_as_simulate_does() {
    let out = kofukin_hints(
        r#"{ "version": 1, "municipality": "municipality", "projects": [ { "kind": "soft", "annual_cost_oku": "1", "years": 0 } ] }"#,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("projects[0].years"));
}
