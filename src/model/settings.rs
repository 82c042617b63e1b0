//! The plan's settings: every threshold the rules check against, with the range each
//! may take and where its default comes from.

use serde::{Deserialize, Serialize};

/// Which halls have sprinklers, which lengthens the travel distance allowed to an exit
/// by a quarter (GB 50016-2014 §5.5.17).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Sprinklers {
    /// Halls larger than [`SPRINKLERED_ABOVE_M2`], where the code requires them
    /// (GB 50016-2014 §8.3.4).
    #[default]
    ByCode,
    /// Every hall.
    All,
    /// No hall (travel distances are held to the unsprinklered limit everywhere).
    None,
}

impl Sprinklers {
    /// Every choice, in the order a form lists them.
    pub const ALL: [Sprinklers; 3] = [Sprinklers::ByCode, Sprinklers::All, Sprinklers::None];

    /// Whether a hall of `area_m2` has sprinklers under this setting.
    pub fn covers(self, area_m2: f64) -> bool {
        match self {
            Sprinklers::ByCode => area_m2 > SPRINKLERED_ABOVE_M2,
            Sprinklers::All => true,
            Sprinklers::None => false,
        }
    }
}

/// Sprinklers are compulsory in exhibition floors larger than this (m²,
/// GB 50016-2014 §8.3.4).
pub const SPRINKLERED_ABOVE_M2: f64 = 1_500.0;

/// How much longer a travel distance may be in a sprinklered hall (GB 50016-2014
/// §5.5.17: 25 % more).
pub const SPRINKLER_TRAVEL_FACTOR: f64 = 1.25;

/// Exit width per 100 persons for a hall on floor `level` (GB 50016-2014 table
/// 5.5.21-1, buildings of grade I/II fire resistance): 0.65 m on floors 1–2, 0.75 m on
/// floor 3, 1.00 m on floor 4 and above.
pub const fn exit_width_per_100_for_floor(level: u32) -> f64 {
    match level {
        0..=2 => 0.65,
        3 => 0.75,
        _ => 1.00,
    }
}

/// Booth prices by type, per m² of booth, in the plan's currency; used for every new or
/// resized booth whose price the planner has not typed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PriceList {
    /// One side open (also a booth with no side open).
    pub inline_per_m2: f64,
    /// Two sides open (also a booth open at both ends).
    pub corner_per_m2: f64,
    /// Three sides open.
    pub peninsula_per_m2: f64,
    /// Four sides open.
    pub island_per_m2: f64,
    /// Added to every booth's price (a fixed premium per booth; 0 for none).
    pub premium_per_booth: f64,
}

impl PriceList {
    /// Whether any rate is set (a list of zeros prices nothing).
    pub fn is_set(&self) -> bool {
        [
            self.inline_per_m2,
            self.corner_per_m2,
            self.peninsula_per_m2,
            self.island_per_m2,
            self.premium_per_booth,
        ]
        .iter()
        .any(|v| *v > 0.0)
    }
}

/// Limits and thresholds the rules check against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// The most sector area the show may use, in m² (WAIC 2023: 50,000).
    pub capacity_limit_m2: f64,
    /// Snap step for placing and moving booths, in metres.
    pub grid_step_m: f64,
    /// Narrowest aisle allowed between facing booths (secondary aisles), metres.
    pub min_aisle_m: f64,
    /// Width of a main aisle, metres (drawn and reported, informational).
    pub main_aisle_m: f64,
    /// Depth of the clear zone in front of an exit, metres.
    pub exit_clear_m: f64,
    /// Share of a sector's area above which its booth area is a warning (0–1).
    pub sector_fill_warn: f64,
    /// Design occupant density, persons per m² of hall area (GB 50016: 0.75).
    pub occupant_density: f64,
    /// Exit width needed per 100 persons, metres (GB 50016, floors 1–2: 0.65).
    pub exit_width_per_100_m: f64,
    /// Longest straight line from a booth to the nearest exit in a hall without
    /// sprinklers, metres (GB 50016-2014 §5.5.17: 30 m).
    pub max_travel_m: f64,
    /// Which halls have sprinklers.
    pub sprinklers: Sprinklers,
    /// The floor of the building the halls are on (1 = ground floor).
    pub floor_level: u32,
    /// Booth prices by type.
    pub prices: PriceList,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            capacity_limit_m2: 50_000.0,
            grid_step_m: 1.0,
            min_aisle_m: 3.0,
            main_aisle_m: 6.0,
            exit_clear_m: 1.4,
            sector_fill_warn: 0.6,
            occupant_density: 0.75,
            exit_width_per_100_m: 0.65,
            max_travel_m: 30.0,
            sprinklers: Sprinklers::ByCode,
            floor_level: 1,
            prices: PriceList::default(),
        }
    }
}

