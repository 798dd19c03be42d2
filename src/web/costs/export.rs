//! Files the page writes and reads (pure, so they are tested natively): the 1.0 / 2.0 comparison as
//! CSV for Excel (UTF-8 with BOM, a header row, one row per project and a totals row, exact 億円
//! decimals), scenario JSON import (the engine's one validator) and the saved-scenario list kept in
//! localStorage.

use crate::costs::texts as ct;
use kofukin::engine::csv::{scenario_from_csv, Options};
use kofukin::engine::money::canonical;
use kofukin::engine::outcome::{Layers, Outcome, RuleSetOutcome};
use kofukin::engine::scenario::{InputError, Scenario};
use kofukin::engine::text::{Lang, Text};
use serde::{Deserialize, Serialize};

/// The byte-order mark Excel needs to read UTF-8.
pub const BOM: &str = "\u{feff}";

fn rule_columns(lang: Lang, label: &str) -> Vec<String> {
    [
        ct::CSV_STATUS,
        ct::CSV_RULE_COST,
        ct::CSV_NATIONAL,
        ct::CSV_LOCAL,
        ct::CSV_LAYER_DONATION,
        ct::CSV_ORDINARY,
        ct::CSV_SPECIAL,
        ct::CSV_BOND,
        ct::CSV_REMAINING,
    ]
    .iter()
    .map(|c| format!("{label} {}", c.get(lang)))
    .collect()
}

fn layer_cells(l: &Layers) -> [String; 5] {
    [
        l.donation_oku.to_string(),
        l.ordinary_allocation_tax_oku.to_string(),
        l.special_allocation_tax_oku.to_string(),
        l.bond_oku.to_string(),
        l.remaining_local_oku.to_string(),
    ]
}

/// The comparison as CSV text, starting with the BOM; rows end with CRLF (Excel's own line end).
pub fn comparison_csv(lang: Lang, s: &Scenario, o: &Outcome) -> String {
    let g1 = &o.rule_sets.gen1;
    let g2 = &o.rule_sets.gen2;
    let say = |t: Text| t.get(lang).to_owned();
    let mut header: Vec<String> =
        [ct::CSV_NO, ct::CSV_NAME, ct::CSV_KIND, ct::CSV_START, ct::CSV_YEARS, ct::CSV_COST, ct::CSV_DONATION]
            .into_iter()
            .map(say)
            .collect();
    header.extend(rule_columns(lang, "1.0"));
    header.extend(rule_columns(lang, "2.0"));

    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    let _ = w.write_record(&header);
    let rule_cells = |r: &RuleSetOutcome, i: usize| -> Vec<String> {
        match r.projects.get(i) {
            Some(p) => {
                let mut v = vec![
                    say(p.status.label()),
                    p.cost_oku.to_string(),
                    p.national_oku.to_string(),
                    p.local_oku.to_string(),
                ];
                v.extend(layer_cells(&p.layers));
                v
            }
            None => vec![String::new(); 9],
        }
    };
    for (i, p) in s.projects.iter().enumerate() {
        let mut row = vec![
            (i + 1).to_string(),
            p.name.clone(),
            say(p.kind.label()),
            p.start_year.to_string(),
            p.years.to_string(),
            canonical(p.total_cost_oku()),
            canonical(p.donation_oku),
        ];
        row.extend(rule_cells(g1, i));
        row.extend(rule_cells(g2, i));
        let _ = w.write_record(&row);
    }
    let total_cost: rust_decimal::Decimal = s.projects.iter().map(|p| p.total_cost_oku()).sum();
    let total_donation: rust_decimal::Decimal = s.projects.iter().map(|p| p.donation_oku).sum();
    let mut row = vec![
        say(ct::CSV_TOTAL),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        canonical(total_cost),
        canonical(total_donation),
    ];
    for r in [g1, g2] {
        row.push(String::new());
        row.push(r.total_cost_oku.to_string());
        row.push(r.total_national_oku.to_string());
        row.push(r.total_local_oku.to_string());
        row.extend(layer_cells(&r.layers));
    }
    let _ = w.write_record(&row);
    let body = w.into_inner().map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
    format!("{BOM}{body}")
}

/// A scenario JSON file: the engine's validator, so a broken file gets its bilingual message.
pub fn import_json(text: &str) -> Result<Scenario, InputError> {
    Scenario::from_json_str(text.strip_prefix(BOM).unwrap_or(text))
}

