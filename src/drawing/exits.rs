//! Exits: the clear zone in front of each door, the door drawn over the wall, and the
//! exit's name and width ("E1 2.0 m") outside the wall, shrunk so neighbouring labels
//! never overlap.

use super::floor::{HALL_NAME_EM, outline};
use super::measure::width_em;
use super::page::Page;
use super::style::{self, tint};
use super::text::{Anchor, TextStyle, text};
use super::xml::{hex, num};
use crate::model::{Exit, HallId, Plan, Side};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// Size of exit names, em.
pub const EXIT_LABEL_EM: f64 = 0.8;
/// Smallest exit name drawn, mm on paper.
const MIN_LABEL_MM: f64 = 0.6;

/// Clearance between a wall and the names outside it, mm on paper (half the door line
/// and a little air).
const WALL_CLEARANCE_MM: f64 = 1.2;

/// Size of exit names and their distance from the wall, in metres of floor, for names
/// shrunk by `scale` (see [`outside_label_scale`]).
pub fn label_size_and_gap(page: &Page, scale: f64) -> (f64, f64) {
    let size = scale * EXIT_LABEL_EM * page.em / page.k;
    (size, WALL_CLEARANCE_MM * page.m_per_mm() + 0.2 * size)
}

/// How much the names outside each wall of each hall shrink (1: full size) so that
/// they stay within their half of the space between the hall and its neighbour.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OutsideScales(BTreeMap<(HallId, Side), f64>);

impl OutsideScales {
    /// The scales for every hall wall of `plan` on `page`. On the north side the hall
    /// name stands above the exit names; the other sides hold exit names only.
    pub fn new(plan: &Plan, page: &Page) -> OutsideScales {
        let clearance = WALL_CLEARANCE_MM * page.m_per_mm();
        let label = EXIT_LABEL_EM * page.em / page.k;
        let hall_name = HALL_NAME_EM * page.em / page.k;
        let need = |side: Side| match side {
            // From the wall: the gap (0.2 em), the exit name, the hall name's lift
            // (0.35 em) and glyphs (0.9 em); below, the name's glyphs and descenders.
            Side::North => 1.2 * label + 1.25 * hall_name,
            Side::South | Side::East | Side::West => 1.1 * label,
        };
        let mut scales = BTreeMap::new();
        for a in &plan.halls {
            for b in &plan.halls {
                if a.id == b.id {
                    continue;
                }
                let (ra, rb) = (a.bounds(), b.bounds());
                let overlap_x = ra.x() < rb.max_x() && rb.x() < ra.max_x();
                let overlap_y = ra.y() < rb.max_y() && rb.y() < ra.max_y();
                // The side of `a` facing `b`, and the space between them.
                let (side, space) = match (overlap_x, overlap_y) {
                    (true, false) if rb.max_y() <= ra.y() => (Side::North, ra.y() - rb.max_y()),
                    (true, false) if rb.y() >= ra.max_y() => (Side::South, rb.y() - ra.max_y()),
                    (false, true) if rb.max_x() <= ra.x() => (Side::West, ra.x() - rb.max_x()),
                    (false, true) if rb.x() >= ra.max_x() => (Side::East, rb.x() - ra.max_x()),
                    _ => continue,
                };
                let fit = ((space / 2.0 - clearance) / need(side)).clamp(0.0, 1.0);
                let entry = scales.entry((a.id, side)).or_insert(1.0_f64);
                *entry = entry.min(fit);
            }
        }
        OutsideScales(scales)
    }

    /// The scale for names outside this wall of this hall.
    pub fn get(&self, hall: HallId, side: Side) -> f64 {
        self.0.get(&(hall, side)).copied().unwrap_or(1.0)
    }
}

/// The compass side the wall of `exit` faces, if its hall has that wall.
fn facing(plan: &Plan, exit: &Exit) -> Option<Side> {
    plan.hall(exit.hall)?.outline.facing_side(exit.wall)
}

