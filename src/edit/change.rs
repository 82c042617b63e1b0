//! Edits and their inverses.
//!
//! Every part of a plan — booths, exhibitors, halls, sectors, obstacles, exits, the
//! settings and the plan's details — changes only through a [`Change`]; applying one
//! returns the change that undoes it exactly. An [`Edit`] is one undoable step: a
//! [`Step`] saying what it did and its changes, applied all or nothing.

use super::step::Step;
use crate::model::{
    Booth, BoothId, Exhibitor, ExhibitorId, Exit, ExitId, Hall, HallId, Meta, Obstacle, ObstacleId,
    Plan, RangeError, Rect, Sector, SectorId, Settings, Underlay, UnderlayError, booth_side, money,
};
use thiserror::Error;

/// Why an edit was refused. The plan is left exactly as it was.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum EditError {
    /// The edit names a booth that is not in the plan.
    #[error("booth {0} does not exist")]
    NoSuchBooth(BoothId),
    /// The edit names an exhibitor that is not in the plan.
    #[error("exhibitor {0} does not exist")]
    NoSuchExhibitor(ExhibitorId),
    /// The edit names a hall that is not in the plan.
    #[error("hall {0} does not exist")]
    NoSuchHall(HallId),
    /// The edit names an obstacle that is not in the plan.
    #[error("obstacle {0} does not exist")]
    NoSuchObstacle(ObstacleId),
    /// The edit names an exit that is not in the plan.
    #[error("exit {0} does not exist")]
    NoSuchExit(ExitId),
    /// Something would belong to a sector that does not exist.
    #[error("{what} would be in sector {sector}, which does not exist")]
    NoSuchSector {
        /// What refers to it, e.g. "booth 12".
        what: String,
        /// The sector's id.
        sector: u32,
    },
    /// An exhibitor cannot be removed while a booth is assigned to it.
    #[error("exhibitor {exhibitor} still has booth {booth}")]
    ExhibitorInUse {
        /// The exhibitor.
        exhibitor: ExhibitorId,
        /// A booth assigned to it.
        booth: BoothId,
    },
    /// A sector cannot be removed while booths are sold in it or exhibitors ask for it.
    #[error("sector {0} still has booths or exhibitors that ask for it")]
    SectorInUse(SectorId),
    /// A hall cannot be removed while exits are in its walls.
    #[error("hall {0} still has exits")]
    HallInUse(HallId),
    /// The edit names an underlay layer that is not in the plan.
    #[error("the underlay has no layer {0}")]
    NoSuchUnderlayLayer(usize),
    /// An underlay with numbers out of reach or beyond the caps.
    #[error("{0}")]
    BadUnderlay(#[from] UnderlayError),
    /// Settings outside their ranges.
    #[error("setting {field} is out of range: {}", crate::model::compact(*value))]
    BadSetting {
        /// The setting's field name.
        field: &'static str,
        /// The value refused.
        value: f64,
    },
    /// A booth size or price outside its sensible range (see [`crate::model::booth_side`]
    /// and [`crate::model::money`]), which the plan could not be opened with again.
    #[error("{what}: {error}")]
    OutOfRange {
        /// What holds the value, e.g. "booth 12".
        what: String,
        /// The range and the value.
        error: RangeError,
    },
}

/// Checks a booth's sides and price against their ranges.
fn check_booth_ranges(booth: &Booth) -> Result<(), EditError> {
    let what = || format!("booth {}", booth.id);
    let wrap = |error| EditError::OutOfRange {
        what: what(),
        error,
    };
    booth_side("width", booth.rect.w()).map_err(wrap)?;
    booth_side("depth", booth.rect.h()).map_err(wrap)?;
    money("price", booth.price).map_err(wrap)?;
    Ok(())
}

/// Checks the size an exhibitor asks for against the booth side range.
fn check_exhibitor_ranges(exhibitor: &Exhibitor) -> Result<(), EditError> {
    let Some(size) = exhibitor.requested_size else {
        return Ok(());
    };
    let wrap = |error| EditError::OutOfRange {
        what: format!("exhibitor {} requested size", exhibitor.id),
        error,
    };
    booth_side("width", size.w).map_err(wrap)?;
    booth_side("depth", size.h).map_err(wrap)?;
    Ok(())
}

