//! The planning panels driven as a planner would, on the real app with no GPU: exhibitors
//! dragged onto booths and the floor, inspector edits and undo, the booth list sorted,
//! problems clicked, the language switched and remembered.
#![cfg(feature = "gui")]
// Test helpers may unwrap: a failure is a failed test.
#![allow(clippy::unwrap_used)]

mod ui_common;
use egui::Pos2;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use expoplan::edit;
use expoplan::model::{
    BoothId, BoothStatus, Exhibitor, ExhibitorId, Plan, Point, Rect, SectorId, Size,
};
use expoplan::rules::{Code, Severity};
use expoplan::ui::PlannerApp;
use expoplan::ui::files::FileSettings;
use expoplan::ui::intent::Intent;
use std::collections::{BTreeSet, HashMap};
use ui_common::{drag, release, screen_of};

/// A 120 × 80 m hall in four sectors (A north-west, B north-east, C south-west,
/// D south-east) with three booths in sector A — A-001 6×6 at (10, 10), A-002 3×3 at
/// (22, 10), A-003 4×3 at (30, 10) — and two exhibitors: 澄溪智能 asks for 6 × 3 m in
/// sector B; Velora Robotics asks for nothing.
fn plan() -> Plan {
    let mut plan = Plan::empty("panel test", 120.0, 80.0).expect("a valid hall");
    for (x, w, h) in [(10.0, 6.0, 6.0), (22.0, 3.0, 3.0), (30.0, 4.0, 3.0)] {
        let (e, _) = edit::add_booth(
            &plan,
            Rect::new(x, 10.0, w, h).expect("a valid booth"),
            SectorId(1),
        );
        e.apply(&mut plan).expect("sector A exists");
    }
    for (id, name, size, sector) in [
        (
            1,
            "澄溪智能",
            Some(Size { w: 6.0, h: 3.0 }),
            Some(SectorId(2)),
        ),
        (2, "Velora Robotics", None, None),
    ] {
        plan.exhibitors.push(Exhibitor {
            preferred_sector: sector,
            requested_size: size,
            first_launch: id == 1,
            ..Exhibitor::new(ExhibitorId(id), name)
        });
    }
    plan
}

fn harness(plan: Plan) -> Harness<'static, PlannerApp> {
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_eframe(move |cc| PlannerApp::new(&cc.egui_ctx, plan, None));
    h.run();
    h
}

fn exhibitor_row(h: &Harness<'_, PlannerApp>, name: &str) -> Pos2 {
    h.get_by_label(name).rect().center()
}

/// Booth numbers in the booth list, top to bottom (its cells are the only labels that
/// are exactly a booth number).
fn listed_numbers(h: &Harness<'_, PlannerApp>) -> Vec<String> {
    let mut cells: Vec<(f32, String)> = h
        .query_all_by(|node| {
            node.role() == Role::Label
                && node.value().is_some_and(|l| {
                    l.len() == 5 && l.as_bytes()[1] == b'-' && l[2..].parse::<u32>().is_ok()
                })
        })
        .map(|n| (n.rect().center().y, n.value().unwrap_or_default()))
        .collect();
    cells.sort_by(|a, b| a.0.total_cmp(&b.0));
    cells.into_iter().map(|(_, l)| l).collect()
}

#[test]
fn an_exhibitor_dragged_onto_a_booth_is_assigned_and_the_booth_reserved() {
    let mut h = harness(plan());
    let from = exhibitor_row(&h, "Velora Robotics");
    let to = screen_of(&h, 23.5, 11.5);
    drag(&mut h, from, to);
    let preview = h.state().canvas().exhibitor_drop.clone().unwrap();
    assert_eq!(preview.rect, Rect::new(22.0, 10.0, 3.0, 3.0).unwrap());
    assert_eq!(preview.severity, None, "{}", preview.text);
    assert!(
        h.state()
            .document()
            .plan()
            .booth(BoothId(2))
            .unwrap()
            .exhibitor
            .is_none()
    );
    release(&mut h, to);
    let booth = h.state().document().plan().booth(BoothId(2)).unwrap();
    assert_eq!(booth.exhibitor, Some(ExhibitorId(2)));
    assert_eq!(booth.status, BoothStatus::Reserved);
    assert_eq!(h.state().selection().iter().next(), Some(&BoothId(2)));
    assert!(
        h.state().canvas().exhibitor_drop.is_none(),
        "the preview ends"
    );
}

