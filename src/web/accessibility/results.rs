//! The last accessibility test run, as `tests/e2e/a11y.test.mjs` writes it to
//! `assets/accessibility-results.json` (shipped beside the page).

use serde::Deserialize;

/// One page checked: a view, in one language, at one width.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Check {
    pub view: String,
    pub lang: String,
    pub width: u32,
    /// The query string of the page checked (`?view=navi&lang=en`), empty for the default page.
    #[serde(default)]
    pub query: String,
    pub violations: u32,
}

/// The run: when, with what, every page checked and the verdict.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Run {
    /// The day of the run, `YYYY-MM-DD`.
    pub date: String,
    /// The checker and its version, e.g. `axe-core 4.14.1`.
    pub tool: String,
    pub checks: Vec<Check>,
    pub violations: u32,
    /// `pass` when no page had a violation, else `fail`.
    pub result: String,
}

impl Run {
    /// Reads the file; `None` when it is not a run this page understands.
    pub fn parse(json: &str) -> Option<Run> {
        serde_json::from_str(json).ok()
    }

    pub fn passed(&self) -> bool {
        self.result == "pass" && self.violations == 0
    }

    /// The widths checked, in order, without repeats.
    pub fn widths(&self) -> Vec<u32> {
        let mut w: Vec<u32> = self.checks.iter().map(|c| c.width).collect();
        w.sort_unstable();
        w.dedup();
        w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_results_file_reads_as_a_run() {
        let run = Run::parse(include_str!("../../../assets/accessibility-results.json")).expect("a run");
        assert!(run.date.len() == 10 && !run.checks.is_empty());
        assert_eq!(run.violations, run.checks.iter().map(|c| c.violations).sum::<u32>());
        assert_eq!(run.passed(), run.violations == 0);
    }

    #[test]
    fn a_run_with_violations_has_failed_and_lists_its_widths_once() {
        let run = Run::parse(
            r#"{"date":"2026-11-30","tool":"axe-core 4.14.1","violations":2,"result":"fail",
                "checks":[{"view":"sim","lang":"ja","width":390,"violations":2},
                          {"view":"sim","lang":"en","width":1280,"violations":0},
                          {"view":"navi","lang":"ja","width":390,"violations":0}]}"#,
        )
        .expect("a run");
        assert!(!run.passed());
        assert_eq!(run.widths(), vec![390, 1280]);
        assert_eq!(Run::parse("{}"), None);
    }
}