/// One elementary change.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Adds the booth, or replaces the booth with the same id.
    PutBooth(Booth),
    /// Removes a booth.
    RemoveBooth(BoothId),
    /// Adds the exhibitor, or replaces the one with the same id.
    PutExhibitor(Exhibitor),
    /// Removes an exhibitor that no booth points at.
    RemoveExhibitor(ExhibitorId),
    /// Adds the hall, or replaces the one with the same id.
    PutHall(Hall),
    /// Removes a hall that no exit is in.
    RemoveHall(HallId),
    /// Adds the sector, or replaces the one with the same id.
    PutSector(Sector),
    /// Removes a sector no booth is in and no exhibitor asks for.
    RemoveSector(SectorId),
    /// Adds the obstacle, or replaces the one with the same id.
    PutObstacle(Obstacle),
    /// Removes an obstacle.
    RemoveObstacle(ObstacleId),
    /// Adds the exit, or replaces the one with the same id.
    PutExit(Exit),
    /// Removes an exit.
    RemoveExit(ExitId),
    /// Replaces the settings.
    SetSettings(Box<Settings>),
    /// Replaces the plan's details.
    SetMeta(Box<Meta>),
    /// Sets the highest booth number ever handed out in a sector (no rule reads it).
    SetNumberedUpTo(SectorId, u32),
    /// Replaces the underlay (no rule reads it).
    SetUnderlay(Box<Underlay>),
    /// Shows or hides one layer of the underlay, by its place in the list.
    ShowUnderlayLayer {
        /// The layer's index in [`Underlay::layers`].
        layer: usize,
        /// Whether it is drawn.
        visible: bool,
    },
}

/// Puts `item` into the list sorted by `id_of`, replacing the one with its id; returns
/// the item it replaced.
fn put_sorted<T, K: Ord>(items: &mut Vec<T>, item: T, id_of: impl Fn(&T) -> K) -> Option<T> {
    match items.binary_search_by(|x| id_of(x).cmp(&id_of(&item))) {
        Ok(i) => Some(std::mem::replace(&mut items[i], item)),
        Err(i) => {
            items.insert(i, item);
            None
        }
    }
}

/// Takes the item with id `id` out of the list sorted by `id_of`.
fn remove_sorted<T, K: Ord>(items: &mut Vec<T>, id: &K, id_of: impl Fn(&T) -> K) -> Option<T> {
    let i = items.binary_search_by(|x| id_of(x).cmp(id)).ok()?;
    Some(items.remove(i))
}

