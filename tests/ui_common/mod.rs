//! Pointer helpers shared by the window tests: where a floor point is on screen, and a
//! drag done in small steps as a hand would.

use egui::Pos2;
use egui_kittest::Harness;
use expoplan::model::Point;
use expoplan::ui::PlannerApp;

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
