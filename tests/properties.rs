//! Properties that hold for every valid scenario (shares, caps, monotonicity, parsing), checked over random ones.

use kofukin::engine::money::{Rate, Yen};
use kofukin::engine::outcome::{RuleSetOutcome, Status};
use kofukin::engine::scenario::{Bond, Class, Kind, Project, Round, Scenario, Sector};
use kofukin::engine::{scenario, simulate};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn class() -> impl Strategy<Value = Class> {
    prop::sample::select(Class::ALL.to_vec())
}

fn project() -> impl Strategy<Value = Project> {
    (
        prop::sample::select(Kind::ALL.to_vec()),
        0u32..5000, // cost in 0.01 億円: 0 to 50 億円
        1u32..=8,
        1u32..=4,
        any::<bool>(),
        prop::sample::select(vec![Sector::Road, Sector::Sewage, Sector::Port, Sector::Other]),
        any::<bool>(),
        0u32..300,
        prop::sample::select(vec![Bond::None, Bond::Depopulation, Bond::General]),
    )
        .prop_map(|(kind, cents, years, start_year, supp, sector, outside, donation, bond)| Project {
            kind,
            annual_cost_oku: Decimal::new(i64::from(cents), 2),
            years,
            start_year,
            round: if supp { Round::Supplementary } else { Round::Initial },
            infra_sector: sector,
            outside_cap: outside,
            donation_oku: Decimal::new(i64::from(donation), 2),
            bond,
            ..Project::default()
        })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (class(), any::<bool>(), any::<bool>(), prop::collection::vec(project(), 0..14)).prop_map(
        |(municipality, guidelines_as_caps, non_recipient, projects)| Scenario {
            municipality,
            guidelines_as_caps,
            non_recipient,
            projects,
            ..Scenario::default()
        },
    )
}

fn rate(gen2: bool, kind: Kind) -> Rate {
    match (gen2, kind) {
        (true, Kind::DigitalTypeV) => Rate::new(2, 3),
        (true, Kind::DigitalTypeS) => Rate::new(3, 4),
        _ => Rate::HALF,
    }
}

fn cost(p: &Project, k: usize) -> Yen {
    Yen::from_oku(p.cost_in_year(k)).unwrap()
}

