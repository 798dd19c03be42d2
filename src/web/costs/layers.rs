//! The layers beyond the caps (docs/rules.md): for each rule set, the project cost as a stack of
//! layers (national share, 企業版ふるさと納税, 交付税措置 普通 / 特別, the remaining local burden),
//! the 地方債 shown apart as financing (never in the national share or the stack), and the 2.0
//! measure as not confirmed in published sources. Also the デジタル実装型 projects of each column: caps and rates under 2.0, and
//! why 1.0 leaves them out.

use crate::costs::texts as ct;
use crate::state::use_app;
use crate::texts::{finding_message, oku, project_label, rule_set_short, tr, COL_TOPIC, SOURCE_LABEL, TABLE_UNIT};
use crate::ui::bar::{stacked_bar, swatch};
use crate::ui::format::grouped_2dp;
use crate::ui::money::{oku_bare, oku_figure};
use crate::ui::table::{table, Caption};
use kofukin::engine::finding::Code;
use kofukin::engine::money::Yen;
use kofukin::engine::outcome::{Layers, RuleSetId, RuleSetOutcome, Status};
use kofukin::engine::params::{GEN1, GEN2};
use kofukin::engine::scenario::Kind;
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;

/// One layer: its colour class (`layer-<name>`), its row class (the browser tests read the rows),
/// its name and its amount in a result (`national`, `cost` of the project or total).
struct Layer {
    colour: Option<&'static str>,
    row: &'static str,
    name: Text,
    amount: fn(&Layers, Yen, Yen) -> Yen,
}

/// The stacked layers in bar order, then the project cost and the bond (financing, apart).
const STACK: [Layer; 5] = [
    Layer { colour: Some("national"), row: "layer-national", name: ct::LAYER_NATIONAL, amount: |_, n, _| n },
    Layer {
        colour: Some("donation"),
        row: "layer-donation",
        name: ct::LAYER_DONATION,
        amount: |l, _, _| l.donation_oku,
    },
    Layer {
        colour: Some("tax-ordinary"),
        row: "layer-ordinary",
        name: ct::LAYER_ORDINARY,
        amount: |l, _, _| l.ordinary_allocation_tax_oku,
    },
    Layer {
        colour: Some("tax-special"),
        row: "layer-special",
        name: ct::LAYER_SPECIAL,
        amount: |l, _, _| l.special_allocation_tax_oku,
    },
    Layer {
        colour: Some("local"),
        row: "layer-remaining",
        name: ct::LAYER_REMAINING,
        amount: |l, _, _| l.remaining_local_oku,
    },
];
const COST: Layer = Layer { colour: None, row: "layer-cost", name: ct::LAYER_COST, amount: |_, _, c| c };
const BOND: Layer =
    Layer { colour: Some("bond"), row: "layer-bond", name: ct::LAYER_BOND, amount: |l, _, _| l.bond_oku };

/// Whole yen, the bar's unit.
fn f(y: Yen) -> i64 {
    y.0
}

impl Layer {
    /// The row header: swatch (if the layer has a colour) and name.
    fn head(&self, lang: Lang) -> impl IntoView {
        let swatch = self.colour.map(|c| view! { {swatch(c)}" " });
        view! { <th scope="row">{swatch}{tr(self.name.clone(), lang)}</th> }
    }
}

