//! A booth's type from which of its sides face open floor, worked out from neighbours the
//! checks have already fetched; and the same for a booth not yet in the plan (to price
//! it), from a scan of the plan.

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

/// The type a booth at `rect` would have in `plan` (`itself` left out, when it is a
/// booth of the plan being changed): for pricing a new or resized booth. Scans the
/// plan's booths and obstacles, so it is for one booth at a time, not for the checks.
pub fn booth_type_at(plan: &Plan, rect: &Rect, itself: Option<crate::model::BoothId>) -> BoothType {
    let venue = Venue::new(plan);
    let reach = rect.expanded(CLOSED_WITHIN_M).unwrap_or(*rect);
    let booths = plan
        .booths
        .iter()
        .filter(|b| Some(b.id) != itself && b.rect.overlaps(&reach))
        .map(|b| (Item::Booth(b.id), b.rect));
    let obstacles = plan
        .obstacles
        .iter()
        .filter(|o| o.rect.overlaps(&reach))
        .map(|o| (Item::Obstacle(o.id), o.rect));
    let mut near: Vec<(Item, Rect)> = booths.chain(obstacles).collect();
    near.sort_unstable_by_key(|(item, _)| *item);
    type_of(open_sides(plan, &venue, rect, None, &near))
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
