//! The `p` values: one project each, `kind,cost,years` then optional `key:value` items.

use super::escape::{decode, encode, NAME};
use super::notice::{names, why, Notice};
use super::texts;
use super::values::{fields_of, judge_project, link_form, replacement, Fix, Form, PROJECT_PATH};
use kofukin::engine::money::canonical;
use kofukin::engine::scenario::{bounds, FieldError, Project};
use serde_json::{Map, Value};

/// One field of a `p` value: its key in the link, the project field, how its value is written, and
/// what replaces a value the validator rejects.
struct Item {
    key: &'static str,
    field: &'static str,
    form: Form,
    fix: Fix,
}

const fn item(key: &'static str, field: &'static str, form: Form, fix: Fix) -> Item {
    Item { key, field, form, fix }
}

const YEARS: Item = item("years", "years", Form::Integer, Fix::AtMost(bounds::MAX_YEARS));
const COST: Item = item("cost", "annual_cost_oku", Form::Decimal, Fix::Decimal(bounds::MAX_COST_OKU));
/// Per-year costs: the `cost` of the link written as `2/6/4`.
const COST_BY_YEAR: &str = "cost_by_year_oku";
/// The items after `kind,cost,years`, in the order they are written.
const ITEMS: [Item; 7] = [
    item("start", "start_year", Form::Integer, Fix::AtMost(bounds::MAX_START_YEAR)),
    item("round", "round", Form::Text, Fix::Default),
    item("sector", "infra_sector", Form::Text, Fix::Default),
    item("x", "outside_cap", Form::Flag, Fix::Default),
    item("don", "donation_oku", Form::Decimal, Fix::Decimal(bounds::MAX_DONATION_OKU)),
    item("bond", "bond", Form::Text, Fix::Default),
    item("name", "name", Form::Text, Fix::Shorten(bounds::MAX_NAME_CHARS)),
];

/// One `p` value: `kind,cost,years[,key:value…]`, items at their default left out, the name
/// percent-encoded.
pub fn write(p: &Project) -> String {
    let cost = match &p.cost_by_year_oku {
        Some(list) => list.iter().map(|d| canonical(*d)).collect::<Vec<_>>().join("/"),
        None => canonical(p.annual_cost_oku),
    };
    let mut out = format!("{},{},{}", p.kind.as_str(), cost, p.years);
    let (now, default) = (fields_of(p), fields_of(&Project::default()));
    for it in &ITEMS {
        if let Some(v) = now.get(it.field).filter(|v| default.get(it.field) != Some(*v)) {
            let text = link_form(v);
            let text = if it.field == "name" { encode(&text, NAME) } else { text };
            out += &format!(",{}:{text}", it.key);
        }
    }
    out
}

/// How many times a project is judged at most: a wrong `years`, a per-year cost list of the wrong
/// length and then its costs take a round each (the validator judges the costs only once the length
/// is right); the rest is spare.
const ROUNDS: usize = 5;

/// Where a notice goes among a project's notices: `years`, `cost`, a `years` that did not match the
/// per-year costs, then the items in the order written (from 3 on).
const ORDER_YEARS: usize = 0;
const ORDER_COST: usize = 1;
const ORDER_LENGTH: usize = 2;

/// Reads one `p` value; `n` is its 1-based position. `None` (with a notice) when no project can be
/// read. Every value the validator rejects is replaced and named in a notice.
pub fn read(n: usize, raw: &str, notices: &mut Vec<Notice>) -> Option<Project> {
    let mut r = Reading::new(n, raw);
    let mut errors = Vec::new();
    for _ in 0..ROUNDS {
        errors = match judge_project(&r.fields) {
            Ok(p) => {
                r.notes.sort_by_key(|(order, _)| *order);
                notices.extend(r.notes.into_iter().map(|(_, notice)| notice));
                return Some(normalized(p));
            }
            Err(e) => e.errors,
        };
        if errors.iter().any(|e| field_of(e) == Some("kind")) {
            break;
        }
        // A wrong `years` also makes a per-year cost list look the wrong length: judge it again.
        let years_wrong = errors.iter().any(|e| field_of(e) == Some(YEARS.field));
        for e in &errors {
            match field_of(e) {
                Some(COST_BY_YEAR) if years_wrong => {}
                Some(COST_BY_YEAR) => r.fix_length(e),
                Some(f) if f.starts_with(COST_BY_YEAR) => r.fix_yearly_cost(e, f),
                Some(f) => r.fix(e, f),
                None => {}
            }
        }
    }
    // An unknown kind (or a value no replacement made valid): the project is left out.
    let e = errors.iter().find(|e| field_of(e) == Some("kind")).or(errors.first())?;
    notices.push(Notice::new(&format!("p[{n}]"), &decode(raw, true), &texts::project_left_out(&r.why(e))));
    None
}

