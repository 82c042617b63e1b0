//! Every plan under `saves/` loads, and saving it is stable: load → save → load → save
//! gives the same bytes twice. The hand-written version-1 fixture upgrades to the plan it
//! describes.

// Helpers outside #[test] functions unwrap too: a test may.
#![allow(clippy::unwrap_used)]

use expoplan::io::{FORMAT_VERSION, load_plan, parse_plan, plan_to_ron};
use expoplan::model::{
    Booth, BoothId, BoothStatus, Exhibitor, ExhibitorId, Exit, ExitId, Hall, HallId, Meta,
    Obstacle, ObstacleId, ObstacleKind, Outline, Plan, Rect, Sector, SectorId, Settings,
    default_sectors,
};
use std::path::{Path, PathBuf};

fn saves_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("saves")
}

/// Every `.ron` file under `folder`, at any depth, sorted.
fn ron_files(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![folder.to_owned()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "ron") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

#[test]
fn every_saved_plan_loads_and_saves_identical_bytes_twice() {
    let files = ron_files(&saves_folder());
    assert!(files.len() >= 2, "expected the fixtures, found {files:?}");
    for path in files {
        let plan = load_plan(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let first = plan_to_ron(&plan);
        let again = parse_plan(&first).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(again, plan, "{}", path.display());
        assert_eq!(plan_to_ron(&again), first, "{}", path.display());
        // A file in the current version written by expoplan is its own save.
        let text = std::fs::read_to_string(&path).unwrap();
        if text.starts_with(&format!("(\n    version: {FORMAT_VERSION},")) {
            assert_eq!(
                text,
                first,
                "{} is not as expoplan saves it",
                path.display()
            );
        }
    }
}

/// The plan `saves/fixtures/v1-small.ron` describes, in today's model.
fn expected_small_plan() -> Plan {
    let rect = |x, y, w, h| Rect::new(x, y, w, h).unwrap();
    let mut sectors = default_sectors();
    sectors[3].code = "R".to_owned();
    sectors[3].name_en = "Robotics".to_owned();
    sectors[3].name_zh = String::new();
    let regions = [
        rect(0.0, 0.0, 30.0, 20.0),
        rect(30.0, 0.0, 30.0, 20.0),
        rect(0.0, 20.0, 30.0, 20.0),
        rect(30.0, 20.0, 30.0, 20.0),
    ];
    let sectors: Vec<Sector> = sectors
        .into_iter()
        .zip(regions)
        .map(|(s, r)| Sector {
            regions: vec![Outline::rect(r)],
            ..s
        })
        .collect();
    let exhibitor = |id, name: &str, contact: &str, sector: Option<u32>| Exhibitor {
        contact: contact.to_owned(),
        preferred_sector: sector.map(SectorId),
        ..Exhibitor::new(ExhibitorId(id), name)
    };
    let booth =
        |id, number: &str, r: Rect, sector, exhibitor: Option<u32>, price, notes: &str| Booth {
            id: BoothId(id),
            number: number.to_owned(),
            rect: r,
            sector: SectorId(sector),
            exhibitor: exhibitor.map(ExhibitorId),
            status: if exhibitor.is_some() {
                BoothStatus::Reserved
            } else {
                BoothStatus::Available
            },
            price,
            notes: notes.to_owned(),
            locked: false,
        };
    Plan {
        meta: Meta {
            name: "Small hall".to_owned(),
            event: "Test show".to_owned(),
            venue: "Hall 1".to_owned(),
            dates: "2023-07-06 – 2023-07-08".to_owned(),
            currency: "CNY".to_owned(),
        },
        settings: Settings {
            capacity_limit_m2: 2000.0,
            grid_step_m: 0.5,
            min_aisle_m: 3.0,
            exit_clear_m: 1.4,
            ..Settings::default()
        },
        halls: vec![Hall {
            id: HallId(1),
            name: "Hall 1".to_owned(),
            outline: Outline::rect(rect(0.0, 0.0, 60.0, 40.0)),
        }],
        sectors,
        exhibitors: vec![
            exhibitor(1, "Acme Vision", "sales@acme.example", Some(1)),
            exhibitor(2, "深度求索", "", None),
            exhibitor(3, "Quote \"Q\" Robotics", "Ms. Li", Some(4)),
        ],
        booths: vec![
            booth(
                1,
                "A-001",
                rect(3.0, 3.0, 3.0, 3.0),
                1,
                Some(1),
                12000.0,
                "",
            ),
            booth(
                2,
                "A-002",
                rect(6.0, 3.0, 6.0, 3.0),
                1,
                None,
                24000.0,
                "near the entrance",
            ),
            booth(
                3,
                "B-001",
                rect(36.0, 6.0, 6.0, 6.0),
                2,
                Some(2),
                43200.5,
                "",
            ),
            booth(
                5,
                "R-001",
                rect(40.0, 25.0, 9.0, 6.0),
                4,
                Some(3),
                0.0,
                "island",
            ),
        ],
        obstacles: vec![Obstacle {
            id: ObstacleId(1),
            kind: ObstacleKind::Column,
            name: "C1".to_owned(),
            rect: rect(20.0, 10.0, 0.8, 0.8),
        }],
        exits: vec![
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
                name: "E2".to_owned(),
                hall: HallId(1),
                wall: 1,
                offset_m: 18.5,
                width_m: 2.4,
            },
        ],
        underlay: Default::default(),
    }
}

#[test]
fn the_version_1_fixture_upgrades_to_the_plan_it_describes() {
    let fixtures = saves_folder().join("fixtures");
    let plan = load_plan(&fixtures.join("v1-small.ron")).unwrap();
    assert_eq!(plan, expected_small_plan());
    // The same plan as version 2 writes it.
    assert_eq!(load_plan(&fixtures.join("v2-small.ron")).unwrap(), plan);
}