impl Settings {
    /// Whether the settings that rules about single booths read differ between the two:
    /// the minimum aisle, the exit clear depth, the travel limit and the sprinklers. The
    /// others (capacity, fill warning, densities, exit width, floor, grid, prices) feed
    /// only plan-wide figures and findings, so changing them re-checks no booth.
    pub fn booth_rules_differ(&self, other: &Settings) -> bool {
        self.min_aisle_m != other.min_aisle_m
            || self.exit_clear_m != other.exit_clear_m
            || self.max_travel_m != other.max_travel_m
            || self.sprinklers != other.sprinklers
    }

    /// The travel distance allowed in a hall of `area_m2`, metres.
    pub fn travel_limit_m(&self, area_m2: f64) -> f64 {
        if self.sprinklers.covers(area_m2) {
            self.max_travel_m * SPRINKLER_TRAVEL_FACTOR
        } else {
            self.max_travel_m
        }
    }
}

/// The range a numeric setting may take.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SettingRange {
    /// The smallest value allowed.
    pub min: f64,
    /// The largest value allowed.
    pub max: f64,
    /// Whether the smallest value itself is allowed (false: it must be greater).
    pub min_allowed: bool,
}

impl SettingRange {
    /// Whether `value` is in range.
    pub fn allows(&self, value: f64) -> bool {
        value.is_finite()
            && value <= self.max
            && (value > self.min || (self.min_allowed && value == self.min))
    }
}

/// A setting that is a number: what the settings form edits and the integrity check
/// holds to its range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumericSetting {
    /// [`Settings::capacity_limit_m2`].
    CapacityLimit,
    /// [`Settings::grid_step_m`].
    GridStep,
    /// [`Settings::min_aisle_m`].
    MinAisle,
    /// [`Settings::main_aisle_m`].
    MainAisle,
    /// [`Settings::exit_clear_m`].
    ExitClear,
    /// [`Settings::sector_fill_warn`].
    SectorFillWarn,
    /// [`Settings::occupant_density`].
    OccupantDensity,
    /// [`Settings::exit_width_per_100_m`].
    ExitWidthPer100,
    /// [`Settings::max_travel_m`].
    MaxTravel,
    /// [`Settings::floor_level`].
    FloorLevel,
    /// [`PriceList::inline_per_m2`].
    InlinePrice,
    /// [`PriceList::corner_per_m2`].
    CornerPrice,
    /// [`PriceList::peninsula_per_m2`].
    PeninsulaPrice,
    /// [`PriceList::island_per_m2`].
    IslandPrice,
    /// [`PriceList::premium_per_booth`].
    Premium,
}

/// The highest floor level accepted.
pub const MAX_FLOOR_LEVEL: u32 = 200;

impl NumericSetting {
    /// Every numeric setting, in form order.
    pub const ALL: [NumericSetting; 15] = [
        NumericSetting::CapacityLimit,
        NumericSetting::GridStep,
        NumericSetting::MinAisle,
        NumericSetting::MainAisle,
        NumericSetting::ExitClear,
        NumericSetting::SectorFillWarn,
        NumericSetting::OccupantDensity,
        NumericSetting::ExitWidthPer100,
        NumericSetting::MaxTravel,
        NumericSetting::FloorLevel,
        NumericSetting::InlinePrice,
        NumericSetting::CornerPrice,
        NumericSetting::PeninsulaPrice,
        NumericSetting::IslandPrice,
        NumericSetting::Premium,
    ];

