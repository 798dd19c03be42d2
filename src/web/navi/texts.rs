//! The texts of the 財源ナビ view, in one typed table (`JA`, `EN`), plus the bilingual data the engine's
//! list does not carry: fund names, short labels of enum values and fields, a one-line summary per
//! measure, the readings of MEASURES.md §8.9 and which measures they apply to.
//!
//! Every figure in a summary or a reading is the one of `reference/MEASURES.md`; the quotes themselves
//! are shown from the engine's `params`.

use kofukin::engine::text::Lang;

pub struct NaviTexts {
    pub nav_label: &'static str,
    pub nav_sim: &'static str,
    pub nav_navi: &'static str,
    pub heading: &'static str,
    pub intro: &'static str,
    pub filter_heading: &'static str,
    pub filter_help: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub clear_filters: &'static str,
    pub count: fn(usize, usize) -> String,
    pub none_found: &'static str,
    pub ministry: &'static str,
    pub funds: &'static str,
    pub back_to_list: &'static str,
    pub source_file: &'static str,
    pub calculator_heading: &'static str,
    pub calculator_help: &'static str,
    pub result_heading: &'static str,
    pub covered_total: &'static str,
    pub cost: &'static str,
    pub eligible: &'static str,
    pub by_source: &'static str,
    pub national: &'static str,
    pub special_tax: &'static str,
    pub ordinary_tax: &'static str,
    pub user_fees: &'static str,
    pub bond: &'static str,
    pub bond_note: &'static str,
    pub local: &'static str,
    pub local_company: &'static str,
    pub lines_heading: &'static str,
    pub col_item: &'static str,
    pub table_unit: &'static str,
    pub findings_heading: &'static str,
    pub no_findings: &'static str,
    pub params_heading: &'static str,
    pub col_param: &'static str,
    pub col_value: &'static str,
    pub col_unit: &'static str,
    pub col_quote: &'static str,
    pub conditions_heading: &'static str,
    pub conditions_intro: &'static str,
    pub readings_heading: &'static str,
    pub readings_intro: &'static str,
    pub not_computed_heading: &'static str,
    pub invalid_heading: &'static str,
    pub missing_heading: &'static str,
    pub add_row: fn(&str) -> String,
    pub remove_row: fn(&str, usize) -> String,
    pub row_label: fn(usize) -> String,
    pub no_rows: &'static str,
    pub none_option: &'static str,
    pub preset_link: &'static str,
    pub preset_help: &'static str,
    pub yen: fn(&str) -> String,
    pub unknown_measure: fn(&str) -> (String, String),
    pub quotes_in_ja: &'static str,
    pub conditions_in_ja: &'static str,
}

pub const JA: NaviTexts = NaviTexts {
    nav_label: "表示の切り替え",
    nav_sim: "交付金シミュレーター",
    nav_navi: "財源ナビ",
    heading: "財源ナビ：交付金と組み合わせる地方財政措置",
    intro: "交付金と組み合わせられる17の地方財政措置（特別交付税措置、国の補助金、地方債など）です。支援の対象で絞り込み、各措置の計算機で自団体の数字を入れると、財源ごとの額・効いている上限・根拠を確認できます。",
    filter_heading: "支援の対象で絞り込む",
    filter_help: "複数選ぶと、いずれかに当てはまる措置を表示します。",
    search_label: "名称・所管省庁で検索",
    search_placeholder: "例：協力隊、総務省",
    clear_filters: "絞り込みを解除",
    count: |shown, all| format!("{all}件中 {shown}件を表示"),
    none_found: "条件に合う措置はありません。絞り込みを解除してください。",
    ministry: "所管",
    funds: "支援の対象",
    back_to_list: "財源ナビの一覧へ戻る",
    source_file: "出典ファイル",
    calculator_heading: "計算機",
    calculator_help: "金額は円で入力します（「20,000,000」「２０００００００」も可）。入力するたびに計算します。",
    result_heading: "計算結果",
    covered_total: "措置される額の合計",
    cost: "経費",
    eligible: "対象となる額",
    by_source: "財源別",
    national: "国費",
    special_tax: "特別交付税",
    ordinary_tax: "普通交付税",
    user_fees: "利用料金収入",
    bond: "地方債（元金）",
    bond_note: "地方債は資金の調達で、負担の軽減ではありません。元利償還への交付税措置は普通交付税に含めています。",
    local: "自団体の負担（残り）",
    local_company: "地域企業の負担（残り）",
    lines_heading: "項目ごとの内訳",
    col_item: "項目",
    table_unit: "単位：円",
    findings_heading: "指摘",
    no_findings: "指摘はありません。",
    params_heading: "根拠（計算に使う数値と資料の記載）",
    col_param: "名前",
    col_value: "値",
    col_unit: "単位",
    col_quote: "資料の記載",
    conditions_heading: "計算機が確認しない要件",
    conditions_intro: "次の要件は入力から判断できないため、満たしているものとして計算しています。",
    readings_heading: "前提（資料が明示していない点の読み方）",
    readings_intro: "MEASURES.md §8.9 の読み方のうち、この措置に当てはまるものです。",
    not_computed_heading: "計算しないもの（資料に額がないため）",
    invalid_heading: "入力を確認してください。次の項目のため計算できません。",
    missing_heading: "必要な項目を入力すると計算します。",
    add_row: |what| format!("{what}を追加"),
    remove_row: |what, n| format!("{what} {n} を削除"),
    row_label: |n| format!("{n}件目"),
    no_rows: "まだありません。",
    none_option: "（指定なし）",
    preset_link: "この入力のリンク",
    preset_help: "このページのURLに入力値が入っています。共有すると同じ計算を再現できます。",
    yen: |n| format!("{n}円"),
    unknown_measure: |id| {
        (
            format!("リンクの measure={id} は知らない措置のため、一覧を表示しました。"),
            format!("The link's measure={id} is not a known measure; showing the list."),
        )
    },
    quotes_in_ja: "",
    conditions_in_ja: "",
};

