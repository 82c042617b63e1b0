//! Outlines: the simple polygons that halls and sector regions are made of.
//!
//! An [`Outline`] is a closed ring of corners in metres (x east, y south) that does not
//! cross itself and encloses some area. Wall `k` runs from corner `k` to corner `k + 1`
//! (the last wall back to corner 0). Most halls are rectangles: an outline remembers when
//! it is one, and every question about it then takes the plain rectangle's fast path.
//! Everything else is answered by the `geo` crate.

use super::geom::{EPS, GeomError, Point, Rect, Side, finite};
use geo::{
    Area, BooleanOps, Coord, Intersects, LineString, Polygon, Relate, TriangulateEarcut, Validation,
};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The most corners an outline may have: far more than any hall drawing needs, few
/// enough that a hostile file cannot make every rule crawl.
pub const MAX_CORNERS: usize = 4096;

/// The smallest area an outline may enclose, m².
pub const MIN_OUTLINE_AREA_M2: f64 = 0.01;

/// Why corners do not make an outline.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum OutlineError {
    /// Fewer than three corners.
    #[error("an outline needs at least 3 corners, got {0}")]
    TooFewCorners(usize),
    /// More than [`MAX_CORNERS`].
    #[error("an outline has at most {MAX_CORNERS} corners, got {0}")]
    TooManyCorners(usize),
    /// A corner is not a usable point.
    #[error("corner {index}: {source}")]
    BadCorner {
        /// Which corner (from 0).
        index: usize,
        /// What is wrong with it.
        source: GeomError,
    },
    /// Two corners in a row are the same point: a wall of no length.
    #[error("corners {first} and {second} are the same point")]
    RepeatedCorner {
        /// The first of the two (from 0).
        first: usize,
        /// The second.
        second: usize,
    },
    /// Two walls cross or touch where they are not neighbours.
    #[error("the outline crosses itself")]
    CrossesItself,
    /// The corners enclose (almost) no floor.
    #[error("the outline encloses no area (less than {MIN_OUTLINE_AREA_M2} m²)")]
    NoArea,
}

/// A point on an outline's walls: which wall, how far along it, how far from the point
/// asked about.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WallPoint {
    /// The wall (from corner `wall` to the next).
    pub wall: usize,
    /// Metres from the wall's first corner.
    pub along: f64,
    /// Metres from the point asked about.
    pub distance: f64,
    /// The point on the wall.
    pub at: Point,
}

/// A simple polygon: the walls of a hall or the edge of a sector region.
#[derive(Clone, Serialize, Deserialize)]
#[serde(try_from = "Vec<(f64, f64)>", into = "Vec<(f64, f64)>")]
pub struct Outline {
    corners: Vec<Point>,
    bounds: Rect,
    /// The outline as a rectangle, when it is one (four corners, axis-aligned walls).
    rect: Option<Rect>,
    polygon: Polygon<f64>,
    area: f64,
    /// Whether the corners run clockwise as seen on a plan (x east, y south).
    clockwise: bool,
}

impl PartialEq for Outline {
    fn eq(&self, other: &Self) -> bool {
        self.corners == other.corners
    }
}

impl std::fmt::Debug for Outline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Outline").field(&self.corners).finish()
    }
}

impl TryFrom<Vec<(f64, f64)>> for Outline {
    type Error = OutlineError;
    fn try_from(corners: Vec<(f64, f64)>) -> Result<Self, Self::Error> {
        Outline::new(corners.into_iter().map(|(x, y)| Point::new(x, y)).collect())
    }
}

impl From<Outline> for Vec<(f64, f64)> {
    fn from(outline: Outline) -> Self {
        outline.corners.iter().map(|p| (p.x, p.y)).collect()
    }
}

fn coord(p: Point) -> Coord<f64> {
    Coord { x: p.x, y: p.y }
}

fn point(c: Coord<f64>) -> Point {
    Point::new(c.x, c.y)
}

/// A rectangle as a `geo` polygon.
pub(crate) fn rect_polygon(r: &Rect) -> Polygon<f64> {
    geo::Rect::new(coord(r.min()), coord(r.max())).to_polygon()
}

/// The corners of a `geo` polygon's outer ring, without the closing repeat.
fn ring_corners(polygon: &Polygon<f64>) -> Vec<Point> {
    let ring = &polygon.exterior().0;
    let open = match (ring.first(), ring.last()) {
        (Some(a), Some(b)) if ring.len() > 1 && a == b => &ring[..ring.len() - 1],
        _ => &ring[..],
    };
    open.iter().copied().map(point).collect()
}

