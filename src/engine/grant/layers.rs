//! What the applicant pays in the end (docs/rules.md, "Beyond the caps"). Layers on each project's local share
//! L = cost − national share, in this order, each taking only from what the previous ones left:
//! the 企業版ふるさと納税 donation (at most L); then the 交付税措置 of the rule set (1.0 soft) or on a
//! bond's principal. A 地方債 is financing, shown but not subtracted. Never mixed into the national share.

use super::eval::Eval;
use crate::engine::finding::{Basis, Code, Finding, Message, Severity};
use crate::engine::money::{Rate, Yen};
use crate::engine::outcome::{Layers, RuleSetId, Status};
use crate::engine::params::Param;
use crate::engine::params::{GEN1, GEN2, LAYERS};
use crate::engine::scenario::{Bond, Class, Kind, Project, Round, Scenario};
use crate::engine::sources::{self, SourceRef};
use crate::engine::text::Text;

/// A finding about project `i`, its message written out.
fn note(i: usize, code: Code, severity: Severity, basis: Basis, source_ref: SourceRef, text: Text) -> Finding {
    Finding { code, severity, basis, source_ref, project: Some(i), year: None, text: Message::Plain(text) }
}

/// A rate parameter as a percentage for messages: 1/1 → 「100%」, 7/10 → 「70%」.
fn percent(p: &Param) -> String {
    p.rate().map(|r| format!("{}%", Yen(100).times(r).0)).unwrap_or_else(|| p.value_ja())
}

