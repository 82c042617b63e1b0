//! The underlay: every piece on a layer with no other role, in plan metres, layer by
//! layer in the drawing's order, shown as the drawing had its layers on or off.

use super::super::by_layer::ByLayer;
use super::super::flatten::{Flat, Shape};
use super::super::geometry::arc_points;
use super::{ImportWarning, LayerRole, ToPlan, VenueLayers};
use crate::model::{
    MAX_COORD, MAX_UNDERLAY_POINTS, MAX_UNDERLAY_TEXTS, Point, Underlay, UnderlayLayer,
    UnderlayLine, UnderlayText,
};
use dxf::Drawing;

/// Whether a plan point is within the plan's reach.
fn within_reach(p: Point) -> bool {
    p.x.is_finite() && p.y.is_finite() && p.x.abs() <= MAX_COORD && p.y.abs() <= MAX_COORD
}

/// The underlay of the drawing's remaining layers.
pub fn underlay_of(
    drawing: &Drawing,
    flat: &Flat,
    layers: &VenueLayers,
    to_plan: &ToPlan,
    warnings: &mut Vec<ImportWarning>,
) -> Underlay {
    let empty = |name: &str, visible: bool| UnderlayLayer {
        name: name.to_owned(),
        visible,
        lines: Vec::new(),
        texts: Vec::new(),
    };
    let mut out = ByLayer::from_table(drawing, |l| empty(&l.name, l.is_layer_on));
    let (mut points, mut texts, mut cut) = (0usize, 0usize, false);
    for piece in flat
        .pieces
        .iter()
        .filter(|p| layers.role(&p.layer) == LayerRole::Underlay)
    {
        let layer = out.get_or_add(&piece.layer, || empty(&piece.layer, true));
        match &piece.shape {
            Shape::Text { at, height, text } => {
                let at = to_plan.point(*at);
                let height = to_plan.length(*height);
                if !within_reach(at) || !height.is_finite() || height.abs() > MAX_COORD {
                    continue;
                }
                if texts >= MAX_UNDERLAY_TEXTS {
                    cut = true;
                    continue;
                }
                texts += 1;
                layer.texts.push(UnderlayText {
                    at: (at.x, at.y),
                    height,
                    text: text.clone(),
                });
            }
            Shape::Path { .. } | Shape::Circle { .. } => {
                let (drawn, closed) = match &piece.shape {
                    Shape::Path { points, closed } => (points.clone(), *closed),
                    Shape::Circle { center, radius } => {
                        let mut ring = arc_points(*center, *radius, 0.0, 360.0);
                        ring.pop();
                        (ring, true)
                    }
                    Shape::Text { .. } => continue,
                };
                let line: Vec<Point> = drawn.into_iter().map(|p| to_plan.point(p)).collect();
                if !line.iter().copied().all(within_reach) {
                    continue;
                }
                if points + line.len() > MAX_UNDERLAY_POINTS {
                    cut = true;
                    continue;
                }
                points += line.len();
                layer.lines.push(UnderlayLine {
                    closed,
                    points: line.into_iter().map(|p| (p.x, p.y)).collect(),
                });
            }
        }
    }
    if cut {
        warnings.push(ImportWarning::UnderlayCut {
            max_points: MAX_UNDERLAY_POINTS,
            max_texts: MAX_UNDERLAY_TEXTS,
        });
    }
    let mut layers = out.into_vec();
    layers.retain(|l| !l.lines.is_empty() || !l.texts.is_empty());
    Underlay { layers }
}
