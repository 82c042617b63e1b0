//! Drawing a shape, shared by the hall and region tools: drag for a rectangle, or click
//! corner after corner and close on the first one (or double-click, or Enter).
//! Backspace takes back the last corner.

use super::{ToolCtx, ToolInput};
use crate::model::{Point, Rect};
use crate::text::Lang;

/// A shape being drawn.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum ShapeDraft {
    /// Nothing drawn yet.
    #[default]
    Idle,
    /// Dragging a rectangle from `start` to `end` (both snapped).
    Dragging {
        /// Where the drag started.
        start: Point,
        /// Where the pointer is.
        end: Point,
    },
    /// Clicking corners.
    Clicking {
        /// The corners placed so far.
        corners: Vec<Point>,
        /// Where the next corner would go (snapped).
        next: Point,
    },
}

impl ShapeDraft {
    /// The status bar's hint while corners are being clicked, the same for every shape.
    pub const fn clicking_hint(lang: Lang) -> &'static str {
        lang.pick(
            "Click the next corner · click the first corner, double-click or Enter to close · Backspace takes one back · Esc aborts",
            "单击下一个角点 · 单击第一个角点、双击或回车闭合 · 退格撤回一点 · Esc 取消",
        )
    }

    /// Whether a shape is being drawn.
    pub fn busy(&self) -> bool {
        !matches!(self, ShapeDraft::Idle)
    }

    /// Reads one frame of input; returns the corners of a finished shape.
    pub fn update(&mut self, ctx: &ToolCtx<'_>, input: &ToolInput) -> Option<Vec<Point>> {
        match self {
            ShapeDraft::Idle => {
                if let Some(p) = input.pressed {
                    let start = ctx.snap(p, &[]).at;
                    *self = ShapeDraft::Dragging { start, end: start };
                } else if let Some(p) = input.clicked {
                    let first = ctx.snap(p, &[]).at;
                    *self = ShapeDraft::Clicking {
                        corners: vec![first],
                        next: first,
                    };
                }
                None
            }
            ShapeDraft::Dragging { start, end } => {
                if let Some(p) = input.at {
                    *end = ctx.snap(p, &[]).at;
                }
                if input.released || !input.dragging {
                    let corners = Rect::from_corners(*start, *end).map(rect_corners);
                    *self = ShapeDraft::Idle;
                    return corners;
                }
                None
            }
            ShapeDraft::Clicking { corners, next } => {
                if let Some(p) = input.at {
                    *next = ctx.snap(p, corners).at;
                }
                if input.backspace {
                    corners.pop();
                    if corners.is_empty() {
                        *self = ShapeDraft::Idle;
                    }
                    return None;
                }
                // A double click closes the shape only where it repeats the last
                // corner: two quick clicks on two corners are two corners.
                let mut closing = input.enter;
                if let Some(p) = input.clicked {
                    let at = ctx.snap(p, corners).at;
                    let on_first = corners.first() == Some(&at);
                    if on_first && corners.len() >= 3 {
                        return Some(std::mem::take(self).into_corners());
                    }
                    let repeated = corners.last() == Some(&at);
                    closing |= repeated && input.double_clicked;
                    if !repeated && !on_first {
                        corners.push(at);
                    }
                }
                if closing && corners.len() >= 3 {
                    return Some(std::mem::take(self).into_corners());
                }
                None
            }
        }
    }

    /// The corners drawn so far and the one that would come next: what the preview shows.
    pub fn preview(&self) -> Option<Vec<Point>> {
        match self {
            ShapeDraft::Idle => None,
            ShapeDraft::Dragging { start, end } => Some(
                Rect::from_corners(*start, *end)
                    .map(rect_corners)
                    .unwrap_or_else(|| vec![*start, *end]),
            ),
            ShapeDraft::Clicking { corners, next } => {
                let mut all = corners.clone();
                if all.last() != Some(next) && all.first() != Some(next) {
                    all.push(*next);
                }
                Some(all)
            }
        }
    }

    /// The rectangle being dragged, if one is.
    pub fn dragged_rect(&self) -> Option<Rect> {
        match self {
            ShapeDraft::Dragging { start, end } => Rect::from_corners(*start, *end),
            ShapeDraft::Idle | ShapeDraft::Clicking { .. } => None,
        }
    }

    fn into_corners(self) -> Vec<Point> {
        match self {
            ShapeDraft::Clicking { corners, .. } => corners,
            ShapeDraft::Idle | ShapeDraft::Dragging { .. } => Vec::new(),
        }
    }
}

/// The corners of a rectangle, clockwise on screen from its north-west corner.
pub fn rect_corners(r: Rect) -> Vec<Point> {
    vec![
        r.min(),
        Point::new(r.max_x(), r.y()),
        Point::new(r.max_x(), r.max_y()),
        Point::new(r.x(), r.max_y()),
    ]
}
