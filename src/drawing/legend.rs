//! The legend (sector colours in English and Chinese, floor symbols, booth statuses)
//! and the scale bar, laid out in columns in page units.

use super::ColorBy;
use super::floor::HATCH_PAGE;
use super::measure::width_em;
use super::page::Area;
use super::style;
use super::text::{Anchor, TextStyle, text};
use super::xml::{hex, num};
use crate::model::{BoothStatus, Plan};
use std::fmt::Write as _;

/// Rows per legend column.
const ROWS_PER_COLUMN: usize = 5;
/// Row height, em.
const ROW_EM: f64 = 1.35;
/// Text size of a row, em.
const ROW_TEXT_EM: f64 = 0.8;
/// Height of a column header, em.
const HEADER_EM: f64 = 1.6;
/// Swatch width and height, em.
const SWATCH_EM: (f64, f64) = (1.6, 0.9);
/// Gap between columns, em.
pub const GAP_EM: f64 = 2.0;
/// Length of the scale bar on paper, mm (it is rounded down to a round distance).
const SCALE_BAR_MM: f64 = 50.0;

/// What a legend row's swatch looks like.
#[derive(Debug, Clone, PartialEq)]
enum Swatch {
    /// A filled box with an outline.
    Fill { fill: [u8; 3], stroke: [u8; 3] },
    /// A hatched box over a grey fill.
    Hatched([u8; 3]),
    /// A green dashed box with a door line (exit and clear zone).
    Exit,
}

/// One column: a header and rows of swatch + text.
#[derive(Debug, Clone, PartialEq)]
struct Column {
    header: String,
    rows: Vec<(Swatch, String)>,
}

impl Column {
    /// Width in em.
    fn width_em(&self) -> f64 {
        let rows = self
            .rows
            .iter()
            .map(|(_, t)| SWATCH_EM.0 + 0.6 + width_em(t) * ROW_TEXT_EM)
            .fold(0.0, f64::max);
        rows.max(width_em(&self.header) * 0.9)
    }
}

/// The legend's columns for this plan.
fn columns(plan: &Plan, color_by: ColorBy) -> Vec<Column> {
    let sector_rows: Vec<(Swatch, String)> = plan
        .sectors
        .iter()
        .map(|s| {
            let fill = match color_by {
                ColorBy::Sector => style::tint(s.color, style::BOOTH_TINT),
                ColorBy::Status => style::tint(s.color, style::REGION_OPACITY),
            };
            let swatch = Swatch::Fill {
                fill,
                stroke: style::shade(s.color, 0.55),
            };
            let label = format!(
                "{}  {}  {}",
                s.code.trim(),
                s.name_en.trim(),
                s.name_zh.trim()
            );
            (swatch, label.trim().to_owned())
        })
        .collect();
    let mut columns: Vec<Column> = sector_rows
        .chunks(ROWS_PER_COLUMN)
        .enumerate()
        .map(|(i, rows)| Column {
            header: if i == 0 {
                "Sectors 展区".to_owned()
            } else {
                String::new()
            },
            rows: rows.to_vec(),
        })
        .collect();
    if color_by == ColorBy::Status {
        columns.push(Column {
            header: "Booth status".to_owned(),
            rows: BoothStatus::ALL
                .iter()
                .map(|&s| {
                    let swatch = Swatch::Fill {
                        fill: style::status_color(s),
                        stroke: style::GREY,
                    };
                    (swatch, s.label().to_owned())
                })
                .collect(),
        });
    }
    columns.push(Column {
        header: "Floor".to_owned(),
        rows: vec![
            (
                Swatch::Fill {
                    fill: style::COLUMN,
                    stroke: style::COLUMN,
                },
                "column".to_owned(),
            ),
            (Swatch::Hatched(style::STAGE), "stage / forum".to_owned()),
            (Swatch::Hatched(style::SERVICE), "service area".to_owned()),
            (
                Swatch::Exit,
                format!("exit, clear zone {} m", num(plan.settings.exit_clear_m)),
            ),
        ],
    });
    columns
}

/// A round distance in metres (1, 2 or 5 times a power of ten) no longer than `max_m`.
pub fn round_distance(max_m: f64) -> f64 {
    if !(max_m.is_finite() && max_m > 0.0) {
        return 1.0;
    }
    let power = 10f64.powf(max_m.log10().floor());
    [5.0, 2.0, 1.0]
        .into_iter()
        .map(|f| f * power)
        .find(|d| *d <= max_m * (1.0 + 1e-9))
        .unwrap_or(power)
}

/// The legend and scale bar of a plan, ready to be placed.
pub struct Legend {
    columns: Vec<Column>,
    /// Scale bar: its length in metres, and page units per metre.
    bar_m: f64,
    k: f64,
    /// Header over the scale bar, e.g. "Scale 1:500".
    bar_header: String,
}

impl Legend {
    /// The legend for `plan`, with a scale bar for `k` page units per metre (`mm` page
    /// units per paper millimetre).
    pub fn new(plan: &Plan, color_by: ColorBy, k: f64, mm: f64, scale: Option<u32>) -> Legend {
        let bar_m = round_distance(SCALE_BAR_MM * mm / k);
        let bar_header = scale.map_or_else(|| "Scale".to_owned(), |n| format!("Scale 1:{n}"));
        Legend {
            columns: columns(plan, color_by),
            bar_m,
            k,
            bar_header,
        }
    }

    /// Width of the scale bar column, em, for base text size `em`.
    fn bar_width_em(&self, em: f64) -> f64 {
        (self.bar_m * self.k / em + 2.0).max(width_em(&self.bar_header) * 0.9)
    }

