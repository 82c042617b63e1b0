//! Filling a rectangle of floor with booths: bands of back-to-back shell rows, islands and
//! raw-space stands, separated by aisles. Every two booths the layout makes either touch
//! (side by side in a row, back to back in a double row) or stand at least a secondary
//! aisle apart, so dropping any booth later never makes an aisle narrower.

use super::rng::Rng;
use crate::model::{EPS, Rect};

/// The depth of a shell booth and the width of one shell slot, metres.
const SHELL: f64 = 3.0;

/// What one band of booths holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Band {
    /// Two rows of 3 m deep shell booths back to back, cut into blocks by cross aisles.
    ShellDouble,
    /// Two rows of standard 3 × 3 m booths back to back, nothing merged (trade-fair
    /// style).
    StandardDouble,
    /// One row of shell booths.
    ShellSingle,
    /// 6 m deep islands.
    Islands6,
    /// 9 m deep islands.
    Islands9,
    /// 12 m deep raw-space stands.
    Raw12,
    /// 15 m deep raw-space stands.
    Raw15,
}

impl Band {
    /// North–south depth of the band, metres.
    const fn depth(self) -> f64 {
        match self {
            Band::ShellSingle => SHELL,
            Band::ShellDouble | Band::StandardDouble | Band::Islands6 => 2.0 * SHELL,
            Band::Islands9 => 9.0,
            Band::Raw12 => 12.0,
            Band::Raw15 => 15.0,
        }
    }
}

/// The bands a region is made of, with weights.
pub(crate) type Mix = &'static [(Band, u32)];

/// How a booth is built, which sets its note and its price.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stand {
    /// Shell scheme: walls and fascia supplied.
    Shell,
    /// An island or peninsula sold with a basic package.
    Island,
    /// Raw space: the exhibitor builds its own stand.
    Raw,
}

/// One booth the layout placed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Slot {
    /// Where it stands.
    pub(crate) rect: Rect,
    /// How it is built.
    pub(crate) stand: Stand,
}

/// Aisle widths the layout uses, metres.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Aisles {
    /// Between blocks and bands.
    pub(crate) secondary: f64,
    /// Every few blocks and bands, and around raw-space stands.
    pub(crate) main: f64,
}

/// The parts of `[from, to]` not covered by any of the `blocked` intervals, longest
/// first is not promised: they come in north-to-south order.
fn free_intervals(from: f64, to: f64, blocked: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut blocked: Vec<(f64, f64)> = blocked
        .iter()
        .copied()
        .filter(|(a, b)| *b > from && *a < to)
        .collect();
    blocked.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut free = Vec::new();
    let mut y = from;
    for (a, b) in blocked {
        if a > y {
            free.push((y, a));
        }
        y = y.max(b);
    }
    if to > y {
        free.push((y, to));
    }
    free
}

/// Fills `area` with bands drawn from `mix`, skipping the north–south intervals in
/// `blocked` (aisles kept free around column lines), and appends the booths to `out`.
pub(crate) fn fill(
    area: Rect,
    blocked: &[(f64, f64)],
    mix: Mix,
    aisles: Aisles,
    rng: &mut Rng,
    out: &mut Vec<Slot>,
) {
    // The south edge of the last band placed: the next interval keeps an aisle from it
    // even when the blocked part between them is narrower than an aisle.
    let mut last_bottom: Option<f64> = None;
    for (top, bottom) in free_intervals(area.y(), area.max_y(), blocked) {
        let mut y = last_bottom.map_or(top, |b| top.max(b + aisles.secondary));
        let mut bands = 0;
        loop {
            let room = bottom - y;
            let weights: Vec<u32> = mix
                .iter()
                .map(|(band, w)| if band.depth() <= room + EPS { *w } else { 0 })
                .collect();
            let Some(pick) = rng.weighted(&weights) else {
                break;
            };
            let band = mix[pick].0;
            fill_band(band, area.x(), area.max_x(), y, aisles, rng, out);
            last_bottom = Some(y + band.depth());
            bands += 1;
            let aisle = if bands % 3 == 0 {
                aisles.main
            } else {
                aisles.secondary
            };
            y += band.depth() + aisle;
        }
    }
}

