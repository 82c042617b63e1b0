//! What the pointer is doing on the canvas: a small state machine. Nothing here changes
//! the plan: a gesture ends by handing one [`Edit`](crate::edit::Edit) to the app.

use crate::edit::Handle;
use crate::model::{BoothId, Point, Rect};

/// The gesture in progress.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Gesture {
    /// Nothing: hovering shows details, a click selects.
    #[default]
    Idle,
    /// Dragging the view with the middle or right button, or with space held.
    Panning,
    /// Dragging the selected booths.
    Moving {
        /// The booths being moved (locked ones left out).
        ids: Vec<BoothId>,
        /// Their bounding box before the drag.
        bbox: Rect,
        /// Where the drag started, in metres.
        grab: Point,
        /// The snapped offset so far, in metres.
        delta: (f64, f64),
    },
    /// Dragging a resize handle of one booth.
    Resizing {
        /// The booth.
        id: BoothId,
        /// Which handle.
        handle: Handle,
        /// The booth before the drag.
        original: Rect,
        /// Where the drag started, in metres.
        grab: Point,
        /// The snapped rectangle so far.
        preview: Rect,
    },
    /// Drawing a selection rectangle on empty floor.
    Marquee {
        /// Where it started.
        start: Point,
        /// Where the pointer is.
        end: Point,
        /// Shift was held: add to the selection instead of replacing it.
        additive: bool,
    },
    /// Esc was pressed during a drag: everything is back where it was; waiting for the
    /// button to be released.
    Cancelled,
}

impl Gesture {
    /// Whether a drag is under way (Esc then cancels it rather than clearing the
    /// selection).
    pub fn is_active(&self) -> bool {
        !matches!(self, Gesture::Idle)
    }

    /// The booths drawn as a preview rather than where they are, sorted by id.
    pub fn previewed_ids(&self) -> Vec<BoothId> {
        let mut ids = match self {
            Gesture::Moving { ids, .. } => ids.clone(),
            Gesture::Resizing { id, .. } => vec![*id],
            _ => Vec::new(),
        };
        ids.sort_unstable();
        ids
    }

    /// The offset of booth `id` in the preview, if it is being moved.
    pub fn preview_rect(&self, id: BoothId, rect: &Rect) -> Option<Rect> {
        match self {
            Gesture::Moving { ids, delta, .. } if ids.contains(&id) => {
                rect.translated(delta.0, delta.1)
            }
            Gesture::Resizing {
                id: resized,
                preview,
                ..
            } if *resized == id => Some(*preview),
            _ => None,
        }
    }
}
