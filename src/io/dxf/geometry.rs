//! Plane geometry of drawings: the affine transform of a block insert, arcs and bulges as
//! short straight segments, boxes.

use std::f64::consts::PI;

/// A point of a drawing, in its own units, y up.
pub type P = (f64, f64);

/// A plane affine transform: `(x, y) ↦ (a·x + b·y + c, d·x + e·y + f)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Affine {
    a: f64,
    b: f64,
    c: f64,
    d: f64,
    e: f64,
    f: f64,
}

impl Affine {
    /// The identity.
    pub const IDENTITY: Affine = Affine {
        a: 1.0,
        b: 0.0,
        c: 0.0,
        d: 0.0,
        e: 1.0,
        f: 0.0,
    };

    /// A move by `(dx, dy)`.
    pub fn translate(dx: f64, dy: f64) -> Affine {
        Affine {
            c: dx,
            f: dy,
            ..Affine::IDENTITY
        }
    }

    /// A turn by `degrees` anticlockwise about the origin.
    pub fn rotate(degrees: f64) -> Affine {
        let (s, c) = degrees.to_radians().sin_cos();
        Affine {
            a: c,
            b: -s,
            c: 0.0,
            d: s,
            e: c,
            f: 0.0,
        }
    }

    /// A scale by `sx` and `sy` about the origin.
    pub fn scale(sx: f64, sy: f64) -> Affine {
        Affine {
            a: sx,
            e: sy,
            ..Affine::IDENTITY
        }
    }

    /// First `inner`, then `self`.
    pub fn then_after(self, inner: Affine) -> Affine {
        let o = self;
        Affine {
            a: o.a * inner.a + o.b * inner.d,
            b: o.a * inner.b + o.b * inner.e,
            c: o.a * inner.c + o.b * inner.f + o.c,
            d: o.d * inner.a + o.e * inner.d,
            e: o.d * inner.b + o.e * inner.e,
            f: o.d * inner.c + o.e * inner.f + o.f,
        }
    }

    /// The image of a point.
    pub fn apply(&self, (x, y): P) -> P {
        (
            self.a * x + self.b * y + self.c,
            self.d * x + self.e * y + self.f,
        )
    }

    /// How much lengths grow, on average over directions (for radii and text heights).
    pub fn length_scale(&self) -> f64 {
        (self.a * self.e - self.b * self.d).abs().sqrt()
    }

    /// Whether every number is finite.
    pub fn is_finite(&self) -> bool {
        [self.a, self.b, self.c, self.d, self.e, self.f]
            .iter()
            .all(|v| v.is_finite())
    }
}

/// Straight segments per full turn when an arc is drawn.
const SEGMENTS_PER_TURN: f64 = 32.0;

/// Points along a circular arc from `start` to `end` degrees (anticlockwise), both ends
/// included.
pub fn arc_points(center: P, radius: f64, start: f64, end: f64) -> Vec<P> {
    let mut sweep = (end - start).rem_euclid(360.0);
    if sweep == 0.0 {
        sweep = 360.0;
    }
    let steps = ((sweep / 360.0) * SEGMENTS_PER_TURN)
        .ceil()
        .clamp(1.0, 64.0) as usize;
    (0..=steps)
        .map(|i| {
            let angle = (start + sweep * i as f64 / steps as f64).to_radians();
            (
                center.0 + radius * angle.cos(),
                center.1 + radius * angle.sin(),
            )
        })
        .collect()
}

/// The points strictly between `p` and `q` on the arc a polyline's bulge makes (the
/// tangent of a quarter of the arc's angle; 0 is a straight segment).
pub fn bulge_points(p: P, q: P, bulge: f64) -> Vec<P> {
    if bulge.abs() < 1e-9 || !bulge.is_finite() {
        return Vec::new();
    }
    let angle = 4.0 * bulge.atan();
    let chord = ((q.0 - p.0).powi(2) + (q.1 - p.1).powi(2)).sqrt();
    if chord < 1e-12 {
        return Vec::new();
    }
    let radius = chord / (2.0 * (angle / 2.0).sin().abs());
    // The centre lies on the chord's perpendicular bisector, on the side the bulge turns.
    let mid = ((p.0 + q.0) / 2.0, (p.1 + q.1) / 2.0);
    let sagitta_to_center = radius * (angle / 2.0).cos().abs();
    let (nx, ny) = (-(q.1 - p.1) / chord, (q.0 - p.0) / chord);
    let side = if (angle.abs() < PI) == (bulge > 0.0) {
        1.0
    } else {
        -1.0
    };
    let center = (
        mid.0 + side * nx * sagitta_to_center,
        mid.1 + side * ny * sagitta_to_center,
    );
    let start = (p.1 - center.1).atan2(p.0 - center.0);
    let steps = ((angle.abs() / (2.0 * PI)) * SEGMENTS_PER_TURN)
        .ceil()
        .clamp(2.0, 64.0) as usize;
    (1..steps)
        .map(|i| {
            let a = start + angle * i as f64 / steps as f64;
            (center.0 + radius * a.cos(), center.1 + radius * a.sin())
        })
        .collect()
}

/// The smallest box holding the points: `(min, max)`, or `None` for no points.
pub fn bounds(points: impl IntoIterator<Item = P>) -> Option<(P, P)> {
    points.into_iter().fold(None, |acc, (x, y)| match acc {
        None => Some(((x, y), (x, y))),
        Some(((x0, y0), (x1, y1))) => Some(((x0.min(x), y0.min(y)), (x1.max(x), y1.max(y)))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: P, b: P) -> bool {
        (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
    }

    #[test]
    fn an_insert_scales_then_turns_then_moves() {
        let t = Affine::translate(10.0, 0.0)
            .then_after(Affine::rotate(90.0))
            .then_after(Affine::scale(2.0, 2.0));
        assert!(close(t.apply((1.0, 0.0)), (10.0, 2.0)));
        assert!((t.length_scale() - 2.0).abs() < 1e-12);
    }

    #[test]
    fn a_half_circle_bulge_passes_through_the_far_side() {
        // Bulge 1 from (0,0) to (2,0) is a half circle of radius 1 round (1,0), on the
        // right of the direction of travel (below), as the polyline runs anticlockwise.
        let mid = bulge_points((0.0, 0.0), (2.0, 0.0), 1.0);
        assert!(!mid.is_empty());
        for p in &mid {
            let r = ((p.0 - 1.0).powi(2) + p.1.powi(2)).sqrt();
            assert!((r - 1.0).abs() < 1e-9, "{p:?}");
            assert!(p.1 < 0.0, "{p:?}");
        }
        assert!(bulge_points((0.0, 0.0), (2.0, 0.0), 0.0).is_empty());
    }

    #[test]
    fn an_arc_keeps_its_radius_and_ends() {
        let pts = arc_points((0.0, 0.0), 2.0, 0.0, 90.0);
        assert!(close(pts[0], (2.0, 0.0)));
        assert!(close(*pts.last().unwrap(), (0.0, 2.0)));
        assert_eq!(bounds(pts.iter().copied()).map(|b| b.1.0), Some(2.0));
    }
}
