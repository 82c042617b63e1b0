//! The fixed floor, drawn in metres inside the plan group: halls, sector tints,
//! obstacles, walls with hall names, and the hatch patterns they use.

use super::exits;
use super::measure::width_em;
use super::page::{OutsideEm, Page};
use super::style;
use super::text::{Anchor, TextStyle, text};
use super::xml::{hex, num};
use crate::model::{ObstacleKind, Outline, Plan, Rect, Side};
use std::fmt::Write as _;

/// Size of hall names, em.
pub const HALL_NAME_EM: f64 = 0.9;
/// Smallest hall name drawn, mm on paper.
const MIN_HALL_NAME_MM: f64 = 0.8;

/// Id of the hatch pattern for use inside the plan group (metres).
pub const HATCH_FLOOR: &str = "hatch-floor";
/// Id of the hatch pattern for use in page units (the legend).
pub const HATCH_PAGE: &str = "hatch-page";

/// Writes `<defs>` with the hatch patterns: diagonal lines 1.5 mm apart on paper.
pub fn write_defs(out: &mut String, page: &Page) {
    out.push_str("<defs>");
    for (id, unit) in [(HATCH_FLOOR, page.m_per_mm()), (HATCH_PAGE, page.mm)] {
        let step = 1.5 * unit;
        let _ = write!(
            out,
            r#"<pattern id="{id}" patternUnits="userSpaceOnUse" width="{s}" height="{s}" patternTransform="rotate(45)"><rect width="{s}" height="{s}" fill="none"/><line x1="0" y1="0" x2="0" y2="{s}" stroke="{c}" stroke-width="{w}"/></pattern>"#,
            s = num(step),
            c = hex(style::GREY),
            w = num(0.15 * unit),
        );
    }
    out.push_str("</defs>");
}

/// A rectangle with fill and optional stroke, in the current user space.
pub fn rect(out: &mut String, r: &Rect, fill: &str, stroke: Option<([u8; 3], f64)>, extra: &str) {
    let _ = write!(
        out,
        r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{fill}""#,
        num(r.x()),
        num(r.y()),
        num(r.w()),
        num(r.h()),
    );
    if let Some((color, width)) = stroke {
        let _ = write!(
            out,
            r#" stroke="{}" stroke-width="{}""#,
            hex(color),
            num(width)
        );
    }
    out.push_str(extra);
    out.push_str("/>");
}

/// An outline with fill and optional stroke: a `<rect>` when it is a rectangle, a
/// `<polygon>` otherwise.
pub fn outline(
    out: &mut String,
    o: &Outline,
    fill: &str,
    stroke: Option<([u8; 3], f64)>,
    extra: &str,
) {
    if let Some(r) = o.as_rect() {
        return rect(out, &r, fill, stroke, extra);
    }
    out.push_str(r#"<polygon points=""#);
    for (i, p) in o.corners().iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let _ = write!(out, "{},{}", num(p.x), num(p.y));
    }
    let _ = write!(out, r#"" fill="{fill}""#);
    if let Some((color, width)) = stroke {
        let _ = write!(
            out,
            r#" stroke="{}" stroke-width="{}" stroke-linejoin="miter""#,
            hex(color),
            num(width)
        );
    }
    out.push_str(extra);
    out.push_str("/>");
}

/// Halls (white floor) and the sector regions tinted with their colours.
pub fn write_ground(out: &mut String, plan: &Plan) {
    out.push_str(r#"<g id="halls">"#);
    for hall in &plan.halls {
        outline(out, &hall.outline, "#ffffff", None, "");
    }
    out.push_str(r#"</g><g id="sectors">"#);
    for sector in &plan.sectors {
        let fill = hex(sector.color);
        let extra = format!(r#" fill-opacity="{}""#, style::REGION_OPACITY);
        for region in &sector.regions {
            outline(out, region, &fill, None, &extra);
        }
    }
    out.push_str("</g>");
}

/// Columns (solid), stages and service areas (hatched, labelled).
pub fn write_obstacles(out: &mut String, plan: &Plan, page: &Page) {
    let mpm = page.m_per_mm();
    out.push_str(r#"<g id="obstacles">"#);
    for obstacle in &plan.obstacles {
        let r = &obstacle.rect;
        match obstacle.kind {
            ObstacleKind::Column => {
                rect(out, r, &hex(style::COLUMN), None, "");
            }
            ObstacleKind::Stage | ObstacleKind::Service => {
                let base = if obstacle.kind == ObstacleKind::Stage {
                    style::STAGE
                } else {
                    style::SERVICE
                };
                let line = Some((style::GREY, 0.25 * mpm));
                rect(out, r, &hex(base), None, "");
                rect(out, r, &format!("url(#{HATCH_FLOOR})"), line, "");
                write_area_label(out, r, &obstacle.name, page);
            }
        }
    }
    out.push_str("</g>");
}

/// The name of a stage or service area, centred and fitted, or nothing when too small.
fn write_area_label(out: &mut String, r: &Rect, name: &str, page: &Page) {
    let name = name.trim();
    if name.is_empty() {
        return;
    }
    let mpm = page.m_per_mm();
    let width = width_em(name).max(0.1);
    let size = (r.w() * 0.9 / width).min(r.h() * 0.5).min(3.5 * mpm);
    if size < 1.0 * mpm {
        return;
    }
    let c = r.center();
    let style = TextStyle::new(size, style::INK).anchor(Anchor::Middle);
    text(out, c.x, c.y + 0.36 * size, &style, name);
}

/// Hall walls, then the doors and exit names over and beside them, then hall names
/// above their north-west corner (above the exit names on the north wall, if any),
/// shrunk to the hall's width.
pub fn write_walls_and_exits(out: &mut String, plan: &Plan, page: &Page) {
    let mpm = page.m_per_mm();
    out.push_str(r#"<g id="walls">"#);
    let wall = Some((style::WALL, style::WALL_MM * mpm));
    for hall in &plan.halls {
        outline(out, &hall.outline, "none", wall, "");
    }
    out.push_str("</g>");
    let scales = exits::OutsideScales::new(plan, page);
    exits::write_doors(out, plan, page, &scales);
    out.push_str(r#"<g id="hall-names">"#);
    let north = exits::halls_with_north_exit_labels(plan);
    for hall in &plan.halls {
        let r = hall.bounds();
        let name = hall.name.trim();
        let scale = scales.get(hall.id, Side::North);
        let (label_size, gap) = exits::label_size_and_gap(page, scale);
        let size = (scale * HALL_NAME_EM * page.em / page.k).min(r.w() / width_em(name).max(0.1));
        if name.is_empty() || size < MIN_HALL_NAME_MM * mpm {
            continue;
        }
        let lift = if north.contains(&hall.id) {
            gap + label_size + 0.35 * size
        } else {
            0.3 * size
        };
        text(
            out,
            r.x(),
            r.y() - lift,
            &TextStyle::new(size, style::GREY),
            name,
        );
    }
    out.push_str("</g>");
}

/// Room in em that the labels outside the walls need around the floor: exit names
/// beside the walls, and above the halls the exit names and the hall names.
pub fn outside_em(plan: &Plan) -> OutsideEm {
    if plan.exits.is_empty() {
        OutsideEm {
            north: 1.5 * HALL_NAME_EM,
            sides: 0.5,
        }
    } else {
        // Beside a wall: the clearance (about 0.3 em) and a name of 0.8 em with its
        // descenders.
        OutsideEm {
            north: 3.0,
            sides: 1.5,
        }
    }
}