/// The halls that have an exit in their north wall (their names go above its label).
pub fn halls_with_north_exit_labels(plan: &Plan) -> BTreeSet<HallId> {
    plan.exits
        .iter()
        .filter(|e| facing(plan, e) == Some(Side::North))
        .map(|e| e.hall)
        .collect()
}

/// An exit's clear width as the fire authority reads it: "2.0 m", "1.65 m".
pub fn width_label(width_m: f64) -> String {
    let tenths = width_m * 10.0;
    if (tenths - tenths.round()).abs() < 0.005 {
        format!("{width_m:.1} m")
    } else {
        format!("{width_m:.2} m")
    }
}

/// The label beside an exit's door: its name and width, "E1 2.0 m" (the width alone
/// when the exit has no name).
pub fn exit_label(exit: &Exit) -> String {
    let name = exit.name.trim();
    let width = width_label(exit.width_m);
    if name.is_empty() {
        width
    } else {
        format!("{name} {width}")
    }
}

/// The green dashed zones in front of the doors that must stay clear.
pub fn write_clear_zones(out: &mut String, plan: &Plan, page: &Page) {
    let mpm = page.m_per_mm();
    out.push_str(r#"<g id="clear-zones">"#);
    let green = hex(tint(style::EXIT_GREEN, 0.2));
    let dash = format!(
        r#" stroke-dasharray="{} {}""#,
        num(1.0 * mpm),
        num(0.6 * mpm)
    );
    let line = Some((style::EXIT_GREEN, 0.2 * mpm));
    for exit in &plan.exits {
        let Some(hall) = plan.hall(exit.hall) else {
            continue;
        };
        if let Some(zone) = exit.clear_zone(hall, plan.settings.exit_clear_m) {
            outline(out, &zone, &green, line, &dash);
        }
    }
    out.push_str("</g>");
}

/// Where along its wall an exit's door is centred, metres from the wall's start.
fn position(exit: &Exit) -> f64 {
    exit.offset_m + exit.width_m / 2.0
}

/// For every exit (by index), the length of wall its name may take: the distance to the
/// nearest other door on the same wall, or the whole wall.
fn label_room(plan: &Plan) -> Vec<f64> {
    let mut walls: BTreeMap<(HallId, usize), Vec<f64>> = BTreeMap::new();
    for exit in &plan.exits {
        walls
            .entry((exit.hall, exit.wall))
            .or_default()
            .push(position(exit));
    }
    for doors in walls.values_mut() {
        doors.sort_by(f64::total_cmp);
    }
    plan.exits
        .iter()
        .map(|exit| {
            let wall_length = plan
                .hall(exit.hall)
                .map_or(0.0, |h| h.outline.wall_length(exit.wall));
            let p = position(exit);
            let doors = walls
                .get(&(exit.hall, exit.wall))
                .map_or(&[][..], Vec::as_slice);
            let at = doors.partition_point(|&d| d < p);
            // The door itself sits at `at`; its neighbours are just before and after.
            let before = at.checked_sub(1).and_then(|i| doors.get(i)).map(|d| p - d);
            let after = doors.get(at + 1).map(|d| d - p);
            [before, after]
                .into_iter()
                .flatten()
                .fold(wall_length, f64::min)
        })
        .collect()
}

/// Doors over the walls, and each exit's label outside its wall: above and below for
/// north and south walls, along the wall (reading upwards) for east and west walls.
pub fn write_doors(out: &mut String, plan: &Plan, page: &Page, scales: &OutsideScales) {
    let mpm = page.m_per_mm();
    let rooms = label_room(plan);
    out.push_str(r#"<g id="exits">"#);
    for (exit, room) in plan.exits.iter().zip(rooms) {
        let Some(hall) = plan.hall(exit.hall) else {
            continue;
        };
        let Some((a, b)) = exit.door(hall) else {
            continue;
        };
        let side = hall.outline.facing_side(exit.wall).unwrap_or(Side::North);
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
        let label = exit_label(exit);
        let (label_size, gap) = label_size_and_gap(page, scales.get(exit.hall, side));
        let size = label_size.min(0.9 * room / width_em(&label).max(0.1));
        if size < MIN_LABEL_MM * mpm {
            continue;
        }
        let mid = ((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
        let (x, y, turned) = match side {
            Side::North => (mid.0, mid.1 - gap, false),
            Side::South => (mid.0, mid.1 + gap + 0.75 * size, false),
            Side::West => (mid.0 - gap, mid.1, true),
            Side::East => (mid.0 + gap + 0.75 * size, mid.1, true),
        };
        if turned {
            let _ = write!(out, r#"<g transform="rotate(-90 {} {})">"#, num(x), num(y));
        }
        let style = TextStyle::new(size, style::EXIT_GREEN).anchor(Anchor::Middle);
        text(out, x, y, &style, &label);
        if turned {
            out.push_str("</g>");
        }
    }
    out.push_str("</g>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drawing::DrawingOptions;
    use crate::model::{ExitId, Hall, Rect};

    fn exit(id: u32, side: Side, from: f64) -> Exit {
        let hall = Rect::new(0.0, 0.0, 100.0, 50.0).unwrap();
        let (wall, offset_m) = Exit::on_rect_side(&hall, side, from, 2.0);
        Exit {
            id: ExitId(id),
            name: format!("E{id}"),
            hall: HallId(1),
            wall,
            offset_m,
            width_m: 2.0,
        }
    }

    #[test]
    fn a_name_may_take_the_wall_up_to_the_nearest_neighbouring_door() {
        let mut plan = Plan::empty("t", 100.0, 50.0).unwrap();
        plan.exits = vec![
            exit(1, Side::North, 10.0),
            exit(2, Side::North, 30.0),
            exit(3, Side::North, 35.0),
            exit(4, Side::South, 30.0),
            exit(5, Side::West, 20.0),
        ];
        assert_eq!(label_room(&plan), vec![20.0, 5.0, 5.0, 100.0, 50.0]);
        assert_eq!(
            halls_with_north_exit_labels(&plan)
                .into_iter()
                .collect::<Vec<_>>(),
            vec![HallId(1)]
        );
    }

    #[test]
    fn labels_carry_the_clear_width() {
        let mut e = exit(1, Side::North, 10.0);
        assert_eq!(exit_label(&e), "E1 2.0 m");
        e.width_m = 1.65;
        e.name = "  北门 ".to_owned();
        assert_eq!(exit_label(&e), "北门 1.65 m");
        e.name = String::new();
        e.width_m = 12.0;
        assert_eq!(exit_label(&e), "12.0 m");
    }

    #[test]
    fn names_outside_the_walls_shrink_only_where_halls_stand_close() {
        let mut plan = Plan::empty("t", 100.0, 50.0).unwrap();
        let page = |plan: &Plan| {
            let outside = crate::drawing::page::OutsideEm {
                north: 3.0,
                sides: 1.5,
            };
            Page::new(
                plan.extent().unwrap(),
                &DrawingOptions::default(),
                0.0,
                outside,
            )
            .unwrap()
        };
        let second = |y: f64| Hall {
            id: HallId(2),
            name: "H2".to_owned(),
            outline: crate::model::Outline::rect(Rect::new(0.0, y, 100.0, 50.0).unwrap()),
        };
        plan.halls.push(second(80.0));
        let scales = OutsideScales::new(&plan, &page(&plan));
        assert_eq!(scales.get(HallId(1), Side::South), 1.0, "30 m apart");
        assert_eq!(scales.get(HallId(2), Side::North), 1.0);
        plan.halls[1] = second(52.0);
        let scales = OutsideScales::new(&plan, &page(&plan));
        let (south, north) = (
            scales.get(HallId(1), Side::South),
            scales.get(HallId(2), Side::North),
        );
        assert!(south > 0.0 && south < 1.0, "{south}");
        assert!(
            north > 0.0 && north < south,
            "{north}: the hall name needs room too"
        );
        assert_eq!(scales.get(HallId(1), Side::North), 1.0, "nothing above");
        assert_eq!(scales.get(HallId(2), Side::East), 1.0);
    }
}
