//! The 1.0 / 2.0 comparison as CSV for Excel: UTF-8 with BOM, CRLF, one row per project and a totals
//! row, each computed figure twice (as the page shows it, rounded to 0.01 億円, and the exact value),
//! then the per-year table and, when 1.0 is incomplete, the mark that its figures are an upper
//! estimate. No cell can start a formula, and the file is named after the scenario and the day.

use crate::costs::texts as ct;
use kofukin::engine::money::{canonical, parse_plain_decimal, Yen};
use kofukin::engine::outcome::{Layers, Outcome, RuleSetOutcome};
use kofukin::engine::scenario::Scenario;
use kofukin::engine::text::{Lang, Text};
use rust_decimal::{Decimal, RoundingStrategy};
use std::borrow::Cow;

/// The byte-order mark Excel needs to read UTF-8.
pub const BOM: &str = "\u{feff}";

/// A cell Excel would read as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first) gets a
/// leading `'`, so it is shown as text; a number such as `-1.5` stays a number.
pub fn safe_cell(text: &str) -> Cow<'_, str> {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && parse_plain_decimal(text).is_err() {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// 億円 as the page shows it: rounded half away from zero to 0.01, no thousands separators (Excel
/// reads it as a number).
pub fn shown(d: Decimal) -> String {
    format!("{:.2}", d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
}

/// A figure's two cells: as shown, and exact.
fn pair(y: Yen) -> [String; 2] {
    [shown(y.to_oku()), y.to_string()]
}

/// The figure columns of one rule set (status first, then each figure as shown and exact).
const FIGURES: [Text; 8] = [
    ct::CSV_RULE_COST,
    ct::CSV_NATIONAL,
    ct::CSV_LOCAL,
    ct::CSV_LAYER_DONATION,
    ct::CSV_ORDINARY,
    ct::CSV_SPECIAL,
    ct::CSV_BOND,
    ct::CSV_REMAINING,
];

fn rule_columns(lang: Lang, label: &str) -> Vec<String> {
    let mut v = vec![format!("{label} {}", ct::CSV_STATUS.get(lang))];
    for c in FIGURES {
        v.push(format!("{label} {}", c.get(lang)));
        v.push(format!("{label} {}", ct::csv_exact(&c).get(lang)));
    }
    v
}

fn figure_cells(cost: Yen, national: Yen, local: Yen, l: &Layers) -> Vec<String> {
    [
        cost,
        national,
        local,
        l.donation_oku,
        l.ordinary_allocation_tax_oku,
        l.special_allocation_tax_oku,
        l.bond_oku,
        l.remaining_local_oku,
    ]
    .into_iter()
    .flat_map(pair)
    .collect()
}

/// The rows of the file, before they are written.
fn rows(lang: Lang, s: &Scenario, o: &Outcome) -> Vec<Vec<String>> {
    let (g1, g2) = (&o.rule_sets.gen1, &o.rule_sets.gen2);
    let say = |t: Text| t.get(lang).to_owned();
    let fy = s.first_fiscal_year;
    let mut out = Vec::new();

    let mut header: Vec<String> =
        [ct::CSV_NO, ct::CSV_NAME, ct::CSV_KIND, ct::CSV_START, ct::CSV_YEARS, ct::CSV_COST, ct::CSV_DONATION]
            .into_iter()
            .map(say)
            .collect();
    header.extend(rule_columns(lang, "1.0"));
    header.extend(rule_columns(lang, "2.0"));
    let width = header.len();
    out.push(header);

    let rule_cells = |r: &RuleSetOutcome, i: usize| -> Vec<String> {
        match r.projects.get(i) {
            Some(p) => {
                let mut v = vec![say(p.status.label())];
                v.extend(figure_cells(p.cost_oku, p.national_oku, p.local_oku, &p.layers));
                v
            }
            None => vec![String::new(); 1 + 2 * FIGURES.len()],
        }
    };
    for (i, p) in s.projects.iter().enumerate() {
        let mut row = vec![
            (i + 1).to_string(),
            p.name.clone(),
            say(p.kind.label()),
            say(ct::start_option(p.start_year, fy)),
            p.years.to_string(),
            canonical(p.total_cost_oku()),
            canonical(p.donation_oku),
        ];
        row.extend(rule_cells(g1, i));
        row.extend(rule_cells(g2, i));
        out.push(row);
    }
    let total_cost: Decimal = s.projects.iter().map(|p| p.total_cost_oku()).sum();
    let total_donation: Decimal = s.projects.iter().map(|p| p.donation_oku).sum();
    let mut total = vec![say(ct::CSV_TOTAL), String::new(), String::new(), String::new(), String::new()];
    total.extend([canonical(total_cost), canonical(total_donation)]);
    for r in [g1, g2] {
        total.push(if r.complete { String::new() } else { say(ct::CSV_UPPER_ESTIMATE) });
        total.extend(figure_cells(r.total_cost_oku, r.total_national_oku, r.total_local_oku, &r.layers));
    }
    out.push(total);

    if !g1.complete {
        out.push(Vec::new());
        out.push(vec![say(ct::CSV_UPPER_NOTE)]);
    }
    out.push(Vec::new());
    out.extend(year_rows(lang, s, g1, g2));
    // Every row as wide as the header, so that Excel and CSV readers see one rectangle.
    for row in &mut out {
        row.resize(width, String::new());
    }
    out
}

/// The per-year table: each scenario year (with its fiscal year when known), the cost, the national
/// share of each rule set and the local share of each.
fn year_rows(lang: Lang, s: &Scenario, g1: &RuleSetOutcome, g2: &RuleSetOutcome) -> Vec<Vec<String>> {
    let say = |t: Text| t.get(lang).to_owned();
    let national_1 = if g1.complete { ct::CSV_NATIONAL } else { ct::CSV_NATIONAL_UPPER };
    let mut header = vec![say(ct::CSV_YEAR), say(ct::CSV_COST), say(ct::csv_exact(&ct::CSV_COST))];
    for (label, t) in [("1.0", national_1), ("2.0", ct::CSV_NATIONAL), ("1.0", ct::CSV_LOCAL), ("2.0", ct::CSV_LOCAL)] {
        header.push(format!("{label} {}", t.get(lang)));
        header.push(format!("{label} {}", ct::csv_exact(&t).get(lang)));
    }
    let mut out = vec![vec![say(ct::CSV_BY_YEAR)], header];
    for year in 1..=s.last_year() {
        let cost: Decimal =
            s.projects.iter().filter(|p| p.runs_in(year)).map(|p| p.cost_in_year((year - p.start_year) as usize)).sum();
        let find =
            |r: &RuleSetOutcome| r.by_year.iter().find(|t| t.year == year).map(|t| (t.national_oku, t.local_oku));
        let (n1, l1) = find(g1).unwrap_or((Yen::ZERO, Yen::ZERO));
        let (n2, l2) = find(g2).unwrap_or((Yen::ZERO, Yen::ZERO));
        let mut row = vec![say(ct::start_option(year, s.first_fiscal_year)), shown(cost), canonical(cost)];
        for y in [n1, n2, l1, l2] {
            row.extend(pair(y));
        }
        out.push(row);
    }
    out
}

/// The comparison as CSV text, starting with the BOM; rows end with CRLF (Excel's own line end).
pub fn comparison_csv(lang: Lang, s: &Scenario, o: &Outcome) -> String {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).flexible(true).from_writer(Vec::new());
    for row in rows(lang, s, o) {
        let _ = w.write_record(row.iter().map(|c| safe_cell(c).into_owned()));
    }
    let body = w.into_inner().map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
    format!("{BOM}{body}")
}