/// The layers of one rule set's result, as a bar and a table (the table is the exact record).
fn stack(lang: Lang, name: String, national: Yen, cost: Yen, l: &Layers) -> impl IntoView {
    let amount = |y: Yen| oku(&grouped_2dp(y.to_oku()));
    let [nat, don, ord, spe, rem] = STACK.each_ref().map(|layer| amount((layer.amount)(l, national, cost)));
    let alt = ct::layers_alt(&nat, &don, &ord, &spe, &rem, &amount(l.bond_oku));
    let parts = STACK.each_ref().map(|layer| (layer.colour.unwrap_or_default(), f((layer.amount)(l, national, cost))));
    let rows = STACK
        .iter()
        .chain([&COST, &BOND])
        .map(|layer| {
            view! {
                <tr class=layer.row>
                    {layer.head(lang)}
                    <td class="num">{oku_bare(lang, (layer.amount)(l, national, cost))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        {stacked_bar(&parts, f(cost), tr(alt, lang))}
        {table(Some("layers-table"), Caption::NamedUnit(name, tr(TABLE_UNIT, lang)), Vec::new(), rows)}
    }
}

/// The local-finance measure of one rule set, with its source (1.0) or as unpublished (2.0).
fn measure(lang: Lang, id: RuleSetId) -> AnyView {
    match id {
        RuleSetId::Gen1 => {
            let p = &GEN1.local_finance_soft;
            view! {
                <p class="measure-note">
                    {tr(ct::GEN1_MEASURE, lang)}
                    <span class="screen-only">" "{tr(ct::GEN1_MEASURE_NOTE, lang)}</span>
                    " "{crate::ui::source::source_line(lang, SOURCE_LABEL, &p.source_ref)}
                </p>
            }
            .into_any()
        }
        RuleSetId::Gen2 => {
            let p = &GEN2.local_finance;
            view! {
                <p class="measure-note unpublished-measure" data-param=p.id>
                    <span class="badge">{tr(kofukin::engine::basis::OPEN_LABEL, lang)}</span>" "{tr(ct::GEN2_MEASURE, lang)}
                </p>
            }
            .into_any()
        }
    }
}

/// The local-share layers and the digital projects of one result column.
#[component]
pub fn ColumnExtras(id: RuleSetId) -> impl IntoView {
    let app = use_app();
    app.with_outcome(move |lang, o| {
        let r = o.get(id);
        let heading = format!("{}-layers-h", id.as_str());
        let heading_ref = heading.clone();
        let body = if r.projects.iter().all(|p| p.status == Status::NotModelled) {
            view! { <p class="empty">{tr(ct::LAYERS_EMPTY, lang)}</p> }.into_any()
        } else {
            let name = tr(ct::layers_table_name(rule_set_short(r)), lang);
            stack(lang, name, r.total_national_oku, r.total_cost_oku, &r.layers).into_any()
        };
        let bond_note =
            (!r.layers.bond_oku.is_zero()).then(|| view! { <p class="help">{tr(ct::BOND_NOTE, lang)}</p> });
        view! {
            <section class="layers" aria-labelledby=heading_ref>
                <h4 id=heading>{tr(ct::LAYERS_HEADING, lang)}</h4>
                {body}
                {bond_note}
                {measure(lang, id)}
            </section>
            {digital(lang, id, r)}
        }
    })
}

/// The デジタル実装型 projects of one column: 2.0 caps and rates (from the parameters) and each
/// project's request and grant; 1.0 says why they are not modelled (the engine's finding).
fn digital(lang: Lang, id: RuleSetId, r: &RuleSetOutcome) -> Option<AnyView> {
    let items: Vec<_> = r.projects.iter().filter(|p| p.kind.is_digital()).collect();
    if items.is_empty() {
        return None;
    }
    let heading = format!("{}-digital-h", id.as_str());
    let heading_ref = heading.clone();
    let rows = items
        .into_iter()
        .map(|p| {
            let who = tr(project_label(p.index + 1, &p.kind.short_label(), &p.name), lang);
            match id {
                RuleSetId::Gen2 => {
                    let (cap, rate) = match p.kind {
                        Kind::DigitalType1 => (&GEN2.type1_cap, &GEN2.type1_rate),
                        Kind::DigitalTypeV => (&GEN2.type_v_cap, &GEN2.type_v_rate),
                        _ => (&GEN2.type_s_cost_cap, &GEN2.type_s_rate),
                    };
                    let cap_label = Text::new(cap.label_ja, cap.label_en);
                    let status = (p.status == Status::Ineligible)
                        .then(|| view! { <span class="status ineligible">{tr(Status::Ineligible.label(), lang)}</span> });
                    let src = format!(
                        "{}: {}（{}、{}）",
                        SOURCE_LABEL.get(lang),
                        cap.citation().get(lang),
                        cap.as_of,
                        ct::DIGITAL_PERIOD.get(lang)
                    );
                    view! {
                        <li class="digital-item" data-kind=p.kind.as_str()>
                            <span class="where">{who}</span>
                            <span>{format!("{}: {}（{}）", ct::DIGITAL_CAP.get(lang), cap.value_ja(), cap_label.get(lang))}</span>
                            <span>{format!("{}: {}", ct::DIGITAL_RATE.get(lang), rate.value_ja())}</span>
                            <span>{format!("{}: ", ct::DIGITAL_REQUESTED.get(lang))}{oku_figure(lang, p.requested_oku, "digital-requested")}</span>
                            <span>{format!("{}: ", ct::DIGITAL_GRANTED.get(lang))}{oku_figure(lang, p.national_oku, "digital-national")}" "{status}</span>
                            <span class="src">{src}</span>
                        </li>
                    }
                    .into_any()
                }
                RuleSetId::Gen1 => {
                    let why = p
                        .findings
                        .iter()
                        .find(|f| f.code == Code::NotModelled)
                        .map(|f| tr(finding_message(f), lang))
                        .unwrap_or_default();
                    view! {
                        <li class="digital-item" data-kind=p.kind.as_str()>
                            <span class="where">{who}</span>
                            <span class="status not-modelled">{tr(Status::NotModelled.label(), lang)}</span>
                            <span class="msg">{why}</span>
                        </li>
                    }
                    .into_any()
                }
            }
        })
        .collect_view();
    Some(
        view! {
            <section class="digital" aria-labelledby=heading_ref>
                <h4 id=heading>{tr(ct::DIGITAL_HEADING, lang)}</h4>
                <ul class="digital-list">{rows}</ul>
            </section>
        }
        .into_any(),
    )
}

/// One project's layers under both rule sets (in its editor card).
#[component]
pub fn ProjectLayers(i: usize) -> impl IntoView {
    let app = use_app();
    app.with_outcome(move |lang, o| {
        let cols = [RuleSetId::Gen1, RuleSetId::Gen2].map(|id| {
            let r = o.get(id);
            (rule_set_short(r).to_string(), r.projects.get(i).cloned())
        });
        let rows = STACK
            .iter()
            .chain([&COST, &BOND])
            .map(|layer| {
                let cells = cols
                    .iter()
                    .map(|(_, p)| match p {
                        Some(p) if p.status != Status::NotModelled => {
                            let v = (layer.amount)(&p.layers, p.national_oku, p.cost_oku);
                            view! { <td class="num">{oku_bare(lang, v)}</td> }.into_any()
                        }
                        _ => view! { <td class="num">{tr(Status::NotModelled.label(), lang)}</td> }.into_any(),
                    })
                    .collect_view();
                view! { <tr>{layer.head(lang)}{cells}</tr> }
            })
            .collect_view();
        let mut columns = vec![tr(COL_TOPIC, lang)];
        columns.extend(cols.iter().map(|(l, _)| l.clone()));
        let name = tr(ct::project_layers_name(i + 1), lang);
        table(Some("layers-table project-layers-table"), Caption::NamedUnit(name, tr(TABLE_UNIT, lang)), columns, rows)
    })
}
