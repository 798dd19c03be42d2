//! The calculator form of one measure, without the browser: what a person typed, field by field, and
//! how it becomes the measure's input JSON (docs/measures.md, input rules) and the page's query keys (a
//! measure's inputs use their JSON field names as keys, docs/format.md) and back. The form follows the
//! measure's own field table ([`Field`], typed by [`Ty`]).
//!
//! Typed numbers go through `normalize_typed_number` (full-width digits, 「,」 separators), then to
//! the engine's one validator, whose messages are shown next to the fields. A list field is written
//! as one repeated key per element, each `sub:value` item comma-separated, like the `p` key:
//! `members=reward_yen:2800000,flexible_reward:1&members=other_yen:500000`.

use super::texts as tx;
use crate::link::Notice;
use crate::ui::format::grouped_int;
use kofukin::engine::measures::{Def, Field, Ty, MAX_INTEGER, MAX_LIST, MAX_YEN};
use kofukin::engine::money::parse_plain_decimal;
use kofukin::engine::scenario::{normalize_typed_number, FieldError};
use rust_decimal::Decimal;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Query keys of the list view (filters), never measure inputs.
pub const LIST_KEYS: &[&str] = &["funds", "q"];

/// One scalar field as entered: typed text (yen, decimal, integer, enum value) or a checkbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    Text(String),
    Flag(bool),
}

impl Entry {
    pub fn text(&self) -> &str {
        match self {
            Entry::Text(s) => s,
            Entry::Flag(_) => "",
        }
    }
    pub fn flag(&self) -> bool {
        matches!(self, Entry::Flag(true))
    }
}

pub type Row = BTreeMap<String, Entry>;

/// Everything entered in one measure's calculator.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Form {
    pub scalars: BTreeMap<String, Entry>,
    pub lists: BTreeMap<String, Vec<Row>>,
}

/// The value a field starts with: defaults are shown as placeholders (an empty field takes the
/// default), a required enum starts at its first value, an optional enum with no default is empty.
pub fn initial_entry(d: &Field) -> Entry {
    match (&d.ty, d.default) {
        (Ty::Bool, _) => Entry::Flag(false),
        (Ty::Enum(_), Def::Str(s)) => Entry::Text(s.to_string()),
        (Ty::Enum(choices), _) if d.required => {
            Entry::Text(choices.first().map(|c| c.value.to_string()).unwrap_or_default())
        }
        _ => Entry::Text(String::new()),
    }
}

/// The placeholder of a text field: its default, if it has one.
pub fn placeholder(d: &Field) -> String {
    match d.default {
        Def::Zero => "0".to_string(),
        Def::Int(n) => n.to_string(),
        _ => String::new(),
    }
}

pub fn initial_row(fields: &[Field]) -> Row {
    fields.iter().map(|f| (f.name.to_string(), initial_entry(f))).collect()
}

impl Form {
    pub fn initial(inputs: &[Field]) -> Form {
        let mut form = Form::default();
        for d in inputs {
            if d.list_fields().is_some() {
                form.lists.insert(d.name.to_string(), Vec::new());
            } else {
                form.scalars.insert(d.name.to_string(), initial_entry(d));
            }
        }
        form
    }

    /// The measure's input JSON: empty text fields are left out (the default applies, or the
    /// validator says the field is required).
    pub fn to_json(&self, inputs: &[Field]) -> Value {
        let mut obj = Map::new();
        for d in inputs {
            if let Some(fields) = d.list_fields() {
                let rows = self.lists.get(d.name).map(Vec::as_slice).unwrap_or(&[]);
                let items = rows
                    .iter()
                    .map(|row| {
                        let mut o = Map::new();
                        for f in fields {
                            if let Some(v) = row.get(f.name).and_then(|e| entry_json(f, e)) {
                                o.insert(f.name.to_string(), v);
                            }
                        }
                        Value::Object(o)
                    })
                    .collect();
                obj.insert(d.name.to_string(), Value::Array(items));
            } else if let Some(v) = self.scalars.get(d.name).and_then(|e| entry_json(d, e)) {
                obj.insert(d.name.to_string(), v);
            }
        }
        Value::Object(obj)
    }

