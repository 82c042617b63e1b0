//! Version 1 of the save format, frozen: how plans were written before booths had a sales
//! status and a lock, and before sectors had separate English and Chinese names.
//!
//! Differences from version 2:
//! - the plan's name, event, venue, dates and currency are top-level fields, not `meta`;
//! - `settings` holds only the capacity limit, grid step, aisle width and exit clear zone;
//! - a sector has one `name` (English);
//! - an exhibitor has no requested size and no first-launch flag;
//! - a booth has flat `x`, `y`, `w`, `h` fields instead of a `rect`, and no `status` or
//!   `locked`.
//!
//! These types are copies, not the model's: the model may change, a version-1 file does
//! not.

use super::v2::{ExhibitorV2, ExitV2, HallV2, SectorV2, SettingsV2, WallV2};
use crate::model::{
    Booth, BoothId, BoothStatus, ExhibitorId, ExitId, GeomError, HallId, Meta, Obstacle,
    ObstacleId, ObstacleKind, Rect, SectorId, Settings, default_sectors,
};
use serde::Deserialize;

/// Everything after `version` in a version-1 file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SaveFileV1 {
    name: String,
    event: String,
    venue: String,
    dates: String,
    currency: String,
    settings: SettingsV1,
    halls: Vec<HallV1>,
    sectors: Vec<SectorV1>,
    exhibitors: Vec<ExhibitorV1>,
    booths: Vec<BoothV1>,
    obstacles: Vec<ObstacleV1>,
    exits: Vec<ExitV1>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsV1 {
    capacity_limit_m2: f64,
    grid_step_m: f64,
    min_aisle_m: f64,
    exit_clear_m: f64,
}

/// A rectangle as version 1 wrote it, checked as it is read.
#[derive(Deserialize)]
#[serde(try_from = "RawRectV1")]
struct RectV1(Rect);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRectV1 {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

impl TryFrom<RawRectV1> for RectV1 {
    type Error = GeomError;
    fn try_from(raw: RawRectV1) -> Result<Self, GeomError> {
        Rect::new(raw.x, raw.y, raw.w, raw.h).map(RectV1)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HallV1 {
    id: u32,
    name: String,
    rect: RectV1,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectorV1 {
    id: u32,
    code: String,
    name: String,
    color: [u8; 3],
    regions: Vec<RectV1>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExhibitorV1 {
    id: u32,
    name: String,
    contact: String,
    preferred_sector: Option<u32>,
}

/// A booth with its flat rectangle checked as it is read, so a bad size is reported at
/// its line.
#[derive(Deserialize)]
#[serde(try_from = "RawBoothV1")]
struct BoothV1 {
    id: u32,
    number: String,
    rect: Rect,
    sector: u32,
    exhibitor: Option<u32>,
    price: f64,
    notes: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBoothV1 {
    id: u32,
    number: String,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    sector: u32,
    exhibitor: Option<u32>,
    price: f64,
    notes: String,
}

impl TryFrom<RawBoothV1> for BoothV1 {
    type Error = GeomError;
    fn try_from(raw: RawBoothV1) -> Result<Self, GeomError> {
        Ok(BoothV1 {
            id: raw.id,
            number: raw.number,
            rect: Rect::new(raw.x, raw.y, raw.w, raw.h)?,
            sector: raw.sector,
            exhibitor: raw.exhibitor,
            price: raw.price,
            notes: raw.notes,
        })
    }
}

#[derive(Deserialize)]
enum ObstacleKindV1 {
    Column,
    Stage,
    Service,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ObstacleV1 {
    id: u32,
    kind: ObstacleKindV1,
    name: String,
    rect: RectV1,
}

#[derive(Deserialize)]
enum WallV1 {
    North,
    East,
    South,
    West,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExitV1 {
    id: u32,
    name: String,
    hall: u32,
    wall: WallV1,
    offset_m: f64,
    width_m: f64,
}

impl SaveFileV1 {
    /// The same plan in version 2: the Chinese sector name is taken from the built-in
    /// sectors when the English name is one of theirs (empty otherwise); settings that version 1
    /// lacked take their defaults; an assigned booth becomes `Reserved`, a free one
    /// `Available`; no booth is locked; exhibitors asked for no size and launch nothing.
    pub(super) fn into_v2(self) -> super::v2::BodyV2 {
        let known = default_sectors();
        let defaults = Settings::default();
        super::body::Body {
            meta: Meta {
                name: self.name,
                event: self.event,
                venue: self.venue,
                dates: self.dates,
                currency: self.currency,
            },
            settings: SettingsV2 {
                capacity_limit_m2: self.settings.capacity_limit_m2,
                grid_step_m: self.settings.grid_step_m,
                min_aisle_m: self.settings.min_aisle_m,
                main_aisle_m: defaults.main_aisle_m,
                exit_clear_m: self.settings.exit_clear_m,
                sector_fill_warn: defaults.sector_fill_warn,
                occupant_density: defaults.occupant_density,
                exit_width_per_100_m: defaults.exit_width_per_100_m,
            },
            halls: self
                .halls
                .into_iter()
                .map(|h| HallV2 {
                    id: HallId(h.id),
                    name: h.name,
                    rect: h.rect.0,
                })
                .collect(),
            sectors: self
                .sectors
                .into_iter()
                .map(|s| {
                    let name_zh = known
                        .iter()
                        .find(|k| k.name_en.eq_ignore_ascii_case(s.name.trim()))
                        .map(|k| k.name_zh.clone())
                        .unwrap_or_default();
                    SectorV2 {
                        id: SectorId(s.id),
                        code: s.code,
                        name_en: s.name,
                        name_zh,
                        color: s.color,
                        regions: s.regions.into_iter().map(|r| r.0).collect(),
                    }
                })
                .collect(),
            exhibitors: self
                .exhibitors
                .into_iter()
                .map(|e| ExhibitorV2 {
                    id: ExhibitorId(e.id),
                    name: e.name,
                    contact: e.contact,
                    preferred_sector: e.preferred_sector.map(SectorId),
                    requested_size: None,
                    first_launch: false,
                })
                .collect(),
            booths: self
                .booths
                .into_iter()
                .map(|b| Booth {
                    id: BoothId(b.id),
                    number: b.number,
                    rect: b.rect,
                    sector: SectorId(b.sector),
                    exhibitor: b.exhibitor.map(ExhibitorId),
                    status: if b.exhibitor.is_some() {
                        BoothStatus::Reserved
                    } else {
                        BoothStatus::Available
                    },
                    price: b.price,
                    notes: b.notes,
                    locked: false,
                })
                .collect(),
            obstacles: self
                .obstacles
                .into_iter()
                .map(|o| Obstacle {
                    id: ObstacleId(o.id),
                    kind: match o.kind {
                        ObstacleKindV1::Column => ObstacleKind::Column,
                        ObstacleKindV1::Stage => ObstacleKind::Stage,
                        ObstacleKindV1::Service => ObstacleKind::Service,
                    },
                    name: o.name,
                    rect: o.rect.0,
                })
                .collect(),
            exits: self
                .exits
                .into_iter()
                .map(|e| ExitV2 {
                    id: ExitId(e.id),
                    name: e.name,
                    hall: HallId(e.hall),
                    wall: match e.wall {
                        WallV1::North => WallV2::North,
                        WallV1::East => WallV2::East,
                        WallV1::South => WallV2::South,
                        WallV1::West => WallV2::West,
                    },
                    offset_m: e.offset_m,
                    width_m: e.width_m,
                })
                .collect(),
            underlay: Default::default(),
        }
    }
}
