//! The cost views' texts in both languages: the project editor, the local-share layers, saved
//! scenarios, files and the comparison CSV. Engine names (kinds, rounds, sectors, bonds, statuses)
//! come from the engine's `label()`.

use crate::texts::reiwa;
use kofukin::engine::text::Text;

// Project editor
pub const EDITOR_HEADING: Text = Text::new("事業の一覧と編集", "Projects");
pub const EDITOR_INTRO: Text = Text::new(
    "上にある事業ほど優先順位が高く、上限を分け合うときは上の事業から配分されます（計算のしかた、手順5）。スライダーと同じシナリオを編集します。",
    "Projects higher in the list have priority: where projects share a cap, the earlier ones are served first (How it computes, step 5). This edits the same scenario as the sliders.",
);
/// The add button's accessible name (the browser tests select by it).
pub const ADD: Text = Text::new("事業を追加", "Add project");
pub const ADD_KIND: Text = Text::new("追加する事業の種類", "Kind of project to add");
pub const NAME: Text = Text::new("事業名", "Name");
pub const KIND: Text = Text::new("種類", "Kind");
pub const COST_ANNUAL: Text = Text::new("年間事業費（億円）", "Annual cost (100 million yen)");
pub const COST_PER_YEAR: Text = Text::new("年度ごとに事業費を入力する", "Enter the cost of each year");
pub fn cost_year(y: u32) -> Text {
    Text::owned(format!("{y}年目の事業費（億円）"), format!("Cost in year {y} (100 million yen)"))
}
pub const YEARS: Text = Text::new("事業年数", "Years");
/// A project's start within the plan (「開始年度」 names the first fiscal year of the whole scenario).
pub const START: Text = Text::new("開始時期", "Starts in");
/// A start-year option: 「2年目（令和8年度）」 / "Year 2 (FY2026)" when the first fiscal year is known.
pub fn start_option(y: u32, fy: Option<u32>) -> Text {
    match fy {
        Some(f) => Text::owned(format!("{y}年目（{}）", reiwa(f + y - 1)), format!("Year {y} (FY{})", f + y - 1)),
        None => Text::owned(format!("{y}年目"), format!("Year {y}")),
    }
}
pub fn years_option(y: u32) -> Text {
    Text::owned(format!("{y}年"), if y == 1 { "1 year".to_string() } else { format!("{y} years") })
}
pub const ROUND: Text = Text::new("予算", "Budget");
pub const SECTOR: Text = Text::new("分野", "Sector");
pub const OUTSIDE_CAP: Text = Text::new("枠外の申請枠を使う（2.0）", "Use an extra application slot (2.0)");
pub const DONATION_OKU: Text =
    Text::new("企業版ふるさと納税の寄附見込み（億円）", "Expected corporate donation (100 million yen)");
pub const DONATION_HELP: Text = Text::new(
    "事業期間の合計。地方負担の一部を賄う額として別に示し、国費には含めません。",
    "Over the plan period. Shown as its own layer of the local share, never in the national share.",
);
pub const DONATION_CONDITIONS: Text = Text::new(
    "条件：寄附は1回10万円以上、適用期限は令和９年度末、本社所在地の自治体への寄附は対象外。",
    "Conditions: at least 100,000 yen per donation; the scheme ends at the end of fiscal 2027; donations to the municipality of the company's head office do not qualify.",
);
pub const DONATION_LINK: Text = Text::new("企業の実質負担を計算する", "What the donation costs the company");
pub const DONATION_BELOW_MINIMUM: Text = Text::new(
    "寄附は1回10万円（0.001億円）以上が対象です。",
    "A donation must be at least 100,000 yen (0.001 oku yen).",
);
pub const BOND: Text = Text::new("地方債", "Local bond");
pub const BOND_HELP: Text = Text::new(
    "地方債は借入れ（返済が必要）です。負担が減るのは交付税措置の分だけです。",
    "A bond is borrowing (to be repaid); only its allocation-tax measure reduces the burden.",
);
pub const MOVE_UP: Text = Text::new("上へ", "Up");
pub const MOVE_DOWN: Text = Text::new("下へ", "Down");
pub const DUPLICATE: Text = Text::new("複製", "Duplicate");
pub const REMOVE: Text = Text::new("削除", "Remove");
pub fn move_up_name(n: usize) -> Text {
    Text::owned(format!("事業{n}を上へ移動"), format!("Move project {n} up"))
}
pub fn move_down_name(n: usize) -> Text {
    Text::owned(format!("事業{n}を下へ移動"), format!("Move project {n} down"))
}
pub fn duplicate_name(n: usize) -> Text {
    Text::owned(format!("事業{n}を複製"), format!("Duplicate project {n}"))
}
pub fn remove_name(n: usize) -> Text {
    Text::owned(format!("事業{n}を削除"), format!("Remove project {n}"))
}
pub fn moved(from: usize, to: usize) -> Text {
    Text::owned(format!("事業{from}を{to}番目に移動しました。"), format!("Project {from} moved to position {to}."))
}
pub fn removed(n: usize) -> Text {
    Text::owned(format!("事業{n}を削除しました。"), format!("Project {n} removed."))
}
pub fn added(n: usize) -> Text {
    Text::owned(format!("事業{n}を追加しました。"), format!("Project {n} added."))
}
pub const MAX_PROJECTS: Text = Text::new("事業は100件までです。", "At most 100 projects.");
pub const EDITOR_EMPTY: Text =
    Text::new("事業がありません。「事業を追加」で追加できます。", "No projects. Use “Add project” to add one.");
