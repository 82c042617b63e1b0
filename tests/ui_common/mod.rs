//! Helpers shared by the window tests: a small plan, where a floor point is on screen,
//! a drag done in small steps as a hand would, waiting for worker threads, and finding
//! text in the window.
#![allow(dead_code)] // Each test file uses a different part.

use egui::Pos2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use expoplan::edit;
use expoplan::model::{Plan, Point, Rect, SectorId};
use expoplan::ui::PlannerApp;

/// A 120 × 80 m hall in four sectors with three booths:
/// 1 at (10, 10) 3×3, 2 at (20, 10) 3×3, 3 at (10, 20) 6×6 — all in sector A.
pub fn small_plan() -> Plan {
    let mut plan = Plan::empty("test plan", 120.0, 80.0).expect("a valid test booth");
    for (x, y, w, h) in [
        (10.0, 10.0, 3.0, 3.0),
        (20.0, 10.0, 3.0, 3.0),
        (10.0, 20.0, 6.0, 6.0),
    ] {
        let (e, _) = edit::add_booth(&plan, Rect::new(x, y, w, h).unwrap(), SectorId(1));
        e.apply(&mut plan).expect("the booth fits the plan");
    }
    plan
}

/// The screen position of the floor point (`x`, `y`) metres on the canvas as last drawn.
pub fn screen_of(h: &Harness<'_, PlannerApp>, x: f64, y: f64) -> Pos2 {
    let canvas = h.state().canvas();
    canvas.view.screen_from_world(
        canvas.screen.expect("the canvas was drawn"),
        Point::new(x, y),
    )
}

/// Presses at `from`, moves in a few steps to `to`, and leaves the button down.
pub fn drag(h: &mut Harness<'_, PlannerApp>, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.run();
    for t in [0.1, 0.25, 0.5, 0.75, 1.0] {
        h.hover_at(from + (to - from) * t);
        h.run();
    }
}

/// Releases the button at `at`.
pub fn release(h: &mut Harness<'_, PlannerApp>, at: Pos2) {
    h.drop_at(at);
    h.run();
}

/// Runs frames until `done` holds, giving worker threads time; panics after 20 s.
pub fn run_until(
    h: &mut Harness<'_, PlannerApp>,
    what: &str,
    done: impl Fn(&Harness<'_, PlannerApp>) -> bool,
) {
    for _ in 0..2000 {
        // A spinner repaints every frame while work runs.
        h.run_ok();
        if done(h) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("timed out waiting for {what}");
}

/// Whether some widget's text contains `text`.
pub fn shows(h: &Harness<'_, PlannerApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// Types `path` into the file window's path field and presses its `ok` button.
pub fn choose_path(h: &mut Harness<'_, PlannerApp>, path: &std::path::Path, ok: &str) {
    h.get_by_label("File:")
        .set_text_value_accesskit(&path.display().to_string());
    h.run();
    h.get_by_label(ok).click();
    h.run_ok();
}
