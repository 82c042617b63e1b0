//! Undo and redo, one user gesture per step, with a cap on depth and a record of which
//! state was last saved.

use super::{Edit, EditError, Step};
use crate::model::Plan;
use std::collections::VecDeque;

/// One applied step: how to redo it, how to undo it, and the selection on either side.
#[derive(Debug, Clone)]
struct Applied<S> {
    /// Identifies the plan state this step leads to.
    state: u64,
    redo: Edit,
    undo: Edit,
    selection_before: S,
    selection_after: S,
}

/// The undo and redo stacks of one plan. `S` is the selection restored with each step.
#[derive(Debug, Clone)]
pub struct History<S> {
    /// Oldest first: the cap drops from the front.
    undo: VecDeque<Applied<S>>,
    redo: Vec<Applied<S>>,
    max_depth: usize,
    /// State of the plan before the oldest step still kept.
    base_state: u64,
    /// State that was last saved (or loaded), if any.
    saved_state: Option<u64>,
    next_state: u64,
}

impl<S: Clone> Default for History<S> {
    fn default() -> Self {
        Self::new(1000)
    }
}

impl<S: Clone> History<S> {
    /// An empty history keeping at most `max_depth` undo steps, the plan counted as saved.
    pub fn new(max_depth: usize) -> Self {
        Self {
            undo: VecDeque::new(),
            redo: Vec::new(),
            max_depth: max_depth.max(1),
            base_state: 0,
            saved_state: Some(0),
            next_state: 1,
        }
    }

    fn current_state(&self) -> u64 {
        self.undo.back().map_or(self.base_state, |s| s.state)
    }

    /// Applies `edit` to the plan as a new step; the redo stack is cleared. An empty edit
    /// is not recorded.
    pub fn apply(
        &mut self,
        plan: &mut Plan,
        edit: Edit,
        selection_before: S,
        selection_after: S,
    ) -> Result<(), EditError> {
        if edit.is_empty() {
            return Ok(());
        }
        let redo = edit.clone();
        let undo = edit.apply(plan)?;
        self.redo.clear();
        let state = self.next_state;
        self.next_state += 1;
        self.undo.push_back(Applied {
            state,
            redo,
            undo,
            selection_before,
            selection_after,
        });
        if self.undo.len() > self.max_depth
            && let Some(dropped) = self.undo.pop_front()
        {
            self.base_state = dropped.state;
        }
        Ok(())
    }

    /// Undoes the last step; returns the selection from before it, `Ok(None)` when there
    /// is nothing to undo. When the plan refuses the undo (it was changed behind the
    /// history's back) the step stays where it was and the error says why.
    pub fn undo(&mut self, plan: &mut Plan) -> Result<Option<S>, EditError> {
        let Some(step) = self.undo.pop_back() else {
            return Ok(None);
        };
        match step.undo.clone().apply(plan) {
            Ok(_) => {
                let selection = step.selection_before.clone();
                self.redo.push(step);
                Ok(Some(selection))
            }
            Err(err) => {
                self.undo.push_back(step);
                Err(err)
            }
        }
    }

    /// Redoes the last undone step; returns the selection from after it, `Ok(None)` when
    /// there is nothing to redo, and the error (keeping the step) when it is refused.
    pub fn redo(&mut self, plan: &mut Plan) -> Result<Option<S>, EditError> {
        let Some(step) = self.redo.pop() else {
            return Ok(None);
        };
        match step.redo.clone().apply(plan) {
            Ok(_) => {
                let selection = step.selection_after.clone();
                self.undo.push_back(step);
                Ok(Some(selection))
            }
            Err(err) => {
                self.redo.push(step);
                Err(err)
            }
        }
    }

    /// The edit the next undo would apply, if any.
    pub fn next_undo(&self) -> Option<&Edit> {
        self.undo.back().map(|s| &s.undo)
    }

    /// The edit the next redo would apply, if any.
    pub fn next_redo(&self) -> Option<&Edit> {
        self.redo.last().map(|s| &s.redo)
    }

    /// What the step Undo would take back did.
    pub fn undo_step(&self) -> Option<&Step> {
        self.undo.back().map(|s| &s.redo.step)
    }

    /// What the step Redo would make again does.
    pub fn redo_step(&self) -> Option<&Step> {
        self.redo.last().map(|s| &s.redo.step)
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Number of steps that can be undone.
    pub fn undo_depth(&self) -> usize {
        self.undo.len()
    }

    /// Records that the plan as it is now has been saved.
    pub fn mark_saved(&mut self) {
        self.saved_state = Some(self.current_state());
    }

    /// Whether the plan differs from what was last saved (undoing back to the saved state
    /// makes it clean again).
    pub fn is_dirty(&self) -> bool {
        self.saved_state != Some(self.current_state())
    }

    /// Forgets every step (after loading another plan); the plan counts as saved.
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.base_state = self.next_state;
        self.next_state += 1;
        self.saved_state = Some(self.base_state);
    }

    /// Forgets every step and counts the plan as unsaved (a new or recovered plan).
    pub fn clear_unsaved(&mut self) {
        self.clear();
        self.saved_state = None;
    }
}
