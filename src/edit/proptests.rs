//! Properties: any sequence of booth and venue edits followed by as many undos gives back
//! the original plan byte for byte, and as many redos give back the edited one; and a
//! document's report, kept current step by step, always equals a fresh full pass of the
//! rules.

use super::*;
use crate::io::plan_to_ron;
use crate::model::{
    BoothId, Exhibitor, ExhibitorId, Meta, NumericSetting, ObstacleKind, Outline, Plan, Point,
    Rect, SectorId, Sprinklers,
};
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
    /// A change to the venue or the settings.
    Venue(VenueOp),
}

/// One venue action; picks are resolved against what the plan holds.
#[derive(Debug, Clone)]
enum VenueOp {
    AddHall {
        x: u16,
        y: u16,
        w: u8,
        h: u8,
        l_shape: bool,
    },
    MoveCorner {
        pick: usize,
        corner: usize,
        dx: i8,
        dy: i8,
    },
    AddCorner {
        pick: usize,
        wall: usize,
        out: i8,
    },
    RemoveCorner {
        pick: usize,
        corner: usize,
    },
    MoveHall {
        pick: usize,
        dx: i8,
        dy: i8,
    },
    RenameHall {
        pick: usize,
    },
    DeleteHall {
        pick: usize,
    },
    Paint {
        sector: usize,
        x: u16,
        y: u16,
        w: u8,
        h: u8,
    },
    AddSector,
    ChangeSector {
        pick: usize,
    },
    DeleteSector {
        pick: usize,
    },
    Columns {
        pick: usize,
        spacing: u8,
    },
    AddObstacle {
        x: u16,
        y: u16,
        stage: bool,
    },
    MoveObstacle {
        pick: usize,
        dx: i8,
    },
    DeleteObstacle {
        pick: usize,
    },
    AddExit {
        pick: usize,
        wall: usize,
        along: u8,
    },
    MoveExit {
        pick: usize,
        by: i8,
    },
    DeleteExit {
        pick: usize,
    },
    Setting {
        which: usize,
        value: u8,
    },
    Sprinklers {
        which: usize,
    },
    Details {
        pick: u8,
    },
    ReplaceVenue {
        w: u8,
        h: u8,
    },
    ToggleUnderlay {
        pick: usize,
    },
}

fn venue_op() -> impl Strategy<Value = VenueOp> {
    let pick = any::<usize>;
    prop_oneof![
        (0..150u16, 0..80u16, 5..60u8, 5..40u8, any::<bool>()).prop_map(|(x, y, w, h, l_shape)| {
            VenueOp::AddHall {
                x,
                y,
                w,
                h,
                l_shape,
            }
        }),
        (pick(), 0..8usize, -10..10i8, -10..10i8).prop_map(|(pick, corner, dx, dy)| {
            VenueOp::MoveCorner {
                pick,
                corner,
                dx,
                dy,
            }
        }),
        (pick(), 0..8usize, -5..5i8).prop_map(|(pick, wall, out)| VenueOp::AddCorner {
            pick,
            wall,
            out
        }),
        (pick(), 0..8usize).prop_map(|(pick, corner)| VenueOp::RemoveCorner { pick, corner }),
        (pick(), -20..20i8, -20..20i8).prop_map(|(pick, dx, dy)| VenueOp::MoveHall {
            pick,
            dx,
            dy
        }),
        pick().prop_map(|pick| VenueOp::RenameHall { pick }),
        pick().prop_map(|pick| VenueOp::DeleteHall { pick }),
        (0..6usize, 0..190u16, 0..90u16, 2..40u8, 2..40u8)
            .prop_map(|(sector, x, y, w, h)| VenueOp::Paint { sector, x, y, w, h }),
        Just(VenueOp::AddSector),
        pick().prop_map(|pick| VenueOp::ChangeSector { pick }),
        pick().prop_map(|pick| VenueOp::DeleteSector { pick }),
        (pick(), 6..30u8).prop_map(|(pick, spacing)| VenueOp::Columns { pick, spacing }),
        (0..190u16, 0..90u16, any::<bool>()).prop_map(|(x, y, stage)| VenueOp::AddObstacle {
            x,
            y,
            stage
        }),
        (pick(), -10..10i8).prop_map(|(pick, dx)| VenueOp::MoveObstacle { pick, dx }),
        pick().prop_map(|pick| VenueOp::DeleteObstacle { pick }),
        (pick(), 0..8usize, 0..60u8).prop_map(|(pick, wall, along)| VenueOp::AddExit {
            pick,
            wall,
            along
        }),
        (pick(), -10..10i8).prop_map(|(pick, by)| VenueOp::MoveExit { pick, by }),
        (20..250u8, 20..120u8).prop_map(|(w, h)| VenueOp::ReplaceVenue { w, h }),
        pick().prop_map(|pick| VenueOp::ToggleUnderlay { pick }),
        pick().prop_map(|pick| VenueOp::DeleteExit { pick }),
        (0..NumericSetting::ALL.len(), 1..12u8)
            .prop_map(|(which, value)| VenueOp::Setting { which, value }),
        (0..3usize).prop_map(|which| VenueOp::Sprinklers { which }),
        any::<u8>().prop_map(|pick| VenueOp::Details { pick }),
    ]
}

