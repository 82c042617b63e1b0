//! The canvas camera: which part of the floor is on screen and at what scale.
//!
//! World coordinates are metres (f64, see [`crate::model`]); screen coordinates are egui
//! points. The two are related by a uniform scale and an offset:
//! `screen = screen_rect.center() + (world - center) * scale`.

use crate::model::{Point, Rect};
use egui::{Pos2, Vec2};

/// Smallest and largest scale, in screen points per metre.
const MIN_SCALE: f64 = 0.005;
const MAX_SCALE: f64 = 400.0;

/// Where the canvas looks.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Viewport {
    /// The world point at the centre of the canvas.
    pub center: Point,
    /// Screen points per metre.
    pub scale: f64,
}

impl Default for Viewport {
    fn default() -> Self {
        Self {
            center: Point::new(0.0, 0.0),
            scale: 2.0,
        }
    }
}

impl Viewport {
    /// The screen position of a world point, for a canvas occupying `screen`.
    pub fn screen_from_world(&self, screen: egui::Rect, p: Point) -> Pos2 {
        let c = screen.center();
        Pos2::new(
            c.x + ((p.x - self.center.x) * self.scale) as f32,
            c.y + ((p.y - self.center.y) * self.scale) as f32,
        )
    }

    /// The world point under a screen position.
    pub fn world_from_screen(&self, screen: egui::Rect, pos: Pos2) -> Point {
        let c = screen.center();
        Point::new(
            self.center.x + f64::from(pos.x - c.x) / self.scale,
            self.center.y + f64::from(pos.y - c.y) / self.scale,
        )
    }

    /// The screen rectangle of a world rectangle.
    pub fn screen_rect_from_world(&self, screen: egui::Rect, r: &Rect) -> egui::Rect {
        egui::Rect::from_min_max(
            self.screen_from_world(screen, r.min()),
            self.screen_from_world(screen, r.max()),
        )
    }

    /// The part of the floor visible in `screen`, or `None` for an empty canvas.
    pub fn visible_world(&self, screen: egui::Rect) -> Option<Rect> {
        Rect::from_corners(
            self.world_from_screen(screen, screen.min),
            self.world_from_screen(screen, screen.max),
        )
    }

    /// A screen length in metres.
    pub fn metres(&self, points: f32) -> f64 {
        f64::from(points) / self.scale
    }

    /// Moves the view by a screen-space drag.
    pub fn pan(&mut self, screen_delta: Vec2) {
        self.center.x -= f64::from(screen_delta.x) / self.scale;
        self.center.y -= f64::from(screen_delta.y) / self.scale;
    }

    /// Zooms by `factor` keeping the world point under `pos` where it is on screen.
    pub fn zoom_at(&mut self, screen: egui::Rect, pos: Pos2, factor: f64) {
        if !factor.is_finite() || factor <= 0.0 {
            return;
        }
        let anchor = self.world_from_screen(screen, pos);
        self.scale = (self.scale * factor).clamp(MIN_SCALE, MAX_SCALE);
        // Put the anchor back under the pointer.
        let now = self.world_from_screen(screen, pos);
        self.center.x += anchor.x - now.x;
        self.center.y += anchor.y - now.y;
    }

    /// Frames `world` in `screen` with a margin of `margin` screen points on each side.
    pub fn fit(&mut self, screen: egui::Rect, world: &Rect, margin: f32) {
        let avail_w = f64::from((screen.width() - 2.0 * margin).max(1.0));
        let avail_h = f64::from((screen.height() - 2.0 * margin).max(1.0));
        self.scale = (avail_w / world.w())
            .min(avail_h / world.h())
            .clamp(MIN_SCALE, MAX_SCALE);
        self.center = world.center();
    }

    /// Frames `world` inside `area`, a part of the canvas `screen` (what the legend and
    /// scale bar leave free), with a margin of `margin` screen points.
    pub fn fit_within(&mut self, screen: egui::Rect, area: egui::Rect, world: &Rect, margin: f32) {
        self.fit(area, world, margin);
        let shift = area.center() - screen.center();
        self.center.x -= f64::from(shift.x) / self.scale;
        self.center.y -= f64::from(shift.y) / self.scale;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen() -> egui::Rect {
        egui::Rect::from_min_size(Pos2::new(100.0, 50.0), Vec2::new(800.0, 600.0))
    }

    #[test]
    fn screen_and_world_round_trip() {
        let v = Viewport {
            center: Point::new(123.4, -56.7),
            scale: 3.7,
        };
        for (x, y) in [
            (0.0, 0.0),
            (250.0, 100.0),
            (-40.5, 333.25),
            (1000.0, 1000.0),
        ] {
            let p = Point::new(x, y);
            let back = v.world_from_screen(screen(), v.screen_from_world(screen(), p));
            assert!(
                (back.x - x).abs() < 1e-3 && (back.y - y).abs() < 1e-3,
                "{back:?}"
            );
        }
    }

    #[test]
    fn zoom_keeps_the_point_under_the_pointer() {
        let mut v = Viewport::default();
        let pointer = Pos2::new(700.0, 120.0);
        let before = v.world_from_screen(screen(), pointer);
        for factor in [1.5, 0.2, 7.0, 0.9] {
            v.zoom_at(screen(), pointer, factor);
            let after = v.world_from_screen(screen(), pointer);
            assert!(before.distance(after) < 1e-3, "{before:?} vs {after:?}");
        }
    }

    #[test]
    fn fit_shows_the_whole_rectangle() {
        let mut v = Viewport::default();
        let world = Rect::new(0.0, 0.0, 400.0, 150.0).unwrap();
        v.fit(screen(), &world, 10.0);
        let r = v.screen_rect_from_world(screen(), &world);
        assert!(screen().expand(0.01).contains_rect(r));
        assert!((r.width() - 780.0).abs() < 0.01);
    }
}
