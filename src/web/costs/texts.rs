//! The texts of the cost views (project editor, local-share layers, saved scenarios, the corporate
//! donation calculator), in one typed table like `i18n`: `JA` and `EN` of one struct, so the compiler
//! checks that both are complete. Accessible names follow CONTRACT §6.

use kofukin::engine::scenario::Bond;
use kofukin::engine::text::Lang;

pub struct CostTexts {
    // Views
    pub nav_donation: &'static str,

    // Project editor
    pub editor_heading: &'static str,
    pub editor_intro: &'static str,
    /// CONTRACT §6: 「事業を追加」.
    pub add: &'static str,
    pub add_kind: &'static str,
    pub project_legend: fn(usize, &str, &str) -> String,
    pub name: &'static str,
    pub kind: &'static str,
    pub cost_annual: &'static str,
    pub cost_per_year: &'static str,
    pub cost_year: fn(u32) -> String,
    pub years: &'static str,
    pub start: &'static str,
    pub start_option: fn(u32, Option<u32>) -> String,
    pub years_option: fn(u32) -> String,
    pub round: &'static str,
    pub sector: &'static str,
    pub outside_cap: &'static str,
    pub donation_oku: &'static str,
    pub donation_help: &'static str,
    pub donation_conditions: &'static str,
    pub donation_link: &'static str,
    pub donation_below_minimum: &'static str,
    pub bond: &'static str,
    pub bond_label: fn(Bond) -> &'static str,
    pub bond_help: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub duplicate: &'static str,
    pub remove: &'static str,
    pub move_up_name: fn(usize) -> String,
    pub move_down_name: fn(usize) -> String,
    pub duplicate_name: fn(usize) -> String,
    pub remove_name: fn(usize) -> String,
    pub moved: fn(usize, usize) -> String,
    pub removed: fn(usize) -> String,
    pub added: fn(usize) -> String,
    pub max_projects: &'static str,
    pub editor_empty: &'static str,
    pub typed_invalid: fn(&str) -> String,
    pub typed_clamped: fn(&str, &str) -> String,
    pub project_result: &'static str,
    pub status_ineligible: &'static str,
    pub status_not_modelled: &'static str,
    pub print_projects: &'static str,
    pub col_no: &'static str,
    pub col_name: &'static str,
    pub col_kind: &'static str,
    pub col_start: &'static str,
    pub col_years: &'static str,
    pub col_cost: &'static str,
    pub col_donation: &'static str,
    pub col_bond: &'static str,
    pub col_details: &'static str,
    pub round_short: fn(bool) -> &'static str,
    pub outside_short: &'static str,

    // Local-share layers
    pub layers_heading: &'static str,
    pub layer_national: &'static str,
    pub layer_donation: &'static str,
    pub layer_ordinary: &'static str,
    pub layer_special: &'static str,
    pub layer_remaining: &'static str,
    pub layer_bond: &'static str,
    pub layer_cost: &'static str,
    pub layers_alt: fn(&str, &str, &str, &str, &str, &str) -> String,
    pub layers_empty: &'static str,
    pub bond_note: &'static str,
    pub gen1_measure: &'static str,
    pub gen1_measure_note: &'static str,
    pub gen2_measure: &'static str,
    pub unpublished: &'static str,
    pub layers_per_project: &'static str,

    // Digital types
    pub digital_heading: &'static str,
    pub digital_cap: &'static str,
    pub digital_rate: &'static str,
    pub digital_requested: &'static str,
    pub digital_granted: &'static str,
    pub digital_period: &'static str,

