//! The `expoplan` binary: a subcommand runs the command line, otherwise the window opens.

use std::process::ExitCode;

fn main() -> ExitCode {
    expoplan::cli::main()
}
