//! Files the page writes and reads (pure, so they are tested natively): the 1.0 / 2.0 comparison as
//! CSV (`comparison`), scenario JSON and project CSV import (the engine's one validator), the checks a
//! file passes before it is read or parsed, and the saved-scenario list kept in localStorage (`store`).

mod comparison;
mod store;

// The browser views use these; natively only the tests do.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports))]
pub use comparison::{comparison_csv, comparison_file_name, BOM};
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports))]
pub use store::{backup_key, read_saved, saved_count, saved_scenario, skipped_names, Stored, SAVED_KEY};

use crate::costs::texts as ct;
use kofukin::engine::csv::{scenario_from_csv, Options};
use kofukin::engine::scenario::{InputError, Scenario};
use kofukin::engine::text::Text;

/// The largest file the page reads (1 MB), checked before reading it.
pub const MAX_FILE_BYTES: u64 = 1_048_576;

/// Refuses a file over [`MAX_FILE_BYTES`] from its size alone (the browser gives it as a float).
pub fn check_size(size: f64) -> Result<(), Text> {
    let size = size as u64; // saturating: a float beyond u64 becomes u64::MAX
    if size > MAX_FILE_BYTES {
        Err(ct::file_too_large(size, MAX_FILE_BYTES))
    } else {
        Ok(())
    }
}

/// Could these bytes be UTF-8 or Shift_JIS text? UTF-16 (its byte-order mark, or the zero bytes of
/// its ASCII) and UTF-32 cannot; the decoders then decide between UTF-8 and Shift_JIS.
pub fn may_be_text(bytes: &[u8]) -> bool {
    !(bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) || bytes.contains(&0))
}

/// A scenario JSON file: the engine's validator, so a broken file gets its bilingual message.
pub fn import_json(text: &str) -> Result<Scenario, InputError> {
    Scenario::from_json_str(text.strip_prefix(BOM).unwrap_or(text))
}

/// A CSV file of projects (docs/format.md, CSV): replaces the projects and keeps the scenario-level
/// fields. An empty file, a header without `kind` or without project rows is refused by the engine.
pub fn import_csv(text: &str, current: &Scenario) -> Result<Scenario, InputError> {
    let o = Options {
        municipality: current.municipality.as_str().to_string(),
        guidelines_as_caps: current.guidelines_as_caps,
        first_fiscal_year: current.first_fiscal_year,
        non_recipient: current.non_recipient,
    };
    scenario_from_csv(text, &o)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::starter_scenario;
    use kofukin::engine::text::Lang;

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
    fn a_csv_of_projects_keeps_the_scenario_fields_and_empty_files_change_nothing() {
        let mut cur = starter_scenario();
        cur.municipality = kofukin::engine::scenario::Class::Prefecture;
        let s = import_csv("kind,annual_cost_oku,years\nhub,8,1\n", &cur).unwrap();
        assert_eq!(s.municipality, kofukin::engine::scenario::Class::Prefecture);
        assert_eq!(s.projects.len(), 1);
        assert!(import_csv("kind,annual_cost_oku,years\nufo,8,1\n", &cur).is_err());
        assert!(import_csv("", &cur).is_err());
        assert!(import_csv("\u{feff}kind,annual_cost_oku,years\r\n", &cur).is_err());
    }

    #[test]
    fn files_over_1_mb_and_utf16_are_refused_before_parsing() {
        assert!(check_size(1_048_576.0).is_ok());
        let too_big = check_size(2.0 * 1_048_576.0).unwrap_err();
        assert!(too_big.get(Lang::Ja).contains("2.0 MB") && too_big.get(Lang::Ja).contains("1.0 MB"));
        assert!(may_be_text("kind,名前\n".as_bytes()));
        assert!(may_be_text(&[0x8a, 0xcf, 0x8c, 0xf5]), "Shift_JIS 観光");
        assert!(!may_be_text(&[0xff, 0xfe, b'k', 0]));
        assert!(!may_be_text(&[b'k', 0, b'i', 0]));
    }
}
