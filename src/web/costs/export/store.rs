//! The saved-scenario list kept in localStorage under one key, as a JSON list with one entry per
//! scenario. Reading never loses data: an entry that cannot be used is skipped (and named in a
//! notice) but kept as it is and written back with the list; a stored text that is not a list at all
//! is copied under a backup key before the list is written again.

use crate::costs::texts as ct;
use kofukin::engine::scenario::Scenario;
use kofukin::engine::text::Text;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The localStorage key of the saved list.
pub const SAVED_KEY: &str = "kofukin.saved.v1";

/// One saved scenario: its name, when it was saved and the scenario JSON (docs/format.md).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub name: String,
    pub saved_at: String,
    pub scenario: Value,
}

/// The list as read from storage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stored {
    /// The usable entries, in stored order.
    pub entries: Vec<Saved>,
    /// The entries that cannot be used, exactly as stored; written back after `entries`.
    pub kept: Vec<Value>,
    /// The names of the kept entries (「名前」, or 「3件目」 when an entry has no name), for the notice.
    pub skipped: Vec<Text>,
    /// The stored text is not a JSON list: back it up before writing the list.
    pub unreadable: bool,
}

/// Reads the stored text (`None`: nothing stored). Never panics, never drops an entry silently.
pub fn read_saved(text: Option<&str>) -> Stored {
    let Some(text) = text else { return Stored::default() };
    let Ok(Value::Array(items)) = serde_json::from_str::<Value>(text) else {
        return Stored { unreadable: true, ..Stored::default() };
    };
    let mut out = Stored::default();
    for (i, item) in items.into_iter().enumerate() {
        let usable = serde_json::from_value::<Saved>(item.clone())
            .ok()
            .filter(|e| Scenario::from_json(&e.scenario).is_ok() && !e.name.trim().is_empty());
        match usable {
            Some(e) => out.entries.push(e),
            None => {
                let name = item.get("name").and_then(Value::as_str).map(str::trim).filter(|n| !n.is_empty());
                out.skipped.push(match name {
                    Some(n) => {
                        let n: String = n.chars().take(40).collect();
                        Text::owned(format!("「{n}」"), format!("“{n}”"))
                    }
                    None => ct::saved_entry_at(i + 1),
                });
                out.kept.push(item);
            }
        }
    }
    out
}

impl Stored {
    /// Does reading it leave something to keep (an unreadable text or damaged entries)?
    pub fn has_damage(&self) -> bool {
        self.unreadable || !self.kept.is_empty()
    }

    /// The text to store: the usable entries, then the kept ones unchanged.
    pub fn to_json(&self) -> String {
        let mut all: Vec<Value> = self.entries.iter().filter_map(|e| serde_json::to_value(e).ok()).collect();
        all.extend(self.kept.iter().cloned());
        serde_json::to_string(&all).unwrap_or_else(|_| "[]".into())
    }

    /// Adds or replaces the entry of this name; returns whether one was replaced.
    pub fn upsert(&mut self, name: &str, saved_at: &str, s: &Scenario) -> bool {
        let scenario = serde_json::from_str(&s.to_json_pretty()).unwrap_or(Value::Null);
        let entry = Saved { name: name.to_string(), saved_at: saved_at.to_string(), scenario };
        match self.entries.iter_mut().find(|e| e.name == name) {
            Some(e) => {
                *e = entry;
                true
            }
            None => {
                self.entries.push(entry);
                false
            }
        }
    }

    /// Removes the entry of this name.
    pub fn remove(&mut self, name: &str) {
        self.entries.retain(|e| e.name != name);
    }
}

/// The key the unreadable text is copied under before the list is written again.
pub fn backup_key(date: &str) -> String {
    format!("{SAVED_KEY}.backup-{date}")
}

/// The skipped entries' names, joined in each language.
pub fn skipped_names(s: &Stored) -> Text {
    let join = |pick: fn(&Text) -> &str, sep: &str| s.skipped.iter().map(pick).collect::<Vec<_>>().join(sep);
    Text::owned(join(|t| t.ja.as_ref(), "、"), join(|t| t.en.as_ref(), ", "))
}

/// The scenario of a saved entry, through the validator.
pub fn saved_scenario(e: &Saved) -> Result<Scenario, kofukin::engine::scenario::InputError> {
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
    use kofukin::engine::text::Lang;

    fn list_of(s: &Scenario) -> String {
        let mut st = Stored::default();
        st.upsert("A", "2026-01-01", s);
        st.upsert("B", "2026-01-02", s);
        st.to_json()
    }

    #[test]
    fn nothing_stored_is_an_empty_list_and_garbage_is_kept_for_a_backup() {
        assert_eq!(read_saved(None), Stored::default());
        let broken = read_saved(Some("{broken"));
        assert!(broken.unreadable && broken.has_damage() && broken.entries.is_empty());
        assert!(read_saved(Some("{\"name\":\"x\"}")).unreadable);
        assert_eq!(backup_key("2026-11-30"), "kofukin.saved.v1.backup-2026-11-30");
    }

    #[test]
    fn a_bad_entry_is_skipped_named_and_written_back_unchanged() {
        let s = starter_scenario();
        let mut items: Vec<Value> = serde_json::from_str(&list_of(&s)).unwrap_or_default();
        items.insert(1, serde_json::json!({ "name": "壊れた案", "saved_at": "x", "scenario": { "version": 9 } }));
        items.push(serde_json::json!(42));
        let text = serde_json::to_string(&items).unwrap_or_default();
        let mut st = read_saved(Some(&text));
        assert_eq!(st.entries.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(), ["A", "B"]);
        assert_eq!(skipped_names(&st).get(Lang::Ja), "「壊れた案」、4件目");
        assert_eq!(skipped_names(&st).get(Lang::En), "“壊れた案”, entry 4");
        assert!(!st.unreadable && st.has_damage());
        assert_eq!(saved_scenario(&st.entries[0]).ok(), Some(s.clone()));
        assert_eq!(saved_count(&st.entries[1]), 4);
        // Deleting and saving keep the damaged entries as they were.
        st.remove("A");
        assert!(!st.upsert("C", "2026-01-03", &s));
        assert!(st.upsert("C", "2026-01-04", &s));
        let back: Vec<Value> = serde_json::from_str(&st.to_json()).unwrap_or_default();
        assert_eq!(back.len(), 4);
        assert_eq!(back[2], items[1]);
        assert_eq!(back[3], serde_json::json!(42));
        let again = read_saved(Some(&st.to_json()));
        assert_eq!(again.entries.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(), ["B", "C"]);
        assert_eq!(again.kept.len(), 2);
    }
}
