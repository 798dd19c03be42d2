//! The architecture's invariants (ARCHITECTURE.md), checked by reading the source tree:
//! no circular imports between modules, no hand-written Rust file over 500 lines, an engine that uses
//! no web crate, and a repository that stands alone (no file refers to documents outside it or to
//! the process that built it).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, sorted, as paths relative to the repository root.
fn rust_files(dir: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root().join(dir)];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p.strip_prefix(root()).map(Path::to_path_buf).unwrap_or(p));
            }
        }
    }
    out.sort();
    out
}

fn read(rel: &Path) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_default()
}

/// The text with `//` comments blanked (a `//` right after `:` is a URL and stays).
fn strip_comments(text: &str) -> String {
    text.lines()
        .map(|l| {
            let mut cut = l.len();
            let mut from = 0;
            while let Some(i) = l[from..].find("//") {
                let at = from + i;
                if at == 0 || !l[..at].ends_with(':') {
                    cut = at;
                    break;
                }
                from = at + 2;
            }
            &l[..cut]
        })
        .collect::<Vec<_>>()
        .join("\n")
}

// ---- (a) no circular imports -------------------------------------------------------------------

/// Which crate a file belongs to and where that crate's module tree starts.
struct Crate {
    /// The folder of the modules that are the graph's nodes (`src/engine`, `src/web`).
    dir: &'static str,
    /// Node name prefix.
    name: &'static str,
    /// The module path of `dir` from the crate root (`crate::engine` in the library, the root of the app).
    base: &'static [&'static str],
    /// The files in `dir` that are the module's root, not a node of their own.
    roots: &'static [&'static str],
}

const CRATES: [Crate; 2] = [
    Crate { dir: "src/engine", name: "engine", base: &["engine"], roots: &["mod.rs"] },
    Crate { dir: "src/web", name: "web", base: &[], roots: &["main.rs", "mod.rs"] },
];

/// The module names (top-level files and folders) of a crate's folder.
fn modules(c: &Crate) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for e in std::fs::read_dir(root().join(c.dir)).into_iter().flatten().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if e.path().is_dir() {
            out.insert(name);
        } else if let Some(stem) = name.strip_suffix(".rs") {
            if !c.roots.contains(&name.as_str()) {
                out.insert(stem.to_string());
            }
        }
    }
    out
}

/// The module path of a file from its crate root: `src/engine/measures/people.rs` → engine, measures, people.
fn module_path(c: &Crate, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(c.dir).unwrap_or(file);
    let mut parts: Vec<String> = c.base.iter().map(|s| s.to_string()).collect();
    let comps: Vec<String> = rel.iter().map(|s| s.to_string_lossy().into_owned()).collect();
    for (i, comp) in comps.iter().enumerate() {
        let last = i + 1 == comps.len();
        match comp.strip_suffix(".rs") {
            Some(stem) if last && (stem == "mod" || (c.roots.contains(&comp.as_str()) && i == 0)) => {}
            Some(stem) => parts.push(stem.to_string()),
            None => parts.push(comp.clone()),
        }
    }
    parts
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// A tiny reader of Rust paths: `crate::a::{b, c::d}`, `super::x`, `kofukin::engine::y`.
struct Paths<'a> {
    s: &'a [char],
    i: usize,
}

impl Paths<'_> {
    fn skip_ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_whitespace() {
            self.i += 1;
        }
    }
    fn ident(&mut self) -> Option<String> {
        self.skip_ws();
        let start = self.i;
        while self.i < self.s.len() && is_ident(self.s[self.i]) {
            self.i += 1;
        }
        (self.i > start).then(|| self.s[start..self.i].iter().collect())
    }
    fn eat(&mut self, t: &str) -> bool {
        self.skip_ws();
        let t: Vec<char> = t.chars().collect();
        if self.s[self.i..].starts_with(&t) {
            self.i += t.len();
            true
        } else {
            false
        }
    }
    /// Reads a path (after its first segment) and every path of a `{…}` group, each as its segments.
    fn tree(&mut self, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
        if !self.eat("::") {
            out.push(prefix);
            return;
        }
        if self.eat("{") {
            loop {
                if self.eat("}") {
                    break;
                }
                match self.ident() {
                    Some(id) => {
                        let mut p = prefix.clone();
                        p.push(id);
                        self.tree(p, out);
                    }
                    None if self.i < self.s.len() => self.i += 1,
                    None => break,
                }
                self.eat(",");
            }
        } else if let Some(id) = self.ident() {
            let mut p = prefix;
            p.push(id);
            self.tree(p, out);
        } else {
            out.push(prefix);
        }
    }
}

