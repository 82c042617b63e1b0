//! Colours and sizes of the floor drawing.

use crate::model::{BoothStatus, ObstacleKind, Sector};
use egui::Color32;

/// How booths are coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum ColorBy {
    /// By the sector the booth is sold in.
    #[default]
    Sector,
    /// By sales status.
    Status,
}

/// The sector's own colour.
pub fn sector_color(sector: &Sector) -> Color32 {
    let [r, g, b] = sector.color;
    Color32::from_rgb(r, g, b)
}

/// Fill of a booth in a sector: the sector colour, lightened.
pub fn booth_fill_for_sector(sector: &Sector) -> Color32 {
    let [r, g, b] = sector.color;
    let mix = |c: u8| ((u16::from(c) + 2 * 255) / 3) as u8;
    Color32::from_rgb(mix(r), mix(g), mix(b))
}

/// Fill of a booth with this status.
pub const fn status_color(status: BoothStatus) -> Color32 {
    match status {
        BoothStatus::Available => Color32::from_rgb(190, 230, 190),
        BoothStatus::OnHold => Color32::from_rgb(250, 214, 140),
        BoothStatus::Reserved => Color32::from_rgb(160, 200, 245),
        BoothStatus::Sold => Color32::from_rgb(170, 170, 185),
    }
}

/// Tint of a sector region on the floor.
pub fn sector_tint(sector: &Sector) -> Color32 {
    let [r, g, b] = sector.color;
    Color32::from_rgba_unmultiplied(r, g, b, 36)
}

/// Fill of an obstacle.
pub const fn obstacle_fill(kind: ObstacleKind) -> Color32 {
    match kind {
        ObstacleKind::Column => Color32::from_rgb(70, 70, 75),
        ObstacleKind::Stage => Color32::from_rgb(120, 95, 150),
        ObstacleKind::Service => Color32::from_rgb(150, 150, 150),
    }
}

/// Booth outline.
pub const BOOTH_EDGE: Color32 = Color32::from_rgb(70, 75, 90);
/// Booth text.
pub const BOOTH_TEXT: Color32 = Color32::from_rgb(20, 20, 28);
/// Hall floor.
pub const HALL_FLOOR: Color32 = Color32::from_rgb(250, 250, 247);
/// Hall walls.
pub const HALL_WALL: Color32 = Color32::from_rgb(40, 40, 48);
/// Background outside the halls.
pub const OUTSIDE: Color32 = Color32::from_rgb(214, 216, 222);
/// Grid lines.
pub const GRID: Color32 = Color32::from_rgba_premultiplied(0, 0, 0, 18);
/// Exits and their clear zones.
pub const EXIT: Color32 = Color32::from_rgb(30, 160, 70);
/// A clear zone in front of an exit.
pub const EXIT_ZONE: Color32 = Color32::from_rgba_premultiplied(20, 110, 45, 60);
/// Errors.
pub const ERROR: Color32 = Color32::from_rgb(220, 30, 30);
/// Error areas (overlaps, blocked zones).
pub const ERROR_FILL: Color32 = Color32::from_rgba_premultiplied(160, 20, 20, 110);
/// Warnings.
pub const WARNING: Color32 = Color32::from_rgb(235, 140, 0);
/// Selection highlight.
pub const SELECTED: Color32 = Color32::from_rgb(0, 110, 255);
/// Hover highlight.
pub const HOVERED: Color32 = Color32::from_rgb(0, 160, 255);
/// Selection rectangle fill.
pub const MARQUEE_FILL: Color32 = Color32::from_rgba_premultiplied(0, 60, 140, 40);
/// The venue's drawing under the plan: faint, so it never reads as part of the plan.
pub const UNDERLAY: Color32 = Color32::from_rgba_premultiplied(45, 60, 95, 95);
