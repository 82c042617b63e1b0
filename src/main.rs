//! The `expoplan` binary: a subcommand runs the command line, otherwise the window opens
//! (on FILE, or on the built-in sample). This is the one place that picks between them.

use expoplan::cli;
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc keeps freed memory for reuse instead of handing large blocks back to the
/// system after every frame, so the canvas's big per-frame meshes do not page-fault
/// their memory in anew each time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let parsed = match cli::parse() {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    match parsed.command {
        Some(command) => cli::run_and_report(command),
        None => open_window(parsed.file),
    }
}

/// Opens the window on `file` or on the built-in sample.
#[cfg(feature = "gui")]
fn open_window(file: Option<PathBuf>) -> ExitCode {
    match expoplan::ui::run_native(file) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => cli::fail(&err),
    }
}

/// Says that this build has no window.
#[cfg(not(feature = "gui"))]
fn open_window(_file: Option<PathBuf>) -> ExitCode {
    cli::fail(&anyhow::anyhow!(cli::NO_WINDOW))
}