    /// The query pairs of this form: fields that differ from their initial value, in input order;
    /// one repeated key per list element.
    pub fn to_pairs(&self, inputs: &[Field]) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for d in inputs {
            if let Some(fields) = d.list_fields() {
                for row in self.lists.get(d.name).map(Vec::as_slice).unwrap_or(&[]) {
                    let items: Vec<String> = fields
                        .iter()
                        .filter_map(|f| {
                            let e = row.get(f.name)?;
                            (*e != initial_entry(f)).then(|| format!("{}:{}", f.name, entry_query(f, e)))
                        })
                        .collect();
                    out.push((d.name.to_string(), items.join(",")));
                }
            } else if let Some(e) = self.scalars.get(d.name) {
                if *e != initial_entry(d) {
                    out.push((d.name.to_string(), entry_query(d, e)));
                }
            }
        }
        out
    }

    /// Reads the query pairs of a measure's link. A value that cannot be used keeps the field's
    /// initial value and yields a notice naming it; keys that are not inputs of the measure are named
    /// too (the list view's filter keys are ignored).
    pub fn from_pairs(inputs: &[Field], pairs: &[(String, String)]) -> (Form, Vec<Notice>) {
        let mut form = Form::initial(inputs);
        let mut notices = Vec::new();
        for (k, v) in pairs {
            let Some(d) = inputs.iter().find(|d| d.name == *k) else {
                if !LIST_KEYS.contains(&k.as_str()) {
                    notices.push(Notice::new(k, v, &tx::NOT_AN_INPUT));
                }
                continue;
            };
            if let Some(fields) = d.list_fields() {
                let rows = form.lists.entry(d.name.to_string()).or_default();
                if rows.len() >= MAX_LIST {
                    continue;
                }
                let n = rows.len();
                let mut row = initial_row(fields);
                for item in v.split(',').filter(|s| !s.is_empty()) {
                    let (sub, val) = item.split_once(':').unwrap_or((item, ""));
                    let key = format!("{k}[{n}].{sub}");
                    match fields.iter().find(|f| f.name == sub) {
                        Some(f) => match read_value(f, val) {
                            Some(e) => {
                                row.insert(f.name.to_string(), e);
                            }
                            None => notices.push(bad_value(&key, val, f)),
                        },
                        None => notices.push(Notice::new(&key, val, &tx::UNKNOWN_FIELD)),
                    }
                }
                rows.push(row);
            } else {
                match read_value(d, v) {
                    Some(e) => {
                        form.scalars.insert(d.name.to_string(), e);
                    }
                    None => notices.push(bad_value(k, v, d)),
                }
            }
        }
        (form, notices)
    }
}

/// The JSON value of one entry; `None` for an empty text (absent).
fn entry_json(d: &Field, e: &Entry) -> Option<Value> {
    match (&d.ty, e) {
        (_, Entry::Flag(b)) => Some(Value::Bool(*b)),
        (_, Entry::Text(t)) if t.trim().is_empty() => None,
        (Ty::Enum(_), Entry::Text(t)) => Some(Value::String(t.clone())),
        (Ty::Decimal, Entry::Text(t)) => Some(Value::String(normalize_typed_number(t))),
        (_, Entry::Text(t)) => {
            // yen and integer: a JSON number when the normalised text is one, so the validator can say
            // "a whole number of yen, 0 or more (got -5)"; otherwise the text as typed.
            let n = normalize_typed_number(t);
            match serde_json::from_str::<Value>(&n) {
                Ok(v @ Value::Number(_)) => Some(v),
                _ => Some(Value::String(t.trim().to_string())),
            }
        }
    }
}

/// An entry as a link value: enum values as they are, numbers normalised.
fn entry_query(d: &Field, e: &Entry) -> String {
    match (&d.ty, e) {
        (_, Entry::Flag(b)) => if *b { "1" } else { "0" }.to_string(),
        (Ty::Enum(_), Entry::Text(t)) => t.clone(),
        (_, Entry::Text(t)) => normalize_typed_number(t),
    }
}

/// A link value for field `d`, if it is usable.
fn read_value(d: &Field, v: &str) -> Option<Entry> {
    match &d.ty {
        Ty::Bool => match v {
            "1" | "true" => Some(Entry::Flag(true)),
            "0" | "false" => Some(Entry::Flag(false)),
            _ => None,
        },
        Ty::Enum(choices) => {
            let ok = v.is_empty() && !d.required || choices.iter().any(|c| c.value == v);
            ok.then(|| Entry::Text(v.to_string()))
        }
        Ty::Yen => yen_display(v).map(Entry::Text),
        Ty::Integer(lo) => {
            let n = normalize_typed_number(v);
            let ok = n.parse::<i64>().is_ok_and(|x| (*lo..=MAX_INTEGER).contains(&x));
            ok.then_some(Entry::Text(n))
        }
        Ty::Decimal => {
            let n = normalize_typed_number(v);
            let ok = parse_plain_decimal(&n).is_ok_and(|x| x >= Decimal::ZERO);
            ok.then_some(Entry::Text(n))
        }
        Ty::List { .. } => None,
    }
}

