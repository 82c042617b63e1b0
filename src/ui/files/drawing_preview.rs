//! The picture in the venue drawing window: the drawing's lines coloured by what each
//! layer is to become, and over them what the trial import found (halls shaded,
//! columns, stages and exits outlined), so the planner sees the venue before making it.

use crate::io::dxf::{Flat, LayerRole, Shape, VenueImport};
use crate::model::{Outline, Point};
use egui::{Color32, Pos2, Stroke};

/// The most points the preview keeps; a bigger drawing shows its first pieces.
const MAX_PREVIEW_POINTS: usize = 400_000;
/// Corners of a circle in the preview.
const CIRCLE_CORNERS: usize = 16;

/// One line of the drawing, in drawing units.
#[derive(Debug, Clone)]
struct PreviewLine {
    /// The layer's place in the window's layer list.
    layer: usize,
    points: Vec<(f64, f64)>,
    closed: bool,
}

/// The drawing's lines, kept for the preview.
#[derive(Debug, Clone, Default)]
pub struct DrawingPreview {
    lines: Vec<PreviewLine>,
    /// The box round every line: lowest and highest corner.
    bounds: Option<((f64, f64), (f64, f64))>,
    /// Whether lines were left out to keep the preview small.
    pub cut: bool,
}

impl DrawingPreview {
    /// The lines of `flat`, each on the layer `layer_of` gives its layer's name.
    pub fn new(flat: &Flat, layer_of: impl Fn(&str) -> Option<usize>) -> Self {
        let mut preview = DrawingPreview::default();
        let mut points = 0usize;
        for piece in &flat.pieces {
            let Some(layer) = layer_of(&piece.layer) else {
                continue;
            };
            let (line, closed) = match &piece.shape {
                Shape::Path { points, closed } => (points.clone(), *closed),
                Shape::Circle { center, radius } => (circle(*center, *radius), true),
                Shape::Text { .. } => continue,
            };
            if line.is_empty() || line.iter().any(|(x, y)| !x.is_finite() || !y.is_finite()) {
                continue;
            }
            points += line.len();
            if points > MAX_PREVIEW_POINTS {
                preview.cut = true;
                break;
            }
            for &p in &line {
                preview.bounds = Some(match preview.bounds {
                    None => (p, p),
                    Some((lo, hi)) => (
                        (lo.0.min(p.0), lo.1.min(p.1)),
                        (hi.0.max(p.0), hi.1.max(p.1)),
                    ),
                });
            }
            preview.lines.push(PreviewLine {
                layer,
                points: line,
                closed,
            });
        }
        preview.cut |= flat.truncated;
        preview
    }

    /// Draws the preview into `rect`: each layer's lines in the colour of its role
    /// (left-out layers not at all), and what `trial` found on top.
    pub fn paint(
        &self,
        painter: &egui::Painter,
        rect: egui::Rect,
        roles: &[LayerRole],
        trial: Option<&VenueImport>,
    ) {
        painter.rect_filled(rect, 4.0, Color32::from_rgb(250, 250, 247));
        let Some(((x0, y0), (x1, y1))) = self.bounds else {
            return;
        };
        let inner = rect.shrink(8.0);
        let fit = |screen: f32, span: f64| f64::from(screen) / span.max(f64::MIN_POSITIVE);
        let scale = fit(inner.width(), x1 - x0).min(fit(inner.height(), y1 - y0));
        let (w, h) = ((x1 - x0) * scale, (y1 - y0) * scale);
        let left = f64::from(inner.center().x) - w / 2.0;
        let top = f64::from(inner.center().y) - h / 2.0;
        // Drawing y points north: the top of the picture is the highest y.
        let to_screen = |(x, y): (f64, f64)| {
            Pos2::new(
                (left + (x - x0) * scale) as f32,
                (top + (y1 - y) * scale) as f32,
            )
        };
        let painter = painter.with_clip_rect(rect);
        for line in &self.lines {
            let role = roles
                .get(line.layer)
                .copied()
                .unwrap_or(LayerRole::Underlay);
            let Some(color) = role_color(role) else {
                continue;
            };
            let width = if role == LayerRole::Halls { 1.5 } else { 1.0 };
            let points: Vec<Pos2> = line.points.iter().map(|&p| to_screen(p)).collect();
            let stroke = Stroke::new(width, color);
            painter.add(if line.closed {
                egui::Shape::closed_line(points, stroke)
            } else {
                egui::Shape::line(points, stroke)
            });
        }
        if let Some(trial) = trial {
            let metres = trial.units.metres();
            let (ox, oy) = trial.origin;
            let from_plan = |p: Point| to_screen((ox + p.x / metres, oy - p.y / metres));
            paint_found(&painter, trial, &from_plan);
        }
    }
}

