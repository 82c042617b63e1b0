//! The plan: everything a planner lays out, as plain data.

use super::geom::{Point, Rect, Side};
use super::ids::{BoothId, ExhibitorId, ExitId, HallId, ObstacleId, SectorId};
use serde::{Deserialize, Serialize};

/// A whole exhibition floor plan.
///
/// Invariants (checked by [`Plan::check_integrity`], kept by every [`crate::edit::Edit`]):
/// ids are unique within each list, every list is sorted by id, and every reference
/// (a booth's sector and exhibitor, an exit's hall, an exhibitor's preferred sector) names
/// something that exists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Names and dates.
    pub meta: Meta,
    /// Limits and rule thresholds.
    pub settings: Settings,
    /// The halls: the floor that can be used at all.
    pub halls: Vec<Hall>,
    /// The sectors (themed zones) booths are sold in.
    pub sectors: Vec<Sector>,
    /// The companies that exhibit.
    pub exhibitors: Vec<Exhibitor>,
    /// The booths.
    pub booths: Vec<Booth>,
    /// Columns, stages, forum rooms and service areas: never rentable.
    pub obstacles: Vec<Obstacle>,
    /// Exits on hall walls.
    pub exits: Vec<Exit>,
}

/// What the plan is for.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Meta {
    /// Short name shown in the title bar.
    pub name: String,
    /// The event, e.g. "World Artificial Intelligence Conference 2023".
    pub event: String,
    /// The venue.
    pub venue: String,
    /// The show dates, free text such as "2023-07-06 – 2023-07-08".
    pub dates: String,
    /// Currency of booth prices, e.g. "CNY".
    pub currency: String,
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
        }
    }
}

/// A hall: a rectangle of usable floor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hall {
    /// Stable id.
    pub id: HallId,
    /// Name, e.g. "H1".
    pub name: String,
    /// Its walls.
    pub rect: Rect,
}

/// A sector: a themed zone made of one or more rectangular regions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sector {
    /// Stable id.
    pub id: SectorId,
    /// Short code used as the booth-number prefix, e.g. "A".
    pub code: String,
    /// English name, e.g. "Core technology".
    pub name_en: String,
    /// Chinese name, e.g. "核心技术".
    pub name_zh: String,
    /// Display colour (sRGB).
    pub color: [u8; 3],
    /// The floor it covers. Never empty.
    pub regions: Vec<Rect>,
}

impl Sector {
    /// Total area of the regions in m² (regions are expected not to overlap).
    pub fn area_m2(&self) -> f64 {
        self.regions.iter().map(Rect::area).sum()
    }

    /// Whether `rect` lies wholly within one region of this sector.
    pub fn contains_rect(&self, rect: &Rect) -> bool {
        self.regions.iter().any(|r| r.contains_rect(rect))
    }

    /// Whether the point lies in one of the regions.
    pub fn contains_point(&self, p: Point) -> bool {
        self.regions.iter().any(|r| r.contains_point(p))
    }

    /// Whether `query` (English or Chinese name, or the code) names this sector,
    /// ignoring case and surrounding space.
    pub fn matches_name(&self, query: &str) -> bool {
        let q = query.trim();
        !q.is_empty()
            && (q.eq_ignore_ascii_case(self.name_en.trim())
                || q == self.name_zh.trim()
                || q.eq_ignore_ascii_case(self.code.trim())
                || q.to_lowercase() == self.name_en.trim().to_lowercase())
    }
}

/// Where a booth stands in the sales workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum BoothStatus {
    /// Free to sell.
    Available,
    /// Held for a prospect.
    OnHold,
    /// Promised to an exhibitor, not yet paid.
    Reserved,
    /// Paid for.
    Sold,
}

impl BoothStatus {
    /// Every status, in workflow order.
    pub const ALL: [BoothStatus; 4] = [
        BoothStatus::Available,
        BoothStatus::OnHold,
        BoothStatus::Reserved,
        BoothStatus::Sold,
    ];

    /// Lower-case English label.
    pub const fn label(self) -> &'static str {
        match self {
            BoothStatus::Available => "available",
            BoothStatus::OnHold => "on hold",
            BoothStatus::Reserved => "reserved",
            BoothStatus::Sold => "sold",
        }
    }
}

/// A booth: a rectangle of floor sold to one exhibitor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Booth {
    /// Stable id.
    pub id: BoothId,
    /// Booth number shown to people, e.g. "A-012".
    pub number: String,
    /// Where it stands.
    pub rect: Rect,
    /// The sector it is sold in.
    pub sector: SectorId,
    /// Who has it, if anyone.
    pub exhibitor: Option<ExhibitorId>,
    /// Sales status.
    pub status: BoothStatus,
    /// Price of the whole booth, in the plan's currency.
    pub price: f64,
    /// Free notes.
    pub notes: String,
    /// A locked booth cannot be moved or resized on the canvas.
    pub locked: bool,
}

