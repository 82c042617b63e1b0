//! Builders for the edits the planner makes: each turns a gesture into one [`Edit`].

use super::{BoothField, Booths, Change, Edit, Step};
use crate::model::{Booth, BoothId, BoothStatus, ExhibitorId, Plan, Rect, SectorId};

/// One booth by its number, or how many: what a step's label names.
pub fn describe_booths(plan: &Plan, ids: &[BoothId]) -> Booths {
    match ids {
        [one] => plan
            .booth(*one)
            .map_or(Booths::Many(1), |b| Booths::One(b.number.clone())),
        many => Booths::Many(many.len()),
    }
}

/// Moves the booths by (`dx`, `dy`) metres. Locked booths and moves that would leave the
/// accepted coordinate range are skipped; `None` when nothing would move.
pub fn move_booths(plan: &Plan, ids: &[BoothId], dx: f64, dy: f64) -> Option<Edit> {
    if dx == 0.0 && dy == 0.0 {
        return None;
    }
    let moved: Vec<Booth> = ids
        .iter()
        .filter_map(|id| plan.booth(*id))
        .filter(|b| !b.locked)
        .filter_map(|b| {
            let rect = b.rect.translated(dx, dy)?;
            Some(Booth { rect, ..b.clone() })
        })
        .collect();
    if moved.is_empty() {
        return None;
    }
    let ids: Vec<BoothId> = moved.iter().map(|b| b.id).collect();
    Some(Edit::new(
        Step::MoveBooths(describe_booths(plan, &ids)),
        moved.into_iter().map(Change::PutBooth).collect(),
    ))
}

/// How a booth's rectangle changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reshape {
    /// Dragged by a handle or typed.
    Resize,
    /// Turned 90°.
    Rotate,
    /// Moved.
    Move,
}

/// Gives booth `id` a new rectangle (resize, rotate or move); `None` if it is locked,
/// missing or unchanged.
pub fn set_booth_rect(plan: &Plan, id: BoothId, rect: Rect, how: Reshape) -> Option<Edit> {
    let booth = plan.booth(id)?;
    if booth.locked || booth.rect == rect {
        return None;
    }
    let number = booth.number.clone();
    let step = match how {
        Reshape::Resize => Step::ResizeBooth(number),
        Reshape::Rotate => Step::RotateBooth(number),
        Reshape::Move => Step::MoveBooths(Booths::One(number)),
    };
    // A resized booth follows the price list unless its price was typed; a moved one
    // keeps its price (its type may change, its deal does not).
    let price = match how {
        Reshape::Resize | Reshape::Rotate if super::priced_by_list(plan, booth) => {
            super::list_price(plan, &rect, Some(id)).unwrap_or(booth.price)
        }
        Reshape::Resize | Reshape::Rotate | Reshape::Move => booth.price,
    };
    Some(Edit::new(
        step,
        vec![Change::PutBooth(Booth {
            rect,
            price,
            ..booth.clone()
        })],
    ))
}

/// Replaces a booth with a changed copy (an inspector edit of `field`); `None` when
/// nothing changed.
pub fn update_booth(plan: &Plan, booth: Booth, field: BoothField) -> Option<Edit> {
    let old = plan.booth(booth.id)?;
    if *old == booth {
        return None;
    }
    Some(Edit::new(
        Step::ChangeBooths(field, Booths::One(old.number.clone())),
        vec![Change::PutBooth(booth)],
    ))
}

/// One step giving every booth `change`d (a change of `field` to several booths at
/// once); `None` when nothing changes.
pub fn update_booths(
    plan: &Plan,
    ids: &[BoothId],
    field: BoothField,
    change: impl Fn(&Booth) -> Booth,
) -> Option<Edit> {
    let changes: Vec<Change> = ids
        .iter()
        .filter_map(|id| plan.booth(*id))
        .filter_map(|b| {
            let new = change(b);
            (new != *b).then_some(Change::PutBooth(new))
        })
        .collect();
    if changes.is_empty() {
        return None;
    }
    Some(Edit::new(
        Step::ChangeBooths(field, describe_booths(plan, ids)),
        changes,
    ))
}

