//! Drawing the floor. Everything is culled to the visible part of the floor through the
//! spatial index before any shape or label is built, booth fills go into one batched
//! mesh, and labels appear only when they are legible.

use super::style::{self, ColorBy};
use super::viewport::Viewport;
use crate::model::{Booth, Item, Outline, Plan, Point, Rect, SectorId};
use egui::{Color32, Mesh, Painter, Pos2, Shape, Stroke, StrokeKind};
use std::collections::HashMap;

/// Smallest booth width on screen, in points, that gets an outline.
const OUTLINE_MIN_PX: f32 = 5.0;
/// Smallest booth size on screen that gets its number.
const NUMBER_MIN_PX: (f32, f32) = (26.0, 12.0);
/// Room above a hall, in points, for its name (and around it for its exit marks).
const HALL_NAME_PX: f32 = 24.0;
/// Smallest booth height on screen that also gets the exhibitor's name.
const NAME_MIN_PX: f32 = 30.0;

/// What one frame of the floor needs to know.
pub struct FloorPainter<'a> {
    /// The painter clipped to the canvas.
    pub painter: &'a Painter,
    /// The canvas on screen.
    pub screen: egui::Rect,
    /// The camera.
    pub view: Viewport,
    /// The plan.
    pub plan: &'a Plan,
}