fn push(out: &mut Vec<Slot>, x: f64, y: f64, w: f64, h: f64, stand: Stand) {
    if let Ok(rect) = Rect::new(x, y, w, h) {
        out.push(Slot { rect, stand });
    }
}

/// One band from `west` to `east` with its north edge at `y`.
fn fill_band(
    band: Band,
    west: f64,
    east: f64,
    y: f64,
    aisles: Aisles,
    rng: &mut Rng,
    out: &mut Vec<Slot>,
) {
    match band {
        Band::ShellDouble => shell_blocks(west, east, y, aisles, &MIXED_RUNS, rng, out),
        Band::StandardDouble => shell_blocks(west, east, y, aisles, &STANDARD_RUNS, rng, out),
        Band::ShellSingle => shell_row(west, east, y, &MIXED_RUNS, rng, out),
        Band::Islands6 => spaced(west, east, y, 6.0, &[(6.0, 3), (9.0, 1)], aisles, rng, out),
        Band::Islands9 => spaced(west, east, y, 9.0, &[(9.0, 3), (12.0, 1)], aisles, rng, out),
        Band::Raw12 => spaced(
            west,
            east,
            y,
            12.0,
            &[(12.0, 2), (15.0, 2), (18.0, 2), (24.0, 1)],
            aisles,
            rng,
            out,
        ),
        Band::Raw15 => spaced(
            west,
            east,
            y,
            15.0,
            &[(15.0, 1), (18.0, 2), (21.0, 2), (24.0, 2), (30.0, 1)],
            aisles,
            rng,
            out,
        ),
    }
}

/// Weights of shell booths one, two and three slots wide.
type Runs = [u32; 3];
/// Mostly double slots (6 × 3 m), some single and triple.
const MIXED_RUNS: Runs = [2, 6, 4];
/// Single slots only.
const STANDARD_RUNS: Runs = [1, 0, 0];

/// Back-to-back shell rows cut into blocks of 8 to 12 slots by cross aisles (every third
/// one a main aisle); with mixed runs, some blocks end in a 6 × 6 m peninsula.
fn shell_blocks(
    west: f64,
    east: f64,
    y: f64,
    aisles: Aisles,
    runs: &Runs,
    rng: &mut Rng,
    out: &mut Vec<Slot>,
) {
    let mut x = west;
    let mut blocks = 0;
    loop {
        let room_slots = ((east - x + EPS) / SHELL).floor();
        if room_slots < 2.0 {
            break;
        }
        let slots = (8.0 + rng.below(5) as f64).min(room_slots);
        let len = slots * SHELL;
        let mut rows_from = x;
        if runs != &STANDARD_RUNS && slots >= 6.0 && rng.chance(0.3) {
            push(out, x, y, 2.0 * SHELL, 2.0 * SHELL, Stand::Island);
            rows_from += 2.0 * SHELL;
        }
        shell_row(rows_from, x + len, y, runs, rng, out);
        shell_row(rows_from, x + len, y + SHELL, runs, rng, out);
        blocks += 1;
        x += len
            + if blocks % 3 == 0 {
                aisles.main
            } else {
                aisles.secondary
            };
    }
}

/// One row of shell booths side by side, one to three 3 m slots wide as `runs` weighs
/// them.
fn shell_row(west: f64, east: f64, y: f64, runs: &Runs, rng: &mut Rng, out: &mut Vec<Slot>) {
    let mut x = west;
    loop {
        let room_slots = ((east - x + EPS) / SHELL).floor();
        if room_slots < 1.0 {
            break;
        }
        let wanted: f64 = match rng.weighted(runs) {
            Some(2) => 3.0,
            Some(1) => 2.0,
            _ => 1.0,
        };
        let w = wanted.min(room_slots) * SHELL;
        push(out, x, y, w, SHELL, Stand::Shell);
        x += w;
    }
}

