//! The plan generator: the built-in WAIC 2023 sample and larger plans for stress tests.
//!
//! [`waic_2023`] is a plausible reconstruction of the WAIC 2023 floor at the Shanghai
//! World Expo Exhibition & Convention Center (no official hall-by-sector map was
//! published) with fictional exhibitors: a column-free 25,000 m² west hall and two east
//! halls on an 18 m × 22 m column grid, the four sectors with about 48,000 m² of regions
//! (within the 50,000 m² capacity limit), 400+ exhibitors, forum stages, service areas
//! and exits sized to the fire code.
//!
//! The layout holds the rules by construction: booths stand in back-to-back shell rows,
//! islands and raw-space stands that either touch or keep at least a secondary aisle
//! (3 m) apart, with main aisles (6 m) between blocks and sectors; column lines run in
//! aisles wide enough to keep 3 m from every booth, and every booth keeps 3 m from walls,
//! stages and services and out of every exit's clear zone.
//!
//! With [`GenerateOptions::booths`] the venue grows by trade-fair halls of shell rows
//! until it holds that many booths, then the last booths are dropped so the plan has
//! exactly that many, each with its own exhibitor (74,000 booths make about 1.6 million
//! m² of halls, Canton-Fair scale). Everything is drawn from a seeded generator: the same
//! options always give the same plan.

mod exits;
mod floor;
mod layout;
mod names;
mod rng;
mod sales;
mod venue;

use crate::model::{Meta, Plan, Settings};
use floor::Floor;
use names::Namer;
use rng::Rng;
use venue::{FAIR_HALL, FAIR_HALLS_PER_ROW, FAIR_PITCH_X, FAIR_PITCH_Y, FAIR_TOP, WAIC_2023_HALLS};

/// The seed [`waic_2023`] uses (the show's opening day).
pub const DEFAULT_SEED: u64 = 20_230_706;

/// The most booths [`generate`] makes; larger requests are cut to it. About 400 bytes
/// of save file a booth (with its exhibitor), so the largest plan is near 200 MB and
/// stays below [`crate::io::MAX_PLAN_BYTES`], the most expoplan opens. (The Canton Fair
/// has about 74,000 booths.)
pub const MAX_BOOTHS: usize = 500_000;

/// Which venue to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Preset {
    /// World Artificial Intelligence Conference 2023, Shanghai.
    #[default]
    #[value(name = "waic-2023")]
    Waic2023,
}

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenerateOptions {
    /// The venue.
    pub preset: Preset,
    /// `None` for the show as it was; `Some(n)` for a plan of exactly `n` booths (at most
    /// [`MAX_BOOTHS`]), every one with its own exhibitor.
    pub booths: Option<usize>,
    /// Seed for every random choice (stand sizes, names, statuses).
    pub seed: u64,
}

impl Default for GenerateOptions {
    fn default() -> Self {
        Self {
            preset: Preset::Waic2023,
            booths: None,
            seed: DEFAULT_SEED,
        }
    }
}

/// Separate random streams, so that a change in how one part draws leaves the others be.
const LAYOUT_STREAM: u64 = 1;
const SALES_STREAM: u64 = 2;
const NAMES_STREAM: u64 = 3;

/// An empty plan ([`Plan::empty`]: one hall, the four default sectors) with exits on the
/// hall walls sized to the fire code and a capacity limit of at least the hall's area, so
/// that a new plan starts without an error.
pub fn empty_plan(name: &str, hall_w: f64, hall_h: f64) -> Result<Plan, crate::model::GeomError> {
    let mut plan = Plan::empty(name, hall_w, hall_h)?;
    let mut next_id = 1;
    let exits = plan
        .halls
        .iter()
        .flat_map(|hall| exits::place_exits(hall, "H1", &[], &plan.settings, &mut next_id))
        .collect();
    plan.exits = exits;
    plan.settings.capacity_limit_m2 = plan.settings.capacity_limit_m2.max(hall_w * hall_h);
    Ok(plan)
}

/// The built-in sample: WAIC 2023 as generated with the default options.
pub fn waic_2023() -> Plan {
    generate(&GenerateOptions::default())
}

/// Generates a plan. The same options always give the same plan.
pub fn generate(opts: &GenerateOptions) -> Plan {
    let venue = match opts.preset {
        Preset::Waic2023 => &WAIC_2023_HALLS,
    };
    let settings = Settings::default();
    let mut floor = Floor::new(settings.clone(), Rng::new(opts.seed, LAYOUT_STREAM));
    for hall in venue {
        floor.add_hall(
            hall.code,
            hall.name.to_owned(),
            hall.template,
            hall.origin,
            0,
        );
    }
    let wanted = opts.booths.map(|n| n.min(MAX_BOOTHS));
    if let Some(n) = wanted {
        let mut k = 0;
        while floor.placed.len() < n {
            let origin = [
                (k % FAIR_HALLS_PER_ROW) as f64 * FAIR_PITCH_X,
                FAIR_TOP + (k / FAIR_HALLS_PER_ROW) as f64 * FAIR_PITCH_Y,
            ];
            let code = format!("F{:03}", k + 1);
            let name = format!("{code} Fair Hall {}", k + 1);
            if floor.add_hall(&code, name, &FAIR_HALL, origin, k) == 0 {
                break;
            }
            k += 1;
        }
        floor.placed.truncate(n);
    }

    let mut sales_rng = Rng::new(opts.seed, SALES_STREAM);
    let mut namer = Namer::new(Rng::new(opts.seed, NAMES_STREAM));
    let (booths, exhibitors) = sales::sell(
        &floor.placed,
        &floor.sectors,
        wanted.is_some(),
        &mut sales_rng,
        &mut namer,
    );
    let sector_area: f64 = floor.sectors.iter().map(|s| s.area_m2()).sum();
    let capacity_limit_m2 = if sector_area > settings.capacity_limit_m2 {
        (sector_area / 10_000.0).ceil() * 10_000.0
    } else {
        settings.capacity_limit_m2
    };
    let name = match wanted {
        None => "WAIC 2023".to_owned(),
        Some(_) => format!("WAIC 2023 with fair halls, {} booths", booths.len()),
    };
    let stands: Vec<_> = floor.placed.iter().map(|p| p.slot.stand).collect();
    let mut plan = Plan {
        meta: Meta {
            name,
            event: "World Artificial Intelligence Conference 2023".to_owned(),
            venue: "Shanghai World Expo Exhibition & Convention Center \
                    (plausible reconstruction, fictional exhibitors)"
                .to_owned(),
            dates: "2023-07-06 – 2023-07-08".to_owned(),
            currency: "CNY".to_owned(),
        },
        settings: Settings {
            capacity_limit_m2,
            ..settings
        },
        halls: floor.halls,
        sectors: floor.sectors,
        exhibitors,
        booths,
        obstacles: floor.obstacles,
        exits: floor.exits,
        underlay: crate::model::Underlay::default(),
    };
    sales::set_prices(&mut plan, &stands);
    plan
}

#[cfg(test)]
mod tests;