pub const EN: NaviTexts = NaviTexts {
    nav_label: "Switch view",
    nav_sim: "Grant simulator",
    nav_navi: "Funding navigator",
    heading: "Funding navigator: local-finance measures to combine with the grant",
    intro: "Seventeen local-finance measures (special allocation tax measures, national subsidies, local bonds) that a municipality can combine with the grant. Filter them by what they fund, open a calculator, enter your own figures and see the amount covered by source, the cap that binds and the source.",
    filter_heading: "Filter by what they fund",
    filter_help: "With several selected, measures that fund any of them are shown.",
    search_label: "Search by name or ministry",
    search_placeholder: "e.g. cooperators, 総務省",
    clear_filters: "Clear filters",
    count: |shown, all| format!("Showing {shown} of {all}"),
    none_found: "No measure matches. Clear the filters.",
    ministry: "Ministry",
    funds: "Funds",
    back_to_list: "Back to the funding navigator",
    source_file: "Source file",
    calculator_heading: "Calculator",
    calculator_help: "Amounts are in yen (\"20,000,000\" and full-width digits are accepted). Every change recalculates.",
    result_heading: "Result",
    covered_total: "Total covered",
    cost: "Cost",
    eligible: "Eligible amount",
    by_source: "By source",
    national: "National funds",
    special_tax: "Special allocation tax",
    ordinary_tax: "Ordinary allocation tax",
    user_fees: "User fees",
    bond: "Local bond (principal)",
    bond_note: "A bond is financing, not a reduction of the burden. The allocation-tax measure on its repayment is included under ordinary allocation tax.",
    local: "Remaining for the applicant",
    local_company: "Remaining for the company",
    lines_heading: "Breakdown by item",
    col_item: "Item",
    table_unit: "Unit: yen",
    findings_heading: "Findings",
    no_findings: "No findings.",
    params_heading: "Basis (the numbers used and what the source says)",
    col_param: "Name",
    col_value: "Value",
    col_unit: "Unit",
    col_quote: "Source text",
    conditions_heading: "Conditions the calculator does not check",
    conditions_intro: "These cannot be judged from the inputs; the calculation assumes the applicant meets them.",
    readings_heading: "Readings (where the sources are open)",
    readings_intro: "The readings of MEASURES.md §8.9 that apply to this measure.",
    not_computed_heading: "Not computed (the source gives no amount)",
    invalid_heading: "Please check the input. It cannot be computed because of:",
    missing_heading: "Enter the required fields to compute.",
    add_row: |what| format!("Add {what}"),
    remove_row: |what, n| format!("Remove {what} {n}"),
    row_label: |n| format!("No. {n}"),
    no_rows: "None yet.",
    none_option: "(not given)",
    preset_link: "Link to these inputs",
    preset_help: "The page's URL carries the inputs: share it to reproduce this calculation.",
    yen: |n| format!("{n} yen"),
    unknown_measure: |id| {
        (
            format!("リンクの measure={id} は知らない措置のため、一覧を表示しました。"),
            format!("The link's measure={id} is not a known measure; showing the list."),
        )
    },
    quotes_in_ja: "Source texts are in Japanese.",
    conditions_in_ja: "The conditions are listed in Japanese, as the source states them.",
};

