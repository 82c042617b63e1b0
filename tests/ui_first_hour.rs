//! What a first-time planner trips over, tried through the window: small booths moved
//! rather than resized, a sale that moves with its exhibitor, a booth of the wrong size,
//! palette drops where no booth can be, and deleting sold booths.
#![cfg(feature = "gui")]
// Test helpers may unwrap: a failure is a failed test.
#![allow(clippy::unwrap_used)]

mod ui_common;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use expoplan::model::{BoothId, BoothStatus, Exhibitor, ExhibitorId, Plan, Point, Rect, Size};
use expoplan::rules::Code;
use expoplan::text::Lang;
use expoplan::ui::PlannerApp;
use expoplan::ui::intent::Intent;
use std::collections::BTreeSet;
use ui_common::{drag, release, screen_of, small_plan};

fn harness(plan: Plan) -> Harness<'static, PlannerApp> {
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_eframe(move |cc| PlannerApp::new(&cc.egui_ctx, plan, None));
    h.run();
    h
}

/// The small plan with A-001 (3 × 3 at 10, 10) sold to Acme, who asked for 9 × 9 m, and
/// Blue unplaced.
fn sold_plan() -> Plan {
    let mut plan = small_plan();
    plan.exhibitors.push(Exhibitor {
        requested_size: Some(Size { w: 9.0, h: 9.0 }),
        ..Exhibitor::new(ExhibitorId(1), "Acme")
    });
    plan.exhibitors.push(Exhibitor::new(ExhibitorId(2), "Blue"));
    let booth = plan.booth_mut(BoothId(1)).unwrap();
    booth.exhibitor = Some(ExhibitorId(1));
    booth.status = BoothStatus::Sold;
    plan
}

fn last_step(h: &Harness<'_, PlannerApp>) -> Option<String> {
    h.state()
        .document()
        .history()
        .undo_step()
        .map(|s| s.text(Lang::En))
}

fn select(h: &mut Harness<'_, PlannerApp>, ids: &[u32]) {
    h.state_mut().handle(Intent::Select(
        ids.iter().map(|id| BoothId(*id)).collect::<BTreeSet<_>>(),
    ));
    h.run();
}

#[test]
fn a_small_selected_booth_dragged_near_its_corner_moves_and_keeps_its_size() {
    let mut h = harness(small_plan());
    select(&mut h, &[1]);
    // An ordinary hall zoom: 4.5 points per metre, so a 3 × 3 m booth is 13.5 points.
    h.state_mut().canvas_mut().view.scale = 4.5;
    h.state_mut().canvas_mut().view.center = Point::new(11.5, 11.5);
    h.run();
    let from = screen_of(&h, 10.4, 10.4);
    let to = screen_of(&h, 30.4, 40.4);
    drag(&mut h, from, to);
    release(&mut h, to);
    let rect = h.state().document().plan().booth(BoothId(1)).unwrap().rect;
    assert_eq!((rect.w(), rect.h()), (3.0, 3.0), "not resized");
    assert_eq!((rect.x(), rect.y()), (30.0, 40.0), "moved");
}

#[test]
fn a_sold_exhibitor_moved_to_another_booth_keeps_the_sale_and_the_step_says_so() {
    let mut h = harness(sold_plan());
    select(&mut h, &[1]);
    let handle = h.get_by_label_contains("≡ Acme").rect().center();
    let to = screen_of(&h, 21.5, 11.5);
    drag(&mut h, handle, to);
    release(&mut h, to);
    let plan = h.state().document().plan();
    let (old, new) = (
        plan.booth(BoothId(1)).unwrap(),
        plan.booth(BoothId(2)).unwrap(),
    );
    assert_eq!((old.exhibitor, old.status), (None, BoothStatus::Available));
    assert_eq!(
        (new.exhibitor, new.status),
        (Some(ExhibitorId(1)), BoothStatus::Sold)
    );
    assert_eq!(
        last_step(&h).as_deref(),
        Some("move of Acme from booth A-001 (now available) to booth A-002 (now sold)")
    );
}

#[test]
fn a_booth_of_another_size_than_asked_is_flagged_before_and_after_the_drop() {
    let mut plan = sold_plan();
    let booth = plan.booth_mut(BoothId(1)).unwrap();
    booth.exhibitor = None;
    booth.status = BoothStatus::Available;
    let mut h = harness(plan);
    let from = h.get_by_label("Acme").rect().center();
    let to = screen_of(&h, 11.5, 11.5);
    drag(&mut h, from, to);
    let preview = h.state().canvas().exhibitor_drop.clone().unwrap();
    assert!(
        preview
            .text
            .contains("The booth is 3 × 3 m; the exhibitor asked for 9 × 9 m"),
        "{}",
        preview.text
    );
    release(&mut h, to);
    let report = h.state().document().report();
    let found: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.code == Code::SizeMismatch)
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        found,
        ["Booth A-001 is 3 × 3 m, smaller than the 9 × 9 m its exhibitor asked for"]
    );
}

