//! The select tool: click to select booths, drag them to move them, drag a handle of one
//! selected booth to resize it, drag on empty floor for a selection rectangle. Its state
//! is the canvas's [`Gesture`].

use super::super::{CanvasFrame, CanvasState, Gesture, style};
use crate::document::{Document, Selection};
use crate::edit::{self, Handle};
use crate::model::{Booth, BoothId, Item, Point, Rect};
use crate::ui::canvas::paint::FloorPainter;
use crate::ui::intent::Intent;
use egui::{PointerButton, Pos2, Stroke};

/// Pointer distance, in screen points, within which a resize handle is grabbed.
const HANDLE_REACH_PX: f32 = 7.0;
/// Pointer distance, in screen points, within which moves snap to nearby edges.
const SNAP_REACH_PX: f32 = 8.0;
/// A booth smaller than this on screen (either side, points) shows no handles at all: a
/// press anywhere on it moves it.
const HANDLES_MIN_PX: f32 = 24.0;
/// A booth smaller than this on screen shows only its four corner handles, so that the
/// middle of each side stays free for moving it.
const SIDE_HANDLES_MIN_PX: f32 = 56.0;

/// The booth under a world point: the smallest one when several overlap.
pub fn booth_at(doc: &Document, p: Point) -> Option<BoothId> {
    doc.index()
        .at_point(p)
        .filter_map(|item| match item {
            Item::Booth(id) => doc.plan().booth(id),
            Item::Obstacle(_) => None,
        })
        .min_by(|a, b| a.rect.area().total_cmp(&b.rect.area()))
        .map(|b| b.id)
}

/// The resize handles of a rectangle that are shown at this size on screen, with their
/// screen positions: all eight on a large booth, the corners on a small one, none on a
/// booth too small to hold them clear of its middle.
pub fn handle_positions(
    view: &super::super::Viewport,
    screen: egui::Rect,
    rect: &Rect,
) -> Vec<(Handle, Pos2)> {
    let r = view.screen_rect_from_world(screen, rect);
    let side = r.width().min(r.height());
    if side < HANDLES_MIN_PX {
        return Vec::new();
    }
    Handle::ALL
        .into_iter()
        .filter(|h| side >= SIDE_HANDLES_MIN_PX || (h.x != 0 && h.y != 0))
        .map(|h| {
            let x = match h.x {
                -1 => r.left(),
                1 => r.right(),
                _ => r.center().x,
            };
            let y = match h.y {
                -1 => r.top(),
                1 => r.bottom(),
                _ => r.center().y,
            };
            (h, Pos2::new(x, y))
        })
        .collect()
}

/// The single selected booth whose handles are shown, if it can be resized.
fn resizable_booth<'a>(doc: &'a Document, selection: &Selection) -> Option<&'a Booth> {
    match selection.iter().collect::<Vec<_>>().as_slice() {
        [one] => doc.plan().booth(**one).filter(|b| !b.locked),
        _ => None,
    }
}

/// Whether `rect` would sit on another booth (not one of `moving`) or an obstacle.
pub fn collides(doc: &Document, rect: &Rect, moving: &[BoothId]) -> bool {
    doc.index().touching(rect).any(|(item, other)| {
        !matches!(item, Item::Booth(id) if moving.contains(&id)) && rect.overlaps(&other)
    })
}

/// Clicks, drags of booths and handles, and the selection rectangle.
pub fn interact(frame: &CanvasFrame<'_>, state: &mut CanvasState, intents: &mut Vec<Intent>) {
    let (ui, response, doc, selection) = (frame.ui, frame.response, frame.doc, frame.selection);
    let shift = ui.input(|i| i.modifiers.shift);
    let grid = doc.plan().settings.grid_step_m;
    if response.clicked() {
        let hit = state
            .pointer_world
            .or_else(|| {
                response
                    .interact_pointer_pos()
                    .map(|p| frame.world(&state.view, p))
            })
            .and_then(|p| booth_at(doc, p));
        let mut next = if shift {
            selection.clone()
        } else {
            Selection::new()
        };
        if let Some(id) = hit
            && !(shift && next.remove(&id))
        {
            next.insert(id);
        }
        if next != *selection {
            intents.push(Intent::Select(next));
        }
    }
    if response.drag_started_by(PointerButton::Primary) && matches!(state.gesture, Gesture::Idle) {
        let Some(origin) = ui.input(|i| i.pointer.press_origin()) else {
            return;
        };
        state.gesture = start_drag(frame, state, origin, shift, intents);
    }
    let Some(pos) = ui.input(|i| i.pointer.interact_pos()) else {
        return;
    };
    let here = frame.world(&state.view, pos);
    let snap_reach = state.view.metres(SNAP_REACH_PX);
    match &mut state.gesture {
        Gesture::Moving {
            ids,
            bbox,
            grab,
            delta,
        } => {
            let raw = (here.x - grab.x, here.y - grab.y);
            *delta = edit::snap_move(doc.index(), ids, *bbox, raw, grid, snap_reach);
        }
        Gesture::Resizing {
            handle,
            original,
            grab,
            preview,
            ..
        } => {
            let raw = (here.x - grab.x, here.y - grab.y);
            if let Some(r) = edit::snap_resize(*original, *handle, raw, grid) {
                *preview = r;
            }
        }
        Gesture::Marquee { end, .. } => *end = here,
        Gesture::Idle | Gesture::Panning | Gesture::Cancelled => {}
    }
    if response.drag_stopped() || !ui.input(|i| i.pointer.any_down()) {
        finish_drag(doc, selection, state, intents);
    }
}