pub fn navi_texts(lang: Lang) -> &'static NaviTexts {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

/// The `funds` values of MEASURES.md §8.2, in that order, with their names.
pub const FUNDS: &[(&str, &str, &str)] = &[
    ("people", "人材", "People"),
    ("facilities", "施設", "Facilities"),
    ("startups", "起業", "Start-ups"),
    ("energy", "エネルギー・脱炭素", "Energy and decarbonisation"),
    ("kaso", "過疎地域", "Depopulated areas"),
    ("digital", "デジタル", "Digital"),
    ("regional", "圏域", "Regional zones"),
];

pub fn fund_name(id: &str, lang: Lang) -> String {
    match FUNDS.iter().find(|(f, _, _)| *f == id) {
        Some((_, ja, en)) => pick(lang, ja, en).to_string(),
        None => id.to_string(),
    }
}

pub fn pick(lang: Lang, ja: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Ja => ja,
        Lang::En => en,
    }
}

pub fn ministry_en(ja: &str) -> &'static str {
    match ja {
        "総務省" => "Ministry of Internal Affairs and Communications",
        "内閣府" => "Cabinet Office",
        "内閣府（予算計上）・総務省" => {
            "Cabinet Office (budget) and Ministry of Internal Affairs and Communications"
        }
        _ => "",
    }
}

