//! `expoplan dxf-layers` and `expoplan import-dxf` on a venue drawing, and `expoplan
//! export --format dxf`.

mod cli_common;
mod dxf_common;

use cli_common::{code, run, sample_path, stderr, stdout};
use dxf::enums::Units;
use dxf_common::venue_drawing;
use std::path::Path;

/// The test venue written as a DXF file in `dir`.
fn venue_file(dir: &Path, units: Units) -> String {
    let path = dir.join("venue.dxf");
    venue_drawing(0.001, units)
        .save_file(&path)
        .expect("written");
    path.to_str().expect("UTF-8 path").to_owned()
}

#[test]
fn dxf_layers_lists_what_each_layer_holds() {
    let dir = tempfile::tempdir().unwrap();
    let file = venue_file(dir.path(), Units::Millimeters);
    let out = run(&["dxf-layers", &file]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("units mm"), "{text}");
    assert!(text.contains("A-HALL"), "{text}");
    assert!(text.contains("6 LINE"), "{text}");
    assert!(text.contains("12 LINE"), "{text}");

    let out = run(&["dxf-layers", &file, "--json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(json["units"], "mm");
    let layers = json["layers"].as_array().expect("layers");
    assert!(
        layers
            .iter()
            .any(|l| l["name"] == "S-COLS" && l["entities"]["INSERT"] == 1)
    );
}

#[test]
fn import_dxf_writes_a_plan_that_checks_and_says_what_it_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let file = venue_file(dir.path(), Units::Millimeters);
    let plan = dir.path().join("venue.ron");
    let out = run(&[
        "import-dxf",
        &file,
        "-o",
        plan.to_str().unwrap(),
        "--halls",
        "A-HALL",
        "--columns",
        "S-COLS",
        "--exits",
        "A-DOOR",
        "--obstacles",
        "A-FURN",
        "--skip",
        "DEFPOINTS",
    ]);
    // Two things were left out (a column too large, a door off every wall): exit 1.
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("2 halls (3000 m², read in mm), 5 columns, 1 stage, 1 service area, 2 exits, 3 underlay layers"), "{text}");
    assert!(
        text.contains("Hall A 甲馆: 1800 m², 60 × 40 m, 6 corners"),
        "{text}"
    );
    assert!(text.contains("too large for a column"), "{text}");
    assert!(text.contains("from the nearest hall wall"), "{text}");

    let out = run(&["check", plan.to_str().unwrap(), "--json"]);
    assert!(code(&out) <= 1, "the plan loads: {}", stderr(&out));
    let loaded = expoplan::io::load_plan(&plan).expect("loads");
    assert_eq!(loaded.halls.len(), 2);
    assert_eq!(loaded.underlay.layers.len(), 3);
    assert_eq!(loaded.meta.name, "venue");
}

#[test]
fn import_dxf_without_units_asks_for_them() {
    let dir = tempfile::tempdir().unwrap();
    let file = venue_file(dir.path(), Units::Unitless);
    let plan = dir.path().join("venue.ron");
    let args = [
        "import-dxf",
        &file,
        "-o",
        plan.to_str().unwrap(),
        "--halls",
        "A-HALL",
    ];
    let out = run(&args);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--units mm"), "{}", stderr(&out));
    assert!(!plan.exists(), "nothing written");
    let mut with_units = args.to_vec();
    with_units.extend(["--units", "mm"]);
    let out = run(&with_units);
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
    assert!(plan.exists());
}

#[test]
fn a_file_that_is_not_a_drawing_is_refused_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("venue.dxf");
    std::fs::write(&file, b"AC1032\0\0binary dwg").unwrap();
    let out = run(&["dxf-layers", file.to_str().unwrap()]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("DWG"), "{}", stderr(&out));
}

#[test]
fn export_writes_the_sample_as_dxf() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("waic.dxf");
    let sample = sample_path();
    let out = run(&[
        "export",
        sample.to_str().unwrap(),
        "-o",
        out_path.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let drawing = expoplan::io::dxf::read_drawing_file(&out_path).expect("reads back");
    let summary = expoplan::io::dxf::summarize(&drawing);
    assert_eq!(summary.units, "mm");
    let plan = expoplan::io::load_plan(&sample).unwrap();
    let booths = summary
        .layers
        .iter()
        .find(|l| l.name == "EXPO-BOOTH")
        .expect("booth layer");
    assert_eq!(booths.total(), plan.booths.len());
}