    // Saved scenarios, import, export
    pub saved_heading: &'static str,
    pub save_name: &'static str,
    pub save: &'static str,
    pub saved_list: &'static str,
    pub no_saved: &'static str,
    pub load: &'static str,
    pub delete: &'static str,
    pub load_name: fn(&str) -> String,
    pub delete_name: fn(&str) -> String,
    pub saved_line: fn(usize, &str) -> String,
    pub storage_blocked: &'static str,
    pub saved_ok: fn(&str) -> String,
    pub overwritten: fn(&str) -> String,
    pub save_failed: &'static str,
    pub loaded: fn(&str) -> String,
    pub deleted: fn(&str) -> String,
    pub load_failed: fn(&str) -> String,
    pub default_name: fn(usize) -> String,
    pub export_heading: &'static str,
    /// CONTRACT §6: 「JSONで保存」「CSVで保存」「印刷」.
    pub export_json: &'static str,
    pub export_csv: &'static str,
    pub print: &'static str,
    pub export_help: &'static str,
    pub import_json: &'static str,
    pub import_csv: &'static str,
    pub import_help: &'static str,
    pub imported: fn(&str, usize) -> String,
    pub import_failed: fn(&str) -> String,
    pub unknown_fields: fn(&str) -> String,

    // CSV export
    pub csv_no: &'static str,
    pub csv_name: &'static str,
    pub csv_kind: &'static str,
    pub csv_start: &'static str,
    pub csv_years: &'static str,
    pub csv_cost: &'static str,
    pub csv_donation: &'static str,
    pub csv_status: &'static str,
    pub csv_rule_cost: &'static str,
    pub csv_national: &'static str,
    pub csv_local: &'static str,
    pub csv_layer_donation: &'static str,
    pub csv_ordinary: &'static str,
    pub csv_special: &'static str,
    pub csv_bond: &'static str,
    pub csv_remaining: &'static str,
    pub csv_total: &'static str,
    pub status_word: fn(kofukin::engine::outcome::Status) -> &'static str,
    pub kind_word: fn(kofukin::engine::scenario::Kind) -> &'static str,

    // Corporate donation calculator (CONTRACT §6–7)
    pub donation_heading: &'static str,
    pub donation_intro: &'static str,
    pub donation_yen: &'static str,
    pub resident_tax_levy_yen: &'static str,
    pub corporate_tax_yen: &'static str,
    pub enterprise_tax_yen: &'static str,
    pub deduction_rate: &'static str,
    pub deduction_help: &'static str,
    pub yen_unit: &'static str,
    pub results_heading: &'static str,
    pub resident_credit: &'static str,
    pub corporate_credit: &'static str,
    pub enterprise_credit: &'static str,
    pub deduction_benefit: &'static str,
    pub total_relief: &'static str,
    pub net_cost: &'static str,
    pub net_cost_ratio: &'static str,
    pub yen: fn(&str) -> String,
    pub ratio_text: fn(&str, &str) -> String,
    pub caps_heading: &'static str,
    pub no_cap: &'static str,
    pub bar_title: &'static str,
    pub bar_alt: fn(&str, &str, &str, &str) -> String,
    pub minimum_message: &'static str,
    pub input_problem: &'static str,
    pub conditions_heading: &'static str,
    pub condition_minimum: &'static str,
    pub condition_deadline: &'static str,
    pub condition_head_office: &'static str,
    pub condition_source: fn(&str) -> String,
    pub link_bad_value: fn(&str, &str) -> (String, String),
}

fn bond_ja(b: Bond) -> &'static str {
    match b {
        Bond::None => "なし",
        Bond::Depopulation => "過疎対策事業債",
        Bond::General => "一般補助施設整備等事業債（1.0 補正の拠点整備）",
    }
}

fn bond_en(b: Bond) -> &'static str {
    match b {
        Bond::None => "None",
        Bond::Depopulation => "Depopulation bond (過疎対策事業債)",
        Bond::General => "General facility bond (1.0 supplementary hub)",
    }
}

fn reiwa(fy: u32) -> String {
    match fy {
        2019 => "令和元年度".to_string(),
        y if y > 2019 => format!("令和{}年度", y - 2018),
        y => format!("平成{}年度", y - 1988),
    }
}

fn status_ja(s: kofukin::engine::outcome::Status) -> &'static str {
    use kofukin::engine::outcome::Status;
    match s {
        Status::Eligible => "対象",
        Status::Ineligible => "対象外",
        Status::NotModelled => "試算対象外",
    }
}

