//! The compare view's two plans: `sa` (案A) and `sb` (案B), each a scenario as `s` carries it
//! (base64url of the scenario JSON), judged by the engine's one validator.

use super::{base64, from_query, read_s, Notice};
use kofukin::engine::scenario::Scenario;

/// The key of 案A.
pub const PLAN_A: &str = "sa";
/// The key of 案B.
pub const PLAN_B: &str = "sb";

/// The value a plan key carries for a scenario.
pub fn plan_value(s: &Scenario) -> String {
    base64::encode(serde_json::to_string(s).unwrap_or_default().as_bytes())
}

/// The scenario of the plan `key` among the query keys the view keeps (`None` when absent or invalid).
pub fn plan(other: &[(String, String)], key: &str) -> Option<Scenario> {
    let (_, b64) = other.iter().find(|(k, _)| k == key)?;
    read_s(key, b64, &mut Vec::new())
}

/// `other` with the plan `key` set to `value` (or removed when `None`), the other keys kept in order.
pub fn with_plan(other: &[(String, String)], key: &str, value: Option<String>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = other.iter().filter(|(k, _)| k != key).cloned().collect();
    out.extend(value.map(|v| (key.to_string(), v)));
    out
}

/// The scenario of a pasted link of this page (its query string is read as the page reads its own):
/// `None` when the text is not a link with a query; the notices say what could not be used.
pub fn scenario_of_link(text: &str) -> (Option<Scenario>, Vec<Notice>) {
    let text = text.trim();
    let text = text.split_once('#').map_or(text, |(before, _)| before);
    let Some((_, query)) = text.split_once('?') else { return (None, Vec::new()) };
    if !query.contains('=') {
        return (None, Vec::new());
    }
    let (st, notices) = from_query(query);
    (Some(st.scenario), notices)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::{starter_scenario, to_query, PageState, View};
    use kofukin::engine::scenario::Class;

    #[test]
    fn a_compare_link_reads_back_both_plans() {
        let a = starter_scenario();
        let mut b = starter_scenario();
        b.municipality = Class::Prefecture;
        b.projects.truncate(1);
        let other = with_plan(&with_plan(&[], PLAN_A, Some(plan_value(&a))), PLAN_B, Some(plan_value(&b)));
        let st = PageState { view: View::Compare, other, ..PageState::default() };
        let (back, notices) = from_query(&to_query(&st));
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(back.view, View::Compare);
        assert_eq!(plan(&back.other, PLAN_A), Some(a));
        assert_eq!(plan(&back.other, PLAN_B), Some(b));
    }

    #[test]
    fn a_bad_plan_becomes_a_notice_and_is_left_out() {
        let (st, notices) = from_query("?view=compare&sa=***&sb=eyJ2ZXJzaW9uIjo5fQ");
        let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(keys, ["sa", "sb"]);
        assert!(st.other.is_empty());
    }

    #[test]
    fn a_pasted_link_gives_its_scenario() {
        let (s, notices) = scenario_of_link(" https://example.org/kofukin/?m=prefecture&p=soft,2,1#results ");
        assert!(notices.is_empty());
        let s = s.unwrap_or_default();
        assert_eq!(s.municipality, Class::Prefecture);
        assert_eq!(s.projects.len(), 1);
        assert_eq!(scenario_of_link("not a link").0, None);
    }
}
