//! The words the measures share, each with its name in both languages: what a measure funds
//! ([`Fund`]), who runs it ([`Ministry`]), who bears what remains ([`Bearer`]) and the units of its
//! inputs and parameters ([`Unit`]). The list JSON keeps the Japanese names (`unit`, `ministry`) and the
//! wire ids (`funds`); the page shows [`Fund::label`], [`Unit::label`] and the others.

use crate::engine::text::Text;

/// What a measure funds (the `funds` values of the list, docs/measures.md), in list order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fund {
    People,
    Facilities,
    Startups,
    Energy,
    Kaso,
    Digital,
    Regional,
}

impl Fund {
    /// Every fund, in the order the list and the filters show them.
    pub const ALL: [Fund; 7] =
        [Fund::People, Fund::Facilities, Fund::Startups, Fund::Energy, Fund::Kaso, Fund::Digital, Fund::Regional];

    /// The wire id (`funds` in the list JSON, `funds=` in links).
    pub fn id(self) -> &'static str {
        match self {
            Fund::People => "people",
            Fund::Facilities => "facilities",
            Fund::Startups => "startups",
            Fund::Energy => "energy",
            Fund::Kaso => "kaso",
            Fund::Digital => "digital",
            Fund::Regional => "regional",
        }
    }

    pub fn from_id(id: &str) -> Option<Fund> {
        Fund::ALL.into_iter().find(|f| f.id() == id)
    }

    pub fn label(self) -> Text {
        match self {
            Fund::People => Text::new("人材", "People"),
            Fund::Facilities => Text::new("施設", "Facilities"),
            Fund::Startups => Text::new("起業", "Start-ups"),
            Fund::Energy => Text::new("エネルギー・脱炭素", "Energy and decarbonisation"),
            Fund::Kaso => Text::new("過疎地域", "Depopulated areas"),
            Fund::Digital => Text::new("デジタル", "Digital"),
            Fund::Regional => Text::new("圏域", "Regional zones"),
        }
    }
}

/// The ministry that runs a measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ministry {
    /// 総務省
    InternalAffairs,
    /// 内閣府
    CabinetOffice,
    /// 内閣府（予算計上）・総務省
    CabinetOfficeBudgetInternalAffairs,
}

impl Ministry {
    /// The Japanese name is the list's `ministry`.
    pub fn label(self) -> Text {
        match self {
            Ministry::InternalAffairs => Text::new("総務省", "Ministry of Internal Affairs and Communications"),
            Ministry::CabinetOffice => Text::new("内閣府", "Cabinet Office"),
            Ministry::CabinetOfficeBudgetInternalAffairs => Text::new(
                "内閣府（予算計上）・総務省",
                "Cabinet Office (budget) and Ministry of Internal Affairs and Communications",
            ),
        }
    }
}

/// Who bears `local_yen`, what remains in the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bearer {
    /// The applicant, a municipality or prefecture.
    Applicant,
    /// A regional company (the applicant of `pro_talent_side_jobs`).
    Company,
}

impl Bearer {
    pub fn label(self) -> Text {
        match self {
            Bearer::Applicant => Text::new("自団体の負担（残り）", "Remaining for the applicant"),
            Bearer::Company => Text::new("地域企業の負担（残り）", "Remaining for the company"),
        }
    }
}

/// The unit of an input or a parameter. The Japanese name is the list's `unit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// No unit (flags, choices, lists).
    None,
    Yen,
    YenPerYear,
    YenPerProject,
    YenPerCase,
    YenPerPerson,
    YenPerPersonYear,
    YenPerPersonDay,
    YenPerApplicant,
    YenPerApplicantYear,
    Ratio,
    Factor,
    Index,
    FiscalIndex,
    PersonDays,
    PersonsPerMunicipality,
    Days,
    Visits,
    Years,
    YearsPerPerson,
    YearNo,
}

impl Unit {
    pub fn label(self) -> Text {
        match self {
            Unit::None => Text::new("", ""),
            Unit::Yen => Text::new("円", "yen"),
            Unit::YenPerYear => Text::new("円/年度", "yen / year"),
            Unit::YenPerProject => Text::new("円/事業", "yen / project"),
            Unit::YenPerCase => Text::new("円/件", "yen / case"),
            Unit::YenPerPerson => Text::new("円/人", "yen / person"),
            Unit::YenPerPersonYear => Text::new("円/人/年度", "yen / person / year"),
            Unit::YenPerPersonDay => Text::new("円/人日", "yen / person-days"),
            Unit::YenPerApplicant => Text::new("円/団体", "yen / applicant"),
            Unit::YenPerApplicantYear => Text::new("円/団体/年度", "yen / applicant / year"),
            Unit::Ratio => Text::new("割合", "ratio"),
            Unit::Factor => Text::new("係数", "factor"),
            Unit::Index => Text::new("指数", "index"),
            Unit::FiscalIndex => Text::new("財政力指数", "fiscal capability index"),
            Unit::PersonDays => Text::new("人日", "person-days"),
            Unit::PersonsPerMunicipality => Text::new("人/市町村", "person / municipality"),
            Unit::Days => Text::new("日", "days"),
            Unit::Visits => Text::new("回", "visits"),
            Unit::Years => Text::new("年", "years"),
            Unit::YearsPerPerson => Text::new("年/人", "years / person"),
            Unit::YearNo => Text::new("年目", "year no."),
        }
    }
}
