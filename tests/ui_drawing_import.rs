//! File › Import venue drawing… driven as a planner would: the drawing's layers listed
//! with what they hold, roles ticked, the preview's summary read, then the venue put
//! into the open plan (its booths kept, one undo step) or made a new plan.
#![cfg(feature = "gui")]
// Test helpers may unwrap: a failure is a failed test.
#![allow(clippy::unwrap_used)]

mod dxf_common;
mod ui_common;

use dxf::enums::Units;
use dxf_common::{venue_drawing, venue_layers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use expoplan::io::dxf::import_venue;
use expoplan::model::Plan;
use expoplan::text::Lang;
use expoplan::ui::PlannerApp;
use expoplan::ui::commands::Command;
use expoplan::ui::files::FileSettings;
use std::path::{Path, PathBuf};
use ui_common::{choose_path, run_until, shows, small_plan};

fn harness(plan: Plan) -> Harness<'static, PlannerApp> {
    let mut h = Harness::builder()
        .with_size([1400.0, 1000.0])
        .build_eframe(move |cc| {
            PlannerApp::with_files(
                &cc.egui_ctx,
                None,
                plan,
                None,
                FileSettings::without_autosave(),
            )
        });
    h.run();
    h
}

/// What Undo would undo now, in English.
fn undo_text(h: &Harness<'_, PlannerApp>) -> Option<String> {
    let history = h.state().document().history();
    history.undo_step().map(|s| s.text(Lang::En))
}

/// The fixture venue drawing in millimetres, written to a file in `dir`.
fn drawing_file(dir: &Path) -> PathBuf {
    let path = dir.join("venue.dxf");
    venue_drawing(0.001, Units::Millimeters)
        .save_file(&path)
        .unwrap();
    path
}

/// Opens the window for `drawing` and ticks the layers as the import tests name them.
fn open_and_tick(h: &mut Harness<'_, PlannerApp>, drawing: &Path) {
    h.state_mut().run(Command::ImportDrawing);
    h.run();
    choose_path(h, drawing, "Read");
    run_until(h, "the venue drawing window", |h| {
        shows(h, "Venue drawing venue.dxf")
    });
    assert!(shows(h, "DXF R2018, units mm"));
    // Guessed from the names: the hall, column and door layers; the rest is underlay.
    for (layer, role) in [
        ("A-HALL", "Halls"),
        ("S-COLS", "Columns"),
        ("A-DOOR", "Exits"),
        ("A-FURN", "Underlay"),
    ] {
        let label = format!("{layer}: {role}");
        let tick = h.get_by_label(&label);
        assert_eq!(
            tick.accesskit_node().toggled(),
            Some(egui::accesskit::Toggled::True),
            "{layer}"
        );
    }
    // Each tick is read again before the next (the window's height follows what the
    // import says, and the modal stays centred, so its rows move while it runs); the ticks
    // are given through accessibility, which does not depend on where a row is drawn.
    run_until(h, "the first trial import", |h| {
        shows(h, "underlay layers (read in mm)")
    });
    for tick in ["A-FURN: Stages, services", "DEFPOINTS: Leave out"] {
        h.get_by_label(tick).click_accesskit();
        h.step();
        run_until(h, "the trial import", |h| {
            shows(h, "underlay layers (read in mm)")
        });
        h.run();
        let ticked = h.get_by_label(tick).accesskit_node().toggled();
        assert_eq!(ticked, Some(egui::accesskit::Toggled::True), "{tick}");
    }
}

#[test]
fn the_drawing_replaces_the_venue_keeping_the_booths_as_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let drawing = drawing_file(dir.path());
    let before = small_plan();
    let mut h = harness(before.clone());
    open_and_tick(&mut h, &drawing);
    let want = import_venue(
        &venue_drawing(0.001, Units::Millimeters),
        &venue_layers(),
        "venue",
    )
    .unwrap();
    let summary = format!("{} halls (", want.plan.halls.len());
    assert!(shows(&h, &summary), "the summary counts the halls");
    assert!(
        h.state().document().plan() == &before,
        "nothing changes before the planner chooses"
    );
    h.get_by_label_contains("Replace the venue of").click();
    h.run_ok();
    let plan = h.state().document().plan().clone();
    assert_eq!(plan.halls, want.plan.halls);
    assert_eq!(plan.obstacles, want.plan.obstacles);
    assert_eq!(plan.exits, want.plan.exits);
    assert_eq!(plan.underlay, want.plan.underlay);
    assert!(
        plan.underlay.layers.iter().all(|l| l.name != "DEFPOINTS"),
        "a layer left out is not kept as underlay"
    );
    assert_eq!(plan.booths, before.booths, "the booths stay as they were");
    assert_eq!(plan.exhibitors, before.exhibitors);
    let step = undo_text(&h);
    assert_eq!(step.as_deref(), Some("new venue"));
    h.state_mut().run(Command::Undo);
    h.run();
    assert!(
        h.state().document().plan() == &before,
        "one undo gives the old venue back"
    );
}

#[test]
fn the_drawing_becomes_a_new_plan_whose_underlay_layers_can_be_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let drawing = drawing_file(dir.path());
    let mut h = harness(small_plan());
    open_and_tick(&mut h, &drawing);
    h.get_by_label("Create new plan").click();
    h.run_ok();
    let plan = h.state().document().plan().clone();
    assert_eq!(plan.meta.name, "venue");
    assert_eq!(plan.halls.len(), 2);
    assert!(plan.booths.is_empty(), "a new plan has no booths yet");
    assert!(
        h.state().document().is_dirty(),
        "a plan made from a drawing is not saved yet"
    );
    let layer = plan
        .underlay
        .layers
        .iter()
        .position(|l| l.visible)
        .expect("a shown underlay layer");
    let name = plan.underlay.layers[layer].name.clone();
    h.state_mut().run(Command::ToggleVenuePanel);
    h.run_steps(10);
    h.get_by_label("Drawing under the plan").click_accesskit();
    h.run();
    h.get_by_label(&name).click_accesskit();
    h.run();
    assert!(!h.state().document().plan().underlay.layers[layer].visible);
    let step = undo_text(&h);
    assert_eq!(step, Some(format!("hiding of drawing layer {name}")));
}

#[test]
fn a_file_that_is_not_a_drawing_is_an_error_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.dxf");
    std::fs::write(&path, "this is not a drawing\n").unwrap();
    let before = small_plan();
    let mut h = harness(before.clone());
    h.state_mut().run(Command::ImportDrawing);
    h.run();
    choose_path(&mut h, &path, "Read");
    run_until(&mut h, "the error", |h| shows(h, "Could not read"));
    assert!(shows(&h, "Nothing was changed."));
    assert!(h.state().document().plan() == &before);
}