    /// The field's name in the save file, e.g. `min_aisle_m`.
    pub const fn field(self) -> &'static str {
        match self {
            NumericSetting::CapacityLimit => "capacity_limit_m2",
            NumericSetting::GridStep => "grid_step_m",
            NumericSetting::MinAisle => "min_aisle_m",
            NumericSetting::MainAisle => "main_aisle_m",
            NumericSetting::ExitClear => "exit_clear_m",
            NumericSetting::SectorFillWarn => "sector_fill_warn",
            NumericSetting::OccupantDensity => "occupant_density",
            NumericSetting::ExitWidthPer100 => "exit_width_per_100_m",
            NumericSetting::MaxTravel => "max_travel_m",
            NumericSetting::FloorLevel => "floor_level",
            NumericSetting::InlinePrice => "prices.inline_per_m2",
            NumericSetting::CornerPrice => "prices.corner_per_m2",
            NumericSetting::PeninsulaPrice => "prices.peninsula_per_m2",
            NumericSetting::IslandPrice => "prices.island_per_m2",
            NumericSetting::Premium => "prices.premium_per_booth",
        }
    }

    /// The values it may take.
    pub const fn range(self) -> SettingRange {
        let (min, max, min_allowed) = match self {
            NumericSetting::CapacityLimit => (0.0, 1e9, false),
            NumericSetting::GridStep
            | NumericSetting::MinAisle
            | NumericSetting::MainAisle
            | NumericSetting::ExitClear => (0.0, 100.0, false),
            NumericSetting::SectorFillWarn => (0.0, 1.0, false),
            NumericSetting::OccupantDensity | NumericSetting::ExitWidthPer100 => (0.0, 10.0, false),
            NumericSetting::MaxTravel => (0.0, 1000.0, false),
            NumericSetting::FloorLevel => (1.0, MAX_FLOOR_LEVEL as f64, true),
            NumericSetting::InlinePrice
            | NumericSetting::CornerPrice
            | NumericSetting::PeninsulaPrice
            | NumericSetting::IslandPrice => (0.0, 1e9, true),
            NumericSetting::Premium => (0.0, 1e12, true),
        };
        SettingRange {
            min,
            max,
            min_allowed,
        }
    }

    /// The unit after its value in a message, with its space (" m"); empty for a share,
    /// a floor number or money (whose currency is the plan's).
    pub const fn unit(self) -> &'static str {
        match self {
            NumericSetting::CapacityLimit => " m²",
            NumericSetting::GridStep
            | NumericSetting::MinAisle
            | NumericSetting::MainAisle
            | NumericSetting::ExitClear
            | NumericSetting::MaxTravel
            | NumericSetting::ExitWidthPer100 => " m",
            NumericSetting::OccupantDensity => " persons/m²",
            NumericSetting::SectorFillWarn
            | NumericSetting::FloorLevel
            | NumericSetting::InlinePrice
            | NumericSetting::CornerPrice
            | NumericSetting::PeninsulaPrice
            | NumericSetting::IslandPrice
            | NumericSetting::Premium => "",
        }
    }

    /// Whether it takes whole numbers only.
    pub const fn is_whole(self) -> bool {
        matches!(self, NumericSetting::FloorLevel)
    }

    /// Its value in `settings`.
    pub fn get(self, s: &Settings) -> f64 {
        match self {
            NumericSetting::CapacityLimit => s.capacity_limit_m2,
            NumericSetting::GridStep => s.grid_step_m,
            NumericSetting::MinAisle => s.min_aisle_m,
            NumericSetting::MainAisle => s.main_aisle_m,
            NumericSetting::ExitClear => s.exit_clear_m,
            NumericSetting::SectorFillWarn => s.sector_fill_warn,
            NumericSetting::OccupantDensity => s.occupant_density,
            NumericSetting::ExitWidthPer100 => s.exit_width_per_100_m,
            NumericSetting::MaxTravel => s.max_travel_m,
            NumericSetting::FloorLevel => f64::from(s.floor_level),
            NumericSetting::InlinePrice => s.prices.inline_per_m2,
            NumericSetting::CornerPrice => s.prices.corner_per_m2,
            NumericSetting::PeninsulaPrice => s.prices.peninsula_per_m2,
            NumericSetting::IslandPrice => s.prices.island_per_m2,
            NumericSetting::Premium => s.prices.premium_per_booth,
        }
    }

    /// `settings` with this setting at `value`; `None` when the value is out of range
    /// (or not whole, for a whole-number setting).
    pub fn set(self, settings: &Settings, value: f64) -> Option<Settings> {
        if !self.range().allows(value) || (self.is_whole() && value.fract() != 0.0) {
            return None;
        }
        let mut s = settings.clone();
        match self {
            NumericSetting::CapacityLimit => s.capacity_limit_m2 = value,
            NumericSetting::GridStep => s.grid_step_m = value,
            NumericSetting::MinAisle => s.min_aisle_m = value,
            NumericSetting::MainAisle => s.main_aisle_m = value,
            NumericSetting::ExitClear => s.exit_clear_m = value,
            NumericSetting::SectorFillWarn => s.sector_fill_warn = value,
            NumericSetting::OccupantDensity => s.occupant_density = value,
            NumericSetting::ExitWidthPer100 => s.exit_width_per_100_m = value,
            NumericSetting::MaxTravel => s.max_travel_m = value,
            // In range and whole, so it fits.
            NumericSetting::FloorLevel => s.floor_level = value as u32,
            NumericSetting::InlinePrice => s.prices.inline_per_m2 = value,
            NumericSetting::CornerPrice => s.prices.corner_per_m2 = value,
            NumericSetting::PeninsulaPrice => s.prices.peninsula_per_m2 = value,
            NumericSetting::IslandPrice => s.prices.island_per_m2 = value,
            NumericSetting::Premium => s.prices.premium_per_booth = value,
        }
        Some(s)
    }
}

