//! The quick controls as views of, and operations on, `scenario.projects` (no second source of
//! truth): a kind's count is the number of its projects; its cost and years are those of its first
//! project. When the projects of a kind differ (`cost_varies`, `years_vary`), the slider says so and
//! sets them all only when asked (`set_cost` / `set_years` are that "apply to all").

use crate::link::starter_project;
use kofukin::engine::scenario::{bounds, Kind, Project, Round, Scenario, Sector};
use rust_decimal::Decimal;

/// The kinds the sliders cover (digital types come with the project editor).
pub const QUICK_KINDS: [Kind; 3] = [Kind::Soft, Kind::Hub, Kind::Infra];

pub fn count(s: &Scenario, kind: Kind) -> usize {
    s.projects.iter().filter(|p| p.kind == kind).count()
}

pub fn first(s: &Scenario, kind: Kind) -> Option<&Project> {
    s.projects.iter().find(|p| p.kind == kind)
}

/// The project a new one of this kind copies: the first of its kind (without its name), or the
/// starter project of the kind.
pub fn template(s: &Scenario, kind: Kind) -> Project {
    match first(s, kind) {
        Some(p) => Project { name: String::new(), outside_cap: false, donation_oku: Decimal::ZERO, ..p.clone() },
        None => starter_project(kind),
    }
}

/// Adds projects of this kind right after the last one of the kind (at the end when there is none),
/// or removes the last ones, until there are `n` (never more than the scenario's 100 projects in
/// all). The list order is the priority order, so a new project ranks just below its own kind.
pub fn set_count(s: &mut Scenario, kind: Kind, n: usize) {
    let have = count(s, kind);
    if n > have {
        let t = template(s, kind);
        let room = bounds::MAX_PROJECTS.saturating_sub(s.projects.len());
        let at = s.projects.iter().rposition(|p| p.kind == kind).map_or(s.projects.len(), |i| i + 1);
        let added = (n - have).min(room);
        s.projects.splice(at..at, std::iter::repeat_n(t, added));
    } else {
        let mut to_remove = have - n;
        let mut i = s.projects.len();
        while to_remove > 0 && i > 0 {
            i -= 1;
            if s.projects[i].kind == kind {
                s.projects.remove(i);
                to_remove -= 1;
            }
        }
    }
}

/// The annual cost shown for a kind: the first project's first-year cost.
pub fn cost(s: &Scenario, kind: Kind) -> Decimal {
    first(s, kind).map(|p| p.cost_in_year(0)).unwrap_or_else(|| starter_project(kind).annual_cost_oku)
}

pub fn years(s: &Scenario, kind: Kind) -> u32 {
    first(s, kind).map(|p| p.years).unwrap_or_else(|| starter_project(kind).years)
}

/// Do the projects of this kind differ in cost (from one another, or from year to year)? Then one
/// slider cannot show them, and moving it must not overwrite them unasked.
pub fn cost_varies(s: &Scenario, kind: Kind) -> bool {
    let mut of_kind = s.projects.iter().filter(|p| p.kind == kind);
    let Some(first) = of_kind.next() else { return false };
    let flat = |p: &Project| p.cost_by_year_oku.as_ref().is_none_or(|l| l.iter().all(|c| *c == p.annual_cost_oku));
    !flat(first) || of_kind.any(|p| !flat(p) || p.annual_cost_oku != first.annual_cost_oku)
}

/// Do the projects of this kind differ in years?
pub fn years_vary(s: &Scenario, kind: Kind) -> bool {
    let mut of_kind = s.projects.iter().filter(|p| p.kind == kind);
    let Some(first) = of_kind.next() else { return false };
    of_kind.any(|p| p.years != first.years)
}

/// Sets the annual cost of every project of the kind ("apply to all"): one cost in every year.
pub fn set_cost(s: &mut Scenario, kind: Kind, cost: Decimal) {
    for p in s.projects.iter_mut().filter(|p| p.kind == kind) {
        p.annual_cost_oku = cost;
        p.cost_by_year_oku = None;
    }
}

/// Sets the years of every project of the kind ("apply to all"); a per-year cost list is cut or
/// extended with its last value, as in the editor.
pub fn set_years(s: &mut Scenario, kind: Kind, years: u32) {
    for p in s.projects.iter_mut().filter(|p| p.kind == kind) {
        crate::costs::ops::set_years(p, years);
    }
}

pub fn round(s: &Scenario) -> Round {
    first(s, Kind::Hub).map(|p| p.round).unwrap_or_default()
}