/// Decides what a primary drag starting at screen point `origin` does.
fn start_drag(
    frame: &CanvasFrame<'_>,
    state: &CanvasState,
    origin: Pos2,
    shift: bool,
    intents: &mut Vec<Intent>,
) -> Gesture {
    let (doc, selection) = (frame.doc, frame.selection);
    let grab = frame.world(&state.view, origin);
    if let Some(booth) = resizable_booth(doc, selection) {
        let handles = handle_positions(&state.view, frame.screen, &booth.rect);
        if let Some((handle, _)) = handles
            .iter()
            .filter(|(_, p)| p.distance(origin) <= HANDLE_REACH_PX)
            .min_by(|a, b| a.1.distance(origin).total_cmp(&b.1.distance(origin)))
        {
            return Gesture::Resizing {
                id: booth.id,
                handle: *handle,
                original: booth.rect,
                grab,
                preview: booth.rect,
            };
        }
    }
    match booth_at(doc, grab) {
        Some(id) => {
            let mut moving = selection.clone();
            if !moving.contains(&id) {
                moving = if shift { moving } else { Selection::new() };
                moving.insert(id);
                intents.push(Intent::Select(moving.clone()));
            }
            let booths: Vec<&Booth> = moving
                .iter()
                .filter_map(|id| doc.plan().booth(*id))
                .filter(|b| !b.locked)
                .collect();
            let Some(bbox) = booths.iter().map(|b| b.rect).reduce(|a, b| a.union(&b)) else {
                return Gesture::Cancelled;
            };
            Gesture::Moving {
                ids: booths.iter().map(|b| b.id).collect(),
                bbox,
                grab,
                delta: (0.0, 0.0),
            }
        }
        None => Gesture::Marquee {
            start: grab,
            end: grab,
            additive: shift,
        },
    }
}

/// Ends a drag: one edit for a move or resize, a new selection for a rectangle.
fn finish_drag(
    doc: &Document,
    selection: &Selection,
    state: &mut CanvasState,
    intents: &mut Vec<Intent>,
) {
    match std::mem::take(&mut state.gesture) {
        Gesture::Moving { ids, delta, .. } => {
            if let Some(edit) = edit::move_booths(doc.plan(), &ids, delta.0, delta.1) {
                intents.push(Intent::Apply {
                    edit,
                    selection_after: selection.clone(),
                });
            }
        }
        Gesture::Resizing { id, preview, .. } => {
            if let Some(edit) = edit::set_booth_rect(doc.plan(), id, preview, edit::Reshape::Resize)
            {
                intents.push(Intent::Apply {
                    edit,
                    selection_after: selection.clone(),
                });
            }
        }
        Gesture::Marquee {
            start,
            end,
            additive,
        } => {
            let mut next = if additive {
                selection.clone()
            } else {
                Selection::new()
            };
            if let Some(area) = Rect::from_corners(start, end) {
                next.extend(doc.index().booths_touching(&area).filter(|id| {
                    doc.plan()
                        .booth(*id)
                        .is_some_and(|b| area.contains_rect(&b.rect))
                }));
            }
            intents.push(Intent::Select(next));
        }
        Gesture::Panning => state.gesture = Gesture::Panning,
        Gesture::Idle | Gesture::Cancelled => {}
    }
}

/// Selection outlines and, for one booth, its resize handles.
pub fn paint_selection(
    floor: &FloorPainter<'_>,
    doc: &Document,
    selection: &Selection,
    state: &CanvasState,
) {
    for id in selection {
        if let Some(b) = doc.plan().booth(*id) {
            let rect = state.gesture.preview_rect(*id, &b.rect).unwrap_or(b.rect);
            floor.outline(&rect, Stroke::new(2.5, style::SELECTED));
        }
    }
    if let Some(booth) = resizable_booth(doc, selection)
        && !matches!(state.gesture, Gesture::Moving { .. })
    {
        let rect = state
            .gesture
            .preview_rect(booth.id, &booth.rect)
            .unwrap_or(booth.rect);
        for (_, p) in handle_positions(&state.view, floor.screen, &rect) {
            let r = egui::Rect::from_center_size(p, egui::vec2(7.0, 7.0));
            floor.painter.rect_filled(r, 1.0, egui::Color32::WHITE);
            floor.painter.rect_stroke(
                r,
                1.0,
                Stroke::new(1.5, style::SELECTED),
                egui::StrokeKind::Middle,
            );
        }
    }
}