pub const PROJECT_RESULT: Text = Text::new("この事業の国費", "National share of this project");
pub const PRINT_PROJECTS: Text = Text::new("事業の一覧", "Projects");
pub const COL_NO: Text = Text::new("順位", "Priority");
pub const COL_START: Text = Text::new("開始", "Start");
pub const COL_YEARS: Text = Text::new("年数", "Years");
pub const COL_COST: Text = Text::new("事業費（億円）", "Cost (100 million yen)");
pub const COL_DONATION: Text = Text::new("寄附見込み（億円）", "Donation (100 million yen)");
pub const COL_BOND: Text = Text::new("地方債", "Bond");
pub const COL_DETAILS: Text = Text::new("その他", "Other");
/// The budget round in the printed list.
pub fn round_short(supplementary: bool) -> Text {
    if supplementary {
        Text::new("補正", "supplementary")
    } else {
        Text::new("当初", "initial")
    }
}
pub const OUTSIDE_SHORT: Text = Text::new("枠外", "extra slot");

// Local-share layers
pub const LAYERS_HEADING: Text =
    Text::new("地方負担の内訳（地方財政措置と寄附）", "The local share after local-finance measures and donations");
/// The name of a column's layers table: 「地方負担の内訳（1.0）」.
pub fn layers_table_name(rule_set: &str) -> Text {
    Text::owned(format!("地方負担の内訳（{rule_set}）"), format!("Local share after measures ({rule_set})"))
}
/// The name of a project's layers table: 「事業3の負担の内訳」.
pub fn project_layers_name(n: usize) -> Text {
    Text::owned(format!("事業{n}の負担の内訳"), format!("Cost shares of project {n}"))
}
pub const LAYER_NATIONAL: Text = Text::new("国費", "National share");
pub const LAYER_DONATION: Text = Text::new("企業版ふるさと納税（寄附）", "Corporate donation");
pub const LAYER_ORDINARY: Text = Text::new("交付税措置（普通交付税）", "Allocation tax (ordinary)");
pub const LAYER_SPECIAL: Text = Text::new("交付税措置（特別交付税）", "Allocation tax (special)");
pub const LAYER_REMAINING: Text = Text::new("実質的な地方負担", "Remaining local burden");
pub const LAYER_BOND: Text = Text::new("地方債（財源・返済あり）", "Local bond (financing, repaid)");
pub const LAYER_COST: Text = Text::new("事業費", "Project cost");
/// The stacked bar's text alternative; the amounts are already in the page's language.
pub fn layers_alt(nat: &Text, don: &Text, ord: &Text, spe: &Text, rem: &Text, bond: &Text) -> Text {
    Text::owned(
        format!(
            "事業費の内訳の帯グラフ。国費 {}、寄附 {}、普通交付税による措置 {}、特別交付税による措置 {}、実質的な地方負担 {}。地方債 {} は財源として別に示しています。",
            nat.ja, don.ja, ord.ja, spe.ja, rem.ja, bond.ja
        ),
        format!(
            "Stacked bar of the project cost: national share {}, donation {}, ordinary allocation tax {}, special allocation tax {}, remaining local burden {}. The local bond of {} is financing and shown separately.",
            nat.en, don.en, ord.en, spe.en, rem.en, bond.en
        ),
    )
}
pub const LAYERS_EMPTY: Text = Text::new("この制度で試算できる事業がありません。", "No project this rule set models.");
pub const BOND_NOTE: Text = Text::new(
    "地方債は財源（借入れ）で、返済が必要なため内訳の帯には含めていません。交付税措置はその元金分のみ計上しています。",
    "A local bond is financing (borrowed and repaid), so it is not part of the bar; only the allocation-tax measure on its principal is counted.",
);
pub const GEN1_MEASURE: Text = Text::new(
    "1.0 ソフト事業：「１/２の地方負担については、地方財政措置を講じる」（普通交付税・特別交付税で約半分ずつと読んでいます）。",
    "1.0 soft projects: 「１/２の地方負担については、地方財政措置を講じる」 (read as about half through ordinary and half through special allocation tax).",
);
pub const GEN1_MEASURE_NOTE: Text = Text::new(
    "交付税措置は交付税の算定に算入される額で、その年度の現金収入ではありません。",
    "The measure is counted in the allocation-tax calculation; it is not cash in the project's year.",
);
pub const GEN2_MEASURE: Text = Text::new(
    "2.0 の地方負担への地方財政措置：公表資料で確認できないため計上していません",
    "Local-finance measure on the 2.0 local share: not confirmed in published sources, so not counted",
);
pub const LAYERS_PER_PROJECT: Text = Text::new("この事業の地方負担の内訳", "Where this project's cost goes");