    /// Natural width in em (before any shrinking), given base text size `em`.
    pub fn width_em(&self, em: f64) -> f64 {
        let columns: f64 = self.columns.iter().map(|c| c.width_em() + GAP_EM).sum();
        columns + self.bar_width_em(em)
    }

    /// Draws the legend in `area`, shrunk as a whole if it does not fit its width.
    pub fn write(&self, out: &mut String, area: Area, em: f64) {
        let natural = self.width_em(em) * em;
        let shrink = if natural > area.w {
            area.w / natural
        } else {
            1.0
        };
        let _ = write!(
            out,
            r#"<g id="legend" transform="translate({} {}) scale({})">"#,
            num(area.x),
            num(area.y),
            num(shrink)
        );
        let mut x = 0.0;
        for column in &self.columns {
            write_column(out, column, x, em);
            x += (column.width_em() + GAP_EM) * em;
        }
        self.write_bar(out, x, em);
        out.push_str("</g>");
    }

    /// The scale bar: four alternating black and white segments, labelled in metres.
    fn write_bar(&self, out: &mut String, x: f64, em: f64) {
        let header = TextStyle::new(0.9 * em, style::INK);
        text(out, x, 1.0 * em, &header, &self.bar_header);
        let length = self.bar_m * self.k;
        let (y, h) = (2.6 * em, 0.6 * em);
        for i in 0..4 {
            let fill = if i % 2 == 0 { "#222222" } else { "#ffffff" };
            let _ = write!(
                out,
                r##"<rect x="{}" y="{}" width="{}" height="{}" fill="{fill}" stroke="#222222" stroke-width="{}"/>"##,
                num(x + length * f64::from(i) / 4.0),
                num(y),
                num(length / 4.0),
                num(h),
                num(0.06 * em),
            );
        }
        let label = TextStyle::new(ROW_TEXT_EM * em, style::INK).anchor(Anchor::Middle);
        let base = y + h + 1.1 * em;
        text(out, x, base, &label, "0");
        text(out, x + length / 2.0, base, &label, &num(self.bar_m / 2.0));
        text(
            out,
            x + length,
            base,
            &label,
            &format!("{} m", num(self.bar_m)),
        );
    }
}

/// One legend column with its top-left corner at (`x`, 0).
fn write_column(out: &mut String, column: &Column, x: f64, em: f64) {
    if !column.header.is_empty() {
        text(
            out,
            x,
            1.0 * em,
            &TextStyle::new(0.9 * em, style::INK),
            &column.header,
        );
    }
    let row_text = TextStyle::new(ROW_TEXT_EM * em, style::INK);
    for (i, (swatch, label)) in column.rows.iter().enumerate() {
        let top = (HEADER_EM + ROW_EM * i as f64) * em;
        let (sw, sh) = (SWATCH_EM.0 * em, SWATCH_EM.1 * em);
        let sy = top + (ROW_EM * em - sh) / 2.0;
        write_swatch(out, swatch, x, sy, sw, sh, em);
        let baseline = top + ROW_EM * em / 2.0 + 0.36 * ROW_TEXT_EM * em;
        text(out, x + sw + 0.6 * em, baseline, &row_text, label);
    }
}

/// Draws one swatch box.
fn write_swatch(out: &mut String, swatch: &Swatch, x: f64, y: f64, w: f64, h: f64, em: f64) {
    let frame = format!(
        r#"x="{}" y="{}" width="{}" height="{}""#,
        num(x),
        num(y),
        num(w),
        num(h)
    );
    let line = num(0.06 * em);
    match swatch {
        Swatch::Fill { fill, stroke } => {
            let _ = write!(
                out,
                r#"<rect {frame} fill="{}" stroke="{}" stroke-width="{line}"/>"#,
                hex(*fill),
                hex(*stroke)
            );
        }
        Swatch::Hatched(base) => {
            let _ = write!(
                out,
                r#"<rect {frame} fill="{}"/><rect {frame} fill="url(#{HATCH_PAGE})" stroke="{}" stroke-width="{line}"/>"#,
                hex(*base),
                hex(style::GREY)
            );
        }
        Swatch::Exit => {
            let green = hex(style::EXIT_GREEN);
            let _ = write!(
                out,
                r#"<rect {frame} fill="{}" stroke="{green}" stroke-width="{line}" stroke-dasharray="{} {}"/><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{green}" stroke-width="{}"/>"#,
                hex(style::tint(style::EXIT_GREEN, 0.2)),
                num(0.3 * em),
                num(0.2 * em),
                num(x + 0.2 * w),
                num(y),
                num(x + 0.8 * w),
                num(y),
                num(0.3 * em),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_distances_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(round_distance(37.0), 20.0);
        assert_eq!(round_distance(50.0), 50.0);
        assert_eq!(round_distance(9.99), 5.0);
        assert_eq!(round_distance(0.3), 0.2);
        assert_eq!(round_distance(1000.0), 1000.0);
        assert_eq!(round_distance(f64::NAN), 1.0);
    }

    #[test]
    fn sectors_are_listed_in_both_languages_five_to_a_column() {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        let cols = columns(&plan, ColorBy::Sector);
        assert_eq!(cols.len(), 2, "sectors and floor symbols");
        assert!(cols[0].rows[0].1.contains("Core technology"));
        assert!(cols[0].rows[0].1.contains("核心技术"));
        let extra = plan.sectors.clone();
        plan.sectors.extend(extra);
        let cols = columns(&plan, ColorBy::Status);
        assert_eq!(cols.len(), 4, "two sector columns, statuses, floor symbols");
        assert_eq!(cols[0].rows.len(), 5);
        assert_eq!(cols[1].rows.len(), 3);
    }
}
