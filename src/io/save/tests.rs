//! Tests of the save format: round trips, stability, and refusal of bad input.

use super::*;
use crate::model::{
    Booth, BoothId, BoothStatus, Exhibitor, ExhibitorId, Exit, ExitId, Hall, HallId,
    IntegrityError, Obstacle, ObstacleId, ObstacleKind, Outline, Plan, Point, Rect, SectorId, Size,
    Sprinklers,
};
use proptest::prelude::*;
use std::path::Path;

/// A small plan touching every kind of item and awkward text.
pub(crate) fn sample_plan() -> Plan {
    let mut plan = Plan::empty("Test \"show\"", 60.0, 40.0).unwrap();
    plan.meta.event = "World AI Conference 2023 / 世界人工智能大会".to_owned();
    plan.meta.dates = "2023-07-06 – 2023-07-08".to_owned();
    plan.exhibitors = vec![
        Exhibitor {
            id: ExhibitorId(1),
            name: "深度求索".to_owned(),
            name_en: "DeepSeek".to_owned(),
            category: "AI models".to_owned(),
            priority: 12.5,
            contact: "line one\nline two, with \\ and \"quotes\"".to_owned(),
            preferred_sector: Some(SectorId(2)),
            requested_size: Some(Size { w: 6.0, h: 3.0 }),
            first_launch: true,
        },
        Exhibitor::new(ExhibitorId(4), "=HYPERLINK(\"x\")"),
    ];
    let booth = |id: u32, x: f64, exhibitor: Option<u32>, status| Booth {
        id: BoothId(id),
        number: format!("A-{id:03}"),
        rect: Rect::new(x, 3.0, 3.0, 3.0).unwrap(),
        sector: SectorId(1),
        exhibitor: exhibitor.map(ExhibitorId),
        status,
        price: 12_000.5,
        notes: String::new(),
        locked: id == 2,
    };
    plan.booths = vec![
        booth(1, 3.0, Some(1), BoothStatus::Sold),
        booth(2, 6.0, None, BoothStatus::OnHold),
        booth(7, 0.1 + 0.2, Some(4), BoothStatus::Reserved),
    ];
    plan.obstacles = vec![Obstacle {
        id: ObstacleId(1),
        kind: ObstacleKind::Column,
        name: "C1".to_owned(),
        rect: Rect::new(20.0, 10.0, 0.8, 0.8).unwrap(),
    }];
    // An L-shaped second hall with a slanted corner, and a sector region in it.
    let l = Outline::new(vec![
        Point::new(80.0, 0.0),
        Point::new(110.0, 0.0),
        Point::new(110.0, 20.0),
        Point::new(130.0, 25.0),
        Point::new(130.0, 40.0),
        Point::new(80.0, 40.0),
    ])
    .unwrap();
    plan.sectors[3].regions.push(l.clone());
    plan.halls.push(Hall {
        id: HallId(2),
        name: "L 厅".to_owned(),
        outline: l,
    });
    plan.settings.sprinklers = Sprinklers::All;
    plan.settings.prices.corner_per_m2 = 1800.0;
    plan.exits = vec![
        Exit {
            id: ExitId(1),
            name: "E1".to_owned(),
            hall: HallId(1),
            wall: 0,
            offset_m: 10.0,
            width_m: 3.0,
        },
        Exit {
            id: ExitId(2),
            name: "L-slant".to_owned(),
            hall: HallId(2),
            wall: 2,
            offset_m: 5.0,
            width_m: 2.0,
        },
    ];
    plan.check_integrity().unwrap();
    plan
}

/// The sample as text with `from` replaced by `to` (which must occur).
fn edited(from: &str, to: &str) -> String {
    let text = plan_to_ron(&sample_plan());
    assert!(text.contains(from), "{from:?} not in\n{text}");
    text.replacen(from, to, 1)
}

/// The 1-based line of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    let at = text.find(needle).unwrap();
    1 + text[..at].matches('\n').count()
}