impl FloorPainter<'_> {
    /// The screen rectangle of a world rectangle.
    pub fn to_screen(&self, r: &Rect) -> egui::Rect {
        self.view.screen_rect_from_world(self.screen, r)
    }

    /// A hall's screen box, if it or its name (drawn above it) is on screen.
    fn hall_on_screen(&self, hall: &crate::model::Hall) -> Option<egui::Rect> {
        let r = self.to_screen(&hall.bounds());
        r.expand(HALL_NAME_PX).intersects(self.screen).then_some(r)
    }

    /// A world point on screen.
    pub fn point(&self, p: Point) -> Pos2 {
        self.view.screen_from_world(self.screen, p)
    }

    /// Fills an outline: a rectangle directly, any other shape as triangles.
    pub fn fill_outline(&self, outline: &Outline, color: Color32) {
        if let Some(r) = outline.as_rect() {
            self.painter.rect_filled(self.to_screen(&r), 0.0, color);
            return;
        }
        let mut mesh = Mesh::default();
        for [a, b, c] in outline.triangles() {
            let base = mesh.vertices.len() as u32;
            for p in [a, b, c] {
                mesh.colored_vertex(self.point(p), color);
            }
            mesh.add_triangle(base, base + 1, base + 2);
        }
        self.painter.add(Shape::mesh(mesh));
    }

    /// Strokes the walls of an outline.
    pub fn stroke_outline(&self, outline: &Outline, stroke: Stroke) {
        if let Some(r) = outline.as_rect() {
            self.painter
                .rect_stroke(self.to_screen(&r), 0.0, stroke, StrokeKind::Outside);
            return;
        }
        let points: Vec<Pos2> = outline.corners().iter().map(|p| self.point(*p)).collect();
        self.painter.add(Shape::closed_line(points, stroke));
    }

    /// Background, halls, sector tints and the grid; halls off screen are skipped.
    pub fn paint_base(&self, visible: &Rect) {
        self.painter.rect_filled(self.screen, 0.0, style::OUTSIDE);
        for hall in &self.plan.halls {
            if self.hall_on_screen(hall).is_some() {
                self.fill_outline(&hall.outline, style::HALL_FLOOR);
            }
        }
        for sector in &self.plan.sectors {
            let tint = style::sector_tint(sector);
            for region in sector
                .regions
                .iter()
                .filter(|r| r.bounds().overlaps(visible))
            {
                self.fill_outline(region, tint);
            }
        }
        self.paint_grid(visible);
        for hall in &self.plan.halls {
            let Some(r) = self.hall_on_screen(hall) else {
                continue;
            };
            self.stroke_outline(&hall.outline, Stroke::new(2.0, style::HALL_WALL));
            if r.height() > 40.0 {
                // The name stays above its own hall: cut off at the hall's right wall
                // rather than running into the next hall's name.
                let above = egui::Rect::from_min_max(
                    egui::pos2(r.left(), r.top() - HALL_NAME_PX),
                    egui::pos2(r.right(), r.top()),
                );
                self.painter
                    .with_clip_rect(above.intersect(self.screen))
                    .text(
                        r.left_top() + egui::vec2(6.0, -4.0),
                        egui::Align2::LEFT_BOTTOM,
                        &hall.name,
                        egui::FontId::proportional(13.0),
                        style::HALL_WALL,
                    );
            }
        }
    }

    /// Grid lines every grid step, or every 10 or 100 steps when that would be too
    /// dense to read.
    fn paint_grid(&self, visible: &Rect) {
        let mut step = self.plan.settings.grid_step_m;
        while step * self.view.scale < 8.0 {
            step *= 10.0;
        }
        let Some(extent) = self.plan.extent().and_then(|e| e.intersection(visible)) else {
            return;
        };
        let stroke = Stroke::new(1.0, style::GRID);
        let mut shapes = Vec::new();
        let mut x = (extent.x() / step).ceil() * step;
        while x <= extent.max_x() {
            let a = self
                .view
                .screen_from_world(self.screen, crate::model::Point::new(x, extent.y()));
            let b = self
                .view
                .screen_from_world(self.screen, crate::model::Point::new(x, extent.max_y()));
            shapes.push(Shape::line_segment([a, b], stroke));
            x += step;
        }
        let mut y = (extent.y() / step).ceil() * step;
        while y <= extent.max_y() {
            let a = self
                .view
                .screen_from_world(self.screen, crate::model::Point::new(extent.x(), y));
            let b = self
                .view
                .screen_from_world(self.screen, crate::model::Point::new(extent.max_x(), y));
            shapes.push(Shape::line_segment([a, b], stroke));
            y += step;
        }
        self.painter.extend(shapes);
    }

    /// Columns, stages and service areas as one mesh, with labels where they fit.
    pub fn paint_obstacles(&self, visible_items: &[Item]) {
        let mut mesh = Mesh::default();
        let mut labels = Vec::new();
        for item in visible_items {
            let Item::Obstacle(id) = item else { continue };
            let Some(o) = self.plan.obstacle(*id) else {
                continue;
            };
            let r = self.to_screen(&o.rect);
            mesh.add_colored_rect(r, style::obstacle_fill(o.kind));
            if r.width() > 40.0 && r.height() > 18.0 {
                labels.push((r, o.name.as_str()));
            }
        }
        self.painter.add(Shape::mesh(mesh));
        for (r, name) in labels {
            // Wrapped to the obstacle's width, on as many lines as its height holds, and
            // cut with an ellipsis after that: never spilling past its edges.
            let mut job = egui::text::LayoutJob::simple(
                name.to_owned(),
                egui::FontId::proportional(12.0),
                Color32::WHITE,
                r.width() - 6.0,
            );
            job.wrap.max_rows = ((r.height() - 4.0) / 15.0).floor().max(1.0) as usize;
            job.wrap.overflow_character = Some('…');
            job.halign = egui::Align::Center;
            let galley = self.painter.layout_job(job);
            let top = r.center().y - galley.size().y / 2.0;
            self.painter
                .galley(egui::pos2(r.center().x, top), galley, Color32::WHITE);
        }
    }

    /// Exits as thick green marks on the wall, and their clear zones, as one mesh; only
    /// those of halls on screen.
    pub fn paint_exits(&self, blocked: &[crate::model::ExitId]) {
        let depth = self.plan.settings.exit_clear_m;
        let mut on_screen: Vec<crate::model::HallId> = (self.plan.halls.iter())
            .filter(|h| self.hall_on_screen(h).is_some())
            .map(|h| h.id)
            .collect();
        on_screen.sort_unstable();
        let mut zones = Mesh::default();
        let mut doors = Mesh::default();
        for exit in &self.plan.exits {
            if on_screen.binary_search(&exit.hall).is_err() {
                continue;
            }
            let Some(hall) = self.plan.hall(exit.hall) else {
                continue;
            };
            let bad = blocked.contains(&exit.id);
            let Some((a, b)) = exit.door(hall) else {
                continue;
            };
            if let Some(zone) = exit.clear_zone(hall, depth) {
                let fill = if bad {
                    style::ERROR_FILL
                } else {
                    style::EXIT_ZONE
                };
                let [a, b, c, d] = quad(&zone).map(|p| self.point(p));
                add_quad(&mut zones, [a, b, c, d], fill);
            }
            let color = if bad { style::ERROR } else { style::EXIT };
            add_quad(&mut doors, door_mark(self.point(a), self.point(b)), color);
        }
        self.painter.add(Shape::mesh(zones));
        self.painter.add(Shape::mesh(doors));
    }

    /// Booth fills and outlines as one mesh (no per-booth shape to tessellate), each
    /// booth given by its screen rectangle and [`BoothLook`]. A booth too small on screen
    /// for an outline is filled with its edge colour when that marks a problem, so
    /// problems stay visible at any zoom.
    pub fn paint_booths(&self, booths: impl Iterator<Item = (egui::Rect, BoothLook)>) {
        let mut mesh = Mesh::default();
        let count = booths.size_hint().1.unwrap_or(0);
        mesh.reserve_triangles(count * 2);
        mesh.reserve_vertices(count * 4);
        for (r, look) in booths {
            if r.width() >= OUTLINE_MIN_PX && r.height() >= OUTLINE_MIN_PX {
                let outer = if look.problem { r.expand(1.0) } else { r };
                mesh.add_colored_rect(outer, look.edge);
                mesh.add_colored_rect(r.shrink(1.0), look.fill);
            } else {
                let fill = if look.problem { look.edge } else { look.fill };
                mesh.add_colored_rect(r, fill);
            }
        }
        self.painter.add(Shape::mesh(mesh));
    }

    /// Whether any booth can get a label at this zoom, given the width of the widest and
    /// the height of the tallest booth in metres.
    pub fn labels_possible(&self, (widest, tallest): (f64, f64)) -> bool {
        let scale = self.view.scale;
        widest * scale >= f64::from(NUMBER_MIN_PX.0)
            && tallest * scale >= f64::from(NUMBER_MIN_PX.1)
    }

    /// Whether a booth this big on screen gets a label.
    pub fn label_fits(r: &egui::Rect) -> bool {
        r.width() >= NUMBER_MIN_PX.0 && r.height() >= NUMBER_MIN_PX.1
    }

    /// Booth numbers and exhibitor names, only where legible; each booth comes with its
    /// screen rectangle.
    pub fn paint_labels<'b>(&self, booths: impl Iterator<Item = (&'b Booth, egui::Rect)>) {
        for (booth, r) in booths {
            if !Self::label_fits(&r) {
                continue;
            }
            let size = (r.height() * 0.16).clamp(9.0, 15.0);
            let inner = r.shrink(2.0);
            let painter = self.painter.with_clip_rect(inner.intersect(self.screen));
            painter.text(
                inner.left_top(),
                egui::Align2::LEFT_TOP,
                &booth.number,
                egui::FontId::monospace(size * 0.9),
                style::BOOTH_TEXT,
            );
            let name = self.plan.exhibitor_name(booth);
            if r.height() >= NAME_MIN_PX && !name.is_empty() {
                let mut job = egui::text::LayoutJob::simple(
                    name.to_owned(),
                    egui::FontId::proportional(size),
                    style::BOOTH_TEXT,
                    inner.width(),
                );
                job.wrap.max_rows =
                    ((inner.height() - size) / (size * 1.2)).floor().max(1.0) as usize;
                job.wrap.break_anywhere = true;
                job.halign = egui::Align::Center;
                let galley = painter.layout_job(job);
                let pos = Pos2::new(
                    inner.center().x,
                    inner.center().y - galley.size().y / 2.0 + size * 0.4,
                );
                painter.galley(pos, galley, style::BOOTH_TEXT);
            }
        }
    }

    /// Outlines rectangles (selection, problems).
    pub fn outline(&self, rect: &Rect, stroke: Stroke) {
        self.painter
            .rect_stroke(self.to_screen(rect), 0.0, stroke, StrokeKind::Outside);
    }

    /// Fills a world rectangle.
    pub fn fill(&self, rect: &Rect, color: Color32) {
        self.painter.rect_filled(self.to_screen(rect), 0.0, color);
    }
}

