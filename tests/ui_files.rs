//! Files from the window, driven as a planner would: save and its failure, autosave and
//! recovery after a crash, a broken file, unsaved-changes questions, import, export, the
//! close button and dropped files — on the real app, with no GPU.
#![cfg(feature = "gui")]
// Test helpers may unwrap: a failure is a failed test.
#![allow(clippy::unwrap_used)]

mod ui_common;
use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use expoplan::edit;
use expoplan::io::{SaveError, plan_to_ron, save_plan, write_atomic};
use expoplan::model::{BoothId, Plan};
use expoplan::ui::PlannerApp;
use expoplan::ui::files::FileSettings;
use expoplan::ui::intent::Intent;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use ui_common::{choose_path, run_until, shows, small_plan};

fn harness_with(
    plan: Plan,
    path: Option<PathBuf>,
    settings: FileSettings,
) -> Harness<'static, PlannerApp> {
    let mut h = Harness::builder()
        .with_size([1200.0, 800.0])
        .build_eframe(move |cc| PlannerApp::with_files(&cc.egui_ctx, None, plan, path, settings));
    h.run();
    h
}

fn harness(plan: Plan, path: Option<PathBuf>) -> Harness<'static, PlannerApp> {
    harness_with(plan, path, FileSettings::without_autosave())
}

/// Moves booth 1 two metres east, as one undo step.
fn edit_plan(h: &mut Harness<'_, PlannerApp>) {
    let plan = h.state().document().plan();
    let edit = edit::move_booths(plan, &[BoothId(1)], 2.0, 0.0).unwrap();
    h.state_mut().handle(Intent::Apply {
        edit,
        selection_after: Default::default(),
    });
    h.run();
    assert!(h.state().document().is_dirty());
}

fn ctrl(h: &mut Harness<'_, PlannerApp>, key: egui::Key) {
    h.key_press_modifiers(Modifiers::COMMAND, key);
    h.run();
}

/// A save that fails half-way through writing, through the real atomic writer.
fn failing_save(path: &Path, _plan: &Plan) -> Result<(), SaveError> {
    write_atomic(path, |out| {
        out.write_all(b"(version: 2, meta: (name: \"half")?;
        Err(std::io::Error::other("disk full (simulated)"))
    })
}

/// Settings that autosave at once into `data`, and a window on the small plan with one
/// edit, already autosaved there.
fn edited_and_autosaved(data: &Path) -> (FileSettings, Harness<'static, PlannerApp>) {
    let settings = FileSettings {
        autosave_every_s: 0.0,
        ..FileSettings::in_data_dir(data)
    };
    let mut h = harness_with(small_plan(), None, settings.clone());
    edit_plan(&mut h);
    assert!(h.state().files().flush_autosave(Duration::from_secs(10)));
    (settings, h)
}

/// Names in `folder`, sorted.
fn listing(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_failed_save_shows_the_error_keeps_the_changes_and_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("show.ron");
    save_plan(&path, &small_plan()).unwrap();
    let before = std::fs::read(&path).unwrap();
    let settings = FileSettings {
        save: failing_save,
        ..FileSettings::without_autosave()
    };
    let mut h = harness_with(small_plan(), Some(path.clone()), settings);
    assert_eq!(
        h.state().files().recent_files(),
        std::slice::from_ref(&path),
        "the plan it started with is a recent file"
    );
    edit_plan(&mut h);
    ctrl(&mut h, egui::Key::S);
    run_until(&mut h, "the save error", |h| shows(h, "Could not save"));
    assert!(shows(&h, "disk full (simulated)"), "the error is shown");
    assert!(shows(&h, "The file on disk is unchanged"));
    assert!(h.state().document().is_dirty(), "the changes stay unsaved");
    assert!(h.state().window_title().contains('•'));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the old file is intact"
    );
    assert_eq!(
        listing(dir.path()),
        ["show.ron"],
        "no temporary file is left"
    );
    h.get_by_label("OK").click();
    h.run();
    assert!(!shows(&h, "The file on disk is unchanged"), "OK closes it");
    assert!(
        h.state()
            .message()
            .is_some_and(|m| m.contains("disk full (simulated)")),
        "the status bar keeps the reason"
    );
}