/// A one-line summary per measure (MEASURES.md §8.8).
pub fn summary(id: &str, lang: Lang) -> &'static str {
    let (ja, en) = match id {
        "local10000" => ("自治体が民間事業の初期投資に助成する額の1/2（条件不利地域2/3・3/4、デジタル10/10、脱炭素3/4）を国費、残りの1/2を特別交付税で措置。", "National funds cover 1/2 of the municipality's grant to a business's initial investment (2/3 or 3/4 in weak areas, 10/10 digital, 3/4 decarbonisation); half the rest by special allocation tax."),
        "distributed_energy" => ("地域エネルギー事業のマスタープラン策定経費（上限2,000万円）に、財政力指数に応じて1/2〜3/4（新規性の極めて高い計画は10/10）を補助。", "Subsidises the master plan cost (capped at 20 million yen) at 1/2 to 3/4 by fiscal capability index (10/10 for highly novel plans)."),
        "decarbonisation_experts" => ("地域脱炭素のため外部専門家を招へいする費用（上限100万円）の1/2を補助。", "Subsidises 1/2 of the cost of inviting external decarbonisation experts (cost capped at 1 million yen)."),
        "cooperators" => ("協力隊の募集、おためし・インターン、隊員の活動（1人480万円上限）、サポート、起業、空き家改修の経費を特別交付税で措置。", "Special allocation tax for recruiting, trial and intern programmes, each cooperator's activity (4.8 million yen cap), support, start-ups and vacant houses."),
        "working_holiday" => ("ふるさとワーキングホリデーの経費を、1,500万円＋5千円×延べ滞在日数を上限に特別交付税で措置。", "Special allocation tax on the programme's cost up to 15 million yen plus 5,000 yen per stay day."),
        "trial_satellite_office" => ("お試しサテライトオフィスの経費（上限1,000万円）に、0.5×財政力補正の率で特別交付税措置。", "Special allocation tax on trial satellite office costs (capped at 10 million yen) at 0.5 × the fiscal correction."),
        "corporate_secondees" => ("企業から受け入れる起業人1人あたり受入経費560万円、本人発案の事業100万円（措置率0.5）、受入準備100万円（0.5）を特別交付税で措置。", "Special allocation tax per secondee: acceptance up to 5.6 million yen, their project up to 1 million (rate 0.5), preparation up to 1 million (0.5)."),
        "revitalization_advisors" => ("外部専門家を延べ10日以上又は5回以上招へいする経費を、民間560万円・自治体職員240万円／年を上限に最大3年間措置。", "Advisor invitations of 10+ days or 5+ visits a year, up to 5.6 million (private) or 2.4 million yen (municipal staff) a year, for up to three years."),
        "project_managers" => ("地域プロジェクトマネージャーの雇用経費を1人650万円上限、1市町村2人・3年間まで特別交付税で措置。", "Special allocation tax on project managers' pay up to 6.5 million yen each, two per municipality, three years each."),
        "migration" => ("移住・定住対策の経費に0.5×財政力補正、移住コーディネーター1人350万円（兼任40万円）上限で特別交付税措置。", "Special allocation tax at 0.5 × the fiscal correction on migration measures, and up to 3.5 million yen per coordinator (400,000 if concurrent)."),
        "settlement_zone" => ("定住自立圏の包括的財政措置（中心市8,500万円程度、近隣市町村1,800万円）と地域活性化事業債（充当率90％、算入率30％）。", "Comprehensive measure for settlement zones (central city about 85 million yen, neighbours 18 million) and the regional revitalization bond (90% financed, 30% counted)."),
        "depopulation_bond" => ("過疎市町村の事業費に充当率100％で起債でき、元利償還金の70％が交付税措置される地方債。", "A bond for depopulated municipalities: 100% of the cost financed, 70% of the repayment covered by allocation tax."),
        "depopulation_grant" => ("過疎地域の集落ネットワーク圏・持続的発展・集落再編・遊休施設再整備の4事業への交付金（限度額・上乗せ・補助率は事業ごと）。", "Grant for four programmes in depopulated areas (network of settlements, sustainable development, reorganisation, idle facilities), each with its cap and rate."),
        "work_cooperatives" => ("特定地域づくり事業協同組合の運営経費を、利用料金1/2・交付金1/4・特別交付税1/8・市町村1/8で分担。", "A work cooperative's running cost is shared: user fees 1/2, grant 1/4, special allocation tax 1/8, municipality 1/8."),
        "dx_talent" => ("自治体DXのためのデジタル人材の確保・育成経費に措置率0.7で特別交付税措置。", "Special allocation tax at rate 0.7 on securing and training digital talent for municipal DX."),
        "municipal_mynapoint" => ("自治体マイナポイントのシステム改修・申込支援・広報等の経費の1/2を補助。", "Subsidises 1/2 of system changes, application support and publicity for municipal Mynapoint."),
        "pro_talent_side_jobs" => ("地域企業が副業・兼業人材を活用する費用の8/10（1件50万円上限）を交付。", "Pays a regional company 8/10 of the cost of one side-job professional, up to 500,000 yen per case."),
        _ => ("", ""),
    };
    pick(lang, ja, en)
}

/// A short label for a field whose `meaning` is long or lists enum ids; `None`: the meaning is the label.
pub fn field_label(measure: &str, field: &str, lang: Lang) -> Option<&'static str> {
    let (ja, en) = match (measure, field) {
        ("local10000", "cost_yen") => ("自治体による助成額", "The municipality's grant"),
        ("local10000", "tier") => ("国費の率", "National rate"),
        ("local10000", "loan_yen") => ("地域金融機関等による融資又は出資", "Regional bank loan or investment"),
        ("local10000", "initial_investment_yen") => ("民間事業者の初期投資費用", "The business's initial investment"),
        (_, "applicant") => ("申請者", "Applicant"),
        (_, "fiscal_capability_index") => ("財政力指数", "Fiscal capability index"),
        (_, "fiscal_correction") => ("財政力補正", "Fiscal correction"),
        ("trial_satellite_office", "cost_yen") => ("お試しサテライトオフィスの対象経費", "Eligible cost"),
        ("revitalization_advisors", "advisor_kind") => ("アドバイザーの種類", "Kind of advisor"),
        ("settlement_zone", "role") => ("圏域での役割", "Role in the zone"),
        ("settlement_zone", "bond_field") => ("地域活性化事業債の事業分野", "Field of the bond project"),
        ("depopulation_grant", "programme") => ("事業", "Programme"),
        ("depopulation_grant", "prefecture_rate") => ("都道府県の補助率（②のみ）", "Prefecture's rate (② only)"),
        ("dx_talent", "cost_yen") => ("デジタル人材の確保・育成経費", "Digital talent cost"),
        ("migration", "cost_yen") => ("移住・定住対策に要する経費", "Migration and settlement measures"),
        ("pro_talent_side_jobs", "cost_yen") => ("1件の対象費用", "Cost of one case"),
        ("cooperators", "members") => ("② 隊員", "② Cooperators"),
        ("cooperators", "startups") => ("④ 起業・事業承継する者", "④ Start-ups and successions"),
        ("corporate_secondees", "persons") => ("起業人", "Secondees"),
        ("project_managers", "persons") => ("地域プロジェクトマネージャー", "Project managers"),
        ("migration", "coordinators") => ("移住コーディネーター・定住支援員", "Coordinators"),
        _ => return None,
    };
    Some(pick(lang, ja, en))
}