pub fn set_round(s: &mut Scenario, round: Round) {
    for p in s.projects.iter_mut().filter(|p| p.kind == Kind::Hub) {
        p.round = round;
    }
}

pub fn sector(s: &Scenario) -> Sector {
    first(s, Kind::Infra).map(|p| p.infra_sector).unwrap_or(Sector::Road)
}

pub fn set_sector(s: &mut Scenario, sector: Sector) {
    for p in s.projects.iter_mut().filter(|p| p.kind == Kind::Infra) {
        p.infra_sector = sector;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::starter_scenario;
    use rust_decimal_macros::dec;

    #[test]
    fn count_adds_copies_after_the_last_of_the_kind_and_removes_the_last_of_the_kind() {
        let mut s = starter_scenario(); // soft, soft, hub, infra
        s.projects[0].name = "A".into();
        set_count(&mut s, Kind::Soft, 3);
        let kinds: Vec<Kind> = s.projects.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [Kind::Soft, Kind::Soft, Kind::Soft, Kind::Hub, Kind::Infra]);
        assert_eq!(s.projects[2].name, "");
        assert_eq!(s.projects[2].annual_cost_oku, dec!(1.5));
        set_count(&mut s, Kind::Hub, 2);
        let kinds: Vec<Kind> = s.projects.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [Kind::Soft, Kind::Soft, Kind::Soft, Kind::Hub, Kind::Hub, Kind::Infra]);
        set_count(&mut s, Kind::Hub, 1);
        set_count(&mut s, Kind::Soft, 3);
        set_count(&mut s, Kind::Soft, 1);
        let kinds: Vec<Kind> = s.projects.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [Kind::Soft, Kind::Hub, Kind::Infra]);
        assert_eq!(s.projects[0].name, "A");
        set_count(&mut s, Kind::Hub, 0);
        assert_eq!(count(&s, Kind::Hub), 0);
        set_count(&mut s, Kind::Hub, 1);
        assert_eq!(s.projects[2].annual_cost_oku, dec!(8));
    }

    #[test]
    fn cost_and_years_set_every_project_of_the_kind() {
        let mut s = starter_scenario();
        s.projects[3].cost_by_year_oku = Some(vec![dec!(2), dec!(6), dec!(4)]);
        s.projects[3].annual_cost_oku = dec!(2);
        set_cost(&mut s, Kind::Soft, dec!(2.5));
        assert!(s.projects.iter().filter(|p| p.kind == Kind::Soft).all(|p| p.annual_cost_oku == dec!(2.5)));
        set_years(&mut s, Kind::Infra, 5);
        assert_eq!(s.projects[3].years, 5);
        assert_eq!(s.projects[3].cost_by_year_oku, Some(vec![dec!(2), dec!(6), dec!(4), dec!(4), dec!(4)]));
        assert_eq!(cost(&s, Kind::Infra), dec!(2));
        set_cost(&mut s, Kind::Infra, dec!(3));
        assert_eq!(s.projects[3].cost_by_year_oku, None);
    }

    #[test]
    fn a_kind_varies_when_its_projects_differ_in_cost_or_years() {
        let mut s = starter_scenario(); // soft 1.5 ×3 years, twice
        assert!(!cost_varies(&s, Kind::Soft) && !years_vary(&s, Kind::Soft));
        assert!(!cost_varies(&s, Kind::DigitalType1) && !years_vary(&s, Kind::DigitalType1));
        s.projects[1].annual_cost_oku = dec!(2);
        assert!(cost_varies(&s, Kind::Soft));
        assert!(!cost_varies(&s, Kind::Hub));
        set_cost(&mut s, Kind::Soft, dec!(1.1));
        assert!(!cost_varies(&s, Kind::Soft));
        // a per-year list of one value is not a variation; different values are
        s.projects[0].cost_by_year_oku = Some(vec![dec!(1.1); 3]);
        assert!(!cost_varies(&s, Kind::Soft));
        s.projects[0].cost_by_year_oku = Some(vec![dec!(1.1), dec!(2), dec!(1.1)]);
        assert!(cost_varies(&s, Kind::Soft));
        s.projects[1].years = 5;
        assert!(years_vary(&s, Kind::Soft));
        set_years(&mut s, Kind::Soft, 2);
        assert!(!years_vary(&s, Kind::Soft));
    }

    #[test]
    fn never_more_than_a_hundred_projects() {
        let mut s = starter_scenario();
        set_count(&mut s, Kind::Soft, 500);
        assert_eq!(s.projects.len(), 100);
    }
}
