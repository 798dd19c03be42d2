//! Findings: what the engine says about a result, with a stable code, a severity, the source it rests on
//! and a message in Japanese and English (the `findings` of the result JSON, docs/format.md).
//!
//! The messages are rendered when the finding is serialised or shown, not when it is made, so
//! evaluating a scenario does no string formatting.

pub mod explain;

pub use crate::engine::basis::Basis;
use crate::engine::sources::SourceRef;
use crate::engine::text::{self, Lang};
use explain::Explain;
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use std::borrow::Cow;

/// Stable finding codes (docs/format.md, and docs/measures.md for the measures). New codes may be
/// added, none renamed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    PeriodOverMax,
    PeriodOverPrinciple,
    InfraSectorNotEligible,
    SupplementaryHubMultiYear,
    DigitalMultiYear,
    NoApplicationSlot,
    InfraWithoutPartner,
    ExtraSlotCondition,
    NotModelled,
    CapProjectYear,
    CapProjectPeriod,
    CapApplicantYear,
    CapApplicantPeriod,
    GuidelineExceeded,
    UnpublishedParameter,
    InferredParameter,
    RateVaries,
    UnknownFields,
    // Extensions of the format (local-share layers and the donation calculator).
    /// A `bond` was chosen for a project or class it does not apply to; no bond is shown.
    BondNotApplicable,
    /// A donation was put into a project that runs beyond the scheme's 適用期限 (令和９年度末).
    DonationAfterDeadline,
    /// The donation put into a project is larger than its local share; only the local share is used.
    DonationAboveLocalShare,
    /// 企業版ふるさと納税: a credit was limited by its cap.
    CreditCapped,
    /// 企業版ふるさと納税: the 損金算入 benefit was limited so that the relief does not exceed the donation.
    DeductionLimited,
    // Measures (財源ナビ, docs/measures.md).
    CapBinds,
    CoverageLimited,
    ConditionNotMet,
    RateNotStated,
    ApproximateAmount,
    BondPrincipalOnly,
    /// A reference value of 1.0 was applied in place of an open value (the scenario asked for them).
    ReferenceParameter,
}

impl Code {
    /// The stable text of the code (as serialised; a test keeps the two in step).
    pub fn as_str(self) -> &'static str {
        CODE_NAMES.iter().find(|(c, _)| *c == self).map(|(_, n)| *n).unwrap_or("")
    }
}

const CODE_NAMES: &[(Code, &str)] = &[
    (Code::PeriodOverMax, "period_over_max"),
    (Code::PeriodOverPrinciple, "period_over_principle"),
    (Code::InfraSectorNotEligible, "infra_sector_not_eligible"),
    (Code::SupplementaryHubMultiYear, "supplementary_hub_multi_year"),
    (Code::DigitalMultiYear, "digital_multi_year"),
    (Code::NoApplicationSlot, "no_application_slot"),
    (Code::InfraWithoutPartner, "infra_without_partner"),
    (Code::ExtraSlotCondition, "extra_slot_condition"),
    (Code::NotModelled, "not_modelled"),
    (Code::CapProjectYear, "cap_project_year"),
    (Code::CapProjectPeriod, "cap_project_period"),
    (Code::CapApplicantYear, "cap_applicant_year"),
    (Code::CapApplicantPeriod, "cap_applicant_period"),
    (Code::GuidelineExceeded, "guideline_exceeded"),
    (Code::UnpublishedParameter, "unpublished_parameter"),
    (Code::InferredParameter, "inferred_parameter"),
    (Code::RateVaries, "rate_varies"),
    (Code::UnknownFields, "unknown_fields"),
    (Code::BondNotApplicable, "bond_not_applicable"),
    (Code::DonationAfterDeadline, "donation_after_deadline"),
    (Code::DonationAboveLocalShare, "donation_above_local_share"),
    (Code::CreditCapped, "credit_capped"),
    (Code::DeductionLimited, "deduction_limited"),
    (Code::CapBinds, "cap_binds"),
    (Code::CoverageLimited, "coverage_limited"),
    (Code::ConditionNotMet, "condition_not_met"),
    (Code::RateNotStated, "rate_not_stated"),
    (Code::ApproximateAmount, "approximate_amount"),
    (Code::BondPrincipalOnly, "bond_principal_only"),
    (Code::ReferenceParameter, "reference_parameter"),
];

