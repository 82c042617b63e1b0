//! The fixed parts of a plan — halls, sector regions and exits — indexed once, so that
//! checking a booth against them costs O(log n) however large the venue.
//!
//! Halls and regions are outlines of any simple shape; each is indexed by its box and
//! asked the exact question only when the box matches. Rectangular outlines answer from
//! their rectangle (see [`Outline`]), so a venue of rectangles costs what it always did.

use crate::model::{EPS, Hall, HallId, Outline, Plan, Point, Rect};
use geo::{Distance, Euclidean};
use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{AABB, RTree};
use rustc_hash::FxHashMap;

/// A box with the index of what it stands for.
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

/// The travel distance allowed in `hall` under `plan`'s settings.
pub(crate) fn travel_limit(plan: &Plan, hall: &Hall) -> f64 {
    plan.settings.travel_limit_m(hall.area_m2())
}

/// An exit as the booth checks need it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ExitZone {
    pub(crate) id: crate::model::ExitId,
    pub(crate) name: String,
    pub(crate) hall: HallId,
    /// The clear zone in front of the door.
    zone: Outline,
}

/// A door opening as a line from one jamb to the other.
type Door = geo::Line<f64>;

fn door_line(a: Point, b: Point) -> Door {
    geo::Line::new(
        geo::coord! { x: a.x, y: a.y },
        geo::coord! { x: b.x, y: b.y },
    )
}

/// Up to this many halls (or sector regions) are scanned box by box rather than looked
/// up in a tree.
const SCAN_AT_MOST: usize = 64;

/// Whether two boxes share a point (touching counts), as the tree's envelope query.
fn boxes_touch(a: &Rect, b: &Rect) -> bool {
    a.x() <= b.max_x() && b.x() <= a.max_x() && a.y() <= b.max_y() && b.y() <= a.max_y()
}

/// Straight-line distance from `p` to the nearest point of `door`.
fn door_distance(door: &Door, p: Point) -> f64 {
    Euclidean.distance(door, &geo::Point::new(p.x, p.y))
}

