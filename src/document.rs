//! An open plan: the plan itself, its undo history, the rules' report on it (with the
//! spatial index the rules keep), and the file it came from.
//!
//! Every change goes through [`Document::apply`], [`Document::undo`] or
//! [`Document::redo`], so the index and the report can never be stale: after each step
//! only the booths it touched, and their neighbourhood, are checked again.

use crate::edit::{Edit, EditError, History, Reach, venue_places};
use crate::model::Rect;
use crate::model::{BoothId, FloorIndex, Plan};
use crate::rules::{Checker, Report};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

/// The source of revision numbers, shared by all documents, so that a document opened in
/// place of another never repeats one of its revisions (views key caches on them).
static NEXT_REVISION: AtomicU64 = AtomicU64::new(0);

/// A revision number no document has had before.
fn fresh_revision() -> u64 {
    NEXT_REVISION.fetch_add(1, Ordering::Relaxed)
}

/// The booths selected on screen, restored by undo and redo.
pub type Selection = BTreeSet<BoothId>;

/// An open plan with everything kept in step with it.
pub struct Document {
    plan: Plan,
    history: History<Selection>,
    checker: Checker,
    path: Option<PathBuf>,
    revision: u64,
    underlay_revision: u64,
}

impl std::fmt::Debug for Document {
    /// A short summary: the file, the revision and the size of the plan (not the whole
    /// plan, which can hold 74,000 booths).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document")
            .field("path", &self.path)
            .field("revision", &self.revision)
            .field("booths", &self.plan.booths.len())
            .field("dirty", &self.is_dirty())
            .finish_non_exhaustive()
    }
}

impl Document {
    /// Opens `plan`, read from `path` if it came from a file; it counts as saved.
    pub fn new(plan: Plan, path: Option<PathBuf>) -> Self {
        let checker = Checker::new(&plan);
        Self {
            plan,
            history: History::default(),
            checker,
            path,
            revision: fresh_revision(),
            underlay_revision: fresh_revision(),
        }
    }

    /// The plan.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The spatial index of booths and obstacles, current with the plan.
    pub fn index(&self) -> &FloorIndex {
        self.checker.index()
    }

    /// What the rules say about the plan as it is now.
    pub fn report(&self) -> &Report {
        self.checker.report()
    }

    /// The undo history.
    pub fn history(&self) -> &History<Selection> {
        &self.history
    }

    /// The file the plan was read from or last saved to.
    pub fn path(&self) -> Option<&PathBuf> {
        self.path.as_ref()
    }

    /// Changes on every change, and differs between documents (also one opened in place
    /// of another), so views can tell when to rebuild caches.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Changes when the underlay or which of its layers are shown changes (and differs
    /// between documents), so the canvas knows when to index it again.
    pub fn underlay_revision(&self) -> u64 {
        self.underlay_revision
    }

    /// Whether the plan differs from what was last saved.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Counts the plan as unsaved (a new or recovered plan that has no file yet).
    pub fn mark_unsaved(&mut self) {
        self.history.clear_unsaved();
    }