/// Whether four corners make an axis-aligned rectangle, walls alternating between
/// east–west and north–south.
fn is_axis_rectangle(c: &[Point]) -> bool {
    if c.len() != 4 {
        return false;
    }
    let horizontal = |a: Point, b: Point| a.y == b.y && a.x != b.x;
    let vertical = |a: Point, b: Point| a.x == b.x && a.y != b.y;
    let walls = [(c[0], c[1]), (c[1], c[2]), (c[2], c[3]), (c[3], c[0])];
    let starts_horizontal = walls.iter().step_by(2).all(|(a, b)| horizontal(*a, *b))
        && walls
            .iter()
            .skip(1)
            .step_by(2)
            .all(|(a, b)| vertical(*a, *b));
    let starts_vertical = walls.iter().step_by(2).all(|(a, b)| vertical(*a, *b))
        && walls
            .iter()
            .skip(1)
            .step_by(2)
            .all(|(a, b)| horizontal(*a, *b));
    starts_horizontal || starts_vertical
}

impl Outline {
    /// An outline through these corners, in order. Refuses fewer than three or more than
    /// [`MAX_CORNERS`] corners, corners that are not finite or beyond the accepted range,
    /// a corner repeated in a row, walls that cross and outlines with no area.
    pub fn new(corners: Vec<Point>) -> Result<Outline, OutlineError> {
        let n = corners.len();
        if n < 3 {
            return Err(OutlineError::TooFewCorners(n));
        }
        if n > MAX_CORNERS {
            return Err(OutlineError::TooManyCorners(n));
        }
        for (index, p) in corners.iter().enumerate() {
            finite("x", p.x)
                .and_then(|_| finite("y", p.y))
                .map_err(|source| OutlineError::BadCorner { index, source })?;
        }
        for first in 0..n {
            let second = (first + 1) % n;
            if corners[first] == corners[second] {
                return Err(OutlineError::RepeatedCorner { first, second });
            }
        }
        let polygon = Polygon::new(
            LineString::from(corners.iter().copied().map(coord).collect::<Vec<_>>()),
            Vec::new(),
        );
        if !polygon.is_valid() {
            return Err(OutlineError::CrossesItself);
        }
        let signed = polygon.signed_area();
        if signed.abs() < MIN_OUTLINE_AREA_M2 {
            return Err(OutlineError::NoArea);
        }
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for p in &corners {
            x0 = x0.min(p.x);
            y0 = y0.min(p.y);
            x1 = x1.max(p.x);
            y1 = y1.max(p.y);
        }
        // The area is at least MIN_OUTLINE_AREA_M2, so the box has a positive size.
        let bounds = Rect::new(x0, y0, x1 - x0, y1 - y0).map_err(|_| OutlineError::NoArea)?;
        let rect = is_axis_rectangle(&corners).then_some(bounds);
        Ok(Outline {
            corners,
            bounds,
            rect,
            polygon,
            area: signed.abs(),
            // The shoelace sum is positive for corners that run clockwise on a plan
            // whose y axis points south.
            clockwise: signed > 0.0,
        })
    }

    /// The rectangle as an outline: corners north-west, north-east, south-east,
    /// south-west, so walls 0–3 are the north, east, south and west walls.
    pub fn rect(r: Rect) -> Outline {
        let corners = vec![
            r.min(),
            Point::new(r.max_x(), r.y()),
            r.max(),
            Point::new(r.x(), r.max_y()),
        ];
        Outline {
            corners,
            bounds: r,
            rect: Some(r),
            polygon: rect_polygon(&r),
            area: r.area(),
            clockwise: true,
        }
    }

    /// Corners as a planner or an importer gave them, tidied: a last corner repeating the
    /// first is dropped, and so is any corner within a millimetre of the one before it.
    pub fn tidied(corners: &[Point]) -> Vec<Point> {
        let mut out: Vec<Point> = Vec::with_capacity(corners.len());
        for &p in corners {
            if out.last().is_none_or(|q| q.distance(p) > 1e-3) {
                out.push(p);
            }
        }
        while out.len() > 1 && out[0].distance(out[out.len() - 1]) <= 1e-3 {
            out.pop();
        }
        out
    }

    /// The corners, in order.
    pub fn corners(&self) -> &[Point] {
        &self.corners
    }

    /// How many corners (and walls) it has.
    pub fn len(&self) -> usize {
        self.corners.len()
    }