/// A typed yen amount shown with thousands separators ("２０００００００" → "20,000,000"); `None`
/// when it is not a whole number of yen from 0 to 10^15 (the field then keeps what was typed).
pub fn yen_display(typed: &str) -> Option<String> {
    let n = normalize_typed_number(typed).parse::<u64>().ok().filter(|x| *x <= MAX_YEN)?;
    Some(grouped_int(n))
}

/// The notice for a link value that field `d` cannot use.
fn bad_value(key: &str, given: &str, d: &Field) -> Notice {
    let phrase = match d.ty {
        Ty::Yen => &tx::BAD_YEN,
        Ty::Integer(_) => &tx::BAD_INTEGER,
        Ty::Decimal => &tx::BAD_DECIMAL,
        Ty::Bool => &tx::BAD_FLAG,
        _ => &tx::BAD_CHOICE,
    };
    Notice::new(key, given, phrase)
}

/// The id of a field's control, from its path (`members[1].reward_yen` → `nf-members-1-reward_yen`).
pub fn control_id(path: &str) -> String {
    let mut s = String::from("nf-");
    for c in path.chars() {
        match c {
            '[' | '.' => s.push('-'),
            ']' => {}
            c => s.push(c),
        }
    }
    s
}

/// The validator's messages for one field path.
pub fn errors_at<'a>(errors: &'a [FieldError], path: &str) -> Vec<&'a FieldError> {
    errors.iter().filter(|e| e.path == path).collect()
}

/// Whether the field at `path` is an empty text field (its error then means "still to be entered").
pub fn is_empty_at(form: &Form, path: &str) -> bool {
    let entry = match path.split_once('[') {
        None => form.scalars.get(path),
        Some((list, rest)) => {
            let (idx, sub) = rest.split_once("].").unwrap_or(("", ""));
            idx.parse::<usize>()
                .ok()
                .and_then(|i| form.lists.get(list).and_then(|rows| rows.get(i)))
                .and_then(|row| row.get(sub))
        }
    };
    matches!(entry, Some(Entry::Text(t)) if t.trim().is_empty())
}

/// Text for searching: full-width letters and digits as ASCII (「ＤＸ」 → "dx"), lower case.
pub fn search_key(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            c => c,
        })
        .collect::<String>()
        // ASCII case folding: the words searched are Japanese (no case) or English; the Unicode
        // case tables would add 16 KB to the wasm for letters no measure's text contains.
        .to_ascii_lowercase()
}

