//! The explanatory panels: the non-monetary differences (quoted), 根拠 (every parameter, from the
//! engine's table) and 前提 (every assumption).

use crate::state::use_app;
use kofukin::engine::assumptions::assumptions;
use kofukin::engine::outcome::RuleSetId;
use kofukin::engine::params::{self, Value};
use kofukin::engine::text::Lang;
use leptos::prelude::*;

const SEED: &str = "000_ae054ae38168f694.txt";

/// (topic ja, topic en, 1.0 quote, 1.0 in English, 2.0 quote, 2.0 in English); quotes verbatim.
const DIFFERENCES: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "PDCA（外部の参画）",
        "PDCA (outside participation)",
        "外部有識者の参画は効果検証の段階のみ",
        "Outside experts take part only in evaluating the effects",
        "事業の検討・実施・検証の各段階に地域の多様な主体の参画を義務付け",
        "Diverse local actors must take part in planning, implementation and evaluation",
    ),
    (
        "効果検証の公表",
        "Publishing the evaluation",
        "効果検証結果の公表は努力義務",
        "Publishing the evaluation results is a duty of effort",
        "効果検証結果＋改善方策の公表を義務付け",
        "Publishing the evaluation results and the improvement measures is mandatory",
    ),
    (
        "地域の多様な主体の参画",
        "Participation of diverse actors",
        "",
        "",
        "産官学金労言の参画による事業の進捗状況・効果測定を実施し、効果検証及び評価結果・改善方策の公表を義務化する。",
        "Progress and effects are measured with industry, government, academia, finance, labour and media; publishing the evaluation, results and improvement measures becomes mandatory.",
    ),
    (
        "申請",
        "Applications",
        "",
        "",
        "ハード・ソフトが一体となった事業も含め、一本の申請で受付。",
        "One application covers a project, including combined hard and soft projects.",
    ),
    (
        "国の支援",
        "Support from the national government",
        "",
        "",
        "ソフト＋ハードや分野間連携の事業を一体的に支援するとともに、国による伴走支援を強化",
        "Combined soft and hard, cross-sector projects are supported as one, with stronger hands-on support from the national government",
    ),
];

#[component]
pub fn Panels() -> impl IntoView {
    view! {
        <div class="panels">
            <DifferencesPanel/>
            <ParamsPanel/>
            <AssumptionsPanel/>
        </div>
    }
}

fn quote(ja: &'static str, en: &'static str, lang: Lang) -> AnyView {
    if ja.is_empty() {
        return view! { <span class="none">"—"</span> }.into_any();
    }
    match lang {
        Lang::Ja => view! { <q>{ja}</q> }.into_any(),
        Lang::En => view! { <q lang="ja">{ja}</q><br/><span class="translation">{en}</span> }.into_any(),
    }
}

#[component]
fn DifferencesPanel() -> impl IntoView {
    let app = use_app();
    move || {
        let t = app.t();
        let lang = app.lang.get();
        let rows = DIFFERENCES
            .iter()
            .map(|(tj, te, q1, e1, q2, e2)| {
                view! {
                    <tr>
                        <th scope="row">{if lang == Lang::Ja { *tj } else { *te }}</th>
                        <td>{quote(q1, e1, lang)}</td>
                        <td>{quote(q2, e2, lang)}</td>
                    </tr>
                }
            })
            .collect_view();
        let (l1, l2) = app.outcome.with(|o| match lang {
            Lang::Ja => (o.rule_sets.gen1.label_ja, o.rule_sets.gen2.label_ja),
            Lang::En => (o.rule_sets.gen1.label_en, o.rule_sets.gen2.label_en),
        });
        view! {
            <details class="panel differences" open>
                <summary><h2>{t.differences_heading}</h2></summary>
                <p class="help">{t.differences_intro}</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label=t.differences_heading>
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{t.col_topic}</th>
                                <th scope="col">{l1}</th>
                                <th scope="col">{l2}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <p class="src">{format!("{}: {SEED}", t.source_label)}</p>
            </details>
        }
    }
}

#[component]
fn ParamsPanel() -> impl IntoView {
    let app = use_app();
    move || {
        let t = app.t();
        let lang = app.lang.get();
        let table = params::table();
        let rows = table
            .iter()
            .map(|p| {
                let rule_set = match p.rule_set {
                    Some(RuleSetId::Gen1) => "1.0",
                    Some(RuleSetId::Gen2) => "2.0",
                    None => "1.0 / 2.0",
                };
                let class = match (p.class, lang) {
                    (Some(c), Lang::Ja) => c.label_ja(),
                    (Some(c), Lang::En) => c.label_en(),
                    (None, _) => t.all_classes,
                };
                let value = match (p.value, lang) {
                    (Value::Unpublished, _) => t.unpublished.to_string(),
                    (_, Lang::Ja) => p.value_ja(),
                    (_, Lang::En) => p.value_en(),
                };
                let guideline = p.guideline.then(|| view! { <span class="badge">{t.guideline}</span> });
                view! {
                    <tr data-param=p.id>
                        <td>{rule_set}</td>
                        <th scope="row">{if lang == Lang::Ja { p.label_ja } else { p.label_en }}</th>
                        <td>{class}</td>
                        <td class="num">{value}" "{guideline}</td>
                        <td>{p.as_of}</td>
                        <td class="src">
                            {(!p.quote.is_empty()).then(|| view! { <q lang="ja">{p.quote}</q><br/> })}
                            {(t.paren)(p.source, (t.basis_label)(p.basis))}
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let empty = table.is_empty();
        view! {
            <details class="panel params">
                <summary><h2>{t.params_heading}</h2></summary>
                <p class="help">{t.params_intro}</p>
                {if empty {
                    view! { <p class="empty">{t.params_empty}</p> }.into_any()
                } else {
                    view! {
                        <div class="table-wrap" tabindex="0" role="region" aria-label=t.params_heading>
                            <table>
                                <thead>
                                    <tr>
                                        <th scope="col">{t.col_rule_set}</th>
                                        <th scope="col">{t.col_param}</th>
                                        <th scope="col">{t.col_class}</th>
                                        <th scope="col">{t.col_value}</th>
                                        <th scope="col">{t.as_of}</th>
                                        <th scope="col">{t.col_source}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                    }
                    .into_any()
                }}
            </details>
        }
    }
}

#[component]
fn AssumptionsPanel() -> impl IntoView {
    let app = use_app();
    move || {
        let t = app.t();
        let lang = app.lang.get();
        let items = assumptions()
            .iter()
            .map(|a| {
                view! {
                    <li data-assumption=a.id>
                        {if lang == Lang::Ja { a.text_ja } else { a.text_en }}
                        <span class="src">{format!(" {}", (t.paren)("", &format!("{}: {}{}{}", t.source_label, a.source, t.sep, (t.basis_label)(a.basis))))}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <details class="panel assumptions">
                <summary><h2>{t.assumptions_heading}</h2></summary>
                <p class="help">{t.assumptions_intro}</p>
                <ul>{items}</ul>
            </details>
        }
    }
}
