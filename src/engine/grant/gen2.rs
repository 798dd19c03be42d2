//! 地方創生交付金 2.0（新しい地方経済・生活環境創生交付金／第２世代交付金）and its デジタル実装型.
//! Every number comes from [`GEN2`] (内閣府「地方創生交付金（1.0と2.0の違いについて）」, 「デジタル実装型の概要」, 「地方創生2.0基本構想」（概要）).

use super::book::{Caps, Limit, RuleBook};
use super::eligibility::period_check;
use super::eval::Eval;
use crate::engine::finding::explain::Explain;
use crate::engine::finding::{Basis, Code, Severity};
use crate::engine::outcome::{Pool, RuleSetId, Status};
use crate::engine::params::{Param, GEN2, GEN2_AS_OF, GEN2_AS_OF_EN};
use crate::engine::scenario::{Kind, Project, Scenario};
use crate::engine::text::Text;

pub(crate) struct Gen2Book;

static LABEL: Text = Text::new("地方創生交付金 2.0", "Regional Revitalization Grant 2.0");
static AS_OF: Text = Text::new(GEN2_AS_OF, GEN2_AS_OF_EN);

impl RuleBook for Gen2Book {
    fn id(&self) -> RuleSetId {
        RuleSetId::Gen2
    }
    fn label(&self) -> &'static Text {
        &LABEL
    }
    fn as_of(&self) -> &'static Text {
        &AS_OF
    }

    /// 「ソフト事業 原則３か年度以内（最長５か年度）」「拠点整備事業 原則３か年度以内（最長５か年度）」
    /// 「インフラ整備事業 原則５か年度以内（最長７か年度）」(内閣府「地方創生交付金（1.0と2.0の違いについて）」);
    /// 「以下の事業の立ち上げに必要な経費を単年度に限り支援」(「デジタル実装型の概要」).
    /// A project longer than the maximum gets nothing; above the principle it is a warning; a digital
    /// type must be single-year. 補正 hubs may be multi-year (「補正も複数年度可」).
    fn eligibility(&self, _s: &Scenario, i: usize, p: &Project, ev: &mut Eval) -> Status {
        if p.kind.is_digital() {
            if p.years > GEN2.digital_period.years().unwrap_or(1) {
                ev.project(
                    i,
                    Code::DigitalMultiYear,
                    Severity::Ineligible,
                    Basis::Seed,
                    None,
                    Explain::DigitalMultiYear { years: p.years },
                );
                return Status::Ineligible;
            }
            return Status::Eligible;
        }
        let (principle, max) = match p.kind {
            Kind::Infra => (&GEN2.period_infra_principle, &GEN2.period_infra_max),
            _ => (&GEN2.period_soft_hub_principle, &GEN2.period_soft_hub_max),
        };
        period_check(i, p, principle, max, None, ev)
    }

    /// 「（注3）新規事業の通常の申請上限件数は、自治体の規模を問わず、10件とする。」
    /// Soft, hub and infra projects share one pool per start year; digital types take no slot
    /// (their own budget line, 「デジタル実装型の概要」).
    fn pool(&self, p: &Project) -> Option<Pool> {
        (!p.kind.is_digital()).then_some(Pool::All)
    }

    /// 10 normal slots plus 「２件の申請を可能とする」 outside the normal cap (注3).
    fn limit(&self, _s: &Scenario, _pool: Pool) -> (Limit, u32) {
        (Limit::Count(&GEN2.applications), GEN2.extra_applications.count().unwrap_or(0))
    }

    /// 「（注4）インフラ整備事業は、ソフト事業又は拠点整備事業との組み合わせを要件とする。」
    fn needs_partner(&self, p: &Project) -> bool {
        p.kind == Kind::Infra
    }

    /// 「補助率：1/2」「補助率：1/2等（各省庁の交付要綱に従う）」; TYPE1 1/2, TYPE V 2/3, TYPE S 3/4 (「デジタル実装型の概要」).
    fn rate(&self, kind: Kind) -> &'static Param {
        match kind {
            Kind::Soft => &GEN2.rate_soft,
            Kind::Hub => &GEN2.rate_hub,
            Kind::Infra => &GEN2.rate_infra,
            Kind::DigitalType1 => &GEN2.type1_rate,
            Kind::DigitalTypeV => &GEN2.type_v_rate,
            Kind::DigitalTypeS => &GEN2.type_s_rate,
        }
    }

    fn rate_varies(&self, kind: Kind) -> bool {
        kind == Kind::Infra
    }

    /// Soft: 「１自治体当たり国費」 per year. Hub: the same per year (目安, 注1) and per project over its
    /// plan period (目安, 注2). Infra: 「事業計画期間中の総国費」 and 「単年度目安」. Digital: TYPE1 国費 1億円,
    /// TYPE V 国費 4億円, TYPE S 事業費 3億円.
    fn caps(&self, s: &Scenario, kind: Kind) -> Caps {
        let class = s.municipality;
        match kind {
            Kind::Soft => Caps { pot_year: Some(GEN2.soft_pot_year.get(class)), ..Caps::default() },
            Kind::Hub => Caps {
                pot_year: Some(GEN2.hub_pot_year.get(class)),
                project_period: Some(GEN2.hub_project_period.get(class)),
                ..Caps::default()
            },
            Kind::Infra => Caps {
                pot_year: Some(GEN2.infra_pot_year.get(class)),
                pot_period: Some(GEN2.infra_pot_period.get(class)),
                ..Caps::default()
            },
            Kind::DigitalType1 => Caps { project_year: Some(&GEN2.type1_cap), ..Caps::default() },
            Kind::DigitalTypeV => Caps { project_year: Some(&GEN2.type_v_cap), ..Caps::default() },
            Kind::DigitalTypeS => Caps { cost: Some(&GEN2.type_s_cost_cap), ..Caps::default() },
        }
    }
}