/// A file name part made of safe characters: letters and digits of any script, `-`, `_` and `.`;
/// anything else (spaces, `/ \ : * ? " < > |`, controls) becomes `_`, at most 40 characters.
fn safe_name(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars().take(40) {
        let c = if c.is_alphanumeric() || matches!(c, '-' | '.' | 'ー') { c } else { '_' };
        if !(c == '_' && out.ends_with('_')) {
            out.push(c);
        }
    }
    out.trim_matches(['_', '.', '-']).to_string()
}

/// The comparison file's name: `kofukin-<name>-<date>.csv` with the first usable name offered (the
/// name the scenario is saved under, then the first project's), else `kofukin-comparison-<date>.csv`.
pub fn comparison_file_name(names: &[&str], date: &str) -> String {
    let name = names.iter().map(|n| safe_name(n)).find(|n| !n.is_empty()).unwrap_or_else(|| "comparison".into());
    format!("kofukin-{name}-{}.csv", safe_name(date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::starter_scenario;
    use kofukin::engine::simulate;

    fn lines(text: &str) -> Vec<String> {
        text.trim_start_matches('\u{feff}').split("\r\n").map(str::to_string).collect()
    }

    #[test]
    fn formula_cells_get_a_quote_and_negative_numbers_stay_numbers() {
        assert_eq!(safe_cell("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
        assert_eq!(safe_cell("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
        assert_eq!(safe_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe_cell("\tx"), "'\tx");
        assert_eq!(safe_cell("\rx"), "'\rx");
        assert_eq!(safe_cell("-x"), "'-x");
        assert_eq!(safe_cell("-1.5"), "-1.5");
        assert_eq!(safe_cell("観光DX"), "観光DX");
        let mut s = starter_scenario();
        s.projects[0].name = "=HYPERLINK(\"http://x\")".into();
        s.projects[1].name = "+cmd|' /C calc'!A0".into();
        let text = comparison_csv(Lang::Ja, &s, &simulate(&s));
        let l = lines(&text);
        assert!(l[1].starts_with("1,\"'=HYPERLINK(\"\"http://x\"\")\","), "{}", l[1]);
        assert!(l[2].starts_with("2,'+cmd|' /C calc'!A0,"), "{}", l[2]);
    }

    #[test]
    fn each_figure_is_written_as_shown_and_exact() {
        assert_eq!(shown(Decimal::new(7425, 3)), "7.43");
        assert_eq!(shown(Decimal::new(-5, 3)), "-0.01");
        assert_eq!(shown(Decimal::from(5)), "5.00");
        let mut s = starter_scenario();
        s.projects[0].name = "観光DX, 第2期".into();
        let o = simulate(&s);
        let l = lines(&comparison_csv(Lang::Ja, &s, &o));
        let header: Vec<&str> = l[0].split(',').collect();
        assert!(l[0].starts_with("順位,事業名,種類,開始年度,事業年数,事業費（億円）,寄附見込み（億円）,1.0 状態,"));
        let col = |name: &str| header.iter().position(|h| *h == name).unwrap_or(usize::MAX);
        let total: Vec<&str> = l[5].split(',').collect();
        assert_eq!(total[0], "合計");
        let exact = o.rule_sets.gen2.total_national_oku.to_string();
        assert_eq!(total[col("2.0 国費（億円・正確な値）")], exact);
        assert_eq!(total[col("2.0 国費（億円）")], shown(o.rule_sets.gen2.total_national_oku.to_oku()));
        assert!(l[1].starts_with("1,\"観光DX, 第2期\",ソフト事業,1年目,3,4.5,0,対象,4.50,4.5,"), "{}", l[1]);
        let en = comparison_csv(Lang::En, &s, &o);
        assert!(en.contains("1.0 National share (oku yen)") && en.contains("exact"));
    }

    #[test]
    fn the_per_year_table_and_the_upper_estimate_mark() {
        let mut s = starter_scenario();
        s.first_fiscal_year = Some(2026);
        let o = simulate(&s);
        let text = comparison_csv(Lang::Ja, &s, &o);
        let l = lines(&text);
        let at = l.iter().position(|x| x.starts_with("年度別")).unwrap_or(usize::MAX);
        assert!(l[at + 1].starts_with("年度,事業費（億円）,事業費（億円・正確な値）,1.0 国費"), "{}", l[at + 1]);
        assert!(l[at + 2].starts_with("1年目（令和8年度）,"), "{}", l[at + 2]);
        assert_eq!(l.iter().filter(|x| x.contains("年目（令和")).count(), s.last_year() as usize + s.projects.len());
        let g2 = &o.rule_sets.gen2.by_year[0];
        assert!(l[at + 2].contains(&format!(",{},", g2.national_oku)), "{}", l[at + 2]);
        assert!(!o.rule_sets.gen1.complete, "the starter's 1.0 has unpublished caps");
        assert!(text.contains("上限の見込み"));
        assert!(l[at + 1].contains("1.0 国費（億円・上限の見込み）"));
        let widths: Vec<usize> = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes())
            .records()
            .flatten()
            .map(|r| r.len())
            .collect();
        assert!(widths.windows(2).all(|w| w[0] == w[1]), "{widths:?}");
    }

    #[test]
    fn the_file_name_carries_the_scenario_name_and_the_date() {
        assert_eq!(comparison_file_name(&["観光DX"], "2026-11-30"), "kofukin-観光DX-2026-11-30.csv");
        assert_eq!(comparison_file_name(&["", "  a/b:c*? "], "2026-11-30"), "kofukin-a_b_c-2026-11-30.csv");
        assert_eq!(comparison_file_name(&["../..", ""], "2026-11-30"), "kofukin-comparison-2026-11-30.csv");
        assert_eq!(comparison_file_name(&[], "2026-11-30"), "kofukin-comparison-2026-11-30.csv");
        let long = "あ".repeat(100);
        assert_eq!(comparison_file_name(&[&long], "d").chars().count(), "kofukin--d.csv".len() + 40);
    }
}