/// The four corners of a clear zone (a rectangle, possibly turned with a slanted wall).
fn quad(zone: &Outline) -> [Point; 4] {
    match zone.corners() {
        [a, b, c, d] => [*a, *b, *c, *d],
        _ => {
            let r = zone.bounds();
            [
                r.min(),
                Point::new(r.max_x(), r.y()),
                r.max(),
                Point::new(r.x(), r.max_y()),
            ]
        }
    }
}

/// Adds a four-cornered shape (corners in order around it) to a mesh.
fn add_quad(mesh: &mut Mesh, corners: [Pos2; 4], color: Color32) {
    let base = mesh.vertices.len() as u32;
    for p in corners {
        mesh.colored_vertex(p, color);
    }
    mesh.add_triangle(base, base + 1, base + 2);
    mesh.add_triangle(base, base + 2, base + 3);
}

/// The thick mark of a door on its wall, from `a` to `b` on screen: a bar 5 points
/// thick along the wall, whichever way the wall runs.
fn door_mark(a: Pos2, b: Pos2) -> [Pos2; 4] {
    const HALF: f32 = 2.5;
    let along = (b - a).normalized();
    let across = egui::vec2(-along.y, along.x) * HALF;
    [a - across, b - across, b + across, a + across]
}

/// How one booth is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoothLook {
    /// Inside colour.
    pub fill: Color32,
    /// Outline colour.
    pub edge: Color32,
    /// The edge marks a problem: drawn thicker, and used as the fill when the booth is
    /// too small on screen for an outline.
    pub problem: bool,
}