/// Locks the booths, or unlocks them when all are locked already; `None` for no booth.
pub fn toggle_lock(plan: &Plan, ids: &[BoothId]) -> Option<Edit> {
    let lock = ids
        .iter()
        .filter_map(|id| plan.booth(*id))
        .any(|b| !b.locked);
    set_locked(plan, ids, lock)
}

/// Locks (or unlocks) the booths; `None` when none changes.
pub fn set_locked(plan: &Plan, ids: &[BoothId], lock: bool) -> Option<Edit> {
    let booths: Vec<&Booth> = ids.iter().filter_map(|id| plan.booth(*id)).collect();
    let changes: Vec<Change> = booths
        .iter()
        .filter(|b| b.locked != lock)
        .map(|b| {
            Change::PutBooth(Booth {
                locked: lock,
                ..(*b).clone()
            })
        })
        .collect();
    if changes.is_empty() {
        return None;
    }
    let which = describe_booths(plan, ids);
    let step = if lock {
        Step::LockBooths(which)
    } else {
        Step::UnlockBooths(which)
    };
    Some(Edit::new(step, changes))
}

/// Removes the booths (locked ones too: deleting is deliberate).
pub fn remove_booths(plan: &Plan, ids: &[BoothId]) -> Option<Edit> {
    let present: Vec<BoothId> = ids
        .iter()
        .copied()
        .filter(|id| plan.booth(*id).is_some())
        .collect();
    if present.is_empty() {
        return None;
    }
    let mut changes = retire_numbers(plan, &present);
    let step = Step::DeleteBooths(describe_booths(plan, &present));
    changes.extend(present.into_iter().map(Change::RemoveBooth));
    Some(Edit::new(step, changes))
}

/// The changes that remember, per sector, the highest number among booths about to be
/// deleted, so that no new booth is given one of their numbers.
fn retire_numbers(plan: &Plan, ids: &[BoothId]) -> Vec<Change> {
    plan.sectors
        .iter()
        .filter_map(|sector| {
            let prefix = format!("{}-", sector.code);
            let highest = ids
                .iter()
                .filter_map(|id| plan.booth(*id))
                .filter_map(|b| crate::model::booth_number_in(&b.number, &prefix))
                .max()?;
            (highest > sector.numbered_up_to).then_some(Change::SetNumberedUpTo(sector.id, highest))
        })
        .collect()
}

/// A new, empty booth: the next id, the next number of its sector, available, unlocked.
pub fn new_booth(plan: &Plan, rect: Rect, sector: SectorId) -> Booth {
    Booth {
        id: plan.next_booth_id(),
        number: plan.next_booth_number(sector),
        rect,
        sector,
        exhibitor: None,
        status: BoothStatus::Available,
        price: super::list_price(plan, &rect, None).unwrap_or(0.0),
        notes: String::new(),
        locked: false,
    }
}

/// Adds a booth at `rect` in the sector under its centre (or `fallback` when it lands
/// outside every sector). Returns the edit and the new booth's id.
pub fn add_booth(plan: &Plan, rect: Rect, fallback: SectorId) -> (Edit, BoothId) {
    let sector = plan.sector_at(rect.center()).map_or(fallback, |s| s.id);
    let booth = new_booth(plan, rect, sector);
    let id = booth.id;
    let edit = Edit::new(
        Step::NewBooth(booth.number.clone()),
        vec![Change::PutBooth(booth)],
    );
    (edit, id)
}

