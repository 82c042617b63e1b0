//! The binary without a subcommand: help, version, and no window in a build without it.

mod cli_common;

use cli_common::{code, run, stderr, stdout};

#[test]
fn help_documents_the_exit_codes_and_exits_0() {
    let out = run(&["--help"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert!(text.contains("Exit codes:"), "{text}");
    for sub in ["check", "export", "generate"] {
        assert!(text.contains(sub), "{sub} missing from\n{text}");
    }
    let check_help = stdout(&run(&["check", "--help"]));
    assert!(check_help.contains("--json") && check_help.contains("Exit codes:"));
}

#[test]
fn unknown_arguments_exit_2() {
    let out = run(&["check", "--frobnicate"]);
    assert_eq!(code(&out), 2);
    assert!(!stderr(&out).is_empty());
}

#[cfg(not(feature = "gui"))]
#[test]
fn without_the_gui_feature_the_window_explains_and_exits_2() {
    let out = run(&[]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("without the window"),
        "{}",
        stderr(&out)
    );
}