#[test]
fn a_palette_booth_dropped_outside_every_hall_is_refused_with_a_red_preview() {
    let mut h = harness(small_plan());
    let source = h.get_by_label("3 × 3 shell").rect().center();
    let outside = screen_of(&h, 130.0, 40.0);
    drag(&mut h, source, outside);
    assert!(h.state().canvas().drop_preview.is_some(), "previewed");
    release(&mut h, outside);
    assert_eq!(h.state().document().plan().booths.len(), 3, "no booth made");
    let message = h.state().message().unwrap_or_default().to_owned();
    assert!(message.contains("Outside every hall"), "{message}");
    // Inside the hall it is made, in the sector under it.
    let source = h.get_by_label("3 × 3 shell").rect().center();
    let inside = screen_of(&h, 90.0, 60.0);
    drag(&mut h, source, inside);
    release(&mut h, inside);
    assert_eq!(h.state().document().plan().booths.len(), 4);
}

#[test]
fn deleting_sold_booths_asks_first_and_keep_leaves_them() {
    let mut h = harness(sold_plan());
    select(&mut h, &[1, 2]);
    h.hover_at(screen_of(&h, 60.0, 40.0));
    h.key_press(Key::Delete);
    h.run();
    assert_eq!(h.state().document().plan().booths.len(), 3, "not yet");
    assert!(
        h.query_by_label_contains(
            "1 of them is sold, reserved or on hold, and 1 exhibitor will have no booth"
        )
        .is_some()
    );
    h.get_by_label("Keep them").click();
    h.run();
    assert_eq!(h.state().document().plan().booths.len(), 3, "kept");
    h.key_press(Key::Delete);
    h.run();
    h.get_by_label("Delete").click();
    h.run();
    assert_eq!(
        h.state().document().plan().booths.len(),
        1,
        "deleted, in one step"
    );
    assert!(h.state().document().history().can_undo());
    // Booths with no sale and no exhibitor go without asking.
    select(&mut h, &[3]);
    h.key_press(Key::Delete);
    h.run();
    assert!(h.state().document().plan().booths.is_empty());
}

#[test]
fn an_exhibitor_with_a_booth_of_its_size_raises_no_size_warning() {
    let mut plan = sold_plan();
    plan.booth_mut(BoothId(1)).unwrap().rect = Rect::new(10.0, 10.0, 9.0, 9.0).unwrap();
    let h = harness(plan);
    assert!(
        !h.state()
            .document()
            .report()
            .findings
            .iter()
            .any(|f| f.code == Code::SizeMismatch)
    );
}

#[test]
fn a_deleted_booth_number_is_not_given_to_the_next_new_booth() {
    let mut h = harness(small_plan());
    select(&mut h, &[3]);
    h.hover_at(screen_of(&h, 60.0, 40.0));
    h.key_press(Key::Delete);
    h.run();
    assert!(h.state().document().plan().booth(BoothId(3)).is_none());
    let source = h.get_by_label("3 × 3 shell").rect().center();
    let target = screen_of(&h, 30.0, 30.0);
    drag(&mut h, source, target);
    release(&mut h, target);
    let plan = h.state().document().plan();
    let numbers: Vec<&str> = plan.booths.iter().map(|b| b.number.as_str()).collect();
    assert_eq!(
        numbers,
        ["A-001", "A-002", "A-004"],
        "A-003 is not handed out again"
    );
    // Undoing both gives the plan back as it was, numbering included.
    for _ in 0..2 {
        h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
        h.run();
    }
    assert_eq!(*h.state().document().plan(), small_plan());
}

#[test]
fn a_key_over_the_floor_after_typing_in_a_filter_is_a_shortcut_not_text() {
    let mut h = harness(small_plan());
    let filter = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Booth list");
    filter.focus();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Booth list")
        .type_text("A-00");
    h.run();
    h.hover_at(screen_of(&h, 60.0, 40.0));
    h.run();
    h.hover_at(screen_of(&h, 62.0, 41.0));
    h.run();
    h.key_press(Key::F);
    h.run();
    let typed = h
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Booth list")
        .value();
    assert_eq!(typed.as_deref(), Some("A-00"), "F went to the canvas");
}

#[test]
fn a_newly_opened_plan_shows_every_booth_whatever_the_last_filter() {
    let mut h = harness(small_plan());
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Booth list")
        .focus();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Booth list")
        .type_text("nothing like this");
    h.run();
    assert!(h.query_by_label_contains("0 of 3 booths").is_some());
    h.state_mut().run(expoplan::ui::commands::Command::New);
    h.run();
    h.get_by_label_contains("The WAIC 2023 sample").click();
    h.run();
    h.get_by_label("Create").click();
    h.run();
    h.run();
    assert!(
        h.query_by_label_contains("489 of 489 booths").is_some(),
        "the filter does not carry over"
    );
}

#[test]
fn escape_with_a_menu_open_closes_the_menu_and_keeps_the_selection() {
    let mut h = harness(small_plan());
    select(&mut h, &[1]);
    h.get_by_label("Edit").click();
    h.run();
    h.run();
    assert!(
        h.query_by_label_contains("Duplicate").is_some(),
        "the menu is open"
    );
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.state().selection().contains(&BoothId(1)),
        "still selected"
    );
}
