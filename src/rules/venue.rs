//! The fixed parts of a plan — halls, sector regions and exits — indexed once, so that
//! checking a booth against them costs O(log n) however large the venue.

use crate::model::{Hall, HallId, Plan, Point, Rect};
use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{AABB, RTree};
use rustc_hash::FxHashMap;

/// A rectangle (possibly a line: a door) with the index of what it stands for.
type Entry = GeomWithData<Rectangle<[f64; 2]>, usize>;

fn entry(a: Point, b: Point, index: usize) -> Entry {
    GeomWithData::new(Rectangle::from_corners([a.x, a.y], [b.x, b.y]), index)
}

fn rect_entry(rect: &Rect, index: usize) -> Entry {
    entry(rect.min(), rect.max(), index)
}

fn envelope(rect: &Rect) -> AABB<[f64; 2]> {
    AABB::from_corners([rect.x(), rect.y()], [rect.max_x(), rect.max_y()])
}

/// Sprinklers are compulsory in exhibition floors larger than this (m²,
/// GB 50016-2014 §8.3.4), which lengthens the allowed travel distance by a quarter.
pub const SPRINKLERED_ABOVE_M2: f64 = 1_500.0;

/// Longest straight line from a booth's centre to the nearest exit, metres, in a hall
/// without sprinklers (GB 50016-2014 §5.5.17).
pub const MAX_TRAVEL_M: f64 = 30.0;

/// The same in a sprinklered hall: 30 m + 25 % (GB 50016-2014 §5.5.17).
pub const MAX_TRAVEL_SPRINKLERED_M: f64 = 37.5;

/// The travel distance allowed in `hall`.
pub(crate) fn travel_limit(hall: &Hall) -> f64 {
    if hall.rect.area() > SPRINKLERED_ABOVE_M2 {
        MAX_TRAVEL_SPRINKLERED_M
    } else {
        MAX_TRAVEL_M
    }
}

/// An exit as the booth checks need it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ExitZone {
    pub(crate) id: crate::model::ExitId,
    pub(crate) name: String,
    pub(crate) hall: HallId,
}

/// The halls, sector regions and exits of one plan, indexed.
#[derive(Debug, Clone)]
pub(crate) struct Venue {
    /// Hall rectangles; data: index into `plan.halls`.
    halls: RTree<Entry>,
    /// Sector regions; data: index into `plan.sectors`.
    regions: RTree<Entry>,
    /// Clear zones in front of exits; data: index into `exits`.
    zones: RTree<Entry>,
    /// Door openings as lines; data: index into `exits`.
    doors: RTree<Entry>,
    exits: Vec<ExitZone>,
    /// The door lines (lower and upper corner) of each hall that has exits.
    hall_doors: FxHashMap<HallId, Vec<Door>>,
}

/// A door opening as a line: its lower and its upper corner.
type Door = ([f64; 2], [f64; 2]);

/// Squared distance from `p` to the nearest point of `door`, computed exactly as the
/// R-tree computes it for its rectangles (clamp each axis, then sum the squares).
fn distance_2(door: &Door, p: [f64; 2]) -> f64 {
    let (lo, hi) = door;
    let dx = p[0].max(lo[0]).min(hi[0]) - p[0];
    let dy = p[1].max(lo[1]).min(hi[1]) - p[1];
    dx * dx + dy * dy
}

