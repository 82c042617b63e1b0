//! Edits and their inverses.

use crate::model::{Booth, BoothId, Exhibitor, ExhibitorId, Plan};
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
    /// A booth would belong to a sector that does not exist.
    #[error("booth {booth} would be in sector {sector}, which does not exist")]
    NoSuchSector {
        /// The booth.
        booth: BoothId,
        /// Its sector id.
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
}

impl Change {
    /// Applies the change and returns the change that undoes it.
    fn apply(self, plan: &mut Plan) -> Result<Change, EditError> {
        match self {
            Change::PutBooth(booth) => {
                if plan.sector(booth.sector).is_none() {
                    return Err(EditError::NoSuchSector {
                        booth: booth.id,
                        sector: booth.sector.0,
                    });
                }
                if let Some(e) = booth.exhibitor
                    && plan.exhibitor(e).is_none()
                {
                    return Err(EditError::NoSuchExhibitor(e));
                }
                match plan.booths.binary_search_by_key(&booth.id, |b| b.id) {
                    Ok(i) => Ok(Change::PutBooth(std::mem::replace(
                        &mut plan.booths[i],
                        booth,
                    ))),
                    Err(i) => {
                        let id = booth.id;
                        plan.booths.insert(i, booth);
                        Ok(Change::RemoveBooth(id))
                    }
                }
            }
            Change::RemoveBooth(id) => {
                let i = plan.booth_index(id).ok_or(EditError::NoSuchBooth(id))?;
                Ok(Change::PutBooth(plan.booths.remove(i)))
            }
            Change::PutExhibitor(exhibitor) => {
                match plan
                    .exhibitors
                    .binary_search_by_key(&exhibitor.id, |e| e.id)
                {
                    Ok(i) => Ok(Change::PutExhibitor(std::mem::replace(
                        &mut plan.exhibitors[i],
                        exhibitor,
                    ))),
                    Err(i) => {
                        let id = exhibitor.id;
                        plan.exhibitors.insert(i, exhibitor);
                        Ok(Change::RemoveExhibitor(id))
                    }
                }
            }
            Change::RemoveExhibitor(id) => {
                let i = plan
                    .exhibitor_index(id)
                    .ok_or(EditError::NoSuchExhibitor(id))?;
                if let Some(b) = plan.booths.iter().find(|b| b.exhibitor == Some(id)) {
                    return Err(EditError::ExhibitorInUse {
                        exhibitor: id,
                        booth: b.id,
                    });
                }
                Ok(Change::PutExhibitor(plan.exhibitors.remove(i)))
            }
        }
    }

    /// The booth this change touches, if any.
    pub fn booth_id(&self) -> Option<BoothId> {
        match self {
            Change::PutBooth(b) => Some(b.id),
            Change::RemoveBooth(id) => Some(*id),
            Change::PutExhibitor(_) | Change::RemoveExhibitor(_) => None,
        }
    }
}

/// One undoable step: a label for the Edit menu and the changes it makes, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    /// What the step does, e.g. "move of 3 booths" (the menu says "Undo move of 3 booths").
    pub label: String,
    /// The changes, applied first to last.
    pub changes: Vec<Change>,
}

impl Edit {
    /// A step with this label and these changes.
    pub fn new(label: impl Into<String>, changes: Vec<Change>) -> Self {
        Self {
            label: label.into(),
            changes,
        }
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
                        // Undoing a change just made cannot fail.
                        let _ = undo.apply(plan);
                    }
                    return Err(err);
                }
            }
        }
        inverse.reverse();
        Ok(Edit {
            label: self.label,
            changes: inverse,
        })
    }

    /// Whether the edit adds, changes or removes an exhibitor (otherwise it changes
    /// booths only).
    pub fn touches_exhibitors(&self) -> bool {
        self.changes
            .iter()
            .any(|c| matches!(c, Change::PutExhibitor(_) | Change::RemoveExhibitor(_)))
    }

    /// The booths this edit touches (added, changed or removed), without repeats.
    pub fn booth_ids(&self) -> Vec<BoothId> {
        let mut ids: Vec<BoothId> = self.changes.iter().filter_map(Change::booth_id).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}
