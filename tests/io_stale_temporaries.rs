//! A save killed half-way leaves its temporary file behind; the next save or open in
//! that folder removes it, and never touches a file of any other name.

// Helpers outside #[test] functions unwrap too: a test may.
#![allow(clippy::unwrap_used)]

use expoplan::io::{STALE_AFTER, load_plan, plan_to_ron, save_plan};
use expoplan::model::Plan;
use std::fs::{self, File};
use std::path::Path;
use std::time::{Duration, SystemTime};

fn sample() -> Plan {
    expoplan::io::parse_plan(include_str!("../saves/fixtures/v2-small.ron")).unwrap()
}

/// Writes `content` to `path` and makes it look `age` old.
fn write_aged(path: &Path, content: &[u8], age: Duration) {
    fs::write(path, content).unwrap();
    let file = File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() - age).unwrap();
}

/// What a killed save leaves: half of a plan in a temporary file, and files of other
/// names that must survive (all of them as old).
fn leave_a_killed_save(folder: &Path) -> Vec<&'static str> {
    let half = plan_to_ron(&sample());
    let half = &half.as_bytes()[..half.len() / 2];
    let old = STALE_AFTER * 3;
    write_aged(&folder.join(".expoplan-Kx81qZ.tmp"), half, old);
    let others = vec![
        "notes.tmp",
        ".expoplan-Kx81qZ.tmp.keep",
        "expoplan-Kx81qZ.tmp",
        ".expoplan-settings.toml",
        "show.ron.bak",
    ];
    for name in &others {
        write_aged(&folder.join(name), b"keep me", old);
    }
    others
}

#[test]
fn the_next_save_in_the_folder_removes_a_killed_saves_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let others = leave_a_killed_save(dir.path());
    // Written a moment ago: perhaps another save is writing it right now.
    write_aged(
        &dir.path().join(".expoplan-fresh9.tmp"),
        b"half",
        Duration::ZERO,
    );
    save_plan(&dir.path().join("show.ron"), &sample()).unwrap();
    assert!(!dir.path().join(".expoplan-Kx81qZ.tmp").exists());
    assert!(dir.path().join(".expoplan-fresh9.tmp").exists());
    for name in others {
        assert_eq!(
            fs::read(dir.path().join(name)).unwrap(),
            b"keep me",
            "{name}"
        );
    }
}

#[test]
fn opening_a_plan_in_the_folder_removes_it_too() {
    let dir = tempfile::tempdir().unwrap();
    let plan_path = dir.path().join("show.ron");
    save_plan(&plan_path, &sample()).unwrap();
    let others = leave_a_killed_save(dir.path());
    assert_eq!(load_plan(&plan_path).unwrap(), sample());
    assert!(!dir.path().join(".expoplan-Kx81qZ.tmp").exists());
    for name in others {
        assert!(dir.path().join(name).exists(), "{name}");
    }
}