#[test]
fn save_as_writes_the_file_and_marks_the_plan_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(small_plan(), None);
    edit_plan(&mut h);
    // Save without a file asks where, like Save as.
    ctrl(&mut h, egui::Key::S);
    // Keys belong to the window: Ctrl+A does not select every booth under it.
    ctrl(&mut h, egui::Key::A);
    assert!(h.state().selection().is_empty());
    let path = dir.path().join("new folder").join("moved");
    choose_path(&mut h, &path, "Save");
    run_until(&mut h, "the save", |h| !h.state().document().is_dirty());
    let saved = path.with_extension("ron");
    assert_eq!(
        expoplan::io::load_plan(&saved).unwrap(),
        *h.state().document().plan()
    );
    assert!(!h.state().document().is_dirty());
    assert_eq!(h.state().document().path(), Some(&saved));
    assert_eq!(h.state().files().recent_files().first(), Some(&saved));
}

#[test]
fn after_a_crash_the_next_start_offers_the_autosave_and_restores_the_edit() {
    let data = tempfile::tempdir().unwrap();
    let (settings, first) = edited_and_autosaved(data.path());
    let edited = first.state().document().plan().clone();
    let recovery = first.state().files().recovery_dir().unwrap().to_owned();
    assert!(listing(&recovery).iter().any(|n| n.ends_with(".ron")));
    // The window ends without saving or discarding, as when it is killed.
    drop(first);

    let other = Plan::empty("another plan", 50.0, 50.0).unwrap();
    let mut next = harness_with(other, None, settings);
    run_until(&mut next, "the recovery offer", |h| {
        shows(h, "Recover unsaved changes")
    });
    assert!(shows(&next, "\"test plan\" (3 booths)"));
    assert!(shows(&next, "never saved to a file"));
    next.get_by_label("Restore").click();
    next.run();
    assert_eq!(*next.state().document().plan(), edited);
    assert!(
        next.state().document().is_dirty(),
        "a restored plan is unsaved"
    );
    assert!(next.state().files().flush_autosave(Duration::from_secs(10)));
    let autosaves: Vec<String> = listing(&recovery)
        .into_iter()
        .filter(|n| n.ends_with(".ron"))
        .collect();
    assert_eq!(autosaves.len(), 1, "taken over, not copied: {autosaves:?}");
    drop(next);

    // Saving removes the autosave.
    let dir = tempfile::tempdir().unwrap();
    let settings = FileSettings {
        autosave_every_s: 0.0,
        ..FileSettings::in_data_dir(data.path())
    };
    let mut third = harness_with(small_plan(), None, settings);
    run_until(&mut third, "the offer again", |h| {
        shows(h, "Recover unsaved changes")
    });
    third.get_by_label("Restore").click();
    third.run();
    ctrl(&mut third, egui::Key::S);
    choose_path(&mut third, &dir.path().join("restored.ron"), "Save");
    run_until(&mut third, "the save", |h| !h.state().document().is_dirty());
    third.run();
    assert!(
        third
            .state()
            .files()
            .flush_autosave(Duration::from_secs(10))
    );
    assert!(
        !listing(&recovery).iter().any(|n| n.ends_with(".ron")),
        "{:?}",
        listing(&recovery)
    );
}

#[test]
fn discarding_the_offer_removes_the_autosave() {
    let data = tempfile::tempdir().unwrap();
    let (settings, first) = edited_and_autosaved(data.path());
    let recovery = first.state().files().recovery_dir().unwrap().to_owned();
    drop(first);
    let mut next = harness_with(small_plan(), None, settings);
    run_until(&mut next, "the recovery offer", |h| {
        shows(h, "Recover unsaved changes")
    });
    next.get_by_label("Discard").click();
    next.run();
    assert_eq!(*next.state().document().plan(), small_plan());
    assert!(next.state().files().flush_autosave(Duration::from_secs(10)));
    assert!(!listing(&recovery).iter().any(|n| n.ends_with(".ron")));
}

