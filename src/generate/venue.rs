//! The halls the generator lays out, in hall-local metres (origin at the hall's north-west
//! corner): their size, column grid, sector regions with the mix of stands in each, and
//! the forum stages and service areas.
//!
//! The WAIC 2023 venue is a plausible reconstruction of the Shanghai World Expo Exhibition
//! & Convention Center floor (no official hall-by-sector map exists): a column-free west
//! hall of 25,000 m² holding core technology and smart terminals, and two east halls on
//! an 18 m × 22 m column grid holding application empowerment and cutting-edge
//! technology. Large plans add "fair halls" of shell-scheme rows on the same grid.

use super::layout::{Band, Mix};
use crate::model::ObstacleKind;

/// Columns on a regular grid, none on the walls.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ColumnGrid {
    /// East–west spacing, metres.
    pub(crate) pitch_x: f64,
    /// North–south spacing, metres.
    pub(crate) pitch_y: f64,
    /// Side of the square column, metres.
    pub(crate) size: f64,
}

/// A part of a hall sold as one sector.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RegionSpec {
    /// Index into [`crate::model::default_sectors`] (0 = core technology … 3 =
    /// cutting-edge technology), before any per-hall rotation.
    pub(crate) sector: usize,
    /// x, y, width, depth in hall-local metres.
    pub(crate) rect: [f64; 4],
    /// The stands it is filled with.
    pub(crate) mix: Mix,
}

/// A stage or service area.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FacilitySpec {
    /// Stage or service.
    pub(crate) kind: ObstacleKind,
    /// Label, after the hall code.
    pub(crate) name: &'static str,
    /// x, y, width, depth in hall-local metres.
    pub(crate) rect: [f64; 4],
}

/// One hall as the generator builds it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct HallTemplate {
    /// Width east–west, metres.
    pub(crate) w: f64,
    /// Depth north–south, metres.
    pub(crate) h: f64,
    /// Its columns, if it has any.
    pub(crate) columns: Option<ColumnGrid>,
    /// Sector regions.
    pub(crate) regions: &'static [RegionSpec],
    /// Stages and service areas.
    pub(crate) facilities: &'static [FacilitySpec],
}

/// One hall of the venue: template, code, name and where its north-west corner is.
#[derive(Debug, Clone, Copy)]
pub(crate) struct VenueHall {
    /// Short code, e.g. "W1".
    pub(crate) code: &'static str,
    /// Full name.
    pub(crate) name: &'static str,
    /// The hall.
    pub(crate) template: &'static HallTemplate,
    /// World position of the north-west corner.
    pub(crate) origin: [f64; 2],
}

/// The east halls' column grid.
const GRID_18_22: ColumnGrid = ColumnGrid {
    pitch_x: 18.0,
    pitch_y: 22.0,
    size: 1.0,
};

/// Core technology: chips, models and platforms of large companies on raw space.
const CORE_MIX: Mix = &[
    (Band::Raw15, 4),
    (Band::Raw12, 3),
    (Band::Islands9, 3),
    (Band::ShellDouble, 1),
];
/// Smart terminals: device makers on islands, accessories in shell rows.
const TERMINALS_MIX: Mix = &[
    (Band::Islands9, 2),
    (Band::Islands6, 3),
    (Band::ShellDouble, 2),
    (Band::Raw12, 1),
];
/// Application empowerment: many mid-sized companies in shell rows.
const APPLICATION_MIX: Mix = &[
    (Band::ShellDouble, 1),
    (Band::Islands6, 2),
    (Band::Islands9, 3),
    (Band::Raw12, 2),
    (Band::Raw15, 1),
];
/// Cutting-edge technology: start-ups and labs, mostly shell booths.
const FRONTIER_MIX: Mix = &[
    (Band::ShellDouble, 2),
    (Band::Islands6, 3),
    (Band::Islands9, 2),
    (Band::Raw12, 1),
    (Band::ShellSingle, 1),
];
/// A trade-fair hall: rows of standard 3 × 3 m booths.
const FAIR_MIX: Mix = &[(Band::StandardDouble, 1)];

const fn stage(name: &'static str, rect: [f64; 4]) -> FacilitySpec {
    FacilitySpec {
        kind: ObstacleKind::Stage,
        name,
        rect,
    }
}

const fn service(name: &'static str, rect: [f64; 4]) -> FacilitySpec {
    FacilitySpec {
        kind: ObstacleKind::Service,
        name,
        rect,
    }
}