fn status_en(s: kofukin::engine::outcome::Status) -> &'static str {
    use kofukin::engine::outcome::Status;
    match s {
        Status::Eligible => "eligible",
        Status::Ineligible => "ineligible",
        Status::NotModelled => "not modelled",
    }
}

fn kind_en(k: kofukin::engine::scenario::Kind) -> &'static str {
    k.label_en()
}

fn kind_ja(k: kofukin::engine::scenario::Kind) -> &'static str {
    k.label_ja()
}

pub const JA: CostTexts = CostTexts {
    nav_donation: "企業版ふるさと納税",

    editor_heading: "事業の一覧と編集",
    editor_intro: "上にある事業ほど優先順位が高く、上限を分け合うときは上の事業から配分されます（RULES.md の手順6）。スライダーと同じシナリオを編集します。",
    add: "事業を追加",
    add_kind: "追加する事業の種類",
    project_legend: |n, kind, name| {
        if name.is_empty() {
            format!("事業{n}（{kind}）")
        } else {
            format!("事業{n}「{name}」（{kind}）")
        }
    },
    name: "事業名",
    kind: "種類",
    cost_annual: "年間事業費（億円）",
    cost_per_year: "年度ごとに事業費を入力する",
    cost_year: |y| format!("{y}年目の事業費（億円）"),
    years: "事業年数",
    start: "開始年度",
    start_option: |y, fy| match fy {
        Some(f) => format!("{y}年目（{}）", reiwa(f + y - 1)),
        None => format!("{y}年目"),
    },
    years_option: |y| format!("{y}年"),
    round: "予算",
    sector: "分野",
    outside_cap: "枠外の申請枠を使う（2.0）",
    donation_oku: "企業版ふるさと納税の寄附見込み（億円）",
    donation_help: "事業期間の合計。地方負担の一部を賄う額として別に示し、国費には含めません。",
    donation_conditions: "条件：寄附は1回10万円以上、適用期限は令和９年度末、本社所在地の自治体への寄附は対象外。",
    donation_link: "企業の実質負担を計算する",
    donation_below_minimum: "寄附は1回10万円（0.001億円）以上が対象です。",
    bond: "地方債",
    bond_label: bond_ja,
    bond_help: "地方債は借入れ（返済が必要）です。負担が減るのは交付税措置の分だけです。",
    move_up: "上へ",
    move_down: "下へ",
    duplicate: "複製",
    remove: "削除",
    move_up_name: |n| format!("事業{n}を上へ移動"),
    move_down_name: |n| format!("事業{n}を下へ移動"),
    duplicate_name: |n| format!("事業{n}を複製"),
    remove_name: |n| format!("事業{n}を削除"),
    moved: |from, to| format!("事業{from}を{to}番目に移動しました。"),
    removed: |n| format!("事業{n}を削除しました。"),
    added: |n| format!("事業{n}を追加しました。"),
    max_projects: "事業は100件までです。",
    editor_empty: "事業がありません。「事業を追加」で追加できます。",
    typed_invalid: |given| format!("「{given}」は数として読めません。元の値のままです。"),
    typed_clamped: |given, used| format!("「{given}」は範囲外のため {used} にしました。"),
    project_result: "この事業の国費",
    status_ineligible: "対象外",
    status_not_modelled: "試算対象外",
    print_projects: "事業の一覧",
    col_no: "順位",
    col_name: "事業名",
    col_kind: "種類",
    col_start: "開始",
    col_years: "年数",
    col_cost: "事業費（億円）",
    col_donation: "寄附見込み（億円）",
    col_bond: "地方債",
    col_details: "その他",
    round_short: |supp| if supp { "補正" } else { "当初" },
    outside_short: "枠外",

    layers_heading: "地方負担の内訳（地方財政措置と寄附）",
    layer_national: "国費",
    layer_donation: "企業版ふるさと納税（寄附）",
    layer_ordinary: "交付税措置（普通交付税）",
    layer_special: "交付税措置（特別交付税）",
    layer_remaining: "実質的な地方負担",
    layer_bond: "地方債（財源・返済あり）",
    layer_cost: "事業費",
    layers_alt: |nat, don, ord, spe, rem, bond| {
        format!("事業費の内訳の帯グラフ。国費 {nat}、寄附 {don}、普通交付税による措置 {ord}、特別交付税による措置 {spe}、実質的な地方負担 {rem}。地方債 {bond} は財源として別に示しています。")
    },
    layers_empty: "この制度で試算できる事業がありません。",
    bond_note: "地方債は財源（借入れ）で、返済が必要なため内訳の帯には含めていません。交付税措置はその元金分のみ計上しています。",
    gen1_measure: "1.0 ソフト事業：「１/２の地方負担については、地方財政措置を講じる」（普通交付税・特別交付税で約半分ずつと読んでいます）。",
    gen1_measure_note: "交付税措置は交付税の算定に算入される額で、その年度の現金収入ではありません。",
    gen2_measure: "2.0 の地方負担への地方財政措置：未公表（計上していません）",
    unpublished: "未公表",
    layers_per_project: "この事業の地方負担の内訳",

    digital_heading: "デジタル実装型",
    digital_cap: "上限",
    digital_rate: "補助率",
    digital_requested: "申請額（事業費×補助率）",
    digital_granted: "国費",
    digital_period: "単年度に限り支援",

    saved_heading: "シナリオの保存と書き出し",
    save_name: "保存名",
    save: "ブラウザーに保存",
    saved_list: "保存したシナリオ",
    no_saved: "保存したシナリオはありません。",
    load: "読み込む",
    delete: "削除",
    load_name: |n| format!("「{n}」を読み込む"),
    delete_name: |n| format!("「{n}」を削除"),
    saved_line: |n, at| format!("事業 {n} 件・{at}"),
    storage_blocked: "このブラウザーでは保存領域（localStorage）が使えないため、ブラウザーへの保存はできません。「JSONで保存」でファイルに保存できます。",
    saved_ok: |n| format!("「{n}」を保存しました。"),
    overwritten: |n| format!("「{n}」を上書き保存しました。"),
    save_failed: "保存できませんでした（保存領域がいっぱいか、使えません）。",
    loaded: |n| format!("「{n}」を読み込みました。"),
    deleted: |n| format!("「{n}」を削除しました。"),
    load_failed: |n| format!("「{n}」は壊れているため読み込めませんでした。シナリオは変更していません。"),
    default_name: |n| format!("シナリオ{n}"),
    export_heading: "ファイル",
    export_json: "JSONで保存",
    export_csv: "CSVで保存",
    print: "印刷",
    export_help: "JSON はこの試算にそのまま読み込めます。CSV は 1.0 と 2.0 の比較表です（Excel で開けます）。",
    import_json: "JSONファイルを読み込む",
    import_csv: "CSVファイル（事業の一覧）を読み込む",
    import_help: "CSV は見出し行に kind, annual_cost_oku, years などの項目名を書き、1行に1事業です。",
    imported: |f, n| format!("「{f}」を読み込みました（事業 {n} 件）。"),
    import_failed: |f| format!("「{f}」を読み込めませんでした。シナリオは変更していません。"),
    unknown_fields: |f| format!("知らない項目は無視しました: {f}"),

    csv_no: "順位",
    csv_name: "事業名",
    csv_kind: "種類",
    csv_start: "開始年",
    csv_years: "事業年数",
    csv_cost: "事業費（億円）",
    csv_donation: "寄附見込み（億円）",
    csv_status: "状態",
    csv_rule_cost: "対象事業費（億円）",
    csv_national: "国費（億円）",
    csv_local: "地方負担（億円）",
    csv_layer_donation: "寄附（億円）",
    csv_ordinary: "普通交付税措置（億円）",
    csv_special: "特別交付税措置（億円）",
    csv_bond: "地方債（億円）",
    csv_remaining: "実質的な地方負担（億円）",
    csv_total: "合計",
    status_word: status_ja,
    kind_word: kind_ja,

    donation_heading: "企業版ふるさと納税",
    donation_intro: "企業が自治体の地方創生事業に寄附したときの税額控除と、企業の実質負担を計算します。",
    donation_yen: "寄附額（円）",
    resident_tax_levy_yen: "法人住民税法人税割額（円）",
    corporate_tax_yen: "法人税額（円）",
    enterprise_tax_yen: "法人事業税額（円）",
    deduction_rate: "損金算入の実効税率",
    deduction_help: "損金算入による軽減は「約３割」とされています（0〜1 の小数、初期値 0.3）。",
    yen_unit: "円",
    results_heading: "計算結果",
    resident_credit: "法人住民税の税額控除",
    corporate_credit: "法人税の税額控除",
    enterprise_credit: "法人事業税の税額控除",
    deduction_benefit: "損金算入による軽減",
    total_relief: "軽減の合計",
    net_cost: "企業の実質負担",
    net_cost_ratio: "寄附額に対する割合",
    yen: |n| format!("{n}円"),
    ratio_text: |pct, ratio| format!("{pct}%（{ratio}）"),
    caps_heading: "適用された上限",
    no_cap: "上限によって減った控除はありません。",
    bar_title: "寄附額の内訳",
    bar_alt: |credits, deduction, net, total| {
        format!("寄附額 {total} の内訳の帯グラフ：税額控除 {credits}、損金算入による軽減 {deduction}、企業の実質負担 {net}。")
    },
    minimum_message: "寄附額は1回 10万円（100,000円）以上です。",
    input_problem: "入力を確認してください",
    conditions_heading: "制度の条件",
    condition_minimum: "寄附額は1回 10万円以上",
    condition_deadline: "適用期限：令和９年度末",
    condition_head_office: "本社所在地の自治体への寄附は対象外",
    condition_source: |s| format!("出典：{s}"),
    link_bad_value: |k, v| {
        (
            format!("リンクの {k}={v} は使えない値のため初期値にしました。"),
            format!("The link's {k}={v} is not a valid value; using the default."),
        )
    },
};