/// A width and depth in metres.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Size {
    /// East–west, metres.
    pub w: f64,
    /// North–south, metres.
    pub h: f64,
}

/// A company that exhibits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exhibitor {
    /// Stable id.
    pub id: ExhibitorId,
    /// Company name, in any script.
    pub name: String,
    /// Contact person or address.
    pub contact: String,
    /// The sector it asked for.
    pub preferred_sector: Option<SectorId>,
    /// The booth size it asked for.
    pub requested_size: Option<Size>,
    /// Launches a product for the first time at this show.
    pub first_launch: bool,
}

impl Exhibitor {
    /// An exhibitor known only by its name: no contact, no wishes, no first launch.
    pub fn new(id: ExhibitorId, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            contact: String::new(),
            preferred_sector: None,
            requested_size: None,
            first_launch: false,
        }
    }
}

/// What kind of obstacle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ObstacleKind {
    /// A structural column.
    Column,
    /// A stage or forum room.
    Stage,
    /// Toilets, catering, storage, technical rooms.
    Service,
}

impl ObstacleKind {
    /// Lower-case English label.
    pub const fn label(self) -> &'static str {
        match self {
            ObstacleKind::Column => "column",
            ObstacleKind::Stage => "stage",
            ObstacleKind::Service => "service area",
        }
    }
}

/// Floor that can never be rented.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Obstacle {
    /// Stable id.
    pub id: ObstacleId,
    /// What it is.
    pub kind: ObstacleKind,
    /// Label, e.g. "Forum stage 2".
    pub name: String,
    /// The floor it takes.
    pub rect: Rect,
}

/// A door in a hall wall.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exit {
    /// Stable id.
    pub id: ExitId,
    /// Label, e.g. "E3".
    pub name: String,
    /// The hall whose wall it is in.
    pub hall: HallId,
    /// Which wall.
    pub wall: Side,
    /// Distance from the wall's west or north end to the door's near edge, metres.
    pub offset_m: f64,
    /// Clear width of the door, metres.
    pub width_m: f64,
}

impl Exit {
    /// The door opening as a line from one jamb to the other, given its hall.
    pub fn door(&self, hall: &Hall) -> (Point, Point) {
        let r = hall.rect;
        let (a, b) = (self.offset_m, self.offset_m + self.width_m);
        match self.wall {
            Side::North => (Point::new(r.x() + a, r.y()), Point::new(r.x() + b, r.y())),
            Side::South => (
                Point::new(r.x() + a, r.max_y()),
                Point::new(r.x() + b, r.max_y()),
            ),
            Side::West => (Point::new(r.x(), r.y() + a), Point::new(r.x(), r.y() + b)),
            Side::East => (
                Point::new(r.max_x(), r.y() + a),
                Point::new(r.max_x(), r.y() + b),
            ),
        }
    }

    /// The zone inside the hall in front of the door that must stay clear: as wide as the
    /// door and `depth` metres deep.
    pub fn clear_zone(&self, hall: &Hall, depth: f64) -> Option<Rect> {
        let (a, b) = self.door(hall);
        match self.wall {
            Side::North => Rect::new(a.x, a.y, self.width_m, depth).ok(),
            Side::South => Rect::new(a.x, a.y - depth, self.width_m, depth).ok(),
            Side::West => Rect::new(a.x, a.y, depth, self.width_m).ok(),
            Side::East => Rect::new(b.x - depth, a.y, depth, self.width_m).ok(),
        }
    }
}

/// Finds an item by id in a list sorted by id.
fn find_sorted<T, K: Ord>(items: &[T], key: K, id_of: impl Fn(&T) -> K) -> Option<usize> {
    items.binary_search_by(|item| id_of(item).cmp(&key)).ok()
}