    /// Never true: an outline has at least three corners.
    pub fn is_empty(&self) -> bool {
        self.corners.is_empty()
    }

    /// The smallest rectangle holding it.
    pub fn bounds(&self) -> Rect {
        self.bounds
    }

    /// The outline as a rectangle, if it is one.
    pub fn as_rect(&self) -> Option<Rect> {
        self.rect
    }

    /// The floor it encloses, m².
    pub fn area(&self) -> f64 {
        self.area
    }

    /// The outline as a `geo` polygon.
    pub fn polygon(&self) -> &Polygon<f64> {
        &self.polygon
    }

    /// Wall `k`, from corner `k` to the next; `None` past the last wall.
    pub fn wall(&self, k: usize) -> Option<(Point, Point)> {
        let n = self.corners.len();
        (k < n).then(|| (self.corners[k], self.corners[(k + 1) % n]))
    }

    /// Every wall with its number.
    pub fn walls(&self) -> impl Iterator<Item = (usize, Point, Point)> + '_ {
        (0..self.corners.len()).filter_map(|k| self.wall(k).map(|(a, b)| (k, a, b)))
    }

    /// The length of wall `k`, metres (0 past the last wall).
    pub fn wall_length(&self, k: usize) -> f64 {
        self.wall(k).map_or(0.0, |(a, b)| a.distance(b))
    }

    /// The unit vector square to wall `k` pointing into the outline.
    pub fn inward_normal(&self, k: usize) -> Option<Point> {
        let (a, b) = self.wall(k)?;
        let length = a.distance(b);
        let (dx, dy) = ((b.x - a.x) / length, (b.y - a.y) / length);
        // Walls running clockwise on the plan have the floor on their right.
        Some(if self.clockwise {
            Point::new(-dy, dx)
        } else {
            Point::new(dy, -dx)
        })
    }

    /// The compass side wall `k` faces (outwards): exactly for a wall that runs north–south
    /// or east–west, the nearest of the four for a slanted one.
    pub fn facing_side(&self, k: usize) -> Option<Side> {
        let n = self.inward_normal(k)?;
        let (out_x, out_y) = (-n.x, -n.y);
        Some(if out_x.abs() > out_y.abs() {
            if out_x > 0.0 { Side::East } else { Side::West }
        } else if out_y > 0.0 {
            Side::South
        } else {
            Side::North
        })
    }

    /// Whether the point is inside or on a wall.
    pub fn contains_point(&self, p: Point) -> bool {
        match self.rect {
            Some(r) => r.contains_point(p),
            None => self.bounds.contains_point(p) && self.polygon.intersects(&coord(p)),
        }
    }

    /// Whether the rectangle lies wholly inside (it may touch the walls, within
    /// [`EPS`]).
    pub fn contains_rect(&self, r: &Rect) -> bool {
        if let Some(own) = self.rect {
            return own.contains_rect(r);
        }
        if !self.bounds.contains_rect(r) {
            return false;
        }
        let inner = r.expanded(-EPS).unwrap_or(*r);
        self.polygon.relate(&rect_polygon(&inner)).is_covers()
    }

    /// The area of the rectangle inside the outline, m².
    pub fn overlap_area(&self, r: &Rect) -> f64 {
        if let Some(own) = self.rect {
            return own.intersection(r).map_or(0.0, |shared| shared.area());
        }
        if !self.bounds.overlaps(r) {
            return 0.0;
        }
        if self.contains_rect(r) {
            return r.area();
        }
        self.polygon.intersection(&rect_polygon(r)).unsigned_area()
    }

    /// The floor two outlines share, m² (0 when they only touch).
    pub fn overlap_with(&self, other: &Outline) -> f64 {
        if let Some(r) = other.rect {
            return self.overlap_area(&r);
        }
        if !self.bounds.overlaps(&other.bounds) {
            return 0.0;
        }
        self.polygon.intersection(&other.polygon).unsigned_area()
    }

    /// Whether the rectangle and the outline share floor (more than touching).
    pub fn overlaps_rect(&self, r: &Rect) -> bool {
        match self.rect {
            Some(own) => own.overlaps(r),
            None => self.overlap_area(r) > EPS * EPS,
        }
    }

    /// The parts of the rectangle outside the outline (empty when it lies inside).
    pub fn parts_outside(&self, r: &Rect) -> Vec<Polygon<f64>> {
        if let Some(own) = self.rect {
            return rect_polygon(r).difference(&rect_polygon(&own)).0;
        }
        if self.contains_rect(r) {
            return Vec::new();
        }
        rect_polygon(r).difference(&self.polygon).0
    }

    /// The parts of the outline inside `r`, each an outline of its own.
    pub fn clipped_to(&self, r: &Rect) -> Vec<Outline> {
        if let Some(own) = self.rect {
            return own.intersection(r).map(Outline::rect).into_iter().collect();
        }
        let pieces = self.polygon.intersection(&rect_polygon(r));
        pieces
            .0
            .iter()
            .filter_map(|p| Outline::new(Outline::tidied(&ring_corners(p))).ok())
            .collect()
    }

    /// The same outline moved by (`dx`, `dy`); `None` if that leaves the accepted range.
    pub fn translated(&self, dx: f64, dy: f64) -> Option<Outline> {
        if let Some(r) = self.rect {
            return r.translated(dx, dy).map(Outline::rect);
        }
        let moved = self
            .corners
            .iter()
            .map(|p| Point::new(p.x + dx, p.y + dy))
            .collect();
        Outline::new(moved).ok()
    }

    /// The outline with corner `k` at `to`.
    pub fn with_corner_moved(&self, k: usize, to: Point) -> Result<Outline, OutlineError> {
        let mut corners = self.corners.clone();
        if let Some(c) = corners.get_mut(k) {
            *c = to;
        }
        Outline::new(corners)
    }

    /// The outline with a new corner at `at` on wall `wall` (between corner `wall` and
    /// the next), which becomes corner `wall + 1`.
    pub fn with_corner_added(&self, wall: usize, at: Point) -> Result<Outline, OutlineError> {
        let mut corners = self.corners.clone();
        corners.insert((wall + 1).min(corners.len()), at);
        Outline::new(corners)
    }

    /// The outline without corner `k`.
    pub fn with_corner_removed(&self, k: usize) -> Result<Outline, OutlineError> {
        let mut corners = self.corners.clone();
        if k < corners.len() {
            corners.remove(k);
        }
        Outline::new(corners)
    }

    /// The nearest point of the walls to `p`.
    pub fn nearest_wall(&self, p: Point) -> Option<WallPoint> {
        self.walls()
            .map(|(wall, a, b)| {
                let (dx, dy) = (b.x - a.x, b.y - a.y);
                let length_2 = dx * dx + dy * dy;
                let t = (((p.x - a.x) * dx + (p.y - a.y) * dy) / length_2).clamp(0.0, 1.0);
                let at = Point::new(a.x + t * dx, a.y + t * dy);
                WallPoint {
                    wall,
                    along: t * length_2.sqrt(),
                    distance: at.distance(p),
                    at,
                }
            })
            .min_by(|a, b| a.distance.total_cmp(&b.distance))
    }

    /// The point `along` metres from the first corner of wall `k`.
    pub fn point_on_wall(&self, k: usize, along: f64) -> Option<Point> {
        let (a, b) = self.wall(k)?;
        let t = along / a.distance(b);
        Some(Point::new(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)))
    }

    /// The outline cut into triangles, for filling it on screen or in a drawing.
    pub fn triangles(&self) -> Vec<[Point; 3]> {
        if let Some(r) = self.rect {
            let [a, b, c, d] = [
                r.min(),
                Point::new(r.max_x(), r.y()),
                r.max(),
                Point::new(r.x(), r.max_y()),
            ];
            return vec![[a, b, c], [a, c, d]];
        }
        self.polygon
            .earcut_triangles_iter()
            .map(|t| [point(t.v1()), point(t.v2()), point(t.v3())])
            .collect()
    }

    /// The outline split along the middle of its box into up to four pieces (north-west,
    /// north-east, south-west, south-east; a quarter the outline does not reach is
    /// left out, one it reaches in several places gives several pieces).
    pub fn quarters(&self) -> Vec<Vec<Outline>> {
        let b = self.bounds;
        let (hw, hh) = (b.w() / 2.0, b.h() / 2.0);
        [(0.0, 0.0), (hw, 0.0), (0.0, hh), (hw, hh)]
            .into_iter()
            .map(|(dx, dy)| {
                Rect::new(b.x() + dx, b.y() + dy, hw, hh)
                    .map(|q| self.clipped_to(&q))
                    .unwrap_or_default()
            })
            .collect()
    }
}