impl Change {
    /// Applies the change and returns the change that undoes it.
    pub(super) fn apply(self, plan: &mut Plan) -> Result<Change, EditError> {
        match self {
            Change::PutBooth(booth) => {
                check_booth_ranges(&booth)?;
                if plan.sector(booth.sector).is_none() {
                    return Err(EditError::NoSuchSector {
                        what: format!("booth {}", booth.id),
                        sector: booth.sector.0,
                    });
                }
                if let Some(e) = booth.exhibitor
                    && plan.exhibitor(e).is_none()
                {
                    return Err(EditError::NoSuchExhibitor(e));
                }
                let id = booth.id;
                Ok(put_sorted(&mut plan.booths, booth, |b| b.id)
                    .map_or(Change::RemoveBooth(id), Change::PutBooth))
            }
            Change::RemoveBooth(id) => remove_sorted(&mut plan.booths, &id, |b| b.id)
                .map(Change::PutBooth)
                .ok_or(EditError::NoSuchBooth(id)),
            Change::PutExhibitor(exhibitor) => {
                check_exhibitor_ranges(&exhibitor)?;
                if let Some(s) = exhibitor.preferred_sector
                    && plan.sector(s).is_none()
                {
                    return Err(EditError::NoSuchSector {
                        what: format!("exhibitor {}", exhibitor.id),
                        sector: s.0,
                    });
                }
                let id = exhibitor.id;
                Ok(put_sorted(&mut plan.exhibitors, exhibitor, |e| e.id)
                    .map_or(Change::RemoveExhibitor(id), Change::PutExhibitor))
            }
            Change::RemoveExhibitor(id) => {
                plan.exhibitor(id).ok_or(EditError::NoSuchExhibitor(id))?;
                if let Some(b) = plan.booths.iter().find(|b| b.exhibitor == Some(id)) {
                    return Err(EditError::ExhibitorInUse {
                        exhibitor: id,
                        booth: b.id,
                    });
                }
                remove_sorted(&mut plan.exhibitors, &id, |e| e.id)
                    .map(Change::PutExhibitor)
                    .ok_or(EditError::NoSuchExhibitor(id))
            }
            Change::PutHall(hall) => {
                let id = hall.id;
                Ok(put_sorted(&mut plan.halls, hall, |h| h.id)
                    .map_or(Change::RemoveHall(id), Change::PutHall))
            }
            Change::RemoveHall(id) => {
                plan.hall(id).ok_or(EditError::NoSuchHall(id))?;
                if plan.exits.iter().any(|e| e.hall == id) {
                    return Err(EditError::HallInUse(id));
                }
                remove_sorted(&mut plan.halls, &id, |h| h.id)
                    .map(Change::PutHall)
                    .ok_or(EditError::NoSuchHall(id))
            }
            Change::SetNumberedUpTo(id, up_to) => {
                let sector = plan
                    .sectors
                    .iter_mut()
                    .find(|s| s.id == id)
                    .ok_or_else(|| EditError::NoSuchSector {
                        what: "the booth numbering".to_owned(),
                        sector: id.0,
                    })?;
                let before = std::mem::replace(&mut sector.numbered_up_to, up_to);
                Ok(Change::SetNumberedUpTo(id, before))
            }
            Change::PutSector(sector) => {
                let id = sector.id;
                Ok(put_sorted(&mut plan.sectors, sector, |s| s.id)
                    .map_or(Change::RemoveSector(id), Change::PutSector))
            }
            Change::RemoveSector(id) => {
                let in_use = plan.booths.iter().any(|b| b.sector == id)
                    || plan
                        .exhibitors
                        .iter()
                        .any(|e| e.preferred_sector == Some(id));
                let sector = plan.sector(id).map(|s| s.id);
                match sector {
                    None => Err(EditError::NoSuchSector {
                        what: "the edit".to_owned(),
                        sector: id.0,
                    }),
                    Some(_) if in_use => Err(EditError::SectorInUse(id)),
                    Some(_) => remove_sorted(&mut plan.sectors, &id, |s| s.id)
                        .map(Change::PutSector)
                        .ok_or(EditError::SectorInUse(id)),
                }
            }
            Change::PutObstacle(obstacle) => {
                let id = obstacle.id;
                Ok(put_sorted(&mut plan.obstacles, obstacle, |o| o.id)
                    .map_or(Change::RemoveObstacle(id), Change::PutObstacle))
            }
            Change::RemoveObstacle(id) => remove_sorted(&mut plan.obstacles, &id, |o| o.id)
                .map(Change::PutObstacle)
                .ok_or(EditError::NoSuchObstacle(id)),
            Change::PutExit(exit) => {
                if plan.hall(exit.hall).is_none() {
                    return Err(EditError::NoSuchHall(exit.hall));
                }
                let id = exit.id;
                Ok(put_sorted(&mut plan.exits, exit, |e| e.id)
                    .map_or(Change::RemoveExit(id), Change::PutExit))
            }
            Change::RemoveExit(id) => remove_sorted(&mut plan.exits, &id, |e| e.id)
                .map(Change::PutExit)
                .ok_or(EditError::NoSuchExit(id)),
            Change::SetSettings(settings) => {
                if let Some((setting, value)) = settings.out_of_range() {
                    return Err(EditError::BadSetting {
                        field: setting.field(),
                        value,
                    });
                }
                Ok(Change::SetSettings(Box::new(std::mem::replace(
                    &mut plan.settings,
                    *settings,
                ))))
            }
            Change::SetMeta(meta) => Ok(Change::SetMeta(Box::new(std::mem::replace(
                &mut plan.meta,
                *meta,
            )))),
            Change::SetUnderlay(underlay) => {
                underlay.validate()?;
                Ok(Change::SetUnderlay(Box::new(std::mem::replace(
                    &mut plan.underlay,
                    *underlay,
                ))))
            }
            Change::ShowUnderlayLayer { layer, visible } => {
                let shown = plan
                    .underlay
                    .layers
                    .get_mut(layer)
                    .ok_or(EditError::NoSuchUnderlayLayer(layer))?;
                let before = std::mem::replace(&mut shown.visible, visible);
                Ok(Change::ShowUnderlayLayer {
                    layer,
                    visible: before,
                })
            }
        }
    }