    /// Records that the plan was saved to `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.history.mark_saved();
    }

    /// What an edit about to be applied touches, and for a venue change the places it
    /// touches in the plan as it is now (`None`: anywhere).
    fn reach_of(&self, edit: Option<&Edit>) -> (Reach, Option<Vec<Rect>>) {
        let Some(edit) = edit else {
            return (Reach::default(), Some(Vec::new()));
        };
        let reach = edit.reach();
        let booths_read_it = edit.changes.iter().any(|c| {
            matches!(c, crate::edit::Change::SetSettings(new)
                if new.booth_rules_differ(&self.plan.settings))
        });
        let places = if booths_read_it {
            None
        } else if reach.venue {
            venue_places(&self.plan, &edit.changes, self.no_booth_outside_halls())
        } else {
            // No venue part changes: no place to look at, and no need to scan the
            // findings for booths outside every hall on every booth edit.
            venue_places(&self.plan, &edit.changes, false)
        };
        (reach, places)
    }

    /// Whether the report (as of the last step) has no booth outside every hall: then a
    /// change of one hall's walls or doors reaches only that hall's booths.
    fn no_booth_outside_halls(&self) -> bool {
        !self
            .checker
            .report()
            .findings
            .iter()
            .any(|f| f.code == crate::rules::Code::OutsideHall)
    }

    /// Brings the report up to date after an edit that touched `reach`; `places_before`
    /// are the places its venue changes touched before it was applied.
    fn after_change(
        &mut self,
        edit_after: Option<&Edit>,
        reach: &Reach,
        places_before: Option<Vec<Rect>>,
    ) {
        if reach.venue || reach.settings {
            let local = self.no_booth_outside_halls();
            let after = edit_after.map_or(Some(Vec::new()), |edit| {
                venue_places(&self.plan, &edit.changes, local)
            });
            let places = places_before.zip(after).map(|(mut before, after)| {
                before.extend(after);
                before
            });
            self.checker
                .update_venue(&self.plan, &reach.booths, places.as_deref());
        } else if reach.exhibitors || reach.meta {
            self.checker.update(&self.plan, &reach.booths);
        } else {
            self.checker.update_booths(&self.plan, &reach.booths);
        }
        self.revision = fresh_revision();
        if reach.underlay {
            self.underlay_revision = fresh_revision();
        }
    }

    /// Applies one undoable step.
    pub fn apply(
        &mut self,
        edit: Edit,
        selection_before: Selection,
        selection_after: Selection,
    ) -> Result<(), EditError> {
        let (reach, places) = self.reach_of(Some(&edit));
        let again = edit.clone();
        self.history
            .apply(&mut self.plan, edit, selection_before, selection_after)?;
        self.after_change(Some(&again), &reach, places);
        Ok(())
    }

    /// Undoes the last step; returns the selection from before it (`Ok(None)` when there
    /// is nothing to undo).
    pub fn undo(&mut self) -> Result<Option<Selection>, EditError> {
        let edit = self.history.next_undo().cloned();
        let (reach, places) = self.reach_of(edit.as_ref());
        let selection = self.history.undo(&mut self.plan)?;
        if selection.is_some() {
            self.after_change(edit.as_ref(), &reach, places);
        }
        Ok(selection)
    }

    /// Redoes the last undone step; returns the selection from after it (`Ok(None)` when
    /// there is nothing to redo).
    pub fn redo(&mut self) -> Result<Option<Selection>, EditError> {
        let edit = self.history.next_redo().cloned();
        let (reach, places) = self.reach_of(edit.as_ref());
        let selection = self.history.redo(&mut self.plan)?;
        if selection.is_some() {
            self.after_change(edit.as_ref(), &reach, places);
        }
        Ok(selection)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{add_booth, move_booths};
    use crate::model::{Rect, SectorId};

    #[test]
    fn the_report_follows_edits_undo_and_redo() {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        for x in [10.0, 20.0] {
            let (e, _) = add_booth(&plan, Rect::new(x, 10.0, 3.0, 3.0).unwrap(), SectorId(1));
            e.apply(&mut plan).unwrap();
        }
        let mut doc = Document::new(plan, None);
        let overlaps = |doc: &Document| {
            doc.report()
                .findings
                .iter()
                .filter(|f| f.code == crate::rules::Code::BoothOverlap)
                .count()
        };
        assert_eq!(overlaps(&doc), 0);
        let ids: Vec<BoothId> = doc.plan().booths.iter().map(|b| b.id).collect();
        let onto = move_booths(doc.plan(), &ids[..1], 9.0, 0.0).unwrap();
        doc.apply(onto, Selection::new(), Selection::new()).unwrap();
        assert_eq!(overlaps(&doc), 1, "booth 1 now overlaps booth 2");
        assert_eq!(*doc.report(), crate::rules::validate(doc.plan()));
        assert!(doc.is_dirty());
        let mut revisions = vec![doc.revision()];
        doc.undo().unwrap();
        revisions.push(doc.revision());
        assert_eq!(overlaps(&doc), 0);
        assert!(!doc.is_dirty());
        doc.redo().unwrap();
        revisions.push(doc.revision());
        assert_eq!(*doc.report(), crate::rules::validate(doc.plan()));
        assert!(
            revisions.is_sorted() && revisions[0] < revisions[2],
            "{revisions:?}"
        );
        let other = Document::new(doc.plan().clone(), None);
        assert!(
            !revisions.contains(&other.revision()),
            "a new document, a new revision"
        );
    }

    /// With every hall holding exits and every booth in a hall, a corner move re-checks
    /// only that hall's booths; the report still equals a full pass, also once booths
    /// stand outside (when the re-check goes back to every booth), and after undo.
    #[test]
    fn hall_and_exit_edits_re_check_as_a_full_pass_would() {
        let plan = crate::generate::generate(&crate::generate::GenerateOptions {
            booths: Some(1_500),
            ..Default::default()
        });
        assert!(plan.halls.len() > 1);
        let mut doc = Document::new(plan, None);
        let same = |doc: &Document| {
            assert_eq!(*doc.report(), crate::rules::validate(doc.plan()));
        };
        let hall = doc.plan().halls[0].id;
        let corner = doc.plan().halls[0].outline.corners()[1];
        for (dx, dy) in [(4.0, 0.0), (-30.0, 12.0), (0.0, 0.0)] {
            let to = crate::model::Point::new(corner.x + dx, corner.y + dy);
            if let Ok(edit) = crate::edit::move_hall_corner(doc.plan(), hall, 1, to) {
                doc.apply(edit, Selection::new(), Selection::new()).unwrap();
                same(&doc);
            }
        }
        // Settings only plan-wide figures read, and one every booth reads.
        use crate::model::NumericSetting as N;
        for (setting, value) in [
            (N::CapacityLimit, 10.0),
            (N::OccupantDensity, 3.0),
            (N::MinAisle, 4.5),
        ] {
            let edit = crate::edit::set_setting(doc.plan(), setting, value).unwrap();
            doc.apply(edit, Selection::new(), Selection::new()).unwrap();
            same(&doc);
        }
        let exit = doc.plan().exits[0].id;
        let edit = crate::edit::delete_exit(doc.plan(), exit).unwrap();
        doc.apply(edit, Selection::new(), Selection::new()).unwrap();
        same(&doc);
        while doc.history().can_undo() {
            doc.undo().unwrap();
            same(&doc);
        }
    }
}
