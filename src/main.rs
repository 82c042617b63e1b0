//! The `expoplan` binary: a subcommand runs the command line, otherwise the window opens.

use std::process::ExitCode;

/// mimalloc keeps freed memory for reuse instead of handing large blocks back to the
/// system after every frame, so the canvas's big per-frame meshes do not page-fault
/// their memory in anew each time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    expoplan::cli::main()
}