/// The square of [`door_distance`], without a square root: what a search for the
/// nearest of a hall's doors compares (every booth asks it of every door in its hall).
fn door_distance_2(door: &Door, p: Point) -> f64 {
    let (a, b) = (door.start, door.end);
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length_2 = dx * dx + dy * dy;
    let t = if length_2 > 0.0 {
        (((p.x - a.x) * dx + (p.y - a.y) * dy) / length_2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (ex, ey) = (a.x + t * dx - p.x, a.y + t * dy - p.y);
    ex * ex + ey * ey
}

/// The halls, sector regions and exits of one plan, indexed.
#[derive(Debug, Clone)]
pub(crate) struct Venue {
    /// Hall boxes; data: index into `plan.halls`.
    halls: RTree<Entry>,
    /// The same boxes in plan order: a venue has few halls, and a scan of a few boxes
    /// beats a walk of the tree (every booth asks which hall holds it).
    hall_boxes: Vec<Rect>,
    /// Sector region boxes in the order of `region_of`, scanned the same way.
    region_boxes: Vec<Rect>,
    /// Sector region boxes; data: index into `regions`.
    regions: RTree<Entry>,
    /// The index into `plan.sectors` and into its regions of each region.
    region_of: Vec<(usize, usize)>,
    /// Boxes of the clear zones in front of exits; data: index into `exits`.
    zones: RTree<Entry>,
    /// Boxes of the door openings; data: index into `exits`.
    door_boxes: RTree<Entry>,
    exits: Vec<ExitZone>,
    doors: Vec<Door>,
    /// The doors of each hall that has exits.
    hall_doors: FxHashMap<HallId, Vec<Door>>,
}

impl Venue {
    /// Indexes the fixed parts of `plan` (exit clear zones `settings.exit_clear_m` deep).
    /// Exits whose door does not fit on their wall are left out: the plan checks report
    /// them.
    pub(crate) fn new(plan: &Plan) -> Self {
        let mut exits = Vec::new();
        let mut zones = Vec::new();
        let mut door_boxes = Vec::new();
        let mut doors = Vec::new();
        let mut hall_doors: FxHashMap<HallId, Vec<Door>> = FxHashMap::default();
        for exit in &plan.exits {
            let Some(hall) = plan.hall(exit.hall) else {
                continue;
            };
            let Some((a, b)) = exit.door(hall) else {
                continue;
            };
            let Some(zone) = exit.clear_zone(hall, plan.settings.exit_clear_m) else {
                continue;
            };
            let i = exits.len();
            zones.push(rect_entry(&zone.bounds(), i));
            door_boxes.push(entry(
                Point::new(a.x.min(b.x), a.y.min(b.y)),
                Point::new(a.x.max(b.x), a.y.max(b.y)),
                i,
            ));
            let door = door_line(a, b);
            hall_doors.entry(exit.hall).or_default().push(door);
            doors.push(door);
            exits.push(ExitZone {
                id: exit.id,
                name: exit.name.clone(),
                hall: exit.hall,
                zone,
            });
        }
        let region_of: Vec<(usize, usize)> = plan
            .sectors
            .iter()
            .enumerate()
            .flat_map(|(i, s)| (0..s.regions.len()).map(move |k| (i, k)))
            .collect();
        let region_boxes: Vec<Rect> = region_of
            .iter()
            .map(|&(i, k)| plan.sectors[i].regions[k].bounds())
            .collect();
        let regions = region_boxes
            .iter()
            .enumerate()
            .map(|(n, r)| rect_entry(r, n))
            .collect();
        Self {
            hall_boxes: plan.halls.iter().map(Hall::bounds).collect(),
            region_boxes,
            halls: RTree::bulk_load(
                plan.halls
                    .iter()
                    .enumerate()
                    .map(|(i, h)| rect_entry(&h.bounds(), i))
                    .collect(),
            ),
            regions: RTree::bulk_load(regions),
            region_of,
            zones: RTree::bulk_load(zones),
            door_boxes: RTree::bulk_load(door_boxes),
            hall_doors,
            exits,
            doors,
        }
    }

    /// The halls whose box touches `rect`, as indices in plan order.
    /// The indices (into `plan.halls`, ascending) of the halls whose bounding box touches
    /// `rect`.
    pub(crate) fn hall_indices_touching(&self, rect: &Rect) -> Vec<usize> {
        if self.hall_boxes.len() <= SCAN_AT_MOST {
            return (0..self.hall_boxes.len())
                .filter(|i| boxes_touch(&self.hall_boxes[*i], rect))
                .collect();
        }
        let mut hit: Vec<usize> = self
            .halls
            .locate_in_envelope_intersecting(envelope(rect))
            .map(|e| e.data)
            .collect();
        hit.sort_unstable();
        hit
    }

    /// The first hall (in plan order) that wholly holds `rect`.
    pub(crate) fn hall_containing<'p>(&self, plan: &'p Plan, rect: &Rect) -> Option<&'p Hall> {
        self.hall_indices_touching(rect)
            .into_iter()
            .find(|i| plan.halls[*i].outline.contains_rect(rect))
            .map(|i| &plan.halls[i])
    }

    /// The first hall (in plan order) that holds the point.
    pub(crate) fn hall_at<'p>(&self, plan: &'p Plan, p: Point) -> Option<&'p Hall> {
        if self.hall_boxes.len() <= SCAN_AT_MOST {
            return (0..self.hall_boxes.len())
                .find(|i| {
                    let b = &self.hall_boxes[*i];
                    (b.x()..=b.max_x()).contains(&p.x)
                        && (b.y()..=b.max_y()).contains(&p.y)
                        && plan.halls[*i].outline.contains_point(p)
                })
                .map(|i| &plan.halls[i]);
        }
        self.halls
            .locate_all_at_point([p.x, p.y])
            .map(|e| e.data)
            .filter(|i| plan.halls[*i].outline.contains_point(p))
            .min()
            .map(|i| &plan.halls[i])
    }

    /// The halls among `among` (indices from [`Venue::hall_indices_touching`] for a
    /// larger rectangle) whose bounding box touches `rect`: what `halls_touching(rect)`
    /// gives, when `rect` lies within that larger one.
    pub(crate) fn halls_among<'p, 'i>(
        &'i self,
        plan: &'p Plan,
        among: &'i [usize],
        rect: &'i Rect,
    ) -> impl Iterator<Item = &'p Hall> + 'i
    where
        'p: 'i,
    {
        among
            .iter()
            .filter(move |i| boxes_touch(&self.hall_boxes[**i], rect))
            .map(move |i| &plan.halls[*i])
    }

    /// The halls whose box touches `rect`, in plan order.
    pub(crate) fn halls_touching<'p>(&self, plan: &'p Plan, rect: &Rect) -> Vec<&'p Hall> {
        self.hall_indices_touching(rect)
            .into_iter()
            .map(|i| &plan.halls[i])
            .collect()
    }

    /// Area of `rect` inside the regions of each sector it overlaps, as (index into
    /// `plan.sectors`, m²), by sector index.
    pub(crate) fn sector_areas(&self, plan: &Plan, rect: &Rect) -> Vec<(usize, f64)> {
        let touching: Vec<usize> = if self.region_boxes.len() <= SCAN_AT_MOST {
            (0..self.region_boxes.len())
                .filter(|n| boxes_touch(&self.region_boxes[*n], rect))
                .collect()
        } else {
            self.regions
                .locate_in_envelope_intersecting(envelope(rect))
                .map(|e| e.data)
                .collect()
        };
        let mut hits: Vec<(usize, f64)> = touching
            .into_iter()
            .filter_map(|n| {
                let (i, k) = self.region_of[n];
                let shared = plan.sectors[i].regions[k].overlap_area(rect);
                (shared > 0.0).then_some((i, shared))
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
            .map(|e| e.data)
            .filter(|i| self.exits[*i].zone.overlaps_rect(rect))
            .collect();
        hit.sort_unstable();
        hit.into_iter().map(|i| &self.exits[i]).collect()
    }

    /// Straight-line distance from `p` to the nearest door of `hall`, or of any hall when
    /// `hall` has no exit (or is `None`); `None` when the plan has no exit at all.
    pub(crate) fn nearest_exit_m(&self, p: Point, hall: Option<HallId>) -> Option<f64> {
        // A hall has a few dozen doors at most: a scan beats a walk of the tree.
        if let Some(doors) = hall.and_then(|h| self.hall_doors.get(&h)) {
            return doors
                .iter()
                .map(|door| door_distance_2(door, p))
                .min_by(f64::total_cmp)
                .map(f64::sqrt);
        }
        // Doors by the distance to their box, which is never more than the distance to
        // the door itself: once a box is farther than the best door, so is every door.
        let mut best: Option<f64> = None;
        for (e, box_2) in self
            .door_boxes
            .nearest_neighbor_iter_with_distance_2([p.x, p.y])
        {
            if best.is_some_and(|b| box_2 > b * b + EPS) {
                break;
            }
            let d = door_distance(&self.doors[e.data], p);
            if best.is_none_or(|b| d < b) {
                best = Some(d);
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Exit, ExitId, Side};

    /// The squared distance the search compares agrees with `geo`'s distance, on doors
    /// straight and slanted, from points beside, beyond and on them.
    #[test]
    fn the_fast_door_distance_agrees_with_geo() {
        let doors = [
            Door::new((0.0, 0.0), (4.0, 0.0)),
            Door::new((10.0, 5.0), (13.0, 9.0)),
            Door::new((-3.0, 7.0), (-3.0, 7.0)),
        ];
        for door in &doors {
            for (x, y) in [
                (2.0, 3.0),
                (-5.0, -1.0),
                (20.0, 20.0),
                (11.5, 7.0),
                (-3.0, 7.0),
            ] {
                let p = Point::new(x, y);
                let fast = door_distance_2(door, p).sqrt();
                assert!(
                    (fast - door_distance(door, p)).abs() < 1e-9,
                    "{door:?} {p:?}"
                );
            }
        }
    }

    fn exit(id: u32, name: &str, hall: &Hall, side: Side, from: f64, width: f64) -> Exit {
        let (wall, offset_m) = Exit::on_rect_side(&hall.bounds(), side, from, width);
        Exit {
            id: ExitId(id),
            name: name.to_owned(),
            hall: hall.id,
            wall,
            offset_m,
            width_m: width,
        }
    }

    fn two_halls() -> Plan {
        let mut plan = Plan::empty("t", 60.0, 40.0).unwrap();
        plan.halls.push(Hall {
            id: HallId(2),
            name: "Hall 2".to_owned(),
            outline: Outline::rect(Rect::new(100.0, 0.0, 30.0, 30.0).unwrap()),
        });
        plan.exits = vec![
            exit(1, "W", &plan.halls[0], Side::West, 10.0, 2.0),
            exit(2, "H2", &plan.halls[1], Side::West, 10.0, 2.0),
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
    fn the_nearest_door_is_the_nearest_of_all_doors() {
        // Both ways of finding the nearest door — the scan of a hall's doors and the walk
        // of the boxes for a point in no hall with doors — give what measuring every
        // door gives.
        let plan = crate::generate::waic_2023();
        let venue = Venue::new(&plan);
        let mut checked = 0;
        for booth in plan.booths.iter().step_by(7) {
            for p in [booth.rect.center(), booth.rect.min(), booth.rect.max()] {
                let hall = venue.hall_at(&plan, p).map(|h| h.id);
                let of_hall = |e: &ExitZone| hall.is_none_or(|h| e.hall == h);
                let measured = |keep: &dyn Fn(&ExitZone) -> bool| {
                    (venue.exits.iter().zip(&venue.doors))
                        .filter(|(e, _)| keep(e))
                        .map(|(_, d)| door_distance(d, p))
                        .min_by(f64::total_cmp)
                };
                assert_eq!(venue.nearest_exit_m(p, hall), measured(&of_hall));
                assert_eq!(venue.nearest_exit_m(p, None), measured(&|_| true));
                checked += 1;
            }
        }
        assert!(checked > 100);
    }

    #[test]
    fn a_slanted_door_is_measured_square_to_the_wall() {
        // A hall whose east wall slants from (40, 0) to (50, 30), with a door on it.
        let mut plan = Plan::blank("t");
        let outline = Outline::new(vec![
            Point::new(0.0, 0.0),
            Point::new(40.0, 0.0),
            Point::new(50.0, 30.0),
            Point::new(0.0, 30.0),
        ])
        .unwrap();
        plan.halls.push(Hall {
            id: HallId(1),
            name: "H".to_owned(),
            outline,
        });
        let length = plan.halls[0].outline.wall_length(1);
        plan.exits.push(Exit {
            id: ExitId(1),
            name: "E".to_owned(),
            hall: HallId(1),
            wall: 1,
            offset_m: length / 2.0 - 1.0,
            width_m: 2.0,
        });
        let venue = Venue::new(&plan);
        let middle = plan.exits[0].middle(&plan.halls[0]).unwrap();
        let normal = plan.halls[0].outline.inward_normal(1).unwrap();
        let inside = Point::new(middle.x + 10.0 * normal.x, middle.y + 10.0 * normal.y);
        let d = venue.nearest_exit_m(inside, Some(HallId(1))).unwrap();
        assert!((d - 10.0).abs() < 1e-9, "{d}");
        // The clear zone is turned with the wall: a booth just inside the door blocks
        // it, one a metre and a half in does not.
        let at = |k: f64| {
            let c = Point::new(middle.x + k * normal.x, middle.y + k * normal.y);
            Rect::new(c.x - 0.25, c.y - 0.25, 0.5, 0.5).unwrap()
        };
        assert_eq!(venue.exits_blocked_by(&at(0.8)).len(), 1);
        assert!(venue.exits_blocked_by(&at(1.8)).is_empty());
    }

    #[test]
    fn sprinklered_halls_allow_a_quarter_more_travel() {
        let plan = two_halls();
        assert_eq!(travel_limit(&plan, &plan.halls[0]), 37.5);
        assert_eq!(travel_limit(&plan, &plan.halls[1]), 30.0);
    }
}
