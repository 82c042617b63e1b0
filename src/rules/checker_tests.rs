//! The incremental checker must always say what a full pass says.

use super::{Checker, Code, Report, validate};
use crate::edit::{
    Change, Edit, add_booth, assign_exhibitor, move_booths, remove_booths, set_booth_rect,
    update_booth,
};
use crate::model::{
    BoothId, Exhibitor, ExhibitorId, Exit, ExitId, HallId, Obstacle, ObstacleId, ObstacleKind,
    Plan, Rect, SectorId, Side,
};
use proptest::prelude::*;

/// A 40 × 30 m hall with a column, a stage, two exits and three exhibitors.
fn base_plan() -> Plan {
    let mut plan = Plan::empty("incremental", 40.0, 30.0).unwrap();
    plan.obstacles = vec![
        Obstacle {
            id: ObstacleId(1),
            kind: ObstacleKind::Column,
            name: "C1".to_owned(),
            rect: Rect::new(18.0, 12.0, 0.8, 0.8).unwrap(),
        },
        Obstacle {
            id: ObstacleId(2),
            kind: ObstacleKind::Stage,
            name: "Forum".to_owned(),
            rect: Rect::new(30.0, 20.0, 8.0, 6.0).unwrap(),
        },
    ];
    plan.exits = vec![
        Exit {
            id: ExitId(1),
            name: "N1".to_owned(),
            hall: HallId(1),
            wall: wall_of(Side::North, 10.0).0,
            offset_m: wall_of(Side::North, 10.0).1,
            width_m: 3.0,
        },
        Exit {
            id: ExitId(2),
            name: "W1".to_owned(),
            hall: HallId(1),
            wall: wall_of(Side::West, 12.0).0,
            offset_m: wall_of(Side::West, 12.0).1,
            width_m: 3.0,
        },
    ];
    plan.exhibitors = (1..=3)
        .map(|i| Exhibitor::new(ExhibitorId(i), format!("Exhibitor {i}")))
        .collect();
    plan
}

/// The wall and offset of a 3 m door `from` metres along `side` of the base plan's hall.
fn wall_of(side: Side, from: f64) -> (usize, f64) {
    let hall = Rect::new(0.0, 0.0, 40.0, 30.0).unwrap();
    Exit::on_rect_side(&hall, side, from, 3.0)
}

/// A coordinate on a half-metre grid, sometimes nudged by 2 cm (a partition slit).
fn coord(max_steps: i32) -> impl Strategy<Value = f64> {
    (-2..=max_steps, prop::bool::weighted(0.15))
        .prop_map(|(k, nudge)| f64::from(k) * 0.5 + if nudge { 0.02 } else { 0.0 })
}

fn size() -> impl Strategy<Value = f64> {
    prop_oneof![Just(1.0), Just(2.0), Just(3.0), Just(4.5), Just(6.0)]
}

fn delta() -> impl Strategy<Value = f64> {
    (-16..=16, prop::bool::weighted(0.1))
        .prop_map(|(k, nudge)| f64::from(k) * 0.5 + if nudge { 0.02 } else { 0.0 })
}

#[derive(Debug, Clone)]
enum Op {
    Add(f64, f64, f64, f64),
    Move(usize, f64, f64),
    Resize(usize, f64, f64),
    Remove(usize),
    Assign(usize, Option<u32>),
    Renumber(usize, usize),
    Price(usize, u8),
    AddExhibitor,
    RenameExhibitor(u32),
    /// The exhibitor asks for another booth size (or none).
    AskSize(u32, Option<(f64, f64)>),
    RemoveExhibitor(u32),
    /// The minimum aisle set to this many half metres: every booth is checked again.
    MinAisle(u8),
    Undo,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (coord(80), coord(60), size(), size()).prop_map(|(x, y, w, h)| Op::Add(x, y, w, h)),
        4 => (any::<usize>(), delta(), delta()).prop_map(|(i, dx, dy)| Op::Move(i, dx, dy)),
        2 => (any::<usize>(), size(), size()).prop_map(|(i, w, h)| Op::Resize(i, w, h)),
        1 => any::<usize>().prop_map(Op::Remove),
        2 => (any::<usize>(), prop::option::of(1u32..6)).prop_map(|(i, e)| Op::Assign(i, e)),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(i, j)| Op::Renumber(i, j)),
        1 => (any::<usize>(), any::<u8>()).prop_map(|(i, p)| Op::Price(i, p)),
        1 => Just(Op::AddExhibitor),
        1 => (1u32..6).prop_map(Op::RenameExhibitor),
        2 => (1u32..6, prop::option::of((size(), size()))).prop_map(|(e, s)| Op::AskSize(e, s)),
        1 => (1u32..6).prop_map(Op::RemoveExhibitor),
        1 => (2u8..12).prop_map(Op::MinAisle),
        2 => Just(Op::Undo),
    ]
}