/// The project field an error of [`judge_project`] is about (`years`, `cost_by_year_oku[1]`).
fn field_of(e: &FieldError) -> Option<&str> {
    e.path.strip_prefix(PROJECT_PATH)?.strip_prefix('.')
}

/// The project's decimals in canonical form (`3.50` → `3.5`), as the link writes them.
fn normalized(mut p: Project) -> Project {
    p.annual_cost_oku = p.annual_cost_oku.normalize();
    p.donation_oku = p.donation_oku.normalize();
    if let Some(list) = &mut p.cost_by_year_oku {
        list.iter_mut().for_each(|d| *d = d.normalize());
    }
    p
}

/// A `p` value being read: the project's JSON fields, what the link said for each, and the notices.
struct Reading {
    n: usize,
    fields: Map<String, Value>,
    /// Per field: what the link said and where its notice goes.
    given: Vec<(&'static str, String, usize)>,
    /// What the link said for each per-year cost.
    yearly: Vec<String>,
    notes: Vec<(usize, Notice)>,
}

impl Reading {
    fn new(n: usize, raw: &str) -> Reading {
        let mut r = Reading { n, fields: Map::new(), given: Vec::new(), yearly: Vec::new(), notes: Vec::new() };
        // Written by hand or by this page, the separators are literal and the name is encoded once:
        // split first, then decode each item (the name may contain `,` and `:`). Written by a URL
        // encoder (URLSearchParams), the separators are encoded too and the name twice: decode the
        // value, split, then decode the name once more.
        let literal = raw.contains(',');
        let items: Vec<String> = if literal {
            raw.split(',').map(|item| decode(item, true)).collect()
        } else {
            decode(raw, true).split(',').map(str::to_string).collect()
        };
        let text = |i: usize| items.get(i).map(String::as_str).unwrap_or("");
        r.fields.insert("kind".into(), Value::from(text(0)));
        r.set(&YEARS, text(2), ORDER_YEARS);
        if text(1).contains('/') {
            r.yearly = text(1).split('/').map(str::to_string).collect();
            let list = r.yearly.iter().map(|c| COST.form.json(c)).collect();
            r.fields.insert(COST_BY_YEAR.into(), Value::Array(list));
        } else {
            r.set(&COST, text(1), ORDER_COST);
        }
        // Items not known, named together in one notice at the place of the first.
        let mut unknown: Vec<String> = Vec::new();
        let mut unknown_at = 0;
        for (i, entry) in items.iter().enumerate().skip(3) {
            let (k, val) = entry.split_once(':').unwrap_or((entry, ""));
            match ITEMS.iter().find(|it| it.key == k) {
                Some(it) if it.field == "name" && !literal => r.set(it, &decode(val, false), i),
                Some(it) => r.set(it, val, i),
                None => {
                    unknown_at = if unknown.is_empty() { i } else { unknown_at };
                    unknown.push(k.to_string());
                }
            }
        }
        if !unknown.is_empty() {
            let names = names(&unknown);
            let message = texts::unknown_items(&format!("p[{n}]"), &names);
            // One item is named by its own key (`p[4].zz`), several by the project's (`p[4]`).
            let key = if let [one] = unknown.as_slice() { r.key(one) } else { format!("p[{n}]") };
            r.notes.push((unknown_at, Notice::whole(&key, &names.en, message)));
        }
        r.check_name();
        r
    }

    /// A name whose percent-encoding is not UTF-8 was read with � in place of the bad bytes: say so.
    fn check_name(&mut self) {
        let Some((_, given, order)) = self.given.iter().find(|(f, _, _)| *f == "name") else { return };
        if given.contains(char::REPLACEMENT_CHARACTER) {
            let notice = Notice::new(&self.key("name"), given, &texts::NOT_UTF8);
            self.notes.push((*order, notice));
        }
    }

    fn set(&mut self, it: &Item, text: &str, order: usize) {
        self.fields.insert(it.field.into(), it.form.json(text));
        self.given.retain(|(f, _, _)| *f != it.field);
        self.given.push((it.field, text.to_string(), order));
    }

    fn key(&self, item: &str) -> String {
        format!("p[{}].{item}", self.n)
    }

    /// The validator's message, with the path of this project in the link's list.
    fn why(&self, e: &FieldError) -> kofukin::engine::text::Text {
        let rest = e.path.strip_prefix(PROJECT_PATH).unwrap_or(&e.path);
        why(e, &format!("projects[{}]{rest}", self.n - 1))
    }

