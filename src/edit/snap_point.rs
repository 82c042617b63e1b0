//! Snapping a point for the venue tools: onto an existing corner when one is within
//! reach, else onto a wall, else onto the plan's grid. A corner wins over a wall and a
//! wall over the grid, as in CAD tools.

use super::snap::snap_to_grid;
use crate::model::{Plan, Point};

/// What a point was snapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SnapTarget {
    /// A hall or sector-region corner, or a corner of the shape being drawn.
    Corner,
    /// A point on a hall wall.
    Wall,
    /// The plan's grid.
    Grid,
    /// Nothing (no grid and nothing within reach).
    Free,
}

/// A snapped point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SnappedPoint {
    /// Where the point lands, metres.
    pub at: Point,
    /// What it landed on.
    pub target: SnapTarget,
}

/// Snaps `raw` for a venue tool: to the nearest corner of a hall, a sector region or
/// `extra` (the corners of the shape being drawn) within `reach` metres; else to the
/// nearest hall wall within reach; else to the grid.
pub fn snap_point(plan: &Plan, raw: Point, reach: f64, extra: &[Point]) -> SnappedPoint {
    let hall_corners = plan.halls.iter().flat_map(|h| h.outline.corners());
    let region_corners = plan
        .sectors
        .iter()
        .flat_map(|s| s.regions.iter().flat_map(|r| r.corners()));
    let corner = hall_corners
        .chain(region_corners)
        .chain(extra)
        .map(|c| (c.distance(raw), *c))
        .filter(|(d, _)| *d <= reach)
        .min_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((_, at)) = corner {
        return SnappedPoint {
            at,
            target: SnapTarget::Corner,
        };
    }
    let wall = plan
        .halls
        .iter()
        .filter_map(|h| h.outline.nearest_wall(raw))
        .filter(|w| w.distance <= reach)
        .min_by(|a, b| a.distance.total_cmp(&b.distance));
    if let Some(w) = wall {
        return SnappedPoint {
            at: w.at,
            target: SnapTarget::Wall,
        };
    }
    let step = plan.settings.grid_step_m;
    if step > 0.0 {
        SnappedPoint {
            at: Point::new(snap_to_grid(raw.x, step), snap_to_grid(raw.y, step)),
            target: SnapTarget::Grid,
        }
    } else {
        SnappedPoint {
            at: raw,
            target: SnapTarget::Free,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Outline, Rect};

    fn plan() -> Plan {
        let mut plan = Plan::blank("snap");
        let (edit, _) = crate::edit::add_hall(
            &plan,
            Outline::rect(Rect::new(0.0, 0.0, 40.0, 30.0).unwrap()),
            None,
        );
        edit.apply(&mut plan).unwrap();
        plan
    }

    #[test]
    fn corner_beats_wall_beats_grid() {
        let plan = plan();
        let near_corner = snap_point(&plan, Point::new(39.6, 0.3), 1.0, &[]);
        assert_eq!(near_corner.target, SnapTarget::Corner);
        assert_eq!(near_corner.at, Point::new(40.0, 0.0));
        let near_wall = snap_point(&plan, Point::new(17.3, 29.4), 1.0, &[]);
        assert_eq!(near_wall.target, SnapTarget::Wall);
        assert!((near_wall.at.y - 30.0).abs() < 1e-9 && (near_wall.at.x - 17.3).abs() < 1e-9);
        let inside = snap_point(&plan, Point::new(12.2, 14.8), 1.0, &[]);
        assert_eq!(inside.target, SnapTarget::Grid);
        assert_eq!(inside.at, Point::new(12.0, 15.0));
    }

    #[test]
    fn the_shape_being_drawn_is_snapped_to() {
        let plan = plan();
        let first = Point::new(60.0, 60.0);
        let snapped = snap_point(&plan, Point::new(60.4, 59.7), 1.0, &[first]);
        assert_eq!(snapped.target, SnapTarget::Corner);
        assert_eq!(snapped.at, first);
    }
}
