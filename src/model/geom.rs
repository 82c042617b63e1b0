//! Plane geometry in metres.
//!
//! The floor's origin is the top-left corner of the drawing; `x` grows east and `y` grows
//! south, as on a printed plan and on screen. Every [`Rect`] is finite and has a positive
//! size: its constructor rejects anything else, so code that holds one never meets NaN.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Two rectangles closer than this (metres) count as touching.
pub const EPS: f64 = 1e-6;

/// Why a size or coordinate was rejected.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum GeomError {
    /// A coordinate or size was NaN or infinite.
    #[error("{what} must be a finite number, got {}", super::limits::compact(*value))]
    NotFinite {
        /// Which quantity.
        what: &'static str,
        /// The offending value.
        value: f64,
    },
    /// A width or depth was zero or negative.
    #[error("{what} must be greater than zero, got {}", super::limits::compact(*value))]
    NotPositive {
        /// Which quantity.
        what: &'static str,
        /// The offending value.
        value: f64,
    },
    /// A coordinate was beyond the largest floor expoplan handles.
    #[error("{what} is {} m, beyond the {MAX_COORD} m expoplan handles", super::limits::compact(*value))]
    TooLarge {
        /// Which quantity.
        what: &'static str,
        /// The offending value.
        value: f64,
    },
}

/// The largest coordinate or size accepted, in metres (100 km: far beyond any venue).
pub const MAX_COORD: f64 = 100_000.0;

/// Checks that `value` is a finite number within [`MAX_COORD`] of the origin.
pub fn finite(what: &'static str, value: f64) -> Result<f64, GeomError> {
    if !value.is_finite() {
        Err(GeomError::NotFinite { what, value })
    } else if value.abs() > MAX_COORD {
        Err(GeomError::TooLarge { what, value })
    } else {
        Ok(value)
    }
}

/// Checks that `value` is finite and greater than zero.
pub fn positive(what: &'static str, value: f64) -> Result<f64, GeomError> {
    let value = finite(what, value)?;
    if value <= 0.0 {
        Err(GeomError::NotPositive { what, value })
    } else {
        Ok(value)
    }
}

/// A point on the floor, in metres.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Point {
    /// Metres east of the origin.
    pub x: f64,
    /// Metres south of the origin.
    pub y: f64,
}

impl Point {
    /// A point at (`x`, `y`).
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }

    /// Straight-line distance to `other`.
    pub fn distance(self, other: Point) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }
}

/// A raw rectangle as written in a file, before it is checked.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
struct RawRect {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

/// An axis-aligned rectangle: its top-left corner (`x`, `y`), width `w` (east–west) and
/// depth `h` (north–south), in metres. Always finite with `w > 0` and `h > 0`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawRect", into = "RawRect")]
pub struct Rect {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

impl TryFrom<RawRect> for Rect {
    type Error = GeomError;
    fn try_from(raw: RawRect) -> Result<Self, Self::Error> {
        Rect::new(raw.x, raw.y, raw.w, raw.h)
    }
}

impl From<Rect> for RawRect {
    fn from(r: Rect) -> Self {
        RawRect {
            x: r.x,
            y: r.y,
            w: r.w,
            h: r.h,
        }
    }
}

impl Rect {
    /// A rectangle with its top-left corner at (`x`, `y`), `w` wide and `h` deep.
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Result<Self, GeomError> {
        Ok(Self {
            x: finite("x", x)?,
            y: finite("y", y)?,
            w: positive("width", w)?,
            h: positive("depth", h)?,
        })
    }

    /// The rectangle spanned by two opposite corners, in any order. `None` when the
    /// corners share an x or a y (no area) or are not finite.
    pub fn from_corners(a: Point, b: Point) -> Option<Self> {
        Rect::new(
            a.x.min(b.x),
            a.y.min(b.y),
            (a.x - b.x).abs(),
            (a.y - b.y).abs(),
        )
        .ok()
    }

    /// West edge.
    pub const fn x(&self) -> f64 {
        self.x
    }
    /// North edge.
    pub const fn y(&self) -> f64 {
        self.y
    }
    /// Width, east–west.
    pub const fn w(&self) -> f64 {
        self.w
    }
    /// Depth, north–south.
    pub const fn h(&self) -> f64 {
        self.h
    }
    /// East edge.
    pub fn max_x(&self) -> f64 {
        self.x + self.w
    }
    /// South edge.
    pub fn max_y(&self) -> f64 {
        self.y + self.h
    }
    /// Top-left corner.
    pub const fn min(&self) -> Point {
        Point::new(self.x, self.y)
    }
    /// Bottom-right corner.
    pub fn max(&self) -> Point {
        Point::new(self.max_x(), self.max_y())
    }
    /// Centre point.
    pub fn center(&self) -> Point {
        Point::new(self.x + self.w / 2.0, self.y + self.h / 2.0)
    }
    /// Area in square metres.
    pub fn area(&self) -> f64 {
        self.w * self.h
    }

    /// The same rectangle moved by (`dx`, `dy`). `None` if that leaves the accepted range.
    pub fn translated(&self, dx: f64, dy: f64) -> Option<Self> {
        Rect::new(self.x + dx, self.y + dy, self.w, self.h).ok()
    }

    /// The same rectangle turned 90° about its centre (width and depth swapped).
    pub fn rotated(&self) -> Option<Self> {
        let c = self.center();
        Rect::new(c.x - self.h / 2.0, c.y - self.w / 2.0, self.h, self.w).ok()
    }

    /// The rectangle grown by `margin` on every side (shrunk for a negative margin).
    /// `None` when shrinking leaves nothing.
    pub fn expanded(&self, margin: f64) -> Option<Self> {
        Rect::new(
            self.x - margin,
            self.y - margin,
            self.w + 2.0 * margin,
            self.h + 2.0 * margin,
        )
        .ok()
    }

