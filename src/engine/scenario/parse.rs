//! A JSON value → a [`Scenario`], through the [`Checker`]: every field checked against its bounds.

use super::bounds;
use super::checker::{got, object, parse_json_text, Checker, InputError};
use super::choices::{BONDS, CLASSES, KINDS, ROUNDS, SECTORS};
use super::{Bond, Project, Round, Scenario, Sector};
use rust_decimal::Decimal;
use serde_json::Value;

const SCENARIO_FIELDS: &[&str] = &[
    "version",
    "municipality",
    "guidelines_as_caps",
    "first_fiscal_year",
    "non_recipient",
    "gen1_reference_values",
    "projects",
];
const PROJECT_FIELDS: &[&str] = &[
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
];

impl Scenario {
    /// Parses and validates scenario JSON text.
    pub fn from_json_str(text: &str) -> Result<Scenario, InputError> {
        Scenario::from_json(&parse_json_text(text)?)
    }

    /// Validates a JSON value as a scenario.
    pub fn from_json(v: &Value) -> Result<Scenario, InputError> {
        let mut c = Checker::default();
        let Some(obj) = object(&mut c, v, "", "シナリオ", "the scenario") else {
            return Err(InputError { errors: c.errors });
        };
        c.note_unknown(obj, SCENARIO_FIELDS, "");
        if let Some(v) = Checker::field(obj, "version") {
            c.integer(v, "version", "version", 1, 1);
        }
        let municipality = c.choice(obj, "municipality", "municipality", CLASSES, None);
        let guidelines_as_caps = c.boolean(obj, "guidelines_as_caps", "guidelines_as_caps", true);
        let first_fiscal_year = Checker::field(obj, "first_fiscal_year").and_then(|v| {
            c.integer(
                v,
                "first_fiscal_year",
                "first_fiscal_year",
                i64::from(bounds::MIN_FISCAL_YEAR),
                i64::from(bounds::MAX_FISCAL_YEAR),
            )
            .map(|n| n as u32)
        });
        let non_recipient = c.boolean(obj, "non_recipient", "non_recipient", false);
        let gen1_reference_values = c.boolean(obj, "gen1_reference_values", "gen1_reference_values", false);
        let mut projects = Vec::new();
        match c.required(obj, "projects", "projects") {
            None => {}
            Some(Value::Array(list)) if list.len() > bounds::MAX_PROJECTS => c.err(
                "projects",
                format!("projects は {} 件までです (got {} 件)", bounds::MAX_PROJECTS, list.len()),
                format!("projects may hold at most {} entries (got {})", bounds::MAX_PROJECTS, list.len()),
            ),
            Some(Value::Array(list)) => {
                for (i, pv) in list.iter().enumerate() {
                    if let Some(p) = parse_project(&mut c, pv, i) {
                        projects.push(p);
                    }
                }
            }
            Some(v) => c.err(
                "projects",
                format!("projects は事業の配列 [ … ] です (got {})", got(v)),
                format!("projects must be an array of projects [ … ] (got {})", got(v)),
            ),
        }
        let unknown = std::mem::take(&mut c.unknown);
        let scenario = Scenario {
            version: 1,
            municipality: municipality.unwrap_or_default(),
            guidelines_as_caps,
            first_fiscal_year,
            non_recipient,
            gen1_reference_values,
            projects,
            unknown_fields: unknown,
        };
        c.finish(scenario)
    }
}

