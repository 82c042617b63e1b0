//! Where the booth checks find what is near a rectangle: the plan's R-tree for the
//! checker, which follows edits, or a uniform grid for the full pass, which is built in
//! one sweep and answers each query from a few cells.
//!
//! Both give the same answer: every booth and obstacle whose rectangle touches or
//! overlaps the query, with the rectangle exactly as the R-tree stores and returns it.

use crate::model::{FloorIndex, Item, Plan, Rect};

/// What is near a rectangle.
pub(crate) trait Nearby: Sync {
    /// Every item whose rectangle touches or overlaps `rect`, with its rectangle, in no
    /// particular order.
    fn touching(&self, rect: &Rect) -> impl Iterator<Item = (Item, Rect)> + '_;
}

impl Nearby for FloorIndex {
    fn touching(&self, rect: &Rect) -> impl Iterator<Item = (Item, Rect)> + '_ {
        FloorIndex::touching(self, rect)
    }
}

/// The lower and upper corner of a rectangle, as the R-tree keeps it.
type Corners = ([f64; 2], [f64; 2]);

fn corners(rect: &Rect) -> Corners {
    let (a, b) = ([rect.x(), rect.y()], [rect.max_x(), rect.max_y()]);
    (
        [a[0].min(b[0]), a[1].min(b[1])],
        [a[0].max(b[0]), a[1].max(b[1])],
    )
}

/// The rectangle the R-tree hands back for `corners` (its width is upper − lower, which
/// may differ from the original in the last bit).
fn stored_rect((lo, hi): &Corners) -> Option<Rect> {
    Rect::new(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1]).ok()
}

/// The R-tree's test: closed boxes that share at least a point.
fn intersects(a: &Corners, b: &Corners) -> bool {
    a.0[0] <= b.1[0] && a.0[1] <= b.1[1] && a.1[0] >= b.0[0] && a.1[1] >= b.0[1]
}

/// One gridded item: what it is, its corners, the rectangle a query returns for it and
/// the first cell (column, row) it reaches.
type Gridded = (Item, Corners, Option<Rect>, [usize; 2]);

/// A uniform grid over the booths and obstacles of one plan, each item listed in every
/// cell its rectangle reaches.
#[derive(Debug, Clone)]
pub(crate) struct Grid {
    origin: [f64; 2],
    cell: f64,
    /// Columns and rows.
    size: [usize; 2],
    /// For cell `c`, its items are `entries[starts[c]..starts[c + 1]]`.
    starts: Vec<usize>,
    /// Indices into `items`.
    entries: Vec<usize>,
    items: Vec<Gridded>,
}

impl Grid {
    /// Grids every booth and obstacle of `plan`, with about one item per cell.
    pub(crate) fn build(plan: &Plan) -> Self {
        let rects = (plan.booths.iter())
            .map(|b| (Item::Booth(b.id), corners(&b.rect)))
            .chain((plan.obstacles.iter()).map(|o| (Item::Obstacle(o.id), corners(&o.rect))));
        let mut items: Vec<Gridded> = rects
            .map(|(item, c)| (item, c, stored_rect(&c), [0, 0]))
            .collect();
        let mut lo = [0.0f64; 2];
        let mut hi = [1.0f64; 2];
        if let Some((_, first, _, _)) = items.first() {
            (lo, hi) = *first;
        }
        for (_, c, _, _) in &items {
            for axis in 0..2 {
                lo[axis] = lo[axis].min(c.0[axis]);
                hi[axis] = hi[axis].max(c.1[axis]);
            }
        }
        let (w, h) = ((hi[0] - lo[0]).max(1.0), (hi[1] - lo[1]).max(1.0));
        let cell = (w * h / items.len().max(1) as f64).sqrt().max(1.0);
        // Whole cells; the plan's extent is bounded, so these stay small.
        let size = [
            (w / cell).ceil() as usize + 1,
            (h / cell).ceil() as usize + 1,
        ];
        let mut grid = Grid {
            origin: lo,
            cell,
            size,
            starts: vec![0; size[0] * size[1] + 1],
            entries: Vec::new(),
            items: Vec::new(),
        };
        for item in &mut items {
            let [c0, _, r0, _] = grid.span(&item.1);
            item.3 = [c0, r0];
        }
        for (_, c, _, _) in &items {
            grid.cells(c, |cell, starts| starts[cell + 1] += 1);
        }
        for i in 1..grid.starts.len() {
            grid.starts[i] += grid.starts[i - 1];
        }
        let mut fill = grid.starts.clone();
        grid.entries = vec![0; grid.starts.last().copied().unwrap_or(0)];
        let mut entries = std::mem::take(&mut grid.entries);
        for (k, (_, c, _, _)) in items.iter().enumerate() {
            grid.cells(c, |cell, _| {
                entries[fill[cell]] = k;
                fill[cell] += 1;
            });
        }
        grid.entries = entries;
        grid.items = items;
        grid
    }

