//! Hostile input and output on the command line: outputs that are not regular files,
//! plans too large to open, escape sequences in imported names, tiny booths and huge
//! prices, and messages that say things once and compactly.

// Helpers outside #[test] functions unwrap too: a test may.
#![allow(clippy::unwrap_used)]

mod cli_common;

use cli_common::{code, run, save, stderr, stdout};
use expoplan::io::parse_plan;
use expoplan::model::Plan;

fn small_plan() -> Plan {
    parse_plan(include_str!("../saves/fixtures/v2-small.ron")).unwrap()
}

#[cfg(unix)]
#[test]
fn no_command_replaces_a_pipe_or_a_socket_with_a_file() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let plan = save(dir.path(), "plan.ron", &small_plan());
    let table = dir.path().join("list.csv");
    std::fs::write(&table, "name\nNew Co\n").unwrap();
    let socket = dir.path().join("out.ron");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let out_path = socket.to_str().unwrap();
    let table = table.to_str().unwrap();
    for args in [
        vec!["generate", "-o", out_path],
        vec!["export", &plan, "-o", out_path, "--format", "csv"],
        vec!["export", &plan, "-o", out_path, "--format", "svg"],
        vec!["import", &plan, table, "-o", out_path],
    ] {
        let out = run(&args);
        assert_eq!(code(&out), 2, "{args:?}: {}", stdout(&out));
        let err = stderr(&out);
        assert!(
            err.contains("a socket, not a regular file"),
            "{args:?}: {err}"
        );
        assert_eq!(err.matches("out.ron").count(), 1, "{args:?}: {err}");
        let kind = std::fs::symlink_metadata(&socket).unwrap().file_type();
        assert!(kind.is_socket(), "{args:?} replaced the socket");
    }
}

#[test]
fn a_failed_write_says_its_cause_once() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("missing-folder").join("plan.ron");
    let out = run(&["generate", "-o", out_path.to_str().unwrap()]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert_eq!(err.matches("plan.ron").count(), 1, "{err}");
    assert_eq!(err.matches("No such file").count(), 1, "{err}");
}

#[test]
fn generate_refuses_more_booths_than_a_plan_expoplan_opens() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("huge.ron");
    let out = run(&[
        "generate",
        "--booths",
        "1000000",
        "-o",
        out_path.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("500000"), "{}", stderr(&out));
    assert!(!out_path.exists());
}

#[test]
fn escape_sequences_in_imported_names_are_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let plan = save(dir.path(), "plan.ron", &small_plan());
    let table = dir.path().join("list.csv");
    std::fs::write(
        &table,
        "name,sector\n\"Evil\u{1b}]0;pwned\u{7}\u{1b}[2J Co\",\u{1b}[31mNowhere\n\"Fine Co\",A\n",
    )
    .unwrap();
    let out = run(&["import", &plan, table.to_str().unwrap(), "--dry-run"]);
    let text = stdout(&out);
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text:?}"
    );
    assert!(text.contains("\\u{1b}"), "{text}");
    assert!(text.contains("Fine Co"), "{text}");
}

#[test]
fn tiny_booths_and_huge_prices_are_refused_compactly_with_a_place() {
    let dir = tempfile::tempdir().unwrap();
    let text = include_str!("../saves/fixtures/v2-small.ron");
    let width = text.replacen("w: 3.0", "w: 1e-300", 1);
    assert_ne!(width, text);
    let price = text.replacen("price: 12000.0", "price: 1e33", 1);
    for (edited, expected) in [
        (width, "width must be from 0.1 up to 10000 m, got 1e-300 m"),
        (price, "price must be from 0 up to 1e12, got 1e33"),
    ] {
        let path = dir.path().join("bad.ron");
        std::fs::write(&path, &edited).unwrap();
        let out = run(&["check", path.to_str().unwrap()]);
        assert_eq!(code(&out), 2);
        let err = stderr(&out);
        assert!(err.contains(expected), "{err}");
        // FILE:LINE:COLUMN of the booth.
        assert!(err.contains("bad.ron:"), "{err}");
        assert!(err.len() < 300, "{err}");
    }
}

#[test]
fn a_truncated_plan_says_it_ends_too_early() {
    let dir = tempfile::tempdir().unwrap();
    let text = include_str!("../saves/fixtures/v2-small.ron");
    let mut vague = Vec::new();
    for cut in (1..text.len()).step_by(97) {
        if !text.is_char_boundary(cut) {
            continue;
        }
        let path = dir.path().join("cut.ron");
        std::fs::write(&path, &text[..cut]).unwrap();
        let out = run(&["check", path.to_str().unwrap()]);
        assert_eq!(code(&out), 2);
        if !stderr(&out).contains("ends too early") {
            vague.push((cut, stderr(&out)));
        }
    }
    assert!(vague.is_empty(), "{vague:#?}");
}