#[test]
fn a_broken_file_leaves_the_plan_on_screen_and_shows_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let text = plan_to_ron(&small_plan());
    let line = text
        .lines()
        .position(|l| l.contains("grid_step_m"))
        .unwrap()
        + 1;
    let broken = text.replacen("grid_step_m: 1.0", "grid_step_m: \"one\"", 1);
    assert_ne!(broken, text);
    let path = dir.path().join("broken.ron");
    std::fs::write(&path, broken).unwrap();

    let mut h = harness(small_plan(), None);
    edit_plan(&mut h);
    let on_screen = h.state().document().plan().clone();
    // Opening with unsaved changes asks first; Discard goes on to the file window.
    ctrl(&mut h, egui::Key::O);
    h.get_by_label("Discard").click();
    h.run();
    choose_path(&mut h, &path, "Open");
    run_until(&mut h, "the load error", |h| shows(h, "Could not open"));
    let expected = format!("line {line}, column ");
    assert!(shows(&h, &expected), "the error names {expected}");
    assert!(shows(&h, "The plan on screen is unchanged"));
    assert_eq!(*h.state().document().plan(), on_screen);
    assert_eq!(h.state().document().path(), None);
    assert!(h.state().document().is_dirty());
}

#[test]
fn new_with_unsaved_changes_asks_and_cancel_keeps_the_plan() {
    let mut h = harness(small_plan(), None);
    edit_plan(&mut h);
    let edited = h.state().document().plan().clone();
    ctrl(&mut h, egui::Key::N);
    assert!(shows(&h, "Unsaved changes"));
    assert!(shows(&h, "before starting a new plan"));
    h.get_by_label("Cancel").click();
    h.run();
    assert!(!shows(&h, "Unsaved changes"));
    assert!(!shows(&h, "An empty hall"), "no New window after Cancel");
    assert_eq!(*h.state().document().plan(), edited);
    assert!(h.state().document().is_dirty());

    // Discard goes on: an empty hall with exits sized to the fire code.
    ctrl(&mut h, egui::Key::N);
    h.get_by_label("Discard").click();
    h.run();
    h.get_by_label("Create").click();
    h.run();
    let doc = h.state().document();
    assert_eq!(doc.plan().meta.name, "New plan");
    assert!(!doc.plan().exits.is_empty());
    assert_eq!(doc.report().errors().count(), 0);
    assert!(!doc.is_dirty(), "a fresh plan has nothing to save yet");
}

#[test]
fn import_preview_then_confirm_is_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let table = dir.path().join("exhibitors.csv");
    std::fs::write(
        &table,
        "name,sector,width,depth\n\
         Acme Robotics,Core technology,6,6\n\
         深蓝智能,智能终端,3,3\n\
         Broken Co,Nowhere,3,3\n",
    )
    .unwrap();
    let mut h = harness(small_plan(), None);
    ctrl(&mut h, egui::Key::I);
    choose_path(&mut h, &table, "Preview");
    run_until(&mut h, "the import preview", |h| {
        shows(h, "Import exhibitors from")
    });
    assert!(shows(&h, "2 to add, 0 to update, 1 with errors"));
    assert!(shows(&h, "Read as CSV, UTF-8."), "the encoding it detected");
    assert!(shows(&h, "row 4: unknown sector"));
    assert!(
        h.state().document().plan().exhibitors.is_empty(),
        "nothing changes before confirming"
    );
    h.get_by_label("Import 2 exhibitors").click();
    h.run();
    let names: Vec<&str> = h
        .state()
        .document()
        .plan()
        .exhibitors
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(names, ["Acme Robotics", "深蓝智能"]);
    assert_eq!(
        h.state()
            .document()
            .history()
            .undo_step()
            .map(|s| s.text(expoplan::text::Lang::En))
            .as_deref(),
        Some("import of 2 exhibitors")
    );
    ctrl(&mut h, egui::Key::Z);
    assert!(
        h.state().document().plan().exhibitors.is_empty(),
        "one undo step"
    );
}

#[test]
fn export_csv_from_the_window_writes_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(small_plan(), None);
    ctrl(&mut h, egui::Key::E);
    let path = dir.path().join("booths");
    choose_path(&mut h, &path, "Export");
    run_until(&mut h, "the export", |h| {
        h.state()
            .message()
            .is_some_and(|m| m.starts_with("Exported"))
    });
    let csv = std::fs::read_to_string(path.with_extension("csv")).unwrap();
    assert!(csv.starts_with('\u{feff}'), "a byte-order mark for Excel");
    assert_eq!(csv.lines().count(), 4, "a header and three booths:\n{csv}");
    assert!(
        h.state()
            .message()
            .is_some_and(|m| m.contains("booths.csv") && m.contains("3 booths"))
    );
}

