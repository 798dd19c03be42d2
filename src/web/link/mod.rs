//! The page's state in its query string (the URL keys of docs/format.md).
//!
//! Pure: no browser here. [`to_query`] writes the page state as a query string; [`from_query`] reads
//! one back and never fails. The scenario keys are judged by the engine's one validator
//! (`Scenario::from_json`): a value it rejects is replaced by the engine's default or clamped to
//! `engine::scenario::bounds`, and each replacement yields a [`Notice`] that names the key and
//! carries the validator's message, in Japanese and English.
//!
//! - `scenario_keys`: `v`, `m`, `g`, `fy`, `nr`, `ref`; `projects`: the `p` values;
//! - `values`: link values as scenario JSON, the validator's judgement and the replacements;
//! - `notice` and `texts`: what a notice says; `escape`, `base64`: the plumbing.

mod base64;
pub mod compare;
mod escape;
pub mod notice;
mod projects;
mod scenario_keys;
mod texts;
mod values;

pub use notice::Notice;

use escape::{decode, encode, QUERY};
use kofukin::engine::scenario::{bounds, Kind, Project, Scenario, Sector};
use kofukin::engine::text::Lang;
use notice::why_all;
use rust_decimal_macros::dec;
use scenario_keys::{is_scenario_key, ScenarioKeys};

/// The page's view (`view`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum View {
    #[default]
    Sim,
    Donation,
    Navi,
    /// 計算のしかた: how the figures are computed, walked through one example.
    How,
    /// The accessibility statement.
    Accessibility,
    /// 案A and 案B side by side (`sa`, `sb`).
    Compare,
}

impl View {
    const ALL: [View; 6] = [View::Sim, View::Donation, View::Navi, View::How, View::Accessibility, View::Compare];

    pub fn as_str(self) -> &'static str {
        match self {
            View::Sim => "sim",
            View::Donation => "donation",
            View::Navi => "navi",
            View::How => "how",
            View::Accessibility => "accessibility",
            View::Compare => "compare",
        }
    }
}

/// Everything the query string carries.
#[derive(Clone, Debug, PartialEq)]
pub struct PageState {
    pub scenario: Scenario,
    pub lang: Lang,
    pub embed: bool,
    pub view: View,
    /// `measure=ID` (one measure of 財源ナビ), kept as written.
    pub measure: Option<String>,
    /// Keys this codec does not own (the donation and measure views' inputs), kept in order and
    /// written back unchanged, decoded.
    pub other: Vec<(String, String)>,
}

impl Default for PageState {
    fn default() -> Self {
        PageState {
            scenario: starter_scenario(),
            lang: Lang::Ja,
            embed: false,
            view: View::Sim,
            measure: None,
            other: Vec::new(),
        }
    }
}

/// The scenario the page opens with when the link carries none: a 市区町村 with two soft projects,
/// one hub and one road project.
pub fn starter_scenario() -> Scenario {
    Scenario {
        projects: vec![
            starter_project(Kind::Soft),
            starter_project(Kind::Soft),
            starter_project(Kind::Hub),
            starter_project(Kind::Infra),
        ],
        ..Scenario::default()
    }
}

/// The project a "+1" on a kind's count adds when there is none of that kind to copy.
pub fn starter_project(kind: Kind) -> Project {
    let (cost, years) = match kind {
        Kind::Soft => (dec!(1.5), 3),
        Kind::Hub => (dec!(8), 1),
        Kind::Infra => (dec!(4), 3),
        _ => (dec!(1), 1),
    };
    let infra_sector = if kind == Kind::Infra { Sector::Road } else { Sector::Other };
    Project { kind, annual_cost_oku: cost, years, infra_sector, ..Project::default() }
}

