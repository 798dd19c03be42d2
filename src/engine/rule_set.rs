//! The two rule sets compared, and the application-slot pools they count (docs/rules.md, step 2).

use crate::engine::text::Text;
use serde::{Deserialize, Serialize};

/// The two rule sets compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleSetId {
    /// 地方創生交付金 1.0
    Gen1,
    /// 地方創生交付金 2.0（第２世代交付金）
    Gen2,
}

impl RuleSetId {
    pub fn as_str(self) -> &'static str {
        match self {
            RuleSetId::Gen1 => "gen1",
            RuleSetId::Gen2 => "gen2",
        }
    }
}

/// Slot pools (the `pool` of `applications` in the result JSON): `all` under 2.0; per kind (and
/// round) under 1.0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pool {
    All,
    Soft,
    HubInitial,
    HubSupplementary,
    Infra,
}

impl Pool {
    /// The name a person reads.
    pub fn label(self) -> Text {
        match self {
            Pool::All => Text::new("全事業共通", "All kinds"),
            Pool::Soft => Text::new("ソフト事業", "Soft"),
            Pool::HubInitial => Text::new("拠点整備事業（当初）", "Hub (initial budget)"),
            Pool::HubSupplementary => Text::new("拠点整備事業（補正）", "Hub (supplementary budget)"),
            Pool::Infra => Text::new("インフラ整備事業", "Infrastructure"),
        }
    }

    /// The slots of this pool, as a finding names them.
    pub fn slots_name(self) -> Text {
        match self {
            Pool::All => Text::new("申請枠", "application slots"),
            Pool::Soft => Text::new("ソフト事業の申請枠", "soft-project slots"),
            Pool::HubInitial => Text::new("拠点整備事業（当初）の申請枠", "hub (initial budget) slots"),
            Pool::HubSupplementary => Text::new("拠点整備事業（補正）の申請枠", "hub (supplementary budget) slots"),
            Pool::Infra => Text::new("インフラ整備事業の申請枠", "infrastructure slots"),
        }
    }
}