    /// Whether the point lies inside or on the edge.
    pub fn contains_point(&self, p: Point) -> bool {
        p.x >= self.x && p.x <= self.max_x() && p.y >= self.y && p.y <= self.max_y()
    }

    /// Whether `other` lies wholly inside this rectangle (edges may touch).
    pub fn contains_rect(&self, other: &Rect) -> bool {
        other.x >= self.x - EPS
            && other.y >= self.y - EPS
            && other.max_x() <= self.max_x() + EPS
            && other.max_y() <= self.max_y() + EPS
    }

    /// The overlap of two rectangles, if they share more than an edge.
    pub fn intersection(&self, other: &Rect) -> Option<Rect> {
        let x0 = self.x.max(other.x);
        let y0 = self.y.max(other.y);
        let x1 = self.max_x().min(other.max_x());
        let y1 = self.max_y().min(other.max_y());
        if x1 - x0 > EPS && y1 - y0 > EPS {
            Rect::new(x0, y0, x1 - x0, y1 - y0).ok()
        } else {
            None
        }
    }

    /// Whether the two rectangles share area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.intersection(other).is_some()
    }

    /// The smallest rectangle holding both.
    pub fn union(&self, other: &Rect) -> Rect {
        let x0 = self.x.min(other.x);
        let y0 = self.y.min(other.y);
        let x1 = self.max_x().max(other.max_x());
        let y1 = self.max_y().max(other.max_y());
        Rect {
            x: x0,
            y: y0,
            w: x1 - x0,
            h: y1 - y0,
        }
    }

    /// Shortest distance between the two rectangles (0 when they touch or overlap).
    pub fn gap(&self, other: &Rect) -> f64 {
        let dx = (other.x - self.max_x())
            .max(self.x - other.max_x())
            .max(0.0);
        let dy = (other.y - self.max_y())
            .max(self.y - other.max_y())
            .max(0.0);
        dx.hypot(dy)
    }

    /// The part of this rectangle's `side` edge, as an interval along that edge.
    fn side_span(&self, side: Side) -> (f64, f64) {
        match side {
            Side::North | Side::South => (self.x, self.max_x()),
            Side::East | Side::West => (self.y, self.max_y()),
        }
    }

    /// A strip of depth `depth` just outside the given side, as long as that side.
    pub fn strip_outside(&self, side: Side, depth: f64) -> Option<Rect> {
        match side {
            Side::North => Rect::new(self.x, self.y - depth, self.w, depth).ok(),
            Side::South => Rect::new(self.x, self.max_y(), self.w, depth).ok(),
            Side::West => Rect::new(self.x - depth, self.y, depth, self.h).ok(),
            Side::East => Rect::new(self.max_x(), self.y, depth, self.h).ok(),
        }
    }

    /// Length of `side`.
    pub fn side_length(&self, side: Side) -> f64 {
        let (a, b) = self.side_span(side);
        b - a
    }
}

/// One of the four sides of a rectangle, or of a hall's walls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Side {
    /// The top side (smallest y).
    North,
    /// The right side (largest x).
    East,
    /// The bottom side (largest y).
    South,
    /// The left side (smallest x).
    West,
}

impl Side {
    /// All four sides, clockwise from north.
    pub const ALL: [Side; 4] = [Side::North, Side::East, Side::South, Side::West];

    /// The side facing this one.
    pub const fn opposite(self) -> Side {
        match self {
            Side::North => Side::South,
            Side::South => Side::North,
            Side::East => Side::West,
            Side::West => Side::East,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_bad_sizes() {
        assert!(Rect::new(0.0, 0.0, 0.0, 1.0).is_err());
        assert!(Rect::new(0.0, 0.0, -3.0, 1.0).is_err());
        assert!(Rect::new(f64::NAN, 0.0, 1.0, 1.0).is_err());
        assert!(Rect::new(0.0, 0.0, f64::INFINITY, 1.0).is_err());
        assert!(Rect::new(1e9, 0.0, 1.0, 1.0).is_err());
        assert!(Rect::new(0.0, 0.0, 3.0, 3.0).is_ok());
    }

    #[test]
    fn touching_is_not_overlap() {
        let a = Rect::new(0.0, 0.0, 3.0, 3.0).unwrap();
        let b = Rect::new(3.0, 0.0, 3.0, 3.0).unwrap();
        assert!(!a.overlaps(&b));
        assert_eq!(a.gap(&b), 0.0);
        let c = Rect::new(2.0, 2.0, 3.0, 3.0).unwrap();
        assert_eq!(a.intersection(&c).map(|r| r.area()), Some(1.0));
    }

    #[test]
    fn gap_and_rotation() {
        let a = Rect::new(0.0, 0.0, 3.0, 3.0).unwrap();
        let b = Rect::new(6.0, 0.0, 3.0, 3.0).unwrap();
        assert_eq!(a.gap(&b), 3.0);
        let r = Rect::new(0.0, 0.0, 6.0, 3.0).unwrap().rotated().unwrap();
        assert_eq!((r.w(), r.h()), (3.0, 6.0));
        assert_eq!(r.center(), Point::new(3.0, 1.5));
    }

    #[test]
    fn deserialising_rejects_nan_and_negative() {
        assert!(ron::from_str::<Rect>("(x: 0, y: 0, w: NaN, h: 1)").is_err());
        assert!(ron::from_str::<Rect>("(x: 0, y: 0, w: -1, h: 1)").is_err());
        let r: Rect = ron::from_str("(x: 1, y: 2, w: 3, h: 4)").unwrap();
        assert_eq!(r.area(), 12.0);
    }
}