/// The preview of a move or resize: the booths where they would go, red where they
/// would land on another booth or an obstacle; and the selection rectangle.
pub fn paint_gesture(floor: &FloorPainter<'_>, doc: &Document, state: &CanvasState) {
    let moving: &[BoothId] = match &state.gesture {
        Gesture::Moving { ids, .. } => ids,
        Gesture::Resizing { id, .. } => std::slice::from_ref(id),
        Gesture::Idle | Gesture::Panning | Gesture::Marquee { .. } | Gesture::Cancelled => &[],
    };
    let previews: Vec<(&Booth, Rect)> = moving
        .iter()
        .filter_map(|id| doc.plan().booth(*id))
        .filter_map(|b| state.gesture.preview_rect(b.id, &b.rect).map(|r| (b, r)))
        .collect();
    let preview_booths: Vec<Booth> = previews
        .iter()
        .map(|(b, r)| Booth {
            rect: *r,
            ..(*b).clone()
        })
        .collect();
    floor.paint_booths(
        preview_booths
            .iter()
            .map(|b| (floor.to_screen(&b.rect), state.looks.of(doc.plan(), b))),
    );
    floor.paint_labels(preview_booths.iter().map(|b| (b, floor.to_screen(&b.rect))));
    for (_, rect) in &previews {
        if collides(doc, rect, moving) {
            floor.fill(rect, style::ERROR_FILL);
            floor.outline(rect, Stroke::new(2.5, style::ERROR));
        }
    }
    if let Gesture::Moving {
        ids, bbox, delta, ..
    } = &state.gesture
        && let Some(moved) = bbox.translated(delta.0, delta.1)
    {
        paint_snap_guides(floor, doc, ids, &moved);
        let text = format!(
            "Δ {}, {}",
            super::preview::metres(delta.0),
            super::preview::metres(delta.1)
        );
        super::preview::label(floor, moved.max(), &text, style::SELECTED);
    }
    if let Gesture::Marquee { start, end, .. } = state.gesture
        && let Some(area) = Rect::from_corners(start, end)
    {
        floor.fill(&area, style::MARQUEE_FILL);
        floor.outline(&area, Stroke::new(1.0, style::SELECTED));
    }
}

/// Guide lines where an edge of the moved group lines up with an edge of a booth or
/// obstacle nearby: what the move snapped to, as CAD tools show it.
fn paint_snap_guides(floor: &FloorPainter<'_>, doc: &Document, moving: &[BoothId], moved: &Rect) {
    let reach = floor.view.metres(40.0);
    let Some(around) = moved.expanded(reach) else {
        return;
    };
    let same = |a: f64, b: f64| (a - b).abs() < 1e-6;
    let stroke = Stroke::new(1.0, style::HOVERED);
    for (item, other) in doc.index().touching(&around) {
        if matches!(item, Item::Booth(id) if moving.contains(&id)) {
            continue;
        }
        let span = moved.union(&other);
        for x in [moved.x(), moved.max_x()] {
            if same(x, other.x()) || same(x, other.max_x()) {
                let a = floor.point(Point::new(x, span.y()));
                let b = floor.point(Point::new(x, span.max_y()));
                floor.painter.line_segment([a, b], stroke);
            }
        }
        for y in [moved.y(), moved.max_y()] {
            if same(y, other.y()) || same(y, other.max_y()) {
                let a = floor.point(Point::new(span.x(), y));
                let b = floor.point(Point::new(span.max_x(), y));
                floor.painter.line_segment([a, b], stroke);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::canvas::Viewport;

    fn handles_at(scale: f64) -> usize {
        let screen = egui::Rect::from_min_size(Pos2::ZERO, egui::vec2(800.0, 600.0));
        let view = Viewport {
            center: Point::new(0.0, 0.0),
            scale,
        };
        let booth = Rect::new(0.0, 0.0, 3.0, 3.0).unwrap();
        handle_positions(&view, screen, &booth).len()
    }

    /// A 3 × 3 m booth at an ordinary hall zoom (4–5 px/m) has no handles, so a drag on
    /// it moves it; close up it has its corners, then all eight.
    #[test]
    fn handles_never_cover_a_small_booth() {
        assert_eq!(handles_at(4.5), 0);
        assert_eq!(handles_at(12.0), 4);
        assert_eq!(handles_at(30.0), 8);
    }
}
