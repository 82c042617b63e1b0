//! Geometry the aisle rules need: which rectangles face each other across a gap, and how
//! much of that gap is open floor.

use crate::model::{EPS, Outline, Rect, Side};
use geo::CoordsIter;

/// Two booths closer than this (metres) touch: the gap is a partition, not an aisle.
pub(crate) const PARTITION_M: f64 = 0.05;

/// Two rectangles facing each other across open floor.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Facing {
    /// Width of the gap between the facing edges, metres.
    pub(crate) gap: f64,
    /// The floor between the facing edges, over the stretch where both edges run.
    pub(crate) strip: Rect,
    /// Whether the gap runs east–west (the edges are the rectangles' east/west sides).
    pub(crate) across_x: bool,
}

/// Length of the overlap of the intervals [a0, a1] and [b0, b1] (negative: the gap).
fn overlap(a0: f64, a1: f64, b0: f64, b1: f64) -> f64 {
    a1.min(b1) - a0.max(b0)
}

/// How `a` and `b` face each other: when their projections on one axis overlap by more
/// than [`PARTITION_M`] and they are more than [`PARTITION_M`] apart on the other.
/// `None` when they overlap, touch, or sit diagonally.
pub(crate) fn facing(a: &Rect, b: &Rect) -> Option<Facing> {
    let along_x = overlap(a.x(), a.max_x(), b.x(), b.max_x());
    let along_y = overlap(a.y(), a.max_y(), b.y(), b.max_y());
    if along_y > PARTITION_M && -along_x > PARTITION_M {
        let gap = -along_x;
        let x0 = a.max_x().min(b.max_x());
        let y0 = a.y().max(b.y());
        let strip = Rect::new(x0, y0, gap, along_y).ok()?;
        Some(Facing {
            gap,
            strip,
            across_x: true,
        })
    } else if along_x > PARTITION_M && -along_y > PARTITION_M {
        let gap = -along_y;
        let x0 = a.x().max(b.x());
        let y0 = a.max_y().min(b.max_y());
        let strip = Rect::new(x0, y0, along_x, gap).ok()?;
        Some(Facing {
            gap,
            strip,
            across_x: false,
        })
    } else {
        None
    }
}

/// The floor between side `side` of `booth` and the same wall of `hall`, which holds the
/// booth, with its width; `None` when the booth touches that wall.
pub(crate) fn wall_gap(booth: &Rect, hall: &Rect, side: Side) -> Option<Facing> {
    let (gap, across_x) = match side {
        Side::North => (booth.y() - hall.y(), false),
        Side::South => (hall.max_y() - booth.max_y(), false),
        Side::West => (booth.x() - hall.x(), true),
        Side::East => (hall.max_x() - booth.max_x(), true),
    };
    if gap <= PARTITION_M {
        return None;
    }
    let strip = match side {
        Side::North => Rect::new(booth.x(), hall.y(), booth.w(), gap),
        Side::South => Rect::new(booth.x(), booth.max_y(), booth.w(), gap),
        Side::West => Rect::new(hall.x(), booth.y(), gap, booth.h()),
        Side::East => Rect::new(booth.max_x(), booth.y(), gap, booth.h()),
    }
    .ok()?;
    Some(Facing {
        gap,
        strip,
        across_x,
    })
}

/// The floor between side `side` of `booth` and the nearest wall of `hall` (any shape)
/// within `depth` metres of that side, with its width: the width is the least distance,
/// square to the side, from the side to the floor outside the hall. `None` when no wall
/// is that close, or when the booth stands against the wall.
pub(crate) fn wall_gap_within(
    booth: &Rect,
    hall: &Outline,
    side: Side,
    depth: f64,
) -> Option<Facing> {
    if let Some(rect) = hall.as_rect() {
        return wall_gap(booth, &rect, side).filter(|f| f.gap < depth);
    }
    let strip = booth.strip_outside(side, depth)?;
    let outside = hall.parts_outside(&strip);
    // The least distance of a polygon from a line is at one of its corners.
    let gap = outside
        .iter()
        .flat_map(|part| part.exterior_coords_iter())
        .map(|c| match side {
            Side::North => booth.y() - c.y,
            Side::South => c.y - booth.max_y(),
            Side::West => booth.x() - c.x,
            Side::East => c.x - booth.max_x(),
        })
        .min_by(f64::total_cmp)?
        .max(0.0);
    if gap <= PARTITION_M {
        return None;
    }
    let strip = booth.strip_outside(side, gap)?;
    Some(Facing {
        gap,
        strip,
        across_x: matches!(side, Side::East | Side::West),
    })
}