/// Copies of the booths, shifted by (`dx`, `dy`), with new ids and numbers and no
/// exhibitor. Returns the edit and the new ids.
pub fn duplicate_booths(
    plan: &Plan,
    ids: &[BoothId],
    dx: f64,
    dy: f64,
) -> Option<(Edit, Vec<BoothId>)> {
    let mut scratch = plan.clone();
    let mut changes = Vec::new();
    let mut new_ids = Vec::new();
    for id in ids {
        let Some(original) = plan.booth(*id) else {
            continue;
        };
        let Some(rect) = original.rect.translated(dx, dy) else {
            continue;
        };
        let mut copy = new_booth(&scratch, rect, original.sector);
        if !super::priced_by_list(plan, original) {
            copy.price = original.price;
        }
        new_ids.push(copy.id);
        changes.push(Change::PutBooth(copy.clone()));
        scratch.booths.push(copy);
    }
    if changes.is_empty() {
        return None;
    }
    let step = Step::DuplicateBooths(describe_booths(plan, ids));
    Some((Edit::new(step, changes), new_ids))
}

/// Assigns `exhibitor` to booth `id` (or clears it with `None`). An assigned booth that
/// was available or on hold becomes reserved; a cleared one becomes available.
pub fn assign_exhibitor(plan: &Plan, id: BoothId, exhibitor: Option<ExhibitorId>) -> Option<Edit> {
    let booth = plan.booth(id)?;
    if booth.exhibitor == exhibitor {
        return None;
    }
    let status = match (exhibitor, booth.status) {
        (None, _) => BoothStatus::Available,
        (Some(_), BoothStatus::Available | BoothStatus::OnHold) => BoothStatus::Reserved,
        (Some(_), kept) => kept,
    };
    let step = match exhibitor.and_then(|e| plan.exhibitor(e)) {
        Some(e) => Step::Assign {
            exhibitor: e.name.clone(),
            booth: booth.number.clone(),
        },
        None => Step::Unassign(booth.number.clone()),
    };
    Some(Edit::new(
        step,
        vec![Change::PutBooth(Booth {
            exhibitor,
            status,
            ..booth.clone()
        })],
    ))
}

#[cfg(test)]
mod tests {
    use super::super::History;
    use super::*;
    use std::collections::BTreeSet;

    fn plan() -> Plan {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        for i in 0..3 {
            let rect = Rect::new(10.0 + 4.0 * f64::from(i), 10.0, 3.0, 3.0).unwrap();
            let (edit, _) = add_booth(&plan, rect, SectorId(1));
            edit.apply(&mut plan).unwrap();
        }
        plan
    }

    #[test]
    fn new_booths_take_the_sector_under_them_and_its_next_number() {
        let plan = plan();
        let numbers: Vec<_> = plan.booths.iter().map(|b| b.number.as_str()).collect();
        assert_eq!(numbers, ["A-001", "A-002", "A-003"]);
        let (edit, id) = add_booth(&plan, Rect::new(80.0, 80.0, 3.0, 3.0).unwrap(), SectorId(1));
        let mut p = plan.clone();
        edit.apply(&mut p).unwrap();
        let b = p.booth(id).unwrap();
        assert_eq!(b.sector, SectorId(4));
        assert_eq!(b.number, "D-001");
    }

    #[test]
    fn a_booth_too_thin_or_too_dear_to_open_again_is_refused() {
        let mut plan = plan();
        let before = plan.clone();
        let id = plan.booths[0].id;
        let thin = Rect::new(10.0, 10.0, 0.05, 3.0).unwrap();
        let edit = set_booth_rect(&plan, id, thin, Reshape::Resize).unwrap();
        let err = edit.apply(&mut plan).unwrap_err();
        assert!(
            err.to_string()
                .contains("width must be from 0.1 up to 10000 m, got 0.05 m"),
            "{err}"
        );
        let dear = Booth {
            price: 1e33,
            ..plan.booths[0].clone()
        };
        let err = update_booth(&plan, dear, BoothField::Price)
            .unwrap()
            .apply(&mut plan)
            .unwrap_err();
        assert!(err.to_string().contains("got 1e33"), "{err}");
        assert_eq!(plan, before);
    }