/// Free-standing stands `depth` deep, their widths drawn from `widths` (width, weight),
/// a secondary aisle apart (a main aisle around raw space).
#[allow(clippy::too_many_arguments)]
fn spaced(
    west: f64,
    east: f64,
    y: f64,
    depth: f64,
    widths: &[(f64, u32)],
    aisles: Aisles,
    rng: &mut Rng,
    out: &mut Vec<Slot>,
) {
    let stand = if depth >= 12.0 {
        Stand::Raw
    } else {
        Stand::Island
    };
    let mut x = west;
    let mut count = 0;
    loop {
        let room = east - x;
        let weights: Vec<u32> = widths
            .iter()
            .map(|(w, weight)| if *w <= room + EPS { *weight } else { 0 })
            .collect();
        let Some(pick) = rng.weighted(&weights) else {
            break;
        };
        let w = widths[pick].0;
        push(out, x, y, w, depth, stand);
        count += 1;
        let aisle = if stand == Stand::Raw || count % 4 == 0 {
            aisles.main
        } else {
            aisles.secondary
        };
        x += w + aisle;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AISLES: Aisles = Aisles {
        secondary: 3.0,
        main: 6.0,
    };
    const ALL: Mix = &[
        (Band::ShellDouble, 3),
        (Band::StandardDouble, 1),
        (Band::ShellSingle, 1),
        (Band::Islands6, 1),
        (Band::Islands9, 1),
        (Band::Raw12, 1),
        (Band::Raw15, 1),
    ];

    fn layout(seed: u64, blocked: &[(f64, f64)]) -> (Rect, Vec<Slot>) {
        let area = Rect::new(10.0, 20.0, 157.0, 131.5).unwrap();
        let mut out = Vec::new();
        fill(area, blocked, ALL, AISLES, &mut Rng::new(seed, 0), &mut out);
        (area, out)
    }

    #[test]
    fn free_intervals_skip_blocked_parts() {
        assert_eq!(
            free_intervals(0.0, 100.0, &[(40.0, 47.0), (-5.0, 3.0), (90.0, 120.0)]),
            vec![(3.0, 40.0), (47.0, 90.0)]
        );
        assert_eq!(free_intervals(0.0, 10.0, &[]), vec![(0.0, 10.0)]);
    }

    #[test]
    fn booths_touch_or_keep_an_aisle_and_stay_inside() {
        for seed in 0..20 {
            let blocked = [(60.0, 67.0)];
            let (area, slots) = layout(seed, &blocked);
            assert!(slots.len() > 100, "seed {seed}: {} booths", slots.len());
            for (i, a) in slots.iter().enumerate() {
                assert!(area.contains_rect(&a.rect));
                assert!(a.rect.max_y() <= 60.0 + EPS || a.rect.y() >= 67.0 - EPS);
                for b in &slots[i + 1..] {
                    let gap = a.rect.gap(&b.rect);
                    assert!(!a.rect.overlaps(&b.rect), "seed {seed}: overlap");
                    assert!(
                        gap <= EPS || gap >= AISLES.secondary - EPS,
                        "seed {seed}: gap {gap} between {:?} and {:?}",
                        a.rect,
                        b.rect
                    );
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

        /// Any area, any blocked band, any seed: booths stay inside the area and out of
        /// the blocked band, and any two either touch or keep an aisle apart.
        #[test]
        fn any_area_keeps_aisles(
            seed in proptest::prelude::any::<u64>(),
            x in -500.0..500.0f64,
            y in -500.0..500.0f64,
            w in 1.0..160.0f64,
            h in 1.0..160.0f64,
            cut in 0.0..1.0f64,
            cut_depth in 0.0..20.0f64,
        ) {
            let area = Rect::new(x, y, w, h).unwrap();
            let block = (y + cut * h, y + cut * h + cut_depth);
            let mut slots = Vec::new();
            fill(area, &[block], ALL, AISLES, &mut Rng::new(seed, 0), &mut slots);
            for (i, a) in slots.iter().enumerate() {
                proptest::prop_assert!(area.contains_rect(&a.rect));
                proptest::prop_assert!(
                    a.rect.max_y() <= block.0 + EPS || a.rect.y() >= block.1 - EPS
                );
                for b in &slots[i + 1..] {
                    let gap = a.rect.gap(&b.rect);
                    proptest::prop_assert!(!a.rect.overlaps(&b.rect));
                    proptest::prop_assert!(gap <= EPS || gap >= AISLES.secondary - EPS);
                }
            }
        }
    }

    #[test]
    fn same_seed_same_layout() {
        let rects = |seed| -> Vec<Rect> { layout(seed, &[]).1.iter().map(|s| s.rect).collect() };
        assert_eq!(rects(3), rects(3));
        assert_ne!(rects(3), rects(4));
    }
}
