//! Step 6 of docs/rules.md: the allocation of a category's national share under its caps.
//!
//! The rule: the allocation that respects every cap of step 5 at once and (a) gives the projects their
//! totals in list order: each project gets the largest total it can while every earlier project keeps
//! its total; (b) among allocations with those project totals, puts each project's amount in its
//! earliest years, project by project in list order.
//!
//! Where no project has a plan-period cap of its own this is the plain greedy of docs/rules.md (projects in
//! list order, each year taking what is left of that year's pot and of the plan-period pot). Otherwise
//! (2.0 hubs under 目安) it is a maximum flow source → project → year → plan-period pot → sink, found by
//! augmenting in list order, then re-routed within the fixed totals towards earlier years. Amounts are
//! whole yen, so the flow is exact.

use crate::engine::money::Yen;

/// What one project asks of its category.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// (scenario year index from 0, request after the project's own per-year cap), in year order.
    pub years: Vec<(usize, Yen)>,
    /// The project's own cap over its plan period ([`Yen::UNLIMITED`] when none).
    pub period_cap: Yen,
}

/// The category's pots: per scenario year, and over the plan period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pots {
    pub year: Vec<Yen>,
    pub period: Yen,
}

/// The amounts granted, per claim, in the order of its `years`.
pub fn allocate(claims: &[Claim], pots: &Pots) -> Vec<Vec<Yen>> {
    if claims.iter().all(|c| c.period_cap.is_unlimited()) {
        greedy(claims, pots)
    } else {
        Network::new(claims, pots).solve(claims)
    }
}

/// Projects in list order, each year taking what its request allows from what is left.
fn greedy(claims: &[Claim], pots: &Pots) -> Vec<Vec<Yen>> {
    let mut year_left = pots.year.clone();
    let mut period_left = pots.period;
    claims
        .iter()
        .map(|c| {
            c.years
                .iter()
                .map(|&(y, req)| {
                    let left = year_left.get(y).copied().unwrap_or(Yen::ZERO);
                    let g = req.min(left).min(period_left);
                    if let Some(l) = year_left.get_mut(y) {
                        *l -= g;
                    }
                    period_left -= g;
                    g
                })
                .collect()
        })
        .collect()
}

/// A small flow network with paired edges (`e` and `e ^ 1`).
struct Network {
    head: Vec<usize>,
    cap: Vec<i64>,
    flow: Vec<i64>,
    adj: Vec<Vec<usize>>,
    frozen: Vec<bool>,
    /// Edge source → claim, per claim.
    source_edge: Vec<usize>,
    /// Edge claim → year, per claim, in the order of its `years`.
    year_edges: Vec<Vec<usize>>,
    /// Search buffers, reused by every path search: the edge each node was reached by, the search
    /// each node was last seen in, and the queue.
    via: Vec<usize>,
    seen: Vec<u32>,
    search: u32,
    queue: Vec<usize>,
}

const SOURCE: usize = 0;
const SINK: usize = 1;
const POT: usize = 2;
const FIRST_YEAR: usize = 3;

impl Network {
    fn new(claims: &[Claim], pots: &Pots) -> Network {
        let n_years = pots.year.len();
        let first_claim = FIRST_YEAR + n_years;
        // Every edge is known from the start (pot, years, and per claim its source and year edges,
        // each with its reverse): the vectors are allocated once, at their final size.
        let edges = 2 * (1 + n_years + claims.iter().map(|c| 1 + c.years.len()).sum::<usize>());
        let mut net = Network {
            head: Vec::with_capacity(edges),
            cap: Vec::with_capacity(edges),
            flow: Vec::with_capacity(edges),
            adj: vec![Vec::new(); first_claim + claims.len()],
            frozen: Vec::with_capacity(edges),
            source_edge: Vec::with_capacity(claims.len()),
            year_edges: Vec::with_capacity(claims.len()),
            via: vec![usize::MAX; first_claim + claims.len()],
            seen: vec![0; first_claim + claims.len()],
            search: 0,
            queue: Vec::with_capacity(first_claim + claims.len()),
        };
        net.edge(POT, SINK, pots.period);
        for (y, cap) in pots.year.iter().enumerate() {
            net.edge(FIRST_YEAR + y, POT, *cap);
        }
        for (c, claim) in claims.iter().enumerate() {
            let node = first_claim + c;
            let s = net.edge(SOURCE, node, claim.period_cap);
            net.source_edge.push(s);
            let ys = claim
                .years
                .iter()
                .map(|&(y, req)| net.edge(node, FIRST_YEAR + y.min(n_years.saturating_sub(1)), req))
                .collect();
            net.year_edges.push(ys);
        }
        net
    }

    fn edge(&mut self, from: usize, to: usize, cap: Yen) -> usize {
        let e = self.head.len();
        self.head.extend([to, from]);
        self.cap.extend([cap.0, 0]);
        self.flow.extend([0, 0]);
        self.frozen.extend([false, false]);
        self.adj[from].push(e);
        self.adj[to].push(e + 1);
        e
    }

