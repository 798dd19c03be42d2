//! The project editor's operations on `scenario.projects` (pure; the editor view calls them inside
//! `scenario.update`). List order is the priority order (docs/rules.md, step 6).

use crate::link::starter_project;
use kofukin::engine::scenario::{bounds, Bond, Kind, Project, Round, Scenario, Sector};
use rust_decimal::Decimal;

/// Appends a project of `kind` (the starter project of the kind); `None` when the list is full.
pub fn add(s: &mut Scenario, kind: Kind) -> Option<usize> {
    if s.projects.len() >= bounds::MAX_PROJECTS {
        return None;
    }
    s.projects.push(starter_project(kind));
    Some(s.projects.len() - 1)
}

/// Inserts a copy of project `i` right after it; `None` when the list is full or `i` is out of range.
pub fn duplicate(s: &mut Scenario, i: usize) -> Option<usize> {
    if s.projects.len() >= bounds::MAX_PROJECTS {
        return None;
    }
    let p = s.projects.get(i)?.clone();
    s.projects.insert(i + 1, p);
    Some(i + 1)
}

pub fn remove(s: &mut Scenario, i: usize) -> bool {
    if i < s.projects.len() {
        s.projects.remove(i);
        true
    } else {
        false
    }
}

/// Swaps project `i` with the one before it; returns its new index.
pub fn move_up(s: &mut Scenario, i: usize) -> Option<usize> {
    if i == 0 || i >= s.projects.len() {
        return None;
    }
    s.projects.swap(i - 1, i);
    Some(i - 1)
}

/// Swaps project `i` with the one after it; returns its new index.
pub fn move_down(s: &mut Scenario, i: usize) -> Option<usize> {
    if i + 1 >= s.projects.len() {
        return None;
    }
    s.projects.swap(i, i + 1);
    Some(i + 1)
}

/// Changes the kind and drops what does not apply to the new kind (round, sector, bond); a digital
/// type is single-year in the sources, so its years become 1.
pub fn set_kind(p: &mut Project, kind: Kind) {
    if p.kind == kind {
        return;
    }
    p.kind = kind;
    if kind != Kind::Hub {
        p.round = Round::Initial;
    }
    if kind == Kind::Infra {
        if p.infra_sector == Sector::Other {
            p.infra_sector = Sector::Road;
        }
    } else {
        p.infra_sector = Sector::Other;
    }
    if !matches!(kind, Kind::Hub | Kind::Infra) {
        p.bond = Bond::None;
    }
    if kind.is_digital() {
        p.outside_cap = false;
        set_years(p, 1);
    }
}

/// Changes the plan period; a per-year cost list is cut or extended with its last value.
pub fn set_years(p: &mut Project, years: u32) {
    let years = years.clamp(1, bounds::MAX_YEARS);
    if let Some(list) = &mut p.cost_by_year_oku {
        let last = list.last().copied().unwrap_or(p.annual_cost_oku);
        list.resize(years as usize, last);
    }
    p.years = years;
}

/// Switches between one annual cost and a cost per year (the list starts as the annual cost in each
/// year; back to annual keeps the first year's cost).
pub fn set_per_year(p: &mut Project, on: bool) {
    if on {
        if p.cost_by_year_oku.is_none() {
            p.cost_by_year_oku = Some(vec![p.annual_cost_oku; p.years as usize]);
        }
    } else if p.cost_by_year_oku.is_some() {
        p.annual_cost_oku = p.cost_in_year(0);
        p.cost_by_year_oku = None;
    }
}

/// Sets the cost of year `y` (0-based) of a per-year list, or the annual cost.
pub fn set_cost(p: &mut Project, year: Option<usize>, d: Decimal) {
    match (year, &mut p.cost_by_year_oku) {
        (Some(y), Some(list)) => {
            if let Some(slot) = list.get_mut(y) {
                *slot = d;
            }
            p.annual_cost_oku = list.first().copied().unwrap_or(d);
        }
        _ => p.annual_cost_oku = d,
    }
}

