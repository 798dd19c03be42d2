//! The quick controls as views of, and operations on, `scenario.projects` (no second source of
//! truth): a kind's count is the number of its projects; its cost and years are those of its first
//! project, and setting them sets every project of that kind.

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

/// Adds projects of this kind at the end, or removes the last ones, until there are `n`
/// (never more than the scenario's 100 projects in all).
pub fn set_count(s: &mut Scenario, kind: Kind, n: usize) {
    let have = count(s, kind);
    if n > have {
        let t = template(s, kind);
        let room = bounds::MAX_PROJECTS.saturating_sub(s.projects.len());
        for _ in 0..(n - have).min(room) {
            s.projects.push(t.clone());
        }
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

/// Does some project of this kind have costs that vary by year?
pub fn has_varied_cost(s: &Scenario, kind: Kind) -> bool {
    s.projects.iter().any(|p| p.kind == kind && p.cost_by_year_oku.is_some())
}

pub fn set_cost(s: &mut Scenario, kind: Kind, cost: Decimal) {
    for p in s.projects.iter_mut().filter(|p| p.kind == kind) {
        p.annual_cost_oku = cost;
        p.cost_by_year_oku = None;
    }
}

pub fn set_years(s: &mut Scenario, kind: Kind, years: u32) {
    let years = years.clamp(1, bounds::MAX_YEARS);
    for p in s.projects.iter_mut().filter(|p| p.kind == kind) {
        if p.cost_by_year_oku.is_some() {
            p.annual_cost_oku = p.cost_in_year(0);
            p.cost_by_year_oku = None;
        }
        p.years = years;
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
    fn count_adds_copies_at_the_end_and_removes_the_last_of_the_kind() {
        let mut s = starter_scenario(); // soft, soft, hub, infra
        s.projects[0].name = "A".into();
        set_count(&mut s, Kind::Soft, 3);
        let kinds: Vec<Kind> = s.projects.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [Kind::Soft, Kind::Soft, Kind::Hub, Kind::Infra, Kind::Soft]);
        assert_eq!(s.projects[4].name, "");
        assert_eq!(s.projects[4].annual_cost_oku, dec!(1.5));
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
        assert_eq!(s.projects[3].cost_by_year_oku, None);
        assert_eq!(cost(&s, Kind::Infra), dec!(2));
    }

    #[test]
    fn never_more_than_a_hundred_projects() {
        let mut s = starter_scenario();
        set_count(&mut s, Kind::Soft, 500);
        assert_eq!(s.projects.len(), 100);
    }
}
