//! Building the floor hall by hall: walls, columns, stages and services, exits, sector
//! regions, and the booth slots laid out in each region.

use super::exits::place_exits;
use super::layout::{self, Aisles, Slot};
use super::rng::Rng;
use super::venue::HallTemplate;
use crate::model::{
    EPS, Exit, Hall, HallId, Obstacle, ObstacleId, ObstacleKind, Outline, Rect, Sector, Settings,
    default_sectors,
};

/// A booth slot and the index (into [`Floor::sectors`]) of the sector it is sold in.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Placed {
    /// Index of the sector in [`Floor::sectors`].
    pub(crate) sector: usize,
    /// The booth's rectangle and build.
    pub(crate) slot: Slot,
}

/// Everything of a plan but its booths' sales data, as the halls are added.
#[derive(Debug)]
pub(crate) struct Floor {
    /// The rule thresholds the layout honours.
    pub(crate) settings: Settings,
    /// Halls so far.
    pub(crate) halls: Vec<Hall>,
    /// The four sectors, with the regions added so far.
    pub(crate) sectors: Vec<Sector>,
    /// Columns, stages and services so far.
    pub(crate) obstacles: Vec<Obstacle>,
    /// Exits so far.
    pub(crate) exits: Vec<Exit>,
    /// Booth slots so far, in hall, region and layout order.
    pub(crate) placed: Vec<Placed>,
    next_exit: u32,
    rng: Rng,
}

impl Floor {
    /// An empty floor whose layout choices are drawn from `rng`.
    pub(crate) fn new(settings: Settings, rng: Rng) -> Self {
        Self {
            settings,
            halls: Vec::new(),
            sectors: default_sectors(),
            obstacles: Vec::new(),
            exits: Vec::new(),
            placed: Vec::new(),
            next_exit: 1,
            rng,
        }
    }

    fn aisles(&self) -> Aisles {
        Aisles {
            secondary: self.settings.min_aisle_m,
            main: self.settings.main_aisle_m.max(self.settings.min_aisle_m),
        }
    }

    /// Adds a hall built from `template` with its north-west corner at `origin`, its
    /// regions' sectors rotated by `sector_shift`. Returns how many booth slots it added
    /// (0 when the hall would lie beyond the coordinates a plan accepts).
    pub(crate) fn add_hall(
        &mut self,
        code: &str,
        name: String,
        template: &HallTemplate,
        origin: [f64; 2],
        sector_shift: usize,
    ) -> usize {
        let [ox, oy] = origin;
        let Ok(rect) = Rect::new(ox, oy, template.w, template.h) else {
            return 0;
        };
        let hall = Hall {
            id: HallId(u32::try_from(self.halls.len() + 1).unwrap_or(u32::MAX)),
            name,
            outline: Outline::rect(rect),
        };
        let aisles = self.aisles();
        let first_obstacle = self.obstacles.len();
        let mut blocked = Vec::new();
        if let Some(grid) = template.columns {
            for (row, y) in grid_lines(template.h, grid.pitch_y).enumerate() {
                let half = grid.size / 2.0;
                blocked.push((
                    oy + y - half - aisles.secondary,
                    oy + y + half + aisles.secondary,
                ));
                for (col, x) in grid_lines(template.w, grid.pitch_x).enumerate() {
                    let label = format!("Column {code}-{}{}", row_letter(row), col + 1);
                    self.add_obstacle(
                        ObstacleKind::Column,
                        label,
                        [ox + x - half, oy + y - half, grid.size, grid.size],
                    );
                }
            }
        }
        for facility in template.facilities {
            let [x, y, w, h] = facility.rect;
            let label = format!("{code} {}", facility.name);
            self.add_obstacle(facility.kind, label, [ox + x, oy + y, w, h]);
        }
        let obstacles: Vec<Rect> = self.obstacles[first_obstacle..]
            .iter()
            .map(|o| o.rect)
            .collect();
        let exits = place_exits(&hall, code, &obstacles, &self.settings, &mut self.next_exit);
        let clear_zones: Vec<Outline> = exits
            .iter()
            .filter_map(|e| e.clear_zone(&hall, self.settings.exit_clear_m))
            .collect();
        let before = self.placed.len();
        let mut slots = Vec::new();
        for region in template.regions {
            let [x, y, w, h] = region.rect;
            let Ok(region_rect) = Rect::new(ox + x, oy + y, w, h) else {
                continue;
            };
            let sector = (region.sector + sector_shift) % self.sectors.len();
            self.sectors[sector]
                .regions
                .push(Outline::rect(region_rect));
            // Half a main aisle inside every region edge: a main aisle between regions,
            // and at least half of one along the walls.
            let Some(inner) = region_rect.expanded(-aisles.main / 2.0) else {
                continue;
            };
            slots.clear();
            layout::fill(
                inner,
                &blocked,
                region.mix,
                aisles,
                &mut self.rng,
                &mut slots,
            );
            let keep = |slot: &Slot| {
                rect.contains_rect(&slot.rect)
                    && obstacles
                        .iter()
                        .all(|o| o.gap(&slot.rect) >= aisles.secondary - EPS)
                    && clear_zones.iter().all(|z| !z.overlaps_rect(&slot.rect))
            };
            self.placed
                .extend(slots.iter().filter(|s| keep(s)).map(|slot| Placed {
                    sector,
                    slot: *slot,
                }));
        }
        self.halls.push(hall);
        self.exits.extend(exits);
        self.placed.len() - before
    }