/// What the trial import found, over the drawing.
fn paint_found(painter: &egui::Painter, trial: &VenueImport, from_plan: &dyn Fn(Point) -> Pos2) {
    let plan = &trial.plan;
    let outline_points = |o: &Outline| o.corners().iter().map(|&p| from_plan(p)).collect();
    for hall in &plan.halls {
        let points: Vec<Pos2> = outline_points(&hall.outline);
        let mut floor = egui::Mesh::default();
        for [a, b, c] in hall.outline.triangles() {
            let base = floor.vertices.len() as u32;
            for p in [a, b, c] {
                floor.colored_vertex(from_plan(p), FOUND_HALL);
            }
            floor.add_triangle(base, base + 1, base + 2);
        }
        painter.add(egui::Shape::mesh(floor));
        painter.add(egui::Shape::closed_line(
            points,
            Stroke::new(2.0, role_color(LayerRole::Halls).unwrap_or(Color32::BLACK)),
        ));
    }
    for obstacle in &plan.obstacles {
        let r = obstacle.rect;
        let a = from_plan(Point::new(r.x(), r.y()));
        let b = from_plan(Point::new(r.max_x(), r.max_y()));
        let color = if obstacle.kind == crate::model::ObstacleKind::Column {
            role_color(LayerRole::Columns)
        } else {
            role_color(LayerRole::Obstacles)
        };
        painter.rect_stroke(
            egui::Rect::from_two_pos(a, b).expand(1.0),
            0.0,
            Stroke::new(1.5, color.unwrap_or(Color32::BLACK)),
            egui::StrokeKind::Outside,
        );
    }
    for exit in &plan.exits {
        let Some((a, b)) = plan.hall(exit.hall).and_then(|h| exit.door(h)) else {
            continue;
        };
        painter.line_segment(
            [from_plan(a), from_plan(b)],
            Stroke::new(4.0, role_color(LayerRole::Exits).unwrap_or(Color32::BLACK)),
        );
    }
}

/// The hall floor the trial found.
const FOUND_HALL: Color32 = Color32::from_rgba_premultiplied(40, 90, 200, 50);

/// The colour of a layer's lines in the preview and in the layer list; `None` for a
/// layer left out.
pub fn role_color(role: LayerRole) -> Option<Color32> {
    match role {
        LayerRole::Halls => Some(Color32::from_rgb(20, 30, 60)),
        LayerRole::Columns => Some(Color32::from_rgb(200, 40, 40)),
        LayerRole::Exits => Some(Color32::from_rgb(20, 150, 60)),
        LayerRole::Obstacles => Some(Color32::from_rgb(130, 70, 170)),
        LayerRole::Underlay => Some(Color32::from_rgb(165, 170, 185)),
        LayerRole::Skipped => None,
    }
}

/// A circle as a closed line.
fn circle((cx, cy): (f64, f64), radius: f64) -> Vec<(f64, f64)> {
    (0..CIRCLE_CORNERS)
        .map(|k| {
            let a = std::f64::consts::TAU * k as f64 / CIRCLE_CORNERS as f64;
            (cx + radius * a.cos(), cy + radius * a.sin())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::dxf::Piece;

    fn piece(layer: &str, shape: Shape) -> Piece {
        Piece {
            layer: layer.to_owned(),
            kind: "LINE",
            shape,
            insert: None,
        }
    }

    #[test]
    fn the_preview_keeps_lines_and_circles_of_known_layers_and_their_box() {
        let flat = Flat {
            pieces: vec![
                piece(
                    "WALL",
                    Shape::Path {
                        points: vec![(0.0, 0.0), (100.0, 50.0)],
                        closed: false,
                    },
                ),
                piece(
                    "COL",
                    Shape::Circle {
                        center: (10.0, 10.0),
                        radius: 2.0,
                    },
                ),
                piece(
                    "WALL",
                    Shape::Text {
                        at: (500.0, 500.0),
                        height: 1.0,
                        text: "x".to_owned(),
                    },
                ),
                piece(
                    "GONE",
                    Shape::Path {
                        points: vec![(-1000.0, 0.0), (0.0, 0.0)],
                        closed: false,
                    },
                ),
            ],
            inserts: Vec::new(),
            truncated: false,
        };
        let preview = DrawingPreview::new(&flat, |name| match name {
            "WALL" => Some(0),
            "COL" => Some(1),
            _ => None,
        });
        assert_eq!(
            preview.lines.len(),
            2,
            "texts and unknown layers are left out"
        );
        assert_eq!(preview.lines[1].points.len(), CIRCLE_CORNERS);
        assert_eq!(preview.bounds, Some(((0.0, 0.0), (100.0, 50.0))));
        assert!(!preview.cut);
    }
}