impl Venue {
    /// Indexes the fixed parts of `plan` (exit clear zones `settings.exit_clear_m` deep).
    pub(crate) fn new(plan: &Plan) -> Self {
        let mut exits = Vec::new();
        let mut zones = Vec::new();
        let mut doors = Vec::new();
        let mut hall_doors: FxHashMap<HallId, Vec<Door>> = FxHashMap::default();
        for exit in &plan.exits {
            let Some(hall) = plan.hall(exit.hall) else {
                continue;
            };
            let i = exits.len();
            if let Some(zone) = exit.clear_zone(hall, plan.settings.exit_clear_m) {
                zones.push(rect_entry(&zone, i));
            }
            let (a, b) = exit.door(hall);
            let door = entry(a, b, i);
            hall_doors
                .entry(exit.hall)
                .or_default()
                .push((door.geom().lower(), door.geom().upper()));
            doors.push(door);
            exits.push(ExitZone {
                id: exit.id,
                name: exit.name.clone(),
                hall: exit.hall,
            });
        }
        let regions = plan
            .sectors
            .iter()
            .enumerate()
            .flat_map(|(i, s)| s.regions.iter().map(move |r| rect_entry(r, i)))
            .collect();
        Self {
            halls: RTree::bulk_load(
                plan.halls
                    .iter()
                    .enumerate()
                    .map(|(i, h)| rect_entry(&h.rect, i))
                    .collect(),
            ),
            regions: RTree::bulk_load(regions),
            zones: RTree::bulk_load(zones),
            doors: RTree::bulk_load(doors),
            hall_doors,
            exits,
        }
    }