    #[test]
    fn move_then_undo_restores_and_locked_booths_stay() {
        let mut plan = plan();
        plan.booths[1].locked = true;
        let before = plan.clone();
        let ids: Vec<BoothId> = plan.booths.iter().map(|b| b.id).collect();
        let edit = move_booths(&plan, &ids, 1.0, 2.0).unwrap();
        assert_eq!(edit.step, Step::MoveBooths(Booths::Many(2)));
        let mut history: History<BTreeSet<BoothId>> = History::default();
        history
            .apply(&mut plan, edit, BTreeSet::new(), BTreeSet::new())
            .unwrap();
        assert_eq!(plan.booths[0].rect.x(), 11.0);
        assert_eq!(plan.booths[1].rect.x(), 14.0);
        assert!(history.is_dirty());
        history.undo(&mut plan).unwrap();
        assert_eq!(plan, before);
        assert!(!history.is_dirty());
        history.redo(&mut plan).unwrap();
        assert_eq!(plan.booths[0].rect.x(), 11.0);
    }

    #[test]
    fn a_refused_change_leaves_the_plan_untouched() {
        let mut plan = plan();
        let before = plan.clone();
        let edit = Edit::new(
            Step::ChangeDetails,
            vec![
                Change::RemoveBooth(BoothId(1)),
                Change::RemoveBooth(BoothId(99)),
            ],
        );
        assert!(edit.apply(&mut plan).is_err());
        assert_eq!(plan, before);
    }

    #[test]
    fn dirty_flag_follows_undo_to_the_saved_state() {
        let mut plan = plan();
        let mut history: History<()> = History::default();
        let e1 = move_booths(&plan, &[BoothId(1)], 1.0, 0.0).unwrap();
        history.apply(&mut plan, e1, (), ()).unwrap();
        history.mark_saved();
        assert!(!history.is_dirty());
        let e2 = move_booths(&plan, &[BoothId(1)], 1.0, 0.0).unwrap();
        history.apply(&mut plan, e2, (), ()).unwrap();
        assert!(history.is_dirty());
        history.undo(&mut plan).unwrap();
        assert!(!history.is_dirty());
        history.undo(&mut plan).unwrap();
        assert!(history.is_dirty());
        assert_eq!(
            history.redo_step(),
            Some(&Step::MoveBooths(Booths::One("A-001".into())))
        );
    }

    #[test]
    fn assigning_reserves_and_clearing_frees() {
        let mut plan = plan();
        let ex = crate::model::Exhibitor {
            first_launch: true,
            ..crate::model::Exhibitor::new(plan.next_exhibitor_id(), "深度求索")
        };
        Edit::new(
            Step::ImportExhibitors(1),
            vec![Change::PutExhibitor(ex.clone())],
        )
        .apply(&mut plan)
        .unwrap();
        assign_exhibitor(&plan, BoothId(2), Some(ex.id))
            .unwrap()
            .apply(&mut plan)
            .unwrap();
        assert_eq!(
            plan.booth(BoothId(2)).unwrap().status,
            BoothStatus::Reserved
        );
        // The exhibitor cannot be removed while it has a booth.
        assert!(
            Edit::new(
                Step::ImportExhibitors(1),
                vec![Change::RemoveExhibitor(ex.id)]
            )
            .apply(&mut plan)
            .is_err()
        );
        assign_exhibitor(&plan, BoothId(2), None)
            .unwrap()
            .apply(&mut plan)
            .unwrap();
        assert_eq!(
            plan.booth(BoothId(2)).unwrap().status,
            BoothStatus::Available
        );
    }

    #[test]
    fn duplicates_get_fresh_ids_and_numbers() {
        let mut plan = plan();
        let (edit, ids) = duplicate_booths(&plan, &[BoothId(1), BoothId(2)], 0.0, 5.0).unwrap();
        edit.apply(&mut plan).unwrap();
        assert_eq!(ids, vec![BoothId(4), BoothId(5)]);
        assert_eq!(plan.booth(BoothId(5)).unwrap().number, "A-005");
    }
}
