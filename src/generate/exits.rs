//! Exits on hall walls, sized to the fire code: the total door width of a hall covers its
//! design occupants (hall area × occupant density) at the width per 100 persons the
//! settings give, with a margin, and no door's clear zone is blocked by an obstacle.

use crate::model::{Exit, ExitId, Hall, Rect, Settings, Side};

/// Clear width of one door, metres.
const DOOR_M: f64 = 4.0;
/// How much more door width than the code asks for the generator provides.
const MARGIN: f64 = 1.1;
/// Doors stay at least this far from the corners of the hall, metres.
const CORNER_M: f64 = 2.0;

/// The exit width, in metres, the fire code asks of a hall of `area_m2`.
pub(crate) fn required_exit_width(area_m2: f64, settings: &Settings) -> f64 {
    area_m2 * settings.occupant_density / 100.0 * settings.exit_width_per_100_m
}

/// Doors for `hall` (a rectangle), spread over its four walls in proportion to their length, each
/// nudged along its wall until its clear zone misses every obstacle in `obstacles`.
/// Ids start at `next_id`, which is advanced; names are `<code>-E01`, `<code>-E02`, ….
pub(crate) fn place_exits(
    hall: &Hall,
    code: &str,
    obstacles: &[Rect],
    settings: &Settings,
    next_id: &mut u32,
) -> Vec<Exit> {
    let rect = hall.bounds();
    let need = required_exit_width(rect.area(), settings);
    let perimeter = 2.0 * (rect.w() + rect.h());
    // Keep the clear zone at least an aisle deep, so doors also stay clear of anything
    // that a deeper clear-zone setting would catch.
    let depth = settings.exit_clear_m.max(settings.min_aisle_m);
    let mut count = ((need * MARGIN / DOOR_M).ceil() as usize).max(4);
    let mut doors = Vec::new();
    for _ in 0..8 {
        doors.clear();
        for wall in Side::ALL {
            let len = rect.side_length(wall);
            let on_wall = ((count as f64 * len / perimeter).round() as usize).max(1);
            let spacing = len / on_wall as f64;
            for i in 0..on_wall {
                let centre = (i as f64 + 0.5) * spacing;
                if let Some(offset) = free_offset(hall, wall, centre, spacing, depth, obstacles) {
                    doors.push((wall, offset));
                }
            }
        }
        if doors.len() as f64 * DOOR_M >= need {
            break;
        }
        count += count / 4 + 1;
    }
    doors
        .into_iter()
        .enumerate()
        .map(|(i, (side, offset))| {
            let id = ExitId(*next_id);
            *next_id += 1;
            let (wall, offset_m) = Exit::on_rect_side(&rect, side, offset, DOOR_M);
            Exit {
                id,
                name: format!("{code}-E{:02}", i + 1),
                hall: hall.id,
                wall,
                offset_m,
                width_m: DOOR_M,
            }
        })
        .collect()
}

/// The offset nearest to centring a door at `centre` whose clear zone `depth` deep
/// misses every obstacle, searching half a spacing either way in 1 m steps.
fn free_offset(
    hall: &Hall,
    wall: Side,
    centre: f64,
    spacing: f64,
    depth: f64,
    obstacles: &[Rect],
) -> Option<f64> {
    let rect = hall.bounds();
    let len = rect.side_length(wall);
    let reach = ((spacing - DOOR_M) / 2.0).floor().max(0.0) as i32;
    (0..=reach)
        .flat_map(|step| [step, -step])
        .map(|step| (centre - DOOR_M / 2.0 + f64::from(step)).round())
        .filter(|offset| *offset >= CORNER_M && offset + DOOR_M <= len - CORNER_M)
        .find(|offset| {
            let (wall, offset_m) = Exit::on_rect_side(&rect, wall, *offset, DOOR_M);
            let probe = Exit {
                id: ExitId(0),
                name: String::new(),
                hall: hall.id,
                wall,
                offset_m,
                width_m: DOOR_M,
            };
            probe
                .clear_zone(hall, depth)
                .is_some_and(|zone| obstacles.iter().all(|o| !zone.overlaps_rect(o)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::HallId;

    fn hall(w: f64, h: f64) -> Hall {
        Hall {
            id: HallId(3),
            name: "H".into(),
            outline: crate::model::Outline::rect(Rect::new(100.0, 50.0, w, h).unwrap()),
        }
    }

    #[test]
    fn west_hall_needs_the_code_width() {
        let settings = Settings::default();
        let need = required_exit_width(25_000.0, &settings);
        assert!((need - 121.875).abs() < 1e-9);
    }

    #[test]
    fn doors_cover_the_need_and_avoid_obstacles() {
        let settings = Settings::default();
        let hall = hall(200.0, 125.0);
        // A wall of service rooms along the whole north side but one gap.
        let blocked = vec![
            Rect::new(100.0, 50.0, 90.0, 10.0).unwrap(),
            Rect::new(200.0, 50.0, 100.0, 10.0).unwrap(),
        ];
        let mut next = 1;
        let exits = place_exits(&hall, "H1", &blocked, &settings, &mut next);
        let width: f64 = exits.iter().map(|e| e.width_m).sum();
        assert!(width >= required_exit_width(hall.area_m2(), &settings));
        assert_eq!(next as usize, exits.len() + 1);
        for exit in &exits {
            let zone = exit.clear_zone(&hall, settings.exit_clear_m).unwrap();
            assert!(hall.outline.contains_rect(&zone.bounds()));
            assert!(blocked.iter().all(|b| !zone.overlaps_rect(b)), "{exit:?}");
        }
        assert!(
            exits.iter().any(|e| e.wall == 0),
            "a door on the north wall"
        );
        assert_eq!(exits[0].name, "H1-E01");
    }
}
