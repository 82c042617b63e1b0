//! The venue's drawing under the plan: each shown layer's lines and texts, drawn
//! faintly over the hall floor and under everything else. The box of every line is
//! kept between frames (a drawing can hold millions of points), so a frame only builds
//! the lines on screen and big enough to see.

use super::paint::FloorPainter;
use super::style;
use crate::document::Document;
use crate::model::{Point, Rect, Underlay};
use egui::{Mesh, Pos2, Shape};

/// Lines smaller than this on screen, in points, are left out.
const MIN_LINE_PX: f64 = 0.75;
/// Lines smaller than this on screen, in points, are drawn as a speck of their box.
const SPECK_PX: f64 = 3.0;
/// How wide the underlay's lines are drawn, in points.
const LINE_PX: f32 = 1.0;
/// Texts smaller than this on screen, in points, are left out.
const MIN_TEXT_PX: f64 = 7.0;
/// Texts larger than this on screen are drawn at this size.
const MAX_TEXT_PX: f64 = 48.0;

/// An axis-aligned box that may have no width or height (a straight line's).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Bounds {
    min: (f64, f64),
    max: (f64, f64),
}

impl Bounds {
    fn of(points: &[(f64, f64)]) -> Option<Bounds> {
        let (&first, rest) = points.split_first()?;
        let mut b = Bounds {
            min: first,
            max: first,
        };
        for &(x, y) in rest {
            b.min = (b.min.0.min(x), b.min.1.min(y));
            b.max = (b.max.0.max(x), b.max.1.max(y));
        }
        Some(b)
    }

    fn meets(&self, r: &Rect) -> bool {
        self.min.0 <= r.max_x()
            && self.max.0 >= r.x()
            && self.min.1 <= r.max_y()
            && self.max.1 >= r.y()
    }

    fn size(&self) -> f64 {
        (self.max.0 - self.min.0).max(self.max.1 - self.min.1)
    }
}

/// The boxes of the underlay's lines, layer by layer, for the document revision of the
/// underlay they were made for.
#[derive(Debug, Clone, Default)]
pub struct UnderlayIndex {
    made_for: Option<u64>,
    layers: Vec<Vec<Option<Bounds>>>,
    /// Vertices and indices of the last frame's mesh, reserved up front in the next (a
    /// mesh grown piece by piece is copied over and over).
    last_mesh: (usize, usize),
}

impl UnderlayIndex {
    /// Makes the boxes again if the document's underlay changed since.
    pub fn refresh(&mut self, doc: &Document) {
        if self.made_for == Some(doc.underlay_revision()) {
            return;
        }
        self.layers = index(&doc.plan().underlay);
        self.made_for = Some(doc.underlay_revision());
    }

    /// Draws the shown layers' lines and texts that are on screen.
    pub fn paint(&mut self, floor: &FloorPainter<'_>, visible: &Rect) {
        let underlay = &floor.plan.underlay;
        let scale = floor.view.scale;
        // Every line goes into one mesh of thin quads: a drawing holds far more lines
        // than egui could stroke one by one in a frame.
        let mut mesh = Mesh::default();
        mesh.vertices.reserve(self.last_mesh.0);
        mesh.indices.reserve(self.last_mesh.1);
        for (layer, boxes) in underlay.layers.iter().zip(&self.layers) {
            if !layer.visible {
                continue;
            }
            for (line, bounds) in layer.lines.iter().zip(boxes) {
                let Some(bounds) = bounds else { continue };
                let size_px = bounds.size() * scale;
                if !bounds.meets(visible) || size_px < MIN_LINE_PX {
                    continue;
                }
                if size_px < SPECK_PX {
                    // Too small to tell its shape: a speck the size of its box.
                    let a = floor.point(Point::new(bounds.min.0, bounds.min.1));
                    let b = floor.point(Point::new(bounds.max.0, bounds.max.1));
                    let speck = egui::Rect::from_two_pos(a, b).expand(LINE_PX / 2.0);
                    mesh.add_colored_rect(speck, style::UNDERLAY);
                    continue;
                }
                let points: Vec<Pos2> = line
                    .points
                    .iter()
                    .map(|&(x, y)| floor.point(Point::new(x, y)))
                    .collect();
                for pair in points.windows(2) {
                    add_segment(&mut mesh, pair[0], pair[1]);
                }
                if line.closed
                    && let (Some(&first), Some(&last)) = (points.first(), points.last())
                {
                    add_segment(&mut mesh, last, first);
                }
            }
            for text in &layer.texts {
                let px = text.height * scale;
                let (x, y) = text.at;
                // A text reaches about twenty letter heights to the right of its start.
                let reach = text.height * 20.0;
                let near = Bounds {
                    min: (x - reach, y - reach),
                    max: (x + reach, y + reach),
                };
                if px < MIN_TEXT_PX || !near.meets(visible) {
                    continue;
                }
                floor.painter.text(
                    floor.point(Point::new(x, y)),
                    egui::Align2::LEFT_BOTTOM,
                    &text.text,
                    egui::FontId::proportional(px.min(MAX_TEXT_PX) as f32),
                    style::UNDERLAY,
                );
            }
        }
        self.last_mesh = (mesh.vertices.len(), mesh.indices.len());
        // A clip rectangle of its own keeps the mesh out of the booths' batch, so
        // neither is copied into the other when the frame is tessellated.
        let clip = floor.painter.clip_rect().shrink(0.25);
        floor.painter.with_clip_rect(clip).add(Shape::mesh(mesh));
    }
}

/// Adds the segment from `a` to `b` to `mesh` as a quad [`LINE_PX`] wide.
fn add_segment(mesh: &mut Mesh, a: Pos2, b: Pos2) {
    let along = b - a;
    let length = along.length();
    if length < f32::EPSILON {
        return;
    }
    let across = egui::vec2(-along.y, along.x) * (LINE_PX / 2.0 / length);
    let base = mesh.vertices.len() as u32;
    for p in [a + across, b + across, b - across, a - across] {
        mesh.colored_vertex(p, style::UNDERLAY);
    }
    mesh.add_triangle(base, base + 1, base + 2);
    mesh.add_triangle(base, base + 2, base + 3);
}

/// Every line's box, layer by layer.
fn index(underlay: &Underlay) -> Vec<Vec<Option<Bounds>>> {
    underlay
        .layers
        .iter()
        .map(|layer| layer.lines.iter().map(|l| Bounds::of(&l.points)).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_straight_line_has_a_box_with_no_height_that_still_meets_the_view() {
        let b = Bounds::of(&[(0.0, 5.0), (10.0, 5.0)]).expect("two points");
        assert_eq!(b.size(), 10.0);
        let view = Rect::new(2.0, 0.0, 3.0, 10.0).expect("a view");
        assert!(b.meets(&view));
        let above = Rect::new(2.0, 6.0, 3.0, 10.0).expect("a view");
        assert!(!b.meets(&above));
        assert_eq!(Bounds::of(&[]), None);
    }
}
