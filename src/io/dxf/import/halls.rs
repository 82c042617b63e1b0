//! Hall outlines from the hall layers: closed polylines, circles and lines that join
//! into rings, each becoming a hall named by the text drawn inside it.

use super::super::flatten::{Flat, Shape};
use super::super::geometry::{P, arc_points};
use super::join::join_into_rings;
use super::{ImportWarning, LayerRole, ToPlan, VenueLayers};
use crate::model::{Hall, HallId, Outline, Point, compact};

/// The most halls an import keeps (the largest venues have a few dozen).
pub const MAX_HALLS: usize = 200;

/// A closed ring of a hall layer, in drawing units.
#[derive(Debug, Clone, PartialEq)]
pub struct Ring {
    /// The layer it is on.
    pub layer: String,
    /// Its corners, without the closing repeat.
    pub points: Vec<P>,
}

/// The closed rings of the hall layers: closed shapes as they are, open lines joined
/// end to end within `tolerance` (drawing units), layer by layer.
pub fn hall_rings(
    flat: &Flat,
    layers: &VenueLayers,
    tolerance: f64,
    warnings: &mut Vec<ImportWarning>,
) -> Vec<Ring> {
    let mut rings = Vec::new();
    for (k, hall_layer) in layers.halls.iter().enumerate() {
        if layers.halls[..k]
            .iter()
            .any(|l| l.eq_ignore_ascii_case(hall_layer))
        {
            continue;
        }
        let mut open = Vec::new();
        for piece in flat.pieces.iter().filter(|p| {
            p.layer.eq_ignore_ascii_case(hall_layer) && layers.role(&p.layer) == LayerRole::Halls
        }) {
            match &piece.shape {
                Shape::Path {
                    points,
                    closed: true,
                } => rings.push(Ring {
                    layer: piece.layer.clone(),
                    points: points.clone(),
                }),
                Shape::Path {
                    points,
                    closed: false,
                } => open.push(points.clone()),
                Shape::Circle { center, radius } => {
                    let mut points = arc_points(*center, *radius, 0.0, 360.0);
                    points.pop();
                    rings.push(Ring {
                        layer: piece.layer.clone(),
                        points,
                    });
                }
                Shape::Text { .. } => {}
            }
        }
        let (joined, left_open) = join_into_rings(open, tolerance);
        rings.extend(joined.into_iter().map(|points| Ring {
            layer: hall_layer.clone(),
            points,
        }));
        if left_open > 0 {
            warnings.push(ImportWarning::OpenHallLines {
                layer: hall_layer.clone(),
                count: left_open,
            });
        }
    }
    rings
}

/// The drawing point that becomes the plan's (0, 0): the top left of all rings.
pub fn origin(rings: &[Ring]) -> Option<P> {
    let points = rings.iter().flat_map(|r| r.points.iter().copied());
    super::super::geometry::bounds(points).map(|((x0, _), (_, y1))| (x0, y1))
}

/// The corners without those that lie on a straight wall (within a millimetre of the
/// line through their neighbours), as CAD drawings often split a wall.
fn without_straight_corners(corners: Vec<Point>) -> Vec<Point> {
    let mut out: Vec<Point> = Vec::with_capacity(corners.len());
    for p in corners {
        while out.len() >= 2 {
            let (a, b) = (out[out.len() - 2], out[out.len() - 1]);
            if on_segment_line(a, b, p) {
                out.pop();
            } else {
                break;
            }
        }
        out.push(p);
    }
    // The ring wraps: the first and last corners may be straight too.
    let mut changed = true;
    while changed && out.len() > 3 {
        changed = false;
        let n = out.len();
        if on_segment_line(out[n - 2], out[n - 1], out[0]) {
            out.pop();
            changed = true;
        } else if on_segment_line(out[n - 1], out[0], out[1]) {
            out.remove(0);
            changed = true;
        }
    }
    out
}

/// Whether `b` lies between `a` and `c`, within a millimetre of the line through them.
fn on_segment_line(a: Point, b: Point, c: Point) -> bool {
    let (dx, dy) = (c.x - a.x, c.y - a.y);
    let length = dx.hypot(dy);
    if length < 1e-9 {
        return false;
    }
    let off_line = ((b.x - a.x) * dy - (b.y - a.y) * dx).abs() / length;
    let along = ((b.x - a.x) * dx + (b.y - a.y) * dy) / length;
    off_line <= 1e-3 && along > 0.0 && along < length
}

