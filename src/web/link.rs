//! The scenario in the page's query string (CONTRACT §5).
//!
//! Pure: no browser here. [`to_query`] writes the page state as a query string; [`from_query`] reads
//! one back and never fails: every bad or out-of-range value is replaced by a valid one and each
//! replacement yields a [`Notice`] that names what was replaced (in Japanese and English).

use kofukin::engine::money::{canonical, parse_plain_decimal};
use kofukin::engine::scenario::{bounds, normalize_typed_number, Bond, Class, Kind, Project, Round, Scenario, Sector};
use kofukin::engine::text::Lang;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The page's view (`view`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum View {
    #[default]
    Sim,
    Donation,
    Navi,
}

impl View {
    pub fn as_str(self) -> &'static str {
        match self {
            View::Sim => "sim",
            View::Donation => "donation",
            View::Navi => "navi",
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
    /// `measure=ID` (CONTRACT §8), kept as written.
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

/// A value of the link that was replaced: which key, what it said, what is used instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The key with its position, e.g. `m`, `p[2].years` (1-based for people), `s`.
    pub key: String,
    /// What the link said (shortened).
    pub given: String,
    pub message_ja: String,
    pub message_en: String,
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

// ---------------------------------------------------------------------------------------------
// Writing

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
        q.push(("m".into(), s.municipality.as_str().into()));
        if !s.guidelines_as_caps {
            q.push(("g".into(), "0".into()));
        }
        if let Some(fy) = s.first_fiscal_year {
            q.push(("fy".into(), fy.to_string()));
        }
        if s.non_recipient {
            q.push(("nr".into(), "1".into()));
        }
        for p in &s.projects {
            q.push(("p".into(), project_item(p)));
        }
    }
    q.extend(st.other.iter().cloned());
    // A `p` value is written already encoded (its name percent-encoded once, CONTRACT §5); the rest here.
    q.iter()
        .map(|(k, v)| {
            let v = if k == "p" { v.clone() } else { encode(v, QUERY_KEEP) };
            format!("{}={v}", encode(k, QUERY_KEEP))
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// One `p` value: `kind,cost,years[,key:value…]`.
pub fn project_item(p: &Project) -> String {
    let cost = match &p.cost_by_year_oku {
        Some(list) => list.iter().map(|d| canonical(*d)).collect::<Vec<_>>().join("/"),
        None => canonical(p.annual_cost_oku),
    };
    let mut out = format!("{},{},{}", p.kind.as_str(), cost, p.years);
    if p.start_year != 1 {
        out += &format!(",start:{}", p.start_year);
    }
    if p.round != Round::Initial {
        out += &format!(",round:{}", p.round.as_str());
    }
    if p.infra_sector != Sector::Other {
        out += &format!(",sector:{}", p.infra_sector.as_str());
    }
    if p.outside_cap {
        out += ",x:1";
    }
    if !p.donation_oku.is_zero() {
        out += &format!(",don:{}", canonical(p.donation_oku));
    }
    if p.bond != Bond::None {
        out += &format!(",bond:{}", p.bond.as_str());
    }
    if !p.name.is_empty() {
        out += &format!(",name:{}", encode(&p.name, ""));
    }
    out
}

/// Characters left as they are in a query value besides the unreserved ones: the `p` separators.
const QUERY_KEEP: &str = ",:/";

/// Percent-encodes UTF-8, keeping ASCII letters, digits, `-._~` and the characters in `keep`.
fn encode(s: &str, keep: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        let c = b as char;
        if b.is_ascii_alphanumeric() || "-._~".contains(c) || (b.is_ascii() && keep.contains(c)) {
            out.push(c);
        } else {
            out += &format!("%{b:02X}");
        }
    }
    out
}

/// Percent-decodes (and `+` → space when `plus` is set); invalid escapes and invalid UTF-8 are kept
/// as they are / replaced, never an error.
fn decode(s: &str, plus: bool) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() && hex(bytes[i + 1]).is_some() && hex(bytes[i + 2]).is_some() => {
                out.push(hex(bytes[i + 1]).unwrap_or(0) * 16 + hex(bytes[i + 2]).unwrap_or(0));
                i += 3;
            }
            b'+' if plus => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Reading

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
    let mut r = Reader { notices: Vec::new() };
    let mut st = PageState { scenario: Scenario::default(), ..PageState::default() };
    let mut has_scenario = false;
    let mut s_json: Option<String> = None;
    let mut projects: Vec<Project> = Vec::new();
    let mut seen_p = 0usize;
    for (k, v, raw) in &pairs {
        match k.as_str() {
            "v" => {
                if v != "1" {
                    r.note(
                        "v",
                        v,
                        "対応していない版のため 1 として読みました",
                        "is not a supported version; read as 1",
                    );
                }
            }
            "lang" => match v.as_str() {
                "ja" => st.lang = Lang::Ja,
                "en" => st.lang = Lang::En,
                _ => r.note("lang", v, "使えない値のため 日本語 (ja) にしました", "is not ja or en; using ja"),
            },
            "embed" => match v.as_str() {
                "1" => st.embed = true,
                "0" => st.embed = false,
                _ => r.note("embed", v, "使えない値のため無視しました", "is not 1 or 0; ignored"),
            },
            "view" => match v.as_str() {
                "sim" => st.view = View::Sim,
                "donation" => st.view = View::Donation,
                "navi" => st.view = View::Navi,
                _ => r.note(
                    "view",
                    v,
                    "使えない値のため シミュレーター (sim) にしました",
                    "is not a known view; using sim",
                ),
            },
            "measure" => st.measure = Some(v.clone()),
            "m" => {
                has_scenario = true;
                match Class::ALL.iter().find(|c| c.as_str() == v) {
                    Some(c) => st.scenario.municipality = *c,
                    None => r.note(
                        "m",
                        v,
                        "使えない値のため 市区町村 にしました",
                        "is not a known class; using municipality",
                    ),
                }
            }
            "g" => {
                has_scenario = true;
                match v.as_str() {
                    "1" => st.scenario.guidelines_as_caps = true,
                    "0" => st.scenario.guidelines_as_caps = false,
                    _ => r.note(
                        "g",
                        v,
                        "1 か 0 ではないため 1（目安を上限として扱う）にしました",
                        "is not 1 or 0; using 1 (guidelines as caps)",
                    ),
                }
            }
            "fy" => {
                has_scenario = true;
                match kofukin::engine::scenario::normalize_typed_number(v).parse::<u32>() {
                    Ok(y) if (bounds::MIN_FISCAL_YEAR..=bounds::MAX_FISCAL_YEAR).contains(&y) => {
                        st.scenario.first_fiscal_year = Some(y)
                    }
                    _ => r.note(
                        "fy",
                        v,
                        "2015〜2050 の年ではないため省きました",
                        "is not a year from 2015 to 2050; left out",
                    ),
                }
            }
            "nr" => {
                has_scenario = true;
                match v.as_str() {
                    "1" => st.scenario.non_recipient = true,
                    "0" => st.scenario.non_recipient = false,
                    _ => r.note("nr", v, "1 か 0 ではないため 0 にしました", "is not 1 or 0; using 0"),
                }
            }
            "p" => {
                has_scenario = true;
                seen_p += 1;
                if projects.len() >= bounds::MAX_PROJECTS {
                    if projects.len() == bounds::MAX_PROJECTS && seen_p == bounds::MAX_PROJECTS + 1 {
                        r.note(
                            "p",
                            &format!("{seen_p}"),
                            "事業は 100 件までのため、101 件目以降を省きました",
                            "at most 100 projects; the rest were left out",
                        );
                    }
                    continue;
                }
                if let Some(p) = r.project(seen_p, raw) {
                    projects.push(p);
                }
            }
            // base64 may carry `+`, which is not a space here.
            "s" => s_json = Some(decode(raw, false)),
            _ => st.other.push((k.clone(), v.clone())),
        }
    }
    st.scenario.projects = projects;
    if let Some(b64) = s_json {
        match base64url_decode(&b64).map(|b| String::from_utf8_lossy(&b).into_owned()) {
            Some(text) => match Scenario::from_json_str(&text) {
                Ok(s) => {
                    st.scenario = s;
                    has_scenario = true;
                }
                Err(e) => {
                    let ja =
                        e.errors.iter().map(|f| format!("{}: {}", f.path, f.message_ja)).collect::<Vec<_>>().join("／");
                    let en =
                        e.errors.iter().map(|f| format!("{}: {}", f.path, f.message_en)).collect::<Vec<_>>().join("; ");
                    r.note(
                        "s",
                        &b64,
                        &format!("のシナリオを読めなかったため使いませんでした（{ja}）"),
                        &format!("could not be read and was not used ({en})"),
                    );
                }
            },
            None => r.note("s", &b64, "が base64url ではないため使いませんでした", "is not base64url; not used"),
        }
    }
    if !has_scenario {
        st.scenario = starter_scenario();
    }
    (st, r.notices)
}

struct Reader {
    notices: Vec<Notice>,
}

impl Reader {
    fn note(&mut self, key: &str, given: &str, ja: &str, en: &str) {
        let shown: String = given.chars().take(40).collect();
        let shown = if given.chars().count() > 40 { format!("{shown}…") } else { shown };
        self.notices.push(Notice {
            key: key.to_string(),
            given: shown.clone(),
            message_ja: format!("リンクの {key}={shown} は{ja}。"),
            message_en: format!("The link's {key}={shown} {en}."),
        });
    }

