//! Colours and line weights shared by the drawings.

use super::ColorBy;
use crate::model::{Booth, BoothStatus, Plan};

/// Text colour.
pub const INK: [u8; 3] = [34, 34, 34];
/// Secondary text and thin lines.
pub const GREY: [u8; 3] = [110, 110, 110];
/// Hall walls.
pub const WALL: [u8; 3] = [40, 40, 40];
/// Exits and their clear zones.
pub const EXIT_GREEN: [u8; 3] = [26, 143, 60];
/// Structural columns.
pub const COLUMN: [u8; 3] = [85, 85, 85];
/// Stage and forum areas, under their hatching.
pub const STAGE: [u8; 3] = [222, 222, 222];
/// Service areas, under their hatching.
pub const SERVICE: [u8; 3] = [236, 236, 236];
/// Booths whose sector is missing (a broken reference) or unknown.
pub const NO_SECTOR: [u8; 3] = [200, 200, 200];

/// Opacity of a sector's region tint on the floor.
pub const REGION_OPACITY: f64 = 0.12;
/// How much of the sector colour a booth fill takes (the rest is white).
pub const BOOTH_TINT: f64 = 0.5;

/// Wall line width, mm on paper.
pub const WALL_MM: f64 = 0.6;
/// Booth outline width, mm on paper.
pub const BOOTH_LINE_MM: f64 = 0.2;
/// Door line width, mm on paper.
pub const DOOR_MM: f64 = 1.2;

/// Fill of a booth in status colouring.
pub const fn status_color(status: BoothStatus) -> [u8; 3] {
    match status {
        BoothStatus::Available => [255, 255, 255],
        BoothStatus::OnHold => [255, 236, 153],
        BoothStatus::Reserved => [255, 190, 120],
        BoothStatus::Sold => [236, 112, 99],
    }
}

/// `color` mixed with white: `share` of the colour (0–1), the rest white.
pub fn tint(color: [u8; 3], share: f64) -> [u8; 3] {
    color.map(|c| {
        let mixed = f64::from(c) * share + 255.0 * (1.0 - share);
        // Always within 0..=255: a convex combination of two bytes.
        mixed.round().clamp(0.0, 255.0) as u8
    })
}

/// `color` darkened: `share` of it, the rest black.
pub fn shade(color: [u8; 3], share: f64) -> [u8; 3] {
    color.map(|c| (f64::from(c) * share).round().clamp(0.0, 255.0) as u8)
}

/// The colour of the booth's sector, if the sector exists.
pub fn sector_color(plan: &Plan, booth: &Booth) -> Option<[u8; 3]> {
    plan.sector(booth.sector).map(|s| s.color)
}

/// Fill of a booth.
pub fn booth_fill(plan: &Plan, booth: &Booth, color_by: ColorBy) -> [u8; 3] {
    match color_by {
        ColorBy::Sector => sector_color(plan, booth).map_or(NO_SECTOR, |c| tint(c, BOOTH_TINT)),
        ColorBy::Status => status_color(booth.status),
    }
}

/// Outline of a booth: a dark shade of its sector colour.
pub fn booth_stroke(plan: &Plan, booth: &Booth) -> [u8; 3] {
    shade(sector_color(plan, booth).unwrap_or(NO_SECTOR), 0.55)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tint_and_shade_stay_in_range_and_hit_the_ends() {
        assert_eq!(tint([66, 133, 244], 1.0), [66, 133, 244]);
        assert_eq!(tint([66, 133, 244], 0.0), [255, 255, 255]);
        assert_eq!(tint([0, 0, 0], 0.5), [128, 128, 128]);
        assert_eq!(shade([200, 100, 0], 0.5), [100, 50, 0]);
    }

    #[test]
    fn every_status_has_its_own_colour() {
        let colors: Vec<_> = BoothStatus::ALL.map(status_color).to_vec();
        for (i, a) in colors.iter().enumerate() {
            for b in &colors[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
