//! A booth's type from which of its sides face open floor, worked out from neighbours the
//! checks have already fetched. The same rule as [`crate::model::open_sides`] (a test
//! holds the two together), without its own index queries and hall scans.

use super::geometry::{Facing, floor_along};
use super::venue::Venue;
use crate::model::{BoothType, Hall, Item, Plan, Rect, Side};

pub(crate) use crate::model::CLOSED_WITHIN_M;

fn along(side: Side, r: &Rect) -> f64 {
    match side {
        Side::North | Side::South => r.w(),
        Side::East | Side::West => r.h(),
    }
}

/// Which sides of `rect` face open floor (north, east, south, west): a side is closed
/// when more than half of it is backed within [`CLOSED_WITHIN_M`] by an item of `near`
/// (which must hold every booth and obstacle that close, sorted, without the booth
/// itself) or lies outside every hall. `hall` is a hall holding `rect`, if the caller
/// knows one: a strip it holds needs no look-up.
pub(crate) fn open_sides(
    plan: &Plan,
    venue: &Venue,
    rect: &Rect,
    hall: Option<&Hall>,
    near: &[(Item, Rect)],
) -> [bool; 4] {
    Side::ALL.map(|side| {
        let Some(strip) = rect.strip_outside(side, CLOSED_WITHIN_M) else {
            return true;
        };
        let length = rect.side_length(side);
        let mut covered = 0.0;
        for (_, other) in near {
            if let Some(overlap) = strip.intersection(other) {
                covered += along(side, &overlap);
            }
        }
        // Floor outside every hall counts as a wall: where no hall holds the strip's
        // whole depth, the side is backed by a wall.
        let in_hall = hall.is_some_and(|h| h.outline.contains_rect(&strip))
            || venue.hall_containing(plan, &strip).is_some();
        if !in_hall {
            let facing = Facing {
                gap: CLOSED_WITHIN_M,
                strip,
                across_x: matches!(side, Side::East | Side::West),
            };
            let halls = venue.halls_touching(plan, &strip);
            let held: f64 = floor_along(&facing, halls.iter().map(|h| &h.outline))
                .iter()
                .map(|(a, b)| b - a)
                .sum();
            covered += (length - held).max(0.0);
        }
        covered <= length / 2.0
    })
}

/// The type of a booth with these open sides (north, east, south, west).
pub(crate) fn type_of(open: [bool; 4]) -> BoothType {
    BoothType::from_open_sides(open)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_from_open_sides() {
        assert_eq!(type_of([false; 4]), BoothType::Enclosed);
        assert_eq!(type_of([true, false, false, false]), BoothType::Inline);
        assert_eq!(type_of([true, true, false, false]), BoothType::Corner);
        assert_eq!(type_of([false, true, false, true]), BoothType::Through);
        assert_eq!(type_of([true, true, true, false]), BoothType::Peninsula);
        assert_eq!(type_of([true; 4]), BoothType::Island);
    }
}