/// Reads a typed amount in 億円 (full-width digits and separators accepted): `Ok(value)` within
/// 0..=`max` and at most 8 decimal places, `Err(None)` when not a number, `Err(Some(clamped))` when
/// out of range (the value to use instead).
pub fn parse_oku(text: &str, max: Decimal) -> Result<Decimal, Option<Decimal>> {
    let n = kofukin::engine::scenario::normalize_typed_number(text);
    match kofukin::engine::money::parse_plain_decimal(&n) {
        Ok(d) => {
            let c = d.clamp(Decimal::ZERO, max).trunc_with_scale(bounds::MAX_DECIMAL_PLACES).normalize();
            if c == d.normalize() {
                Ok(c)
            } else {
                Err(Some(c))
            }
        }
        Err(_) => Err(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::starter_scenario;
    use rust_decimal_macros::dec;

    fn kinds(s: &Scenario) -> Vec<Kind> {
        s.projects.iter().map(|p| p.kind).collect()
    }

    #[test]
    fn reorder_duplicate_remove_keep_the_list_consistent() {
        let mut s = starter_scenario(); // soft, soft, hub, infra
        assert_eq!(move_up(&mut s, 2), Some(1));
        assert_eq!(kinds(&s), [Kind::Soft, Kind::Hub, Kind::Soft, Kind::Infra]);
        assert_eq!(move_up(&mut s, 0), None);
        assert_eq!(move_down(&mut s, 3), None);
        assert_eq!(move_down(&mut s, 0), Some(1));
        assert_eq!(kinds(&s), [Kind::Hub, Kind::Soft, Kind::Soft, Kind::Infra]);
        s.projects[0].name = "A".into();
        assert_eq!(duplicate(&mut s, 0), Some(1));
        assert_eq!(s.projects[1].name, "A");
        assert!(remove(&mut s, 0));
        assert!(!remove(&mut s, 99));
        assert_eq!(s.projects.len(), 4);
        assert_eq!(duplicate(&mut s, 99), None);
    }

    #[test]
    fn never_more_than_a_hundred_projects() {
        let mut s = Scenario::default();
        for _ in 0..120 {
            add(&mut s, Kind::Soft);
        }
        assert_eq!(s.projects.len(), 100);
        assert_eq!(duplicate(&mut s, 0), None);
    }

    #[test]
    fn kind_change_drops_what_does_not_apply() {
        let mut p = starter_project(Kind::Hub);
        p.round = Round::Supplementary;
        p.bond = Bond::General;
        p.years = 3;
        set_kind(&mut p, Kind::DigitalTypeV);
        assert_eq!((p.round, p.bond, p.years), (Round::Initial, Bond::None, 1));
        set_kind(&mut p, Kind::Infra);
        assert_eq!(p.infra_sector, Sector::Road);
    }

    #[test]
    fn per_year_costs_follow_the_years() {
        let mut p = starter_project(Kind::Infra); // 4 億円 × 3
        set_per_year(&mut p, true);
        assert_eq!(p.cost_by_year_oku, Some(vec![dec!(4); 3]));
        set_cost(&mut p, Some(1), dec!(6));
        set_years(&mut p, 4);
        assert_eq!(p.cost_by_year_oku, Some(vec![dec!(4), dec!(6), dec!(4), dec!(4)]));
        set_years(&mut p, 2);
        assert_eq!(p.cost_by_year_oku, Some(vec![dec!(4), dec!(6)]));
        set_per_year(&mut p, false);
        assert_eq!((p.annual_cost_oku, p.cost_by_year_oku.is_none()), (dec!(4), true));
        let mut s = Scenario::default();
        s.projects.push(p);
        assert!(Scenario::from_json_str(&s.to_json_pretty()).is_ok());
    }

    #[test]
    fn typed_amounts() {
        assert_eq!(parse_oku("３．５", dec!(100)), Ok(dec!(3.5)));
        assert_eq!(parse_oku("1,000", dec!(100000)), Ok(dec!(1000)));
        assert_eq!(parse_oku("abc", dec!(100)), Err(None));
        assert_eq!(parse_oku("-1", dec!(100)), Err(Some(dec!(0))));
        assert_eq!(parse_oku("200", dec!(100)), Err(Some(dec!(100))));
        assert_eq!(parse_oku("0.123456789", dec!(100)), Err(Some(dec!(0.12345678))));
    }
}
