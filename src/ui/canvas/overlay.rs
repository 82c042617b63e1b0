//! What floats over the floor: the sector legend and the scale bar.

use super::style;
use super::viewport::Viewport;
use crate::model::Plan;
use egui::{Align2, Color32, FontId, Painter, Pos2, Stroke, vec2};

/// Draws a scale bar in the bottom-left corner: a bar of a round number of metres.
pub fn paint_scale_bar(painter: &Painter, screen: egui::Rect, view: &Viewport) {
    let metres = crate::drawing::round_distance(view.metres(160.0));
    let px = (metres * view.scale) as f32;
    let origin = screen.left_bottom() + vec2(14.0, -16.0);
    let bg = egui::Rect::from_min_max(origin + vec2(-6.0, -22.0), origin + vec2(px + 6.0, 8.0));
    painter.rect_filled(bg, 3.0, Color32::from_white_alpha(210));
    let stroke = Stroke::new(2.0, Color32::BLACK);
    painter.line_segment([origin, origin + vec2(px, 0.0)], stroke);
    for x in [0.0, px] {
        painter.line_segment([origin + vec2(x, -5.0), origin + vec2(x, 3.0)], stroke);
    }
    let label = if metres >= 1000.0 {
        format!("{} km", metres / 1000.0)
    } else {
        format!("{metres} m")
    };
    painter.text(
        origin + vec2(px / 2.0, -6.0),
        Align2::CENTER_BOTTOM,
        label,
        FontId::proportional(12.0),
        Color32::BLACK,
    );
}

/// Width of the open legend, points.
const LEGEND_WIDTH: f32 = 250.0;
/// Height of one legend row, points.
const LEGEND_ROW: f32 = 18.0;
/// Height of the scale bar with its box, points.
pub const SCALE_BAR_HEIGHT: f32 = 44.0;

/// Where the sector legend sits (top right): the whole list, or only its title when
/// collapsed; `None` for a plan without sectors.
pub fn legend_rect(screen: egui::Rect, plan: &Plan, collapsed: bool) -> Option<egui::Rect> {
    if plan.sectors.is_empty() {
        return None;
    }
    let size = if collapsed {
        vec2(96.0, 22.0)
    } else {
        vec2(LEGEND_WIDTH, LEGEND_ROW * plan.sectors.len() as f32 + 30.0)
    };
    let min = Pos2::new(screen.right() - size.x - 10.0, screen.top() + 10.0);
    Some(egui::Rect::from_min_size(min, size))
}

/// The part of the canvas a fit frames the floor in: clear of the legend (below it or
/// beside it, whichever leaves the floor larger) and above the scale bar.
pub fn fit_area(
    screen: egui::Rect,
    plan: &Plan,
    collapsed: bool,
    world: &crate::model::Rect,
) -> egui::Rect {
    let mut area = screen;
    area.max.y -= SCALE_BAR_HEIGHT - 16.0;
    let Some(legend) = legend_rect(screen, plan, collapsed) else {
        return area;
    };
    let mut below = area;
    below.min.y = legend.bottom() - 16.0;
    let mut beside = area;
    beside.max.x = legend.left() + 16.0;
    let scale =
        |r: egui::Rect| (f64::from(r.width()) / world.w()).min(f64::from(r.height()) / world.h());
    if scale(below) >= scale(beside) {
        below
    } else {
        beside
    }
}

/// Draws the sector legend in the top-right corner: colour, English and Chinese name,
/// under a title that folds it away (a click on the legend folds or unfolds it).
pub fn paint_legend(
    painter: &Painter,
    screen: egui::Rect,
    plan: &Plan,
    collapsed: bool,
    title: &str,
) {
    let Some(bg) = legend_rect(screen, plan, collapsed) else {
        return;
    };
    painter.rect_filled(bg, 4.0, Color32::from_white_alpha(220));
    let mark = if collapsed { "+" } else { "−" };
    painter.text(
        bg.left_top() + vec2(6.0, 4.0),
        Align2::LEFT_TOP,
        format!("{mark} {title}"),
        FontId::proportional(12.0),
        Color32::DARK_GRAY,
    );
    if collapsed {
        return;
    }
    let min = bg.min + vec2(0.0, 20.0);
    for (i, sector) in plan.sectors.iter().enumerate() {
        let y = min.y + 5.0 + LEGEND_ROW * i as f32;
        let swatch = egui::Rect::from_min_size(Pos2::new(min.x + 6.0, y + 3.0), vec2(12.0, 12.0));
        painter.rect_filled(swatch, 2.0, style::sector_color(sector));
        painter.text(
            Pos2::new(swatch.right() + 6.0, y + LEGEND_ROW / 2.0),
            Align2::LEFT_CENTER,
            format!("{}  {} · {}", sector.code, sector.name_en, sector.name_zh),
            FontId::proportional(12.0),
            Color32::BLACK,
        );
    }
}