// Digital types
pub const DIGITAL_HEADING: Text = Text::new("デジタル実装型", "Digital implementation types");
pub const DIGITAL_CAP: Text = Text::new("上限", "Cap");
pub const DIGITAL_RATE: Text = Text::new("補助率", "Rate");
pub const DIGITAL_REQUESTED: Text = Text::new("申請額（事業費×補助率）", "Requested (cost × rate)");
pub const DIGITAL_GRANTED: Text = Text::new("国費", "National share");
pub const DIGITAL_PERIOD: Text = Text::new("単年度に限り支援", "single fiscal year only");

// Saved scenarios, import, export
pub const SAVED_HEADING: Text = Text::new("シナリオの保存と書き出し", "Save and export");
pub const SAVE_NAME: Text = Text::new("保存名", "Name to save under");
pub const SAVE: Text = Text::new("ブラウザーに保存", "Save in this browser");
pub const SAVED_LIST: Text = Text::new("保存したシナリオ", "Saved scenarios");
pub const NO_SAVED: Text = Text::new("保存したシナリオはありません。", "No saved scenarios.");
pub const LOAD: Text = Text::new("読み込む", "Load");
pub const DELETE: Text = Text::new("削除", "Delete");
pub fn load_name(n: &str) -> Text {
    Text::owned(format!("「{n}」を読み込む"), format!("Load “{n}”"))
}
pub fn delete_name(n: &str) -> Text {
    Text::owned(format!("「{n}」を削除"), format!("Delete “{n}”"))
}
pub fn saved_line(n: usize, at: &str) -> Text {
    let at = crate::texts::datetime_label(at);
    Text::owned(format!("事業 {n} 件・{}", at.ja), format!("{n} projects · {}", at.en))
}
pub const STORAGE_BLOCKED: Text = Text::new(
    "このブラウザーでは保存領域（localStorage）が使えないため、ブラウザーへの保存はできません。「JSONで保存」でファイルに保存できます。",
    "This browser does not allow local storage here, so scenarios cannot be saved in the browser. Use “Save as JSON” to save a file.",
);
pub fn saved_ok(n: &str) -> Text {
    Text::owned(format!("「{n}」を保存しました。"), format!("Saved “{n}”."))
}
pub fn overwritten(n: &str) -> Text {
    Text::owned(format!("「{n}」を上書き保存しました。"), format!("Replaced “{n}”."))
}
pub const SAVE_FAILED: Text = Text::new(
    "保存できませんでした（保存領域がいっぱいか、使えません）。",
    "Could not save (storage is full or not available).",
);
pub fn loaded(n: &str) -> Text {
    Text::owned(format!("「{n}」を読み込みました。"), format!("Loaded “{n}”."))
}
pub fn deleted(n: &str) -> Text {
    Text::owned(format!("「{n}」を削除しました。"), format!("Deleted “{n}”."))
}
pub fn load_failed(n: &str) -> Text {
    Text::owned(
        format!("「{n}」は壊れているため読み込めませんでした。シナリオは変更していません。"),
        format!("“{n}” is damaged and could not be loaded; the scenario is unchanged."),
    )
}
pub fn default_name(n: usize) -> Text {
    Text::owned(format!("シナリオ{n}"), format!("Scenario {n}"))
}
pub const EXPORT_HEADING: Text = Text::new("ファイル", "Files");
/// The file buttons' accessible names (the browser tests select by them).
pub const EXPORT_JSON: Text = Text::new("JSONで保存", "Save as JSON");
pub const EXPORT_CSV: Text = Text::new("CSVで保存", "Save as CSV");
pub const PRINT: Text = Text::new("印刷", "Print");
pub const EXPORT_HELP: Text = Text::new(
    "JSON はこの試算にそのまま読み込めます。CSV は 1.0 と 2.0 の比較表です（Excel で開けます）。",
    "The JSON file can be loaded back here. The CSV file is the 1.0 / 2.0 comparison (opens in Excel).",
);
pub const IMPORT_JSON: Text = Text::new("JSONファイルを読み込む", "Load a JSON file");
pub const IMPORT_CSV: Text = Text::new("CSVファイル（事業の一覧）を読み込む", "Load a CSV file (project list)");
pub const IMPORT_HELP: Text = Text::new(
    "CSV は見出し行に kind, annual_cost_oku, years などの項目名を書き、1行に1事業です。",
    "CSV: a header row with the field names (kind, annual_cost_oku, years, …), one project per line.",
);
pub fn imported(f: &str, n: usize) -> Text {
    Text::owned(format!("「{f}」を読み込みました（事業 {n} 件）。"), format!("Loaded “{f}” ({n} projects)."))
}
pub fn import_failed(f: &str) -> Text {
    Text::owned(
        format!("「{f}」を読み込めませんでした。シナリオは変更していません。"),
        format!("Could not load “{f}”; the scenario is unchanged."),
    )
}
pub fn unknown_fields(f: &str) -> Text {
    Text::owned(format!("知らない項目は無視しました: {f}"), format!("Unknown fields were ignored: {f}"))
}
/// A file the browser could not read (both languages are shown).
pub fn unreadable_file(e: &str) -> Text {
    Text::owned(format!("ファイルを読めません: {e}"), format!("cannot read the file: {e}"))
}