fn nth<T>(items: &[T], i: usize) -> Option<&T> {
    (!items.is_empty()).then(|| &items[i % items.len()])
}

fn venue_edit(plan: &Plan, op: &VenueOp) -> Option<Edit> {
    let hall_id = |p: usize| nth(&plan.halls, p).map(|h| h.id);
    match *op {
        VenueOp::AddHall {
            x,
            y,
            w,
            h,
            l_shape,
        } => {
            let r = Rect::new(f64::from(x), f64::from(y), f64::from(w), f64::from(h)).ok()?;
            let outline = if l_shape {
                Outline::new(vec![
                    r.min(),
                    Point::new(r.x() + r.w() / 2.0, r.y()),
                    Point::new(r.x() + r.w() / 2.0, r.y() + r.h() / 2.0),
                    Point::new(r.max_x(), r.y() + r.h() / 2.0),
                    r.max(),
                    Point::new(r.x(), r.max_y()),
                ])
                .ok()?
            } else {
                Outline::rect(r)
            };
            Some(add_hall(plan, outline, None).0)
        }
        VenueOp::MoveCorner {
            pick,
            corner,
            dx,
            dy,
        } => {
            let hall = nth(&plan.halls, pick)?;
            let k = corner % hall.outline.len();
            let c = hall.outline.corners()[k];
            let to = Point::new(c.x + f64::from(dx), c.y + f64::from(dy));
            move_hall_corner(plan, hall.id, k, to).ok()
        }
        VenueOp::AddCorner { pick, wall, out } => {
            let hall = nth(&plan.halls, pick)?;
            let k = wall % hall.outline.len();
            let (a, b) = hall.outline.wall(k)?;
            let n = hall.outline.inward_normal(k)?;
            let mid = Point::new(
                (a.x + b.x) / 2.0 - n.x * f64::from(out),
                (a.y + b.y) / 2.0 - n.y * f64::from(out),
            );
            add_hall_corner(plan, hall.id, k, mid).ok()
        }
        VenueOp::RemoveCorner { pick, corner } => {
            let hall = nth(&plan.halls, pick)?;
            remove_hall_corner(plan, hall.id, corner % hall.outline.len()).ok()
        }
        VenueOp::MoveHall { pick, dx, dy } => {
            move_hall(plan, hall_id(pick)?, f64::from(dx), f64::from(dy)).ok()
        }
        VenueOp::RenameHall { pick } => rename_hall(plan, hall_id(pick)?, "新馆 N").ok(),
        VenueOp::DeleteHall { pick } => delete_hall(plan, hall_id(pick)?).ok(),
        VenueOp::Paint { sector, x, y, w, h } => {
            let s = nth(&plan.sectors, sector)?;
            let r = Rect::new(f64::from(x), f64::from(y), f64::from(w), f64::from(h)).ok()?;
            paint_region(plan, s.id, &Outline::rect(r)).ok()
        }
        VenueOp::AddSector => Some(add_sector(plan, "X", "Extra", "额外", [10, 20, 30]).0),
        VenueOp::ChangeSector { pick } => {
            let s = nth(&plan.sectors, pick)?;
            update_sector(
                plan,
                crate::model::Sector {
                    name_en: format!("{} again", s.name_en),
                    color: [s.color[1], s.color[2], s.color[0]],
                    ..s.clone()
                },
            )
            .ok()
        }
        VenueOp::DeleteSector { pick } => delete_sector(plan, nth(&plan.sectors, pick)?.id).ok(),
        VenueOp::Columns { pick, spacing } => {
            let grid = ColumnGrid {
                spacing: (f64::from(spacing), f64::from(spacing)),
                size: 0.8,
                offset: (3.0, 3.0),
            };
            add_column_grid(plan, hall_id(pick)?, &grid).ok()
        }
        VenueOp::AddObstacle { x, y, stage } => {
            let kind = if stage {
                ObstacleKind::Stage
            } else {
                ObstacleKind::Service
            };
            let r = Rect::new(f64::from(x), f64::from(y), 6.0, 4.0).ok()?;
            Some(add_obstacle(plan, kind, "O", r).0)
        }
        VenueOp::MoveObstacle { pick, dx } => {
            let o = nth(&plan.obstacles, pick)?;
            let rect = o.rect.translated(f64::from(dx), 0.0)?;
            update_obstacle(plan, crate::model::Obstacle { rect, ..o.clone() }).ok()
        }
        VenueOp::DeleteObstacle { pick } => {
            delete_obstacles(plan, &[nth(&plan.obstacles, pick)?.id]).ok()
        }
        VenueOp::AddExit { pick, wall, along } => {
            let hall = nth(&plan.halls, pick)?;
            let k = wall % hall.outline.len();
            add_exit(plan, hall.id, k, f64::from(along), 2.0, None)
                .ok()
                .map(|(e, _)| e)
        }
        VenueOp::MoveExit { pick, by } => {
            let e = nth(&plan.exits, pick)?;
            update_exit(
                plan,
                crate::model::Exit {
                    offset_m: (e.offset_m + f64::from(by)).max(0.0),
                    ..e.clone()
                },
            )
            .ok()
        }
        VenueOp::DeleteExit { pick } => delete_exit(plan, nth(&plan.exits, pick)?.id).ok(),
        VenueOp::Setting { which, value } => {
            let setting = NumericSetting::ALL[which];
            let value = match setting {
                NumericSetting::SectorFillWarn => f64::from(value) / 12.0,
                NumericSetting::CapacityLimit => f64::from(value) * 1000.0,
                _ => f64::from(value),
            };
            set_setting(plan, setting, value).ok()
        }
        VenueOp::Sprinklers { which } => set_sprinklers(plan, Sprinklers::ALL[which]).ok(),
        VenueOp::ReplaceVenue { w, h } => {
            let mut venue = Plan::empty("drawing", f64::from(w), f64::from(h)).ok()?;
            venue.underlay.layers.push(crate::model::UnderlayLayer {
                name: format!("L{w}"),
                visible: h % 2 == 0,
                lines: vec![crate::model::UnderlayLine {
                    closed: true,
                    points: vec![(0.0, 0.0), (f64::from(w), 0.0), (0.0, f64::from(h))],
                }],
                texts: Vec::new(),
            });
            Some(replace_venue(plan, &venue))
        }
        VenueOp::ToggleUnderlay { pick } => {
            let layers = &plan.underlay.layers;
            let layer = (!layers.is_empty()).then(|| pick % layers.len())?;
            show_underlay_layer(plan, layer, !layers[layer].visible).ok()
        }
        VenueOp::Details { pick } => set_meta(
            plan,
            Meta {
                venue: format!("场馆 {pick}"),
                ..plan.meta.clone()
            },
        )
        .ok(),
    }
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
        venue_op().prop_map(Op::Venue),
        venue_op().prop_map(Op::Venue),
        venue_op().prop_map(Op::Venue),
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
            set_booth_rect(plan, id, rect, Reshape::Resize)
        }
        Op::Rotate { pick: p } => {
            let id = pick(plan, p)?;
            set_booth_rect(plan, id, plan.booth(id)?.rect.rotated()?, Reshape::Rotate)
        }
        Op::Add { x, y, w, h } => {
            let rect = Rect::new(f64::from(x), f64::from(y), f64::from(w), f64::from(h)).ok()?;
            Some(add_booth(plan, rect, plan.sectors.first()?.id).0)
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
        Op::Lock { pick: p } => toggle_lock(plan, &[pick(plan, p)?]),
        Op::Exhibitor { pick: p, action } => exhibitor_edit(plan, p, action),
        Op::Venue(ref venue) => venue_edit(plan, venue),
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
    Some(Edit::new(Step::ImportExhibitors(1), vec![change]))
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
            prop_assert!(history.undo(&mut plan).unwrap().is_some());
        }
        prop_assert_eq!(&plan, &original);
        prop_assert_eq!(plan_to_ron(&plan), plan_to_ron(&original), "byte for byte");
        prop_assert!(!history.is_dirty());
        prop_assert!(history.undo(&mut plan).unwrap().is_none());
        for _ in 0..applied {
            prop_assert!(history.redo(&mut plan).unwrap().is_some());
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
            if doc.undo().unwrap().is_none() {
                break;
            }
            prop_assert_eq!(doc.report(), &validate(doc.plan()), "after an undo");
        }
        for _ in 0..back {
            if doc.redo().unwrap().is_none() {
                break;
            }
            prop_assert_eq!(doc.report(), &validate(doc.plan()), "after a redo");
        }
    }
}
