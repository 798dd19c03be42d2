//! `cargo xtask …`: the project's two commands (README) and their helpers.
//!
//! - `cargo xtask test`  — installs what is missing, then runs every test: `cargo test --workspace`
//!   (native), `trunk build --release --offline` into `dist/`, prints the first-load sizes, and runs
//!   the browser tests (`node --test` in `tests/e2e/`). Exits non-zero on any failure.
//! - `cargo xtask serve` — installs what is missing, builds `dist/` and serves it on
//!   http://127.0.0.1:8080/ with the production Content-Security-Policy.
//! - `cargo xtask setup` — only the installation step; `cargo xtask build` — setup + the release build;
//!   `cargo xtask sizes` — prints the first-load sizes of an existing `dist/`.
//! - `cargo xtask bench` — setup + the release builds, then every performance figure in one run
//!   (targets printed beside them, never asserted): the engine natively (criterion) and in wasm, with
//!   JSON; the JS API in Node; the CLI's `--jsonl` batch throughput and peak memory; the page's
//!   input → new 国費合計 p95 and frames; the first-load sizes; Lighthouse on three URLs.
//!
//! Every tool version lives in [`TOOLS`] below (wasm-bindgen-cli is read from Cargo.lock, because it
//! must equal the `wasm-bindgen` crate). Each step skips what is already installed at the right
//! version, so the first run on a fresh machine takes long and later runs do not.
//!
//! The Trunk `post_build` hook (hashed names into `boot.js`, `sw.js`, the API build's move to
//! `api/`) is `xtask/web/post-build.mjs`, a Node script, so that the browser tests can run the same
//! logic on a copy of `dist/` (the update test).

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{exit, Command};

/// Tool versions, in one place. `wasm-bindgen-cli` is not here: it is read from Cargo.lock.
struct Tools {
    /// `cargo install trunk --version "~0.21" --locked`.
    trunk: &'static str,
    /// `npm install -g binaryen@123` gives `wasm-opt version 123 (version_123)`; Trunk.toml pins
    /// `wasm_opt = "version_123"` (with `--offline`, Trunk fails when the two differ).
    binaryen: &'static str,
    /// The Rust target of the web builds.
    wasm_target: &'static str,
    /// Debian packages for the browser tests (headless Chromium, Japanese fonts for screenshots).
    apt: &'static [&'static str],
}

const TOOLS: Tools = Tools {
    trunk: "0.21",
    binaryen: "123",
    wasm_target: "wasm32-unknown-unknown",
    apt: &["chromium", "chromium-driver", "fonts-noto-cjk"],
};

/// The oldest Node.js the browser tests and the build hook run on (tests/e2e/package.json `engines`).
const NODE_MAJOR: u32 = 20;

/// Where `cargo xtask serve` listens.
const SERVE_ADDR: &str = "127.0.0.1";
const SERVE_PORT: u16 = 8080;

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let root = repo_root();
    env::set_current_dir(&root).unwrap_or_else(|e| fail(&format!("cannot enter {}: {e}", root.display())));
    add_cargo_bin_to_path();
    let result = match args.first().map(String::as_str) {
        Some("test") => test(&args[1..]),
        Some("serve") => serve(&args[1..]),
        Some("setup") => setup(),
        Some("build") => setup().and_then(|()| build()),
        Some("sizes") => sizes(),
        Some("bench") => bench(),
        _ => {
            eprintln!(
                "usage: cargo xtask <command>\n\n  test    install what is missing, run every test (native + browser)\n  serve   build and serve the app on http://{SERVE_ADDR}:{SERVE_PORT}/\n  setup   only install what is missing\n  build   setup + trunk build --release into dist/\n  sizes   print the first-load sizes of dist/\n  bench   print every performance figure (engine, page, JS API, batch, sizes, Lighthouse)"
            );
            exit(2);
        }
    };
    if let Err(msg) = result {
        fail(&msg);
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("xtask: error: {msg}");
    exit(1);
}

fn step(msg: &str) {
    println!("==> {msg}");
}

type Res = Result<(), String>;