fn syntax(err: LoadError) -> (usize, usize, String) {
    match err {
        LoadError::Syntax {
            line,
            column,
            message,
        } => (line, column, message),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn round_trips_and_saves_identical_bytes_twice() {
    let plan = sample_plan();
    let text = plan_to_ron(&plan);
    assert_eq!(parse_plan(&text).unwrap(), plan);
    assert_eq!(plan_to_ron(&parse_plan(&text).unwrap()), text);
    assert_eq!(plan_to_ron(&plan), text);
}

#[test]
fn layout_is_readable_and_diff_friendly() {
    let text = plan_to_ron(&sample_plan());
    assert!(
        text.starts_with("(\n    version: 4,\n    meta: (\n"),
        "{text}"
    );
    // The meta and settings one field per line, every item of a list on one line of its
    // own, Chinese written as it is.
    assert!(text.contains("\n        currency: \"CNY\",\n"), "{text}");
    assert!(text.contains("\n        grid_step_m: 1.0,\n"), "{text}");
    assert!(
        text.contains(
            "\n        (id: 2, number: \"A-002\", rect: (x: 6.0, y: 3.0, w: 3.0, h: 3.0), \
             sector: 1, exhibitor: None, status: OnHold, price: 12000.5, notes: \"\", \
             locked: true),\n"
        ),
        "{text}"
    );
    let booth_lines = text.lines().filter(|l| l.contains("number: \"A-")).count();
    assert_eq!(booth_lines, 3, "{text}");
    assert!(text.contains("深度求索"), "{text}");
    assert!(!text.contains('\r'));
    assert!(text.ends_with(")\n"));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = plan_to_ron(&sample_plan());
    assert_eq!(
        parse_plan(&format!("\u{feff}{text}")).unwrap(),
        sample_plan()
    );
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    assert_eq!(parse_plan_bytes(&bytes).unwrap(), sample_plan());
}

#[test]
fn every_truncation_is_an_error() {
    let text = plan_to_ron(&sample_plan());
    let content = text.trim_end();
    for (cut, _) in content.char_indices() {
        assert!(
            parse_plan(&content[..cut]).is_err(),
            "prefix of {cut} bytes parsed"
        );
    }
    assert!(parse_plan(content).is_ok());
}

#[test]
fn not_utf8_names_the_place() {
    let mut bytes = b"(\n    version: 3,\n    m".to_vec();
    bytes.push(0xFF);
    match parse_plan_bytes(&bytes) {
        Err(LoadError::NotUtf8 { line, column }) => assert_eq!((line, column), (3, 6)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn nan_infinite_and_negative_sizes_are_refused_at_their_line() {
    let rect = "rect: (x: 6.0, y: 3.0, w: 3.0, h: 3.0)";
    for (bad, says) in [
        ("w: NaN", "finite"),
        ("w: inf", "finite"),
        ("w: -3.0", "greater than zero"),
        ("w: 0.0", "greater than zero"),
        ("w: 1e9", "beyond"),
    ] {
        let text = edited(rect, &rect.replace("w: 3.0", bad));
        let (line, _, message) = syntax(parse_plan(&text).unwrap_err());
        assert_eq!(line, line_of(&text, bad), "{bad}: {message}");
        assert!(message.contains(says), "{bad}: {message}");
        let shown = parse_plan(&text).unwrap_err().to_string();
        assert!(
            shown.starts_with(&format!("line {line}, column ")),
            "{shown}"
        );
    }
}

#[test]
fn nan_in_numbers_outside_rectangles_is_refused_by_the_integrity_check() {
    for (from, to) in [
        ("price: 12000.5", "price: NaN"),
        ("price: 12000.5", "price: -1.0"),
        ("grid_step_m: 1.0", "grid_step_m: inf"),
        ("offset_m: 10.0", "offset_m: NaN"),
        ("width_m: 3.0", "width_m: -3.0"),
        (
            "requested_size: Some((w: 6.0, h: 3.0))",
            "requested_size: Some((w: NaN, h: 3.0))",
        ),
    ] {
        let err = parse_plan(&edited(from, to)).unwrap_err();
        assert!(
            matches!(
                err,
                LoadError::Integrity(IntegrityError::BadValue { .. })
                    | LoadError::IntegrityAt {
                        error: IntegrityError::BadValue { .. },
                        ..
                    }
            ),
            "{to}: {err:?}"
        );
    }
}

#[test]
fn wrong_types_say_what_was_expected_and_where() {
    let text = edited("x: 6.0,", "x: \"six\",");
    let (line, column, message) = syntax(parse_plan(&text).unwrap_err());
    assert_eq!(line, line_of(&text, "\"six\""));
    let line_text = text.lines().nth(line - 1).unwrap();
    let at = line_text.find("\"six\"").unwrap();
    assert_eq!(column, 1 + line_text[..at].chars().count(), "{line_text}");
    assert!(column > 30, "the value, not the line's start: {column}");
    assert_eq!(message, "expected a number");

    let text = edited("status: OnHold", "status: Gone");
    let message = parse_plan(&text).unwrap_err().to_string();
    assert!(message.contains("unknown value `Gone`"), "{message}");
    assert!(message.contains("OnHold"), "{message}");

    let text = edited(", locked: true)", ")");
    let message = parse_plan(&text).unwrap_err().to_string();
    assert!(message.contains("missing field `locked`"), "{message}");

    let text = edited("    halls: [", "    hals: [");
    let message = parse_plan(&text).unwrap_err().to_string();
    assert!(message.contains("unknown field `hals`"), "{message}");
}

#[test]
fn duplicate_and_dangling_ids_are_named() {
    let text = edited("id: 7,", "id: 2,");
    let err = parse_plan(&text).unwrap_err();
    // The second booth with id 2, where the edit made it.
    let line = line_of(&plan_to_ron(&sample_plan()), "id: 7,");
    assert!(
        matches!(
            err,
            LoadError::IntegrityAt {
                line: l,
                column: 10,
                error: IntegrityError::DuplicateId {
                    kind: "booth",
                    id: 2
                }
            } if l == line
        ),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .ends_with(": the plan is inconsistent: duplicate booth id 2"),
        "{err}"
    );
    assert!(err.to_string().starts_with("line "), "{err}");

    let text = edited("exhibitor: Some(4)", "exhibitor: Some(99)");
    let err = parse_plan(&text).unwrap_err();
    assert!(err.to_string().contains("exhibitor 99"), "{err}");

    let text = edited("hall: 1,", "hall: 3,");
    assert!(
        parse_plan(&text)
            .unwrap_err()
            .to_string()
            .contains("hall 3")
    );
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    // Unknown fields inside model types are skipped; skipping recurses, so this reaches
    // ron's recursion limit.
    let deep = "[".repeat(10_000);
    let text = edited("name: \"Test", &format!("junk: {deep}, name: \"Test"));
    let message = parse_plan(&text).unwrap_err().to_string();
    assert!(message.contains("nested too deeply"), "{message}");
    for text in [
        deep.clone(),
        "(".repeat(10_000),
        format!("(version: 3, meta: {deep}"),
    ] {
        assert!(parse_plan(&text).is_err());
    }
}

#[test]
fn versions_are_checked_first() {
    let newer = edited("version: 4", "version: 7");
    let err = parse_plan(&newer).unwrap_err();
    assert_eq!(
        err.to_string(),
        "saved by a newer expoplan (version 7); this one reads up to 4"
    );
    // Even when the rest would not parse in any known version.
    assert!(matches!(
        parse_plan("(version: 5, something: else)"),
        Err(LoadError::NewerVersion { found: 5 })
    ));
    let err = parse_plan("(version: 0)").unwrap_err().to_string();
    assert!(err.contains("no version 0"), "{err}");
    let err = parse_plan("(meta: (), version: 3)")
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "line 1, column 2: the first field must be `version`, found `meta`"
    );
    assert!(parse_plan("").is_err());
    assert!(parse_plan("()").is_err());
}

#[test]
fn loading_refuses_files_over_the_cap() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("show.ron");
    let text = plan_to_ron(&sample_plan());
    std::fs::write(&path, &text).unwrap();
    assert_eq!(load_plan(&path).unwrap(), sample_plan());
    let size = text.len() as u64;
    assert_eq!(
        load_plan_capped(&path, size, &mut |_| {}).unwrap(),
        sample_plan()
    );
    let err = load_plan_capped(&path, size - 1, &mut |_| {}).unwrap_err();
    assert!(matches!(err, LoadError::TooLarge { .. }), "{err:?}");
    assert!(
        err.to_string().ends_with(&format!(
            "show.ron is larger than {} bytes, the most expoplan loads",
            size - 1
        )),
        "{err}"
    );
    let err = load_plan(&dir.path().join("missing.ron")).unwrap_err();
    assert!(err.to_string().starts_with("cannot read "), "{err}");
}

#[test]
fn save_then_load_gives_the_plan_back_and_keeps_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("show.ron");
    let mut plan = sample_plan();
    save_plan(&path, &plan).unwrap();
    assert_eq!(load_plan(&path).unwrap(), plan);
    plan.meta.name = "second".to_owned();
    save_plan(&path, &plan).unwrap();
    assert_eq!(load_plan(&path).unwrap(), plan);
    assert_eq!(load_plan(&backup_path(&path)).unwrap(), sample_plan());
}

fn backup_path(path: &Path) -> std::path::PathBuf {
    super::super::atomic::backup_path(path)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse_plan_bytes(&bytes);
    }

    #[test]
    fn a_valid_file_with_one_byte_changed_never_panics(at in 0usize..4096, byte in any::<u8>()) {
        let mut bytes = plan_to_ron(&sample_plan()).into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        if let Ok(plan) = parse_plan_bytes(&bytes) {
            // Whatever still loads is a sound plan that saves and loads the same.
            prop_assert_eq!(parse_plan(&plan_to_ron(&plan)).unwrap(), plan);
        }
    }
}

#[test]
fn errors_point_at_the_value_not_the_blanks_before_it() {
    let text = "(\n    version: 3,\n    meta:\n\n        7,\n)";
    let (line, column, message) = syntax(parse_plan(text).unwrap_err());
    assert_eq!((line, column), (5, 9), "{message}");
}

#[test]
fn outlines_that_are_not_simple_polygons_are_refused_at_their_line() {
    let hall = "outline: [(80.0, 0.0), (110.0, 0.0), (110.0, 20.0), (130.0, 25.0), (130.0, 40.0), (80.0, 40.0)]";
    for (bad, says) in [
        (
            "outline: [(80.0, 0.0), (110.0, 40.0), (110.0, 0.0), (80.0, 40.0)]",
            "crosses itself",
        ),
        ("outline: [(80.0, 0.0), (110.0, 0.0)]", "at least 3 corners"),
        (
            "outline: [(80.0, 0.0), (90.0, 0.0), (100.0, 0.0)]",
            "encloses no area",
        ),
        (
            "outline: [(80.0, 0.0), (80.0, 0.0), (90.0, 5.0)]",
            "same point",
        ),
        ("outline: [(80.0, 0.0), (NaN, 0.0), (90.0, 5.0)]", "finite"),
    ] {
        let text = edited(hall, bad);
        let (line, column, message) = syntax(parse_plan(&text).unwrap_err());
        assert_eq!(line, line_of(&text, bad), "{bad}: {message}");
        assert!(column > 1, "{bad}: column {column}");
        assert!(message.contains(says), "{bad}: {message}");
    }
}

#[test]
fn version_2_files_become_outlines_and_numbered_walls() {
    let text = std::fs::read_to_string("saves/fixtures/v2-two-halls.ron").unwrap();
    let plan = parse_plan(&text).unwrap();
    assert_eq!(plan.halls.len(), 2);
    for hall in &plan.halls {
        assert!(hall.outline.as_rect().is_some(), "{}", hall.name);
    }
    for sector in &plan.sectors {
        assert!(sector.regions.iter().all(|r| r.as_rect().is_some()));
    }
    // Every door lands where version 2 put it: on the named side, measured from that
    // side's west or north end.
    for (line, exit) in text
        .lines()
        .filter(|l| l.contains("offset_m:"))
        .zip(&plan.exits)
    {
        let hall = plan.hall(exit.hall).unwrap();
        let r = hall.outline.as_rect().unwrap();
        let number = |key: &str| -> f64 {
            let at = line.find(key).unwrap() + key.len();
            let rest = &line[at..];
            rest[..rest.find([',', ')']).unwrap()]
                .trim()
                .parse()
                .unwrap()
        };
        let (offset, width) = (number("offset_m:"), number("width_m:"));
        let (a, b) = exit.door(hall).unwrap();
        let (lo, hi) = (
            Point::new(a.x.min(b.x), a.y.min(b.y)),
            Point::new(a.x.max(b.x), a.y.max(b.y)),
        );
        let expected = if line.contains("wall: North") {
            Point::new(r.x() + offset, r.y())
        } else if line.contains("wall: South") {
            Point::new(r.x() + offset, r.max_y())
        } else if line.contains("wall: West") {
            Point::new(r.x(), r.y() + offset)
        } else {
            Point::new(r.max_x(), r.y() + offset)
        };
        assert!(
            lo.distance(expected) < 1e-9,
            "{line}: {lo:?} vs {expected:?}"
        );
        assert!((a.distance(b) - width).abs() < 1e-9);
        assert!(hi.distance(lo) > 0.0);
    }
    assert_eq!(plan.exits.len(), 7);
    // The settings version 2 lacked take their defaults.
    assert_eq!(plan.settings.max_travel_m, 30.0);
    assert_eq!(plan.settings.sprinklers, Sprinklers::ByCode);
    // And the upgraded plan saves as the current version and loads the same.
    let again = plan_to_ron(&plan);
    assert!(again.starts_with("(\n    version: 4,"));
    assert_eq!(parse_plan(&again).unwrap(), plan);
}
