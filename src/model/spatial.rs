//! A spatial index of the booths and obstacles, so that "what is near here" costs
//! O(log n + k) instead of a walk over every booth.

use super::geom::{Point, Rect};
use super::ids::{BoothId, ObstacleId};
use super::plan::Plan;
use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{AABB, RTree};

/// Something the index holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Item {
    /// A booth.
    Booth(BoothId),
    /// An obstacle.
    Obstacle(ObstacleId),
}

type Entry = GeomWithData<Rectangle<[f64; 2]>, Item>;

fn entry(rect: &Rect, item: Item) -> Entry {
    GeomWithData::new(
        Rectangle::from_corners([rect.x(), rect.y()], [rect.max_x(), rect.max_y()]),
        item,
    )
}

fn envelope(rect: &Rect) -> AABB<[f64; 2]> {
    AABB::from_corners([rect.x(), rect.y()], [rect.max_x(), rect.max_y()])
}

/// An R-tree over the booths and obstacles of one plan. Every rectangle in a plan is
/// finite (see [`Rect`]), so the tree never sees NaN.
#[derive(Debug, Clone, Default)]
pub struct FloorIndex {
    tree: RTree<Entry>,
}

impl FloorIndex {
    /// Indexes every booth and obstacle of `plan` (bulk load, O(n log n)).
    pub fn build(plan: &Plan) -> Self {
        let entries = plan
            .booths
            .iter()
            .map(|b| entry(&b.rect, Item::Booth(b.id)))
            .chain(
                plan.obstacles
                    .iter()
                    .map(|o| entry(&o.rect, Item::Obstacle(o.id))),
            )
            .collect();
        Self {
            tree: RTree::bulk_load(entries),
        }
    }

    /// Number of items indexed.
    pub fn len(&self) -> usize {
        self.tree.size()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.tree.size() == 0
    }

    /// Adds a booth at `rect`.
    pub fn insert_booth(&mut self, id: BoothId, rect: &Rect) {
        self.tree.insert(entry(rect, Item::Booth(id)));
    }

    /// Removes the booth that was indexed at `rect`; false when it was not there.
    pub fn remove_booth(&mut self, id: BoothId, rect: &Rect) -> bool {
        self.tree.remove(&entry(rect, Item::Booth(id))).is_some()
    }

    /// Adds an obstacle at `rect`.
    pub fn insert_obstacle(&mut self, id: ObstacleId, rect: &Rect) {
        self.tree.insert(entry(rect, Item::Obstacle(id)));
    }

    /// Removes the obstacle that was indexed at `rect`; false when it was not there.
    pub fn remove_obstacle(&mut self, id: ObstacleId, rect: &Rect) -> bool {
        self.tree.remove(&entry(rect, Item::Obstacle(id))).is_some()
    }

    /// Every item whose rectangle touches or overlaps `rect`, with its rectangle.
    pub fn touching(&self, rect: &Rect) -> impl Iterator<Item = (Item, Rect)> + '_ {
        self.tree
            .locate_in_envelope_intersecting(envelope(rect))
            .filter_map(|e| {
                let lo = e.geom().lower();
                let hi = e.geom().upper();
                Rect::new(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1])
                    .ok()
                    .map(|r| (e.data, r))
            })
    }

    /// The booths whose rectangle touches or overlaps `rect`.
    pub fn booths_touching(&self, rect: &Rect) -> impl Iterator<Item = BoothId> + '_ {
        self.tree
            .locate_in_envelope_intersecting(envelope(rect))
            .filter_map(|e| match e.data {
                Item::Booth(id) => Some(id),
                Item::Obstacle(_) => None,
            })
    }

    /// The items under a point (edges included).
    pub fn at_point(&self, p: Point) -> impl Iterator<Item = Item> + '_ {
        self.tree.locate_all_at_point([p.x, p.y]).map(|e| e.data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Booth, BoothStatus, SectorId};

    fn plan_with_row(n: u32) -> Plan {
        let mut plan = Plan::empty("t", 1000.0, 100.0).unwrap();
        plan.booths = (1..=n)
            .map(|i| Booth {
                id: BoothId(i),
                number: format!("A-{i:03}"),
                rect: Rect::new(f64::from(i) * 3.0, 10.0, 3.0, 3.0).unwrap(),
                sector: SectorId(1),
                exhibitor: None,
                status: BoothStatus::Available,
                price: 0.0,
                notes: String::new(),
                locked: false,
            })
            .collect();
        plan
    }

    #[test]
    fn finds_neighbours_and_updates() {
        let plan = plan_with_row(20);
        let mut index = FloorIndex::build(&plan);
        assert_eq!(index.len(), 20);
        let probe = Rect::new(9.5, 10.5, 1.0, 1.0).unwrap();
        let hits: Vec<_> = index.booths_touching(&probe).collect();
        assert_eq!(hits, vec![BoothId(3)]);
        let r3 = plan.booths[2].rect;
        assert!(index.remove_booth(BoothId(3), &r3));
        assert_eq!(index.booths_touching(&probe).count(), 0);
        index.insert_booth(BoothId(3), &r3);
        assert_eq!(index.at_point(Point::new(10.0, 11.0)).count(), 1);
    }
}