/// `cargo xtask test [--skip-browser]`.
fn test(args: &[String]) -> Res {
    let browser = !args.iter().any(|a| a == "--skip-browser");
    setup()?;
    step("cargo fmt --check; cargo clippy -D warnings (native, and the wasm app builds and API)");
    run(Command::new(cargo()).args(["fmt", "--all", "--check"]))?;
    run(Command::new(cargo()).args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))?;
    run(Command::new(cargo()).args([
        "clippy",
        "--target",
        TOOLS.wasm_target,
        "--bin",
        "kofukin-web",
        "--bin",
        "kofukin-below",
        "--bin",
        "kofukin-views",
        "--bin",
        "kofukin-api",
        "--",
        "-D",
        "warnings",
    ]))?;
    step("cargo test --workspace (unit, golden, property and CLI tests)");
    run(Command::new(cargo()).args(["test", "--workspace"]))?;
    build()?;
    sizes()?;
    if browser {
        step("browser tests: node --test (tests/e2e, headless Chromium)");
        let files = e2e_test_files()?;
        let mut node = Command::new("node");
        node.arg("--test").arg("--test-concurrency=1").args(&files).current_dir("tests/e2e");
        // The CLI that `cargo test` just built: the JS API test checks that both print the same message.
        let cli = target_dir().join("debug").join("kofukin");
        if cli.exists() {
            node.env("KOFUKIN_CLI", &cli);
        }
        run(&mut node)?;
        accessibility_run();
    }
    step("all tests passed");
    Ok(())
}

/// The accessibility test (`tests/e2e/a11y.test.mjs`) writes its run to the file the statement page
/// shows; say when and with what result, so that it is committed with the code it checked.
fn accessibility_run() {
    let file = "assets/accessibility-results.json";
    let Ok(text) = fs::read_to_string(file) else { return };
    // `"date": "2026-11-30"` → 2026-11-30 (the file is JSON the test writes; no parser needed here).
    let field = |key: &str| {
        let rest = text.split_once(&format!("\"{key}\":"))?.1.trim_start().strip_prefix('"')?;
        rest.split_once('"').map(|(v, _)| v.to_owned())
    };
    let (date, result) = (field("date").unwrap_or_default(), field("result").unwrap_or_default());
    step(&format!("accessibility statement: {file} written ({date}, {result}); commit it with this change"));
}

/// `cargo xtask serve [--port N] [--base /kofukin/]`.
fn serve(args: &[String]) -> Res {
    setup()?;
    build()?;
    let mut port = SERVE_PORT.to_string();
    let mut base = "/".to_string();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--port" => port = it.next().cloned().ok_or("--port needs a number")?,
            "--base" => base = it.next().cloned().ok_or("--base needs a path such as /kofukin/")?,
            other => return Err(format!("unknown option {other}")),
        }
    }
    step(&format!("serving dist/ at http://{SERVE_ADDR}:{port}{base} (Ctrl-C stops)"));
    run(Command::new("node").arg("tests/e2e/lib/server.mjs").args([
        "--dir",
        "dist",
        "--host",
        SERVE_ADDR,
        "--port",
        &port,
        "--base",
        &base,
        "--examples",
        "examples",
    ]))
}

/// The release build: `trunk build --release --offline` into `dist/` (the post_build hook runs inside).
fn build() -> Res {
    step("trunk build --release --offline (the release wasm takes several minutes the first time)");
    run(Command::new("trunk").args(["build", "--release", "--offline"]))?;
    if !Path::new("dist/index.html").exists() || !Path::new("dist/api/kofukin.js").exists() {
        return Err("trunk build finished but dist/index.html or dist/api/kofukin.js is missing".into());
    }
    Ok(())
}

/// First-load sizes: HTML + JS + wasm + CSS fetched before the first render, gzip -9 and brotli.
fn sizes() -> Res {
    step("first-load sizes (gzip -9 / brotli, Node's zlib)");
    run(Command::new("node").args(["xtask/web/sizes.mjs", "dist"]))
}

/// `cargo xtask bench`: every figure of the performance targets, printed in one run.
fn bench() -> Res {
    setup()?;
    build()?;
    step("engine natively (criterion, benches/evaluate.rs): evaluation alone and with JSON; target < 10 µs");
    run(Command::new(cargo()).args(["bench", "--bench", "evaluate"]))?;
    step("CLI batch: kofukin simulate --jsonl (one core); target >= 10,000 scenarios/s, constant memory");
    run(Command::new(cargo()).args(["build", "--release", "--bin", "kofukin"]))?;
    batch(20_000)?;
    batch(1_000_000)?;
    step("JS API in Node (api/kofukin.js)");
    run(Command::new("node").arg("tests/e2e/api-bench.mjs").arg("dist"))?;
    step("page in headless Chromium: input → new 国費合計 (p95 <= 4 ms), frames (<= 2), engine and hints in wasm");
    run(Command::new("node").arg("bench.mjs").current_dir("tests/e2e"))?;
    sizes()?;
    step("Lighthouse 12.2.3 (mobile: slow 4G, 4x CPU), dist/ served with gzip, median of 3 runs per URL");
    run(Command::new("node").args(["lighthouse.mjs", "../../dist", "--runs", "3"]).current_dir("tests/e2e"))
}