fn pick(plan: &Plan, i: usize) -> Option<BoothId> {
    (!plan.booths.is_empty()).then(|| plan.booths[i % plan.booths.len()].id)
}

/// The edit an op stands for on `plan`, if it makes sense there.
fn edit_for(plan: &Plan, op: &Op) -> Option<Edit> {
    match *op {
        Op::Add(x, y, w, h) => Some(add_booth(plan, Rect::new(x, y, w, h).ok()?, SectorId(1)).0),
        Op::Move(i, dx, dy) => move_booths(plan, &[pick(plan, i)?], dx, dy),
        Op::Resize(i, w, h) => {
            let id = pick(plan, i)?;
            let old = plan.booth(id)?.rect;
            set_booth_rect(
                plan,
                id,
                Rect::new(old.x(), old.y(), w, h).ok()?,
                crate::edit::Reshape::Resize,
            )
        }
        Op::Remove(i) => remove_booths(plan, &[pick(plan, i)?]),
        Op::Assign(i, e) => {
            let e = e.map(ExhibitorId).filter(|e| plan.exhibitor(*e).is_some());
            assign_exhibitor(plan, pick(plan, i)?, e)
        }
        Op::Renumber(i, j) => {
            let mut booth = plan.booth(pick(plan, i)?)?.clone();
            booth.number = format!(" {} ", plan.booth(pick(plan, j)?)?.number.to_lowercase());
            update_booth(plan, booth, crate::edit::BoothField::Number)
        }
        Op::Price(i, p) => {
            let mut booth = plan.booth(pick(plan, i)?)?.clone();
            booth.price = f64::from(p) * 1000.5;
            booth.status = crate::model::BoothStatus::ALL[usize::from(p) % 4];
            update_booth(plan, booth, crate::edit::BoothField::Price)
        }
        Op::AddExhibitor => {
            let id = plan.next_exhibitor_id();
            Some(Edit::new(
                crate::edit::Step::ImportExhibitors(1),
                vec![Change::PutExhibitor(Exhibitor {
                    first_launch: true,
                    ..Exhibitor::new(id, format!("Late exhibitor {}", id.0))
                })],
            ))
        }
        Op::RenameExhibitor(e) => {
            let mut exhibitor = plan.exhibitor(ExhibitorId(e))?.clone();
            exhibitor.name.push('+');
            Some(Edit::new(
                crate::edit::Step::ImportExhibitors(1),
                vec![Change::PutExhibitor(exhibitor)],
            ))
        }
        Op::AskSize(e, size) => {
            let mut exhibitor = plan.exhibitor(ExhibitorId(e))?.clone();
            exhibitor.requested_size = size.map(|(w, h)| crate::model::Size { w, h });
            Some(Edit::new(
                crate::edit::Step::ImportExhibitors(1),
                vec![Change::PutExhibitor(exhibitor)],
            ))
        }
        Op::RemoveExhibitor(e) => Some(Edit::new(
            crate::edit::Step::ImportExhibitors(1),
            vec![Change::RemoveExhibitor(ExhibitorId(e))],
        )),
        Op::MinAisle(half_metres) => crate::edit::set_setting(
            plan,
            crate::model::NumericSetting::MinAisle,
            f64::from(half_metres) / 2.0,
        )
        .ok(),
        Op::Undo => None,
    }
}