/// The layers of project `i` under one rule set.
#[allow(clippy::too_many_arguments)]
pub(crate) fn apply(
    id: RuleSetId,
    s: &Scenario,
    i: usize,
    p: &Project,
    status: Status,
    national: Yen,
    local: Yen,
    ev: &mut Eval,
) -> Layers {
    let mut out = Layers::default();
    let findings = &mut ev.project_findings[i];

    // 1. The donation put into the project, at most its local share.
    let asked = Yen::from_oku(p.donation_oku).unwrap_or(Yen::ZERO);
    out.donation_oku = asked.min(local);
    if asked > local {
        findings.push(note(
            i,
            Code::DonationAboveLocalShare,
            Severity::Warning,
            Basis::Assumption,
            SourceRef::new(sources::RULES),
            Text::owned(
                format!("寄附 {asked}億円 のうち、地方負担 {local}億円 を超える分は計上していません。"),
                format!("Of the donation of {asked} oku yen, only the local share ({local} oku yen) is counted."),
            ),
        ));
    }
    if !asked.is_zero() {
        if let Some(first) = s.first_fiscal_year {
            // 「企業の実質負担が約１割まで軽減される仕組み（適用期限:令和９年度末）」(「地方創生2.0基本構想」（概要）)
            let d = &LAYERS.donation_deadline;
            let last_fy = first + p.last_year() - 1;
            if d.fiscal_year_end().is_some_and(|end| last_fy > end) {
                findings.push(note(
                    i,
                    Code::DonationAfterDeadline,
                    Severity::Warning,
                    Basis::Seed,
                    SourceRef::new(sources::GEN2_BASIC_PLAN).at("企業版ふるさと納税の活用").quote("（適用期限:令和９年度末）"),
                    Text::owned(
                        format!("企業版ふるさと納税の適用期限は{}です。この事業は{}年度まで続くため、期限後の寄附は税額控除の対象外になる可能性があります。", d.value_ja(), last_fy),
                        format!("The corporate donation scheme ends at {}; this project runs until fiscal {last_fy}, so later donations may not qualify.", d.value_en()),
                    ),
                ));
            }
        }
    }
    let mut left = local - out.donation_oku;

    // 2a. 1.0 soft: 「（１/２の地方負担については、地方財政措置を講じる）」(内閣府地方創生推進室「地方創生の深化のための新型交付金（地方創生推進交付金）」), about
    // half through 普通交付税 and half through 特別交付税 (ぎょうせい 用語集). Applied to the local share
    // that matches the grant (national × (1 − r) / r; assumption), after the donation; a 不交付団体
    // gets no 普通交付税 part.
    if id == RuleSetId::Gen1 && p.kind == Kind::Soft && status == Status::Eligible && !national.is_zero() {
        let rate = GEN1.rate_soft.rate().unwrap_or(Rate::HALF);
        let matching = national.divided_by(rate) - national;
        let base = left.min(matching);
        let special = base.times(GEN1.local_finance_special_share.rate().unwrap_or(Rate::HALF));
        let ordinary = if s.non_recipient {
            Yen::ZERO
        } else {
            base.times(GEN1.local_finance_ordinary_share.rate().unwrap_or(Rate::HALF))
        };
        out.special_allocation_tax_oku += special;
        out.ordinary_allocation_tax_oku += ordinary;
        left -= special + ordinary;
    }

    // 2b. A bond on what the donation left, and the 交付税措置 on its repayment.
    match p.bond {
        Bond::None => {}
        Bond::Depopulation if matches!(p.kind, Kind::Hub | Kind::Infra) && s.municipality != Class::Prefecture => {
            // 「【充当率】１００％」「【元利償還金に対する交付税措置率】７０％」(総務省「令和５年度 地域力創造グループ施策について」)
            let principal = left.times(LAYERS.depopulation_bond_rate.rate().unwrap_or(Rate::ONE));
            out.bond_oku = principal;
            let tax = if s.non_recipient {
                Yen::ZERO
            } else {
                principal.times(LAYERS.depopulation_bond_allocation.rate().unwrap_or(Rate::new(0, 1)))
            };
            out.ordinary_allocation_tax_oku += tax;
            left -= tax;
            findings.push(note(
                i,
                Code::BondPrincipalOnly,
                Severity::Warning,
                Basis::Inferred,
                SourceRef::new(sources::MIC_REGIONAL_POWER).quote("【元利償還金に対する交付税措置率】７０％"),
                Text::owned(format!(
                    "過疎対策事業債 {principal}億円（充当率{}）。交付税措置（{}）は元金のみで計算しています（利率・償還期間は資料にありません）{}。",
                    percent(&LAYERS.depopulation_bond_rate),
                    percent(&LAYERS.depopulation_bond_allocation),
                    if s.non_recipient { "。不交付団体のため普通交付税による措置は見込んでいません" } else { "" }
                ),
                format!(
                    "Depopulation bond of {principal} oku yen ({} financed). The {} allocation-tax measure is computed on the principal only (no interest rate or term in the source){}.",
                    percent(&LAYERS.depopulation_bond_rate),
                    percent(&LAYERS.depopulation_bond_allocation),
                    if s.non_recipient { "; as a non-recipient of 普通交付税 the applicant gets none of it" } else { "" }
                )),
            ));
        }
        Bond::General if id == RuleSetId::Gen1 && p.kind == Kind::Hub && p.round == Round::Supplementary => {
            out.bond_oku = left.times(LAYERS.general_bond_rate.rate().unwrap_or(Rate::ONE));
            findings.push(note(
                i,
                Code::UnpublishedParameter,
                Severity::Warning,
                Basis::Public,
                SourceRef::new(sources::MIC_BOND_H28).quote("充当率は100%とします。"),
                Text::owned(
                    format!("一般補助施設整備等事業債 {}億円（充当率{}）。交付税算入率は公表資料で確認できないため、交付税措置は計上していません。", out.bond_oku, percent(&LAYERS.general_bond_rate)),
                    format!("General facility bond of {} oku yen ({} financed). Its allocation-tax rate was not confirmed in published sources, so no measure is counted.", out.bond_oku, percent(&LAYERS.general_bond_rate)),
                ),
            ));
        }
        other => findings.push(note(
            i,
            Code::BondNotApplicable,
            Severity::Warning,
            Basis::Seed,
            match other {
                Bond::General => SourceRef::new(sources::RULES),
                _ => SourceRef::new(sources::MIC_REGIONAL_POWER)
                    .quote("過疎市町村が過疎地域持続的発展市町村計画に基づいて行う事業"),
            },
            match other {
                Bond::General => Text::new(
                    "一般補助施設整備等事業債は 1.0 の補正予算の拠点整備事業にのみ設定しています。この事業には計上しません。",
                    "The general facility bond applies to 1.0 supplementary-budget hub projects only; not counted here.",
                ),
                _ => Text::new(
                    "過疎対策事業債は過疎市町村の拠点整備・インフラ整備事業にのみ設定しています。この事業には計上しません。",
                    "The depopulation bond applies to hub and infrastructure projects of depopulated municipalities only; not counted here.",
                ),
            },
        )),
    }

    out.allocation_tax_oku = out.ordinary_allocation_tax_oku + out.special_allocation_tax_oku;
    out.remaining_local_oku = left;
    out
}

/// Notes on the layers that concern the whole rule set: under 2.0 the measure on the local share is
/// not confirmed in published sources (no document gives the 地方財政措置 for the 2.0 local share), said once.
pub(crate) fn scenario_notes(id: RuleSetId, findings: &mut Vec<Finding>) {
    if id == RuleSetId::Gen2 {
        let p = &GEN2.local_finance;
        findings.push(Finding {
            code: Code::UnpublishedParameter,
            severity: Severity::Warning,
            basis: p.basis,
            source_ref: p.source_ref,
            project: None,
            year: None,
            text: Message::Plain(Text::new(
                "2.0 の地方負担への地方財政措置（交付税措置）は公表資料で確認できないため、計上していません。",
                "The local-finance measure on the 2.0 local share was not confirmed in published sources and is not counted.",
            )),
        });
    }
}
