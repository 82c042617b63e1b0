//! The venue tools and the venue panel driven as a planner would: clicks and drags on
//! the canvas, keys, typing in the settings form; asserted on the plan and its findings.
#![cfg(feature = "gui")]
// Test helpers may unwrap: a failure is a failed test.
#![allow(clippy::unwrap_used)]

mod ui_common;
use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use expoplan::edit;
use expoplan::model::{BoothId, ElementId, Outline, Plan, Point, Rect};
use expoplan::rules::Code;
use expoplan::text::Lang;
use expoplan::ui::PlannerApp;
use expoplan::ui::commands::Command;
use expoplan::ui::intent::Intent;
use ui_common::{drag, release, screen_of, small_plan};

fn harness(plan: Plan) -> Harness<'static, PlannerApp> {
    let mut h = Harness::builder()
        .with_size([1200.0, 800.0])
        .build_eframe(move |cc| PlannerApp::new(&cc.egui_ctx, plan, None));
    h.run();
    h
}

/// A click (press and release without moving), then a pause longer than a double
/// click, so that the next click is a click of its own.
fn click(h: &mut Harness<'_, PlannerApp>, at: Pos2) {
    h.hover_at(at);
    h.run();
    h.drag_at(at);
    h.run();
    h.drop_at(at);
    h.run();
    h.run_steps(30);
}

fn use_tool(h: &mut Harness<'_, PlannerApp>, key: Key) {
    h.hover_at(screen_of(h, 0.0, 0.0));
    h.key_press(key);
    h.run();
}

fn findings(h: &Harness<'_, PlannerApp>, code: Code) -> Vec<Vec<ElementId>> {
    h.state()
        .document()
        .report()
        .findings
        .iter()
        .filter(|f| f.code == code)
        .map(|f| f.ids.clone())
        .collect()
}

fn last_step(h: &Harness<'_, PlannerApp>) -> Option<String> {
    h.state()
        .document()
        .history()
        .undo_step()
        .map(|s| s.text(Lang::En))
}