#[cfg(test)]
impl Outline {
    /// An L for tests: 60 m wide, 40 m deep, with the north-east 30 × 20 m cut away.
    pub(crate) fn l_shape() -> Outline {
        let corners = [
            (0.0, 0.0),
            (30.0, 0.0),
            (30.0, 20.0),
            (60.0, 20.0),
            (60.0, 40.0),
            (0.0, 40.0),
        ];
        Outline::new(corners.map(|(x, y)| Point::new(x, y)).to_vec())
            .expect("the test L is a simple polygon")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(x: f64, y: f64) -> Point {
        Point::new(x, y)
    }

    fn r(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect::new(x, y, w, h).unwrap()
    }

    #[test]
    fn refuses_what_is_not_a_simple_polygon() {
        assert_eq!(
            Outline::new(vec![p(0.0, 0.0), p(1.0, 0.0)]),
            Err(OutlineError::TooFewCorners(2))
        );
        let bow_tie = vec![p(0.0, 0.0), p(10.0, 10.0), p(10.0, 0.0), p(0.0, 10.0)];
        assert_eq!(Outline::new(bow_tie), Err(OutlineError::CrossesItself));
        let flat = vec![p(0.0, 0.0), p(5.0, 0.0), p(10.0, 0.0)];
        assert_eq!(Outline::new(flat), Err(OutlineError::NoArea));
        let repeated = vec![p(0.0, 0.0), p(5.0, 0.0), p(5.0, 0.0), p(0.0, 5.0)];
        assert_eq!(
            Outline::new(repeated),
            Err(OutlineError::RepeatedCorner {
                first: 1,
                second: 2
            })
        );
        let nan = vec![p(0.0, 0.0), p(f64::NAN, 0.0), p(0.0, 5.0)];
        assert!(matches!(
            Outline::new(nan),
            Err(OutlineError::BadCorner { index: 1, .. })
        ));
        let many: Vec<Point> = (0..=MAX_CORNERS)
            .map(|i| {
                let a = i as f64 / (MAX_CORNERS + 1) as f64 * std::f64::consts::TAU;
                p(100.0 * a.cos(), 100.0 * a.sin())
            })
            .collect();
        assert!(matches!(
            Outline::new(many),
            Err(OutlineError::TooManyCorners(_))
        ));
    }

    #[test]
    fn rectangles_are_recognised_in_either_direction() {
        let rect = Outline::rect(r(0.0, 0.0, 10.0, 5.0));
        assert_eq!(rect.as_rect(), Some(r(0.0, 0.0, 10.0, 5.0)));
        let same = Outline::new(rect.corners().to_vec()).unwrap();
        assert_eq!(same.as_rect(), rect.as_rect());
        let reversed: Vec<Point> = rect.corners().iter().rev().copied().collect();
        assert!(Outline::new(reversed).unwrap().as_rect().is_some());
        assert!(Outline::l_shape().as_rect().is_none());
        let trapezoid = Outline::new(vec![p(0.0, 0.0), p(10.0, 0.0), p(8.0, 5.0), p(0.0, 5.0)]);
        assert!(trapezoid.unwrap().as_rect().is_none());
    }

    #[test]
    fn area_containment_and_overlap_of_an_l() {
        let l = Outline::l_shape();
        assert!((l.area() - (60.0 * 40.0 - 30.0 * 20.0)).abs() < 1e-9);
        assert!(l.contains_rect(&r(0.0, 0.0, 3.0, 3.0)), "flush in a corner");
        assert!(
            l.contains_rect(&r(27.0, 17.0, 3.0, 3.0)),
            "against the inner corner"
        );
        assert!(
            !l.contains_rect(&r(29.0, 17.0, 3.0, 3.0)),
            "across the inner corner"
        );
        assert!(
            !l.contains_rect(&r(40.0, 5.0, 3.0, 3.0)),
            "in the cut-away part"
        );
        assert!(l.contains_point(p(45.0, 30.0)));
        assert!(l.contains_point(p(30.0, 10.0)), "on a wall");
        assert!(!l.contains_point(p(45.0, 10.0)));
        assert!((l.overlap_area(&r(28.0, 18.0, 4.0, 4.0)) - 12.0).abs() < 1e-9);
        let outside = l.parts_outside(&r(28.0, 18.0, 4.0, 4.0));
        let outside_area: f64 = outside.iter().map(|poly| poly.unsigned_area()).sum();
        assert!((outside_area - 4.0).abs() < 1e-9);
        assert!(l.parts_outside(&r(1.0, 1.0, 2.0, 2.0)).is_empty());
    }

    #[test]
    fn inward_normals_point_into_the_floor_whichever_way_the_corners_run() {
        let l = Outline::l_shape();
        // Wall 0 runs along the north edge: the floor is to the south.
        assert_eq!(l.inward_normal(0), Some(p(0.0, 1.0)));
        let reversed = Outline::new(l.corners().iter().rev().copied().collect()).unwrap();
        // Reversed, wall 0 runs from (0, 40) to (60, 40): the floor is to the north.
        assert_eq!(reversed.wall(0), Some((p(0.0, 40.0), p(60.0, 40.0))));
        assert_eq!(reversed.inward_normal(0), Some(p(0.0, -1.0)));
        let rect = Outline::rect(r(0.0, 0.0, 10.0, 5.0));
        assert_eq!(rect.inward_normal(1), Some(p(-1.0, 0.0)), "east wall");
        let sides: Vec<Side> = (0..4).filter_map(|k| rect.facing_side(k)).collect();
        assert_eq!(sides, Side::ALL);
    }

    #[test]
    fn corners_move_appear_and_go() {
        let l = Outline::l_shape();
        // The inner corner 5 m further south: the floor loses the triangle (30, 20),
        // (30, 25), (60, 20).
        let moved = l.with_corner_moved(2, p(30.0, 25.0)).unwrap();
        assert!((moved.area() - (1800.0 - 75.0)).abs() < 1e-9);
        // Dragging a corner across the hall makes its walls cross: refused.
        assert!(l.with_corner_moved(2, p(70.0, 50.0)).is_err());
        let added = l.with_corner_added(0, p(15.0, -5.0)).unwrap();
        assert_eq!(added.len(), 7);
        assert_eq!(added.corners()[1], p(15.0, -5.0));
        let removed = added.with_corner_removed(1).unwrap();
        assert_eq!(removed, l);
        let triangle = Outline::new(vec![p(0.0, 0.0), p(4.0, 0.0), p(0.0, 3.0)]).unwrap();
        assert_eq!(
            triangle.with_corner_removed(0),
            Err(OutlineError::TooFewCorners(2))
        );
    }

    #[test]
    fn the_nearest_wall_of_a_slanted_hall() {
        // A hall with its east wall slanted: from (40, 0) down to (50, 30).
        let hall =
            Outline::new(vec![p(0.0, 0.0), p(40.0, 0.0), p(50.0, 30.0), p(0.0, 30.0)]).unwrap();
        let near = hall.nearest_wall(p(44.0, 15.0)).unwrap();
        assert_eq!(near.wall, 1);
        assert!((near.at.distance(p(44.0, 15.0)) - near.distance).abs() < 1e-12);
        let on = hall.point_on_wall(1, near.along).unwrap();
        assert!(on.distance(near.at) < 1e-9);
        assert!(hall.contains_point(near.at));
    }

    #[test]
    fn triangles_cover_the_outline_and_quarters_split_it() {
        let l = Outline::l_shape();
        let area: f64 = l
            .triangles()
            .iter()
            .map(|[a, b, c]| ((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)).abs() / 2.0)
            .sum();
        assert!((area - l.area()).abs() < 1e-6);
        let quarters = l.quarters();
        assert_eq!(quarters.len(), 4);
        // The north-east quarter is half cut away: 30 × 20 minus the cut-out 30 × 20
        // leaves nothing; the other three are whole.
        assert!(quarters[1].is_empty());
        let total: f64 = quarters.iter().flatten().map(Outline::area).sum();
        assert!((total - l.area()).abs() < 1e-6);
    }

    #[test]
    fn tidying_drops_repeats_and_the_closing_corner() {
        let tidy = Outline::tidied(&[
            p(0.0, 0.0),
            p(0.0, 0.0),
            p(10.0, 0.0),
            p(10.0, 5.0),
            p(0.0, 0.0005),
        ]);
        assert_eq!(tidy, vec![p(0.0, 0.0), p(10.0, 0.0), p(10.0, 5.0)]);
    }

    #[test]
    fn outlines_read_and_write_as_lists_of_points() {
        let l = Outline::l_shape();
        let text = ron::to_string(&l).unwrap();
        assert!(text.starts_with("[(0.0,0.0),(30.0,0.0)"), "{text}");
        let back: Outline = ron::from_str(&text).unwrap();
        assert_eq!(back, l);
        assert!(ron::from_str::<Outline>("[(0,0),(10,10),(10,0),(0,10)]").is_err());
    }
}
