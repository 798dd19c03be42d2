//! `kofukin`: the command line (docs/format.md, "Command line"): arguments in, one engine call,
//! JSON or a table out. Exit 0 on success, 2 on invalid or unreadable input with the message on
//! standard error.

use clap::{Args, Parser, Subcommand};
use kofukin::engine::{self, csv, scenario::InputError};
use std::io::{ErrorKind, Read, Write};
use std::path::PathBuf;

#[path = "cli/jsonl.rs"]
mod jsonl;
use std::process::ExitCode;

/// A result allocates many small strings (the bilingual messages and citations); mimalloc serves
/// them faster than the system allocator, which a `--jsonl` batch of many plans feels.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// 交付金シミュレーター: 地方創生交付金 1.0 と 2.0 の比較 (regional revitalization grants, 1.0 vs 2.0).
#[derive(Parser)]
#[command(name = "kofukin", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// シナリオ（JSON）を計算して結果JSONを出力 / evaluate a scenario and print the result JSON.
    Simulate(SimulateArgs),
    /// 改善のヒント: 2.0 の国費を増やす並べ替え（最大5件） / suggestions: rearrangements that raise the 2.0 national share (at most 5).
    Hints { file: Option<PathBuf> },
    /// すべてのパラメータと出典を表示 / print every parameter with its source.
    Params {
        #[arg(long)]
        json: bool,
    },
    /// 企業版ふるさと納税の実質負担 / a corporate donation's net cost.
    Donation { file: Option<PathBuf> },
    /// 財源ナビの施策一覧 / list the local-finance measures.
    Measures {
        #[arg(long)]
        json: bool,
    },
    /// 施策の計算 / compute one measure.
    Measure { id: String, file: Option<PathBuf> },
    /// 出典の一覧 / list every document the project cites.
    Sources {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
struct SimulateArgs {
    /// Scenario JSON file (standard input when absent).
    file: Option<PathBuf>,
    /// JSON Lines: one scenario per line in, one compact result per line out, in order; an invalid
    /// line gives `{"line": N, "error": {...}}` and the run goes on (exit 2 at the end).
    #[arg(long, conflicts_with_all = ["csv", "municipality", "guidelines_as_caps", "first_fiscal_year", "non_recipient"])]
    jsonl: bool,
    /// Read the projects from a CSV file instead (a header row of the scenario's project field names).
    #[arg(long)]
    csv: Option<PathBuf>,
    /// With --csv (required there): prefecture, core_city or municipality.
    #[arg(long)]
    municipality: Option<String>,
    /// With --csv: treat 目安 as caps (true, the default) or only warn (false).
    #[arg(long, action = clap::ArgAction::Set)]
    guidelines_as_caps: Option<bool>,
    /// With --csv: fiscal year (西暦) of scenario year 1.
    #[arg(long)]
    first_fiscal_year: Option<u32>,
    /// With --csv: the applicant receives no 普通交付税 (不交付団体).
    #[arg(long)]
    non_recipient: bool,
}

/// The most the CLI reads for one scenario: the whole FILE (or standard input), or one line of
/// `--jsonl`. More is refused with exit 2, without reading the rest.
const MAX_INPUT_BYTES: usize = 10 * 1024 * 1024;

/// The message for an input over [`MAX_INPUT_BYTES`]; `what` names it (a file, a line).
fn too_large(what_ja: &str, what_en: &str) -> InputError {
    InputError::single(
        "",
        format!("入力（{what_ja}）が大きすぎます（1 シナリオ 10 MB まで）"),
        format!("{what_en} is too large (at most 10 MB per scenario)"),
    )
}

/// The bytes of FILE or standard input, at most [`MAX_INPUT_BYTES`] of them.
fn read_bytes(file: Option<&PathBuf>) -> Result<Vec<u8>, InputError> {
    let (ja, en) = match file {
        Some(p) => (p.display().to_string(), p.display().to_string()),
        None => ("標準入力".to_string(), "standard input".to_string()),
    };
    let cannot_read =
        |e: std::io::Error| InputError::single("", format!("{ja} を読めません: {e}"), format!("cannot read {en}: {e}"));
    let reader: Box<dyn Read> = match file {
        Some(path) => Box::new(std::fs::File::open(path).map_err(cannot_read)?),
        None => Box::new(std::io::stdin().lock()),
    };
    let mut bytes = Vec::new();
    reader.take(MAX_INPUT_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(cannot_read)?;
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(too_large(&ja, &en));
    }
    Ok(bytes)
}

/// FILE or standard input as UTF-8 text (a BOM is dropped), at most [`MAX_INPUT_BYTES`].
fn read_input(file: Option<&PathBuf>) -> Result<String, InputError> {
    let bytes = read_bytes(file)?;
    engine::scenario::utf8_text(&bytes).map(str::to_string)
}

/// A CSV file as text: UTF-8 (BOM optional) or Shift_JIS (CP932, as Japanese Excel saves it); any
/// other encoding is refused.
fn read_csv(file: &PathBuf) -> Result<String, InputError> {
    let bytes = read_bytes(Some(file))?;
    decode_csv(&bytes)
}

fn decode_csv(bytes: &[u8]) -> Result<String, InputError> {
    if let Ok(text) = engine::scenario::utf8_text(bytes) {
        return Ok(text.to_string());
    }
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    let (text, _, had_errors) = encoding_rs::SHIFT_JIS.decode(bytes);
    if utf16 || had_errors || text.contains('\0') {
        return Err(InputError::single(
            "",
            "CSV の文字コードが UTF-8 でも Shift_JIS でもありません。UTF-8 か Shift_JIS（CP932）で保存してください",
            "the CSV is neither UTF-8 nor Shift_JIS; save it as UTF-8 or Shift_JIS (CP932)",
        ));
    }
    Ok(text.into_owned())
}

fn run(cli: Cli) -> Result<String, InputError> {
    match cli.command {
        Command::Simulate(args) => simulate(args),
        Command::Hints { file } => {
            let scenario = engine::scenario::Scenario::from_json_str(&read_input(file.as_ref())?)?;
            Ok(json(&engine::hints::hints(&scenario)))
        }
        Command::Params { json: true } => Ok(json(&engine::params::table_with_references())),
        Command::Params { json: false } => Ok(engine::params::table_text()),
        Command::Donation { file } => {
            let (input, unknown) = engine::donation::DonationInput::from_json_str(&read_input(file.as_ref())?)?;
            Ok(json(&engine::donation::donation(&input, &unknown)))
        }
        Command::Measures { json: true } => Ok(json(&engine::measures::list())),
        Command::Measures { json: false } => Ok(engine::measures::list_text()),
        Command::Measure { id, file } => engine::measures::compute_json(&id, &read_input(file.as_ref())?),
        Command::Sources { json: true } => Ok(json(&engine::sources::registry())),
        Command::Sources { json: false } => Ok(engine::sources::registry_text()),
    }
}

/// A scenario from JSON (FILE or standard input), or its projects from `--csv` with the scenario's
/// other fields as flags.
fn simulate(a: SimulateArgs) -> Result<String, InputError> {
    let Some(csv_file) = a.csv else {
        if a.municipality.is_some()
            || a.guidelines_as_caps.is_some()
            || a.first_fiscal_year.is_some()
            || a.non_recipient
        {
            return Err(InputError::single(
                "",
                "--municipality などの指定は --csv と一緒に使います（JSON ではシナリオの中に書きます）",
                "--municipality and the other scenario flags go with --csv (in JSON they are fields of the scenario)",
            ));
        }
        return engine::simulate_json(&read_input(a.file.as_ref())?);
    };
    if a.file.is_some() {
        return Err(InputError::single(
            "",
            "FILE と --csv は同時に指定できません",
            "give either FILE or --csv, not both",
        ));
    }
    let Some(municipality) = a.municipality else {
        return Err(InputError::single(
            "--municipality",
            "--csv には --municipality（prefecture, core_city, municipality）が必要です",
            "--csv needs --municipality (prefecture, core_city, municipality)",
        ));
    };
    let options = csv::Options {
        municipality,
        guidelines_as_caps: a.guidelines_as_caps.unwrap_or(true),
        first_fiscal_year: a.first_fiscal_year,
        non_recipient: a.non_recipient,
    };
    let scenario = csv::scenario_from_csv(&read_csv(&csv_file)?, &options)?;
    Ok(json(&engine::simulate(&scenario)))
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

/// How a run ended, for the exit status.
enum Outcome {
    Done,
    /// Something on the input was invalid (the message is already on standard error, or in the
    /// output lines of `--jsonl`).
    Invalid,
}

/// Runs the command, writing to `out`; the error is an output error (closed pipe, full disk).
fn execute(cli: Cli, out: &mut dyn Write) -> std::io::Result<Outcome> {
    if let Command::Simulate(SimulateArgs { jsonl: true, file, .. }) = &cli.command {
        return match jsonl::open(file.as_ref()) {
            Ok(input) => jsonl::run(input, out),
            Err(e) => {
                say(&e);
                Ok(Outcome::Invalid)
            }
        };
    }
    match run(cli) {
        Ok(text) => {
            writeln!(out, "{text}")?;
            Ok(Outcome::Done)
        }
        Err(e) => {
            say(&e);
            Ok(Outcome::Invalid)
        }
    }
}

/// A message on standard error; a failing standard error is not a reason to stop.
fn say(e: &dyn std::fmt::Display) {
    let _ = writeln!(std::io::stderr(), "{e}");
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let result = execute(cli, &mut out).and_then(|outcome| out.flush().map(|()| outcome));
    match result {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::Invalid) => ExitCode::from(2),
        // The reader went away (`| head`): nothing more to say to it.
        Err(e) if e.kind() == ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            say(&format!("出力を書けません / cannot write the output: {e}"));
            ExitCode::from(2)
        }
    }
}
