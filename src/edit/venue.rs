//! Builders for the edits that change the venue: halls, sectors and their regions,
//! columns, stages and service areas, exits, the settings and the plan's details. Each
//! turns one gesture into one [`Edit`], or says why it cannot.

use super::{Change, Edit, Step};
use crate::model::{
    EPS, Exit, ExitId, Hall, HallId, Meta, NumericSetting, Obstacle, ObstacleId, ObstacleKind,
    Outline, OutlineError, Plan, Point, Rect, Sector, SectorId, Sprinklers, default_sectors_over,
    exit_width_per_100_for_floor,
};
use geo::BooleanOps;
use thiserror::Error;

/// Why a venue edit cannot be made. Nothing is changed.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum VenueError {
    /// The outline would not be a simple polygon.
    #[error("{0}")]
    Outline(#[from] OutlineError),
    /// The hall, sector, obstacle or exit is not in the plan.
    #[error("{0} does not exist")]
    Missing(String),
    /// A sector still in use cannot be deleted.
    #[error("sector {code} has {booths} booths and {exhibitors} exhibitors asking for it")]
    SectorInUse {
        /// The sector's code.
        code: String,
        /// Booths sold in it.
        booths: usize,
        /// Exhibitors that ask for it.
        exhibitors: usize,
    },
    /// A setting outside its range.
    #[error("{setting} must be from {min} to {max}")]
    OutOfRange {
        /// The setting's field name.
        setting: &'static str,
        /// The smallest value allowed.
        min: f64,
        /// The largest value allowed.
        max: f64,
    },
    /// The column grid would place no column inside the hall.
    #[error("no new column of that grid fits inside the hall")]
    NoColumns,
    /// A door does not fit on the wall.
    #[error("a {width:.2} m door does not fit on a {length:.2} m wall")]
    DoorTooWide {
        /// The door's width, metres.
        width: f64,
        /// The wall's length, metres.
        length: f64,
    },
    /// Nothing would change.
    #[error("nothing to change")]
    Unchanged,
}

fn next_id<T>(items: &[T], id_of: impl Fn(&T) -> u32) -> u32 {
    items.last().map_or(1, |x| id_of(x).saturating_add(1))
}

/// The id a new hall gets.
pub fn next_hall_id(plan: &Plan) -> HallId {
    HallId(next_id(&plan.halls, |h| h.id.0))
}

/// The id a new sector gets.
pub fn next_sector_id(plan: &Plan) -> SectorId {
    SectorId(next_id(&plan.sectors, |s| s.id.0))
}

/// The id a new obstacle gets.
pub fn next_obstacle_id(plan: &Plan) -> ObstacleId {
    ObstacleId(next_id(&plan.obstacles, |o| o.id.0))
}

/// The id a new exit gets.
pub fn next_exit_id(plan: &Plan) -> ExitId {
    ExitId(next_id(&plan.exits, |e| e.id.0))
}

fn hall(plan: &Plan, id: HallId) -> Result<&Hall, VenueError> {
    plan.hall(id)
        .ok_or_else(|| VenueError::Missing(format!("hall {id}")))
}

/// A new hall with these walls, named `name` (or "H<n>", as venues name their halls). On a floor with no sector
/// yet, the four default sectors split it into quarters, for the planner to repaint.
/// Returns the edit and the new hall's id.
pub fn add_hall(plan: &Plan, outline: Outline, name: Option<String>) -> (Edit, HallId) {
    let id = next_hall_id(plan);
    let name = name
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| format!("H{}", id.0));
    let mut changes = Vec::new();
    if plan.sectors.is_empty() {
        changes.extend(
            default_sectors_over(&outline)
                .into_iter()
                .map(Change::PutSector),
        );
    }
    changes.push(Change::PutHall(Hall {
        id,
        name: name.clone(),
        outline,
    }));
    (Edit::new(Step::AddHall(name), changes), id)
}