/// `kofukin simulate --jsonl` over `lines` copies of the benchmark scenario: scenarios per second,
/// and the process's peak memory (Linux: VmHWM, read while it runs) to show it does not grow.
fn batch(lines: usize) -> Res {
    let scenario =
        fs::read_to_string("benches/scenario-12x7.json").map_err(|e| format!("benches/scenario-12x7.json: {e}"))?;
    let line: String = scenario.lines().map(str::trim).collect();
    let cli = target_dir().join("release").join("kofukin");
    let start = std::time::Instant::now();
    let mut child = Command::new(&cli)
        .args(["simulate", "--jsonl"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("{}: {e}", cli.display()))?;
    // The lines are written from a thread as the CLI reads them: a million lines need no file.
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        let chunk = format!("{line}\n").repeat(1000);
        for _ in 0..lines / 1000 {
            if stdin.write_all(chunk.as_bytes()).is_err() {
                break;
            }
        }
    });
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kb = None;
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        let hwm = fs::read_to_string(&status_file).ok().and_then(|t| {
            t.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches(" kB").parse::<u64>().ok())
        });
        peak_kb = hwm.or(peak_kb);
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let secs = start.elapsed().as_secs_f64();
    let _ = writer.join();
    if !status.success() {
        return Err(format!("kofukin simulate --jsonl failed: {status}"));
    }
    let memory = peak_kb.map_or_else(
        || "peak memory not measured here".to_string(),
        |kb| format!("peak memory {:.1} MB", kb as f64 / 1024.0),
    );
    println!("  {lines} scenarios in {secs:.2} s: {:.0} scenarios/s; {memory}", lines as f64 / secs);
    Ok(())
}

/// Installs whatever is missing. Chromium and the npm packages of the browser tests are part of every
/// build: the build hook pre-renders the simulator in headless Chromium (xtask/web/prerender.mjs).
fn setup() -> Res {
    check_trunk_toml_pin()?;
    // Node.js runs the build hook and the browser tests; npm installs binaryen and the test packages.
    let node = version_of("node", &["--version"]);
    let major = node.as_deref().and_then(|v| v.trim_start_matches('v').split('.').next()?.parse::<u32>().ok());
    if major.is_none_or(|m| m < NODE_MAJOR) || version_of("npm", &["--version"]).is_none() {
        return Err(format!(
            "Node.js {NODE_MAJOR} or newer with npm is needed (found: {}): install it, e.g. `apt-get install nodejs npm`",
            node.unwrap_or_else(|| "none".into())
        ));
    }

    // The wasm32 target.
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == TOOLS.wasm_target) {
        step(&format!("rust target {} present", TOOLS.wasm_target));
    } else {
        step(&format!("installing rust target {} (first run only)", TOOLS.wasm_target));
        run(Command::new("rustup").args(["target", "add", TOOLS.wasm_target]))?;
    }

    // Trunk.
    let trunk = version_of("trunk", &["--version"]);
    let want = format!("trunk {}.", TOOLS.trunk);
    if trunk.as_deref().is_some_and(|v| v.starts_with(&want)) {
        step(&format!("{} present", trunk.unwrap_or_default()));
    } else {
        step(&format!("installing trunk {} (first run only, ~7 min)", TOOLS.trunk));
        run(Command::new(cargo()).args(["install", "trunk", "--version", &format!("~{}", TOOLS.trunk), "--locked"]))?;
    }

    // wasm-bindgen-cli, equal to the wasm-bindgen crate of Cargo.lock.
    let bindgen = lock_version("wasm-bindgen")?;
    let have = version_of("wasm-bindgen", &["--version"]);
    if have.as_deref() == Some(&format!("wasm-bindgen {bindgen}")) {
        step(&format!("wasm-bindgen-cli {bindgen} present"));
    } else {
        step(&format!(
            "installing wasm-bindgen-cli {bindgen} to match Cargo.lock (first run only, ~5 min; found: {})",
            have.unwrap_or_else(|| "none".into())
        ));
        run(Command::new(cargo()).args(["install", "wasm-bindgen-cli", "--version", &bindgen, "--locked", "--force"]))?;
    }

    // wasm-opt from binaryen on npm.
    let opt = version_of("wasm-opt", &["--version"]);
    let want = format!("(version_{})", TOOLS.binaryen);
    if opt.as_deref().is_some_and(|v| v.ends_with(&want)) {
        step(&format!("wasm-opt {} present", TOOLS.binaryen));
    } else {
        step(&format!("installing wasm-opt: npm install -g binaryen@{} (first run only)", TOOLS.binaryen));
        run(Command::new("npm").args(["install", "-g", &format!("binaryen@{}", TOOLS.binaryen)]))?;
    }

    setup_browser()
}

