//! The fixed floor, drawn in metres inside the plan group: halls, sector tints,
//! obstacles, exits with their clear zones, and the hatch patterns they use.

use super::page::Page;
use super::style::{self, tint};
use super::text::{Anchor, TextStyle, text};
use super::xml::{hex, num};
use crate::model::{ObstacleKind, Plan, Rect, Side};
use std::fmt::Write as _;

/// Size of exit names, em.
const EXIT_LABEL_EM: f64 = 0.8;
/// Size of hall names, em.
const HALL_NAME_EM: f64 = 0.9;

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

/// Halls (white floor) and the sector regions tinted with their colours.
pub fn write_ground(out: &mut String, plan: &Plan) {
    out.push_str(r#"<g id="halls">"#);
    for hall in &plan.halls {
        rect(out, &hall.rect, "#ffffff", None, "");
    }
    out.push_str(r#"</g><g id="sectors">"#);
    for sector in &plan.sectors {
        let fill = hex(sector.color);
        let extra = format!(r#" fill-opacity="{}""#, style::REGION_OPACITY);
        for region in &sector.regions {
            rect(out, region, &fill, None, &extra);
        }
    }
    out.push_str("</g>");
}

/// Columns (solid), stages and service areas (hatched, labelled), and the clear zones
/// in front of exits.
pub fn write_obstacles_and_clear_zones(out: &mut String, plan: &Plan, page: &Page) {
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
    out.push_str(r#"</g><g id="clear-zones">"#);
    let green = hex(tint(style::EXIT_GREEN, 0.2));
    let dash = format!(
        r#" stroke-dasharray="{} {}""#,
        num(1.0 * mpm),
        num(0.6 * mpm)
    );
    for exit in &plan.exits {
        let Some(hall) = plan.hall(exit.hall) else {
            continue;
        };
        if let Some(zone) = exit.clear_zone(hall, plan.settings.exit_clear_m) {
            rect(
                out,
                &zone,
                &green,
                Some((style::EXIT_GREEN, 0.2 * mpm)),
                &dash,
            );
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
    let width = super::measure::width_em(name).max(0.1);
    let size = (r.w() * 0.9 / width).min(r.h() * 0.5).min(3.5 * mpm);
    if size < 1.0 * mpm {
        return;
    }
    let c = r.center();
    let style = TextStyle::new(size, style::INK).anchor(Anchor::Middle);
    text(out, c.x, c.y + 0.36 * size, &style, name);
}

/// Hall walls, doors (drawn over the walls) with exit names outside, and hall names
/// above their north-west corner.
pub fn write_walls_and_exits(out: &mut String, plan: &Plan, page: &Page) {
    let mpm = page.m_per_mm();
    out.push_str(r#"<g id="walls">"#);
    for hall in &plan.halls {
        rect(
            out,
            &hall.rect,
            "none",
            Some((style::WALL, style::WALL_MM * mpm)),
            "",
        );
    }
    out.push_str(r#"</g><g id="exits">"#);
    let label_size = EXIT_LABEL_EM * page.em / page.k;
    let gap = 1.2 * mpm + 0.2 * label_size;
    let exit_label = TextStyle::new(label_size, style::EXIT_GREEN).anchor(Anchor::Middle);
    for exit in &plan.exits {
        let Some(hall) = plan.hall(exit.hall) else {
            continue;
        };
        let (a, b) = exit.door(hall);
        let _ = write!(
            out,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}"/>"#,
            num(a.x),
            num(a.y),
            num(b.x),
            num(b.y),
            hex(style::EXIT_GREEN),
            num(style::DOOR_MM * mpm),
        );
        let name = exit.name.trim();
        if name.is_empty() {
            continue;
        }
        let mid = ((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
        // Beside east and west walls the name runs along the wall, reading upwards.
        let (x, y, turned) = match exit.wall {
            Side::North => (mid.0, mid.1 - gap, false),
            Side::South => (mid.0, mid.1 + gap + 0.75 * label_size, false),
            Side::West => (mid.0 - gap, mid.1, true),
            Side::East => (mid.0 + gap + 0.75 * label_size, mid.1, true),
        };
        if turned {
            let _ = write!(out, r#"<g transform="rotate(-90 {} {})">"#, num(x), num(y));
        }
        text(out, x, y, &exit_label, name);
        if turned {
            out.push_str("</g>");
        }
    }
    out.push_str(r#"</g><g id="hall-names">"#);
    let hall_size = HALL_NAME_EM * page.em / page.k;
    let hall_style = TextStyle::new(hall_size, style::GREY);
    for hall in &plan.halls {
        let r = hall.rect;
        let north_exit = plan
            .exits
            .iter()
            .any(|e| e.hall == hall.id && e.wall == Side::North && !e.name.trim().is_empty());
        // Above the exit names on the north wall, if there are any.
        let lift = if north_exit {
            gap + 0.8 * label_size + 0.35 * hall_size
        } else {
            0.3 * hall_size
        };
        text(out, r.x(), r.y() - lift, &hall_style, &hall.name);
    }
    out.push_str("</g>");
}

/// Room in em that the labels outside the walls need around the floor: exit names
/// beside the walls, and above the halls the exit names and the hall names.
pub fn outside_em(plan: &Plan) -> f64 {
    if plan.exits.is_empty() {
        1.5 * HALL_NAME_EM
    } else {
        3.0
    }
}
