//! Properties: any sequence of edits followed by as many undos gives back the original
//! plan, and as many redos give back the edited one; and a document's report, kept
//! current step by step, always equals a fresh full pass of the rules.

use super::*;
use crate::model::{BoothId, Exhibitor, ExhibitorId, Plan, Rect, SectorId};
use proptest::prelude::*;

/// One planner action, with indices resolved against whatever the plan holds.
#[derive(Debug, Clone)]
enum Op {
    Move {
        pick: usize,
        count: usize,
        dx: i32,
        dy: i32,
    },
    Resize {
        pick: usize,
        w: u8,
        h: u8,
    },
    Rotate {
        pick: usize,
    },
    Add {
        x: u16,
        y: u16,
        w: u8,
        h: u8,
    },
    Remove {
        pick: usize,
    },
    Duplicate {
        pick: usize,
    },
    Assign {
        pick: usize,
        exhibitor: Option<u8>,
    },
    Lock {
        pick: usize,
    },
    /// Adds (0), renames (1) or removes (2, when no booth points at it) an exhibitor.
    Exhibitor {
        pick: usize,
        action: u8,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (any::<usize>(), 1..4usize, -20..20i32, -20..20i32).prop_map(|(pick, count, dx, dy)| {
            Op::Move {
                pick,
                count,
                dx,
                dy,
            }
        }),
        (any::<usize>(), 1..12u8, 1..12u8).prop_map(|(pick, w, h)| Op::Resize { pick, w, h }),
        any::<usize>().prop_map(|pick| Op::Rotate { pick }),
        (0..190u16, 0..90u16, 1..10u8, 1..10u8).prop_map(|(x, y, w, h)| Op::Add { x, y, w, h }),
        any::<usize>().prop_map(|pick| Op::Remove { pick }),
        any::<usize>().prop_map(|pick| Op::Duplicate { pick }),
        (any::<usize>(), proptest::option::of(0..4u8))
            .prop_map(|(pick, exhibitor)| Op::Assign { pick, exhibitor }),
        any::<usize>().prop_map(|pick| Op::Lock { pick }),
        (any::<usize>(), 0..3u8).prop_map(|(pick, action)| Op::Exhibitor { pick, action }),
    ]
}

fn start_plan() -> Plan {
    let mut plan = Plan::empty("prop", 200.0, 100.0).unwrap();
    for i in 0..4u32 {
        plan.exhibitors.push(Exhibitor {
            first_launch: i % 2 == 0,
            ..Exhibitor::new(ExhibitorId(i + 1), format!("展商 {i}"))
        });
    }
    for i in 0..6 {
        let rect = Rect::new(5.0 + 8.0 * f64::from(i), 10.0, 3.0, 3.0).unwrap();
        let (edit, _) = add_booth(&plan, rect, SectorId(1));
        edit.apply(&mut plan).unwrap();
    }
    plan
}

fn pick(plan: &Plan, i: usize) -> Option<BoothId> {
    (!plan.booths.is_empty()).then(|| plan.booths[i % plan.booths.len()].id)
}

