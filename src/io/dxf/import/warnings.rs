//! What a venue import left out or guessed, said to the planner.

use thiserror::Error;

/// One thing the planner should check after an import.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ImportWarning {
    /// Flattening stopped at its caps: the drawing has more in it than was read.
    #[error(
        "the drawing holds more pieces or deeper nested blocks than expoplan reads; the rest was left out"
    )]
    DrawingCut,
    /// A closed shape on a hall layer does not make a hall outline.
    #[error(
        "hall layer {layer:?}: a closed outline near ({x}, {y}) is not a usable hall: {reason}"
    )]
    HallRefused {
        /// The layer.
        layer: String,
        /// Where (drawing units), for finding it in CAD.
        x: String,
        /// Where.
        y: String,
        /// Why.
        reason: String,
    },
    /// Lines on hall layers that do not join into closed outlines.
    #[error(
        "hall layer {layer:?}: {count} line(s) do not join up into a closed outline and were left out"
    )]
    OpenHallLines {
        /// The layer.
        layer: String,
        /// How many chains stayed open.
        count: usize,
    },
    /// An outline lying within (or mostly over) another hall.
    #[error(
        "hall layer {layer:?}: an outline of {area_m2} m² lies within another hall and was left out (draw a hole as an obstacle)"
    )]
    HallInsideHall {
        /// The layer.
        layer: String,
        /// Its area.
        area_m2: String,
    },
    /// More hall outlines than a venue has.
    #[error("the hall layers hold more than {limit} outlines; only the largest {limit} were kept")]
    TooManyHalls {
        /// The most kept.
        limit: usize,
    },
    /// A column, stage, service area or exit outside every hall.
    #[error("{what} {name:?} lies outside every hall and was left out")]
    OutsideHalls {
        /// What it is: `column`, `stage`, …
        what: &'static str,
        /// Its name.
        name: String,
    },
    /// A column bigger than a column is.
    #[error(
        "column layer {layer:?}: a shape of {w} × {h} m is too large for a column (at most {max} m a side) and was left out"
    )]
    ColumnTooLarge {
        /// The layer.
        layer: String,
        /// Its width.
        w: String,
        /// Its depth.
        h: String,
        /// The largest column side.
        max: String,
    },
    /// A door too far from every hall wall.
    #[error("exit {name:?} is {distance} m from the nearest hall wall and was left out")]
    ExitOffWall {
        /// Its name.
        name: String,
        /// How far.
        distance: String,
    },
    /// A door whose width could not be used.
    #[error("exit {name:?}: a door {width} m wide {problem} and was left out")]
    ExitBadWidth {
        /// Its name.
        name: String,
        /// Its width.
        width: String,
        /// What is wrong.
        problem: &'static str,
    },
    /// The underlay reached its caps.
    #[error(
        "the underlay keeps at most {max_points} points and {max_texts} texts; the rest of the drawing was left out of it"
    )]
    UnderlayCut {
        /// The cap on points.
        max_points: usize,
        /// The cap on texts.
        max_texts: usize,
    },
}