/// The column-free west hall, 200 m × 125 m = 25,000 m²: a forum strip along the north
/// wall, core technology in the west, smart terminals in the east.
const WEST_HALL: HallTemplate = HallTemplate {
    w: 200.0,
    h: 125.0,
    columns: None,
    regions: &[
        RegionSpec {
            sector: 0,
            rect: [0.0, 20.0, 120.0, 105.0],
            mix: CORE_MIX,
        },
        RegionSpec {
            sector: 1,
            rect: [120.0, 20.0, 80.0, 105.0],
            mix: TERMINALS_MIX,
        },
    ],
    facilities: &[
        stage("Main forum hall", [8.0, 3.0, 36.0, 14.0]),
        service("Catering", [56.0, 3.0, 24.0, 14.0]),
        stage("Forum stage B", [92.0, 3.0, 24.0, 14.0]),
        service("Toilets", [128.0, 3.0, 12.0, 10.0]),
        stage("Launch stage", [152.0, 3.0, 36.0, 14.0]),
    ],
};

/// East hall 1, 180 m × 88 m on the column grid: application empowerment, with forum
/// stages and services in the south-west.
const EAST_HALL_1: HallTemplate = HallTemplate {
    w: 180.0,
    h: 88.0,
    columns: Some(GRID_18_22),
    regions: &[
        RegionSpec {
            sector: 2,
            rect: [0.0, 0.0, 180.0, 66.0],
            mix: APPLICATION_MIX,
        },
        RegionSpec {
            sector: 2,
            rect: [108.0, 66.0, 72.0, 22.0],
            mix: APPLICATION_MIX,
        },
    ],
    facilities: &[
        stage("Forum stage A", [4.0, 70.0, 30.0, 15.0]),
        service("Toilets", [40.0, 70.0, 12.0, 10.0]),
        stage("Forum stage B", [58.0, 70.0, 30.0, 15.0]),
        service("Storage", [94.0, 72.0, 10.0, 10.0]),
    ],
};

/// East hall 2, 180 m × 88 m on the column grid: cutting-edge technology, with a robot
/// arena, a forum stage and catering in the north-east.
const EAST_HALL_2: HallTemplate = HallTemplate {
    w: 180.0,
    h: 88.0,
    columns: Some(GRID_18_22),
    regions: &[
        RegionSpec {
            sector: 3,
            rect: [0.0, 22.0, 180.0, 66.0],
            mix: FRONTIER_MIX,
        },
        RegionSpec {
            sector: 3,
            rect: [0.0, 0.0, 72.0, 22.0],
            mix: FRONTIER_MIX,
        },
    ],
    facilities: &[
        stage("Forum stage A", [78.0, 3.0, 30.0, 15.0]),
        service("Catering", [114.0, 3.0, 24.0, 12.0]),
        stage("Robot arena", [144.0, 3.0, 32.0, 15.0]),
    ],
};

/// A trade-fair hall for large plans, 180 m × 110 m on the column grid: services along
/// the west wall, one sector in the rest.
pub(crate) const FAIR_HALL: HallTemplate = HallTemplate {
    w: 180.0,
    h: 110.0,
    columns: Some(GRID_18_22),
    regions: &[RegionSpec {
        sector: 0,
        rect: [18.0, 0.0, 162.0, 110.0],
        mix: FAIR_MIX,
    }],
    facilities: &[
        service("Toilets", [2.0, 26.0, 12.0, 14.0]),
        stage("Forum stage", [2.0, 48.0, 12.0, 16.0]),
        service("Catering", [2.0, 70.0, 12.0, 14.0]),
    ],
};

/// The WAIC 2023 halls: the west hall, and the two east halls beside it.
pub(crate) const WAIC_2023_HALLS: [VenueHall; 3] = [
    VenueHall {
        code: "W1",
        name: "W1 West Hall",
        template: &WEST_HALL,
        origin: [0.0, 0.0],
    },
    VenueHall {
        code: "E1",
        name: "E1 East Hall 1",
        template: &EAST_HALL_1,
        origin: [220.0, 0.0],
    },
    VenueHall {
        code: "E2",
        name: "E2 East Hall 2",
        template: &EAST_HALL_2,
        origin: [220.0, 108.0],
    },
];

/// Fair halls per row south of the venue, and the spacing between them, metres.
pub(crate) const FAIR_HALLS_PER_ROW: usize = 10;
/// Distance between the north-west corners of neighbouring fair halls, east–west.
pub(crate) const FAIR_PITCH_X: f64 = 200.0;
/// Distance between the north-west corners of neighbouring fair halls, north–south.
pub(crate) const FAIR_PITCH_Y: f64 = 130.0;
/// Where the first row of fair halls starts, south of the venue.
pub(crate) const FAIR_TOP: f64 = 240.0;
