//! What a view asks the app to do once the frame is drawn. Views never change the plan
//! themselves; the app applies intents in order after drawing.

use super::commands::Command;
use crate::document::Selection;
use crate::edit::Edit;
use crate::model::{BoothId, ExhibitorId, Rect};

/// A request from a view.
#[derive(Debug, Clone)]
pub enum Intent {
    /// Apply one undoable step, then select `selection_after`.
    Apply {
        /// The step.
        edit: Edit,
        /// The selection once it is applied.
        selection_after: Selection,
    },
    /// Change the selection.
    Select(Selection),
    /// Frame this part of the floor on the canvas.
    Frame(Rect),
    /// Run a command.
    Run(Command),
    /// A gesture changed nothing, for this reason (shown in the status bar).
    Refused(String),
}

/// A booth being dragged from the palette onto the floor: its size in metres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NewBoothPayload {
    /// Width, metres.
    pub w: f64,
    /// Depth, metres.
    pub h: f64,
}

/// An exhibitor being dragged: from the exhibitor list onto a booth or the floor, or taken
/// off a booth (from the inspector or a placed exhibitor's row) to move or unassign it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExhibitorPayload {
    /// The exhibitor.
    pub exhibitor: ExhibitorId,
    /// The booth it is taken from: dropped on another booth it moves there, dropped on
    /// the exhibitor list it leaves this booth.
    pub from_booth: Option<BoothId>,
}
