//! Undo and redo of the scenario: the states before the current one and the ones undone. Pure (the
//! page's state keeps one and feeds it every change, see `state.rs`), so it is tested natively.

use std::collections::VecDeque;

/// How many steps back are kept.
pub const LIMIT: usize = 100;
/// Changes from the same control less than this many ms apart are one step (a slider drag, a held
/// arrow key, typing a number).
pub const BURST_MS: f64 = 500.0;

pub struct History<T> {
    past: VecDeque<T>,
    future: Vec<T>,
    current: T,
    /// The control and time of the last change, while a burst from it may still continue.
    last: Option<(String, f64)>,
}

impl<T: Clone + PartialEq> History<T> {
    pub fn new(current: T) -> Self {
        History { past: VecDeque::new(), future: Vec::new(), current, last: None }
    }

    /// Records that the state is now `now`, changed by control `source` (`None`: a change that is a
    /// step of its own, e.g. a button) at `at_ms`. The same state as the current one (for instance
    /// after an undo) records nothing. Returns whether a step was recorded.
    pub fn observe(&mut self, now: &T, source: Option<&str>, at_ms: f64) -> bool {
        if *now == self.current {
            return false;
        }
        let same_burst = match (&self.last, source) {
            (Some((last, t)), Some(src)) => last == src && at_ms - t < BURST_MS && at_ms >= *t,
            _ => false,
        };
        if !same_burst {
            self.past.push_back(self.current.clone());
            if self.past.len() > LIMIT {
                self.past.pop_front();
            }
        }
        self.future.clear();
        self.current = now.clone();
        self.last = source.map(|s| (s.to_string(), at_ms));
        true
    }

    /// The state before the current one (which becomes redoable), if any.
    pub fn undo(&mut self) -> Option<T> {
        let prev = self.past.pop_back()?;
        self.future.push(std::mem::replace(&mut self.current, prev.clone()));
        self.last = None;
        Some(prev)
    }

    /// The state last undone (the current one becomes undoable again), if any.
    pub fn redo(&mut self) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push_back(std::mem::replace(&mut self.current, next.clone()));
        self.last = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_walk_the_steps_and_a_new_change_drops_the_redo() {
        let mut h = History::new(0);
        assert!(!h.can_undo() && !h.can_redo());
        assert!(h.observe(&1, None, 0.0));
        assert!(h.observe(&2, None, 10.0)); // a button: its own step even within the burst time
        assert_eq!(h.undo(), Some(1));
        assert!(!h.observe(&1, None, 20.0)); // the page showing the undone state records nothing
        assert_eq!(h.undo(), Some(0));
        assert_eq!(h.undo(), None);
        assert_eq!(h.redo(), Some(1));
        assert!(h.can_undo() && h.can_redo());
        h.observe(&5, None, 30.0);
        assert!(!h.can_redo());
        assert_eq!(h.undo(), Some(1));
        assert_eq!(h.redo(), Some(5));
    }

    #[test]
    fn a_burst_from_one_control_is_one_step() {
        let mut h = History::new(0);
        for (i, t) in [0.0, 100.0, 350.0, 800.0].into_iter().enumerate() {
            h.observe(&(i + 1), Some("soft-cost"), t);
        }
        assert_eq!(h.current, 4);
        assert_eq!(h.undo(), Some(0)); // each change came within 500 ms of the one before
        let mut h = History::new(0);
        h.observe(&1, Some("soft-cost"), 0.0);
        h.observe(&2, Some("soft-cost"), 600.0); // a pause: a new step
        h.observe(&3, Some("hub-cost"), 700.0); // another control: a new step
        assert_eq!(h.undo(), Some(2));
        assert_eq!(h.undo(), Some(1));
        assert_eq!(h.undo(), Some(0));
        let mut h = History::new(0);
        h.observe(&1, Some("soft-cost"), 0.0);
        h.undo();
        h.redo();
        h.observe(&2, Some("soft-cost"), 100.0); // after an undo/redo: a new step
        assert_eq!(h.undo(), Some(1));
    }

    #[test]
    fn at_most_a_hundred_steps_are_kept() {
        let mut h = History::new(0);
        for i in 1..=150 {
            h.observe(&i, None, f64::from(i));
        }
        let mut n = 0;
        while h.undo().is_some() {
            n += 1;
        }
        assert_eq!(n, LIMIT);
        assert_eq!(h.current, 50);
    }
}