    /// One `p` value; `n` is its 1-based position. `None` (with a notice) when no project can be read.
    fn project(&mut self, n: usize, raw: &str) -> Option<Project> {
        let shown = decode(raw, true);
        let v = shown.as_str();
        // Written by hand or by this page, the separators are literal and the name is encoded once:
        // split first, then decode each item (the name may contain `,` and `:`). Written by a URL
        // encoder (URLSearchParams), the separators are encoded too and the name twice: decode the
        // value, split, then decode the name once more.
        let literal = raw.contains(',');
        let items: Vec<String> = if literal {
            raw.split(',').map(|item| decode(item, true)).collect()
        } else {
            v.split(',').map(str::to_string).collect()
        };
        let key = |f: &str| format!("p[{n}].{f}");
        let kind_text = items.first().map(String::as_str).unwrap_or("");
        let Some(kind) = Kind::ALL.iter().copied().find(|k| k.as_str() == kind_text) else {
            self.note(
                &format!("p[{n}]"),
                v,
                "の種類が分からないため、この事業を省きました",
                "has an unknown kind; this project was left out",
            );
            return None;
        };
        let mut p = Project { kind, ..Project::default() };
        // years first: a per-year cost list must match it.
        let years_text = items.get(2).map(String::as_str).unwrap_or("");
        p.years = match years_text.parse::<i64>() {
            Ok(y) if (1..=i64::from(bounds::MAX_YEARS)).contains(&y) => y as u32,
            Ok(y) if y > i64::from(bounds::MAX_YEARS) => {
                self.note(&key("years"), years_text, "が 10 を超えるため 10 にしました", "is above 10; using 10");
                bounds::MAX_YEARS
            }
            _ => {
                self.note(
                    &key("years"),
                    years_text,
                    "が 1〜10 の整数ではないため 1 にしました",
                    "is not a whole number from 1 to 10; using 1",
                );
                1
            }
        };
        let cost_text = items.get(1).map(String::as_str).unwrap_or("");
        if cost_text.contains('/') {
            let mut list: Vec<Decimal> =
                cost_text.split('/').map(|c| self.cost(&key("cost"), c, bounds::MAX_COST_OKU)).collect();
            if list.len() != p.years as usize {
                let n_years = list.len().clamp(1, bounds::MAX_YEARS as usize);
                list.truncate(n_years);
                self.note(
                    &key("years"),
                    years_text,
                    &format!("が年度別の事業費の数と合わないため {n_years} にしました"),
                    &format!("does not match the number of yearly costs; using {n_years}"),
                );
                p.years = n_years as u32;
            }
            p.annual_cost_oku = list.first().copied().unwrap_or(Decimal::ZERO);
            p.cost_by_year_oku = Some(list);
        } else {
            p.annual_cost_oku = self.cost(&key("cost"), cost_text, bounds::MAX_COST_OKU);
        }
        for item in items.iter().skip(3) {
            let (k, val) = item.split_once(':').unwrap_or((item, ""));
            match k {
                "start" => {
                    p.start_year = match val.parse::<i64>() {
                        Ok(y) if (1..=i64::from(bounds::MAX_START_YEAR)).contains(&y) => y as u32,
                        Ok(y) if y > i64::from(bounds::MAX_START_YEAR) => {
                            self.note(&key("start"), val, "が 10 を超えるため 10 にしました", "is above 10; using 10");
                            bounds::MAX_START_YEAR
                        }
                        _ => {
                            self.note(
                                &key("start"),
                                val,
                                "が 1〜10 の整数ではないため 1 にしました",
                                "is not a whole number from 1 to 10; using 1",
                            );
                            1
                        }
                    }
                }
                "round" => match val {
                    "initial" => p.round = Round::Initial,
                    "supplementary" => p.round = Round::Supplementary,
                    _ => self.note(
                        &key("round"),
                        val,
                        "が使えない値のため 当初 にしました",
                        "is not initial or supplementary; using initial",
                    ),
                },
                "sector" => match val {
                    "road" => p.infra_sector = Sector::Road,
                    "sewage" => p.infra_sector = Sector::Sewage,
                    "port" => p.infra_sector = Sector::Port,
                    "other" => p.infra_sector = Sector::Other,
                    _ => self.note(
                        &key("sector"),
                        val,
                        "が使えない値のため その他 にしました",
                        "is not a known sector; using other",
                    ),
                },
                "x" => match val {
                    "1" => p.outside_cap = true,
                    "0" => p.outside_cap = false,
                    _ => self.note(&key("x"), val, "が 1 か 0 ではないため 0 にしました", "is not 1 or 0; using 0"),
                },
                "don" => p.donation_oku = self.cost(&key("don"), val, bounds::MAX_DONATION_OKU),
                "bond" => match val {
                    "none" => p.bond = Bond::None,
                    "depopulation" => p.bond = Bond::Depopulation,
                    "general" => p.bond = Bond::General,
                    _ => self.note(
                        &key("bond"),
                        val,
                        "が使えない値のため none にしました",
                        "is not a known bond; using none",
                    ),
                },
                "name" => {
                    let name = if literal { val.to_string() } else { decode(val, false) };
                    if name.chars().count() > bounds::MAX_NAME_CHARS {
                        self.note(
                            &key("name"),
                            &name,
                            "が 100 文字を超えるため切り詰めました",
                            "is longer than 100 characters; shortened",
                        );
                    }
                    p.name = name.chars().take(bounds::MAX_NAME_CHARS).collect();
                }
                _ => self.note(&key(k), item, "は知らない項目のため無視しました", "is not a known item; ignored"),
            }
        }
        Some(p)
    }

