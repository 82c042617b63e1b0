//! The legend (sector colours in English and Chinese, floor symbols with the exit clear
//! zone and the aisle widths, booth statuses), laid out in columns in page units.

use super::ColorBy;
use super::floor::HATCH_PAGE;
use super::measure::width_em;
use super::page::Area;
use super::style;
use super::text::{TextStyle, text};
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

/// What a legend row's swatch looks like.
#[derive(Debug, Clone, PartialEq)]
enum Swatch {
    /// A filled box with an outline.
    Fill { fill: [u8; 3], stroke: [u8; 3] },
    /// A hatched box over a grey fill.
    Hatched([u8; 3]),
    /// A green dashed box with a door line (exit and clear zone).
    Exit,
    /// Two booth edges with the aisle between them.
    Aisle,
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
                format!(
                    "exit (name, width), clear zone {} m",
                    num(plan.settings.exit_clear_m)
                ),
            ),
            (Swatch::Aisle, aisle_text(plan)),
        ],
    });
    columns
}

/// The aisle widths the plan is laid out to: the main aisles and the narrowest allowed.
fn aisle_text(plan: &Plan) -> String {
    format!(
        "aisles: main {} m, others ≥ {} m",
        num(plan.settings.main_aisle_m),
        num(plan.settings.min_aisle_m)
    )
}

/// The legend of a plan, ready to be placed.
pub struct Legend {
    columns: Vec<Column>,
}

impl Legend {
    /// The legend for `plan` with booths coloured by `color_by`.
    pub fn new(plan: &Plan, color_by: ColorBy) -> Legend {
        Legend {
            columns: columns(plan, color_by),
        }
    }

    /// Natural width in em (before any shrinking).
    pub fn width_em(&self) -> f64 {
        self.columns
            .iter()
            .map(|c| c.width_em() + GAP_EM)
            .sum::<f64>()
            - GAP_EM
    }

    /// Draws the legend in `area`, shrunk as a whole if it does not fit its width.
    pub fn write(&self, out: &mut String, area: Area, em: f64) {
        let natural = self.width_em() * em;
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
        out.push_str("</g>");
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
        Swatch::Aisle => {
            let grey = hex(style::STAGE);
            let edge = hex(style::GREY);
            for bx in [x, x + 0.72 * w] {
                let _ = write!(
                    out,
                    r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{grey}" stroke="{edge}" stroke-width="{line}"/>"#,
                    num(bx),
                    num(y),
                    num(0.28 * w),
                    num(h),
                );
            }
            let _ = write!(
                out,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{edge}" stroke-width="{line}"/>"#,
                num(x + 0.32 * w),
                num(y + h / 2.0),
                num(x + 0.68 * w),
                num(y + h / 2.0),
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
    fn the_floor_column_gives_the_aisle_widths() {
        let plan = Plan::empty("t", 100.0, 100.0).unwrap();
        let cols = columns(&plan, ColorBy::Sector);
        let floor = cols.last().unwrap();
        assert!(floor.rows.len() <= ROWS_PER_COLUMN);
        let aisles = &floor.rows.last().unwrap().1;
        assert_eq!(aisles, "aisles: main 6 m, others ≥ 3 m");
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
