//! What floats over the floor: the sector legend and the scale bar.

use super::style;
use super::viewport::Viewport;
use crate::model::Plan;
use egui::{Align2, Color32, FontId, Painter, Pos2, Stroke, vec2};

/// A "nice" length for a scale bar: 1, 2 or 5 times a power of ten metres.
pub fn nice_length(max_metres: f64) -> f64 {
    if !(max_metres.is_finite() && max_metres > 0.0) {
        return 1.0;
    }
    let power = 10f64.powf(max_metres.log10().floor());
    [5.0, 2.0, 1.0]
        .into_iter()
        .map(|m| m * power)
        .find(|l| *l <= max_metres)
        .unwrap_or(power)
}

/// Draws a scale bar in the bottom-left corner: a bar of a round number of metres.
pub fn paint_scale_bar(painter: &Painter, screen: egui::Rect, view: &Viewport) {
    let metres = nice_length(view.metres(160.0));
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

/// Draws the sector legend in the top-right corner: colour, English and Chinese name.
pub fn paint_legend(painter: &Painter, screen: egui::Rect, plan: &Plan) {
    if plan.sectors.is_empty() {
        return;
    }
    let row = 18.0;
    let width = 250.0;
    let height = row * plan.sectors.len() as f32 + 10.0;
    let min = Pos2::new(screen.right() - width - 10.0, screen.top() + 10.0);
    let bg = egui::Rect::from_min_size(min, vec2(width, height));
    painter.rect_filled(bg, 4.0, Color32::from_white_alpha(220));
    for (i, sector) in plan.sectors.iter().enumerate() {
        let y = min.y + 5.0 + row * i as f32;
        let swatch = egui::Rect::from_min_size(Pos2::new(min.x + 6.0, y + 3.0), vec2(12.0, 12.0));
        painter.rect_filled(swatch, 2.0, style::sector_color(sector));
        painter.text(
            Pos2::new(swatch.right() + 6.0, y + row / 2.0),
            Align2::LEFT_CENTER,
            format!("{}  {} · {}", sector.code, sector.name_en, sector.name_zh),
            FontId::proportional(12.0),
            Color32::BLACK,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::nice_length;

    #[test]
    fn scale_bar_lengths_are_round() {
        assert_eq!(nice_length(7.3), 5.0);
        assert_eq!(nice_length(180.0), 100.0);
        assert_eq!(nice_length(0.3), 0.2);
        assert_eq!(nice_length(2500.0), 2000.0);
    }
}