/// Where each exit of `hall` lands when its walls become `outline`: exits keep their
/// wall when the corners keep their number (`same_walls`), sliding back onto the wall
/// if it got too short; otherwise each door goes to the new wall nearest its middle.
fn exits_on_new_walls(
    plan: &Plan,
    hall: &Hall,
    outline: &Outline,
    same_walls: bool,
) -> Vec<Change> {
    plan.exits
        .iter()
        .filter(|e| e.hall == hall.id)
        .filter_map(|exit| {
            let (wall, along) = if same_walls {
                (exit.wall, exit.offset_m + exit.width_m / 2.0)
            } else {
                let middle = exit.middle(hall)?;
                let near = outline.nearest_wall(middle)?;
                (near.wall, near.along)
            };
            let length = outline.wall_length(wall);
            let offset_m = if length >= exit.width_m {
                (along - exit.width_m / 2.0).clamp(0.0, length - exit.width_m)
            } else {
                exit.offset_m
            };
            let moved = Exit {
                wall,
                offset_m,
                ..exit.clone()
            };
            (moved != *exit).then_some(Change::PutExit(moved))
        })
        .collect()
}

/// One step giving hall `id` the walls `outline`, its exits kept on their walls.
fn reshape(
    plan: &Plan,
    id: HallId,
    outline: Outline,
    same_walls: bool,
) -> Result<Edit, VenueError> {
    let old = hall(plan, id)?;
    if old.outline == outline {
        return Err(VenueError::Unchanged);
    }
    let mut changes = exits_on_new_walls(plan, old, &outline, same_walls);
    changes.push(Change::PutHall(Hall {
        outline,
        ..old.clone()
    }));
    Ok(Edit::new(Step::ReshapeHall(old.name.clone()), changes))
}

/// Moves corner `k` of hall `id` to `to`.
pub fn move_hall_corner(plan: &Plan, id: HallId, k: usize, to: Point) -> Result<Edit, VenueError> {
    let outline = hall(plan, id)?.outline.with_corner_moved(k, to)?;
    reshape(plan, id, outline, true)
}

/// Adds a corner at `at` on wall `wall` of hall `id`.
pub fn add_hall_corner(
    plan: &Plan,
    id: HallId,
    wall: usize,
    at: Point,
) -> Result<Edit, VenueError> {
    let outline = hall(plan, id)?.outline.with_corner_added(wall, at)?;
    reshape(plan, id, outline, false)
}

/// Takes corner `k` away from hall `id`.
pub fn remove_hall_corner(plan: &Plan, id: HallId, k: usize) -> Result<Edit, VenueError> {
    let outline = hall(plan, id)?.outline.with_corner_removed(k)?;
    reshape(plan, id, outline, false)
}

/// Gives hall `id` wholly new walls (typed corners, say); its exits go to the nearest
/// new wall.
pub fn set_hall_outline(plan: &Plan, id: HallId, outline: Outline) -> Result<Edit, VenueError> {
    let same = hall(plan, id)?.outline.len() == outline.len();
    reshape(plan, id, outline, same)
}

/// Moves hall `id` by (`dx`, `dy`) with everything wholly inside it: its booths,
/// columns, stages and service areas, and the sector regions within its walls (exits
/// move with their walls).
pub fn move_hall(plan: &Plan, id: HallId, dx: f64, dy: f64) -> Result<Edit, VenueError> {
    let old = hall(plan, id)?;
    if dx == 0.0 && dy == 0.0 {
        return Err(VenueError::Unchanged);
    }
    let outline = old
        .outline
        .translated(dx, dy)
        .ok_or_else(|| VenueError::Missing("room for the hall there".to_owned()))?;
    let inside = |r: &Rect| old.outline.contains_rect(r);
    let mut changes = Vec::new();
    for booth in plan.booths.iter().filter(|b| inside(&b.rect)) {
        if let Some(rect) = booth.rect.translated(dx, dy) {
            changes.push(Change::PutBooth(crate::model::Booth {
                rect,
                ..booth.clone()
            }));
        }
    }
    for obstacle in plan.obstacles.iter().filter(|o| inside(&o.rect)) {
        if let Some(rect) = obstacle.rect.translated(dx, dy) {
            changes.push(Change::PutObstacle(Obstacle {
                rect,
                ..obstacle.clone()
            }));
        }
    }
    for sector in &plan.sectors {
        let regions: Vec<Outline> = sector
            .regions
            .iter()
            .map(|r| {
                if inside(&r.bounds()) || r.bounds().expanded(-EPS).is_some_and(|b| inside(&b)) {
                    r.translated(dx, dy).unwrap_or_else(|| r.clone())
                } else {
                    r.clone()
                }
            })
            .collect();
        if regions != sector.regions {
            changes.push(Change::PutSector(Sector {
                regions,
                ..sector.clone()
            }));
        }
    }
    changes.push(Change::PutHall(Hall {
        outline,
        ..old.clone()
    }));
    Ok(Edit::new(Step::MoveHall(old.name.clone()), changes))
}

