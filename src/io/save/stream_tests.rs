//! Tests of streamed saving and of loading with progress.

use super::tests::sample_plan;
use super::*;
use crate::generate::{GenerateOptions, generate};
use crate::model::Plan;
use std::io::{self, Write};

/// A generated plan big enough to span many write pieces, reads and progress reports.
fn big_plan() -> Plan {
    generate(&GenerateOptions {
        booths: Some(3000),
        ..GenerateOptions::default()
    })
}

/// A writer that takes at most `limit` bytes, then fails with "disk full".
struct FillsUp {
    written: Vec<u8>,
    limit: usize,
}

impl Write for FillsUp {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let room = self.limit - self.written.len();
        if room == 0 {
            return Err(io::Error::new(io::ErrorKind::StorageFull, "disk full"));
        }
        let n = bytes.len().min(room);
        self.written.extend_from_slice(&bytes[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn streamed_writing_gives_the_same_bytes_as_plan_to_ron() {
    for plan in [sample_plan(), big_plan()] {
        let text = plan_to_ron(&plan);
        let mut out = Vec::new();
        write_plan(&mut out, &plan).unwrap();
        assert_eq!(out, text.as_bytes());
    }
}

#[test]
fn saving_streams_the_same_bytes_as_plan_to_ron_into_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    let plan = big_plan();
    save_plan(&path, &plan).unwrap();
    let saved = std::fs::read(&path).unwrap();
    assert!(saved.len() > 1_000_000, "{} bytes", saved.len());
    assert_eq!(saved, plan_to_ron(&plan).as_bytes());
    assert_eq!(load_plan(&path).unwrap(), plan);
}

#[test]
fn a_failing_output_stops_the_writing_with_its_own_error() {
    let plan = big_plan();
    let text = plan_to_ron(&plan);
    for limit in [0, 10, 70_000, text.len() - 1] {
        let mut out = FillsUp {
            written: Vec::new(),
            limit,
        };
        let err = write_plan(&mut out, &plan).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::StorageFull, "{err}");
        assert_eq!(out.written, text.as_bytes()[..limit]);
    }
}

/// Loads `path` with progress; returns the plan (or error) and every step reported.
fn load_watching(path: &std::path::Path) -> (Result<Plan, LoadError>, Vec<LoadProgress>) {
    let mut steps = Vec::new();
    let loaded = load_plan_with_progress(path, &mut |step| steps.push(step));
    (loaded, steps)
}

#[test]
fn progress_reads_every_byte_counts_every_item_and_reaches_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    let plan = big_plan();
    save_plan(&path, &plan).unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    let (loaded, steps) = load_watching(&path);
    assert_eq!(loaded.unwrap(), plan);

    let fractions: Vec<f32> = steps.iter().map(LoadProgress::fraction).collect();
    assert!(fractions.windows(2).all(|w| w[0] <= w[1]), "{steps:?}");
    assert_eq!(steps.last(), Some(&LoadProgress::Done));
    assert_eq!(fractions.last(), Some(&1.0));
    assert_eq!(
        steps.iter().filter(|s| **s == LoadProgress::Done).count(),
        1
    );
    let last_read = steps
        .iter()
        .rev()
        .find(|s| matches!(s, LoadProgress::Reading { .. }));
    assert_eq!(
        last_read,
        Some(&LoadProgress::Reading {
            done: size,
            total: size
        })
    );
    // Every item of every list has an id, so the estimate is exact for a saved plan.
    let items = (plan.halls.len()
        + plan.sectors.len()
        + plan.exhibitors.len()
        + plan.booths.len()
        + plan.obstacles.len()
        + plan.exits.len()) as u64;
    let parsing: Vec<&LoadProgress> = steps
        .iter()
        .filter(|s| matches!(s, LoadProgress::Parsing { .. }))
        .collect();
    assert!(parsing.len() > 5, "reports during parsing: {parsing:?}");
    assert_eq!(
        parsing.last(),
        Some(&&LoadProgress::Parsing {
            items,
            estimate: items
        })
    );
    assert!(steps.contains(&LoadProgress::Checking));
}

#[test]
fn a_failed_load_never_reports_done() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    let text = plan_to_ron(&sample_plan()).replace("status: OnHold", "status: Gone");
    std::fs::write(&path, text).unwrap();
    let (loaded, steps) = load_watching(&path);
    assert!(matches!(loaded, Err(LoadError::Syntax { .. })));
    assert!(!steps.contains(&LoadProgress::Done), "{steps:?}");
    assert!(!steps.contains(&LoadProgress::Checking), "{steps:?}");

    let (loaded, steps) = load_watching(&dir.path().join("missing.ron"));
    assert!(matches!(loaded, Err(LoadError::Read { .. })));
    assert!(steps.is_empty(), "{steps:?}");
}

#[test]
fn older_files_and_layouts_load_with_progress() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/fixtures");
    let spread = std::fs::read_to_string(folder.join("v2-spread-out.ron")).unwrap();
    assert!(
        spread.contains("(\n            id: 1,\n"),
        "one field per line"
    );
    let current = load_plan(&folder.join("v2-small.ron")).unwrap();
    for name in ["v1-small.ron", "v2-spread-out.ron"] {
        let path = folder.join(name);
        let (loaded, steps) = load_watching(&path);
        let plan = loaded.unwrap();
        assert_eq!(plan, load_plan(&path).unwrap());
        assert_eq!(plan, current, "{name}");
        assert_eq!(steps.last(), Some(&LoadProgress::Done), "{name}");
        // Saving it again writes the compact layout, which loads to the same plan.
        assert_eq!(parse_plan(&plan_to_ron(&plan)).unwrap(), plan);
    }
}

#[test]
fn repeated_and_unknown_top_level_fields_are_named() {
    let text = plan_to_ron(&sample_plan());
    let twice = text.replacen("    obstacles: [", "    exits: [],\n    obstacles: [", 1);
    let (line, column, message) = match parse_plan(&twice).unwrap_err() {
        LoadError::Syntax {
            line,
            column,
            message,
        } => (line, column, message),
        other => panic!("{other:?}"),
    };
    assert_eq!(message, "field `exits` appears twice");
    // At the second `exits`, as with serde's derive.
    let second = twice.rfind("    exits: [").unwrap();
    assert_eq!(line, 1 + twice[..second].matches('\n').count());
    assert_eq!(column, 5, "{line}:{column}");

    let text = text.replacen("    halls: [", "    hals: [", 1);
    let message = parse_plan(&text).unwrap_err().to_string();
    assert!(
        message.contains(
            "unknown field `hals`, expected one of: meta, settings, halls, sectors, \
             exhibitors, booths, obstacles, exits"
        ),
        "{message}"
    );
}

#[test]
fn a_plan_too_large_to_open_is_not_saved_and_the_old_file_stays() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    std::fs::write(&path, b"the old plan").unwrap();
    let plan = crate::generate::waic_2023();
    let err = super::save_plan_capped(&path, &plan, 64 * 1024).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("larger than 64 KiB, the most expoplan opens"),
        "{text}"
    );
    assert_eq!(text.matches("big.ron").count(), 1, "{text}");
    assert_eq!(std::fs::read(&path).unwrap(), b"the old plan");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temporary file left");
}