/// The query string (without `?`) of a page state. Defaults are left out except `v` and `m`.
pub fn to_query(st: &PageState) -> String {
    let mut q: Vec<(String, String)> = vec![("v".into(), "1".into())];
    if st.lang == Lang::En {
        q.push(("lang".into(), "en".into()));
    }
    if st.embed {
        q.push(("embed".into(), "1".into()));
    }
    if st.view != View::Sim {
        q.push(("view".into(), st.view.as_str().into()));
    }
    if let Some(m) = &st.measure {
        q.push(("measure".into(), m.clone()));
    }
    let s = &st.scenario;
    // Outside the simulator an untouched starter scenario is left out (a link without scenario keys
    // reads back as the starter), so a measure's link carries only its own inputs.
    if st.view == View::Sim || *s != starter_scenario() {
        scenario_keys::write(s, &mut q);
        q.extend(s.projects.iter().map(|p| ("p".to_string(), projects::write(p))));
    }
    q.extend(st.other.iter().cloned());
    // A `p` value is written already encoded (its name percent-encoded once); the rest here.
    q.iter()
        .map(|(k, v)| {
            let v = if k == "p" { v.clone() } else { encode(v, QUERY) };
            format!("{}={v}", encode(k, QUERY))
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// Reads a query string (with or without the leading `?`). Never fails.
pub fn from_query(query: &str) -> (PageState, Vec<Notice>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    // (key, decoded value, raw value): a `p` value is split on its `,` and `:` before decoding, so a
    // name encoded once (`name:a%2Cb`) keeps its comma.
    let pairs: Vec<(String, String, &str)> = query
        .split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (decode(k, true), decode(v, true), v)
        })
        .collect();
    let p_count = pairs.iter().filter(|(k, _, _)| k == "p").count();
    let mut notices = Vec::new();
    let mut st = PageState::default();
    let mut keys = ScenarioKeys::default();
    let mut has_scenario = false;
    let mut s_json: Option<String> = None;
    let mut projects: Vec<Project> = Vec::new();
    let mut seen_p = 0usize;
    let mut dropped_some = false;
    let mut s_count = 0usize;
    for (k, v, raw) in &pairs {
        match k.as_str() {
            "lang" => match v.as_str() {
                "ja" => st.lang = Lang::Ja,
                "en" => st.lang = Lang::En,
                _ => notices.push(Notice::new("lang", v, &texts::BAD_LANG)),
            },
            "embed" => match v.as_str() {
                "1" => st.embed = true,
                "0" => st.embed = false,
                _ => notices.push(Notice::new("embed", v, &texts::BAD_EMBED)),
            },
            "view" => match View::ALL.iter().find(|view| view.as_str() == v) {
                Some(view) => st.view = *view,
                None => notices.push(Notice::new("view", v, &texts::BAD_VIEW)),
            },
            "measure" => st.measure = Some(v.clone()),
            "p" => {
                has_scenario = true;
                seen_p += 1;
                if projects.len() < bounds::MAX_PROJECTS {
                    projects.extend(projects::read(seen_p, raw, &mut notices));
                } else if !dropped_some {
                    dropped_some = true;
                    notices.extend(too_many_projects(seen_p, p_count));
                }
            }
            // base64 may carry `+`, which is not a space here.
            "s" => {
                s_json = Some(decode(raw, false));
                s_count += 1;
            }
            // The compare view's two plans: kept only when the validator accepts them.
            "sa" | "sb" => {
                let b64 = decode(raw, false);
                if read_s(k, &b64, &mut notices).is_some() {
                    st.other.push((k.clone(), b64));
                }
            }
            key if is_scenario_key(key) => {
                has_scenario |= key != "v";
                keys.read(key, v, &mut notices);
            }
            _ => st.other.push((k.clone(), v.clone())),
        }
    }
    st.scenario = Scenario { projects, ..keys.scenario() };
    if let Some(b64) = s_json {
        if let Some(s) = read_s("s", &b64, &mut notices) {
            if s_count > 1 {
                notices.push(Notice::whole("s", &b64, texts::second_s(s_count)));
            }
            let replaced = replaced_keys(&pairs);
            if !replaced.is_empty() {
                notices.push(Notice::whole("s", &b64, texts::s_replaces(&replaced.join(", "))));
            }
            st.scenario = s;
            has_scenario = true;
        }
    }
    if !has_scenario {
        st.scenario = starter_scenario();
    }
    if let Some(m) = st.measure.take_if(|_| st.view != View::Navi) {
        notices.push(Notice::new("measure", &m, &texts::MEASURE_WITHOUT_NAVI));
    }
    (st, notices)
}

/// The scenario an `s` (or `sa`, `sb`: the key) value carries (base64url of the scenario JSON), or
/// `None` with a notice.
fn read_s(key: &str, b64: &str, notices: &mut Vec<Notice>) -> Option<Scenario> {
    let Some(bytes) = base64::decode(b64) else {
        notices.push(Notice::new(key, b64, &texts::NOT_BASE64));
        return None;
    };
    let text = String::from_utf8_lossy(&bytes);
    match Scenario::from_json_str(&text) {
        Ok(s) => {
            if std::str::from_utf8(&bytes).is_err() {
                notices.push(Notice::new(key, b64, &texts::NOT_UTF8));
            }
            Some(s)
        }
        Err(e) => {
            notices.push(Notice::new(key, b64, &texts::scenario_not_used(&why_all(&e.errors))));
            None
        }
    }
}

/// The scenario keys of the link (`p`, `m`, `g`, `fy`, `nr`; not `v`) that an `s` takes the place of,
/// each named once in the order of the link.
fn replaced_keys(pairs: &[(String, String, &str)]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for (k, _, _) in pairs {
        if (k == "p" || (is_scenario_key(k) && k != "v")) && !keys.contains(k) {
            keys.push(k.clone());
        }
    }
    keys
}

/// The notice for the `p` values from position `first` on, beyond what a scenario may hold: the
/// validator's message for a scenario of `count` projects.
fn too_many_projects(first: usize, count: usize) -> Option<Notice> {
    let e = values::judge_count(count).err()?;
    let e = e.errors.iter().find(|e| e.path == "projects")?;
    let why = notice::why(e, &e.path);
    Some(Notice::whole("p", &first.to_string(), texts::projects_left_out(first, &why)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use kofukin::engine::scenario::{Bond, Class, Round};
    use rust_decimal::Decimal;

    fn read(q: &str) -> (PageState, Vec<Notice>) {
        from_query(q)
    }

    #[test]
    fn the_reference_switch_and_the_how_view_round_trip() {
        let (st, notices) = read("v=1&view=how&m=prefecture&p=soft,3.5,3&ref=1");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(st.view, View::How);
        assert!(st.scenario.gen1_reference_values);
        assert_eq!(to_query(&st), "v=1&view=how&m=prefecture&ref=1&p=soft,3.5,3");
        assert!(!read("m=prefecture&ref=0").0.scenario.gen1_reference_values);
        assert_eq!(read("m=prefecture&ref=2").1.len(), 1, "a bad ref=… gives a notice");
    }

    #[test]
    fn a_measure_link_carries_only_its_inputs_and_reads_back() {
        let st = PageState {
            view: View::Navi,
            measure: Some("working_holiday".into()),
            other: vec![("cost_yen".into(), "20000000".into()), ("stay_days".into(), "100".into())],
            ..PageState::default()
        };
        let q = to_query(&st);
        assert_eq!(q, "v=1&view=navi&measure=working_holiday&cost_yen=20000000&stay_days=100");
        let (back, notices) = read(&q);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(back, st);
        // A changed scenario is kept on every view.
        let mut changed = st.clone();
        changed.scenario.municipality = Class::Prefecture;
        assert!(to_query(&changed).contains("m=prefecture"));
        assert_eq!(read(&to_query(&changed)).0, changed);
    }

    #[test]
    fn contract_example_reads_without_notices() {
        let (st, notices) = read("?m=municipality&p=soft,3.5,3&p=infra,2/6/4,3,start:2,sector:road");
        assert!(notices.is_empty(), "{notices:?}");
        let s = &st.scenario;
        assert_eq!(s.municipality, Class::Municipality);
        assert_eq!(s.projects.len(), 2);
        assert_eq!(s.projects[0].annual_cost_oku, dec!(3.5));
        assert_eq!(s.projects[1].cost_by_year_oku, Some(vec![dec!(2), dec!(6), dec!(4)]));
        assert_eq!(s.projects[1].start_year, 2);
        assert_eq!(s.projects[1].infra_sector, Sector::Road);
    }

    #[test]
    fn a_written_link_reads_back_the_same_state() {
        let mut st = PageState { lang: Lang::En, ..PageState::default() };
        st.scenario.municipality = Class::CoreCity;
        st.scenario.guidelines_as_caps = false;
        st.scenario.first_fiscal_year = Some(2026);
        st.scenario.non_recipient = true;
        st.scenario.projects[1].name = "観光DX, 第2期 & 100%".into();
        st.scenario.projects[2].round = Round::Supplementary;
        st.scenario.projects[2].outside_cap = true;
        st.scenario.projects[2].donation_oku = dec!(0.25);
        st.scenario.projects[2].bond = Bond::General;
        st.scenario.projects[3].cost_by_year_oku = Some(vec![dec!(2), dec!(6.125), dec!(4)]);
        st.scenario.projects[3].annual_cost_oku = dec!(2);
        st.scenario.projects[3].start_year = 2;
        st.other.push(("donation_yen".into(), "1000000".into()));
        let q = to_query(&st);
        let (back, notices) = read(&q);
        assert!(notices.is_empty(), "{q} → {notices:?}");
        assert_eq!(back, st, "{q}");
    }

    #[test]
    fn the_starter_scenario_is_used_when_the_link_has_none() {
        let (st, notices) = read("");
        assert!(notices.is_empty());
        assert_eq!(st.scenario, starter_scenario());
        let (st, _) = read("?lang=en");
        assert_eq!(st.lang, Lang::En);
        assert_eq!(st.scenario, starter_scenario());
        // A class alone means no projects.
        let (st, _) = read("?m=prefecture");
        assert!(st.scenario.projects.is_empty());
    }

    #[test]
    fn out_of_range_values_are_replaced_and_named() {
        let (st, notices) = read("?m=town&g=2&fy=1999&lang=fr&p=soft,-3,0&p=hub,250000,99,start:0,round:autumn&p=ufo,1,1&p=infra,abc,3,sector:air,zz:1");
        let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "m",
                "g",
                "fy",
                "lang",
                "p[1].years",
                "p[1].cost",
                "p[2].years",
                "p[2].cost",
                "p[2].start",
                "p[2].round",
                "p[3]",
                "p[4].cost",
                "p[4].sector",
                "p[4].zz"
            ]
        );
        let s = &st.scenario;
        assert_eq!(s.municipality, Class::Municipality);
        assert!(s.guidelines_as_caps);
        assert_eq!(s.first_fiscal_year, None);
        assert_eq!(s.projects.len(), 3);
        assert_eq!((s.projects[0].annual_cost_oku, s.projects[0].years), (Decimal::ZERO, 1));
        assert_eq!(
            (s.projects[1].annual_cost_oku, s.projects[1].years, s.projects[1].start_year),
            (dec!(100000), 10, 1)
        );
        assert_eq!(s.projects[2].kind, Kind::Infra);
        assert!(notices[0].message_ja.contains("m=town"));
        assert!(notices[0].message_en.contains("m=town"));
        // every result is valid input for the engine
        assert!(Scenario::from_json_str(&s.to_json_pretty()).is_ok());
    }

    #[test]
    fn s_is_base64url_scenario_json() {
        let json = r#"{"version":1,"municipality":"prefecture","projects":[{"kind":"soft","annual_cost_oku":"20","years":1}]}"#;
        let q = format!("?s={}", base64::encode(json.as_bytes()));
        let (st, notices) = read(&q);
        assert!(notices.is_empty());
        assert_eq!(st.scenario.municipality, Class::Prefecture);
        assert_eq!(st.scenario.projects[0].annual_cost_oku, dec!(20));
        let (st, notices) = read("?s=eyJ2ZXJzaW9uIjo5fQ");
        assert_eq!(notices[0].key, "s");
        assert_eq!(st.scenario, starter_scenario());
        let (_, notices) = read("?s=***");
        assert_eq!(notices[0].key, "s");
    }

    #[test]
    fn garbage_never_panics() {
        for q in [
            "%",
            "%%%",
            "p=",
            "p=,,,",
            "p=soft",
            "p=soft,1",
            "p=soft,1/,1",
            "p=soft,/,/",
            "&&&=&=",
            "p=soft,1,1,name:%E3",
            "m=%FF",
            "p=infra,1/2/3/4/5/6/7/8/9/10/11/12,12",
        ] {
            let (st, _) = read(q);
            assert!(st.scenario.projects.len() <= 100);
            assert!(Scenario::from_json_str(&st.scenario.to_json_pretty()).is_ok(), "{q}");
        }
        for q in ["?m=town&g=2&fy=1999&lang=fr&v=2&p=soft,-3,0&p=hub,250000,99,start:0,round:autumn&p=ufo,1,1&p=infra,abc,3,sector:air,zz:1,x:5,bond:q,don:0.1234567891&p=soft,1/x,3,name:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&s=eyJ2ZXJzaW9uIjo5fQ&embed=x&view=q"] {
            for n in super::from_query(q).1 { println!("{} | {}", n.message_ja, n.message_en); }
        }
        let many = (0..150).map(|_| "p=soft,1,1").collect::<Vec<_>>().join("&");
        let (st, notices) = read(&many);
        assert_eq!(st.scenario.projects.len(), 100);
        assert_eq!(notices.len(), 1);
    }
}