// The comparison CSV
pub const CSV_NO: Text = Text::new("順位", "Priority");
pub const CSV_NAME: Text = Text::new("事業名", "Name");
pub const CSV_KIND: Text = Text::new("種類", "Kind");
pub const CSV_START: Text = Text::new("開始年度", "Start year");
pub const CSV_YEARS: Text = Text::new("事業年数", "Years");
pub const CSV_COST: Text = Text::new("事業費（億円）", "Cost (oku yen)");
pub const CSV_DONATION: Text = Text::new("寄附見込み（億円）", "Expected donation (oku yen)");
pub const CSV_STATUS: Text = Text::new("状態", "Status");
pub const CSV_RULE_COST: Text = Text::new("対象事業費（億円）", "Cost modelled (oku yen)");
pub const CSV_NATIONAL: Text = Text::new("国費（億円）", "National share (oku yen)");
pub const CSV_LOCAL: Text = Text::new("地方負担（億円）", "Local share (oku yen)");
pub const CSV_LAYER_DONATION: Text = Text::new("寄附（億円）", "Donation (oku yen)");
pub const CSV_ORDINARY: Text = Text::new("普通交付税措置（億円）", "Ordinary allocation tax (oku yen)");
pub const CSV_SPECIAL: Text = Text::new("特別交付税措置（億円）", "Special allocation tax (oku yen)");
pub const CSV_BOND: Text = Text::new("地方債（億円）", "Local bond (oku yen)");
pub const CSV_REMAINING: Text = Text::new("実質的な地方負担（億円）", "Remaining local burden (oku yen)");
pub const CSV_TOTAL: Text = Text::new("合計", "Total");

// Files in and out: the comparison CSV's exact values, per-year table and upper-estimate mark; the
// checks of an imported file; the saved list's damaged entries, backup and full storage.
/// A figure column's exact twin: 「国費（億円）」 → 「国費（億円・正確な値）」.
pub fn csv_exact(t: &Text) -> Text {
    let ja =
        t.ja.strip_suffix('）').map(|s| format!("{s}・正確な値）")).unwrap_or_else(|| format!("{}（正確な値）", t.ja));
    let en = t.en.strip_suffix(')').map(|s| format!("{s}, exact)")).unwrap_or_else(|| format!("{} (exact)", t.en));
    Text::owned(ja, en)
}
pub const CSV_NATIONAL_UPPER: Text =
    Text::new("国費（億円・上限の見込み）", "National share (oku yen, upper estimate)");