/// How much a finding changes (the `severity` of a finding, docs/format.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The project gets nothing.
    Ineligible,
    /// A cap reduced the amount.
    Capped,
    /// Allowed, but something needs attention.
    Warning,
    /// The rule set has no figures for this in our sources.
    NotModelled,
}

/// One finding. `message_ja` and `message_en` are rendered from `text` when serialised.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub basis: Basis,
    /// The document it rests on, the place in it and the phrase quoted verbatim.
    pub source_ref: SourceRef,
    /// Index of the project in the scenario, where the finding is about one project.
    pub project: Option<usize>,
    /// Scenario year (1 = the first simulated year), where the finding is about one year.
    pub year: Option<u32>,
    pub text: Message,
}

/// The message of a finding: either written out, or rendered on demand from data of the engine
/// (so that evaluation stays free of string formatting).
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    Plain(text::Text),
    Lazy(Explain),
}

impl Message {
    /// A message written out in both languages.
    pub fn plain(ja: impl Into<Cow<'static, str>>, en: impl Into<Cow<'static, str>>) -> Message {
        Message::Plain(text::Text::owned(ja, en))
    }
}

impl Finding {
    /// The message in one language.
    pub fn message(&self, lang: Lang) -> String {
        match &self.text {
            Message::Plain(t) => t.get(lang).to_string(),
            Message::Lazy(e) => e.render(lang, self.year),
        }
    }

    pub fn message_ja(&self) -> String {
        self.message(Lang::Ja)
    }

    pub fn message_en(&self) -> String {
        self.message(Lang::En)
    }
}

impl Finding {
    /// The citation a person reads: document, date and place (docs/format.md, "Sources").
    pub fn citation(&self) -> text::Text {
        self.source_ref.citation()
    }

    /// The citation in Japanese (the `source` of the result JSON).
    pub fn source(&self) -> String {
        self.citation().ja.into_owned()
    }

    /// The document, place and quote it rests on.
    pub fn source_ref(&self) -> SourceRef {
        self.source_ref
    }
}

impl Serialize for Finding {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let n = 7 + usize::from(self.project.is_some()) + usize::from(self.year.is_some());
        let mut m = s.serialize_map(Some(n))?;
        m.serialize_entry("code", &self.code)?;
        m.serialize_entry("severity", &self.severity)?;
        m.serialize_entry("message_ja", &self.message_ja())?;
        m.serialize_entry("message_en", &self.message_en())?;
        m.serialize_entry("source", &self.source())?;
        m.serialize_entry("source_ref", &self.source_ref)?;
        m.serialize_entry("basis", &self.basis)?;
        if let Some(p) = self.project {
            m.serialize_entry("project", &p)?;
        }
        if let Some(y) = self.year {
            m.serialize_entry("year", &y)?;
        }
        m.end()
    }
}

impl Severity {
    /// The name a person reads.
    pub fn label(self) -> text::Text {
        match self {
            Severity::Ineligible => text::Text::new("対象外", "Ineligible"),
            Severity::Capped => text::Text::new("上限で減額", "Capped"),
            Severity::Warning => text::Text::new("注意", "Note"),
            Severity::NotModelled => text::Text::new("試算対象外", "Not modelled"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_its_serde_name_listed() {
        for (code, name) in CODE_NAMES {
            assert_eq!(serde_json::to_value(code).unwrap(), serde_json::Value::String(name.to_string()));
        }
    }
}