    /// The first hall (in plan order) that wholly holds `rect`.
    pub(crate) fn hall_containing<'p>(&self, plan: &'p Plan, rect: &Rect) -> Option<&'p Hall> {
        self.halls
            .locate_in_envelope_intersecting(envelope(rect))
            .map(|e| e.data)
            .filter(|i| plan.halls[*i].rect.contains_rect(rect))
            .min()
            .map(|i| &plan.halls[i])
    }

    /// The first hall (in plan order) that holds the point.
    pub(crate) fn hall_at<'p>(&self, plan: &'p Plan, p: Point) -> Option<&'p Hall> {
        self.halls
            .locate_all_at_point([p.x, p.y])
            .map(|e| e.data)
            .min()
            .map(|i| &plan.halls[i])
    }

    /// The rectangles of the halls touching `rect`, in plan order.
    pub(crate) fn halls_touching(&self, plan: &Plan, rect: &Rect) -> Vec<Rect> {
        let mut hit: Vec<usize> = self
            .halls
            .locate_in_envelope_intersecting(envelope(rect))
            .map(|e| e.data)
            .collect();
        hit.sort_unstable();
        hit.into_iter().map(|i| plan.halls[i].rect).collect()
    }

    /// Area of `rect` inside the regions of each sector it overlaps, as (index into
    /// `plan.sectors`, m²), by sector index.
    pub(crate) fn sector_areas(&self, plan: &Plan, rect: &Rect) -> Vec<(usize, f64)> {
        let mut hits: Vec<(usize, f64)> = self
            .regions
            .locate_in_envelope_intersecting(envelope(rect))
            .filter_map(|e| {
                let lo = e.geom().lower();
                let hi = e.geom().upper();
                let region = Rect::new(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1]).ok()?;
                let shared = region.intersection(rect)?;
                Some((e.data, shared.area()))
            })
            .collect();
        // Sum in a fixed order, so the result never depends on the tree's.
        hits.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
        let mut sums: Vec<(usize, f64)> = Vec::new();
        for (i, area) in hits {
            match sums.last_mut() {
                Some(last) if last.0 == i => last.1 += area,
                _ => sums.push((i, area)),
            }
        }
        debug_assert!(sums.iter().all(|(i, _)| *i < plan.sectors.len()));
        sums
    }

    /// The exits whose clear zone `rect` stands in, in plan order.
    pub(crate) fn exits_blocked_by(&self, rect: &Rect) -> Vec<&ExitZone> {
        let mut hit: Vec<usize> = self
            .zones
            .locate_in_envelope_intersecting(envelope(rect))
            .filter(|e| {
                let lo = e.geom().lower();
                let hi = e.geom().upper();
                Rect::new(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1])
                    .is_ok_and(|zone| zone.overlaps(rect))
            })
            .map(|e| e.data)
            .collect();
        hit.sort_unstable();
        hit.into_iter().map(|i| &self.exits[i]).collect()
    }

    /// Straight-line distance from `p` to the nearest door of `hall`, or of any hall when
    /// `hall` has no exit (or is `None`); `None` when the plan has no exit at all.
    pub(crate) fn nearest_exit_m(&self, p: Point, hall: Option<HallId>) -> Option<f64> {
        let at = [p.x, p.y];
        // A hall has a few dozen doors at most: a scan beats a walk of the tree.
        if let Some(doors) = hall.and_then(|h| self.hall_doors.get(&h)) {
            return doors
                .iter()
                .map(|door| distance_2(door, at))
                .min_by(f64::total_cmp)
                .map(f64::sqrt);
        }
        self.doors
            .nearest_neighbor_iter_with_distance_2(at)
            .next()
            .map(|(_, d2)| d2.sqrt())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Exit, ExitId, Side};

    fn two_halls() -> Plan {
        let mut plan = Plan::empty("t", 60.0, 40.0).unwrap();
        plan.halls.push(Hall {
            id: HallId(2),
            name: "Hall 2".to_owned(),
            rect: Rect::new(100.0, 0.0, 30.0, 30.0).unwrap(),
        });
        plan.exits = vec![
            Exit {
                id: ExitId(1),
                name: "W".to_owned(),
                hall: HallId(1),
                wall: Side::West,
                offset_m: 10.0,
                width_m: 2.0,
            },
            Exit {
                id: ExitId(2),
                name: "H2".to_owned(),
                hall: HallId(2),
                wall: Side::West,
                offset_m: 10.0,
                width_m: 2.0,
            },
        ];
        plan
    }

    #[test]
    fn finds_halls_sectors_exits_and_nearest_doors() {
        let plan = two_halls();
        let venue = Venue::new(&plan);
        let r = Rect::new(28.0, 5.0, 4.0, 2.0).unwrap();
        assert_eq!(
            venue.hall_containing(&plan, &r).map(|h| h.id),
            Some(HallId(1))
        );
        let straddling = Rect::new(58.0, 5.0, 4.0, 2.0).unwrap();
        assert!(venue.hall_containing(&plan, &straddling).is_none());
        assert_eq!(
            venue.hall_at(&plan, Point::new(110.0, 5.0)).map(|h| h.id),
            Some(HallId(2))
        );
        // Half in sector A (index 0), half in B (index 1).
        assert_eq!(venue.sector_areas(&plan, &r), vec![(0, 4.0), (1, 4.0)]);
        // Clear zone of the west door: x 0–1.4, y 10–12.
        let blocking = Rect::new(1.0, 9.0, 3.0, 3.0).unwrap();
        assert_eq!(venue.exits_blocked_by(&blocking).len(), 1);
        assert!(venue.exits_blocked_by(&r).is_empty());
        // The door of hall 2 is nearer, but the point is in hall 1.
        let p = Point::new(55.0, 11.0);
        assert_eq!(venue.nearest_exit_m(p, Some(HallId(1))), Some(55.0));
        assert!((venue.nearest_exit_m(p, None).unwrap() - 45.0).abs() < 1e-9);
    }

    #[test]
    fn the_nearest_door_is_the_one_the_tree_finds() {
        // The scan of a hall's doors must give exactly what a walk of the tree over the
        // doors of that hall gives, bit for bit.
        let plan = crate::generate::waic_2023();
        let venue = Venue::new(&plan);
        let mut checked = 0;
        for booth in &plan.booths {
            for p in [booth.rect.center(), booth.rect.min(), booth.rect.max()] {
                let hall = venue.hall_at(&plan, p).map(|h| h.id);
                let same_hall = hall.filter(|h| venue.hall_doors.contains_key(h));
                let expected = venue
                    .doors
                    .nearest_neighbor_iter_with_distance_2([p.x, p.y])
                    .find(|(e, _)| same_hall.is_none_or(|h| venue.exits[e.data].hall == h))
                    .map(|(_, d2)| d2.sqrt());
                assert_eq!(venue.nearest_exit_m(p, hall), expected);
                checked += 1;
            }
        }
        assert!(checked > 100);
    }

    #[test]
    fn sprinklered_halls_allow_a_quarter_more_travel() {
        let plan = two_halls();
        assert_eq!(travel_limit(&plan.halls[0]), 37.5);
        assert_eq!(travel_limit(&plan.halls[1]), 30.0);
    }
}
