//! Helpers shared by the command-line tests: run the binary, write plans to a scratch
//! folder.

#![allow(dead_code)]

use expoplan::model::Plan;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The committed sample plan.
pub fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/waic-2023.ron")
}

/// Runs `expoplan` with `args`.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_expoplan"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// The exit code (panics if the process was killed by a signal).
pub fn code(output: &Output) -> i32 {
    output.status.code().expect("an exit code")
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 output")
}

/// Saves `plan` as `name` in `dir` and returns the path as a string.
pub fn save(dir: &Path, name: &str, plan: &Plan) -> String {
    let path = dir.join(name);
    expoplan::io::save_plan(&path, plan).expect("saved");
    path.to_str().expect("UTF-8 path").to_owned()
}