    fn add_obstacle(&mut self, kind: ObstacleKind, name: String, [x, y, w, h]: [f64; 4]) {
        if let Ok(rect) = Rect::new(x, y, w, h) {
            let id = ObstacleId(u32::try_from(self.obstacles.len() + 1).unwrap_or(u32::MAX));
            self.obstacles.push(Obstacle {
                id,
                kind,
                name,
                rect,
            });
        }
    }
}

/// The positions of interior grid lines across `length`, `pitch` apart (none on the
/// walls).
fn grid_lines(length: f64, pitch: f64) -> impl Iterator<Item = f64> {
    (1..)
        .map(move |k| f64::from(k) * pitch)
        .take_while(move |p| *p < length - EPS)
}

/// Column grid rows are lettered A, B, C, … from the north.
fn row_letter(row: usize) -> char {
    char::from(b'A' + u8::try_from(row % 26).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::venue::FAIR_HALL;

    #[test]
    fn grid_lines_stay_off_the_walls() {
        let lines: Vec<f64> = grid_lines(88.0, 22.0).collect();
        assert_eq!(lines, vec![22.0, 44.0, 66.0]);
    }

    #[test]
    fn a_fair_hall_keeps_booths_clear_of_columns_and_exits() {
        let mut floor = Floor::new(Settings::default(), Rng::new(5, 0));
        let added = floor.add_hall("F1", "F1".into(), &FAIR_HALL, [0.0, 0.0], 1);
        assert!(added > 900, "{added} booths");
        assert_eq!(floor.halls.len(), 1);
        assert_eq!(floor.sectors[1].regions.len(), 1);
        let columns = floor
            .obstacles
            .iter()
            .filter(|o| o.kind == ObstacleKind::Column)
            .count();
        assert_eq!(columns, 9 * 4);
        for p in &floor.placed {
            assert_eq!(p.sector, 1);
            assert!(floor.sectors[1].contains_rect(&p.slot.rect));
            for o in &floor.obstacles {
                assert!(o.rect.gap(&p.slot.rect) >= 3.0 - EPS);
            }
        }
    }

    #[test]
    fn a_hall_beyond_the_accepted_range_adds_nothing() {
        let mut floor = Floor::new(Settings::default(), Rng::new(5, 0));
        let far = crate::model::MAX_COORD + 1.0;
        assert_eq!(
            floor.add_hall("X", "X".into(), &FAIR_HALL, [far, 0.0], 0),
            0
        );
        assert!(floor.halls.is_empty());
    }
}
