//! Snapping for moves and resizes: to the plan's grid, and to the edges of nearby booths
//! and obstacles when one is within reach (an edge snap wins over the grid).

use crate::model::{BoothId, FloorIndex, Item, Rect};

/// Snaps `value` to the nearest multiple of `step` (no snapping for a non-positive step).
pub fn snap_to_grid(value: f64, step: f64) -> f64 {
    if step > 0.0 {
        (value / step).round() * step
    } else {
        value
    }
}

/// The smallest correction along one axis that brings one of `moving`'s edges onto one
/// of `fixed`'s edges (abutting or aligned), if it is within `tolerance`.
fn edge_correction(moving: (f64, f64), fixed: (f64, f64), tolerance: f64) -> Option<f64> {
    let (m0, m1) = moving;
    let (f0, f1) = fixed;
    [f1 - m0, f0 - m1, f0 - m0, f1 - m1]
        .into_iter()
        .filter(|c| c.abs() <= tolerance)
        .min_by(|a, b| a.abs().total_cmp(&b.abs()))
}

/// The delta to apply to a group of booths whose bounding box was `bbox` before the
/// drag, when the pointer has moved them by (`dx`, `dy`) metres. The group's corner lands
/// on the grid, unless an edge of a nearby booth or obstacle (not one of `moving`) is
/// within `tolerance` metres, in which case the group abuts or aligns with it.
pub fn snap_move(
    index: &FloorIndex,
    moving: &[BoothId],
    bbox: Rect,
    (dx, dy): (f64, f64),
    grid: f64,
    tolerance: f64,
) -> (f64, f64) {
    let mut sx = snap_to_grid(bbox.x() + dx, grid) - bbox.x();
    let mut sy = snap_to_grid(bbox.y() + dy, grid) - bbox.y();
    let Some(moved) = bbox.translated(dx, dy) else {
        return (sx, sy);
    };
    let Some(reach) = moved.expanded(tolerance) else {
        return (sx, sy);
    };
    let mut best_x: Option<f64> = None;
    let mut best_y: Option<f64> = None;
    for (item, other) in index.touching(&reach) {
        if matches!(item, Item::Booth(id) if moving.contains(&id)) {
            continue;
        }
        // Only edges that face each other along the other axis matter.
        let overlaps_y =
            other.y() < moved.max_y() + tolerance && other.max_y() > moved.y() - tolerance;
        let overlaps_x =
            other.x() < moved.max_x() + tolerance && other.max_x() > moved.x() - tolerance;
        if overlaps_y
            && let Some(c) = edge_correction(
                (moved.x(), moved.max_x()),
                (other.x(), other.max_x()),
                tolerance,
            )
            && best_x.is_none_or(|b| c.abs() < b.abs())
        {
            best_x = Some(c);
        }
        if overlaps_x
            && let Some(c) = edge_correction(
                (moved.y(), moved.max_y()),
                (other.y(), other.max_y()),
                tolerance,
            )
            && best_y.is_none_or(|b| c.abs() < b.abs())
        {
            best_y = Some(c);
        }
    }
    if let Some(c) = best_x {
        sx = dx + c;
    }
    if let Some(c) = best_y {
        sy = dy + c;
    }
    (sx, sy)
}

/// Which edges a resize handle moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handle {
    /// -1 moves the west edge, 1 the east edge, 0 neither.
    pub x: i8,
    /// -1 moves the north edge, 1 the south edge, 0 neither.
    pub y: i8,
}

impl Handle {
    /// The eight handles: four corners and four edge midpoints.
    pub const ALL: [Handle; 8] = [
        Handle { x: -1, y: -1 },
        Handle { x: 0, y: -1 },
        Handle { x: 1, y: -1 },
        Handle { x: 1, y: 0 },
        Handle { x: 1, y: 1 },
        Handle { x: 0, y: 1 },
        Handle { x: -1, y: 1 },
        Handle { x: -1, y: 0 },
    ];
}

/// The rectangle after dragging `handle` of `original` by (`dx`, `dy`) metres: moved
/// edges land on the grid, and no side gets shorter than one grid step (or 0.5 m).
pub fn snap_resize(
    original: Rect,
    handle: Handle,
    (dx, dy): (f64, f64),
    grid: f64,
) -> Option<Rect> {
    let min = if grid > 0.0 { grid } else { 0.5 };
    let (mut x0, mut y0, mut x1, mut y1) = (
        original.x(),
        original.y(),
        original.max_x(),
        original.max_y(),
    );
    match handle.x {
        -1 => x0 = snap_to_grid(x0 + dx, grid).min(x1 - min),
        1 => x1 = snap_to_grid(x1 + dx, grid).max(x0 + min),
        _ => {}
    }
    match handle.y {
        -1 => y0 = snap_to_grid(y0 + dy, grid).min(y1 - min),
        1 => y1 = snap_to_grid(y1 + dy, grid).max(y0 + min),
        _ => {}
    }
    Rect::new(x0, y0, x1 - x0, y1 - y0).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Plan, SectorId};

    fn plan_with(rects: &[Rect]) -> Plan {
        let mut plan = Plan::empty("t", 200.0, 200.0).unwrap();
        for r in rects {
            plan.booths
                .push(crate::edit::new_booth(&plan, *r, SectorId(1)));
        }
        plan
    }

    #[test]
    fn grid_snap_rounds_the_corner() {
        let plan = plan_with(&[]);
        let index = FloorIndex::build(&plan);
        let bbox = Rect::new(10.0, 10.0, 3.0, 3.0).unwrap();
        assert_eq!(
            snap_move(&index, &[], bbox, (2.4, -0.6), 1.0, 0.3),
            (2.0, -1.0)
        );
    }

    #[test]
    fn edge_snap_abuts_a_neighbour() {
        let plan = plan_with(&[Rect::new(20.0, 10.0, 3.0, 3.0).unwrap()]);
        let index = FloorIndex::build(&plan);
        let bbox = Rect::new(10.0, 10.0, 3.0, 3.0).unwrap();
        // Dragged to x = 16.8..19.8: the neighbour's west edge at 20 is within reach.
        let (dx, dy) = snap_move(&index, &[], bbox, (6.8, 0.1), 0.5, 0.5);
        assert!((dx - 7.0).abs() < 1e-9, "{dx}");
        assert!(dy.abs() < 1e-9, "{dy}");
    }

    #[test]
    fn resize_snaps_and_keeps_a_minimum() {
        let r = Rect::new(10.0, 10.0, 3.0, 3.0).unwrap();
        let grown = snap_resize(r, Handle { x: 1, y: 1 }, (2.7, 0.2), 1.0).unwrap();
        assert_eq!((grown.w(), grown.h()), (6.0, 3.0));
        let shrunk = snap_resize(r, Handle { x: -1, y: 0 }, (10.0, 0.0), 1.0).unwrap();
        assert_eq!((shrunk.x(), shrunk.w()), (12.0, 1.0));
    }
}