impl Plan {
    /// An empty plan with one hall of the given size and the four default sectors
    /// splitting it into quarters.
    pub fn empty(name: &str, hall_w: f64, hall_h: f64) -> Result<Plan, super::GeomError> {
        let hall = Rect::new(0.0, 0.0, hall_w, hall_h)?;
        let half_w = hall_w / 2.0;
        let half_h = hall_h / 2.0;
        let quarters = [
            Rect::new(0.0, 0.0, half_w, half_h)?,
            Rect::new(half_w, 0.0, half_w, half_h)?,
            Rect::new(0.0, half_h, half_w, half_h)?,
            Rect::new(half_w, half_h, half_w, half_h)?,
        ];
        let sectors = super::default_sectors()
            .into_iter()
            .zip(quarters)
            .map(|(mut s, q)| {
                s.regions = vec![q];
                s
            })
            .collect();
        Ok(Plan {
            meta: Meta {
                name: name.to_owned(),
                currency: "CNY".to_owned(),
                ..Meta::default()
            },
            settings: Settings::default(),
            halls: vec![Hall {
                id: HallId(1),
                name: "Hall 1".to_owned(),
                rect: hall,
            }],
            sectors,
            exhibitors: Vec::new(),
            booths: Vec::new(),
            obstacles: Vec::new(),
            exits: Vec::new(),
        })
    }

    /// Index of the booth with this id in [`Plan::booths`].
    pub fn booth_index(&self, id: BoothId) -> Option<usize> {
        find_sorted(&self.booths, id, |b| b.id)
    }
    /// The booth with this id.
    pub fn booth(&self, id: BoothId) -> Option<&Booth> {
        self.booth_index(id).map(|i| &self.booths[i])
    }
    /// The booth with this id, to change.
    pub fn booth_mut(&mut self, id: BoothId) -> Option<&mut Booth> {
        self.booth_index(id).map(|i| &mut self.booths[i])
    }
    /// Index of the exhibitor with this id in [`Plan::exhibitors`].
    pub fn exhibitor_index(&self, id: ExhibitorId) -> Option<usize> {
        find_sorted(&self.exhibitors, id, |e| e.id)
    }
    /// The exhibitor with this id.
    pub fn exhibitor(&self, id: ExhibitorId) -> Option<&Exhibitor> {
        self.exhibitor_index(id).map(|i| &self.exhibitors[i])
    }
    /// The sector with this id.
    pub fn sector(&self, id: SectorId) -> Option<&Sector> {
        find_sorted(&self.sectors, id, |s| s.id).map(|i| &self.sectors[i])
    }
    /// The obstacle with this id.
    pub fn obstacle(&self, id: ObstacleId) -> Option<&Obstacle> {
        find_sorted(&self.obstacles, id, |o| o.id).map(|i| &self.obstacles[i])
    }
    /// The hall with this id.
    pub fn hall(&self, id: HallId) -> Option<&Hall> {
        find_sorted(&self.halls, id, |h| h.id).map(|i| &self.halls[i])
    }

    /// The sector whose region holds the point, if any.
    pub fn sector_at(&self, p: Point) -> Option<&Sector> {
        self.sectors.iter().find(|s| s.contains_point(p))
    }

    /// The sector named by `query` in English or Chinese (or by its code), ignoring case.
    pub fn sector_by_name(&self, query: &str) -> Option<&Sector> {
        self.sectors.iter().find(|s| s.matches_name(query))
    }

    /// The hall that wholly holds `rect`, if any.
    pub fn hall_containing(&self, rect: &Rect) -> Option<&Hall> {
        self.halls.iter().find(|h| h.rect.contains_rect(rect))
    }

    /// An id no booth has yet (one past the largest).
    pub fn next_booth_id(&self) -> BoothId {
        BoothId(self.booths.last().map_or(1, |b| b.id.0.saturating_add(1)))
    }
    /// An id no exhibitor has yet (one past the largest).
    pub fn next_exhibitor_id(&self) -> ExhibitorId {
        ExhibitorId(
            self.exhibitors
                .last()
                .map_or(1, |e| e.id.0.saturating_add(1)),
        )
    }

    /// The next free booth number in a sector: its code, a dash and one more than the
    /// highest number used there, three digits wide (e.g. `A-013`).
    pub fn next_booth_number(&self, sector: SectorId) -> String {
        let code = self.sector(sector).map_or("X", |s| s.code.as_str());
        let prefix = format!("{code}-");
        let highest = self
            .booths
            .iter()
            .filter_map(|b| b.number.strip_prefix(&prefix))
            .filter_map(|n| n.parse::<u32>().ok())
            .max()
            .unwrap_or(0);
        format!("{prefix}{:03}", highest + 1)
    }

    /// The bounding box of all halls (the drawing's extent), if there is any hall.
    pub fn extent(&self) -> Option<Rect> {
        let mut halls = self.halls.iter().map(|h| h.rect);
        let first = halls.next()?;
        Some(halls.fold(first, |acc, r| acc.union(&r)))
    }

    /// Name of the exhibitor a booth is assigned to, or "" when none.
    pub fn exhibitor_name(&self, booth: &Booth) -> &str {
        booth
            .exhibitor
            .and_then(|id| self.exhibitor(id))
            .map_or("", |e| e.name.as_str())
    }
}