fn to_edit(plan: &Plan, op: &Op) -> Option<Edit> {
    match *op {
        Op::Move {
            pick: p,
            count,
            dx,
            dy,
        } => {
            let first = plan.booth_index(pick(plan, p)?)?;
            let ids: Vec<BoothId> = plan
                .booths
                .iter()
                .skip(first)
                .take(count)
                .map(|b| b.id)
                .collect();
            move_booths(plan, &ids, f64::from(dx) * 0.5, f64::from(dy) * 0.5)
        }
        Op::Resize { pick: p, w, h } => {
            let id = pick(plan, p)?;
            let r = plan.booth(id)?.rect;
            let rect = Rect::new(r.x(), r.y(), f64::from(w), f64::from(h)).ok()?;
            set_booth_rect(plan, id, rect, "resize")
        }
        Op::Rotate { pick: p } => {
            let id = pick(plan, p)?;
            set_booth_rect(plan, id, plan.booth(id)?.rect.rotated()?, "rotation")
        }
        Op::Add { x, y, w, h } => {
            let rect = Rect::new(f64::from(x), f64::from(y), f64::from(w), f64::from(h)).ok()?;
            Some(add_booth(plan, rect, SectorId(2)).0)
        }
        Op::Remove { pick: p } => remove_booths(plan, &[pick(plan, p)?]),
        Op::Duplicate { pick: p } => Some(duplicate_booths(plan, &[pick(plan, p)?], 4.0, 0.0)?.0),
        Op::Assign { pick: p, exhibitor } => {
            let to = match exhibitor {
                Some(e) => Some(
                    plan.exhibitors
                        .get(usize::from(e) % plan.exhibitors.len().max(1))?
                        .id,
                ),
                None => None,
            };
            assign_exhibitor(plan, pick(plan, p)?, to)
        }
        Op::Lock { pick: p } => {
            let b = plan.booth(pick(plan, p)?)?;
            let mut changed = b.clone();
            changed.locked = !changed.locked;
            update_booth(plan, changed, "lock")
        }
        Op::Exhibitor { pick: p, action } => exhibitor_edit(plan, p, action),
    }
}

/// Adds, renames or removes an exhibitor, as an import or the exhibitors panel would.
fn exhibitor_edit(plan: &Plan, p: usize, action: u8) -> Option<Edit> {
    let change = match action {
        0 => Change::PutExhibitor(Exhibitor::new(
            plan.next_exhibitor_id(),
            format!("新展商 {p}"),
        )),
        1 => {
            let e = plan.exhibitors.get(p % plan.exhibitors.len().max(1))?;
            Change::PutExhibitor(Exhibitor {
                name: format!("{} *", e.name),
                ..e.clone()
            })
        }
        _ => {
            let free = plan
                .exhibitors
                .iter()
                .filter(|e| plan.booths.iter().all(|b| b.exhibitor != Some(e.id)))
                .nth(p % 4)?;
            Change::RemoveExhibitor(free.id)
        }
    };
    Some(Edit::new("exhibitor", vec![change]))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn edits_then_as_many_undos_restore_the_plan(ops in proptest::collection::vec(op(), 1..40)) {
        let original = start_plan();
        let mut plan = original.clone();
        let mut history: History<usize> = History::new(1000);
        let mut applied = 0;
        for (i, op) in ops.iter().enumerate() {
            if let Some(edit) = to_edit(&plan, op) {
                history.apply(&mut plan, edit, i, i + 1).unwrap();
                applied += 1;
                let mut check = plan.clone();
                prop_assert!(check.check_integrity().is_ok(), "edits keep the plan sound");
            }
        }
        let edited = plan.clone();
        for _ in 0..applied {
            prop_assert!(history.undo(&mut plan).is_some());
        }
        prop_assert_eq!(&plan, &original);
        prop_assert!(!history.is_dirty());
        prop_assert!(history.undo(&mut plan).is_none());
        for _ in 0..applied {
            prop_assert!(history.redo(&mut plan).is_some());
        }
        prop_assert_eq!(&plan, &edited);
    }

    #[test]
    fn the_document_report_always_equals_a_full_pass(
        ops in proptest::collection::vec(op(), 1..30),
        back in 0..8usize,
    ) {
        use crate::document::{Document, Selection};
        use crate::rules::validate;
        let mut doc = Document::new(start_plan(), None);
        for op in &ops {
            if let Some(edit) = to_edit(doc.plan(), op) {
                doc.apply(edit, Selection::new(), Selection::new()).unwrap();
                prop_assert_eq!(doc.report(), &validate(doc.plan()), "after {:?}", op);
            }
        }
        for _ in 0..back {
            if doc.undo().is_none() {
                break;
            }
            prop_assert_eq!(doc.report(), &validate(doc.plan()), "after an undo");
        }
        for _ in 0..back {
            if doc.redo().is_none() {
                break;
            }
            prop_assert_eq!(doc.report(), &validate(doc.plan()), "after a redo");
        }
    }
}