#[test]
fn an_exhibitor_dropped_on_empty_floor_gets_a_new_booth_of_its_size_in_one_step() {
    let mut h = harness(plan());
    let from = exhibitor_row(&h, "澄溪智能");
    let to = screen_of(&h, 90.0, 20.0);
    drag(&mut h, from, to);
    release(&mut h, to);
    let plan = h.state().document().plan();
    assert_eq!(plan.booths.len(), 4);
    let new = plan.booths.last().unwrap();
    assert_eq!(
        (new.rect.w(), new.rect.h()),
        (6.0, 3.0),
        "the requested size"
    );
    assert!(new.rect.contains_point(Point::new(90.0, 20.0)));
    assert_eq!(new.sector, SectorId(2), "sector B is under the drop point");
    assert_eq!(new.number, "B-001");
    assert_eq!(new.exhibitor, Some(ExhibitorId(1)));
    assert_eq!(new.status, BoothStatus::Reserved);
    h.state_mut().run(expoplan::ui::commands::Command::Undo);
    h.run();
    let plan = h.state().document().plan();
    assert_eq!(plan.booths.len(), 3, "one undo step takes the booth away");
    assert!(plan.booths.iter().all(|b| b.exhibitor.is_none()));
    assert!(!h.state().document().history().can_undo());
    let undone = h.state().message().unwrap_or_default().to_owned();
    assert!(
        undone.starts_with("Undone: "),
        "the status bar names the step: {undone}"
    );
    h.state_mut().run(expoplan::ui::commands::Command::Redo);
    h.run();
    assert_eq!(h.state().document().plan().booths.len(), 4);
    let redone = h.state().message().unwrap_or_default();
    assert_eq!(redone, undone.replace("Undone: ", "Redone: "));
}

#[test]
fn a_drop_that_would_overlap_shows_red_before_release() {
    let mut h = harness(plan());
    let from = exhibitor_row(&h, "Velora Robotics");
    // Just east of A-002 (22–25): a 3 × 3 booth centred here reaches back over it.
    let to = screen_of(&h, 25.6, 11.5);
    drag(&mut h, from, to);
    let preview = h.state().canvas().exhibitor_drop.clone().unwrap();
    assert_eq!(preview.severity, Some(Severity::Error));
    assert!(preview.text.contains("A-002"), "{}", preview.text);
    // Esc cancels the drag: released over open floor, it adds nothing.
    h.key_press(egui::Key::Escape);
    h.run();
    let away = screen_of(&h, 80.0, 60.0);
    h.hover_at(away);
    h.run();
    assert!(
        h.state().canvas().exhibitor_drop.is_none(),
        "no preview once cancelled"
    );
    release(&mut h, away);
    assert_eq!(h.state().document().plan().booths.len(), 3);
    assert!(!h.state().document().history().can_undo());
    // Over sector A, 澄溪智能 (which prefers sector B) would get an amber warning.
    let from = exhibitor_row(&h, "澄溪智能");
    let to = screen_of(&h, 40.0, 30.0);
    drag(&mut h, from, to);
    let preview = h.state().canvas().exhibitor_drop.clone().unwrap();
    assert_eq!(
        preview.severity,
        Some(Severity::Warning),
        "{}",
        preview.text
    );
}