/// Renames hall `id`.
pub fn rename_hall(plan: &Plan, id: HallId, name: &str) -> Result<Edit, VenueError> {
    let old = hall(plan, id)?;
    if old.name == name {
        return Err(VenueError::Unchanged);
    }
    Ok(Edit::new(
        Step::RenameHall(old.name.clone()),
        vec![Change::PutHall(Hall {
            name: name.to_owned(),
            ..old.clone()
        })],
    ))
}

/// Deletes hall `id` with its exits and the obstacles standing wholly in it. Booths on
/// it stay (the rules then report them outside every hall).
pub fn delete_hall(plan: &Plan, id: HallId) -> Result<Edit, VenueError> {
    let old = hall(plan, id)?;
    let mut changes: Vec<Change> = plan
        .exits
        .iter()
        .filter(|e| e.hall == id)
        .map(|e| Change::RemoveExit(e.id))
        .collect();
    changes.extend(
        plan.obstacles
            .iter()
            .filter(|o| old.outline.contains_rect(&o.rect))
            .map(|o| Change::RemoveObstacle(o.id)),
    );
    changes.push(Change::RemoveHall(id));
    Ok(Edit::new(Step::DeleteHall(old.name.clone()), changes))
}

/// A new sector with no region yet. Returns the edit and its id.
pub fn add_sector(
    plan: &Plan,
    code: &str,
    name_en: &str,
    name_zh: &str,
    color: [u8; 3],
) -> (Edit, SectorId) {
    let id = next_sector_id(plan);
    let sector = Sector {
        id,
        code: code.to_owned(),
        name_en: name_en.to_owned(),
        name_zh: name_zh.to_owned(),
        color,
        regions: Vec::new(),
        numbered_up_to: 0,
    };
    (
        Edit::new(
            Step::AddSector(code.to_owned()),
            vec![Change::PutSector(sector)],
        ),
        id,
    )
}

/// Replaces a sector's code, names or colour (its regions as given).
pub fn update_sector(plan: &Plan, sector: Sector) -> Result<Edit, VenueError> {
    let old = plan
        .sector(sector.id)
        .ok_or_else(|| VenueError::Missing(format!("sector {}", sector.id)))?;
    if *old == sector {
        return Err(VenueError::Unchanged);
    }
    Ok(Edit::new(
        Step::ChangeSector(old.code.clone()),
        vec![Change::PutSector(sector)],
    ))
}

/// Deletes a sector no booth is sold in and no exhibitor asks for.
pub fn delete_sector(plan: &Plan, id: SectorId) -> Result<Edit, VenueError> {
    let old = plan
        .sector(id)
        .ok_or_else(|| VenueError::Missing(format!("sector {id}")))?;
    let booths = plan.booths.iter().filter(|b| b.sector == id).count();
    let exhibitors = (plan.exhibitors.iter())
        .filter(|e| e.preferred_sector == Some(id))
        .count();
    if booths + exhibitors > 0 {
        return Err(VenueError::SectorInUse {
            code: old.code.clone(),
            booths,
            exhibitors,
        });
    }
    Ok(Edit::new(
        Step::DeleteSector(old.code.clone()),
        vec![Change::RemoveSector(id)],
    ))
}

/// The floor `a` and `b` share, as simple outlines.
pub(super) fn common_part(a: &Outline, b: &Outline) -> Vec<Outline> {
    a.polygon()
        .intersection(b.polygon())
        .0
        .iter()
        .flat_map(|p| outlines_of(p, 0))
        .collect()
}

