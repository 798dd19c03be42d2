//! 地方創生交付金 1.0: 地方創生推進交付金 (soft), 地方創生拠点整備交付金 (hub), 地方創生整備推進交付金
//! (infra), as the last 1.0 year's figures stand in the sources. Every number comes from [`GEN1`];
//! 内閣府「地方創生交付金（1.0と2.0の違いについて）」 gives them for 市区町村 only, so for the other classes most are open (not confirmed in published sources) and not applied.

use super::book::{Caps, Limit, RuleBook};
use super::eligibility::period_check;
use super::eval::Eval;
use crate::engine::finding::explain::Explain;
use crate::engine::finding::{Code, Severity};
use crate::engine::outcome::{Pool, RuleSetId, Status};
use crate::engine::params::{reference_for, ByClass, Param, Value, GEN1, GEN1_AS_OF, GEN1_AS_OF_EN};
use crate::engine::scenario::{Kind, Project, Round, Scenario, Sector};
use crate::engine::text::Text;

pub(crate) struct Gen1Book;

/// The parameter of the applicant's class; with `gen1_reference_values`, the reference value that
/// stands for it where it is open and one exists (docs/rules.md, "Reference values").
fn pick(by: &'static ByClass, s: &Scenario) -> &'static Param {
    let p = by.get(s.municipality);
    if s.gen1_reference_values && p.is_unpublished() {
        reference_for(p).unwrap_or(p)
    } else {
        p
    }
}

static LABEL: Text = Text::new("地方創生交付金 1.0", "Regional Revitalization Grant 1.0");
static AS_OF: Text = Text::new(GEN1_AS_OF, GEN1_AS_OF_EN);

impl RuleBook for Gen1Book {
    fn id(&self) -> RuleSetId {
        RuleSetId::Gen1
    }
    fn label(&self) -> &'static Text {
        &LABEL
    }
    fn as_of(&self) -> &'static Text {
        &AS_OF
    }

    /// 「（道・汚水処理施設・港湾）」「＜補正＞－5億円/年度（単年度事業のみ）」(内閣府「地方創生交付金（1.0と2.0の違いについて）」);
    /// 「横展開型の通常の支援は3年間」「…最長5年間に延長可能」(財務省 建議 参考資料); 「地域再生計画(5ヶ年度以内)」.
    /// Digital types are not modelled under 1.0; infra outside the three sectors, 補正 hubs longer than
    /// one year and projects above the maximum period get nothing.
    fn eligibility(&self, s: &Scenario, i: usize, p: &Project, ev: &mut Eval) -> Status {
        match p.kind {
            Kind::DigitalType1 | Kind::DigitalTypeV | Kind::DigitalTypeS => {
                ev.project(
                    i,
                    Code::NotModelled,
                    Severity::NotModelled,
                    crate::engine::finding::Basis::Seed,
                    None,
                    Explain::NotModelled { kind: p.kind },
                );
                Status::NotModelled
            }
            Kind::Soft => {
                // 「寄附(200万円以上等)を充当した場合には、横展開型の支援期間を最長5年間に延長可能」.
                let minimum = GEN1.period_soft_donation_minimum.oku().unwrap_or(crate::engine::money::Yen::UNLIMITED);
                let donation_met = crate::engine::money::Yen::from_oku(p.donation_oku).is_some_and(|d| d >= minimum);
                period_check(i, p, &GEN1.period_soft_principle, &GEN1.period_soft_max, Some(donation_met), ev)
            }
            Kind::Hub if p.round == Round::Supplementary => {
                let max = GEN1.hub_supplementary_max_years.get(s.municipality);
                if p.years > max.years().unwrap_or(1) {
                    ev.used(max);
                    ev.project(
                        i,
                        Code::SupplementaryHubMultiYear,
                        Severity::Ineligible,
                        max.basis,
                        None,
                        Explain::SupplementaryMultiYear { years: p.years },
                    );
                    return Status::Ineligible;
                }
                Status::Eligible
            }
            Kind::Hub => period_check(i, p, &GEN1.period_hub_max, &GEN1.period_hub_max, None, ev),
            Kind::Infra => {
                if !matches!(p.infra_sector, Sector::Road | Sector::Sewage | Sector::Port) {
                    ev.project(
                        i,
                        Code::InfraSectorNotEligible,
                        Severity::Ineligible,
                        GEN1.infra_sectors.basis,
                        None,
                        Explain::InfraSector { sector: p.infra_sector },
                    );
                    return Status::Ineligible;
                }
                period_check(i, p, &GEN1.period_infra_max, &GEN1.period_infra_max, None, ev)
            }
        }
    }

    /// 1.0 counted soft, 当初 hub, 補正 hub and infra applications separately (the slide's 1.0 column).
    fn pool(&self, p: &Project) -> Option<Pool> {
        match p.kind {
            Kind::Soft => Some(Pool::Soft),
            Kind::Hub if p.round == Round::Supplementary => Some(Pool::HubSupplementary),
            Kind::Hub => Some(Pool::HubInitial),
            Kind::Infra => Some(Pool::Infra),
            _ => None,
        }
    }

    /// 「【ソフト】 3件」「＜当初＞ 1件」「＜補正＞ －」 for 市区町村 (内閣府「地方創生交付金（1.0と2.0の違いについて）」);
    /// the counts of the other classes are open (the 「－」 is in the 市区町村 column only). No extra slots.
    fn limit(&self, s: &Scenario, pool: Pool) -> (Limit, u32) {
        let count = |by: &'static ByClass| {
            let param = pick(by, s);
            match param.value {
                Value::Unpublished => Limit::Unpublished(param),
                Value::Count(_) => Limit::Count(param),
                _ => Limit::NoCount(param),
            }
        };
        let limit = match pool {
            Pool::Soft => count(&GEN1.soft_applications),
            Pool::HubInitial => count(&GEN1.hub_initial_applications),
            Pool::HubSupplementary => count(&GEN1.hub_supplementary_applications),
            Pool::Infra | Pool::All => count(&GEN1.infra_applications),
        };
        (limit, 0)
    }

    fn needs_partner(&self, _p: &Project) -> bool {
        false
    }

    /// 「交付金（１/２）」(内閣府地方創生推進室) for soft; 1/2 for hubs (熊本県); 1/2 for infra (inferred).
    fn rate(&self, kind: Kind) -> &'static Param {
        match kind {
            Kind::Hub => &GEN1.rate_hub,
            Kind::Infra => &GEN1.rate_infra,
            _ => &GEN1.rate_soft,
        }
    }

    fn rate_varies(&self, _kind: Kind) -> bool {
        false
    }

    /// 「0.7億円/件」 per project and year (soft; per year inferred), 「5億円/年度」 per project (hubs,
    /// 当初 and 補正; per project an assumption); infra caps 未公表. No applicant pots.
    fn caps(&self, s: &Scenario, kind: Kind) -> Caps {
        match kind {
            Kind::Soft => Caps { project_year: Some(pick(&GEN1.soft_project_year, s)), ..Caps::default() },
            Kind::Hub => Caps { project_year: Some(pick(&GEN1.hub_project_year, s)), ..Caps::default() },
            Kind::Infra => Caps { project_period: Some(pick(&GEN1.infra_cap, s)), ..Caps::default() },
            _ => Caps::default(),
        }
    }
}
