//! The explanatory panels: the non-monetary differences (quoted), 根拠 (every parameter, from the
//! engine's table) and 前提 (every assumption).

use crate::simulator::texts as tx;
use crate::state::use_app;
use crate::texts::{paren, rule_set_label, tr, COL_TOPIC, SOURCE_LABEL};
use crate::ui::table::{scroll_table, Caption};
use kofukin::engine::assumptions::assumptions;
use kofukin::engine::outcome::RuleSetId;
use crate::ui::source::{cite, param_source, param_value, source_line};
use kofukin::engine::basis::{Basis, OPEN_LABEL, OPEN_LEGEND};
use kofukin::engine::sources::{self, SourceRef};
use kofukin::engine::params;
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;

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
    // On the English page the Japanese quote stays, marked as Japanese, with its translation below.
    match lang {
        Lang::Ja => view! { <q>{ja}</q> }.into_any(),
        Lang::En => view! { <q lang="ja">{ja}</q><br/><span class="translation">{en}</span> }.into_any(),
    }
}

#[component]
fn DifferencesPanel() -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let rows = DIFFERENCES
            .iter()
            .map(|(tj, te, q1, e1, q2, e2)| {
                view! {
                    <tr>
                        <th scope="row">{Text::new(tj, te).get(lang).to_owned()}</th>
                        <td>{quote(q1, e1, lang)}</td>
                        <td>{quote(q2, e2, lang)}</td>
                    </tr>
                }
            })
            .collect_view();
        let (l1, l2) = app
            .outcome
            .with(|o| (tr(rule_set_label(&o.rule_sets.gen1), lang), tr(rule_set_label(&o.rule_sets.gen2), lang)));
        let heading = tr(tx::DIFFERENCES_HEADING, lang);
        view! {
            <details class="panel differences" open>
                <summary><h2>{heading.clone()}</h2></summary>
                <p class="help">{tr(tx::DIFFERENCES_INTRO, lang)}</p>
                {scroll_table(heading, None, None, Caption::None, vec![tr(COL_TOPIC, lang), l1, l2], rows)}
                {source_line(lang, SOURCE_LABEL, &SourceRef::new(sources::GEN1_GEN2_DIFF))}
            </details>
        }
    }
}

/// A panel that starts closed: its body is drawn when it is first opened. The 根拠 table alone is
/// about a thousand elements, which the page's first render does not need.
#[component]
fn ClosedPanel<B, V>(class: &'static str, heading: Text, body: B) -> impl IntoView
where
    B: Fn(Lang) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let app = use_app();
    let opened = RwSignal::new(false);
    view! {
        <details class=format!("panel {class}") on:toggle=move |_| opened.set(true)>
            <summary><h2>{app.say(heading)}</h2></summary>
            {move || opened.get().then(|| body(app.lang.get()))}
        </details>
    }
}

#[component]
fn ParamsPanel() -> impl IntoView {
    view! { <ClosedPanel class="params" heading=tx::PARAMS_HEADING body=params_body/> }
}

fn params_body(lang: Lang) -> impl IntoView {
    let table = params::table_with_references();
    let rows = table
        .iter()
        .map(|p| {
            let rule_set = match p.rule_set {
                Some(RuleSetId::Gen1) => "1.0",
                Some(RuleSetId::Gen2) => "2.0",
                None => "1.0 / 2.0",
            };
            let class = tr(p.class.map(|c| c.label()).unwrap_or(tx::ALL_CLASSES), lang);
            let value = param_value(p);
            let guideline = p.guideline.then(|| view! { <span class="badge">{tr(tx::GUIDELINE, lang)}</span> });
            let reference = p.reference_for.map(|_| view! { <span class="badge reference">{tr(tx::REFERENCE_BADGE, lang)}</span> });
            view! {
                <tr data-param=p.id>
                    <td>{rule_set}</td>
                    <th scope="row">{Text::new(p.label_ja, p.label_en).get(lang).to_owned()}</th>
                    <td>{class}</td>
                    <td class="num">{tr(value, lang)}" "{guideline}{reference}</td>
                    <td>{p.as_of}</td>
                    <td class="src">{param_source(lang, p)}</td>
                </tr>
            }
        })
        .collect_view();
    let columns = [tx::COL_RULE_SET, tx::COL_PARAM, tx::COL_CLASS, tx::COL_VALUE, tx::AS_OF, tx::COL_SOURCE];
    let table = scroll_table(
        tr(tx::PARAMS_HEADING, lang),
        None,
        None,
        Caption::None,
        columns.into_iter().map(|c| tr(c, lang)).collect(),
        rows,
    );
    view! {
        <p class="help">{tr(tx::PARAMS_INTRO, lang)}</p>
        {legend(lang)}
        {table}
        {documents(lang)}
    }
}

/// One line per basis label, and 公表資料で確認できず, each with its sentence.
fn legend(lang: Lang) -> impl IntoView {
    let entries = [Basis::Seed, Basis::Inferred, Basis::Assumption]
        .into_iter()
        .map(|b| (b.label(), b.legend()))
        .chain([(OPEN_LABEL, OPEN_LEGEND)])
        .map(|(l, d)| view! { <div><dt class="basis">{tr(l, lang)}</dt><dd>{tr(d, lang)}</dd></div> })
        .collect_view();
    view! {
        <h3>{tr(tx::BASIS_LEGEND_HEADING, lang)}</h3>
        <dl class="basis-legend">{entries}</dl>
    }
}

/// The registry: every document the tool cites, linked where its address is known.
fn documents(lang: Lang) -> impl IntoView {
    let items = sources::registry()
        .iter()
        .map(|s| view! { <li data-source=s.id>{cite(lang, &SourceRef::new(s.id))}" "<span class="kind">{paren("", &s.kind.label()).get(lang).to_owned()}</span></li> })
        .collect_view();
    view! {
        <h3 id="sources-h">{tr(tx::SOURCES_HEADING, lang)}</h3>
        <p class="help">{tr(tx::SOURCES_INTRO, lang)}</p>
        <ul class="sources-list" aria-labelledby="sources-h">{items}</ul>
    }
}

#[component]
fn AssumptionsPanel() -> impl IntoView {
    view! { <ClosedPanel class="assumptions" heading=tx::ASSUMPTIONS_HEADING body=assumptions_body/> }
}

fn assumptions_body(lang: Lang) -> impl IntoView {
    let items = assumptions()
        .iter()
        .map(|a| {
            view! {
                <li data-assumption=a.id>
                    {Text::new(a.text_ja, a.text_en).get(lang).to_owned()}" "
                    <span class="basis">{tr(a.basis.label(), lang)}</span>" "
                    {source_line(lang, SOURCE_LABEL, &a.source_ref)}
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="help">{tr(tx::ASSUMPTIONS_INTRO, lang)}</p>
        <ul>{items}</ul>
    }
}