/// Simple outlines covering a `geo` polygon that may have holes: each hole is cut away
/// by splitting the polygon in two through it, as often as needed.
fn outlines_of(polygon: &geo::Polygon<f64>, depth: u32) -> Vec<Outline> {
    let corners = |ring: &geo::LineString<f64>| -> Vec<Point> {
        let points: Vec<Point> = ring.0.iter().map(|c| Point::new(c.x, c.y)).collect();
        Outline::tidied(&points)
    };
    let Some(hole) = polygon.interiors().first() else {
        return Outline::new(corners(polygon.exterior()))
            .ok()
            .filter(|o| o.area() >= 0.01)
            .into_iter()
            .collect();
    };
    if depth > 16 {
        return Vec::new();
    }
    let hole_x = hole.0.iter().map(|c| c.x).sum::<f64>() / hole.0.len().max(1) as f64;
    let Some(bounds) = Outline::new(corners(polygon.exterior()))
        .ok()
        .map(|o| o.bounds())
    else {
        return Vec::new();
    };
    let halves = [
        Rect::new(
            bounds.x() - 1.0,
            bounds.y() - 1.0,
            hole_x - bounds.x() + 1.0,
            bounds.h() + 2.0,
        ),
        Rect::new(
            hole_x,
            bounds.y() - 1.0,
            bounds.max_x() - hole_x + 1.0,
            bounds.h() + 2.0,
        ),
    ];
    halves
        .into_iter()
        .flatten()
        .flat_map(|half| {
            let cut = polygon.intersection(&crate::model::rect_polygon(&half));
            cut.0
                .iter()
                .flat_map(|p| outlines_of(p, depth + 1))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Paints `area` into sector `id`: the part of it inside the halls becomes regions of
/// the sector and is taken out of every other sector's regions (a stretch of floor
/// belongs to one sector).
pub fn paint_region(plan: &Plan, id: SectorId, area: &Outline) -> Result<Edit, VenueError> {
    let target = plan
        .sector(id)
        .ok_or_else(|| VenueError::Missing(format!("sector {id}")))?;
    let in_halls: Vec<Outline> = plan
        .halls
        .iter()
        .flat_map(|h| common_part(&h.outline, area))
        .collect();
    if in_halls.is_empty() {
        return Err(VenueError::Missing(
            "hall floor under the region".to_owned(),
        ));
    }
    let mut changes = Vec::new();
    for sector in &plan.sectors {
        let regions: Vec<Outline> = if sector.id == id {
            let mut kept = cut_away(&sector.regions, &in_halls);
            kept.extend(in_halls.iter().cloned());
            kept
        } else {
            cut_away(&sector.regions, &in_halls)
        };
        if regions != sector.regions {
            changes.push(Change::PutSector(Sector {
                regions,
                ..sector.clone()
            }));
        }
    }
    Ok(Edit::new(Step::PaintRegion(target.code.clone()), changes))
}

/// `regions` with `cuts` taken away; regions the cuts miss stay exactly as they were.
fn cut_away(regions: &[Outline], cuts: &[Outline]) -> Vec<Outline> {
    let mut out = Vec::new();
    for region in regions {
        let touched = cuts.iter().any(|c| c.bounds().overlaps(&region.bounds()));
        if !touched {
            out.push(region.clone());
            continue;
        }
        let mut rest = geo::MultiPolygon::new(vec![region.polygon().clone()]);
        for cut in cuts {
            rest = rest.difference(cut.polygon());
        }
        out.extend(rest.0.iter().flat_map(|p| outlines_of(p, 0)));
    }
    out
}

/// Deletes region `index` of sector `id`.
pub fn delete_region(plan: &Plan, id: SectorId, index: usize) -> Result<Edit, VenueError> {
    let sector = plan
        .sector(id)
        .ok_or_else(|| VenueError::Missing(format!("sector {id}")))?;
    if index >= sector.regions.len() {
        return Err(VenueError::Missing(format!(
            "region {index} of sector {id}"
        )));
    }
    let mut regions = sector.regions.clone();
    regions.remove(index);
    Ok(Edit::new(
        Step::DeleteRegion(sector.code.clone()),
        vec![Change::PutSector(Sector {
            regions,
            ..sector.clone()
        })],
    ))
}

/// A column grid for one hall: columns `size` metres square every `spacing` metres
/// (east–west, north–south), the first grid line `offset` metres from the hall's
/// north-west corner of its box; only columns wholly inside the hall are placed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ColumnGrid {
    /// Distance between column centres, east–west and north–south, metres.
    pub spacing: (f64, f64),
    /// Side of a column, metres.
    pub size: f64,
    /// Where the first column centre lies from the box's north-west corner, metres.
    pub offset: (f64, f64),
}

/// The most columns one grid may place.
pub const MAX_GRID_COLUMNS: usize = 20_000;

impl ColumnGrid {
    /// The footprints of the columns in `hall`, row by row from the north-west.
    pub fn footprints(&self, hall: &Outline) -> Vec<Rect> {
        let b = hall.bounds();
        let (sx, sy) = self.spacing;
        if !(sx > 0.0 && sy > 0.0 && self.size > 0.0) {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut y = b.y() + self.offset.1.rem_euclid(sy);
        while y <= b.max_y() && out.len() < MAX_GRID_COLUMNS {
            let mut x = b.x() + self.offset.0.rem_euclid(sx);
            while x <= b.max_x() && out.len() < MAX_GRID_COLUMNS {
                let half = self.size / 2.0;
                if let Ok(r) = Rect::new(x - half, y - half, self.size, self.size)
                    && hall.contains_rect(&r)
                {
                    out.push(r);
                }
                x += sx;
            }
            y += sy;
        }
        out
    }
}

/// Row letters for column names: A–Z, then AA, AB, ….
fn row_name(row: usize) -> String {
    let mut n = row + 1;
    let mut name = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        name.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// Places the columns of `grid` in hall `id`, named `C-<row letter><column number>`
/// (rows by north–south position), in one step; where a column of the same size already
/// stands, none is added.
pub fn add_column_grid(plan: &Plan, id: HallId, grid: &ColumnGrid) -> Result<Edit, VenueError> {
    let hall = hall(plan, id)?;
    // A column already standing where the grid puts one is not placed twice.
    let standing = |r: &Rect| {
        plan.obstacles.iter().any(|o| {
            o.kind == ObstacleKind::Column
                && (o.rect.x() - r.x()).abs() < EPS
                && (o.rect.y() - r.y()).abs() < EPS
                && (o.rect.w() - r.w()).abs() < EPS
                && (o.rect.h() - r.h()).abs() < EPS
        })
    };
    let footprints: Vec<Rect> = grid
        .footprints(&hall.outline)
        .into_iter()
        .filter(|r| !standing(r))
        .collect();
    if footprints.is_empty() {
        return Err(VenueError::NoColumns);
    }
    let mut next = next_obstacle_id(plan).0;
    let (mut row, mut col, mut last_y) = (0usize, 0usize, footprints[0].y());
    let mut changes = Vec::with_capacity(footprints.len());
    for rect in &footprints {
        if (rect.y() - last_y).abs() > EPS {
            row += 1;
            col = 0;
            last_y = rect.y();
        }
        col += 1;
        changes.push(Change::PutObstacle(Obstacle {
            id: ObstacleId(next),
            kind: ObstacleKind::Column,
            name: format!("C-{}{col}", row_name(row)),
            rect: *rect,
        }));
        next = next.saturating_add(1);
    }
    Ok(Edit::new(
        Step::AddColumns {
            count: changes.len(),
            hall: hall.name.clone(),
        },
        changes,
    ))
}

/// A new column, stage or service area. Returns the edit and its id.
pub fn add_obstacle(plan: &Plan, kind: ObstacleKind, name: &str, rect: Rect) -> (Edit, ObstacleId) {
    let id = next_obstacle_id(plan);
    let obstacle = Obstacle {
        id,
        kind,
        name: name.to_owned(),
        rect,
    };
    (
        Edit::new(
            Step::AddObstacle(kind, name.to_owned()),
            vec![Change::PutObstacle(obstacle)],
        ),
        id,
    )
}

/// Replaces an obstacle with a changed copy (moved, resized, renamed, another kind).
pub fn update_obstacle(plan: &Plan, obstacle: Obstacle) -> Result<Edit, VenueError> {
    let old = plan
        .obstacle(obstacle.id)
        .ok_or_else(|| VenueError::Missing(format!("obstacle {}", obstacle.id)))?;
    if *old == obstacle {
        return Err(VenueError::Unchanged);
    }
    Ok(Edit::new(
        Step::ChangeObstacle(old.kind, old.name.clone()),
        vec![Change::PutObstacle(obstacle)],
    ))
}

/// Deletes the obstacles.
pub fn delete_obstacles(plan: &Plan, ids: &[ObstacleId]) -> Result<Edit, VenueError> {
    let changes: Vec<Change> = ids
        .iter()
        .filter(|id| plan.obstacle(**id).is_some())
        .map(|id| Change::RemoveObstacle(*id))
        .collect();
    if changes.is_empty() {
        return Err(VenueError::Unchanged);
    }
    Ok(Edit::new(Step::DeleteObstacles(changes.len()), changes))
}

/// A new exit `width` metres wide on wall `wall` of hall `hall_id`, centred `along`
/// metres from the wall's first corner (kept on the wall), named `name` (or "E<n>").
pub fn add_exit(
    plan: &Plan,
    hall_id: HallId,
    wall: usize,
    along: f64,
    width: f64,
    name: Option<String>,
) -> Result<(Edit, ExitId), VenueError> {
    let hall = hall(plan, hall_id)?;
    let length = hall.outline.wall_length(wall);
    if width.is_nan() || width <= 0.0 || width > length {
        return Err(VenueError::DoorTooWide { width, length });
    }
    let id = next_exit_id(plan);
    let name = name
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| format!("E{}", id.0));
    let exit = Exit {
        id,
        name: name.clone(),
        hall: hall_id,
        wall,
        offset_m: (along - width / 2.0).clamp(0.0, length - width),
        width_m: width,
    };
    Ok((
        Edit::new(Step::AddExit(name), vec![Change::PutExit(exit)]),
        id,
    ))
}

/// Replaces an exit with a changed copy (moved along its wall, widened, renamed).
pub fn update_exit(plan: &Plan, exit: Exit) -> Result<Edit, VenueError> {
    let old = plan
        .exits
        .iter()
        .find(|e| e.id == exit.id)
        .ok_or_else(|| VenueError::Missing(format!("exit {}", exit.id)))?;
    if *old == exit {
        return Err(VenueError::Unchanged);
    }
    Ok(Edit::new(
        Step::ChangeExit(old.name.clone()),
        vec![Change::PutExit(exit)],
    ))
}

/// Deletes an exit.
pub fn delete_exit(plan: &Plan, id: ExitId) -> Result<Edit, VenueError> {
    let old = plan
        .exits
        .iter()
        .find(|e| e.id == id)
        .ok_or_else(|| VenueError::Missing(format!("exit {id}")))?;
    Ok(Edit::new(
        Step::DeleteExit(old.name.clone()),
        vec![Change::RemoveExit(id)],
    ))
}

/// Sets one numeric setting. Changing the floor level also sets the exit width per 100
/// persons to what GB 50016 asks on that floor.
pub fn set_setting(plan: &Plan, setting: NumericSetting, value: f64) -> Result<Edit, VenueError> {
    let range = setting.range();
    let Some(mut settings) = setting.set(&plan.settings, value) else {
        return Err(VenueError::OutOfRange {
            setting: setting.field(),
            min: range.min,
            max: range.max,
        });
    };
    if setting == NumericSetting::FloorLevel {
        settings.exit_width_per_100_m = exit_width_per_100_for_floor(settings.floor_level);
    }
    if settings == plan.settings {
        return Err(VenueError::Unchanged);
    }
    Ok(Edit::new(
        Step::ChangeSetting(setting),
        vec![Change::SetSettings(Box::new(settings))],
    ))
}

/// Sets which halls have sprinklers.
pub fn set_sprinklers(plan: &Plan, sprinklers: Sprinklers) -> Result<Edit, VenueError> {
    if plan.settings.sprinklers == sprinklers {
        return Err(VenueError::Unchanged);
    }
    let settings = crate::model::Settings {
        sprinklers,
        ..plan.settings.clone()
    };
    Ok(Edit::new(
        Step::ChangeSprinklers,
        vec![Change::SetSettings(Box::new(settings))],
    ))
}

/// Sets the plan's details.
pub fn set_meta(plan: &Plan, meta: Meta) -> Result<Edit, VenueError> {
    if plan.meta == meta {
        return Err(VenueError::Unchanged);
    }
    Ok(Edit::new(
        Step::ChangeDetails,
        vec![Change::SetMeta(Box::new(meta))],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Booth, BoothId, BoothStatus};

    fn p(x: f64, y: f64) -> Point {
        Point::new(x, y)
    }

    fn applied(plan: &Plan, edit: Edit) -> Plan {
        let mut after = plan.clone();
        edit.apply(&mut after).unwrap();
        after.check_integrity().unwrap();
        after
    }

    #[test]
    fn the_first_hall_on_an_empty_floor_gets_the_four_sectors() {
        let plan = Plan::blank("t");
        let (edit, id) = add_hall(&plan, Outline::l_shape(), None);
        let after = applied(&plan, edit);
        assert_eq!(after.hall(id).unwrap().name, "H1");
        assert_eq!(after.sectors.len(), 4);
        let covered: f64 = after.sectors.iter().map(|s| s.area_m2()).sum();
        assert!((covered - 1800.0).abs() < 1e-6, "{covered}");
        // The second hall gets no new sectors.
        let (edit, _) = add_hall(
            &after,
            Outline::rect(Rect::new(100.0, 0.0, 10.0, 10.0).unwrap()),
            Some("Foyer".into()),
        );
        let again = applied(&after, edit);
        assert_eq!(again.sectors.len(), 4);
        assert_eq!(again.halls[1].name, "Foyer");
    }

    fn with_exits(outline: Outline) -> Plan {
        let mut plan = Plan::blank("t");
        let (edit, id) = add_hall(&plan, outline, None);
        edit.apply(&mut plan).unwrap();
        for (wall, along) in [(0, 15.0), (2, 10.0), (5, 20.0)] {
            let (edit, _) = add_exit(&plan, id, wall, along, 2.0, None).unwrap();
            edit.apply(&mut plan).unwrap();
        }
        plan
    }

    #[test]
    fn exits_stay_on_their_walls_when_corners_come_and_go() {
        let plan = with_exits(Outline::l_shape());
        let middles: Vec<Point> = plan
            .exits
            .iter()
            .map(|e| e.middle(&plan.halls[0]).unwrap())
            .collect();
        // A corner added in the middle of the north wall: the door there lands on one
        // of the two halves, every door where it was.
        let edit = add_hall_corner(&plan, HallId(1), 0, p(20.0, 0.0)).unwrap();
        let after = applied(&plan, edit);
        assert_eq!(after.halls[0].outline.len(), 7);
        for (exit, before) in after.exits.iter().zip(&middles) {
            let now = exit.middle(&after.halls[0]).unwrap();
            assert!(now.distance(*before) < 1e-9, "{exit:?}");
        }
        // Taken away again: the same plan as before.
        let edit = remove_hall_corner(&after, HallId(1), 1).unwrap();
        assert_eq!(applied(&after, edit), plan);
        // Moving a corner keeps the doors on their walls and on the floor's edge.
        let edit = move_hall_corner(&plan, HallId(1), 2, p(35.0, 15.0)).unwrap();
        let after = applied(&plan, edit);
        for exit in &after.exits {
            assert!(exit.door(&after.halls[0]).is_some(), "{exit:?}");
        }
    }

    #[test]
    fn a_corner_that_would_make_the_walls_cross_is_refused() {
        let plan = with_exits(Outline::l_shape());
        let err = move_hall_corner(&plan, HallId(1), 2, p(70.0, 50.0)).unwrap_err();
        assert_eq!(err, VenueError::Outline(OutlineError::CrossesItself));
    }

    #[test]
    fn moving_a_hall_takes_what_stands_in_it() {
        let mut plan = Plan::empty("t", 40.0, 30.0).unwrap();
        plan.booths.push(Booth {
            id: BoothId(1),
            number: "A-001".into(),
            rect: Rect::new(5.0, 5.0, 3.0, 3.0).unwrap(),
            sector: SectorId(1),
            exhibitor: None,
            status: BoothStatus::Available,
            price: 0.0,
            notes: String::new(),
            locked: true,
        });
        let edit = move_hall(&plan, HallId(1), 100.0, 0.0).unwrap();
        let after = applied(&plan, edit);
        assert_eq!(after.booths[0].rect.x(), 105.0);
        assert_eq!(after.halls[0].bounds().x(), 100.0);
        assert!(
            after
                .sectors
                .iter()
                .all(|s| s.bounds().unwrap().x() >= 100.0)
        );
    }

    #[test]
    fn painting_a_region_takes_it_from_the_other_sectors() {
        let plan = Plan::empty("t", 60.0, 40.0).unwrap();
        // Paint the middle 20 × 10 m into sector D, reaching outside the hall too.
        let area = Outline::rect(Rect::new(20.0, 15.0, 20.0, 10.0).unwrap());
        let edit = paint_region(&plan, SectorId(4), &area).unwrap();
        let after = applied(&plan, edit);
        let areas: Vec<f64> = after.sectors.iter().map(Sector::area_m2).collect();
        assert!((areas[0] - (600.0 - 50.0)).abs() < 1e-6, "{areas:?}");
        assert!((areas[3] - (600.0 + 150.0)).abs() < 1e-6, "{areas:?}");
        let total: f64 = areas.iter().sum();
        assert!((total - 2400.0).abs() < 1e-6);
        // Painting a region strictly inside another cuts a hole: covered by simple
        // outlines, no area lost or counted twice.
        let hole = Outline::rect(Rect::new(5.0, 5.0, 4.0, 4.0).unwrap());
        let edit = paint_region(&after, SectorId(2), &hole).unwrap();
        let again = applied(&after, edit);
        let a: f64 = again.sectors[0].area_m2();
        assert!((a - (550.0 - 16.0)).abs() < 1e-6, "{a}");
        let total: f64 = again.sectors.iter().map(Sector::area_m2).sum();
        assert!((total - 2400.0).abs() < 1e-6);
        // Outside every hall there is nothing to paint.
        let outside = Outline::rect(Rect::new(100.0, 0.0, 5.0, 5.0).unwrap());
        assert!(paint_region(&plan, SectorId(1), &outside).is_err());
    }

    #[test]
    fn a_column_grid_fills_the_hall_and_stays_inside_it() {
        let mut plan = Plan::blank("t");
        let (edit, id) = add_hall(&plan, Outline::l_shape(), None);
        edit.apply(&mut plan).unwrap();
        let grid = ColumnGrid {
            spacing: (10.0, 10.0),
            size: 0.8,
            offset: (5.0, 5.0),
        };
        let edit = add_column_grid(&plan, id, &grid).unwrap();
        // Centres at x 5, 15, …, 55 and y 5, 15, 25, 35: in the L, 3 columns in each of
        // the two northern rows and 6 in each southern one.
        assert_eq!(edit.changes.len(), 18);
        assert_eq!(
            edit.step,
            Step::AddColumns {
                count: 18,
                hall: "H1".into()
            }
        );
        let after = applied(&plan, edit);
        assert_eq!(after.obstacles[0].name, "C-A1");
        assert_eq!(after.obstacles[17].name, "C-D6");
        let none = ColumnGrid {
            spacing: (100.0, 100.0),
            size: 0.8,
            offset: (-1.0, -1.0),
        };
        assert_eq!(
            add_column_grid(&plan, id, &none),
            Err(VenueError::NoColumns)
        );
        // The same grid again adds nothing: no column stands twice.
        assert_eq!(
            add_column_grid(&after, id, &grid),
            Err(VenueError::NoColumns)
        );
        assert_eq!(row_name(26), "AA");
    }

    #[test]
    fn settings_refuse_values_out_of_range_and_the_floor_sets_the_exit_width() {
        let plan = Plan::empty("t", 60.0, 40.0).unwrap();
        assert!(matches!(
            set_setting(&plan, NumericSetting::MinAisle, -1.0),
            Err(VenueError::OutOfRange { .. })
        ));
        let edit = set_setting(&plan, NumericSetting::FloorLevel, 4.0).unwrap();
        let after = applied(&plan, edit);
        assert_eq!(after.settings.floor_level, 4);
        assert_eq!(after.settings.exit_width_per_100_m, 1.0);
        assert_eq!(
            set_setting(&after, NumericSetting::FloorLevel, 4.0),
            Err(VenueError::Unchanged)
        );
    }
}