/// The hall outline of a ring, or why it is none.
fn outline_of(ring: &Ring, to_plan: &ToPlan) -> Result<Outline, String> {
    let corners: Vec<Point> = ring.points.iter().map(|&p| to_plan.point(p)).collect();
    let corners = without_straight_corners(Outline::tidied(&corners));
    Outline::new(corners).map_err(|e| e.to_string())
}

/// The halls of the rings, largest first when there are too many, then in reading
/// order (north to south, west to east), each named by the tallest text of the hall
/// layers inside it.
pub fn halls_from_rings(
    rings: &[Ring],
    flat: &Flat,
    layers: &VenueLayers,
    to_plan: &ToPlan,
    warnings: &mut Vec<ImportWarning>,
) -> Vec<Hall> {
    let mut candidates: Vec<(Outline, &Ring)> = Vec::new();
    for ring in rings {
        match outline_of(ring, to_plan) {
            Ok(outline) => candidates.push((outline, ring)),
            Err(reason) => {
                let (x, y) = ring.points.first().copied().unwrap_or_default();
                warnings.push(ImportWarning::HallRefused {
                    layer: ring.layer.clone(),
                    x: compact(x),
                    y: compact(y),
                    reason,
                });
            }
        }
    }
    candidates.sort_by(|a, b| b.0.area().total_cmp(&a.0.area()));
    if candidates.len() > MAX_HALLS {
        candidates.truncate(MAX_HALLS);
        warnings.push(ImportWarning::TooManyHalls { limit: MAX_HALLS });
    }
    let mut kept: Vec<Outline> = Vec::new();
    for (outline, ring) in candidates {
        let area = outline.area();
        if kept.iter().any(|k| k.overlap_with(&outline) > 0.5 * area) {
            warnings.push(ImportWarning::HallInsideHall {
                layer: ring.layer.clone(),
                area_m2: compact(area),
            });
            continue;
        }
        kept.push(outline);
    }
    kept.sort_by(|a, b| {
        let key = |o: &Outline| ((o.bounds().y() / 10.0).round(), o.bounds().x());
        let (ka, kb) = (key(a), key(b));
        ka.0.total_cmp(&kb.0).then(ka.1.total_cmp(&kb.1))
    });
    let labels: Vec<(Point, f64, &str)> = flat
        .pieces
        .iter()
        .filter(|p| layers.role(&p.layer) == LayerRole::Halls)
        .filter_map(|p| match &p.shape {
            Shape::Text { at, height, text } => Some((to_plan.point(*at), *height, text.as_str())),
            Shape::Path { .. } | Shape::Circle { .. } => None,
        })
        .collect();
    kept.into_iter()
        .zip(1..)
        .map(|(outline, n)| {
            let name = labels
                .iter()
                .filter(|(at, _, _)| outline.contains_point(*at))
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(_, _, text)| text.trim().to_owned())
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| format!("Hall {n}"));
            Hall {
                id: HallId(n),
                name,
                outline,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corners_on_a_straight_wall_are_dropped_even_across_the_ring_start() {
        let p = |x: f64, y: f64| Point::new(x, y);
        let corners = vec![
            p(5.0, 0.0),
            p(10.0, 0.0),
            p(10.0, 5.0),
            p(10.0, 10.0),
            p(0.0, 10.0),
            p(0.0, 0.0),
        ];
        let out = without_straight_corners(corners);
        assert_eq!(out.len(), 4, "{out:?}");
        assert!(!out.contains(&p(5.0, 0.0)));
        assert!(!out.contains(&p(10.0, 5.0)));
    }

    #[test]
    fn a_point_beyond_the_segment_is_a_corner() {
        let p = |x: f64, y: f64| Point::new(x, y);
        assert!(on_segment_line(p(0.0, 0.0), p(1.0, 0.0), p(2.0, 0.0)));
        assert!(!on_segment_line(p(0.0, 0.0), p(3.0, 0.0), p(2.0, 0.0)));
        assert!(!on_segment_line(p(0.0, 0.0), p(1.0, 0.01), p(2.0, 0.0)));
    }
}
