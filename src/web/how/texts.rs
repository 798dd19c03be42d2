//! The texts of 計算のしかた in both languages. Figures of the example come from the engine's result
//! for the starter scenario, so the walk-through cannot drift from the calculation.

use kofukin::engine::text::Text;

pub const HEADING: Text = Text::new("計算のしかた", "How it computes");
pub const INTRO: Text = Text::new(
    "シミュレーターが国費と地方負担をどう計算するかを、初めに表示される例（市区町村、ソフト事業2件・拠点整備事業1件・インフラ整備事業1件）で順に説明します。各段階で使う数値と、その出典の資料を添えています。",
    "How the simulator computes the national share and the local share, step by step, with the example it opens with (a municipality with two soft projects, one hub project and one infrastructure project). Each step lists the numbers it uses and the document each comes from.",
);
pub const OPEN_EXAMPLE: Text = Text::new("この例をシミュレーターで開く", "Open this example in the simulator");
pub const PARAMS_USED: Text = Text::new("この段階で使う数値と出典", "Numbers used in this step and their sources");
pub const IN_EXAMPLE: Text = Text::new("この例では", "In the example");

pub const STEP_EXAMPLE: Text = Text::new("1. 例の事業", "1. The example");
pub const STEP_EXAMPLE_BODY: Text = Text::new(
    "事業は優先順位の順に並べます。順番は、申請枠や予算が足りないときにどの事業を先に扱うかを決めます。",
    "Projects are listed in priority order. The order decides which project is served first when application slots or budgets run short.",
);

pub const STEP_ELIGIBILITY: Text = Text::new("2. 対象になるか", "2. Is the project eligible?");
pub const STEP_ELIGIBILITY_BODY: Text = Text::new(
    "1.0 では、インフラ整備事業は道・汚水処理施設・港湾の分野だけが対象です。2.0 では分野を問いませんが、同じ年度にソフト事業か拠点整備事業と組み合わせることが要件です。対象にならない事業は国費0円として、その理由を「制約と注意」に示します。",
    "Under 1.0, infrastructure projects are eligible only for roads, sewage treatment and ports. Under 2.0 any sector is eligible, but an infrastructure project must be combined with a soft or hub project in the same year. An ineligible project gets no national share, and the reason is shown under Caps and notes.",
);

pub const STEP_SLOTS: Text = Text::new("3. 申請できる件数", "3. Application slots");
pub const STEP_SLOTS_BODY: Text = Text::new(
    "1.0 は事業の種類ごとに申請件数の上限があります。2.0 はソフト・拠点・インフラを合わせた件数で数え、一定の条件を満たす事業には枠外の件数もあります。枠に入らない事業は国費0円になります。",
    "Under 1.0 each kind of project has its own limit on applications. Under 2.0 soft, hub and infrastructure projects count together, with extra slots for projects that meet certain conditions. A project without a slot gets no national share.",
);

pub const STEP_CAPS: Text = Text::new("4. 補助率と上限", "4. Subsidy rate and caps");
pub const STEP_CAPS_BODY: Text = Text::new(
    "国費はまず事業費に補助率（原則1/2）を掛けて求めます。そのうえで、1件・1年度当たりや計画期間当たりの上限を超える分を減らします。上限に達しなければ、補助率どおりの額になります。公表資料で確認できない上限は適用せず、その制度の合計は「最大でこの額」として示します。",
    "The national share starts as the cost times the subsidy rate (1/2 as a rule). Any amount above the caps per project and year, or per plan period, is then cut. When no cap is reached, the amount is the rate times the cost. Caps not confirmed in published sources are not applied, and that rule set's total is shown as a maximum.",
);

pub const STEP_ALLOCATION: Text = Text::new("5. 優先順位どおりの配分", "5. Allocation in priority order");
pub const STEP_ALLOCATION_BODY: Text = Text::new(
    "2.0 の上限の一部は、1件ごとではなく、種類ごと・年度ごとの合計に掛かります。合計が上限を超えるときは、優先順位の高い事業から順に満額を割り当て、残りを次の事業に回します。",
    "Some 2.0 caps apply to the total of a kind of project in a year, not to each project. When the total exceeds such a cap, projects are served in priority order: each gets its full amount until the cap is used up, and the rest goes to the next.",
);

pub const STEP_LAYERS: Text = Text::new("6. 地方負担の内訳", "6. What makes up the local share");
pub const STEP_LAYERS_BODY: Text = Text::new(
    "事業費から国費を引いた地方負担は、企業版ふるさと納税の寄附、地方債、交付税措置、そして残る実質的な地方負担に分けて示します。1.0 のソフト事業には地方負担の一部に交付税措置があり、実質的な地方負担はそのぶん小さくなります。",
    "The local share (cost minus national share) is split into corporate hometown-tax donations, local bonds, allocation-tax support, and the net local burden that remains. Soft projects under 1.0 receive allocation-tax support for part of the local share, which lowers the net local burden by that much.",
);

