//! The command line. (Being written.)

use std::process::ExitCode;

/// Runs the binary: the CLI for a subcommand, the window otherwise.
pub fn main() -> ExitCode {
    ExitCode::SUCCESS
}
