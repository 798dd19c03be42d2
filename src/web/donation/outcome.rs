//! The calculator's result: each credit, the 損金算入 benefit, the net cost and its ratio (the
//! engine's `donation`), a stacked bar of the donation, and which cap bound.

use crate::donation::texts as dt;
use crate::texts::{tr, yen};
use crate::ui::bar::{stacked_bar, swatch};
use crate::ui::money::{self, figure};
use kofukin::engine::donation::DonationOutcome;
use kofukin::engine::text::{Lang, Text};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// A yen figure: 「1,000,000円」, the exact integer in `data-value`.
fn yen_figure(lang: Lang, n: u64, class: &str) -> impl IntoView {
    money::yen_figure(lang, n, format!("yen {class}"))
}

/// Yen as the bar's whole units (an amount beyond i64 is drawn as the largest).
fn whole(yen: u64) -> i64 {
    i64::try_from(yen).unwrap_or(i64::MAX)
}

pub fn outcome_view(lang: Lang, out: &DonationOutcome) -> impl IntoView {
    let pct = (out.net_cost_ratio * Decimal::from(100)).round_dp(2);
    let ratio = out.net_cost_ratio.normalize().to_string();
    let credits = out.resident_tax_credit_yen + out.corporate_tax_credit_yen + out.enterprise_tax_credit_yen;
    let parts = [
        ("credit-resident", whole(out.resident_tax_credit_yen)),
        ("credit-corporate", whole(out.corporate_tax_credit_yen)),
        ("credit-enterprise", whole(out.enterprise_tax_credit_yen)),
        ("deduction", whole(out.deduction_benefit_yen)),
        ("net-cost", whole(out.net_cost_yen)),
    ];
    let alt =
        dt::bar_alt(&yen(credits), &yen(out.deduction_benefit_yen), &yen(out.net_cost_yen), &yen(out.donation_yen));
    let caps = out
        .findings
        .iter()
        .map(|f| {
            view! {
                <li class="finding sev-capped" data-code=f.code.as_str()>
                    {tr(crate::texts::finding_message(f), lang)}
                    " "{crate::ui::source::source_line(lang, crate::texts::SOURCE_LABEL, &f.source_ref)}
                </li>
            }
        })
        .collect_view();
    let no_cap = out.findings.is_empty();
    let row = |layer: Option<&'static str>, name: Text, n: u64, class: &'static str| {
        view! {
            <tr>
                <th scope="row">{layer.map(swatch)}" "{tr(name, lang)}</th>
                <td class="num">{yen_figure(lang, n, class)}</td>
            </tr>
        }
    };
    view! {
        <h3>{tr(dt::RESULTS_HEADING, lang)}</h3>
        <p class="net-cost">
            <span class="net-cost-label">{tr(dt::NET_COST, lang)}</span>
            {yen_figure(lang, out.net_cost_yen, "net-cost-value")}
            <span class="net-cost-ratio-wrap">
                {format!("{}: ", dt::NET_COST_RATIO.get(lang))}
                {figure("net-cost-ratio".into(), ratio.clone(), None, tr(dt::ratio_text(&format!("{pct:.2}"), &ratio), lang))}
            </span>
        </p>
        <h4>{tr(dt::BAR_TITLE, lang)}</h4>
        {stacked_bar(&parts, whole(out.donation_yen), tr(alt, lang))}
        <table class="donation-table">
            <tbody>
                {row(Some("credit-resident"), dt::RESIDENT_CREDIT, out.resident_tax_credit_yen, "resident-credit")}
                {row(Some("credit-corporate"), dt::CORPORATE_CREDIT, out.corporate_tax_credit_yen, "corporate-credit")}
                {row(Some("credit-enterprise"), dt::ENTERPRISE_CREDIT, out.enterprise_tax_credit_yen, "enterprise-credit")}
                {row(Some("deduction"), dt::DEDUCTION_BENEFIT, out.deduction_benefit_yen, "deduction-benefit")}
                {row(None, dt::TOTAL_RELIEF, out.total_relief_yen, "total-relief")}
                {row(Some("net-cost"), dt::NET_COST, out.net_cost_yen, "net-cost-row")}
                {row(None, dt::DONATION_YEN, out.donation_yen, "donation-total")}
            </tbody>
        </table>
        <h4>{tr(dt::CAPS_HEADING, lang)}</h4>
        {if no_cap {
            view! { <p class="no-cap">{tr(dt::NO_CAP, lang)}</p> }.into_any()
        } else {
            view! { <ul class="findings">{caps}</ul> }.into_any()
        }}
    }
}
