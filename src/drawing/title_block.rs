//! The title block in the bottom-right corner: event, venue, dates, plan name, scale,
//! revision and its date, drawing date, booth count and the exits' total width.

use super::DrawingOptions;
use super::exits::width_label;
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
/// Row heights, em: the event row, then three rows of one value and two rows of three
/// cells; they add up to the band height.
const ROWS_EM: [f64; 6] = [2.0, 1.4, 1.4, 1.4, 1.4, 1.4];
/// Width of a cell's label, em.
const CELL_LABEL_EM: f64 = 4.2;

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
    /// The revision, e.g. "3".
    pub revision: String,
    /// The revision's date.
    pub revision_date: String,
    /// How many booths the plan has.
    pub booths: usize,
    /// The exits: how many, and their total clear width, e.g. "12, total 48.0 m".
    pub exits: String,
}

impl TitleInfo {
    /// The title block's content for `plan` drawn at `scale` (None: not to a scale),
    /// with the dates and revision of `opts`.
    pub fn new(plan: &Plan, scale: Option<u32>, opts: &DrawingOptions) -> TitleInfo {
        let given = |value: &Option<String>| value.as_deref().map_or("", str::trim).to_owned();
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
            drawn_on: given(&opts.drawn_on),
            revision: given(&opts.revision),
            revision_date: given(&opts.revision_date),
            booths: plan.booths.len(),
            exits: format!(
                "{}, total {}",
                plan.exits.len(),
                width_label(plan.exits.iter().fold(0.0, |sum, e| sum + e.width_m))
            ),
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

/// A horizontal or vertical rule from (`x1`, `y1`) to (`x2`, `y2`).
fn rule(out: &mut String, (x1, y1): (f64, f64), (x2, y2): (f64, f64), ink: &str, line: &str) {
    let _ = write!(
        out,
        r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{ink}" stroke-width="{line}"/>"#,
        num(x1),
        num(y1),
        num(x2),
        num(y2),
    );
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
    // The event, large, across the whole width.
    let event_size = fitted(&info.event, 1.3 * em, area.w - 2.0 * pad);
    text(
        out,
        area.x + pad,
        area.y + ROWS_EM[0] * em * 0.5 + 0.36 * event_size,
        &TextStyle::new(event_size, style::INK),
        &info.event,
    );
    let booths = info.booths.to_string();
    let rows: [&[(&str, &str)]; 5] = [
        &[("Venue", &info.venue)],
        &[("Dates", &info.dates)],
        &[("Plan", &info.plan_name)],
        &[
            ("Scale", &info.scale),
            ("Revision", &info.revision),
            ("Rev. date", &info.revision_date),
        ],
        &[
            ("Drawn", &info.drawn_on),
            ("Booths", &booths),
            ("Exits", &info.exits),
        ],
    ];
    let mut y = area.y + ROWS_EM[0] * em;
    for (cells, h_em) in rows.iter().zip(&ROWS_EM[1..]) {
        let h = h_em * em;
        rule(out, (area.x, y), (area.x + area.w, y), &ink, &line);
        let baseline = y + h * 0.5 + 0.36 * 0.9 * em;
        let label_w = if cells.len() > 1 {
            CELL_LABEL_EM
        } else {
            LABEL_EM
        } * em;
        let cell_w = area.w / cells.len() as f64;
        for (j, (label, value)) in cells.iter().enumerate() {
            let x = area.x + cell_w * j as f64;
            if j > 0 {
                rule(out, (x, y), (x, y + h), &ink, &line);
            }
            text(out, x + pad, baseline, &label_style, label);
            let size = fitted(value, 0.9 * em, cell_w - 2.0 * pad - label_w);
            text(
                out,
                x + pad + label_w,
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
        let opts = DrawingOptions {
            drawn_on: Some("2023-06-01".to_owned()),
            revision: Some(" 3 ".to_owned()),
            revision_date: Some("2023-06-28".to_owned()),
            ..DrawingOptions::default()
        };
        let info = TitleInfo::new(&plan, Some(500), &opts);
        assert_eq!(info.event, "Hall plan v3");
        assert_eq!(info.scale, "1:500");
        assert_eq!(info.drawn_on, "2023-06-01");
        assert_eq!(info.revision, "3");
        assert_eq!(info.revision_date, "2023-06-28");
        plan.meta.event = "WAIC 2023".to_owned();
        let info = TitleInfo::new(&plan, None, &DrawingOptions::default());
        assert_eq!(info.event, "WAIC 2023");
        assert_eq!(info.scale, "fit to page");
        assert_eq!((info.booths, info.revision.as_str()), (0, ""));
        assert_eq!(info.exits, "0, total 0.0 m");
    }

    #[test]
    fn the_block_prints_the_revision_and_its_date() {
        let mut plan = Plan::empty("Hall plan", 50.0, 50.0).unwrap();
        plan.meta.venue = "国家会展中心".to_owned();
        let opts = DrawingOptions {
            revision: Some("B".to_owned()),
            revision_date: Some("2023-07-01".to_owned()),
            ..DrawingOptions::default()
        };
        let mut out = String::new();
        let area = Area {
            x: 0.0,
            y: 0.0,
            w: WIDTH_EM * 3.2,
            h: 9.0 * 3.2,
        };
        write_title_block(
            &mut out,
            &TitleInfo::new(&plan, Some(200), &opts),
            area,
            3.2,
        );
        for text in [
            ">Revision<",
            ">B<",
            ">Rev. date<",
            ">2023-07-01<",
            ">国家会展中心<",
            ">1:200<",
        ] {
            assert!(out.contains(text), "{text} in {out}");
        }
        assert!((ROWS_EM.iter().sum::<f64>() - super::super::page::BAND_EM).abs() < 1e-9);
    }

    #[test]
    fn long_values_shrink_but_not_below_forty_percent() {
        assert_eq!(fitted("short", 1.0, 100.0), 1.0);
        let long = "x".repeat(500);
        assert!((fitted(&long, 1.0, 10.0) - 0.4).abs() < 1e-12);
    }
}