/// What one row of a list field is called (for the add and remove buttons).
pub fn row_noun(field: &str, lang: Lang) -> &'static str {
    let (ja, en) = match field {
        "members" => ("隊員", "cooperator"),
        "startups" => ("起業・事業承継", "start-up"),
        "persons" => ("人", "person"),
        "coordinators" => ("コーディネーター", "coordinator"),
        _ => ("行", "row"),
    };
    pick(lang, ja, en)
}

/// The label of an enum value.
pub fn enum_label(field: &str, value: &str, lang: Lang) -> String {
    let (ja, en) = match (field, value) {
        ("tier", "standard") => ("原則（国費1/2）", "Standard (1/2)"),
        ("tier", "weak_area_2_3") => ("財政力の弱い条件不利地域（国費2/3）", "Weak disadvantaged area (2/3)"),
        ("tier", "weak_area_3_4") => ("財政力の弱い条件不利地域（国費3/4）", "Weak disadvantaged area (3/4)"),
        ("tier", "digital") => ("デジタル技術を活用した事業（国費10/10）", "Digital technology (10/10)"),
        ("tier", "decarbonisation") => {
            ("脱炭素に資する地域再エネを活用した事業（国費3/4）", "Local renewables for decarbonisation (3/4)")
        }
        ("applicant", "municipality") => ("市町村", "Municipality"),
        ("applicant", "prefecture") => ("都道府県", "Prefecture"),
        ("advisor_kind", "private_expert") => {
            ("民間専門家等（上限560万円／年）", "Private expert (5.6 million yen a year)")
        }
        ("advisor_kind", "municipal_staff") => {
            ("先進自治体職員（組織）（上限240万円／年）", "Staff of an advanced municipality (2.4 million yen a year)")
        }
        ("role", "central_city") => ("中心市", "Central city"),
        ("role", "neighbour") => ("近隣市町村", "Neighbouring municipality"),
        ("bond_field", "medical_welfare") => ("医療・福祉", "Medical care and welfare"),
        ("bond_field", "industry") => ("産業振興", "Industry"),
        ("bond_field", "public_transport") => ("公共交通", "Public transport"),
        ("bond_field", "other") => ("その他（対象外）", "Other (not eligible)"),
        ("programme", "settlement_network") => ("①過疎地域等集落ネットワーク圏形成支援事業", "① Settlement network"),
        ("programme", "sustainable_development") => ("②過疎地域持続的発展支援事業", "② Sustainable development"),
        ("programme", "settlement_reorganisation") => ("③過疎地域集落再編整備事業", "③ Settlement reorganisation"),
        ("programme", "idle_facilities") => ("④過疎地域遊休施設再整備事業", "④ Idle facilities"),
        ("prefecture_rate", "6/10") => ("6/10補助", "6/10"),
        ("prefecture_rate", "1/2") => ("1/2補助", "1/2"),
        _ => return value.to_string(),
    };
    pick(lang, ja, en).to_string()
}