impl Settings {
    /// The first setting out of its range, with its value.
    pub fn out_of_range(&self) -> Option<(NumericSetting, f64)> {
        NumericSetting::ALL.into_iter().find_map(|n| {
            let value = n.get(self);
            (!n.range().allows(value)).then_some((n, value))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_in_range_and_each_setting_sets_its_own_field() {
        let s = Settings::default();
        assert_eq!(s.out_of_range(), None);
        for n in NumericSetting::ALL {
            let changed = n.set(&s, n.range().max).unwrap();
            assert_eq!(n.get(&changed), n.range().max, "{n:?}");
            for other in NumericSetting::ALL.into_iter().filter(|o| *o != n) {
                assert_eq!(
                    other.get(&changed),
                    other.get(&s),
                    "{n:?} changed {other:?}"
                );
            }
        }
    }

    #[test]
    fn out_of_range_values_are_refused() {
        let s = Settings::default();
        assert_eq!(NumericSetting::MinAisle.set(&s, -1.0), None);
        assert_eq!(NumericSetting::OccupantDensity.set(&s, 0.0), None);
        assert_eq!(NumericSetting::SectorFillWarn.set(&s, 1.5), None);
        assert_eq!(NumericSetting::MinAisle.set(&s, f64::NAN), None);
        assert_eq!(NumericSetting::FloorLevel.set(&s, 2.5), None);
        assert!(
            NumericSetting::InlinePrice.set(&s, 0.0).is_some(),
            "a zero rate"
        );
        let bad = Settings {
            floor_level: 0,
            ..Settings::default()
        };
        assert_eq!(
            bad.out_of_range().map(|(n, _)| n),
            Some(NumericSetting::FloorLevel)
        );
    }

    #[test]
    fn sprinklers_lengthen_the_travel_limit() {
        let mut s = Settings::default();
        assert_eq!(s.travel_limit_m(1_000.0), 30.0);
        assert_eq!(s.travel_limit_m(2_000.0), 37.5);
        s.sprinklers = Sprinklers::None;
        assert_eq!(s.travel_limit_m(2_000.0), 30.0);
        s.sprinklers = Sprinklers::All;
        s.max_travel_m = 40.0;
        assert_eq!(s.travel_limit_m(100.0), 50.0);
        assert_eq!(exit_width_per_100_for_floor(1), 0.65);
        assert_eq!(exit_width_per_100_for_floor(3), 0.75);
        assert_eq!(exit_width_per_100_for_floor(7), 1.0);
    }
}