/// Whether a measure is shown for the selected funds (any of them; none selected: all) and the
/// search words (all of them, anywhere in its names, ministry, funds or summary).
pub fn shown(funds_of: &[String], haystack: &str, funds: &[String], q: &str) -> bool {
    let fund_ok = funds.is_empty() || funds_of.iter().any(|f| funds.contains(f));
    let hay = search_key(haystack);
    fund_ok && search_key(q).split_whitespace().all(|w| hay.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use kofukin::engine::measures::{compute, get};

    fn inputs(id: &str) -> &'static [Field] {
        get(id).unwrap().inputs
    }

    fn pairs(q: &[(&str, &str)]) -> Vec<(String, String)> {
        q.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn the_working_holiday_preset_link_computes_15_5_million() {
        let ins = inputs("working_holiday");
        let (form, notices) = Form::from_pairs(ins, &pairs(&[("cost_yen", "20000000"), ("stay_days", "100")]));
        assert!(notices.is_empty());
        let r = compute("working_holiday", &form.to_json(ins)).unwrap();
        assert_eq!(r.covered_total_yen, 15_500_000);
        assert_eq!(form.to_pairs(ins), pairs(&[("cost_yen", "20000000"), ("stay_days", "100")]));
    }

    #[test]
    fn typed_full_width_and_separated_yen_are_accepted() {
        let ins = inputs("working_holiday");
        let mut form = Form::initial(ins);
        form.scalars.insert("cost_yen".into(), Entry::Text("２０，０００，０００".into()));
        form.scalars.insert("stay_days".into(), Entry::Text("100".into()));
        let r = compute("working_holiday", &form.to_json(ins)).unwrap();
        assert_eq!(r.covered_total_yen, 15_500_000);
        assert_eq!(form.to_pairs(ins)[0], ("cost_yen".to_string(), "20000000".to_string()));
    }

    #[test]
    fn a_bad_typed_value_gets_the_validators_message_at_its_path() {
        let ins = inputs("working_holiday");
        let mut form = Form::initial(ins);
        form.scalars.insert("cost_yen".into(), Entry::Text("-5".into()));
        let e = compute("working_holiday", &form.to_json(ins)).unwrap_err();
        let at = errors_at(&e.errors, "cost_yen");
        assert_eq!(at.len(), 1);
        assert!(at[0].message_ja.contains("0 以上の整数"), "{}", at[0].message_ja);
        assert!(!is_empty_at(&form, "cost_yen"));
        form.scalars.insert("cost_yen".into(), Entry::Text("abc".into()));
        assert!(compute("working_holiday", &form.to_json(ins)).is_err());
    }

    #[test]
    fn an_empty_required_field_is_still_to_be_entered() {
        let ins = inputs("working_holiday");
        let form = Form::initial(ins);
        let e = compute("working_holiday", &form.to_json(ins)).unwrap_err();
        assert!(e.errors.iter().all(|e| is_empty_at(&form, &e.path)));
    }

    #[test]
    fn list_rows_round_trip_through_the_link() {
        let ins = inputs("cooperators");
        let q = pairs(&[
            ("members", "reward_yen:3500000,other_yen:2500000,flexible_reward:1"),
            ("members", ""),
            ("members", "reward_yen:1000000"),
        ]);
        let (form, notices) = Form::from_pairs(ins, &q);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(form.lists["members"].len(), 3);
        assert_eq!(form.to_pairs(ins), q);
        let r = compute("cooperators", &form.to_json(ins)).unwrap();
        // members[0]: min(3.5M, 3.3M) + min(2.5M, 2.0M) = 5.3M, then at most 4.8M (R8).
        assert_eq!(r.lines.iter().find(|l| l.item == "member").unwrap().eligible_yen, 4_800_000);
        assert!(is_empty_at(&form, "members[1].reward_yen"));
        assert_eq!(control_id("members[1].reward_yen"), "nf-members-1-reward_yen");
    }

    #[test]
    fn bad_link_values_fall_back_with_a_notice() {
        let ins = inputs("distributed_energy");
        let q = pairs(&[
            ("cost_yen", "-3"),
            ("applicant", "city"),
            ("fiscal_capability_index", "0.2"),
            ("highly_novel", "yes"),
            ("nonsense", "1"),
            ("funds", "energy"),
        ]);
        let (form, notices) = Form::from_pairs(ins, &q);
        let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(keys, ["cost_yen", "applicant", "highly_novel", "nonsense"]);
        assert_eq!(form.scalars["applicant"], Entry::Text("municipality".into()));
        assert_eq!(form.scalars["fiscal_capability_index"], Entry::Text("0.2".into()));
        assert!(notices[0].message_ja.contains("cost_yen=-3"));
    }

    #[test]
    fn an_index_below_a_quarter_gets_three_quarters() {
        let ins = inputs("distributed_energy");
        let (form, _) = Form::from_pairs(ins, &pairs(&[("cost_yen", "30000000"), ("fiscal_capability_index", "0.2")]));
        let r = compute("distributed_energy", &form.to_json(ins)).unwrap();
        assert_eq!(r.eligible_yen, 20_000_000);
        assert_eq!(r.covered_yen.national, 15_000_000);
    }

    #[test]
    fn every_measure_starts_with_a_form_the_validator_accepts_or_asks_to_fill() {
        for m in kofukin::engine::measures::all() {
            let form = Form::initial(m.inputs);
            if let Err(e) = compute(m.id, &form.to_json(m.inputs)) {
                for err in &e.errors {
                    let known = m.inputs.iter().any(|d| d.name == err.path);
                    assert!(known, "{}: {}", m.id, err.path);
                }
            }
            assert!(form.to_pairs(m.inputs).is_empty(), "{}", m.id);
        }
    }

    #[test]
    fn search_ignores_width_and_case_and_needs_every_word() {
        let funds = vec!["digital".to_string(), "people".to_string()];
        let hay = "自治体のデジタル人材の確保・育成（自治体DX）\nDigital talent for municipal DX\n総務省";
        assert!(shown(&funds, hay, &[], "ｄｘ"));
        assert!(shown(&funds, hay, &[], "総務省　DX"));
        assert!(!shown(&funds, hay, &[], "DX 内閣府"));
        assert!(shown(&funds, hay, &["energy".into(), "digital".into()], ""));
        assert!(!shown(&funds, hay, &["energy".into()], ""));
    }
}