fn sets(s: &Scenario) -> [(bool, RuleSetOutcome); 2] {
    let o = simulate(s);
    [(false, o.rule_sets.gen1), (true, o.rule_sets.gen2)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn yen_from_oku_is_exact_whole_yen_or_none(m in any::<i64>(), scale in 0u32..=28) {
        let oku = Decimal::from_i128_with_scale(i128::from(m), scale);
        let exact = oku.checked_mul(Decimal::from(100_000_000));
        let want = exact.filter(|y| y.fract().is_zero()).and_then(|y| i64::try_from(y).ok());
        prop_assert_eq!(Yen::from_oku(oku).map(|y| y.0), want);
    }

    #[test]
    fn yen_times_a_rate_is_the_exact_product_rounded_down(y in any::<i64>(), small in -1_000_000_000_000_000i64..1_000_000_000_000_000, num in 0u32..=10, den in 1u32..=10) {
        for y in [y, small] {
            let exact = (i128::from(y) * i128::from(num)).div_euclid(i128::from(den));
            // Out of range (never for a valid scenario's amounts), the product saturates as before.
            let want = i64::try_from(exact).unwrap_or(i64::MAX);
            prop_assert_eq!(Yen(y).times(Rate::new(num, den)).0, want);
        }
    }

    #[test]
    fn yen_writes_the_same_oku_text_as_its_decimal(y in any::<i64>(), small in -300_000_000i64..300_000_000) {
        for y in [y, small, small * 100, small * 10_000] {
            prop_assert_eq!(Yen(y).to_string(), Yen(y).to_oku().to_string());
        }
    }

    #[test]
    fn national_never_exceeds_cost_times_rate(s in scenario()) {
        for (gen2, r) in sets(&s) {
            for (p, out) in s.projects.iter().zip(&r.projects) {
                for k in 0..p.years as usize {
                    let y = (p.start_year as usize) - 1 + k;
                    prop_assert!(out.national_by_year_oku[y] <= cost(p, k).times(rate(gen2, p.kind)));
                }
            }
        }
    }

    #[test]
    fn national_plus_local_is_cost(s in scenario()) {
        for (_, r) in sets(&s) {
            prop_assert_eq!(r.total_national_oku + r.total_local_oku, r.total_cost_oku);
            for (p, out) in s.projects.iter().zip(&r.projects) {
                if out.status == Status::NotModelled {
                    prop_assert_eq!(out.national_oku, Yen::ZERO);
                    continue;
                }
                let c: Yen = (0..p.years as usize).map(|k| cost(p, k)).sum();
                prop_assert_eq!(out.national_oku + out.local_oku, c);
                let l = out.layers;
                prop_assert_eq!(l.remaining_local_oku + l.donation_oku + l.allocation_tax_oku, out.local_oku);
            }
            for y in &r.by_year {
                prop_assert_eq!(y.national_oku + y.local_oku, y.cost_oku);
            }
        }
    }

    #[test]
    fn ineligible_projects_get_exactly_zero(s in scenario()) {
        for (_, r) in sets(&s) {
            for out in &r.projects {
                if out.status != Status::Eligible {
                    prop_assert_eq!(out.national_oku, Yen::ZERO);
                    prop_assert!(out.national_by_year_oku.iter().all(|y| y.is_zero()));
                }
            }
        }
    }

    #[test]
    fn national_respects_every_cap_that_applies(s in scenario()) {
        let o = simulate(&s);
        let g2 = &o.rule_sets.gen2;
        let n_years = g2.by_year.len();
        let (soft_pot, hub_pot, hub_project, infra_total, infra_year) = match s.municipality {
            Class::Municipality => (10, 10, 10, 10, 2),
            Class::CoreCity => (15, 15, 15, 20, 4),
            Class::Prefecture => (15, 15, 15, 50, 10),
        };
        let year_sum = |r: &RuleSetOutcome, kind: Kind, y: usize| -> Yen {
            r.projects.iter().filter(|p| p.kind == kind).map(|p| p.national_by_year_oku[y]).sum()
        };
        for y in 0..n_years {
            prop_assert!(year_sum(g2, Kind::Soft, y) <= Yen::oku(soft_pot));
            if s.guidelines_as_caps {
                prop_assert!(year_sum(g2, Kind::Hub, y) <= Yen::oku(hub_pot));
                prop_assert!(year_sum(g2, Kind::Infra, y) <= Yen::oku(infra_year));
            }
        }
        let infra: Yen = g2.projects.iter().filter(|p| p.kind == Kind::Infra).map(|p| p.national_oku).sum();
        prop_assert!(infra <= Yen::oku(infra_total));
        for p in &g2.projects {
            match p.kind {
                Kind::Hub if s.guidelines_as_caps => prop_assert!(p.national_oku <= Yen::oku(hub_project)),
                Kind::DigitalType1 => prop_assert!(p.national_oku <= Yen::oku(1)),
                Kind::DigitalTypeV => prop_assert!(p.national_oku <= Yen::oku(4)),
                Kind::DigitalTypeS => prop_assert!(p.national_oku <= Yen(225_000_000)),
                _ => {}
            }
        }
        if s.municipality == Class::Municipality {
            for p in &o.rule_sets.gen1.projects {
                let cap = match p.kind { Kind::Soft => Yen(70_000_000), Kind::Hub => Yen::oku(5), _ => Yen::UNLIMITED };
                prop_assert!(p.national_by_year_oku.iter().all(|y| *y <= cap));
            }
        }
    }

    #[test]
    fn raising_one_projects_cost_never_lowers_the_total(s in scenario(), which in any::<prop::sample::Index>(), extra in 1u32..2000) {
        prop_assume!(!s.projects.is_empty());
        let before = simulate(&s);
        let mut raised = s.clone();
        let i = which.index(raised.projects.len());
        raised.projects[i].annual_cost_oku += Decimal::new(i64::from(extra), 2);
        let after = simulate(&raised);
        prop_assert!(after.rule_sets.gen1.total_national_oku >= before.rule_sets.gen1.total_national_oku);
        prop_assert!(after.rule_sets.gen2.total_national_oku >= before.rule_sets.gen2.total_national_oku);
    }

    #[test]
    fn by_year_has_the_same_length_in_both_rule_sets(s in scenario()) {
        let o = simulate(&s);
        prop_assert_eq!(o.rule_sets.gen1.by_year.len(), s.last_year() as usize);
        prop_assert_eq!(o.rule_sets.gen2.by_year.len(), s.last_year() as usize);
    }

    #[test]
    fn a_valid_scenario_survives_its_own_json(s in scenario()) {
        let back = Scenario::from_json_str(&s.to_json_pretty()).unwrap();
        prop_assert_eq!(back, s);
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_parser(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(text) = scenario::utf8_text(&bytes) {
            let _ = kofukin::engine::simulate_json(text);
            let _ = kofukin::engine::donation::DonationInput::from_json_str(text);
        }
    }

    #[test]
    fn arbitrary_json_values_never_panic_the_validator(v in json_value()) {
        if let Ok(s) = Scenario::from_json(&v) {
            let _ = simulate(&s);
        }
        let _ = kofukin::engine::donation::DonationInput::from_json(&v);
    }
}

/// Random JSON shaped roughly like a scenario, so the validator's deeper paths are reached.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{json, Value};
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        "[a-z_0-9.\\-]{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "soft",
            "hub",
            "infra",
            "digital_type_s",
            "municipality",
            "prefecture",
            "road",
            "supplementary",
            "3.5",
            "-1",
            "1e3"
        ])
        .prop_map(|s| json!(s)),
    ];
    let keys = prop::sample::select(vec![
        "version",
        "municipality",
        "projects",
        "kind",
        "annual_cost_oku",
        "cost_by_year_oku",
        "years",
        "start_year",
        "round",
        "infra_sector",
        "outside_cap",
        "donation_oku",
        "bond",
        "name",
        "guidelines_as_caps",
        "first_fiscal_year",
        "donation_yen",
        "resident_tax_levy_yen",
        "corporate_tax_yen",
        "enterprise_tax_yen",
        "deduction_rate",
        "other",
    ]);
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(keys.clone(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().map(|(k, v)| (k.to_string(), v)).collect())),
        ]
    })
}

#[test]
fn greedy_and_flow_agree_when_no_project_has_a_period_cap() {
    use kofukin::engine::allocate::{allocate, Claim, Pots};
    // The same claims with a period cap too large to bind take the general (flow) path.
    let mut runner = proptest::test_runner::TestRunner::default();
    let claim = (prop::collection::vec((0usize..5, 0i64..50), 1..5)).prop_map(|ys| {
        let mut seen = std::collections::BTreeMap::new();
        for (y, r) in ys {
            seen.insert(y, Yen(r));
        }
        Claim { years: seen.into_iter().collect(), period_cap: Yen::UNLIMITED }
    });
    let strat = (prop::collection::vec(claim, 0..6), prop::collection::vec(0i64..60, 5), 0i64..200);
    runner
        .run(&strat, |(claims, pots, total)| {
            let pots = Pots { year: pots.into_iter().map(Yen).collect(), period: Yen(total) };
            let greedy = allocate(&claims, &pots);
            let capped: Vec<Claim> = claims.iter().map(|c| Claim { period_cap: Yen(1_000_000), ..c.clone() }).collect();
            let flow = allocate(&capped, &pots);
            prop_assert_eq!(greedy, flow);
            Ok(())
        })
        .unwrap();
}