/// Every path in `code` that starts with `crate`, `super`, `self` or `kofukin`, with the line it is on
/// and the inline modules (`mod tests { … }`) it sits in.
fn paths_in(code: &str) -> Vec<(usize, Vec<String>, Vec<String>)> {
    let s: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let (mut line, mut depth) = (1, 0usize);
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c == '\n' {
            line += 1;
        } else if c == '{' {
            depth += 1;
        } else if c == '}' {
            depth = depth.saturating_sub(1);
            while inline.last().is_some_and(|(_, d)| *d > depth) {
                inline.pop();
            }
        }
        if is_ident(c) && (i == 0 || !is_ident(s[i - 1])) {
            let mut r = Paths { s: &s, i };
            let Some(first) = r.ident() else { break };
            if first == "mod" {
                if let Some(name) = r.ident() {
                    if r.eat("{") {
                        depth += 1;
                        inline.push((name, depth));
                        line += s[i..r.i].iter().filter(|&&c| c == '\n').count();
                        i = r.i;
                        continue;
                    }
                }
            } else if ["crate", "super", "self", "kofukin"].contains(&first.as_str()) && (i == 0 || s[i - 1] != ':') {
                let mut found = Vec::new();
                r.tree(vec![first], &mut found);
                let names: Vec<String> = inline.iter().map(|(n, _)| n.clone()).collect();
                for p in found {
                    out.push((line, names.clone(), p));
                }
                line += s[i..r.i].iter().filter(|&&c| c == '\n').count();
                i = r.i.max(i + 1);
                continue;
            }
            i = r.i.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

/// The node a path points at (`engine::layers`), if it names a module of the graph.
fn target(
    c: &Crate,
    here: &[String],
    path: &[String],
    engine: &BTreeSet<String>,
    own: &BTreeSet<String>,
) -> Option<String> {
    let mut abs: Vec<String> = here.to_vec();
    let mut rest = path;
    match path.first().map(String::as_str) {
        Some("kofukin") => {
            if path.get(1).map(String::as_str) != Some("engine") {
                return None;
            }
            return path.get(2).filter(|m| engine.contains(*m)).map(|m| format!("engine::{m}"));
        }
        Some("crate") => {
            abs.clear();
            rest = &path[1..];
        }
        _ => {}
    }
    for seg in rest {
        match seg.as_str() {
            "self" => {}
            "super" => {
                abs.pop();
            }
            s => abs.push(s.to_string()),
        }
    }
    let inside = abs.strip_prefix(&c.base.iter().map(|s| s.to_string()).collect::<Vec<_>>()[..])?;
    inside.first().filter(|m| own.contains(*m)).map(|m| format!("{}::{m}", c.name))
}

/// Edges `from → to` with the first place (file:line) that makes each.
fn module_graph() -> BTreeMap<(String, String), String> {
    let engine = modules(&CRATES[0]);
    let mut edges = BTreeMap::new();
    for c in &CRATES {
        let own = modules(c);
        for file in rust_files(c.dir) {
            let here = module_path(c, &file);
            let Some(from) = here.get(c.base.len()).map(|m| format!("{}::{m}", c.name)) else { continue };
            for (line, inline, path) in paths_in(&strip_comments(&read(&file))) {
                let mut at = here.clone();
                at.extend(inline);
                if let Some(to) = target(c, &at, &path, &engine, &own) {
                    if to != from {
                        edges.entry((from.clone(), to)).or_insert_with(|| format!("{}:{line}", file.display()));
                    }
                }
            }
        }
    }
    edges
}

/// Each group of modules that reach one another (strongly connected, two or more), with one circle
/// through it: the shortest way from its first module back to itself.
fn circles(edges: &BTreeMap<(String, String), String>) -> Vec<(Vec<String>, BTreeSet<String>)> {
    let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (a, b) in edges.keys() {
        next.entry(a).or_default().push(b);
        next.entry(b).or_default();
    }
    let reach = |from: &str| {
        let mut seen = BTreeSet::from([from.to_string()]);
        let mut stack = vec![from];
        while let Some(n) = stack.pop() {
            for m in &next[n] {
                if seen.insert(m.to_string()) {
                    stack.push(m);
                }
            }
        }
        seen
    };
    let reaches: BTreeMap<&str, BTreeSet<String>> = next.keys().map(|n| (*n, reach(n))).collect();
    let mut done = BTreeSet::new();
    let mut out = Vec::new();
    for n in next.keys().copied() {
        if done.contains(n) {
            continue;
        }
        let group: BTreeSet<String> = reaches[n].iter().filter(|m| reaches[m.as_str()].contains(n)).cloned().collect();
        done.extend(group.iter().cloned());
        if group.len() < 2 {
            continue;
        }
        // Breadth first from `n` inside the group until an edge leads back to `n`.
        let mut prev: BTreeMap<&str, &str> = BTreeMap::new();
        let mut last = None;
        let mut queue = std::collections::VecDeque::from([n]);
        'search: while let Some(a) = queue.pop_front() {
            for b in next[a].iter().copied().filter(|b| group.contains(*b)) {
                if b == n {
                    last = Some(a);
                    break 'search;
                }
                if !prev.contains_key(b) {
                    prev.insert(b, a);
                    queue.push_back(b);
                }
            }
        }
        let mut circle = vec![n.to_string()];
        while let Some(a) = last.filter(|a| *a != n) {
            circle.push(a.to_string());
            last = prev.get(a).copied();
        }
        circle.push(n.to_string());
        circle.reverse();
        out.push((circle, group));
    }
    out
}

#[test]
fn no_circular_imports_between_modules() {
    let edges = module_graph();
    assert!(edges.len() > 10, "the import graph looks empty ({} edges): is the reader broken?", edges.len());
    let report: Vec<String> = circles(&edges)
        .iter()
        .map(|(circle, group)| {
            let inside: Vec<String> = edges
                .iter()
                .filter(|((a, b), _)| group.contains(a) && group.contains(b))
                .map(|((a, b), at)| format!("    {a} → {b} (first at {at})"))
                .collect();
            format!("{}\n  imports among {}:\n{}", circle.join(" → "), group.len(), inside.join("\n"))
        })
        .collect();
    assert!(report.is_empty(), "{} circle(s) of imports:\n{}", report.len(), report.join("\n"));
}

// ---- (b) file length ---------------------------------------------------------------------------

const MAX_LINES: usize = 500;
/// Files that are tables of data (texts, data, source texts, parameters) may be longer.
const TABLE_PATHS: [&str; 4] = ["texts", "data", "sources", "params"];

#[test]
fn no_hand_written_rust_file_is_over_500_lines() {
    let long: Vec<String> = rust_files("src")
        .into_iter()
        .filter(|f| !TABLE_PATHS.iter().any(|t| f.to_string_lossy().contains(t)))
        .map(|f| (read(&f).lines().count(), f))
        .filter(|(n, _)| *n > MAX_LINES)
        .map(|(n, f)| format!("{}: {n} lines", f.display()))
        .collect();
    assert!(long.is_empty(), "{} files over {MAX_LINES} lines:\n{}", long.len(), long.join("\n"));
}

// ---- (c) the engine is pure Rust ----------------------------------------------------------------

const WEB_CRATES: [&str; 5] = ["leptos", "web_sys", "gloo", "wasm_bindgen", "js_sys"];

#[test]
fn the_engine_uses_no_web_crate() {
    let mut uses = Vec::new();
    for file in rust_files("src/engine") {
        for (n, line) in strip_comments(&read(&file)).lines().enumerate() {
            for word in line.split(|c: char| !is_ident(c)) {
                if WEB_CRATES.iter().any(|w| word == *w || (*w == "gloo" && word.starts_with("gloo_"))) {
                    uses.push(format!("{}:{}: {word}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(uses.is_empty(), "the engine uses web crates:\n{}", uses.join("\n"));
}

// ---- (d) the repository stands alone ------------------------------------------------------------

/// Paths not checked: lock files, and the worked examples and source texts kept byte for byte.
const NOT_CHECKED: [&str; 4] = ["Cargo.lock", "package-lock.json", "tests/examples/", "sources/"];

/// The tracked files (`git ls-files`), or every file when git is not there.
fn repository_files() -> Vec<String> {
    let git = Command::new("git").arg("ls-files").current_dir(root()).output().ok();
    if let Some(out) = git.filter(|o| o.status.success()) {
        return String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect();
    }
    let mut out = Vec::new();
    let mut stack = vec![root().to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if p.is_dir() {
                if ![".git", "target", "dist", "node_modules"].contains(&name.as_str()) {
                    stack.push(p);
                }
            } else if let Ok(rel) = p.strip_prefix(root()) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

/// What a line must not say, and why; the patterns are built from pieces so this file does not match itself.
fn outside_references(line: &str) -> Vec<String> {
    let lower = line.to_lowercase();
    let mut found = Vec::new();
    let dot = ".";
    let plain = [
        ([dot, dot, "/shared"].concat(), "a folder outside the repository"),
        (["CONT", "RACT"].concat(), "a spec outside the repository; docs/format.md is its own"),
        (["WEB", dot, "md"].concat(), "notes outside the repository"),
        (["RULES", dot, "md"].concat(), "a spec outside the repository; docs/rules.md is its own"),
        (["MEASURES", dot, "md"].concat(), "a spec outside the repository; docs/measures.md is its own"),
    ];
    for (p, why) in &plain {
        if line.contains(p.as_str()) {
            found.push(format!("`{p}` ({why})"));
        }
    }
    let machine = [["2-", "core"].concat(), ["two ", "cores"].concat(), ["this ", "machine"].concat()];
    for p in &machine {
        if lower.contains(p.as_str()) {
            found.push(format!("`{p}` (the machine it was built on)"));
        }
    }
    // An issue number: the word issue (or its plural) followed by a number.
    let words: Vec<&str> = lower.split(|c: char| !is_ident(c)).filter(|w| !w.is_empty()).collect();
    let issue = ["is", "sue"].concat();
    for w in words.windows(2) {
        if (w[0] == issue || w[0] == [issue.as_str(), "s"].concat()) && w[1].chars().all(|c| c.is_ascii_digit()) {
            found.push(format!("`{} {}` (an issue number)", w[0], w[1]));
        }
    }
    found
}

#[test]
fn no_file_refers_to_documents_outside_the_repository_or_to_its_making() {
    let mut hits = Vec::new();
    for rel in repository_files() {
        if NOT_CHECKED.iter().any(|n| if n.ends_with('/') { rel.starts_with(n) } else { rel.ends_with(n) }) {
            continue;
        }
        let Ok(bytes) = std::fs::read(root().join(&rel)) else { continue };
        let Ok(text) = String::from_utf8(bytes) else { continue };
        if text.contains('\0') {
            continue;
        }
        for (n, line) in text.lines().enumerate() {
            for what in outside_references(line) {
                hits.push(format!("{rel}:{}: {what}", n + 1));
            }
        }
    }
    assert!(
        hits.is_empty(),
        "{} references to outside documents or the build process:\n{}",
        hits.len(),
        hits.join("\n")
    );
}