/// The stretches of the strip (as intervals along the facing edges) where `hall` holds
/// the strip's whole width.
fn held_along(facing: &Facing, hall: &Outline) -> Vec<(f64, f64)> {
    let s = facing.strip;
    let spans = |r: &Rect| {
        if facing.across_x {
            ((r.y(), r.max_y()), (r.x(), r.max_x()))
        } else {
            ((r.x(), r.max_x()), (r.y(), r.max_y()))
        }
    };
    let (along, across) = spans(&s);
    if let Some(h) = hall.as_rect() {
        let (h_along, h_across) = spans(&h);
        if h_across.0 <= across.0 + EPS && h_across.1 >= across.1 - EPS {
            return vec![(h_along.0.max(along.0), h_along.1.min(along.1))];
        }
        return Vec::new();
    }
    if !hall.bounds().overlaps(&s) {
        return Vec::new();
    }
    // Where any part of the strip's width lies outside the hall, the hall does not hold
    // it: the projections of the outside parts are cut from the strip's length.
    let mut cut: Vec<(f64, f64)> = hall
        .parts_outside(&s)
        .iter()
        .filter_map(|part| {
            let coords = part.exterior_coords_iter();
            let (lo, hi) = coords.fold((f64::MAX, f64::MIN), |(lo, hi), c| {
                let t = if facing.across_x { c.y } else { c.x };
                (lo.min(t), hi.max(t))
            });
            (hi - lo > EPS).then_some((lo.max(along.0), hi.min(along.1)))
        })
        .collect();
    merge(&mut cut);
    let mut held = Vec::with_capacity(cut.len() + 1);
    let mut from = along.0;
    for (a, b) in cut {
        if a > from {
            held.push((from, a));
        }
        from = from.max(b);
    }
    if along.1 > from {
        held.push((from, along.1));
    }
    held
}

/// Sorts the intervals and merges overlapping ones, in place; drops empty ones.
fn merge(intervals: &mut Vec<(f64, f64)>) {
    intervals.retain(|(a, b)| b > a);
    intervals.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut merged: Vec<(f64, f64)> = Vec::with_capacity(intervals.len());
    for &(a, b) in intervals.iter() {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    *intervals = merged;
}

/// Length covered by both merged interval lists.
fn common_length(a: &[(f64, f64)], b: &[(f64, f64)]) -> f64 {
    let (mut i, mut j, mut total) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        let lo = a[i].0.max(b[j].0);
        let hi = a[i].1.min(b[j].1);
        if hi > lo {
            total += hi - lo;
        }
        if a[i].1 < b[j].1 {
            i += 1;
        } else {
            j += 1;
        }
    }
    total
}

/// How much of the strip `facing` describes is held by the halls across its whole
/// width, measured along the facing edges, as merged intervals.
pub(crate) fn floor_along<'h>(
    facing: &Facing,
    halls: impl Iterator<Item = &'h Outline>,
) -> Vec<(f64, f64)> {
    let mut floor: Vec<(f64, f64)> = halls.flat_map(|h| held_along(facing, h)).collect();
    merge(&mut floor);
    floor
}