    /// A decimal amount in 億円 from 0 to `hi`, at most 8 decimal places.
    fn cost(&mut self, key: &str, text: &str, hi: Decimal) -> Decimal {
        match parse_plain_decimal(&normalize_typed_number(text)) {
            Ok(d) if d < Decimal::ZERO => {
                self.note(key, text, "が負の値のため 0 にしました", "is negative; using 0");
                Decimal::ZERO
            }
            Ok(d) if d > hi => {
                let h = canonical(hi);
                self.note(
                    key,
                    text,
                    &format!("が上限 {h} を超えるため {h} にしました"),
                    &format!("is above {h}; using {h}"),
                );
                hi
            }
            Ok(d) if d.scale() > bounds::MAX_DECIMAL_PLACES && d.normalize().scale() > bounds::MAX_DECIMAL_PLACES => {
                let t = d.trunc_with_scale(bounds::MAX_DECIMAL_PLACES).normalize();
                self.note(
                    key,
                    text,
                    &format!("の小数が 8 桁を超えるため {t} にしました"),
                    &format!("has more than 8 decimal places; using {t}"),
                );
                t
            }
            Ok(d) => d.normalize(),
            Err(_) => {
                self.note(key, text, "が数ではないため 0 にしました", "is not a number; using 0");
                Decimal::ZERO
            }
        }
    }
}

/// Decodes base64url (RFC 4648 §5), with or without `=` padding; standard `+` and `/` are accepted too.
pub fn base64url_decode(s: &str) -> Option<Vec<u8>> {
    let s = s.trim().trim_end_matches('=');
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    for b in s.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if bits >= 6 {
        return None; // one leftover character cannot be base64
    }
    Some(out)
}

/// Encodes base64url without padding (for tools and tests).
#[cfg(test)]
pub fn base64url_encode(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(q: &str) -> (PageState, Vec<Notice>) {
        from_query(q)
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
    fn yearly_cost_list_must_match_years() {
        let (st, notices) = read("?m=municipality&p=infra,2/6,3");
        assert_eq!(notices.len(), 1);
        assert_eq!(notices[0].key, "p[1].years");
        assert_eq!(st.scenario.projects[0].years, 2);
    }

    #[test]
    fn typed_full_width_numbers_and_too_many_places() {
        let (st, notices) = read("?m=municipality&p=soft,%EF%BC%93%EF%BC%8E%EF%BC%95,3&p=soft,0.123456789,1");
        assert_eq!(st.scenario.projects[0].annual_cost_oku, dec!(3.5));
        assert_eq!(st.scenario.projects[1].annual_cost_oku, dec!(0.12345678));
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn s_is_base64url_scenario_json() {
        let json = r#"{"version":1,"municipality":"prefecture","projects":[{"kind":"soft","annual_cost_oku":"20","years":1}]}"#;
        let q = format!("?s={}", base64url_encode(json.as_bytes()));
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
    fn a_name_encoded_once_keeps_its_commas_and_colons() {
        // As a page would write it with encodeURIComponent: 「観光DX, 第2期: 北部」.
        let (st, notices) = from_query(
            "?m=municipality&p=soft,1,1,name:%E8%A6%B3%E5%85%89DX%2C%20%E7%AC%AC2%E6%9C%9F%3A%20%E5%8C%97%E9%83%A8",
        );
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(st.scenario.projects[0].name, "観光DX, 第2期: 北部");
        // And the page writes it encoded once, so it reads back the same.
        let q = to_query(&st);
        assert!(q.contains("name:%E8%A6%B3") && !q.contains("%25"), "{q}");
        assert_eq!(from_query(&q).0.scenario, st.scenario);
    }

    #[test]
    fn a_link_made_by_urlsearchparams_reads_the_same() {
        // URLSearchParams encodes the separators too, and the name (already encoded once) again.
        let (st, notices) =
            from_query("?m=municipality&p=soft%2C1%2C3%2Cname%3A%25E8%25A6%25B3%25E5%2585%2589%252C%2520A");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(st.scenario.projects[0].years, 3);
        assert_eq!(st.scenario.projects[0].name, "観光, A");
    }

    #[test]
    fn base64url_round_trips() {
        for n in 0..40 {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
        }
        assert_eq!(base64url_decode("SGVsbG8"), Some(b"Hello".to_vec()));
        assert_eq!(base64url_decode("SGVsbG8="), Some(b"Hello".to_vec()));
        assert_eq!(base64url_decode("A"), None);
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
        let many = (0..150).map(|_| "p=soft,1,1").collect::<Vec<_>>().join("&");
        let (st, notices) = read(&many);
        assert_eq!(st.scenario.projects.len(), 100);
        assert_eq!(notices.len(), 1);
    }
}
