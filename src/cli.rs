//! `kofukin`: the command line (docs/format.md, "Command line"): arguments in, one engine call,
//! JSON or a table out. Exit 0 on success, 2 on invalid or unreadable input with the message on
//! standard error.

use clap::{Args, Parser, Subcommand};
use kofukin::engine::{self, csv, scenario::InputError};
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

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

fn read_input(file: Option<&PathBuf>) -> Result<String, InputError> {
    let mut bytes = Vec::new();
    let read = match file {
        Some(path) => std::fs::read(path).map(|b| bytes = b),
        None => std::io::stdin().read_to_end(&mut bytes).map(|_| ()),
    };
    read.map_err(|e| {
        let (ja, en) = match file {
            Some(p) => (p.display().to_string(), p.display().to_string()),
            None => ("標準入力".to_string(), "standard input".to_string()),
        };
        InputError::single("", format!("{ja} を読めません: {e}"), format!("cannot read {en}: {e}"))
    })?;
    engine::scenario::utf8_text(&bytes).map(str::to_string)
}

fn run(cli: Cli) -> Result<String, InputError> {
    match cli.command {
        Command::Simulate(args) => simulate(args),
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
    let scenario = csv::scenario_from_csv(&read_input(Some(&csv_file))?, &options)?;
    Ok(json(&engine::simulate(&scenario)))
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}