/// How much of the strip `facing` describes is open floor, measured along the facing
/// edges: the stretch where some hall holds the whole width of the gap and no blocker
/// (another booth or obstacle overlapping the strip) stands in it.
///
/// A blocker anywhere across the gap closes that stretch: the narrow passages are then
/// between the blocker and each side, which the rules check on their own.
pub(crate) fn open_length<'h>(
    facing: &Facing,
    halls: impl Iterator<Item = &'h Outline>,
    blockers: impl Iterator<Item = Rect>,
) -> f64 {
    let s = facing.strip;
    // (along the edges) and (across the gap) intervals of a rectangle.
    let spans = |r: &Rect| {
        if facing.across_x {
            ((r.y(), r.max_y()), (r.x(), r.max_x()))
        } else {
            ((r.x(), r.max_x()), (r.y(), r.max_y()))
        }
    };
    let (along, _) = spans(&s);
    let clip = |(a, b): (f64, f64)| (a.max(along.0), b.min(along.1));
    let floor = floor_along(facing, halls);
    let mut blocked: Vec<(f64, f64)> = blockers
        .filter(|r| s.overlaps(r))
        .map(|r| clip(spans(&r).0))
        .collect();
    merge(&mut blocked);
    let floor_length: f64 = floor.iter().map(|(a, b)| b - a).sum();
    floor_length - common_length(&floor, &blocked)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect::new(x, y, w, h).unwrap()
    }

    #[test]
    fn facing_needs_a_gap_and_overlapping_edges() {
        let a = r(0.0, 0.0, 3.0, 3.0);
        let f = facing(&a, &r(5.0, 1.0, 3.0, 3.0)).unwrap();
        assert!(f.across_x);
        assert!((f.gap - 2.0).abs() < 1e-12);
        assert_eq!(f.strip, r(3.0, 1.0, 2.0, 2.0));
        // Symmetric.
        assert_eq!(facing(&r(5.0, 1.0, 3.0, 3.0), &a), Some(f));
        let g = facing(&a, &r(0.0, 4.0, 3.0, 3.0)).unwrap();
        assert!(!g.across_x);
        // Touching (a partition), diagonal, and overlapping rectangles do not face.
        assert_eq!(facing(&a, &r(3.0, 0.0, 3.0, 3.0)), None);
        assert_eq!(facing(&a, &r(3.02, 0.0, 3.0, 3.0)), None);
        assert_eq!(facing(&a, &r(4.0, 4.0, 3.0, 3.0)), None);
        assert_eq!(facing(&a, &r(4.0, 2.98, 3.0, 3.0)), None);
        assert_eq!(facing(&a, &r(1.0, 1.0, 3.0, 3.0)), None);
    }

    #[test]
    fn open_length_subtracts_blockers_and_needs_a_hall() {
        let f = facing(&r(0.0, 0.0, 3.0, 6.0), &r(5.0, 0.0, 3.0, 6.0)).unwrap();
        let hall = [Outline::rect(r(-10.0, -10.0, 100.0, 100.0))];
        assert!((open_length(&f, hall.iter(), std::iter::empty()) - 6.0).abs() < 1e-12);
        // A booth filling the gap over 2 m of the 6 m leaves 4 m open.
        let filler = [r(3.0, 1.0, 2.0, 2.0)];
        let open = open_length(&f, hall.iter(), filler.into_iter());
        assert!((open - 4.0).abs() < 1e-12);
        // A rectangle only touching the strip does not block it.
        let toucher = [r(0.0, 6.0, 8.0, 1.0)];
        let open = open_length(&f, hall.iter(), toucher.into_iter());
        assert!((open - 6.0).abs() < 1e-12);
        // No hall holds the gap (the booths stand in two halls with a wall between).
        let halls = [
            Outline::rect(r(-10.0, -10.0, 13.5, 50.0)),
            Outline::rect(r(4.5, -10.0, 20.0, 50.0)),
        ];
        assert_eq!(open_length(&f, halls.iter(), std::iter::empty()), 0.0);
    }

    #[test]
    fn a_hall_of_any_shape_holds_what_a_rectangle_would() {
        // The same hall as a rectangle and as a polygon with a corner on its west wall
        // (so not recognised as a rectangle) holds the same stretches of a strip.
        let rect = r(-10.0, -10.0, 40.0, 30.0);
        let polygon = Outline::new(vec![
            rect.min(),
            crate::model::Point::new(rect.max_x(), rect.y()),
            rect.max(),
            crate::model::Point::new(rect.x(), rect.max_y()),
            crate::model::Point::new(rect.x(), 0.0),
        ])
        .unwrap();
        assert!(polygon.as_rect().is_none());
        for (a, b) in [
            (r(0.0, 0.0, 3.0, 6.0), r(5.0, 0.0, 3.0, 6.0)),
            (r(0.0, 15.0, 3.0, 6.0), r(5.0, 15.0, 3.0, 6.0)),
            (r(27.0, 0.0, 3.0, 3.0), r(33.0, 0.0, 3.0, 3.0)),
        ] {
            let f = facing(&a, &b).unwrap();
            let as_rect = floor_along(&f, std::iter::once(&Outline::rect(rect)));
            let as_polygon = floor_along(&f, std::iter::once(&polygon));
            assert_eq!(as_rect.len(), as_polygon.len(), "{a:?} {b:?}");
            for (x, y) in as_rect.iter().zip(&as_polygon) {
                assert!((x.0 - y.0).abs() < 1e-9 && (x.1 - y.1).abs() < 1e-9);
            }
        }
    }

    #[test]
    fn the_gap_to_a_slanted_wall_is_its_narrowest_point() {
        // East wall slanting from (40, 0) to (50, 30): at y 10–13 it is 43.33–44.33 m east.
        let hall = Outline::new(vec![
            crate::model::Point::new(0.0, 0.0),
            crate::model::Point::new(40.0, 0.0),
            crate::model::Point::new(50.0, 30.0),
            crate::model::Point::new(0.0, 30.0),
        ])
        .unwrap();
        let booth = r(40.0, 10.0, 2.0, 3.0);
        let f = wall_gap_within(&booth, &hall, Side::East, 3.0).unwrap();
        // The boolean operations work to a few micrometres.
        assert!(
            (f.gap - (40.0 + 10.0 / 3.0 - 42.0)).abs() < 1e-6,
            "{}",
            f.gap
        );
        assert!(f.across_x);
        // Farther than the depth asked about: nothing.
        assert!(wall_gap_within(&booth, &hall, Side::East, 1.0).is_none());
        // The west wall is 40 m away.
        assert!(wall_gap_within(&booth, &hall, Side::West, 3.0).is_none());
        // A booth whose corner touches the slanted wall stands against it.
        let touching = r(37.0, 0.0, 3.0, 6.0);
        assert!(hall.contains_rect(&touching));
        assert!(wall_gap_within(&touching, &hall, Side::East, 3.0).is_none());
    }

    #[test]
    fn wall_gaps() {
        let hall = r(0.0, 0.0, 20.0, 10.0);
        let booth = r(1.0, 0.0, 3.0, 3.0);
        assert_eq!(wall_gap(&booth, &hall, Side::North), None);
        let west = wall_gap(&booth, &hall, Side::West).unwrap();
        assert_eq!((west.gap, west.strip), (1.0, r(0.0, 0.0, 1.0, 3.0)));
        let south = wall_gap(&booth, &hall, Side::South).unwrap();
        assert_eq!(south.strip, r(1.0, 3.0, 3.0, 7.0));
    }
}