    /// The booth this change touches, if any.
    pub fn booth_id(&self) -> Option<BoothId> {
        match self {
            Change::PutBooth(b) => Some(b.id),
            Change::RemoveBooth(id) => Some(*id),
            Change::PutExhibitor(_)
            | Change::RemoveExhibitor(_)
            | Change::PutHall(_)
            | Change::RemoveHall(_)
            | Change::PutSector(_)
            | Change::RemoveSector(_)
            | Change::PutObstacle(_)
            | Change::RemoveObstacle(_)
            | Change::PutExit(_)
            | Change::RemoveExit(_)
            | Change::SetSettings(_)
            | Change::SetMeta(_)
            | Change::SetNumberedUpTo(..)
            | Change::SetUnderlay(_)
            | Change::ShowUnderlayLayer { .. } => None,
        }
    }
}

/// What an edit touches, so that whatever keeps up with the plan (the rules, the views)
/// knows what to look at again.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reach {
    /// The booths added, changed or removed, sorted, without repeats.
    pub booths: Vec<BoothId>,
    /// Whether exhibitors were added, changed or removed.
    pub exhibitors: bool,
    /// Whether halls, sectors, obstacles or exits changed.
    pub venue: bool,
    /// Whether sectors changed (their names appear in findings about booths anywhere).
    pub sectors: bool,
    /// Whether the settings changed.
    pub settings: bool,
    /// Whether the plan's details changed.
    pub meta: bool,
    /// Whether the underlay or what of it is shown changed (no rule reads it).
    pub underlay: bool,
}

impl Reach {
    /// Whether only booths changed (nothing else of the plan).
    pub fn booths_only(&self) -> bool {
        !(self.exhibitors || self.venue || self.settings || self.meta)
    }
}

/// One undoable step: what it did and the changes it makes, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    /// What the step does, for the Edit menu and the status bar.
    pub step: Step,
    /// The changes, applied first to last.
    pub changes: Vec<Change>,
}

impl Edit {
    /// A step with these changes.
    pub fn new(step: Step, changes: Vec<Change>) -> Self {
        Self { step, changes }
    }

    /// Whether the step changes nothing.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// Applies every change, all or nothing, and returns the edit that undoes them. When
    /// one change is refused, those already made are undone and the plan is as before.
    pub fn apply(self, plan: &mut Plan) -> Result<Edit, EditError> {
        let mut inverse = Vec::with_capacity(self.changes.len());
        for change in self.changes {
            match change.apply(plan) {
                Ok(undo) => inverse.push(undo),
                Err(err) => {
                    for undo in inverse.into_iter().rev() {
                        // The inverse of a change just made puts back what was there,
                        // which the plan held a moment ago: it cannot be refused.
                        if let Err(undo_err) = undo.apply(plan) {
                            debug_assert!(false, "undoing a change failed: {undo_err}");
                        }
                    }
                    return Err(err);
                }
            }
        }
        inverse.reverse();
        Ok(Edit {
            step: self.step,
            changes: inverse,
        })
    }

    /// Whether the edit adds, changes or removes an exhibitor.
    pub fn touches_exhibitors(&self) -> bool {
        self.reach().exhibitors
    }

    /// The booths this edit touches (added, changed or removed), without repeats.
    pub fn booth_ids(&self) -> Vec<BoothId> {
        self.reach().booths
    }

