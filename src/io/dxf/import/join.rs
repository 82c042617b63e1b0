//! Lines joined end to end into closed rings: a hall drawn as separate LINEs, or as
//! polylines that meet but are not closed.

use super::super::geometry::P;
use std::collections::HashMap;

/// The grid cell of a point, cells `tolerance` wide.
fn cell(p: P, tolerance: f64) -> (i64, i64) {
    // Float to int casts saturate, so a far point lands in an edge cell, never panics.
    (
        (p.0 / tolerance).floor() as i64,
        (p.1 / tolerance).floor() as i64,
    )
}

/// Whether two points are within `tolerance`.
fn near(a: P, b: P, tolerance: f64) -> bool {
    (a.0 - b.0).hypot(a.1 - b.1) <= tolerance
}

/// Where each path's ends are, by grid cell.
struct Ends {
    cells: HashMap<(i64, i64), Vec<(usize, bool)>>,
    tolerance: f64,
}

impl Ends {
    fn new(paths: &[Vec<P>], tolerance: f64) -> Ends {
        let mut cells: HashMap<(i64, i64), Vec<(usize, bool)>> = HashMap::new();
        for (i, path) in paths.iter().enumerate() {
            if let (Some(&first), Some(&last)) = (path.first(), path.last()) {
                cells
                    .entry(cell(first, tolerance))
                    .or_default()
                    .push((i, false));
                cells
                    .entry(cell(last, tolerance))
                    .or_default()
                    .push((i, true));
            }
        }
        Ends { cells, tolerance }
    }

    /// An unused path with an end near `p`: its index and whether that end is its last
    /// point.
    fn unused_near(&self, paths: &[Vec<P>], used: &[bool], p: P) -> Option<(usize, bool)> {
        let (cx, cy) = cell(p, self.tolerance);
        for dx in -1..=1 {
            for dy in -1..=1 {
                let key = (cx.saturating_add(dx), cy.saturating_add(dy));
                for &(i, at_last) in self.cells.get(&key).into_iter().flatten() {
                    let end = if at_last {
                        paths[i].last()
                    } else {
                        paths[i].first()
                    };
                    if !used[i] && end.is_some_and(|&q| near(p, q, self.tolerance)) {
                        return Some((i, at_last));
                    }
                }
            }
        }
        None
    }
}

/// Closed rings from open paths: each ring's points without the closing repeat, and the
/// number of chains that stayed open.
pub fn join_into_rings(paths: Vec<Vec<P>>, tolerance: f64) -> (Vec<Vec<P>>, usize) {
    let ends = Ends::new(&paths, tolerance);
    let mut used = vec![false; paths.len()];
    let mut rings = Vec::new();
    let mut open = 0;
    for start in 0..paths.len() {
        if used[start] || paths[start].len() < 2 {
            continue;
        }
        used[start] = true;
        let mut chain = paths[start].clone();
        while let (Some(&first), Some(&last)) = (chain.first(), chain.last()) {
            if chain.len() >= 4 && near(first, last, tolerance) {
                chain.pop();
                rings.push(chain);
                break;
            }
            let Some((next, at_last)) = ends.unused_near(&paths, &used, last) else {
                open += 1;
                break;
            };
            used[next] = true;
            let piece = &paths[next];
            if at_last {
                chain.extend(piece.iter().rev().skip(1));
            } else {
                chain.extend(piece.iter().skip(1));
            }
        }
    }
    (rings, open)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_lines_in_any_order_and_direction_close_a_square() {
        let paths = vec![
            vec![(0.0, 0.0), (10.0, 0.0)],
            vec![(10.0, 10.0), (0.0, 10.0)],
            vec![(10.0, 10.0), (10.0, 0.0)],
            vec![(0.0, 10.0), (0.0, 0.0001)],
        ];
        let (rings, open) = join_into_rings(paths, 0.01);
        assert_eq!(open, 0);
        assert_eq!(rings.len(), 1);
        assert_eq!(rings[0].len(), 4);
        let mut xs: Vec<i64> = rings[0].iter().map(|p| p.0.round() as i64).collect();
        xs.sort_unstable();
        assert_eq!(xs, vec![0, 0, 10, 10]);
    }

    #[test]
    fn a_gap_wider_than_the_tolerance_leaves_the_chain_open() {
        let paths = vec![
            vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)],
            vec![(10.0, 10.0), (0.0, 10.0), (0.0, 1.0)],
        ];
        let (rings, open) = join_into_rings(paths, 0.01);
        assert!(rings.is_empty());
        assert_eq!(open, 1);
    }
}