pub const EN: CostTexts = CostTexts {
    nav_donation: "Corporate donation calculator",

    editor_heading: "Projects",
    editor_intro: "Projects higher in the list have priority: where projects share a cap, the earlier ones are served first (RULES.md step 6). This edits the same scenario as the sliders.",
    add: "Add project",
    add_kind: "Kind of project to add",
    project_legend: |n, kind, name| {
        if name.is_empty() {
            format!("Project {n} ({kind})")
        } else {
            format!("Project {n} “{name}” ({kind})")
        }
    },
    name: "Name",
    kind: "Kind",
    cost_annual: "Annual cost (100 million yen)",
    cost_per_year: "Enter the cost of each year",
    cost_year: |y| format!("Cost in year {y} (100 million yen)"),
    years: "Years",
    start: "Start year",
    start_option: |y, fy| match fy {
        Some(f) => format!("Year {y} (FY{})", f + y - 1),
        None => format!("Year {y}"),
    },
    years_option: |y| if y == 1 { "1 year".to_string() } else { format!("{y} years") },
    round: "Budget",
    sector: "Sector",
    outside_cap: "Use an extra application slot (2.0)",
    donation_oku: "Expected corporate donation (100 million yen)",
    donation_help: "Over the plan period. Shown as its own layer of the local share, never in the national share.",
    donation_conditions: "Conditions: at least 100,000 yen per donation; the scheme ends at the end of fiscal 2027; donations to the municipality of the company's head office do not qualify.",
    donation_link: "What the donation costs the company",
    donation_below_minimum: "A donation must be at least 100,000 yen (0.001 oku yen).",
    bond: "Local bond",
    bond_label: bond_en,
    bond_help: "A bond is borrowing (to be repaid); only its allocation-tax measure reduces the burden.",
    move_up: "Up",
    move_down: "Down",
    duplicate: "Duplicate",
    remove: "Remove",
    move_up_name: |n| format!("Move project {n} up"),
    move_down_name: |n| format!("Move project {n} down"),
    duplicate_name: |n| format!("Duplicate project {n}"),
    remove_name: |n| format!("Remove project {n}"),
    moved: |from, to| format!("Project {from} moved to position {to}."),
    removed: |n| format!("Project {n} removed."),
    added: |n| format!("Project {n} added."),
    max_projects: "At most 100 projects.",
    editor_empty: "No projects. Use “Add project” to add one.",
    typed_invalid: |given| format!("“{given}” is not a number; the value is unchanged."),
    typed_clamped: |given, used| format!("“{given}” is out of range; using {used}."),
    project_result: "National share of this project",
    status_ineligible: "ineligible",
    status_not_modelled: "not modelled",
    print_projects: "Projects",
    col_no: "Priority",
    col_name: "Name",
    col_kind: "Kind",
    col_start: "Start",
    col_years: "Years",
    col_cost: "Cost (100 million yen)",
    col_donation: "Donation (100 million yen)",
    col_bond: "Bond",
    col_details: "Other",
    round_short: |supp| if supp { "supplementary" } else { "initial" },
    outside_short: "extra slot",

    layers_heading: "The local share after local-finance measures and donations",
    layer_national: "National share",
    layer_donation: "Corporate donation",
    layer_ordinary: "Allocation tax (ordinary)",
    layer_special: "Allocation tax (special)",
    layer_remaining: "Remaining local burden",
    layer_bond: "Local bond (financing, repaid)",
    layer_cost: "Project cost",
    layers_alt: |nat, don, ord, spe, rem, bond| {
        format!("Stacked bar of the project cost: national share {nat}, donation {don}, ordinary allocation tax {ord}, special allocation tax {spe}, remaining local burden {rem}. The local bond of {bond} is financing and shown separately.")
    },
    layers_empty: "No project this rule set models.",
    bond_note: "A local bond is financing (borrowed and repaid), so it is not part of the bar; only the allocation-tax measure on its principal is counted.",
    gen1_measure: "1.0 soft projects: 「１/２の地方負担については、地方財政措置を講じる」 (read as about half through ordinary and half through special allocation tax).",
    gen1_measure_note: "The measure is counted in the allocation-tax calculation; it is not cash in the project's year.",
    gen2_measure: "Local-finance measure on the 2.0 local share: not published (未公表; not counted)",
    unpublished: "not published",
    layers_per_project: "Where this project's cost goes",

    digital_heading: "Digital implementation types",
    digital_cap: "Cap",
    digital_rate: "Rate",
    digital_requested: "Requested (cost × rate)",
    digital_granted: "National share",
    digital_period: "single fiscal year only",

    saved_heading: "Save and export",
    save_name: "Name to save under",
    save: "Save in this browser",
    saved_list: "Saved scenarios",
    no_saved: "No saved scenarios.",
    load: "Load",
    delete: "Delete",
    load_name: |n| format!("Load “{n}”"),
    delete_name: |n| format!("Delete “{n}”"),
    saved_line: |n, at| format!("{n} projects · {at}"),
    storage_blocked: "This browser does not allow local storage here, so scenarios cannot be saved in the browser. Use “Save as JSON” to save a file.",
    saved_ok: |n| format!("Saved “{n}”."),
    overwritten: |n| format!("Replaced “{n}”."),
    save_failed: "Could not save (storage is full or not available).",
    loaded: |n| format!("Loaded “{n}”."),
    deleted: |n| format!("Deleted “{n}”."),
    load_failed: |n| format!("“{n}” is damaged and could not be loaded; the scenario is unchanged."),
    default_name: |n| format!("Scenario {n}"),
    export_heading: "Files",
    export_json: "Save as JSON",
    export_csv: "Save as CSV",
    print: "Print",
    export_help: "The JSON file can be loaded back here. The CSV file is the 1.0 / 2.0 comparison (opens in Excel).",
    import_json: "Load a JSON file",
    import_csv: "Load a CSV file (project list)",
    import_help: "CSV: a header row with the field names (kind, annual_cost_oku, years, …), one project per line.",
    imported: |f, n| format!("Loaded “{f}” ({n} projects)."),
    import_failed: |f| format!("Could not load “{f}”; the scenario is unchanged."),
    unknown_fields: |f| format!("Unknown fields were ignored: {f}"),

    csv_no: "Priority",
    csv_name: "Name",
    csv_kind: "Kind",
    csv_start: "Start year",
    csv_years: "Years",
    csv_cost: "Cost (oku yen)",
    csv_donation: "Expected donation (oku yen)",
    csv_status: "Status",
    csv_rule_cost: "Cost modelled (oku yen)",
    csv_national: "National share (oku yen)",
    csv_local: "Local share (oku yen)",
    csv_layer_donation: "Donation (oku yen)",
    csv_ordinary: "Ordinary allocation tax (oku yen)",
    csv_special: "Special allocation tax (oku yen)",
    csv_bond: "Local bond (oku yen)",
    csv_remaining: "Remaining local burden (oku yen)",
    csv_total: "Total",
    status_word: status_en,
    kind_word: kind_en,

    donation_heading: "Corporate hometown tax donation",
    donation_intro: "What a company's donation to a local revitalization project costs it after the tax credits.",
    donation_yen: "Donation (yen)",
    resident_tax_levy_yen: "Corporate inhabitant tax levy (yen)",
    corporate_tax_yen: "Corporate tax (yen)",
    enterprise_tax_yen: "Enterprise tax (yen)",
    deduction_rate: "Effective rate of the deduction benefit",
    deduction_help: "The deduction is said to save “about 30%” (a decimal from 0 to 1; default 0.3).",
    yen_unit: "yen",
    results_heading: "Result",
    resident_credit: "Inhabitant tax credit",
    corporate_credit: "Corporate tax credit",
    enterprise_credit: "Enterprise tax credit",
    deduction_benefit: "Deduction benefit",
    total_relief: "Total relief",
    net_cost: "Net cost to the company",
    net_cost_ratio: "Share of the donation",
    yen: |n| format!("{n} yen"),
    ratio_text: |pct, ratio| format!("{pct}% ({ratio})"),
    caps_heading: "Caps that bound",
    no_cap: "No credit was reduced by a cap.",
    bar_title: "How the donation splits",
    bar_alt: |credits, deduction, net, total| {
        format!("Stacked bar of the donation of {total}: tax credits {credits}, deduction benefit {deduction}, net cost {net}.")
    },
    minimum_message: "The donation must be at least 100,000 yen.",
    input_problem: "Please check the input",
    conditions_heading: "Conditions of the scheme",
    condition_minimum: "At least 100,000 yen per donation",
    condition_deadline: "Ends at the end of fiscal 2027 (令和９年度末)",
    condition_head_office: "Donations to the municipality of the company's head office do not qualify",
    condition_source: |s| format!("Source: {s}"),
    link_bad_value: |k, v| {
        (
            format!("リンクの {k}={v} は使えない値のため初期値にしました。"),
            format!("The link's {k}={v} is not a valid value; using the default."),
        )
    },
};

pub fn costs(lang: Lang) -> &'static CostTexts {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accessible_names_follow_the_contract() {
        assert_eq!(JA.add, "事業を追加");
        assert_eq!(JA.donation_heading, "企業版ふるさと納税");
        assert_eq!(
            [JA.donation_yen, JA.resident_tax_levy_yen, JA.corporate_tax_yen, JA.enterprise_tax_yen],
            ["寄附額（円）", "法人住民税法人税割額（円）", "法人税額（円）", "法人事業税額（円）"]
        );
        assert_eq!(JA.net_cost, "企業の実質負担");
        assert_eq!([JA.export_json, JA.export_csv, JA.print], ["JSONで保存", "CSVで保存", "印刷"]);
        assert_eq!([EN.export_json, EN.export_csv, EN.print], ["Save as JSON", "Save as CSV", "Print"]);
        assert_eq!(EN.add, "Add project");
        assert_eq!(EN.donation_heading, "Corporate hometown tax donation");
        assert_eq!(EN.net_cost, "Net cost to the company");
    }
}
