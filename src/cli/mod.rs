//! The command line: `check`, `export`, `generate`, `import`, `dxf-layers` and
//! `import-dxf`, or the window.
//!
//! Each subcommand is a clap struct with a `run` method in its own file; errors travel
//! as `anyhow` errors up to [`main`], which prints them with their causes and picks the
//! exit code:
//!
//! | code | meaning |
//! |---|---|
//! | 0 | done; for `check`, the plan has no errors (warnings allowed) |
//! | 1 | `check` found errors in the plan; `import` imported nothing or left rows out; `import-dxf` left something of the drawing out |
//! | 2 | the command could not run: bad arguments, a file that cannot be read or written, no window in this build |

mod check;
mod dxf;
mod export;
mod generate;
mod import;
mod load;
mod numbers;
mod output;
mod report_text;

pub use check::CheckArgs;
pub use dxf::{DxfLayersArgs, ImportDxfArgs, UnitsArg};
pub use export::{ExportArgs, FormatArg};
pub use generate::GenerateArgs;
pub use import::ImportArgs;
pub use report_text::{TextOptions, write_report};

use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// The exit codes, as `--help` shows them.
const EXIT_CODES: &str = "\
Exit codes:
  0  done; for `check`: the plan has no errors (warnings allowed)
  1  `check` found errors in the plan; `import` imported nothing or left rows
     out; `import-dxf` left something of the drawing out (it says what)
  2  the command could not run: bad arguments, a file that cannot be read
     or written, or no window in this build";

/// expoplan: plan an exhibition floor — booths, sectors, aisles, exits and fire-code
/// checks. Without a subcommand it opens the window, on FILE or on the WAIC 2023 sample.
#[derive(Debug, Parser)]
#[command(
    name = "expoplan",
    version,
    after_help = EXIT_CODES,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// What to do; none opens the window (`main.rs` decides).
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A plan (.ron) to open in the window.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a plan against the rules and print the report.
    #[command(after_help = EXIT_CODES)]
    Check(CheckArgs),
    /// Export a plan's booth list (CSV or XLSX).
    #[command(after_help = EXIT_CODES)]
    Export(ExportArgs),
    /// Generate a plan: the WAIC 2023 sample, or a larger one for stress tests.
    #[command(after_help = EXIT_CODES)]
    Generate(GenerateArgs),
    /// Import exhibitors from a CSV or XLSX table into a plan.
    #[command(after_help = EXIT_CODES)]
    Import(ImportArgs),
    /// List the layers of a venue's CAD drawing (DXF): what each holds, units, extents.
    #[command(after_help = EXIT_CODES)]
    DxfLayers(DxfLayersArgs),
    /// Make a new plan of a venue from its CAD drawing (DXF): halls, columns, exits,
    /// stages and service areas from the layers named, the rest kept as the underlay.
    #[command(after_help = EXIT_CODES)]
    ImportDxf(ImportDxfArgs),
}

/// How a command that ran to its end came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// All is well: exit code 0.
    Done,
    /// The command ran but what it looked at is not in order (plan errors, nothing to
    /// import, rows left out): exit code 1.
    Problems,
}

impl Outcome {
    /// The process exit code.
    pub fn exit_code(self) -> ExitCode {
        match self {
            Outcome::Done => ExitCode::SUCCESS,
            Outcome::Problems => ExitCode::from(1),
        }
    }
}

/// Exit code of a command that could not run.
const FAILURE: u8 = 2;

/// Runs a subcommand, writing its report to `out`. An `Err` means the command could not
/// run (exit code 2).
pub fn run(command: Command, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    match command {
        Command::Check(args) => args.run(out),
        Command::Export(args) => args.run(out),
        Command::Generate(args) => args.run(out),
        Command::Import(args) => args.run(out),
        Command::DxfLayers(args) => args.run(out),
        Command::ImportDxf(args) => args.run(out),
    }
}

/// Parses the arguments; on a mistake, `--help` or `--version` prints what clap has to
/// say and gives the exit code to leave with.
pub fn parse() -> Result<Cli, ExitCode> {
    Cli::try_parse().map_err(|err| {
        // --help and --version are not failures.
        let code = if err.use_stderr() { FAILURE } else { 0 };
        if let Err(print) = err.print() {
            // Nothing sensible is left to do if the terminal is gone but say so once.
            eprintln!("expoplan: {print}");
        }
        ExitCode::from(code)
    })
}

/// Runs a subcommand on standard output, prints any error with its causes and returns
/// the exit code (see the module docs).
pub fn run_and_report(command: Command) -> ExitCode {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let result = run(command, &mut out);
    let flushed = out.flush();
    match result {
        Ok(outcome) => match flushed {
            Ok(()) => outcome.exit_code(),
            Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => outcome.exit_code(),
            Err(err) => fail(&anyhow::Error::from(err)),
        },
        // `expoplan check plan.ron | head`: the reader has seen enough.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => fail(&err),
    }
}

/// Prints why a command could not run and gives exit code 2.
pub fn fail(err: &anyhow::Error) -> ExitCode {
    eprintln!("expoplan: {err:#}");
    ExitCode::from(FAILURE)
}

/// Why this build has no window (feature `gui` off).
pub const NO_WINDOW: &str = "this expoplan was built without the window (cargo feature \"gui\"); \
     use a subcommand, e.g. `expoplan check FILE` (see `expoplan --help`)";

/// Whether the error comes from writing to a pipe whose reader has gone.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        let kind = cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| {
                cause
                    .downcast_ref::<serde_json::Error>()
                    .and_then(serde_json::Error::io_error_kind)
            });
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn a_lone_file_opens_the_window_and_subcommands_parse() {
        let cli = Cli::try_parse_from(["expoplan", "plan.ron"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.file, Some(PathBuf::from("plan.ron")));
        let cli = Cli::try_parse_from(["expoplan", "check", "plan.ron", "--json"]).unwrap();
        assert!(matches!(cli.command, Some(Command::Check(_))));
        assert!(Cli::try_parse_from(["expoplan", "frobnicate", "x", "y"]).is_err());
    }

    #[test]
    fn help_lists_the_exit_codes() {
        let help = Cli::command().render_long_help().to_string();
        assert!(help.contains("Exit codes:"), "{help}");
        assert!(help.contains("check"));
    }
}