    /// Replaces the rejected value of `field` and names it in a notice.
    fn fix(&mut self, e: &FieldError, field: &str) {
        let Some(it) = [&YEARS, &COST].into_iter().chain(ITEMS.iter()).find(|it| it.field == field) else { return };
        let (given, order) = match self.given.iter().find(|(f, _, _)| *f == field) {
            Some((_, g, o)) => (g.clone(), *o),
            None => (String::new(), ORDER_COST),
        };
        let value = self.fields.get(field).cloned().unwrap_or(Value::Null);
        let default = fields_of(&Project::default()).get(field).cloned();
        let used = replacement(it.fix, &value, default.as_ref());
        let why = self.why(e);
        let phrase = match (&used, it.fix) {
            (Some(_), Fix::Shorten(_)) => texts::shortened(&why),
            (Some(v), _) => texts::replaced(&link_form(v), &why),
            (None, _) => texts::left_out(&why),
        };
        match used {
            Some(v) => self.fields.insert(field.into(), v),
            None => self.fields.remove(field),
        };
        self.notes.push((order, Notice::new(&self.key(it.key), &given, &phrase)));
    }

    /// A per-year cost the validator rejected (`cost_by_year_oku[j]`).
    fn fix_yearly_cost(&mut self, e: &FieldError, field: &str) {
        let j = field.trim_start_matches(COST_BY_YEAR).trim_matches(['[', ']']).parse::<usize>().unwrap_or(usize::MAX);
        let why = self.why(e);
        let Some(Value::Array(list)) = self.fields.get_mut(COST_BY_YEAR) else { return };
        let Some(slot) = list.get_mut(j) else { return };
        let used = replacement(COST.fix, slot, None).unwrap_or_else(|| Value::from("0"));
        let phrase = texts::replaced(&link_form(&used), &why);
        *slot = used;
        let given = self.yearly.get(j).cloned().unwrap_or_default();
        self.notes.push((ORDER_COST, Notice::new(&self.key(COST.key), &given, &phrase)));
    }

    /// A per-year cost list whose length is not `years`: `years` becomes its length (within the
    /// bound), the list cut to that.
    fn fix_length(&mut self, e: &FieldError) {
        let why = self.why(e);
        let Some(Value::Array(list)) = self.fields.get_mut(COST_BY_YEAR) else { return };
        let years = list.len().clamp(1, bounds::MAX_YEARS as usize);
        list.truncate(years);
        self.fields.insert(YEARS.field.into(), Value::from(years));
        let given =
            self.given.iter().find(|(f, _, _)| *f == YEARS.field).map(|(_, g, _)| g.clone()).unwrap_or_default();
        let phrase = texts::replaced(&years.to_string(), &why);
        self.notes.push((ORDER_LENGTH, Notice::new(&self.key(YEARS.key), &given, &phrase)));
    }
}

#[cfg(test)]
mod tests {
    use super::super::{from_query, to_query};
    use super::Notice;
    use rust_decimal_macros::dec;

    fn read(q: &str) -> (super::super::PageState, Vec<Notice>) {
        from_query(q)
    }

    #[test]
    fn yearly_cost_list_must_match_years() {
        let (st, notices) = read("?m=municipality&p=infra,2/6,3");
        assert_eq!(notices.len(), 1);
        assert_eq!(notices[0].key, "p[1].years");
        assert_eq!(st.scenario.projects[0].years, 2);
    }

    #[test]
    fn typed_full_width_numbers_and_too_many_places() {
        let (st, notices) = read("?m=municipality&p=soft,%EF%BC%93%EF%BC%8E%EF%BC%95,3&p=soft,0.123456789,1");
        assert_eq!(st.scenario.projects[0].annual_cost_oku, dec!(3.5));
        assert_eq!(st.scenario.projects[1].annual_cost_oku, dec!(0.12345678));
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn a_name_encoded_once_keeps_its_commas_and_colons() {
        // As a page would write it with encodeURIComponent: 「観光DX, 第2期: 北部」.
        let (st, notices) = from_query(
            "?m=municipality&p=soft,1,1,name:%E8%A6%B3%E5%85%89DX%2C%20%E7%AC%AC2%E6%9C%9F%3A%20%E5%8C%97%E9%83%A8",
        );
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(st.scenario.projects[0].name, "観光DX, 第2期: 北部");
        // And the page writes it encoded once, so it reads back the same.
        let q = to_query(&st);
        assert!(q.contains("name:%E8%A6%B3") && !q.contains("%25"), "{q}");
        assert_eq!(from_query(&q).0.scenario, st.scenario);
    }

    #[test]
    fn a_link_made_by_urlsearchparams_reads_the_same() {
        // URLSearchParams encodes the separators too, and the name (already encoded once) again.
        let (st, notices) =
            from_query("?m=municipality&p=soft%2C1%2C3%2Cname%3A%25E8%25A6%25B3%25E5%2585%2589%252C%2520A");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(st.scenario.projects[0].years, 3);
        assert_eq!(st.scenario.projects[0].name, "観光, A");
    }
}
