//! Geometry the aisle rules need: which rectangles face each other across a gap, and how
//! much of that gap is open floor.

use crate::model::{EPS, Rect, Side};

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

/// How much of the strip `facing` describes is open floor, measured along the facing
/// edges: the stretch where some hall holds the whole width of the gap and no blocker
/// (another booth or obstacle overlapping the strip) stands in it.
///
/// A blocker anywhere across the gap closes that stretch: the narrow passages are then
/// between the blocker and each side, which the rules check on their own.
pub(crate) fn open_length(
    facing: &Facing,
    halls: impl Iterator<Item = Rect>,
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
    let (along, across) = spans(&s);
    let clip = |(a, b): (f64, f64)| (a.max(along.0), b.min(along.1));
    let mut floor: Vec<(f64, f64)> = halls
        .filter(|h| {
            let (_, h_across) = spans(h);
            h_across.0 <= across.0 + EPS && h_across.1 >= across.1 - EPS
        })
        .map(|h| clip(spans(&h).0))
        .collect();
    let mut blocked: Vec<(f64, f64)> = blockers
        .filter(|r| s.overlaps(r))
        .map(|r| clip(spans(&r).0))
        .collect();
    merge(&mut floor);
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
        let hall = [r(-10.0, -10.0, 100.0, 100.0)];
        assert!((open_length(&f, hall.into_iter(), std::iter::empty()) - 6.0).abs() < 1e-12);
        // A booth filling the gap over 2 m of the 6 m leaves 4 m open.
        let filler = [r(3.0, 1.0, 2.0, 2.0)];
        let open = open_length(&f, hall.into_iter(), filler.into_iter());
        assert!((open - 4.0).abs() < 1e-12);
        // A rectangle only touching the strip does not block it.
        let toucher = [r(0.0, 6.0, 8.0, 1.0)];
        let open = open_length(&f, hall.into_iter(), toucher.into_iter());
        assert!((open - 6.0).abs() < 1e-12);
        // No hall holds the gap (the booths stand in two halls with a wall between).
        let halls = [r(-10.0, -10.0, 13.5, 50.0), r(4.5, -10.0, 20.0, 50.0)];
        assert_eq!(open_length(&f, halls.into_iter(), std::iter::empty()), 0.0);
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
