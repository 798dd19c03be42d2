//! What distinguishes one rule set from the other: a [`RuleBook`] answers the few questions the
//! pipeline asks (which projects are eligible, which slot pools and limits apply, which rate and which
//! caps). 1.0 and 2.0 are two small books over one pipeline.

use super::eval::Eval;
use crate::engine::outcome::{Pool, RuleSetId, Status};
use crate::engine::params::Param;
use crate::engine::scenario::{Kind, Project, Scenario};
use crate::engine::text::Text;

/// How many slots a pool has.
pub(crate) enum Limit {
    Count(&'static Param),
    /// No count applies (1.0 補正 hubs: 「－」); the parameter that says so.
    NoCount(&'static Param),
    /// The count is 未公表: not applied.
    Unpublished(&'static Param),
}

/// The caps of step 5 that apply to one kind of project. A 目安 cap is applied only while
/// `guidelines_as_caps` is true (step 7); a 未公表 one never.
#[derive(Default)]
pub(crate) struct Caps {
    /// The project's own cap per fiscal year.
    pub project_year: Option<&'static Param>,
    /// The project's own cap over its plan period.
    pub project_period: Option<&'static Param>,
    /// A cap on the eligible cost per fiscal year (TYPE S 「事業費：３億円」).
    pub cost: Option<&'static Param>,
    /// The applicant's pot per fiscal year, shared by the category.
    pub pot_year: Option<&'static Param>,
    /// The applicant's pot over the plan period, shared by the category.
    pub pot_period: Option<&'static Param>,
}

/// The questions the pipeline asks a rule set (steps of docs/rules.md).
pub(crate) trait RuleBook {
    fn id(&self) -> RuleSetId;
    /// The rule set's name.
    fn label(&self) -> &'static Text;
    /// Date or fiscal year of the sources of its parameters.
    fn as_of(&self) -> &'static Text;
    /// Step 1: basic eligibility (period, sector, round, digital); pushes its findings.
    fn eligibility(&self, s: &Scenario, i: usize, p: &Project, ev: &mut Eval) -> Status;
    /// Step 2: the slot pool a project takes a slot of; None when it takes none.
    fn pool(&self, p: &Project) -> Option<Pool>;
    /// Step 2: the pool's normal limit and its extra slots (outside the normal cap).
    fn limit(&self, s: &Scenario, pool: Pool) -> (Limit, u32);
    /// Step 3: does the project need a soft or hub partner?
    fn needs_partner(&self, p: &Project) -> bool;
    /// Step 4: the subsidy rate.
    fn rate(&self, kind: Kind) -> &'static Param;
    /// Step 4: does the rate vary under other rules (2.0 infra 「1/2等」)?
    fn rate_varies(&self, kind: Kind) -> bool;
    /// Step 5: the caps.
    fn caps(&self, s: &Scenario, kind: Kind) -> Caps;
}