    /// The cell column or row of `v` along `axis`, clamped to the grid.
    fn slot(&self, v: f64, axis: usize) -> usize {
        // `as` saturates: far outside the grid lands on its edge.
        let k = ((v - self.origin[axis]) / self.cell).floor() as i64;
        k.clamp(0, self.size[axis] as i64 - 1) as usize
    }

    /// First and last column, first and last row reached by `c`.
    fn span(&self, c: &Corners) -> [usize; 4] {
        [
            self.slot(c.0[0], 0),
            self.slot(c.1[0], 0),
            self.slot(c.0[1], 1),
            self.slot(c.1[1], 1),
        ]
    }

    /// Calls `f` with every cell `c` reaches (and the cell starts, to count in).
    fn cells(&mut self, c: &Corners, mut f: impl FnMut(usize, &mut [usize])) {
        let [c0, c1, r0, r1] = self.span(c);
        for row in r0..=r1 {
            for col in c0..=c1 {
                f(row * self.size[0] + col, &mut self.starts);
            }
        }
    }
}

impl Nearby for Grid {
    fn touching(&self, rect: &Rect) -> impl Iterator<Item = (Item, Rect)> + '_ {
        let q = corners(rect);
        let [c0, c1, r0, r1] = self.span(&q);
        let mut found = Vec::new();
        for row in r0..=r1 {
            for col in c0..=c1 {
                let cell = row * self.size[0] + col;
                for k in &self.entries[self.starts[cell]..self.starts[cell + 1]] {
                    let (item, c, stored, first) = &self.items[*k];
                    // An item in several cells is reported from the first one the query
                    // shares with it.
                    let own = col == first[0].max(c0) && row == first[1].max(r0);
                    if let Some(r) = stored.filter(|_| own && intersects(c, &q)) {
                        found.push((*item, r));
                    }
                }
            }
        }
        found.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{GenerateOptions, generate};

    fn sorted(mut v: Vec<(Item, Rect)>) -> Vec<(Item, Rect)> {
        v.sort_by_key(|(item, _)| *item);
        v
    }

    #[test]
    fn the_grid_finds_what_the_tree_finds() {
        let plan = generate(&GenerateOptions {
            booths: Some(2_000),
            ..GenerateOptions::default()
        });
        let tree = FloorIndex::build(&plan);
        let grid = Grid::build(&plan);
        let mut probes: Vec<Rect> = Vec::new();
        for b in plan.booths.iter().step_by(7) {
            probes.push(b.rect);
            probes.extend(b.rect.expanded(3.1));
            probes.extend(Rect::new(b.rect.max_x(), b.rect.y(), 2.5, b.rect.h()).ok());
        }
        probes.extend(plan.obstacles.iter().map(|o| o.rect));
        probes.extend(plan.extent());
        probes.extend(Rect::new(-1e4, -1e4, 10.0, 10.0).ok());
        let mut found = 0;
        for probe in &probes {
            let want = sorted(FloorIndex::touching(&tree, probe).collect());
            let got = sorted(Nearby::touching(&grid, probe).collect());
            assert_eq!(got, want, "near {probe:?}");
            found += want.len();
        }
        assert!(found > probes.len());
    }

    #[test]
    fn an_empty_plan_has_nothing_near() {
        let plan = Plan::empty("t", 10.0, 10.0).unwrap();
        let grid = Grid::build(&plan);
        let probe = Rect::new(1.0, 1.0, 2.0, 2.0).unwrap();
        assert_eq!(Nearby::touching(&grid, &probe).count(), 0);
    }
}
