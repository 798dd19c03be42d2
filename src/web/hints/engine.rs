//! A stand-in for the engine's suggestions with the same types, used until the engine's own lands;
//! it tries moving each project to the front of the priority order and each other start year.

use kofukin::engine::finding::Code;
use kofukin::engine::money::Yen;
use kofukin::engine::scenario::Scenario;
use kofukin::engine::simulate;
use kofukin::engine::text::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HintKind {
    Move,
    StartYear,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Hint {
    pub kind: HintKind,
    pub project: usize,
    pub description: Text,
    pub delta_gen2_national: Yen,
    pub delta_gen2_local_burden: Yen,
    pub reason_code: Code,
    pub scenario: Scenario,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Hints {
    pub hints: Vec<Hint>,
}

pub fn hints(s: &Scenario) -> Hints {
    let base = simulate(s);
    let (nat, loc) = (base.rule_sets.gen2.total_national_oku, base.rule_sets.gen2.layers.remaining_local_oku);
    let mut out = Vec::new();
    let mut consider = |kind, project, description: Text, changed: Scenario| {
        let o = simulate(&changed);
        let dn = o.rule_sets.gen2.total_national_oku - nat;
        let dl = o.rule_sets.gen2.layers.remaining_local_oku - loc;
        if dn > Yen::ZERO || (dn == Yen::ZERO && dl < Yen::ZERO) {
            let (delta_gen2_national, delta_gen2_local_burden) = (dn, dl);
            let reason_code = Code::NoApplicationSlot;
            out.push(Hint {
                kind,
                project,
                description,
                delta_gen2_national,
                delta_gen2_local_burden,
                reason_code,
                scenario: changed,
            });
        }
    };
    for i in 1..s.projects.len() {
        let mut c = s.clone();
        let p = c.projects.remove(i);
        c.projects.insert(0, p);
        let d = Text::owned(
            format!("事業{}を優先順位の先頭に移す", i + 1),
            format!("Move project {} to the top of the priority order", i + 1),
        );
        consider(HintKind::Move, i, d, c);
    }
    for (i, p) in s.projects.iter().enumerate() {
        for y in 1..=3u32 {
            if y != p.start_year {
                let mut c = s.clone();
                c.projects[i].start_year = y;
                let d = Text::owned(
                    format!("事業{}の開始を{y}年目にする", i + 1),
                    format!("Start project {} in year {y}", i + 1),
                );
                consider(HintKind::StartYear, i, d, c);
            }
        }
    }
    out.sort_by(|a, b| {
        b.delta_gen2_national
            .cmp(&a.delta_gen2_national)
            .then(a.delta_gen2_local_burden.cmp(&b.delta_gen2_local_burden))
    });
    out.truncate(5);
    Hints { hints: out }
}