fn viewport_commands(h: &Harness<'_, PlannerApp>) -> Vec<egui::ViewportCommand> {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
}

fn request_close(h: &mut Harness<'_, PlannerApp>) {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
}

#[test]
fn the_close_button_with_unsaved_changes_asks_first() {
    let mut h = harness(small_plan(), None);
    request_close(&mut h);
    assert!(
        !viewport_commands(&h).contains(&egui::ViewportCommand::CancelClose),
        "nothing to save: the window closes"
    );
    edit_plan(&mut h);
    request_close(&mut h);
    assert!(viewport_commands(&h).contains(&egui::ViewportCommand::CancelClose));
    h.run();
    assert!(shows(&h, "before quitting"));
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().document().is_dirty());
    request_close(&mut h);
    h.run();
    h.get_by_label("Discard").click();
    h.step();
    assert!(viewport_commands(&h).contains(&egui::ViewportCommand::Close));
    request_close(&mut h);
    assert!(
        !viewport_commands(&h).contains(&egui::ViewportCommand::CancelClose),
        "after Discard the close goes through"
    );
}

/// A file dropped on the window.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_plan_file_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dropped.ron");
    let mut plan = Plan::empty("dropped plan", 40.0, 30.0).unwrap();
    plan.meta.venue = "Hall X".to_owned();
    save_plan(&path, &plan).unwrap();
    let mut h = harness(small_plan(), None);
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.clone())));
    run_until(&mut h, "the dropped plan", |h| {
        h.state().document().plan().meta.name == "dropped plan"
    });
    assert_eq!(*h.state().document().plan(), plan);
    assert_eq!(h.state().document().path(), Some(&path));
    assert!(!h.state().document().is_dirty());
    assert_eq!(h.state().files().recent_files().first(), Some(&path));
}

/// The window as the command line opens it on `path`.
fn opening(path: &Path) -> Harness<'static, PlannerApp> {
    let path = path.to_owned();
    Harness::builder()
        .with_size([1200.0, 800.0])
        .build_eframe(move |cc| {
            PlannerApp::opening(&cc.egui_ctx, None, path, FileSettings::without_autosave())
        })
}

#[test]
fn a_plan_named_at_launch_is_read_on_a_worker_and_a_missing_one_is_shown_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("show.ron");
    save_plan(&path, &small_plan()).unwrap();
    let mut h = opening(&path);
    run_until(&mut h, "the plan to open", |h| {
        h.state().document().path() == Some(&path)
    });
    assert_eq!(h.state().document().plan(), &small_plan());
    assert!(!h.state().document().is_dirty());

    // A plan large enough to take a while: the window is up at once with the progress
    // bar, and the floor follows once the worker has read and checked it.
    let large = dir.path().join("large.ron");
    let plan = expoplan::generate::generate(&expoplan::generate::GenerateOptions {
        booths: Some(20_000),
        ..expoplan::generate::GenerateOptions::default()
    });
    save_plan(&large, &plan).unwrap();
    let mut h = opening(&large);
    h.step();
    assert!(
        shows(&h, "Opening"),
        "the first frame shows the progress bar"
    );
    run_until(&mut h, "the large plan to open", |h| {
        h.state().document().path() == Some(&large)
    });
    assert_eq!(h.state().document().plan().booths.len(), 20_000);

    let missing = dir.path().join("no-such-plan.ron");
    let mut h = opening(&missing);
    run_until(&mut h, "the error", |h| shows(h, "Could not open"));
    assert!(shows(&h, "no-such-plan.ron"));
    assert!(h.state().document().path().is_none());
}

#[test]
fn the_file_windows_speak_the_planner_s_language() {
    let mut h = harness(small_plan(), None);
    h.get_by_label("中文").click();
    h.run();
    h.state_mut()
        .run(expoplan::ui::commands::Command::ImportDrawing);
    h.run();
    for text in ["导入场馆图纸", "文件：", "浏览…", "读取", "取消"] {
        assert!(shows(&h, text), "{text}");
    }
    assert!(!shows(&h, "Import venue drawing"));
    h.get_by_label("取消").click();
    h.run();
    h.state_mut().run(expoplan::ui::commands::Command::SaveAs);
    h.run();
    for text in ["平面图另存为", "保存"] {
        assert!(shows(&h, text), "{text}");
    }
}