    fn residual(&self, e: usize) -> i64 {
        self.cap[e] - self.flow[e]
    }

    fn push(&mut self, e: usize, amount: i64) {
        self.flow[e] += amount;
        self.flow[e ^ 1] -= amount;
    }

    /// Shortest residual path `from` → `to` avoiding the source and frozen edges: the edges of the path.
    fn path(&mut self, from: usize, to: usize) -> Option<Vec<usize>> {
        self.search += 1;
        let mark = self.search;
        self.seen[from] = mark;
        self.seen[SOURCE] = mark;
        self.queue.clear();
        self.queue.push(from);
        let mut next = 0;
        while next < self.queue.len() {
            let u = self.queue[next];
            next += 1;
            for &e in &self.adj[u] {
                let v = self.head[e];
                if self.seen[v] == mark || self.frozen[e] || self.cap[e] - self.flow[e] <= 0 {
                    continue;
                }
                self.seen[v] = mark;
                self.via[v] = e;
                if v == to {
                    let mut edges = Vec::new();
                    let mut at = to;
                    while at != from {
                        let e = self.via[at];
                        edges.push(e);
                        at = self.head[e ^ 1];
                    }
                    edges.reverse();
                    return Some(edges);
                }
                self.queue.push(v);
            }
        }
        None
    }

    /// Pushes as much as possible through `first` and then along residual paths from its head to `to`.
    fn augment_through(&mut self, first: usize, to: usize) {
        while self.residual(first) > 0 {
            let Some(path) = self.path(self.head[first], to) else { break };
            let amount = path.iter().map(|&e| self.residual(e)).fold(self.residual(first), i64::min);
            if amount <= 0 {
                break;
            }
            self.push(first, amount);
            for e in path {
                self.push(e, amount);
            }
        }
    }

    fn freeze(&mut self, e: usize) {
        self.frozen[e] = true;
        self.frozen[e ^ 1] = true;
    }

    fn solve(mut self, claims: &[Claim]) -> Vec<Vec<Yen>> {
        // (a) Totals in list order: each claim the most it can get; earlier totals never shrink because
        // paths never pass through the source.
        for c in 0..claims.len() {
            self.augment_through(self.source_edge[c], SINK);
        }
        for c in 0..claims.len() {
            self.freeze(self.source_edge[c]);
        }
        self.freeze(0); // POT → SINK: the category's total stays as it is.
                        // (b) Earliest years, claim by claim: raise each year's amount by a cycle that takes it from
                        // the claim's later years (possibly moving later claims between years), then fix it.
        for c in 0..claims.len() {
            let claim_node = self.head[self.source_edge[c]];
            for k in 0..self.year_edges[c].len() {
                self.augment_cycle(self.year_edges[c][k], claim_node);
            }
        }
        self.year_edges.iter().map(|es| es.iter().map(|&e| Yen(self.flow[e])).collect()).collect()
    }

    /// Raises the flow on `e` (claim → year) by cycles back to the claim through its later years, then
    /// fixes it. `e` is frozen first, so the cycle's return path cannot use it.
    fn augment_cycle(&mut self, e: usize, claim_node: usize) {
        self.freeze(e);
        while self.residual(e) > 0 {
            let Some(path) = self.path(self.head[e], claim_node) else { break };
            let amount = path.iter().map(|&p| self.residual(p)).fold(self.residual(e), i64::min);
            if amount <= 0 {
                break;
            }
            self.push(e, amount);
            for p in path {
                self.push(p, amount);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn oku(n: i64) -> Yen {
        Yen::oku(n)
    }

    #[test]
    fn a_capped_project_moves_to_a_later_year_to_let_the_next_one_in() {
        // e08: A asks 10 + 10 with its own 10 over the plan period; B asks 10 in year 1; pot 10 a year.
        let claims = [
            Claim { years: vec![(0, oku(10)), (1, oku(10))], period_cap: oku(10) },
            Claim { years: vec![(0, oku(10))], period_cap: oku(10) },
        ];
        let pots = Pots { year: vec![oku(10), oku(10)], period: Yen::UNLIMITED };
        assert_eq!(allocate(&claims, &pots), vec![vec![oku(0), oku(10)], vec![oku(10)]]);
    }

    #[test]
    fn greedy_takes_earliest_years_within_the_period_pot() {
        // e09: A asks 4 a year in years 2-4, B 4 a year in years 1-3, plan-period pot 10.
        let claims = [
            Claim { years: vec![(1, oku(4)), (2, oku(4)), (3, oku(4))], period_cap: Yen::UNLIMITED },
            Claim { years: vec![(0, oku(4)), (1, oku(4)), (2, oku(4))], period_cap: Yen::UNLIMITED },
        ];
        let pots = Pots { year: vec![Yen::UNLIMITED; 4], period: oku(10) };
        assert_eq!(allocate(&claims, &pots), vec![vec![oku(4), oku(4), oku(2)], vec![oku(0); 3]]);
    }
}
