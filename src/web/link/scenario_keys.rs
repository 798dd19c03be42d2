//! The scenario keys of the link other than `p`: `v`, `m`, `g`, `fy`, `nr`, `ref`.

use super::notice::{why, Notice};
use super::texts;
use super::values::{fields_of, judge_scenario, link_form, Form};
use kofukin::engine::scenario::Scenario;
use serde_json::{Map, Value};

/// Link key, scenario field, how its value is written.
const KEYS: &[(&str, &str, Form)] = &[
    ("v", "version", Form::Integer),
    ("m", "municipality", Form::Text),
    ("g", "guidelines_as_caps", Form::Flag),
    ("fy", "first_fiscal_year", Form::TypedInteger),
    ("nr", "non_recipient", Form::Flag),
    ("ref", "gen1_reference_values", Form::Flag),
];

/// The one key written even when it holds the default.
const ALWAYS_WRITTEN: &str = "m";

pub fn is_scenario_key(key: &str) -> bool {
    KEYS.iter().any(|(k, _, _)| *k == key)
}

/// Appends the scenario keys (all but `v`) that differ from the default, and `m`.
pub fn write(s: &Scenario, q: &mut Vec<(String, String)>) {
    let (now, default) = (fields_of(s), fields_of(&Scenario::default()));
    for (key, field, _) in KEYS.iter().filter(|(k, _, _)| *k != "v") {
        if let Some(v) = now.get(*field).filter(|v| *key == ALWAYS_WRITTEN || default.get(*field) != Some(*v)) {
            q.push((key.to_string(), link_form(v)));
        }
    }
}

/// The scenario fields read so far from the link's scenario keys, each judged by the validator.
#[derive(Default)]
pub struct ScenarioKeys {
    fields: Map<String, Value>,
}

impl ScenarioKeys {
    /// Reads one key. A value the validator rejects is not used (the default, or an earlier value of
    /// the same key, stays) and gives a notice with the validator's message.
    pub fn read(&mut self, key: &str, text: &str, notices: &mut Vec<Notice>) {
        let Some((_, field, form)) = KEYS.iter().find(|(k, _, _)| *k == key) else { return };
        let value = form.json(text);
        let mut one = Map::new();
        one.insert(field.to_string(), value.clone());
        match judge_scenario(&one) {
            Ok(_) => {
                self.fields.insert(field.to_string(), value);
            }
            Err(e) => {
                let Some(err) = e.errors.iter().find(|e| e.path == *field).or(e.errors.first()) else { return };
                let why = why(err, &err.path);
                let phrase = match fields_of(&Scenario::default()).get(*field) {
                    Some(default) => texts::replaced(&link_form(default), &why),
                    None => texts::left_out(&why),
                };
                notices.push(Notice::new(key, text, &phrase));
            }
        }
    }

    /// The scenario with these fields and no projects (each field was judged valid on its own).
    pub fn scenario(&self) -> Scenario {
        judge_scenario(&self.fields).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_keys_off_their_default_are_written_besides_m() {
        let mut q = Vec::new();
        write(&Scenario::default(), &mut q);
        assert_eq!(q, [("m".to_string(), "municipality".to_string())]);
        let s = Scenario {
            guidelines_as_caps: false,
            first_fiscal_year: Some(2026),
            non_recipient: true,
            gen1_reference_values: true,
            ..Scenario::default()
        };
        let mut q = Vec::new();
        write(&s, &mut q);
        let keys: Vec<_> = q.iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_eq!(keys, ["m=municipality", "g=0", "fy=2026", "nr=1", "ref=1"]);
    }

    #[test]
    fn a_rejected_value_names_the_default_and_the_validators_message() {
        let mut keys = ScenarioKeys::default();
        let mut notices = Vec::new();
        keys.read("g", "2", &mut notices);
        keys.read("fy", "1999", &mut notices);
        keys.read("fy", "２０２６", &mut notices);
        assert_eq!(notices.len(), 2);
        assert!(notices[0].message_ja.starts_with("リンクの g=2 は使えないため 1 にしました（guidelines_as_caps: "));
        assert!(notices[1]
            .message_en
            .contains("left out (first_fiscal_year: first_fiscal_year must be an integer from 2015 to 2050"));
        assert_eq!(keys.scenario().first_fiscal_year, Some(2026));
    }
}