/// A unit of the list (円/団体/年度, 人日, …) in the page's language.
pub fn unit(u: &str, lang: Lang) -> String {
    if lang == Lang::Ja {
        return u.to_string();
    }
    u.split('/')
        .map(|part| match part {
            "円" => "yen",
            "団体" => "applicant",
            "年度" => "year",
            "事業" => "project",
            "件" => "case",
            "人日" => "person-days",
            "日" => "days",
            "回" => "visits",
            "年目" => "year no.",
            "指数" => "index",
            "係数" => "factor",
            "割合" => "ratio",
            "財政力指数" => "fiscal capability index",
            "年" => "years",
            "人" => "person",
            "市町村" => "municipality",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The English name of a result line (the engine's lines carry `label_ja`); list lines keep their
/// `（members[1]）` suffix.
pub fn line_label(measure: &str, item: &str, label_ja: &str, lang: Lang) -> String {
    if lang == Lang::Ja {
        return label_ja.to_string();
    }
    let en = match (measure, item) {
        ("settlement_zone", "bond") => "Regional revitalization bond",
        ("depopulation_bond", "bond") => "Depopulation bond",
        (_, "grant") => "Municipal grant",
        (_, "masterplan") => "Master plan cost",
        (_, "invitation") => "Expert invitation cost",
        (_, "recruitment") => "① Recruitment",
        (_, "trial") => "Trial cooperators",
        (_, "intern_program") => "Intern programme",
        (_, "intern_activity") => "Intern activity",
        (_, "member") => "② Cooperator",
        (_, "support") => "③ Day-to-day support",
        (_, "startup") => "④ Start-up or succession",
        (_, "vacant_house") => "⑤ Vacant house renovation",
        (_, "working_holiday") => "Working holiday cost",
        (_, "trial_office") => "Trial satellite office cost",
        (_, "acceptance") => "Secondee acceptance",
        (_, "project") => "Secondee's project",
        (_, "preparation") => "Preparation",
        (_, "advisor") => "Advisor invitation cost",
        (_, "manager") => "Project manager",
        (_, "measures") => "Migration measures",
        (_, "coordinator") => "Coordinator",
        (_, "comprehensive") => "Comprehensive measure",
        (_, "settlement_network") => "① Settlement network",
        (_, "sustainable_development") => "② Sustainable development",
        (_, "settlement_reorganisation") => "③ Settlement reorganisation",
        (_, "idle_facilities") => "④ Idle facilities",
        (_, "operation") => "Cooperative running cost",
        (_, "talent") => "Digital talent cost",
        (_, "systems") => "System and support costs",
        (_, "case") => "Side-job talent cost (one case)",
        _ => return label_ja.to_string(),
    };
    // 「…（members[1]）」 → " (members[1])"
    match label_ja.rsplit_once('（') {
        Some((_, tail)) if tail.ends_with("]）") => format!("{en} ({}", tail.replace('）', ")")),
        _ => en.to_string(),
    }
}

/// The readings of MEASURES.md §8.9: (id, Japanese, English).
pub const READINGS: &[(&str, &str, &str)] = &[
    ("R1", "上限額のみが示され措置率の記載がない特別交付税の経費（協力隊①〜④、ワーホリ、起業人の受入560万円、アドバイザー、プロマネ、移住コーディネーター、定住自立圏の包括的財政措置）は、上限額まで全額（措置率1）として計算します。根拠は「上限額 年間５６０万円／人」と「上限額 年間１００万円（措置率０．５）」の対比です。最も弱いのはワーホリで、その書き方はお試しサテライトオフィス（0.5×財政力補正）と同じです。", "Lines where the source states a cap and no rate are covered in full up to the cap (rate 1), with a warning. The evidence is the contrast 「上限額 年間５６０万円／人」 next to 「上限額 年間１００万円（措置率０．５）」. The weakest case is the working holiday, worded like the trial satellite office, which does carry 0.5 × fiscal correction."),
    ("R2", "1回の計算は1団体・1年度分です。期間の書かれていない上限（協力隊、ワーホリ、お試しSO、プロマネ650万円、定住自立圏、脱炭素100万円）も年度あたりの額と読みます。月数による按分はしません。", "One calculation is one applicant and one fiscal year. Caps stated without a period are read as amounts per fiscal year; amounts are never pro-rated by months."),
    ("R3", "補助対象・対象経費に付いた「上限」は経費の上限（措置額の上限ではない）と読みます（分散型2,000万円、脱炭素100万円、ワーホリ、お試しSO、起業人100万円、過疎交付金の限度額）。プロ人材の「交付額…上限500千円」は措置額の上限です。", "A cap attached to the eligible cost caps the cost, not the covered amount. Where the source attaches it to the amount paid (professional talent: 500,000 yen per case), it caps the covered amount."),
    ("R4", "ローカル10,000の図の「自治体による助成額以上」は融資、「最大で初期投資費用の1/2まで」は助成に付く表示と読みます。助成額が融資額や初期投資の1/2を超える分は対象外（上限）とし、国費の事業ごとの上限は資料にないため設けません。", "In the Local 10,000 figure, the grant is capped at the loan and at half the initial investment (capped, not rejected); the source gives no per-project cap on national funds."),
    ("R5", "条件不利地域の2/3と3/4の区分は資料にないため、率は利用者が選びます。区分は組み合わせません。「残額の1/2」の特別交付税はどの率でも適用します（2/3なら1/6、3/4なら1/8、10/10なら0）。", "The source does not say which weak areas get 2/3 or 3/4, so the user picks one tier. Half the rest by special allocation tax applies at every tier (1/6 at 2/3, 1/8 at 3/4, 0 at 10/10)."),
    ("R6", "端数処理は資料にありません。正確に計算し、各項目・各財源の額を最後に1回だけ円未満切り捨てます。端数は自団体の負担に残ります。", "The sources state no rounding. Amounts are exact and each line's amount of each kind is rounded down to a whole yen once; the remainder stays with the applicant."),
    ("R7", "「未満」は厳密に読みます（財政力指数0.5ちょうどは1/2、0.25ちょうどは2/3）。財政力指数の区分は市町村のもので、都道府県は1/2です。10/10は申請者の主張で、どちらの団体にも使えます。", "「未満」 is strict (exactly 0.5 gets 1/2, exactly 0.25 gets 2/3). The index tiers are for municipalities; prefectures get 1/2. The 10/10 is the applicant's claim, open to both."),
    ("R8", "協力隊の隊員は、報償費等280万円（弾力化で330万円）、その他の経費200万円、合計480万円を上限とします。", "Per cooperator: reward up to 2.8 million yen (3.3 million with the flexible rule), other costs up to 2 million, together at most 4.8 million."),
    ("R9", "地方債の交付税措置（過疎債の「交付税措置」、地域活性化事業債の「交付税算入率」）は普通交付税として扱います。利率と償還期間は資料にないため、元金に対して計算します。地方債は借入れとして別に示します。", "The allocation-tax measure on a bond is filed as ordinary allocation tax and computed on the principal only (no interest or term in the source); the bond itself is shown as financing."),
    ("R10", "定住自立圏の包括的財政措置は最新の額（中心市 8,500万円程度（H26）、近隣市町村 1,800万円（R3））を年度の上限とします。「程度」はその額で計算し、指摘を出します。", "The latest amounts apply as annual caps (central city about 85 million yen, neighbours 18 million); 「程度」 (about) is applied as stated, with a warning."),
    ("R11", "過疎地域持続的発展支援交付金の4事業は内容で割り当て、予算額の合計（8.0億円）で確かめています。「定額補助」は限度額まで全額と読みます。都道府県の「6/10、1/2補助」はどちらかを入力で選びます。2,000万円の限度額は市町村・都道府県の両方に適用します。", "The four programmes are assigned by content (their budgets add up to the stated 800 million yen). 「定額補助」 covers the cost in full up to the cap; the prefecture's 6/10 or 1/2 is an input; the 20 million yen cap applies to both."),
    ("R12", "特定地域づくり事業協同組合の図で名前のない1/8は市町村の負担です。利用料金収入（1/2）は組合員が払うもので、利用料金収入として示します。", "The unlabelled 1/8 of the figure is the municipality's own burden; the user fees (1/2) are paid by the members."),
    ("R13", "プロ人材の「最大8/10」は8/10で計算します。交付額は国費として示します（第２世代交付金により都道府県を通じて支払われ、国と都道府県の内訳は資料にありません）。", "「最大8/10」 is computed at 8/10; the amount is filed as national funds (paid through the prefecture; the split is not in the source)."),
    ("R14", "アドバイザーは1回の計算で1種類です（2つの上限を重ねられるかは資料にありません）。「延べ１０日以上又は５回以上」と「最大３年間」は確認します。", "One kind of advisor per calculation; 「延べ１０日以上又は５回以上」 and 「最大３年間」 are checked."),
    ("R15", "プロマネの「２人」は、任用3年以内の人を入力順に数えます。3年を超えた人は枠を使いません。650万円は1人・1年あたりです。", "The two places go to persons within their first three years, in list order; 6.5 million yen is per person per year."),
    ("R16", "財政力補正は資料に定義がないため、入力値（0以上の数、経費があるとき必須）を使います。0.5×財政力補正が1を超えるときは対象経費までとします。", "The fiscal correction is not defined by the source: it is an input (any number ≥ 0, required when there is a cost). If 0.5 × it exceeds 1, coverage is limited to the eligible cost."),
    ("R17", "自治体DXの措置率0.7は3種類の経費すべてに適用します。CIO補佐官の以前の0.5は扱わず、「令和７年度まで」は確認しない要件です。", "The rate 0.7 applies to all three kinds of expense; the earlier 0.5 is not modelled, and 「令和７年度まで」 is an unchecked condition."),
];

/// Which readings apply to a measure.
pub fn readings_for(id: &str) -> &'static [&'static str] {
    match id {
        "local10000" => &["R4", "R5", "R6"],
        "distributed_energy" => &["R3", "R6", "R7"],
        "decarbonisation_experts" => &["R2", "R3", "R6"],
        "cooperators" => &["R1", "R2", "R6", "R8"],
        "working_holiday" => &["R1", "R2", "R3", "R6"],
        "trial_satellite_office" => &["R2", "R3", "R6", "R16"],
        "corporate_secondees" => &["R1", "R2", "R3", "R6"],
        "revitalization_advisors" => &["R1", "R2", "R6", "R14"],
        "project_managers" => &["R1", "R2", "R6", "R15"],
        "migration" => &["R1", "R2", "R6", "R16"],
        "settlement_zone" => &["R1", "R2", "R6", "R9", "R10"],
        "depopulation_bond" => &["R6", "R9"],
        "depopulation_grant" => &["R3", "R6", "R11"],
        "work_cooperatives" => &["R6", "R12"],
        "dx_talent" => &["R6", "R17"],
        "municipal_mynapoint" => &["R6"],
        "pro_talent_side_jobs" => &["R3", "R6", "R13"],
        _ => &[],
    }
}

/// What the source mentions for a measure without an amount, so it is not computed (§8.9, last item).
pub fn not_computed(id: &str, lang: Lang) -> &'static [&'static str] {
    match (id, lang) {
        ("cooperators", Lang::Ja) => {
            &["協力隊OB・OGネットワーク立ち上げ（都道府県の国費事業「１団体当たり100万円上限」）"]
        }
        ("cooperators", Lang::En) => {
            &["Setting up a cooperator alumni network (a national programme for prefectures, 1 million yen cap)"]
        }
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_measure_has_a_summary_and_readings_in_both_languages() {
        for m in kofukin::engine::measures::list() {
            assert!(!summary(&m.id, Lang::Ja).is_empty(), "{}", m.id);
            assert!(!summary(&m.id, Lang::En).is_empty(), "{}", m.id);
            assert!(readings_for(&m.id).contains(&"R6"), "{}", m.id);
            for r in readings_for(&m.id) {
                assert!(READINGS.iter().any(|(id, _, _)| id == r), "{r}");
            }
            for f in &m.funds {
                assert!(FUNDS.iter().any(|(id, _, _)| id == f), "{f}");
            }
            assert!(!ministry_en(&m.ministry).is_empty(), "{}", m.ministry);
        }
    }

    #[test]
    fn every_enum_value_has_a_label() {
        for m in kofukin::engine::measures::list() {
            for i in &m.inputs {
                for v in i.allowed.iter().flatten() {
                    assert_ne!(enum_label(&i.name, v, Lang::Ja), *v, "{}.{} = {v}", m.id, i.name);
                }
            }
        }
    }

    #[test]
    fn list_lines_keep_their_index_in_english() {
        assert_eq!(
            line_label("cooperators", "member", "隊員の活動に要する経費（members[1]）", Lang::En),
            "② Cooperator (members[1])"
        );
        assert_eq!(line_label("working_holiday", "working_holiday", "x", Lang::En), "Working holiday cost");
        assert_eq!(unit("円/団体/年度", Lang::En), "yen / applicant / year");
        // Every unit of the list has an English name.
        for m in kofukin::engine::measures::list() {
            let mut units: Vec<String> = m.params.iter().map(|p| p.unit.clone()).collect();
            for i in &m.inputs {
                units.push(i.unit.clone());
                units.extend(i.fields.iter().flatten().map(|f| f.unit.clone()));
            }
            for u in units {
                assert!(!unit(&u, Lang::En).chars().any(|c| c > '\u{2FFF}'), "{u}");
            }
        }
    }
}
