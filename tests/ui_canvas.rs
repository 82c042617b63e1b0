//! The canvas driven as a planner would: pointer drags, keys and drops on the real app,
//! with no GPU.
#![cfg(feature = "gui")]
// Test helpers may unwrap: a failure is a failed test.
#![allow(clippy::unwrap_used)]

mod ui_common;
use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use expoplan::edit;
use expoplan::model::{BoothId, Plan, Point, Rect, SectorId};
use expoplan::ui::PlannerApp;
use expoplan::ui::intent::Intent;
use ui_common::{drag, release, screen_of, small_plan};

fn harness(plan: Plan) -> Harness<'static, PlannerApp> {
    let mut h = Harness::builder()
        .with_size([1200.0, 800.0])
        .build_eframe(move |cc| PlannerApp::new(&cc.egui_ctx, plan, None));
    h.run();
    h
}

fn rect_of(h: &Harness<'_, PlannerApp>, id: u32) -> Rect {
    h.state().document().plan().booth(BoothId(id)).unwrap().rect
}

#[test]
fn dragging_a_booth_moves_it_to_the_snapped_position() {
    let mut h = harness(small_plan());
    let from = screen_of(&h, 11.5, 11.5);
    // Far from the other booths, so only the grid snaps.
    let to = screen_of(&h, 11.5 + 25.3, 11.5 + 12.2);
    drag(&mut h, from, to);
    // Nothing changes in the plan until the button is released.
    assert_eq!(rect_of(&h, 1).x(), 10.0);
    release(&mut h, to);
    let r = rect_of(&h, 1);
    assert_eq!((r.x(), r.y()), (35.0, 22.0), "snapped to the 1 m grid");
    assert_eq!(
        h.state()
            .document()
            .history()
            .undo_step()
            .map(|s| s.text(expoplan::text::Lang::En))
            .as_deref(),
        Some("move of booth A-001")
    );
    assert!(h.state().selection().contains(&BoothId(1)));
    assert!(
        h.state().window_title().contains('•'),
        "title marks unsaved changes"
    );
}

#[test]
fn escape_during_a_drag_puts_the_booth_back() {
    let mut h = harness(small_plan());
    let before = h.state().document().plan().clone();
    let from = screen_of(&h, 11.5, 11.5);
    let to = screen_of(&h, 40.0, 30.0);
    drag(&mut h, from, to);
    h.key_press(egui::Key::Escape);
    h.run();
    release(&mut h, to);
    assert_eq!(*h.state().document().plan(), before);
    assert!(!h.state().document().history().can_undo());
}

#[test]
fn undo_restores_and_redo_reapplies_with_the_keyboard() {
    let mut h = harness(small_plan());
    let original = rect_of(&h, 1);
    let from = screen_of(&h, 11.5, 11.5);
    let to = screen_of(&h, 31.5, 41.5);
    drag(&mut h, from, to);
    release(&mut h, to);
    let moved = rect_of(&h, 1);
    assert_ne!(moved, original);
    h.state_mut().handle(Intent::Select(Default::default()));
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(rect_of(&h, 1), original);
    assert!(
        h.state().selection().contains(&BoothId(1)),
        "undo restores the selection"
    );
    assert!(
        !h.state().window_title().contains('•'),
        "back at the saved state"
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
    h.run();
    assert_eq!(rect_of(&h, 1), moved);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Y);
    h.run();
    assert_eq!(rect_of(&h, 1), moved, "Ctrl+Y redoes too");
}

#[test]
fn a_rectangle_drag_selects_exactly_the_booths_inside() {
    let mut h = harness(small_plan());
    let from = screen_of(&h, 5.0, 5.0);
    let to = screen_of(&h, 24.0, 15.0);
    drag(&mut h, from, to);
    release(&mut h, to);
    let selected: Vec<BoothId> = h.state().selection().iter().copied().collect();
    assert_eq!(selected, vec![BoothId(1), BoothId(2)]);
}

#[test]
fn a_template_dropped_on_the_floor_creates_a_booth_in_the_sector_under_it() {
    let mut h = harness(small_plan());
    let source = h.get_by_label("3 × 3 shell").rect().center();
    let target = screen_of(&h, 90.0, 60.0);
    drag(&mut h, source, target);
    release(&mut h, target);
    let plan = h.state().document().plan();
    assert_eq!(plan.booths.len(), 4);
    let new = plan.booths.last().unwrap();
    assert_eq!(new.sector, SectorId(4), "sector D is under the drop point");
    assert_eq!(new.number, "D-001");
    assert_eq!((new.rect.w(), new.rect.h()), (3.0, 3.0));
    assert!(new.rect.contains_point(Point::new(90.0, 60.0)));
    assert_eq!(h.state().selection().iter().next(), Some(&new.id));
}

#[test]
fn wheel_zoom_keeps_the_point_under_the_pointer() {
    let mut h = harness(small_plan());
    let pointer = screen_of(&h, 30.0, 25.0);
    let scale_before = h.state().canvas().view.scale;
    h.hover_at(pointer);
    h.run();
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, 120.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: Modifiers::NONE,
    });
    h.run();
    let canvas = h.state().canvas();
    assert!(canvas.view.scale > scale_before * 1.05, "zoomed in");
    let under = canvas
        .view
        .world_from_screen(canvas.screen.unwrap(), pointer);
    assert!(under.distance(Point::new(30.0, 25.0)) < 1e-3, "{under:?}");
}

#[test]
fn keys_rotate_nudge_duplicate_and_delete_the_selection() {
    let mut h = harness(small_plan());
    // Make booth 3 wide (6 × 3), then select it with a click.
    let wide = edit::set_booth_rect(
        h.state().document().plan(),
        BoothId(3),
        Rect::new(10.0, 20.0, 6.0, 3.0).unwrap(),
        edit::Reshape::Resize,
    )
    .unwrap();
    h.state_mut().handle(Intent::Apply {
        edit: wide,
        selection_after: Default::default(),
    });
    let click = screen_of(&h, 12.0, 21.0);
    h.hover_at(click);
    h.run();
    h.drag_at(click);
    h.run();
    release(&mut h, click);
    assert_eq!(
        h.state().selection().iter().copied().collect::<Vec<_>>(),
        vec![BoothId(3)]
    );
    h.key_press(egui::Key::R);
    h.run();
    let r = rect_of(&h, 3);
    assert_eq!((r.w(), r.h()), (3.0, 6.0));
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert_eq!(rect_of(&h, 3).x(), r.x() + 1.0);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::D);
    h.run();
    assert_eq!(h.state().document().plan().booths.len(), 4);
    h.key_press(egui::Key::Delete);
    h.run();
    assert_eq!(h.state().document().plan().booths.len(), 3);
    assert_eq!(
        h.state()
            .document()
            .history()
            .undo_step()
            .map(|s| s.text(expoplan::text::Lang::En))
            .as_deref(),
        Some("deletion of booth A-004")
    );
}

#[test]
fn locked_booths_do_not_move() {
    let mut plan = small_plan();
    plan.booths[0].locked = true;
    let mut h = harness(plan);
    let from = screen_of(&h, 11.5, 11.5);
    let to = screen_of(&h, 40.0, 30.0);
    drag(&mut h, from, to);
    release(&mut h, to);
    assert_eq!(rect_of(&h, 1).x(), 10.0);
    assert!(!h.state().document().history().can_undo());
}
