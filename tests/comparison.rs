//! The data the page's difference box and its "nothing binds" line read: `Outcome::comparison`,
//! `ProjectOutcome::bound` with the rate used, and the `gen1_reference_values` switch of the scenario.

use kofukin::engine::outcome::Verdict;
use kofukin::engine::scenario::Scenario;
use kofukin::engine::simulate;

fn scenario(json: &str) -> Scenario {
    Scenario::from_json_str(json).unwrap()
}

#[test]
fn a_project_below_every_cap_is_not_bound_and_names_its_rate() {
    let o = simulate(&scenario(
        r#"{"version":1,"municipality":"municipality","projects":[{"kind":"soft","annual_cost_oku":"1","years":1},{"kind":"soft","annual_cost_oku":"2","years":1}]}"#,
    ));
    let gen1 = &o.rule_sets.gen1;
    assert!(!gen1.projects[0].bound());
    assert!(gen1.projects[1].bound());
    assert!(gen1.bound());
    assert_eq!(gen1.projects[0].rate.and_then(|p| p.rate()).map(|r| r.to_string()), Some("1/2".to_string()));
    assert!(!o.rule_sets.gen2.bound());
    assert_eq!(o.comparison().verdict, Verdict::Exact);
}

#[test]
fn the_reference_switch_is_validated_and_written_back_only_when_on() {
    let off = scenario(r#"{"version":1,"municipality":"prefecture","projects":[]}"#);
    assert!(!off.gen1_reference_values);
    assert!(!off.to_json_pretty().contains("gen1_reference_values"));
    let on = scenario(r#"{"version":1,"municipality":"prefecture","gen1_reference_values":true,"projects":[]}"#);
    assert!(on.gen1_reference_values);
    assert_eq!(Scenario::from_json_str(&on.to_json_pretty()).unwrap(), on);
    let bad = Scenario::from_json_str(
        r#"{"version":1,"municipality":"prefecture","gen1_reference_values":"yes","projects":[]}"#,
    );
    assert!(bad.is_err_and(|e| e.errors.iter().any(|f| f.path == "gen1_reference_values")));
}

#[test]
fn reference_applied_is_always_present_in_the_json() {
    let text = kofukin::engine::simulate_json(r#"{"version":1,"municipality":"municipality","projects":[]}"#).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["rule_sets"]["gen1"]["reference_applied"], serde_json::json!([]));
    assert_eq!(v["comparison"]["verdict"], "exact");
}
