//! A project list as CSV (`kofukin simulate --csv`, docs/format.md; the app's CSV import): text (the
//! caller decodes UTF-8 or Shift_JIS), BOM optional, a header row of the scenario's project field names
//! with at least a `kind` column, and one project per row. An empty file, a header without `kind` and a
//! header without data rows are refused. Each row becomes a JSON object and goes through the one
//! scenario validator, so the messages are the same as for JSON.

use crate::engine::scenario::{InputError, Scenario};
use serde_json::{Map, Value};

/// The scenario-level fields that a CSV of projects does not carry.
#[derive(Clone, Debug)]
pub struct Options {
    pub municipality: String,
    pub guidelines_as_caps: bool,
    pub first_fiscal_year: Option<u32>,
    pub non_recipient: bool,
}

const INTEGER_FIELDS: [&str; 2] = ["years", "start_year"];
const BOOL_FIELDS: [&str; 1] = ["outside_cap"];

/// One CSV cell as the JSON value the validator expects.
fn cell(field: &str, text: &str) -> Value {
    let t = text.trim();
    if INTEGER_FIELDS.contains(&field) {
        return t.parse::<i64>().map(Value::from).unwrap_or_else(|_| Value::String(t.to_string()));
    }
    if BOOL_FIELDS.contains(&field) {
        return match t.to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => Value::Bool(true),
            "false" | "0" | "no" => Value::Bool(false),
            _ => Value::String(t.to_string()),
        };
    }
    if field == "cost_by_year_oku" {
        return Value::Array(t.split('/').map(|c| Value::String(c.trim().to_string())).collect());
    }
    Value::String(t.to_string())
}

/// The projects of a CSV text as JSON objects (empty cells are left out, so defaults apply).
pub fn projects_from_csv(text: &str) -> Result<Vec<Value>, InputError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().flexible(false).trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| {
            InputError::single(
                "",
                format!("CSVの見出し行を読めません: {e}"),
                format!("cannot read the CSV header row: {e}"),
            )
        })?
        .clone();
    if !headers.iter().any(|h| h == "kind") {
        return Err(no_kind_column(&headers));
    }
    let mut out = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let row = row.map_err(|e| {
            InputError::single(
                format!("csv row {}", i + 2),
                format!("CSVの{}行目を読めません: {e}", i + 2),
                format!("cannot read CSV line {}: {e}", i + 2),
            )
        })?;
        let mut obj = Map::new();
        for (h, v) in headers.iter().zip(row.iter()) {
            if !v.trim().is_empty() {
                obj.insert(h.to_string(), cell(h, v));
            }
        }
        if !obj.is_empty() {
            out.push(Value::Object(obj));
        }
    }
    if out.is_empty() {
        return Err(InputError::single(
            "",
            "CSVに事業の行がありません（見出し行の下に1行に1事業を書きます）",
            "the CSV has no project rows (one project per line below the header row)",
        ));
    }
    Ok(out)
}

/// The header has no `kind` column: an empty file, another kind of file, or a wrong encoding.
fn no_kind_column(headers: &csv::StringRecord) -> InputError {
    if headers.iter().all(|h| h.is_empty()) {
        return InputError::single("", "CSVファイルが空です", "the CSV file is empty");
    }
    let joined = headers.iter().collect::<Vec<_>>().join(", ");
    let mut seen: String = joined.chars().take(80).collect();
    if seen.len() < joined.len() {
        seen.push('…');
    }
    InputError::single(
        "",
        format!("CSVの見出し行に kind の列がありません（見出し: {seen}）"),
        format!("the CSV header row has no kind column (header: {seen})"),
    )
}

/// A whole scenario from a CSV of projects and the scenario-level options.
pub fn scenario_from_csv(text: &str, o: &Options) -> Result<Scenario, InputError> {
    let projects = projects_from_csv(text)?;
    let mut obj = Map::new();
    obj.insert("version".into(), Value::from(1));
    obj.insert("municipality".into(), Value::String(o.municipality.clone()));
    obj.insert("guidelines_as_caps".into(), Value::Bool(o.guidelines_as_caps));
    if let Some(fy) = o.first_fiscal_year {
        obj.insert("first_fiscal_year".into(), Value::from(fy));
    }
    obj.insert("non_recipient".into(), Value::Bool(o.non_recipient));
    obj.insert("projects".into(), Value::Array(projects));
    Scenario::from_json(&Value::Object(obj))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_csv_with_bom_and_quoted_names_becomes_projects() {
        let text = "\u{feff}kind,annual_cost_oku,years,start_year,infra_sector,name\nsoft,3.5,3,,,\"観光DX, 第2期\"\ninfra,4,2,2,road,\n";
        let o = Options {
            municipality: "municipality".into(),
            guidelines_as_caps: true,
            first_fiscal_year: None,
            non_recipient: false,
        };
        let s = scenario_from_csv(text, &o).unwrap();
        assert_eq!(s.projects.len(), 2);
        assert_eq!(s.projects[0].name, "観光DX, 第2期");
        assert_eq!(s.projects[1].start_year, 2);
    }

    fn options() -> Options {
        Options {
            municipality: "municipality".into(),
            guidelines_as_caps: true,
            first_fiscal_year: None,
            non_recipient: false,
        }
    }

    fn message(text: &str) -> (String, String) {
        let e = scenario_from_csv(text, &options()).unwrap_err();
        (e.errors[0].message_ja.clone(), e.errors[0].message_en.clone())
    }

    #[test]
    fn empty_header_only_and_kindless_files_are_refused_in_both_languages() {
        assert_eq!(message(""), ("CSVファイルが空です".into(), "the CSV file is empty".into()));
        assert_eq!(message("\u{feff}\r\n").1, "the CSV file is empty");
        assert!(message("kind,annual_cost_oku,years\n").0.contains("事業の行がありません"));
        assert!(message("kind,annual_cost_oku,years\r\n,,\r\n").1.contains("no project rows"));
        let (ja, en) = message("name,cost\nA,1\n");
        assert!(ja.contains("kind の列がありません") && ja.contains("name, cost"), "{ja}");
        assert!(en.contains("no kind column"), "{en}");
    }

    #[test]
    fn a_bad_cell_is_named_by_its_project_path() {
        let o = Options {
            municipality: "municipality".into(),
            guidelines_as_caps: true,
            first_fiscal_year: None,
            non_recipient: false,
        };
        let e = scenario_from_csv("kind,annual_cost_oku,years\nsoft,1,0\n", &o).unwrap_err();
        assert_eq!(e.errors[0].path, "projects[0].years");
    }
}
