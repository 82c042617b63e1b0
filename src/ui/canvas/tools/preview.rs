//! Drawing what a tool would make: shapes in the selection blue, or red where they would
//! break a rule, with a short label beside them.

use crate::model::Point;
use crate::ui::canvas::paint::FloorPainter;
use crate::ui::canvas::style;
use egui::{Align2, Color32, FontId, Shape, Stroke};

/// The fill of a preview that is fine.
pub const OK_FILL: Color32 = Color32::from_rgba_premultiplied(0, 22, 50, 50);

/// The stroke colour of a preview: blue if fine, red if not.
pub fn stroke_color(ok: bool) -> Color32 {
    if ok { style::SELECTED } else { style::ERROR }
}

/// A shape being drawn: filled and outlined when it has three corners, a line through
/// its corners before that; each corner marked.
pub fn shape(floor: &FloorPainter<'_>, corners: &[Point], ok: bool) {
    let points: Vec<egui::Pos2> = corners.iter().map(|p| floor.point(*p)).collect();
    let stroke = Stroke::new(2.0, stroke_color(ok));
    if points.len() >= 3 {
        let fill = if ok { OK_FILL } else { style::ERROR_FILL };
        fill_any(floor, corners, fill);
        floor
            .painter
            .add(Shape::closed_line(points.clone(), stroke));
    } else if points.len() == 2 {
        floor.painter.line_segment([points[0], points[1]], stroke);
    }
    for p in points {
        corner_mark(floor, p, stroke_color(ok));
    }
}

/// Fills any simple or self-crossing ring of corners (as a fan: exact for the simple
/// ones that a valid preview is, and still visible for the others).
fn fill_any(floor: &FloorPainter<'_>, corners: &[Point], color: Color32) {
    match crate::model::Outline::new(corners.to_vec()) {
        Ok(outline) => floor.fill_outline(&outline, color),
        Err(_) => {
            let points: Vec<egui::Pos2> = corners.iter().map(|p| floor.point(*p)).collect();
            let mut mesh = egui::Mesh::default();
            for p in &points {
                mesh.colored_vertex(*p, color);
            }
            for k in 1..points.len().saturating_sub(1) {
                mesh.add_triangle(0, k as u32, k as u32 + 1);
            }
            floor.painter.add(Shape::mesh(mesh));
        }
    }
}

/// A small square on a corner.
pub fn corner_mark(floor: &FloorPainter<'_>, at: egui::Pos2, color: Color32) {
    let r = egui::Rect::from_center_size(at, egui::vec2(7.0, 7.0));
    floor.painter.rect_filled(r, 1.0, Color32::WHITE);
    floor
        .painter
        .rect_stroke(r, 1.0, Stroke::new(1.5, color), egui::StrokeKind::Middle);
}

/// A line of text on a pale box, just below and right of a floor point.
pub fn label(floor: &FloorPainter<'_>, at: Point, text: &str, color: Color32) {
    let pos = floor.point(at) + egui::vec2(12.0, 12.0);
    let galley = floor
        .painter
        .layout_no_wrap(text.to_owned(), FontId::proportional(13.0), color);
    let mut rect = Align2::LEFT_TOP.anchor_size(pos, galley.size()).expand(3.0);
    // Kept on the canvas: near its right or bottom edge the label goes left or up.
    let screen = floor.screen.shrink(2.0);
    if rect.right() > screen.right() {
        rect = rect.translate(egui::vec2(screen.right() - rect.right(), 0.0));
    }
    if rect.bottom() > screen.bottom() {
        rect = rect.translate(egui::vec2(0.0, -(rect.height() + 28.0)));
    }
    floor.painter.rect_filled(
        rect,
        3.0,
        Color32::from_rgba_unmultiplied(255, 255, 255, 230),
    );
    floor
        .painter
        .galley(rect.min + egui::vec2(3.0, 3.0), galley, color);
}

/// Metres with at most two decimals, e.g. `18 m`, `2.4 m`.
pub fn metres(value: f64) -> String {
    format!("{} m", crate::text::short_number(value))
}