#[test]
fn an_exhibitor_dragged_from_the_inspector_back_to_the_list_is_unassigned() {
    let mut p = plan();
    p.booths[0].exhibitor = Some(ExhibitorId(2));
    p.booths[0].status = BoothStatus::Reserved;
    let mut h = harness(p);
    h.state_mut()
        .handle(Intent::Select(BTreeSet::from([BoothId(1)])));
    h.run();
    let handle = h.get_by_label_contains("≡ Velora Robotics").rect().center();
    let list = exhibitor_row(&h, "澄溪智能");
    drag(&mut h, handle, list);
    assert!(
        h.query_by_label_contains("Drop here to unassign booth A-001")
            .is_some()
    );
    release(&mut h, list);
    let booth = h.state().document().plan().booth(BoothId(1)).unwrap();
    assert_eq!(booth.exhibitor, None);
    assert_eq!(booth.status, BoothStatus::Available);
    assert_eq!(
        h.state()
            .document()
            .history()
            .undo_step()
            .map(|s| s.text(expoplan::text::Lang::En))
            .as_deref(),
        Some("unassignment of booth A-001")
    );
}

#[test]
fn an_inspector_edit_is_one_step_and_undo_reverts_it() {
    let mut h = harness(plan());
    h.state_mut()
        .handle(Intent::Select(BTreeSet::from([BoothId(1)])));
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Number").click();
    h.run();
    h.key_press(egui::Key::End);
    for _ in 0..3 {
        h.key_press(egui::Key::Backspace);
    }
    h.get_by_role_and_label(Role::TextInput, "Number")
        .type_text("099");
    h.run();
    assert_eq!(
        h.state()
            .document()
            .plan()
            .booth(BoothId(1))
            .unwrap()
            .number,
        "A-001",
        "nothing changes while typing"
    );
    h.key_press(egui::Key::Enter);
    h.run();
    let doc = h.state().document();
    assert_eq!(doc.plan().booth(BoothId(1)).unwrap().number, "A-099");
    assert_eq!(
        doc.history()
            .undo_step()
            .map(|s| s.text(expoplan::text::Lang::En))
            .as_deref(),
        Some("number of booth A-001")
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let doc = h.state().document();
    assert_eq!(doc.plan().booth(BoothId(1)).unwrap().number, "A-001");
    assert!(!doc.history().can_undo(), "the edit was a single step");
}

#[test]
fn clicking_the_area_header_sorts_the_booth_list() {
    let mut h = harness(plan());
    assert_eq!(listed_numbers(&h), ["A-001", "A-002", "A-003"]);
    h.get_by_role_and_label(Role::Button, "Area").click();
    h.run();
    assert_eq!(
        listed_numbers(&h),
        ["A-002", "A-003", "A-001"],
        "9, 12, 36 m²"
    );
    h.get_by_role_and_label(Role::Button, "Area ▲").click();
    h.run();
    assert_eq!(
        listed_numbers(&h),
        ["A-001", "A-003", "A-002"],
        "largest first"
    );
}

#[test]
fn clicking_a_booth_row_selects_and_frames_the_booth() {
    let mut h = harness(plan());
    h.get_by_role_and_label(Role::Label, "A-003").click();
    h.run();
    assert_eq!(
        h.state().selection().iter().copied().collect::<Vec<_>>(),
        [BoothId(3)]
    );
    // Framed in the middle of the floor the legend leaves free: on screen, near the
    // canvas centre, and zoomed in on it.
    let canvas = h.state().canvas();
    let screen = canvas.screen.unwrap();
    let at = canvas
        .view
        .screen_from_world(screen, Point::new(32.0, 11.5));
    assert!(screen.contains(at), "{at:?} on {screen:?}");
    let centre = canvas.view.world_from_screen(screen, screen.center());
    assert!(centre.distance(Point::new(32.0, 11.5)) < 10.0, "{centre:?}");
}

#[test]
fn clicking_a_problem_selects_the_booths_it_names() {
    let mut p = plan();
    let (e, overlapping) =
        edit::add_booth(&p, Rect::new(23.0, 11.0, 3.0, 3.0).unwrap(), SectorId(1));
    e.apply(&mut p).unwrap();
    let mut h = harness(p);
    let finding = h
        .state()
        .document()
        .report()
        .findings
        .iter()
        .find(|f| f.code == Code::BoothOverlap)
        .cloned()
        .unwrap();
    let node = h.get_by_label_contains(&finding.message);
    node.scroll_to_me();
    h.run();
    h.get_by_label_contains(&finding.message).click();
    h.run();
    assert_eq!(
        *h.state().selection(),
        BTreeSet::from([BoothId(2), overlapping])
    );
}

#[test]
fn the_language_button_switches_every_label_and_a_chinese_name_renders() {
    let mut h = harness(plan());
    assert!(h.query_by_label("File").is_some());
    // 澄溪智能 is laid out in the exhibitor list: kittest panics on a missing glyph, so
    // the bundled font drew it.
    assert!(h.query_by_label("澄溪智能").is_some());
    h.get_by_label("中文").click();
    h.run();
    assert!(h.query_by_label("File").is_none());
    assert!(h.query_by_label("文件").is_some());
    assert!(
        h.query_by_role_and_label(Role::Label, "展商").is_some(),
        "the exhibitor panel's title"
    );
    assert!(h.query_by_role_and_label(Role::Button, "面积").is_some());
    h.get_by_label("English").click();
    h.run();
    assert!(h.query_by_label("File").is_some());
}

#[test]
#[should_panic(expected = "No glyph")]
fn a_glyph_no_font_has_would_fail_the_test() {
    // The proof above relies on kittest refusing to lay out what no font can draw.
    let mut h = Harness::new_ui(|ui| {
        expoplan::ui::install_fonts(ui.ctx());
        ui.label("\u{1F319}");
    });
    h.run();
}

/// An in-memory eframe storage, as eframe keeps between runs.
#[derive(Default)]
struct Memory(HashMap<String, String>);

impl eframe::Storage for Memory {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn language_theme_and_shown_panels_are_remembered_between_runs() {
    let mut h = harness(plan());
    h.get_by_label("中文").click();
    h.run();
    h.state_mut()
        .run(expoplan::ui::commands::Command::ToggleProblemsPanel);
    h.state_mut()
        .run(expoplan::ui::commands::Command::ToggleDarkMode);
    h.run();
    let mut storage = Memory::default();
    eframe::App::save(h.state_mut(), &mut storage);

    let mut again = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_eframe(move |cc| {
            PlannerApp::with_files(
                &cc.egui_ctx,
                Some(&storage),
                plan(),
                None,
                FileSettings::without_autosave(),
            )
        });
    again.run();
    assert!(again.query_by_label("文件").is_some(), "still in Chinese");
    assert!(
        again.query_by_role_and_label(Role::Label, "问题").is_none(),
        "the problems panel stays hidden"
    );
    assert!(again.ctx.theme() == egui::Theme::Dark);
}

#[test]
fn clicking_a_placed_exhibitor_selects_its_booths_and_dragging_it_still_works() {
    let mut p = plan();
    p.booths[0].exhibitor = Some(ExhibitorId(2));
    p.booths[2].exhibitor = Some(ExhibitorId(2));
    let mut h = harness(p);
    h.get_by_role_and_label(Role::Button, "Select the booths of Velora Robotics")
        .click();
    h.run();
    assert_eq!(
        *h.state().selection(),
        BTreeSet::from([BoothId(1), BoothId(3)])
    );
    // Dragged, the same row moves the exhibitor from its first booth to booth A-002.
    let from = h
        .get_by_role_and_label(Role::Button, "Select the booths of Velora Robotics")
        .rect()
        .center();
    let to = screen_of(&h, 23.5, 11.5);
    assert!(
        !h.state().document().history().can_undo(),
        "a click changes nothing"
    );
    drag(&mut h, from, to);
    release(&mut h, to);
    let plan = h.state().document().plan();
    assert_eq!(plan.booth(BoothId(1)).unwrap().exhibitor, None);
    assert_eq!(
        plan.booth(BoothId(2)).unwrap().exhibitor,
        Some(ExhibitorId(2))
    );
    assert_eq!(
        plan.booth(BoothId(3)).unwrap().exhibitor,
        Some(ExhibitorId(2))
    );
}