/// Each sector's booth fill, for colouring by sector.
pub fn sector_fills(plan: &Plan) -> HashMap<SectorId, Color32> {
    plan.sectors
        .iter()
        .map(|s| (s.id, style::booth_fill_for_sector(s)))
        .collect()
}

/// The fill of a booth under the chosen colouring.
pub fn booth_fill(color_by: ColorBy, fills: &HashMap<SectorId, Color32>, booth: &Booth) -> Color32 {
    match color_by {
        ColorBy::Sector => fills
            .get(&booth.sector)
            .copied()
            .unwrap_or(Color32::LIGHT_GRAY),
        ColorBy::Status => style::status_color(booth.status),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_door_mark_is_a_bar_five_points_thick_along_its_wall() {
        let bounds = |q: [Pos2; 4]| egui::Rect::from_points(&q);
        let across = bounds(door_mark(Pos2::new(10.0, 50.0), Pos2::new(30.0, 50.0)));
        assert_eq!((across.width(), across.height()), (20.0, 5.0));
        assert_eq!(across.center(), Pos2::new(20.0, 50.0));
        let down = bounds(door_mark(Pos2::new(7.0, 40.0), Pos2::new(7.0, 10.0)));
        assert_eq!((down.width(), down.height()), (5.0, 30.0));
        assert_eq!(down.center(), Pos2::new(7.0, 25.0));
        // On a slanted wall the bar is turned with it: 5 points across, as long as the
        // door.
        let q = door_mark(Pos2::new(0.0, 0.0), Pos2::new(30.0, 40.0));
        assert!((q[0].distance(q[3]) - 5.0).abs() < 1e-4);
        assert!((q[0].distance(q[1]) - 50.0).abs() < 1e-4);
    }
}
