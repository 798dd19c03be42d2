//! The project list for print (hidden on screen, where the cards show the same).

use crate::costs::texts as ct;
use crate::state::use_app;
use crate::texts::tr;
use crate::ui::format::plain;
use crate::ui::table::{table, Caption};
use kofukin::engine::scenario::{Bond, Kind, Round};
use leptos::prelude::*;

#[component]
pub fn PrintProjects() -> impl IntoView {
    let app = use_app();
    app.with_scenario(move |lang, s| {
        let rows = s
            .projects
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let mut details: Vec<String> = Vec::new();
                if p.kind == Kind::Hub {
                    details.push(tr(ct::round_short(p.round == Round::Supplementary), lang));
                }
                if p.kind == Kind::Infra {
                    details.push(tr(p.infra_sector.label(), lang));
                }
                if p.outside_cap {
                    details.push(tr(ct::OUTSIDE_SHORT, lang));
                }
                if let Some(list) = &p.cost_by_year_oku {
                    details.push(list.iter().map(|d| plain(*d)).collect::<Vec<_>>().join(" / "));
                }
                view! {
                    <tr>
                        <td class="num">{i + 1}</td>
                        <td>{p.name.clone()}</td>
                        <td>{tr(p.kind.short_label(), lang)}</td>
                        <td class="num">{p.start_year}</td>
                        <td class="num">{p.years}</td>
                        <td class="num">{plain(p.total_cost_oku())}</td>
                        <td class="num">{plain(p.donation_oku)}</td>
                        <td>{(p.bond != Bond::None).then(|| tr(p.bond.label(), lang))}</td>
                        <td>{details.join("・")}</td>
                    </tr>
                }
            })
            .collect_view();
        let columns = [
            ct::COL_NO,
            ct::NAME,
            ct::KIND,
            ct::COL_START,
            ct::COL_YEARS,
            ct::COL_COST,
            ct::COL_DONATION,
            ct::COL_BOND,
            ct::COL_DETAILS,
        ];
        table(
            Some("print-projects"),
            Caption::Title(tr(ct::PRINT_PROJECTS, lang)),
            columns.into_iter().map(|c| tr(c, lang)).collect(),
            rows,
        )
    })
}