fn parse_project(c: &mut Checker, v: &Value, i: usize) -> Option<Project> {
    let base = format!("projects[{i}]");
    let obj = object(c, v, &base, "事業", "a project")?;
    let path = |k: &str| format!("{base}.{k}");
    c.note_unknown(obj, PROJECT_FIELDS, &format!("{base}."));
    let kind = c.choice(obj, "kind", &path("kind"), KINDS, None);
    let years = c.optional_integer(obj, "years", &path("years"), (1, i64::from(bounds::MAX_YEARS)), 1) as u32;
    let start_year =
        c.optional_integer(obj, "start_year", &path("start_year"), (1, i64::from(bounds::MAX_START_YEAR)), 1) as u32;
    let cost = |c: &mut Checker, v: &Value, p: &str, key: &str| {
        c.decimal(v, key, p, bounds::MAX_COST_OKU, bounds::MAX_DECIMAL_PLACES, "億円")
    };
    let mut cost_by_year = None;
    if let Some(list) = Checker::field(obj, "cost_by_year_oku") {
        match list.as_array() {
            Some(items) if items.len() == years as usize => {
                let parsed: Vec<Option<Decimal>> = items
                    .iter()
                    .enumerate()
                    .map(|(j, x)| cost(c, x, &format!("{base}.cost_by_year_oku[{j}]"), "cost_by_year_oku"))
                    .collect();
                if parsed.iter().all(Option::is_some) {
                    cost_by_year = Some(parsed.into_iter().flatten().collect::<Vec<_>>());
                }
            }
            Some(items) => c.err(
                &path("cost_by_year_oku"),
                format!("cost_by_year_oku の要素数は years と同じ {years} 個です (got {} 個)", items.len()),
                format!("cost_by_year_oku must have one entry per year: {years} (got {})", items.len()),
            ),
            None => c.err(
                &path("cost_by_year_oku"),
                format!("cost_by_year_oku は年度ごとの事業費（億円）の配列です (got {})", got(list)),
                format!("cost_by_year_oku must be an array of yearly costs in 億円 (got {})", got(list)),
            ),
        }
    }
    let annual = match Checker::field(obj, "annual_cost_oku") {
        Some(v) => cost(c, v, &path("annual_cost_oku"), "annual_cost_oku"),
        None if Checker::field(obj, "cost_by_year_oku").is_some() => {
            Some(cost_by_year.as_ref().and_then(|l| l.first().copied()).unwrap_or_default())
        }
        None => {
            c.err(
                &path("annual_cost_oku"),
                "annual_cost_oku（年間事業費、億円）は必須です（cost_by_year_oku を書く場合を除く）".into(),
                "annual_cost_oku (annual cost, 億円) is required unless cost_by_year_oku is given".into(),
            );
            None
        }
    };
    let round = c.choice(obj, "round", &path("round"), ROUNDS, Some(Round::Initial));
    let sector = c.choice(obj, "infra_sector", &path("infra_sector"), SECTORS, Some(Sector::Other));
    let outside_cap = c.boolean(obj, "outside_cap", &path("outside_cap"), false);
    let donation = match Checker::field(obj, "donation_oku") {
        None => Some(Decimal::ZERO),
        Some(v) => c.decimal(v, "donation_oku", &path("donation_oku"), bounds::MAX_DONATION_OKU, 8, "億円"),
    };
    let bond = c.choice(obj, "bond", &path("bond"), BONDS, Some(Bond::None));
    let name = match Checker::field(obj, "name") {
        None => String::new(),
        Some(Value::String(s)) if s.chars().count() <= bounds::MAX_NAME_CHARS => s.clone(),
        Some(v) => {
            c.err(
                &path("name"),
                format!("name は {} 文字までの文字列です (got {})", bounds::MAX_NAME_CHARS, got(v)),
                format!("name must be a string of at most {} characters (got {})", bounds::MAX_NAME_CHARS, got(v)),
            );
            String::new()
        }
    };
    Some(Project {
        kind: kind?,
        annual_cost_oku: annual?,
        cost_by_year_oku: cost_by_year,
        years,
        start_year,
        round: round?,
        infra_sector: sector?,
        outside_cap,
        donation_oku: donation?,
        bond: bond?,
        name,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn contract_example_parses() {
        let s = Scenario::from_json_str(
            r#"{ "version": 1, "municipality": "municipality", "guidelines_as_caps": true, "first_fiscal_year": 2025,
            "projects": [
              { "kind": "soft",  "annual_cost_oku": "3.5", "years": 3, "name": "観光DX" },
              { "kind": "hub",   "annual_cost_oku": "8",   "years": 1, "round": "supplementary" },
              { "kind": "infra", "cost_by_year_oku": ["2", "6", "4"], "years": 3, "start_year": 2, "infra_sector": "road" } ] }"#,
        )
        .unwrap();
        assert_eq!(s.projects.len(), 3);
        assert_eq!(s.projects[2].cost_in_year(1), dec!(6));
        assert_eq!(s.last_year(), 4);
    }

    #[test]
    fn every_problem_names_its_path() {
        let e = Scenario::from_json_str(
            r#"{"municipality":"town","projects":[{"kind":"soft","annual_cost_oku":"-1","years":0},{"kind":"ufo"}]}"#,
        )
        .unwrap_err();
        let paths: Vec<_> = e.errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "municipality",
                "projects[0].years",
                "projects[0].annual_cost_oku",
                "projects[1].kind",
                "projects[1].annual_cost_oku"
            ]
        );
        assert!(e.to_string().contains("projects[0].years: years は 1〜10 の整数です (got 0)"));
    }

    #[test]
    fn unknown_fields_are_kept_for_a_warning() {
        let s = Scenario::from_json_str(
            r#"{"municipality":"prefecture","projets":[],"projects":[{"kind":"soft","annual_cost_oku":1,"yeras":2}]}"#,
        )
        .unwrap();
        assert_eq!(s.unknown_fields, ["projets", "projects[0].yeras"]);
    }
}