/// Asserts the incremental report equals a fresh full pass. Every total is an exact
/// fixed-point sum, so the figures agree exactly (well within 1e-6).
fn assert_same(incremental: &Report, plan: &Plan) -> Result<(), TestCaseError> {
    let fresh = validate(plan);
    prop_assert_eq!(&incremental.findings, &fresh.findings);
    prop_assert_eq!(&incremental.booth_types, &fresh.booth_types);
    prop_assert_eq!(&incremental.by_booth, &fresh.by_booth);
    let (a, b) = (&incremental.capacity, &fresh.capacity);
    prop_assert!((a.total_booth_area_m2 - b.total_booth_area_m2).abs() < 1e-6);
    for (x, y) in a.sectors.iter().zip(&b.sectors) {
        prop_assert!((x.booth_area_m2 - y.booth_area_m2).abs() < 1e-6);
        prop_assert!((x.fill_share - y.fill_share).abs() < 1e-6);
        prop_assert_eq!(x.booths, y.booths);
        prop_assert_eq!(x.more_3x3_booths, y.more_3x3_booths);
    }
    prop_assert_eq!(incremental, &fresh);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn incremental_report_equals_a_full_pass(
        start in prop::collection::vec((coord(80), coord(60), size(), size()), 0..14),
        ops in prop::collection::vec((op(), 0u8..3), 1..40),
    ) {
        let mut plan = base_plan();
        for (x, y, w, h) in start {
            if let Some(edit) = edit_for(&plan, &Op::Add(x, y, w, h)) {
                edit.apply(&mut plan).unwrap();
            }
        }
        let mut checker = Checker::new(&plan);
        assert_same(checker.report(), &plan)?;
        let mut undo: Vec<Edit> = Vec::new();
        for (op, how) in ops {
            let (forward, inverse) = match &op {
                Op::Undo => {
                    let Some(edit) = undo.pop() else { continue };
                    let ids = edit.booth_ids();
                    edit.apply(&mut plan).unwrap();
                    (ids.clone(), ids)
                }
                _ => {
                    let Some(edit) = edit_for(&plan, &op) else { continue };
                    let ids = edit.booth_ids();
                    let Ok(inverse) = edit.apply(&mut plan) else { continue };
                    let inverse_ids = inverse.booth_ids();
                    undo.push(inverse);
                    (ids, inverse_ids)
                }
            };
            // Tell the checker in each of the ways a caller may.
            match how {
                0 => checker.update(&plan, &forward),
                1 => checker.update(&plan, &inverse),
                _ => checker.sync(&plan),
            }
            assert_same(checker.report(), &plan)?;
        }
    }
}

#[test]
fn an_update_re_checks_the_old_neighbourhood_too() {
    let mut plan = base_plan();
    let (e1, a) = add_booth(&plan, Rect::new(2.0, 2.0, 3.0, 3.0).unwrap(), SectorId(1));
    e1.apply(&mut plan).unwrap();
    let (e2, b) = add_booth(&plan, Rect::new(4.0, 3.0, 3.0, 3.0).unwrap(), SectorId(1));
    e2.apply(&mut plan).unwrap();
    let mut checker = Checker::new(&plan);
    assert_eq!(
        checker
            .report()
            .findings_for_booth(a)
            .filter(|f| f.code == Code::BoothOverlap)
            .count(),
        1
    );
    // Move b far away: the overlap with a, which did not move, must go.
    let edit = move_booths(&plan, &[b], 10.0, 10.0).unwrap();
    edit.apply(&mut plan).unwrap();
    checker.update(&plan, &[b]);
    assert!(
        !checker
            .report()
            .findings
            .iter()
            .any(|f| f.code == Code::BoothOverlap)
    );
    assert_eq!(checker.report(), &validate(&plan));
}

#[test]
fn a_change_to_the_fixed_parts_starts_over() {
    let mut plan = base_plan();
    let (edit, _) = add_booth(&plan, Rect::new(10.0, 10.0, 3.0, 3.0).unwrap(), SectorId(1));
    edit.apply(&mut plan).unwrap();
    let mut checker = Checker::new(&plan);
    plan.settings.capacity_limit_m2 = 100.0;
    plan.obstacles[0].rect = Rect::new(11.0, 11.0, 0.5, 0.5).unwrap();
    checker.update(&plan, &[]);
    assert_eq!(checker.report(), &validate(&plan));
    assert!(
        checker
            .report()
            .findings
            .iter()
            .any(|f| f.code == Code::CapacityExceeded)
    );
    assert!(
        checker
            .report()
            .findings
            .iter()
            .any(|f| f.code == Code::OnObstacle)
    );
}

#[test]
fn the_sample_plan_has_no_errors() {
    let plan = crate::generate::waic_2023();
    let report = validate(&plan);
    let errors: Vec<&str> = report
        .errors()
        .map(|f| f.message.as_str())
        .take(10)
        .collect();
    assert!(
        errors.is_empty(),
        "{} errors, e.g. {errors:#?}",
        report.error_count()
    );
    assert_eq!(report.booths, plan.booths.len());
}
