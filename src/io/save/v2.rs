//! Version 2 of the save format, frozen: how plans were written before halls and sector
//! regions could take any shape.
//!
//! Differences from version 3:
//! - a hall is a `rect` (`(x, y, w, h)`), not an `outline` of corners;
//! - a sector's `regions` are rectangles;
//! - an exit names its wall as `North`, `East`, `South` or `West`, its offset measured
//!   from the wall's west or north end, not by the number of a wall of the outline;
//! - `settings` has no travel-distance limit, sprinkler choice, floor level or price list;
//! - an exhibitor has no English name, category or priority.
//!
//! Meta, booths and obstacles are as in version 3 and read with the model's own types;
//! the rest are copies, not the model's: the model may change, a version-2 file does not.

use super::body::{Body, Layout};
use crate::model::{
    Booth, Exhibitor, ExhibitorId, Exit, ExitId, Hall, HallId, Meta, Obstacle, Outline, Rect,
    Sector, SectorId, Settings, Side, Size,
};
use serde::Deserialize;

/// The item types of a version-2 file.
pub(super) struct V2;

impl Layout for V2 {
    type Meta = Meta;
    type Settings = SettingsV2;
    type Hall = HallV2;
    type Sector = SectorV2;
    type Exhibitor = ExhibitorV2;
    type Booth = Booth;
    type Obstacle = Obstacle;
    type Exit = ExitV2;
}

/// A version-2 file's body.
pub(super) type BodyV2 = Body<V2>;

/// The settings as version 2 had them.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SettingsV2 {
    pub(super) capacity_limit_m2: f64,
    pub(super) grid_step_m: f64,
    pub(super) min_aisle_m: f64,
    pub(super) main_aisle_m: f64,
    pub(super) exit_clear_m: f64,
    pub(super) sector_fill_warn: f64,
    pub(super) occupant_density: f64,
    pub(super) exit_width_per_100_m: f64,
}

/// A rectangular hall.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct HallV2 {
    pub(super) id: HallId,
    pub(super) name: String,
    pub(super) rect: Rect,
}

/// A sector of rectangular regions.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SectorV2 {
    pub(super) id: SectorId,
    pub(super) code: String,
    pub(super) name_en: String,
    pub(super) name_zh: String,
    pub(super) color: [u8; 3],
    pub(super) regions: Vec<Rect>,
}

/// An exhibitor without the English name, category and priority.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ExhibitorV2 {
    pub(super) id: ExhibitorId,
    pub(super) name: String,
    pub(super) contact: String,
    pub(super) preferred_sector: Option<SectorId>,
    pub(super) requested_size: Option<Size>,
    pub(super) first_launch: bool,
}

/// The four walls of a rectangular hall.
#[derive(Debug, Clone, Copy, Deserialize)]
pub(super) enum WallV2 {
    North,
    East,
    South,
    West,
}

/// An exit on one of the four walls of a rectangular hall.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ExitV2 {
    pub(super) id: ExitId,
    pub(super) name: String,
    pub(super) hall: HallId,
    pub(super) wall: WallV2,
    /// From the wall's west or north end to the door's near edge, metres.
    pub(super) offset_m: f64,
    pub(super) width_m: f64,
}

impl From<SettingsV2> for Settings {
    fn from(s: SettingsV2) -> Self {
        Settings {
            capacity_limit_m2: s.capacity_limit_m2,
            grid_step_m: s.grid_step_m,
            min_aisle_m: s.min_aisle_m,
            main_aisle_m: s.main_aisle_m,
            exit_clear_m: s.exit_clear_m,
            sector_fill_warn: s.sector_fill_warn,
            occupant_density: s.occupant_density,
            exit_width_per_100_m: s.exit_width_per_100_m,
            ..Settings::default()
        }
    }
}

impl From<ExhibitorV2> for Exhibitor {
    fn from(e: ExhibitorV2) -> Self {
        Exhibitor {
            contact: e.contact,
            preferred_sector: e.preferred_sector,
            requested_size: e.requested_size,
            first_launch: e.first_launch,
            ..Exhibitor::new(e.id, e.name)
        }
    }
}

impl BodyV2 {
    /// The same plan in version 3: every hall and region becomes a four-corner outline
    /// (north-west corner first, clockwise), each exit is put on the matching wall of its
    /// hall's outline with its offset measured from that wall's first corner, and the new
    /// settings and exhibitor fields take their defaults.
    pub(super) fn into_v3(self) -> super::body::BodyV3 {
        let hall_rects: Vec<(HallId, Rect)> = self.halls.iter().map(|h| (h.id, h.rect)).collect();
        let exits = self
            .exits
            .into_iter()
            .map(|e| {
                let side = match e.wall {
                    WallV2::North => Side::North,
                    WallV2::East => Side::East,
                    WallV2::South => Side::South,
                    WallV2::West => Side::West,
                };
                // An exit naming a missing hall keeps its numbers: the integrity check
                // refuses it with the hall's id.
                let (wall, offset_m) = hall_rects
                    .iter()
                    .find(|(id, _)| *id == e.hall)
                    .map_or((0, e.offset_m), |(_, rect)| {
                        Exit::on_rect_side(rect, side, e.offset_m, e.width_m)
                    });
                Exit {
                    id: e.id,
                    name: e.name,
                    hall: e.hall,
                    wall,
                    offset_m,
                    width_m: e.width_m,
                }
            })
            .collect();
        Body {
            meta: self.meta,
            settings: self.settings.into(),
            halls: self
                .halls
                .into_iter()
                .map(|h| Hall {
                    id: h.id,
                    name: h.name,
                    outline: Outline::rect(h.rect),
                })
                .collect(),
            sectors: self
                .sectors
                .into_iter()
                .map(|s| Sector {
                    id: s.id,
                    code: s.code,
                    name_en: s.name_en,
                    name_zh: s.name_zh,
                    color: s.color,
                    regions: s.regions.into_iter().map(Outline::rect).collect(),
                    numbered_up_to: 0,
                })
                .collect(),
            exhibitors: self.exhibitors.into_iter().map(Exhibitor::from).collect(),
            booths: self.booths,
            obstacles: self.obstacles,
            exits,
            underlay: self.underlay,
        }
    }
}