fn setup_browser() -> Res {
    let missing: Vec<&str> = TOOLS.apt.iter().copied().filter(|p| !deb_installed(p)).collect();
    if missing.is_empty() {
        step(&format!("{} present", TOOLS.apt.join(", ")));
    } else {
        step(&format!("installing {} from Debian (first run only, a few minutes)", missing.join(", ")));
        let root = output(Command::new("id").arg("-u")).as_deref() == Some("0");
        let sudo = !root && version_of("sudo", &["--version"]).is_some();
        if !root && !sudo {
            return Err(format!(
                "not root and no sudo: run `apt-get install -y {}` as root and try again",
                missing.join(" ")
            ));
        }
        let apt = || {
            let mut c = Command::new(if sudo { "sudo" } else { "apt-get" });
            if sudo {
                c.args(["-E", "apt-get"]);
            }
            c.env("DEBIAN_FRONTEND", "noninteractive");
            c
        };
        run(apt().arg("update"))?;
        run(apt().args(["install", "-y"]).args(TOOLS.apt))?;
    }

    // npm ci in tests/e2e, skipped when node_modules was installed from this very package-lock.json.
    let dir = Path::new("tests/e2e");
    let lock = fs::read(dir.join("package-lock.json")).map_err(|e| format!("tests/e2e/package-lock.json: {e}"))?;
    let stamp = dir.join("node_modules/.kofukin-installed-lock");
    if fs::read(&stamp).ok().as_deref() == Some(&lock[..]) {
        step("tests/e2e node_modules present");
    } else {
        step("npm ci in tests/e2e (playwright-core, axe-core, lighthouse, terser; again when the lock file changes)");
        run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(dir))?;
        fs::write(&stamp, &lock).map_err(|e| format!("{}: {e}", stamp.display()))?;
    }
    Ok(())
}

/// Trunk.toml's `wasm_opt` pin must equal [`TOOLS`]`.binaryen` (Trunk --offline refuses a mismatch).
fn check_trunk_toml_pin() -> Res {
    let text = fs::read_to_string("Trunk.toml").map_err(|e| format!("Trunk.toml: {e}"))?;
    let pin = text
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("wasm_opt"))
        .and_then(|l| l.split('"').nth(1))
        .map(str::to_string);
    match pin {
        Some(p) if p != format!("version_{}", TOOLS.binaryen) => Err(format!(
            "Trunk.toml pins wasm_opt = \"{p}\" but xtask installs binaryen {}: change one of them",
            TOOLS.binaryen
        )),
        _ => Ok(()),
    }
}

/// The version of package `name` in Cargo.lock.
fn lock_version(name: &str) -> Result<String, String> {
    let lock = fs::read_to_string("Cargo.lock").map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l.trim() == format!("name = \"{name}\"") {
            if let Some(v) = lines.next().and_then(|v| v.trim().strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err(format!("{name} not found in Cargo.lock"))
}

fn deb_installed(pkg: &str) -> bool {
    output(Command::new("dpkg-query").args(["-W", "-f=${Status}", pkg])).is_some_and(|s| s.ends_with("installed"))
}

/// The browser test files: `tests/e2e/*.test.mjs`, sorted.
fn e2e_test_files() -> Result<Vec<String>, String> {
    let mut files: Vec<String> = fs::read_dir("tests/e2e")
        .map_err(|e| format!("tests/e2e: {e}"))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".test.mjs"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err("no tests/e2e/*.test.mjs files".into());
    }
    Ok(files)
}

/// The first line a tool prints for `args`, or None when it is missing or fails.
fn version_of(tool: &str, args: &[&str]) -> Option<String> {
    output(Command::new(tool).args(args)).map(|s| s.lines().next().unwrap_or("").trim().to_string())
}

fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn run(cmd: &mut Command) -> Res {
    let shown = format!("{cmd:?}");
    let status = cmd.status().map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

fn cargo() -> String {
    env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

/// Cargo's target directory (CARGO_TARGET_DIR or `<root>/target`).
fn target_dir() -> PathBuf {
    let dir = env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("target"));
    if dir.is_absolute() {
        dir
    } else {
        repo_root().join(dir)
    }
}

/// The workspace root: xtask's manifest dir is `<root>/xtask`.
fn repo_root() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    dir.parent().map(Path::to_path_buf).unwrap_or(dir)
}

/// `cargo install` puts tools in `$CARGO_HOME/bin`; make sure the commands below find them.
fn add_cargo_bin_to_path() {
    let home = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    if let Some(bin) = home.map(|h| h.join("bin")) {
        let mut paths: Vec<PathBuf> = env::var_os("PATH").map(|p| env::split_paths(&p).collect()).unwrap_or_default();
        if !paths.contains(&bin) {
            paths.insert(0, bin);
            if let Ok(joined) = env::join_paths(paths) {
                env::set_var("PATH", joined);
            }
        }
    }
}