#[test]
fn an_l_shaped_hall_drawn_by_clicks_is_one_step_that_undo_takes_back() {
    let mut h = harness(Plan::blank("venue"));
    use_tool(&mut h, Key::H);
    let corners = [
        (0.0, 0.0),
        (60.0, 0.0),
        (60.0, 30.0),
        (30.0, 30.0),
        (30.0, 60.0),
        (0.0, 60.0),
    ];
    for (x, y) in corners {
        let at = screen_of(&h, x, y);
        click(&mut h, at);
        assert!(
            h.state().document().plan().halls.is_empty(),
            "not before closing"
        );
    }
    // Close on the first corner (a click a little off it snaps onto it).
    let near_first = screen_of(&h, 0.6, -0.4);
    click(&mut h, near_first);
    let plan = h.state().document().plan();
    assert_eq!(plan.halls.len(), 1);
    let hall = &plan.halls[0];
    let expected: Vec<Point> = corners.iter().map(|&(x, y)| Point::new(x, y)).collect();
    assert_eq!(hall.outline.corners(), expected.as_slice());
    assert!((hall.area_m2() - 2_700.0).abs() < 1e-9);
    assert_eq!(
        plan.sectors.len(),
        4,
        "the first hall gets the four sectors"
    );
    assert_eq!(last_step(&h).as_deref(), Some("new hall H1"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    let plan = h.state().document().plan();
    assert!(plan.halls.is_empty() && plan.sectors.is_empty());
    assert!(!h.state().document().history().can_undo(), "one step");
}

#[test]
fn a_drawn_outline_that_crosses_itself_is_refused_with_a_message() {
    let mut h = harness(Plan::blank("venue"));
    use_tool(&mut h, Key::H);
    for (x, y) in [(0.0, 0.0), (40.0, 40.0), (40.0, 0.0), (0.0, 40.0)] {
        let at = screen_of(&h, x, y);
        click(&mut h, at);
    }
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().document().plan().halls.is_empty());
    let message = h.state().message().unwrap_or_default().to_owned();
    assert!(message.contains("crosses itself"), "{message}");
    assert!(
        h.state().canvas().refusal.is_some(),
        "said on the canvas too"
    );
}

#[test]
fn dragging_a_hall_corner_leaves_booths_outside_and_the_rules_flag_them() {
    let mut h = harness(small_plan());
    assert!(findings(&h, Code::OutsideHall).is_empty());
    use_tool(&mut h, Key::W);
    let from = screen_of(&h, 120.0, 0.0);
    let to = screen_of(&h, 15.0, 25.0);
    drag(&mut h, from, to);
    assert_eq!(
        h.state().document().plan().halls[0].outline.len(),
        4,
        "nothing changes before release"
    );
    assert!(h.state().canvas().tool.busy());
    release(&mut h, to);
    let hall = &h.state().document().plan().halls[0];
    assert_eq!(hall.outline.corners()[1], Point::new(15.0, 25.0));
    let outside: Vec<ElementId> = findings(&h, Code::OutsideHall).concat();
    for id in [1, 2] {
        assert!(
            outside.contains(&ElementId::Booth(BoothId(id))),
            "booth {id} flagged: {outside:?}"
        );
    }
    assert_eq!(last_step(&h).as_deref(), Some("new walls of Hall 1"));
}

#[test]
fn the_column_grid_tool_places_the_expected_columns_in_one_step() {
    let mut h = harness(Plan::empty("columns", 120.0, 80.0).unwrap());
    use_tool(&mut h, Key::K);
    // A click uses the tool bar's 18 m spacing from the clicked first column: 9, 27, …,
    // 117 east–west (7) and 9, 27, 45, 63 north–south (4).
    let first = screen_of(&h, 9.0, 9.0);
    click(&mut h, first);
    let count = |h: &Harness<'_, PlannerApp>| h.state().document().plan().obstacles.len();
    assert_eq!(count(&h), 28);
    assert_eq!(last_step(&h).as_deref(), Some("28 columns in Hall 1"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(count(&h), 0);
    // A drag to the next column diagonally sets the spacing: 12 × 10 m gives 10 × 8.
    let next = screen_of(&h, 21.0, 19.0);
    drag(&mut h, first, next);
    release(&mut h, next);
    assert_eq!(count(&h), 80);
    let obstacles = &h.state().document().plan().obstacles;
    let second = obstacles[1].rect.center();
    assert!((second.x - 21.0).abs() < 1e-9 && (second.y - 9.0).abs() < 1e-9);
}

#[test]
fn an_exit_placed_on_a_slanted_wall_gets_its_clear_zone_square_to_the_wall() {
    let mut plan = Plan::blank("slant");
    let outline = Outline::new(vec![
        Point::new(0.0, 0.0),
        Point::new(60.0, 0.0),
        Point::new(80.0, 40.0),
        Point::new(0.0, 40.0),
    ])
    .unwrap();
    let (edit, _) = edit::add_hall(&plan, outline, None);
    edit.apply(&mut plan).unwrap();
    let mut h = harness(plan);
    use_tool(&mut h, Key::X);
    let on_wall = screen_of(&h, 70.0, 20.0);
    click(&mut h, on_wall);
    let plan = h.state().document().plan();
    assert_eq!(plan.exits.len(), 1, "{:?}", h.state().message());
    assert_eq!(
        h.state().message(),
        Some("Done: new exit E1"),
        "placed once, not refused a second time"
    );
    let exit = &plan.exits[0];
    let hall = &plan.halls[0];
    assert_eq!(exit.wall, 1, "the slanted wall");
    assert!((exit.width_m - 2.4).abs() < 1e-9, "the tool bar's width");
    let middle = exit.middle(hall).unwrap();
    assert!(middle.distance(Point::new(70.0, 20.0)) < 0.6, "{middle:?}");
    let depth = plan.settings.exit_clear_m;
    let zone = exit.clear_zone(hall, depth).unwrap();
    assert!(zone.as_rect().is_none(), "turned with the wall");
    assert!((zone.area() - exit.width_m * depth).abs() < 1e-6);
    assert!(hall.outline.contains_point(zone.bounds().center()));
    // A booth standing in the zone is reported as blocking the exit.
    let inside = zone.bounds().center();
    let booth = Rect::new(inside.x - 1.5, inside.y - 1.5, 2.0, 2.0).unwrap();
    let sector = plan.sectors[0].id;
    let (edit, _) = edit::add_booth(plan, booth, sector);
    h.state_mut().handle(Intent::Apply {
        edit,
        selection_after: Default::default(),
    });
    h.run();
    assert_eq!(findings(&h, Code::ExitBlocked).len(), 1);
}

/// Types `text` into the settings field labelled `label` and presses Enter.
fn type_setting(h: &mut Harness<'_, PlannerApp>, label: &str, text: &str) {
    let field = h.get_by_role_and_label(Role::TextInput, label);
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.run();
}

#[test]
fn changing_the_minimum_aisle_in_the_settings_changes_the_aisle_findings() {
    let mut h = harness(small_plan());
    h.state_mut().run(Command::ToggleVenuePanel);
    h.run();
    // Booths face each other across 7 m.
    assert!(findings(&h, Code::NarrowAisle).is_empty());
    type_setting(&mut h, "Minimum aisle", "8");
    assert_eq!(h.state().document().plan().settings.min_aisle_m, 8.0);
    assert!(
        !findings(&h, Code::NarrowAisle).is_empty(),
        "re-checked at once"
    );
    assert_eq!(last_step(&h).as_deref(), Some("change of minimum aisle"));
    // Out of range: refused in the form with the range, nothing changed.
    type_setting(&mut h, "Minimum aisle", "-1");
    assert_eq!(h.state().document().plan().settings.min_aisle_m, 8.0);
    assert!(
        h.query_by_label_contains("more than 0, at most 100")
            .is_some(),
        "the range is shown"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().document().plan().settings.min_aisle_m, 3.0);
    assert!(findings(&h, Code::NarrowAisle).is_empty());
}

#[test]
fn escape_mid_gesture_changes_nothing() {
    let mut h = harness(small_plan());
    let before = h.state().document().plan().clone();
    use_tool(&mut h, Key::H);
    for (x, y) in [(40.0, 40.0), (60.0, 40.0)] {
        let at = screen_of(&h, x, y);
        click(&mut h, at);
    }
    assert!(h.state().canvas().tool.busy());
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().canvas().tool.busy(), "the drawing is dropped");
    // Mid-drag of a hall corner.
    use_tool(&mut h, Key::W);
    let from = screen_of(&h, 120.0, 80.0);
    let to = screen_of(&h, 90.0, 60.0);
    drag(&mut h, from, to);
    h.key_press(Key::Escape);
    h.run();
    release(&mut h, to);
    // Mid-drag of a column grid.
    use_tool(&mut h, Key::K);
    let from = screen_of(&h, 50.0, 50.0);
    let to = screen_of(&h, 70.0, 70.0);
    drag(&mut h, from, to);
    h.key_press(Key::Escape);
    h.run();
    release(&mut h, to);
    assert_eq!(*h.state().document().plan(), before);
    assert!(!h.state().document().history().can_undo());
}