/// A CSV file of projects (docs/format.md, CSV): replaces the projects and keeps the scenario-level fields.
pub fn import_csv(text: &str, current: &Scenario) -> Result<Scenario, InputError> {
    let o = Options {
        municipality: current.municipality.as_str().to_string(),
        guidelines_as_caps: current.guidelines_as_caps,
        first_fiscal_year: current.first_fiscal_year,
        non_recipient: current.non_recipient,
    };
    scenario_from_csv(text, &o)
}

/// One saved scenario in localStorage: its name, when it was saved and the scenario JSON (docs/format.md).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub name: String,
    pub saved_at: String,
    pub scenario: serde_json::Value,
}

/// The localStorage key of the saved list.
pub const SAVED_KEY: &str = "kofukin.saved.v1";

/// Reads the stored list; anything unreadable is an empty list (never a panic).
pub fn read_saved(text: Option<&str>) -> Vec<Saved> {
    text.and_then(|t| serde_json::from_str::<Vec<Saved>>(t).ok()).unwrap_or_default()
}

/// Adds or replaces the entry of this name; returns whether one was replaced.
pub fn upsert(list: &mut Vec<Saved>, name: &str, saved_at: &str, s: &Scenario) -> bool {
    let scenario = serde_json::from_str(&s.to_json_pretty()).unwrap_or(serde_json::Value::Null);
    let entry = Saved { name: name.to_string(), saved_at: saved_at.to_string(), scenario };
    match list.iter_mut().find(|e| e.name == name) {
        Some(e) => {
            *e = entry;
            true
        }
        None => {
            list.push(entry);
            false
        }
    }
}

/// The scenario of a saved entry, through the validator.
pub fn saved_scenario(e: &Saved) -> Result<Scenario, InputError> {
    Scenario::from_json(&e.scenario)
}

/// Number of projects of a saved entry, for the list.
pub fn saved_count(e: &Saved) -> usize {
    e.scenario.get("projects").and_then(|p| p.as_array()).map(|a| a.len()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::starter_scenario;
    use kofukin::engine::simulate;

    #[test]
    fn the_csv_has_a_bom_a_header_a_row_per_project_and_totals() {
        let mut s = starter_scenario();
        s.projects[0].name = "観光DX, 第2期".into();
        let o = simulate(&s);
        let text = comparison_csv(Lang::Ja, &s, &o);
        assert!(text.starts_with('\u{feff}'));
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 1 + 4 + 1);
        assert!(lines[0].starts_with("順位,事業名,種類,開始年,事業年数,事業費（億円）"));
        assert!(lines[0].contains("1.0 国費（億円）") && lines[0].contains("2.0 国費（億円）"));
        assert!(lines[1].starts_with("1,\"観光DX, 第2期\",ソフト事業,1,3,4.5,0,対象,"));
        let last = lines[5];
        assert!(last.starts_with("合計,"));
        assert!(last.contains(&o.rule_sets.gen2.total_national_oku.to_string()));
        let en = comparison_csv(Lang::En, &s, &o);
        assert!(en.contains("1.0 National share (oku yen)"));
    }

    #[test]
    fn a_broken_json_file_gets_the_validators_message() {
        let e = import_json("{ \"version\": 1, \"municipality\": \"town\", \"projects\": [] }").unwrap_err();
        let ja = crate::texts::error_lines(&e).0.join("\n");
        assert!(ja.contains("municipality"), "{ja}");
        assert!(import_json("not json").is_err());
        let s = starter_scenario();
        assert_eq!(import_json(&format!("{BOM}{}", s.to_json_pretty())).unwrap(), s);
    }

    #[test]
    fn a_csv_of_projects_keeps_the_scenario_fields() {
        let mut cur = starter_scenario();
        cur.municipality = kofukin::engine::scenario::Class::Prefecture;
        let s = import_csv("kind,annual_cost_oku,years\nhub,8,1\n", &cur).unwrap();
        assert_eq!(s.municipality, kofukin::engine::scenario::Class::Prefecture);
        assert_eq!(s.projects.len(), 1);
        assert!(import_csv("kind,annual_cost_oku,years\nufo,8,1\n", &cur).is_err());
    }

    #[test]
    fn the_saved_list_survives_garbage_and_replaces_by_name() {
        assert!(read_saved(Some("{broken")).is_empty());
        assert!(read_saved(None).is_empty());
        let mut list = Vec::new();
        let s = starter_scenario();
        assert!(!upsert(&mut list, "A", "2026-01-01", &s));
        assert!(upsert(&mut list, "A", "2026-01-02", &s));
        assert_eq!(list.len(), 1);
        let text = serde_json::to_string(&list).unwrap();
        let back = read_saved(Some(&text));
        assert_eq!(saved_scenario(&back[0]).unwrap(), s);
        assert_eq!(saved_count(&back[0]), 4);
    }
}
