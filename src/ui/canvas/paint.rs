//! Drawing the floor. Everything is culled to the visible part of the floor through the
//! spatial index before any shape or label is built, booth fills go into one batched
//! mesh, and labels appear only when they are legible.

use super::style::{self, ColorBy};
use super::viewport::Viewport;
use crate::model::{Booth, Item, Plan, Rect, SectorId};
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

    /// A hall's screen rectangle, if it or its name (drawn above it) is on screen.
    fn hall_on_screen(&self, hall: &crate::model::Hall) -> Option<egui::Rect> {
        let r = self.to_screen(&hall.rect);
        r.expand(HALL_NAME_PX).intersects(self.screen).then_some(r)
    }

    /// Background, halls, sector tints and the grid; halls off screen are skipped.
    pub fn paint_base(&self, visible: &Rect) {
        self.painter.rect_filled(self.screen, 0.0, style::OUTSIDE);
        for hall in &self.plan.halls {
            if let Some(r) = self.hall_on_screen(hall) {
                self.painter.rect_filled(r, 0.0, style::HALL_FLOOR);
            }
        }
        for sector in &self.plan.sectors {
            let tint = style::sector_tint(sector);
            for region in sector.regions.iter().filter(|r| r.overlaps(visible)) {
                self.painter.rect_filled(self.to_screen(region), 0.0, tint);
            }
        }
        self.paint_grid(visible);
        for hall in &self.plan.halls {
            let Some(r) = self.hall_on_screen(hall) else {
                continue;
            };
            self.painter.rect_stroke(
                r,
                0.0,
                Stroke::new(2.0, style::HALL_WALL),
                StrokeKind::Outside,
            );
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
            if r.width() > 60.0 && r.height() > 18.0 {
                labels.push((r.center(), o.name.as_str()));
            }
        }
        self.painter.add(Shape::mesh(mesh));
        for (at, name) in labels {
            self.painter.text(
                at,
                egui::Align2::CENTER_CENTER,
                name,
                egui::FontId::proportional(12.0),
                Color32::WHITE,
            );
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
            if let Some(zone) = exit.clear_zone(hall, depth) {
                let fill = if bad {
                    style::ERROR_FILL
                } else {
                    style::EXIT_ZONE
                };
                zones.add_colored_rect(self.to_screen(&zone), fill);
            }
            let (a, b) = exit.door(hall);
            let a = self.view.screen_from_world(self.screen, a);
            let b = self.view.screen_from_world(self.screen, b);
            let color = if bad { style::ERROR } else { style::EXIT };
            doors.add_colored_rect(door_mark(a, b), color);
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

/// The thick mark of a door on its wall, from `a` to `b` on screen (doors lie along
/// hall walls, so the mark is an axis-aligned bar 5 points thick).
fn door_mark(a: Pos2, b: Pos2) -> egui::Rect {
    const HALF: f32 = 2.5;
    let r = egui::Rect::from_two_pos(a, b);
    if r.width() >= r.height() {
        r.expand2(egui::vec2(0.0, HALF))
    } else {
        r.expand2(egui::vec2(HALF, 0.0))
    }
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
        let across = door_mark(Pos2::new(10.0, 50.0), Pos2::new(30.0, 50.0));
        assert_eq!((across.width(), across.height()), (20.0, 5.0));
        assert_eq!(across.center(), Pos2::new(20.0, 50.0));
        let down = door_mark(Pos2::new(7.0, 40.0), Pos2::new(7.0, 10.0));
        assert_eq!((down.width(), down.height()), (5.0, 30.0));
        assert_eq!(down.center(), Pos2::new(7.0, 25.0));
    }
}