    /// What the edit touches.
    pub fn reach(&self) -> Reach {
        let mut reach = Reach::default();
        for change in &self.changes {
            match change {
                Change::PutBooth(b) => reach.booths.push(b.id),
                Change::RemoveBooth(id) => reach.booths.push(*id),
                Change::PutExhibitor(_) | Change::RemoveExhibitor(_) => reach.exhibitors = true,
                Change::PutSector(_) | Change::RemoveSector(_) => {
                    reach.venue = true;
                    reach.sectors = true;
                }
                Change::PutHall(_)
                | Change::RemoveHall(_)
                | Change::PutObstacle(_)
                | Change::RemoveObstacle(_)
                | Change::PutExit(_)
                | Change::RemoveExit(_) => reach.venue = true,
                Change::SetSettings(_) => reach.settings = true,
                Change::SetMeta(_) => reach.meta = true,
                // Only the numbering of new booths reads it.
                Change::SetNumberedUpTo(..) => {}
                Change::SetUnderlay(_) | Change::ShowUnderlayLayer { .. } => {
                    reach.underlay = true;
                }
            }
        }
        reach.booths.sort_unstable();
        reach.booths.dedup();
        reach
    }
}

/// Whether every hall has an exit whose door fits its wall (so that its booths measure
/// to its own doors only).
fn every_hall_has_a_door(plan: &Plan) -> bool {
    plan.halls.iter().all(|h| {
        plan.exits
            .iter()
            .any(|e| e.hall == h.id && e.door(h).is_some())
    })
}

/// The floor a venue change may affect in `plan` as it is now: the boxes of the halls,
/// sector regions and obstacles that `changes` names. Computed before and after an
/// edit, the two together cover the old and new places. `None` when the change may
/// affect booths anywhere: a sector's names appear in findings about booths far from
/// its regions; and a booth outside every hall, or in a hall without a usable exit, is
/// measured to the nearest exit of any hall, so exits (and the walls they stand in)
/// reach everywhere unless `doors_local` — the caller knows that no booth stands outside
/// every hall and every hall has an exit, so each booth measures to its own hall's doors.
pub fn venue_places(plan: &Plan, changes: &[Change], doors_local: bool) -> Option<Vec<Rect>> {
    let doors_local = doors_local && every_hall_has_a_door(plan);
    let exit_hall = |id: ExitId| plan.exits.iter().find(|e| e.id == id).map(|e| e.hall);
    let mut places = Vec::new();
    for change in changes {
        match change {
            // The doors move with the walls: booths anywhere may measure to them.
            Change::PutHall(h) if !doors_local && plan.exits.iter().any(|e| e.hall == h.id) => {
                return None;
            }
            Change::PutHall(h) => {
                places.push(h.bounds());
                places.extend(plan.hall(h.id).map(Hall::bounds));
            }
            Change::RemoveHall(id) => places.extend(plan.hall(*id).map(Hall::bounds)),
            Change::PutSector(_) | Change::RemoveSector(_) => return None,
            Change::PutObstacle(o) => {
                places.push(o.rect);
                places.extend(plan.obstacle(o.id).map(|o| o.rect));
            }
            Change::RemoveObstacle(id) => places.extend(plan.obstacle(*id).map(|o| o.rect)),
            Change::PutExit(_) | Change::RemoveExit(_) if !doors_local => return None,
            Change::PutExit(e) => {
                places.extend(plan.hall(e.hall).map(Hall::bounds));
                places.extend(exit_hall(e.id).and_then(|h| plan.hall(h)).map(Hall::bounds));
            }
            Change::RemoveExit(id) => {
                places.extend(exit_hall(*id).and_then(|h| plan.hall(h)).map(Hall::bounds));
            }
            Change::PutBooth(_)
            | Change::RemoveBooth(_)
            | Change::PutExhibitor(_)
            | Change::RemoveExhibitor(_)
            | Change::SetSettings(_)
            | Change::SetMeta(_)
            | Change::SetNumberedUpTo(..)
            | Change::SetUnderlay(_)
            | Change::ShowUnderlayLayer { .. } => {}
        }
    }
    Some(places)
}
