//! The title block in the bottom-right corner: event, venue, dates, plan name, scale,
//! drawing date and booth count.

use super::measure::width_em;
use super::page::Area;
use super::style;
use super::text::{TextStyle, text};
use super::xml::num;
use crate::model::Plan;
use std::fmt::Write as _;

/// Width of the title block, em.
pub const WIDTH_EM: f64 = 44.0;
/// Width of the label column, em.
const LABEL_EM: f64 = 5.0;
/// Row heights, em: the event row, then four rows; they add up to the band height.
const ROWS_EM: [f64; 5] = [2.2, 1.7, 1.7, 1.7, 1.7];

/// What the title block says.
#[derive(Debug, Clone, PartialEq)]
pub struct TitleInfo {
    /// The event (or the plan name when the event is not given).
    pub event: String,
    /// The venue.
    pub venue: String,
    /// The show dates.
    pub dates: String,
    /// The plan's name.
    pub plan_name: String,
    /// The scale, e.g. "1:500".
    pub scale: String,
    /// When the drawing was made.
    pub drawn_on: String,
    /// How many booths the plan has.
    pub booths: usize,
}

impl TitleInfo {
    /// The title block's content for `plan` drawn at `scale` (None: not to a scale).
    pub fn new(plan: &Plan, scale: Option<u32>, drawn_on: Option<&str>) -> TitleInfo {
        let meta = &plan.meta;
        let event = if meta.event.trim().is_empty() {
            meta.name.trim()
        } else {
            meta.event.trim()
        };
        TitleInfo {
            event: event.to_owned(),
            venue: meta.venue.trim().to_owned(),
            dates: meta.dates.trim().to_owned(),
            plan_name: meta.name.trim().to_owned(),
            scale: scale.map_or_else(|| "fit to page".to_owned(), |n| format!("1:{n}")),
            drawn_on: drawn_on.map_or("", str::trim).to_owned(),
            booths: plan.booths.len(),
        }
    }
}

/// A value fitted into `width` at up to `size`: shrunk to fit, never below 40 % of it
/// (longer text then runs over; the block is wide enough for any sensible name).
fn fitted(value: &str, size: f64, width: f64) -> f64 {
    let natural = width_em(value) * size;
    if natural <= width {
        size
    } else {
        (size * width / natural).max(0.4 * size)
    }
}

/// Draws the title block with its top-left corner at (`area.x`, `area.y`), `area.w`
/// wide and `area.h` high, with base text size `em`.
pub fn write_title_block(out: &mut String, info: &TitleInfo, area: Area, em: f64) {
    let line = num(0.08 * em);
    let ink = super::xml::hex(style::INK);
    let _ = write!(
        out,
        r##"<g id="title-block"><rect x="{}" y="{}" width="{}" height="{}" fill="#ffffff" stroke="{ink}" stroke-width="{line}"/>"##,
        num(area.x),
        num(area.y),
        num(area.w),
        num(area.h),
    );
    let label_style = TextStyle::new(0.65 * em, style::GREY);
    let pad = 0.5 * em;
    let mut y = area.y;
    let rows: [(&str, &str); 4] = [
        ("Venue", &info.venue),
        ("Dates", &info.dates),
        ("Plan", &info.plan_name),
        ("", ""),
    ];
    // The event, large, across the whole width.
    let event_size = fitted(&info.event, 1.3 * em, area.w - 2.0 * pad);
    text(
        out,
        area.x + pad,
        y + ROWS_EM[0] * em * 0.5 + 0.36 * event_size,
        &TextStyle::new(event_size, style::INK),
        &info.event,
    );
    y += ROWS_EM[0] * em;
    for (i, (label, value)) in rows.iter().enumerate() {
        let h = ROWS_EM[i + 1] * em;
        let _ = write!(
            out,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{ink}" stroke-width="{line}"/>"#,
            num(area.x),
            num(y),
            num(area.x + area.w),
            num(y),
        );
        let baseline = y + h * 0.5 + 0.36 * 0.9 * em;
        if label.is_empty() {
            // Last row: three cells.
            let cells = [
                ("Scale", info.scale.clone()),
                ("Drawn", info.drawn_on.clone()),
                ("Booths", info.booths.to_string()),
            ];
            let cell_w = area.w / 3.0;
            for (j, (cell_label, value)) in cells.iter().enumerate() {
                let x = area.x + cell_w * j as f64;
                if j > 0 {
                    let _ = write!(
                        out,
                        r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{ink}" stroke-width="{line}"/>"#,
                        num(x),
                        num(y),
                        num(x),
                        num(y + h),
                    );
                }
                text(out, x + pad, baseline, &label_style, cell_label);
                let room = cell_w - 2.0 * pad - 4.2 * em;
                let size = fitted(value, 0.9 * em, room);
                text(
                    out,
                    x + pad + 4.2 * em,
                    baseline,
                    &TextStyle::new(size, style::INK),
                    value,
                );
            }
        } else {
            text(out, area.x + pad, baseline, &label_style, label);
            let room = area.w - 2.0 * pad - LABEL_EM * em;
            let size = fitted(value, 0.9 * em, room);
            text(
                out,
                area.x + pad + LABEL_EM * em,
                baseline,
                &TextStyle::new(size, style::INK),
                value,
            );
        }
        y += h;
    }
    out.push_str("</g>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_event_falls_back_to_the_plan_name_and_the_scale_is_written_out() {
        let mut plan = Plan::empty("Hall plan v3", 50.0, 50.0).unwrap();
        let info = TitleInfo::new(&plan, Some(500), Some("2023-06-01"));
        assert_eq!(info.event, "Hall plan v3");
        assert_eq!(info.scale, "1:500");
        assert_eq!(info.drawn_on, "2023-06-01");
        plan.meta.event = "WAIC 2023".to_owned();
        let info = TitleInfo::new(&plan, None, None);
        assert_eq!(info.event, "WAIC 2023");
        assert_eq!(info.scale, "fit to page");
        assert_eq!(info.booths, 0);
    }

    #[test]
    fn long_values_shrink_but_not_below_forty_percent() {
        assert_eq!(fitted("short", 1.0, 100.0), 1.0);
        let long = "x".repeat(500);
        assert!((fitted(&long, 1.0, 10.0) - 0.4).abs() < 1e-12);
    }
}