pub const CSV_UPPER_ESTIMATE: Text = Text::new("上限の見込み", "Upper estimate");
pub const CSV_UPPER_NOTE: Text = Text::new(
    "※ 1.0 の国費は、公表資料で確認できない上限を適用せずに計算した値です（上限の見込み）。",
    "* The 1.0 national share is computed without the caps not confirmed in published sources: an upper estimate.",
);
pub const CSV_BY_YEAR: Text = Text::new("年度別", "By year");
pub const CSV_YEAR: Text = Text::new("年度", "Year");
/// A file over the size limit, refused before it is read.
pub fn file_too_large(size: u64, limit: u64) -> Text {
    // Megabytes to one decimal place, rounded down, with integers (no float formatting in the wasm).
    let mb = |n: u64| {
        let tenths = n * 10 / 1_048_576;
        format!("{}.{}", tenths / 10, tenths % 10)
    };
    Text::owned(
        format!("ファイルが大きすぎます（{} MB）。読み込めるのは {} MB までです。", mb(size), mb(limit)),
        format!("The file is too large ({} MB); at most {} MB can be loaded.", mb(size), mb(limit)),
    )
}
pub const FILE_ENCODING: Text = Text::new(
    "文字コードを読み取れません。UTF-8 か Shift_JIS（Excel の「CSV（コンマ区切り）」）で保存したファイルを選んでください。",
    "The text encoding is not supported: save the file as UTF-8 or Shift_JIS (Excel’s “CSV (Comma delimited)”).",
);
/// Saved entries that cannot be read: not shown, kept as they are in the stored list.
pub fn saved_skipped(names: &Text) -> Text {
    Text::owned(
        format!("保存したシナリオのうち{}は壊れているため表示していません（データは消さずに残しています）。", names.ja),
        format!("Saved scenario {} is damaged and not shown (its data is kept as it is).", names.en),
    )
}
pub const SAVED_UNREADABLE: Text =
    Text::new("保存したシナリオのデータを読み取れません。", "The saved scenarios cannot be read.");
/// Where the damaged data was copied before the list is written again.
pub fn saved_backed_up(key: &str) -> Text {
    Text::owned(
        format!("元のデータの控えを「{key}」に残しました。"),
        format!("A copy of the original data is kept under “{key}”."),
    )
}
pub const SAVED_UNREADABLE_NO_BACKUP: Text = Text::new(
    "保存したシナリオのデータを読み取れず、控えも作れないため、上書きしないよう保存を止めています。",
    "The saved scenarios cannot be read and no backup could be made, so saving is off to avoid overwriting them.",
);
/// A saved entry without a usable name, by its position in the list.
pub fn saved_entry_at(n: usize) -> Text {
    Text::owned(format!("{n}件目"), format!("entry {n}"))
}
pub const STORAGE_FULL: Text = Text::new(
    "ブラウザーの保存領域がいっぱいです。一覧の表示・読み込み・削除はできますが、新しい保存はできないことがあります。",
    "This browser’s storage is full: the list can be shown, loaded and deleted, but new saves may fail.",
);
pub const SAVE_FAILED_FULL: Text = Text::new(
    "保存できませんでした：ブラウザーの保存領域がいっぱいです。不要なシナリオを削除するか「JSONで保存」でファイルに保存してください。",
    "Could not save: this browser’s storage is full. Delete a saved scenario or use “Save as JSON”.",
);

#[cfg(test)]
mod tests {
    use super::*;
    use kofukin::engine::text::Lang;

    #[test]
    fn accessible_names_stay_as_the_browser_tests_use_them() {
        let both = |t: Text| (t.get(Lang::Ja).to_string(), t.get(Lang::En).to_string());
        assert_eq!(both(ADD), ("事業を追加".into(), "Add project".into()));
        assert_eq!(both(EXPORT_JSON), ("JSONで保存".into(), "Save as JSON".into()));
        assert_eq!(both(EXPORT_CSV), ("CSVで保存".into(), "Save as CSV".into()));
        assert_eq!(both(PRINT), ("印刷".into(), "Print".into()));
        assert_eq!(start_option(2, Some(2025)).get(Lang::Ja), "2年目（令和8年度）");
        assert_eq!(start_option(2, Some(2025)).get(Lang::En), "Year 2 (FY2026)");
        assert_eq!(years_option(1).get(Lang::En), "1 year");
    }
}