pub const STEP_COMPARE: Text = Text::new("7. 2つの制度の比べ方", "7. Comparing the two rule sets");
pub const STEP_COMPARE_BODY: Text = Text::new(
    "差は、両方の制度で試算できる事業の国費合計（2.0 − 1.0）です。1.0 に公表資料で確認できない上限があるときは、1.0 の額は最大値なので、差が正なら「少なくとも」その額だけ 2.0 が多いと言えますが、差が0以下ならどちらが多いかは判断できません。参考値で補ったときは、差は参考値による試算として示します。",
    "The difference is the total national share of the projects both rule sets model (2.0 − 1.0). When a 1.0 cap is not confirmed in published sources, the 1.0 amount is a maximum: a positive difference means 2.0 gives at least that much more, while a difference of zero or less cannot decide which is larger. With reference values the difference is shown as an estimate with reference values.",
);

pub fn example_project(n: usize, kind: &Text, cost: &str, years: u32, extra: &Text) -> Text {
    Text::owned(
        format!("事業{n}: {}、年間 {cost}億円 × {years}年{}", kind.ja, extra.ja),
        format!("Project {n}: {}, {cost} oku yen a year for {years} years{}", kind.en, extra.en),
    )
}
pub const ROAD: Text = Text::new("（道路）", " (road)");
pub const NONE: Text = Text::new("", "");

pub const ELIGIBILITY_EXAMPLE: Text = Text::new(
    "インフラ整備事業（道路）は 1.0 の対象分野で、2.0 でもソフト事業と同じ年度に行うので、4件とも両方の制度で対象です。",
    "The infrastructure project (a road) is in a 1.0 sector, and under 2.0 it runs in the same years as the soft projects, so all four projects are eligible under both rule sets.",
);

pub fn slots_line(rule_set: &str, pool: &Text, used: u32, limit: Option<u32>) -> Text {
    match limit {
        Some(l) => Text::owned(
            format!("{rule_set}（{}）: {used}件 ／ 上限 {l}件", pool.ja),
            format!("{rule_set} ({}): {used} of {l}", pool.en),
        ),
        None => Text::owned(
            format!("{rule_set}（{}）: {used}件（上限は公表資料で確認できず）", pool.ja),
            format!("{rule_set} ({}): {used} (limit not confirmed in published sources)", pool.en),
        ),
    }
}

pub fn caps_example(rate_half: &str, gen1_cap: &str, gen1: &str) -> Text {
    Text::owned(
        format!("ソフト事業1件の1年度分は 1.5億円 × 1/2 = {rate_half}億円 です。1.0 では1件・1年度当たりの上限 {gen1_cap}億円 を超えるため {gen1}億円 に減ります。2.0 では上限に達しないので {rate_half}億円 のままです。"),
        format!("One soft project's year is 1.5 × 1/2 = {rate_half} oku yen. Under 1.0 it exceeds the cap per project and year of {gen1_cap} oku yen and is cut to {gen1} oku yen. Under 2.0 no cap is reached, so it stays {rate_half} oku yen."),
    )
}

pub fn allocation_example(total: &str) -> Text {
    Text::owned(
        format!("この例では 2.0 の合計の上限に達しないので、どの事業も満額で、2.0 の国費合計は {total}億円 です。"),
        format!("In the example no 2.0 total cap is reached, so every project gets its full amount: 2.0's total national share is {total} oku yen."),
    )
}

pub fn layers_example(gen1_tax: &str, gen1_net: &str, gen2_net: &str) -> Text {
    Text::owned(
        format!("1.0 ではソフト事業の地方負担に交付税措置 {gen1_tax}億円 があり、実質的な地方負担は {gen1_net}億円 です。2.0 では {gen2_net}億円 です。"),
        format!("Under 1.0 the soft projects' local share receives {gen1_tax} oku yen of allocation-tax support, leaving a net local burden of {gen1_net} oku yen; under 2.0 it is {gen2_net} oku yen."),
    )
}

pub fn compare_example(gen1: &str, gen2: &str, diff: &str) -> Text {
    Text::owned(
        format!("1.0 は最大で {gen1}億円（確認できない上限があるため、実際はこれより少ない可能性）、2.0 は {gen2}億円 です。差は {diff}億円 なので、2.0 のほうが少なくとも {diff}億円 多くなります。"),
        format!("1.0 gives at most {gen1} oku yen (some caps are not confirmed, so it may be less), 2.0 gives {gen2} oku yen. The difference is {diff} oku yen, so 2.0 gives at least {diff} oku yen more."),
    )
}

pub fn compare_plain(gen1: &str, gen2: &str, diff: &str) -> Text {
    Text::owned(
        format!("1.0 は {gen1}億円、2.0 は {gen2}億円 で、差は {diff}億円 です。"),
        format!("1.0 gives {gen1} oku yen and 2.0 gives {gen2} oku yen: a difference of {diff} oku yen."),
    )
}
