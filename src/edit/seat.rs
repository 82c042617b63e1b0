//! Seating an exhibitor: on a booth, or in a new booth of the size it asked for, taken
//! off the booth it came from in the same step. The sale travels with the exhibitor: the
//! booth it leaves becomes available and the booth it lands on takes the sale's status
//! (sold stays sold, reserved stays reserved), so a move never silently rewrites a sale.

use super::{Change, Edit, Step, assign_exhibitor, new_booth};
use crate::model::{Booth, BoothId, BoothStatus, ExhibitorId, Plan, Rect, SectorId};

/// Where an exhibitor is put.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Seat {
    /// On this booth (replacing whoever is on it).
    Booth(BoothId),
    /// In a new booth here, in this sector.
    NewBooth(Rect, SectorId),
}

/// The status the sale has on the booth it lands on: what it had on the booth it left
/// (on hold becomes reserved: a placed exhibitor is at least reserved), else reserved
/// for a booth that was free, else the booth's own.
fn landing_status(left: Option<&Booth>, target: Option<&Booth>) -> BoothStatus {
    match (left.map(|b| b.status), target.map(|b| b.status)) {
        (Some(BoothStatus::Sold), _) => BoothStatus::Sold,
        (Some(_), _) => BoothStatus::Reserved,
        (None, None | Some(BoothStatus::Available | BoothStatus::OnHold)) => BoothStatus::Reserved,
        (None, Some(kept)) => kept,
    }
}

/// Puts `exhibitor` on `seat`, taking it off booth `from` (if it comes from one) in one
/// step. Returns the edit and the booth it now stands on; `None` when nothing would
/// change (dropped back on its own booth) or something is not in the plan.
pub fn seat_exhibitor(
    plan: &Plan,
    exhibitor: ExhibitorId,
    from: Option<BoothId>,
    seat: Seat,
) -> Option<(Edit, BoothId)> {
    let who = plan.exhibitor(exhibitor)?;
    let left = from
        .and_then(|id| plan.booth(id))
        .filter(|b| b.exhibitor == Some(exhibitor));
    if let (Seat::Booth(target), Some(left)) = (seat, left)
        && target == left.id
    {
        return None;
    }
    let mut changes = Vec::new();
    if let Some(left) = left {
        changes.extend(assign_exhibitor(plan, left.id, None)?.changes);
    }
    let (booth, plain_step) = match seat {
        Seat::Booth(id) => {
            let target = plan.booth(id)?;
            let step = Step::Assign {
                exhibitor: who.name.clone(),
                booth: target.number.clone(),
            };
            let booth = Booth {
                exhibitor: Some(exhibitor),
                status: landing_status(left, Some(target)),
                ..target.clone()
            };
            (booth, step)
        }
        Seat::NewBooth(rect, sector) => {
            let fresh = new_booth(plan, rect, sector);
            let step = Step::PlaceInNewBooth {
                exhibitor: who.name.clone(),
                booth: fresh.number.clone(),
            };
            let booth = Booth {
                exhibitor: Some(exhibitor),
                status: landing_status(left, None),
                ..fresh
            };
            (booth, step)
        }
    };
    let step = match left {
        Some(left) => Step::MoveExhibitor {
            exhibitor: who.name.clone(),
            from: left.number.clone(),
            to: booth.number.clone(),
            status: booth.status,
        },
        None => plain_step,
    };
    let id = booth.id;
    changes.push(Change::PutBooth(booth));
    Some((Edit::new(step, changes), id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Exhibitor;
    use crate::text::Lang;

    /// Booths A-001 (sold to exhibitor 1) and A-002 (available), exhibitor 2 unplaced.
    fn plan() -> Plan {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        for x in [10.0, 20.0] {
            let (e, _) =
                super::super::add_booth(&plan, Rect::new(x, 10.0, 3.0, 3.0).unwrap(), SectorId(1));
            e.apply(&mut plan).unwrap();
        }
        plan.exhibitors.push(Exhibitor::new(ExhibitorId(1), "Acme"));
        plan.exhibitors.push(Exhibitor::new(ExhibitorId(2), "Blue"));
        let sold = plan.booth_mut(BoothId(1)).unwrap();
        sold.exhibitor = Some(ExhibitorId(1));
        sold.status = BoothStatus::Sold;
        plan
    }

    fn applied(plan: &Plan, edit: Edit) -> Plan {
        let mut after = plan.clone();
        edit.apply(&mut after).unwrap();
        after
    }

    #[test]
    fn a_sold_exhibitor_moved_to_another_booth_stays_sold_and_the_label_says_so() {
        let plan = plan();
        let (edit, id) = seat_exhibitor(
            &plan,
            ExhibitorId(1),
            Some(BoothId(1)),
            Seat::Booth(BoothId(2)),
        )
        .unwrap();
        assert_eq!(id, BoothId(2));
        assert_eq!(
            edit.step.text(Lang::En),
            "move of Acme from booth A-001 (now available) to booth A-002 (now sold)"
        );
        let after = applied(&plan, edit);
        let (old, new) = (
            after.booth(BoothId(1)).unwrap(),
            after.booth(BoothId(2)).unwrap(),
        );
        assert_eq!((old.exhibitor, old.status), (None, BoothStatus::Available));
        assert_eq!(
            (new.exhibitor, new.status),
            (Some(ExhibitorId(1)), BoothStatus::Sold)
        );
    }

    #[test]
    fn an_exhibitor_from_the_list_reserves_a_free_booth_or_a_new_one() {
        let plan = plan();
        let (edit, _) =
            seat_exhibitor(&plan, ExhibitorId(2), None, Seat::Booth(BoothId(2))).unwrap();
        assert_eq!(
            edit.step.text(Lang::En),
            "assignment of Blue to booth A-002"
        );
        let after = applied(&plan, edit);
        assert_eq!(
            after.booth(BoothId(2)).unwrap().status,
            BoothStatus::Reserved
        );
        let rect = Rect::new(50.0, 50.0, 6.0, 3.0).unwrap();
        let (edit, id) = seat_exhibitor(
            &plan,
            ExhibitorId(2),
            None,
            Seat::NewBooth(rect, SectorId(1)),
        )
        .unwrap();
        let after = applied(&plan, edit);
        let new = after.booth(id).unwrap();
        assert_eq!(
            (new.rect, new.exhibitor, new.status),
            (rect, Some(ExhibitorId(2)), BoothStatus::Reserved)
        );
    }

    #[test]
    fn dropping_an_exhibitor_back_on_its_own_booth_changes_nothing() {
        let plan = plan();
        assert!(
            seat_exhibitor(
                &plan,
                ExhibitorId(1),
                Some(BoothId(1)),
                Seat::Booth(BoothId(1))
            )
            .is_none()
        );
    }
}
