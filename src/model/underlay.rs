//! The underlay: the rest of a venue's drawing, kept under the plan to find one's way
//! (walls, doors, room names, loading bays). It is drawn faintly, layer by layer on or
//! off, and no rule ever reads it.

use super::geom::MAX_COORD;
use serde::{Deserialize, Serialize};

/// The most points an underlay may hold in all (a venue drawing of a few hundred
/// thousand lines fits well within it).
pub const MAX_UNDERLAY_POINTS: usize = 4_000_000;

/// The most texts an underlay may hold.
pub const MAX_UNDERLAY_TEXTS: usize = 200_000;

/// The drawing under the plan, by layer.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Underlay {
    /// The layers, in the drawing's order.
    pub layers: Vec<UnderlayLayer>,
}

/// One layer of the underlay.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnderlayLayer {
    /// The layer's name in the drawing, e.g. `A-WALL`.
    pub name: String,
    /// Whether it is drawn.
    pub visible: bool,
    /// Its lines, each through points in metres on the plan.
    pub lines: Vec<UnderlayLine>,
    /// Its texts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub texts: Vec<UnderlayText>,
}

/// A line through points, closed back to the first or not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnderlayLine {
    /// Whether the last point joins the first.
    pub closed: bool,
    /// The points, `(x, y)` in metres.
    pub points: Vec<(f64, f64)>,
}

/// A text of the drawing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnderlayText {
    /// Where it starts, `(x, y)` in metres.
    pub at: (f64, f64),
    /// Letter height, metres.
    pub height: f64,
    /// What it says.
    pub text: String,
}

/// What is wrong with an underlay.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum UnderlayError {
    /// A coordinate or height is not a number within reach.
    #[error(
        "the underlay's layer {layer:?} has a point or text size that is not a number within {MAX_COORD} m"
    )]
    BadNumber {
        /// The layer.
        layer: String,
    },
    /// It holds more than the most points or texts allowed.
    #[error(
        "the underlay holds {points} points and {texts} texts, more than the {MAX_UNDERLAY_POINTS} points and {MAX_UNDERLAY_TEXTS} texts expoplan keeps"
    )]
    TooLarge {
        /// Points in all.
        points: usize,
        /// Texts in all.
        texts: usize,
    },
}

/// Whether a number is finite and within [`MAX_COORD`] of zero.
fn within_reach(v: f64) -> bool {
    v.is_finite() && v.abs() <= MAX_COORD
}

impl Underlay {
    /// Whether there is nothing in it (a plan without one saves no `underlay`).
    pub fn is_empty(&self) -> bool {
        self.layers.is_empty()
    }

    /// Points in all layers.
    pub fn point_count(&self) -> usize {
        self.layers
            .iter()
            .flat_map(|l| &l.lines)
            .map(|line| line.points.len())
            .sum()
    }

    /// Texts in all layers.
    pub fn text_count(&self) -> usize {
        self.layers.iter().map(|l| l.texts.len()).sum()
    }

    /// Checks that every number is within reach and the whole within the caps.
    pub fn validate(&self) -> Result<(), UnderlayError> {
        let (points, texts) = (self.point_count(), self.text_count());
        if points > MAX_UNDERLAY_POINTS || texts > MAX_UNDERLAY_TEXTS {
            return Err(UnderlayError::TooLarge { points, texts });
        }
        for layer in &self.layers {
            let lines_ok = layer
                .lines
                .iter()
                .flat_map(|line| &line.points)
                .all(|&(x, y)| within_reach(x) && within_reach(y));
            let texts_ok = layer
                .texts
                .iter()
                .all(|t| within_reach(t.at.0) && within_reach(t.at.1) && within_reach(t.height));
            if !lines_ok || !texts_ok {
                return Err(UnderlayError::BadNumber {
                    layer: layer.name.clone(),
                });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layer(points: Vec<(f64, f64)>) -> UnderlayLayer {
        UnderlayLayer {
            name: "A-WALL".to_owned(),
            visible: true,
            lines: vec![UnderlayLine {
                closed: false,
                points,
            }],
            texts: Vec::new(),
        }
    }

    #[test]
    fn numbers_out_of_reach_are_refused_and_counted() {
        let good = Underlay {
            layers: vec![layer(vec![(0.0, 0.0), (10.0, 5.0)])],
        };
        assert_eq!(good.validate(), Ok(()));
        assert_eq!(good.point_count(), 2);
        let bad = Underlay {
            layers: vec![layer(vec![(0.0, f64::NAN)])],
        };
        assert!(matches!(
            bad.validate(),
            Err(UnderlayError::BadNumber { .. })
        ));
        let far = Underlay {
            layers: vec![layer(vec![(2.0 * MAX_COORD, 0.0)])],
        };
        assert!(far.validate().is_err());
    }
}
