//! One scenario of 12 projects over 7 years under both rule sets: the median of evaluation alone, and
//! of evaluation plus JSON serialisation (the page evaluates on every input). Target: evaluation < 10 µs here.
//! Then 改善のヒント (`hints`) for the same plan and for a plan that crowds 2.0's slots and pots, where
//! hints of several kinds are found. Target: < 10 ms here (the page allows 50 ms in the browser).

use criterion::{criterion_group, criterion_main, Criterion};
use kofukin::engine::hints::hints;
use kofukin::engine::scenario::Scenario;
use kofukin::engine::simulate;
use std::hint::black_box;

/// 12 projects (4 soft, 4 hub, 3 infra, 1 digital) whose years reach year 7; caps bind in both rule
/// sets. The same file is the scenario of `cargo xtask bench`'s JS API and batch figures.
const SCENARIO: &str = include_str!("scenario-12x7.json");

/// 14 soft projects starting in year 1 (two beyond 2.0's ten slots) under a soft pot that binds, and
/// one hub that makes the plan three years long.
fn crowded() -> Scenario {
    let mut projects: Vec<String> = (0..14)
        .map(|k| format!(r#"{{ "kind": "soft", "cost_by_year_oku": ["{}", "1"], "years": 2 }}"#, 1 + k % 4))
        .collect();
    projects.push(r#"{ "kind": "hub", "annual_cost_oku": "2", "years": 3 }"#.to_string());
    let text = format!(r#"{{ "version": 1, "municipality": "municipality", "projects": [{}] }}"#, projects.join(","));
    Scenario::from_json_str(&text).expect("crowded scenario is valid")
}

fn bench(c: &mut Criterion) {
    let s = Scenario::from_json_str(SCENARIO).expect("benchmark scenario is valid");
    assert_eq!(s.last_year(), 7);
    c.bench_function("evaluate 12 projects x 7 years, both rule sets", |b| b.iter(|| simulate(black_box(&s))));
    c.bench_function("evaluate + JSON output", |b| {
        b.iter(|| serde_json::to_string(&simulate(black_box(&s))).expect("serialises"))
    });
    c.bench_function("hints, the same 12 projects x 7 years", |b| b.iter(|| hints(black_box(&s))));
    let crowded = crowded();
    assert!(!hints(&crowded).hints.is_empty());
    c.bench_function("hints, 15 projects crowding slots and pots", |b| b.iter(|| hints(black_box(&crowded))));
}

criterion_group!(benches, bench);
criterion_main!(benches);
