//! The plan: everything a planner lays out, as plain data.

use super::geom::{Point, Rect, Side};
use super::ids::{BoothId, ExhibitorId, ExitId, HallId, ObstacleId, SectorId};
use super::outline::Outline;
use super::settings::Settings;
use super::underlay::Underlay;
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
    /// The rest of the venue's drawing, drawn under the plan; no rule reads it.
    pub underlay: Underlay,
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

/// A hall: an area of usable floor inside walls of any simple shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hall {
    /// Stable id.
    pub id: HallId,
    /// Name, e.g. "H1".
    pub name: String,
    /// Its walls: wall `k` runs from corner `k` to the next.
    pub outline: Outline,
}

impl Hall {
    /// The smallest rectangle holding the hall.
    pub fn bounds(&self) -> Rect {
        self.outline.bounds()
    }

    /// Floor area, m².
    pub fn area_m2(&self) -> f64 {
        self.outline.area()
    }
}

/// A sector: a themed zone made of regions of floor of any simple shape.
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
    /// The floor it covers (none yet for a sector just made).
    pub regions: Vec<Outline>,
    /// The highest booth number ever handed out in this sector, deleted booths
    /// included: new booths are numbered above it, so a number a contract may cite is
    /// never given to another booth unless the planner types it.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub numbered_up_to: u32,
}

/// Whether a count is zero (left out of saves).
fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Sector {
    /// Total area of the regions in m² (regions are expected not to overlap).
    pub fn area_m2(&self) -> f64 {
        self.regions.iter().map(Outline::area).sum()
    }

    /// Whether `rect` lies wholly within one region of this sector.
    pub fn contains_rect(&self, rect: &Rect) -> bool {
        self.regions.iter().any(|r| r.contains_rect(rect))
    }

    /// The smallest rectangle holding every region, if it has any.
    pub fn bounds(&self) -> Option<Rect> {
        self.regions
            .iter()
            .map(Outline::bounds)
            .reduce(|a, b| a.union(&b))
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

impl Size {
    /// Whether a booth of `rect` is this size, either way round (within a micrometre).
    pub fn fits(&self, rect: &Rect) -> bool {
        let close = |a: f64, b: f64| (a - b).abs() < 1e-6;
        let (w, h) = (rect.w(), rect.h());
        (close(w, self.w) && close(h, self.h)) || (close(w, self.h) && close(h, self.w))
    }
}

/// A company that exhibits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exhibitor {
    /// Stable id.
    pub id: ExhibitorId,
    /// Company name, in any script (for Chinese exhibitors, the Chinese name).
    pub name: String,
    /// The company's English name, where it has one besides `name` ("" for none).
    pub name_en: String,
    /// Its industry: exhibitors of one category are competitors ("" for none).
    pub category: String,
    /// Priority points: the more, the earlier it is served when booths are assigned.
    pub priority: f64,
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
            name_en: String::new(),
            category: String::new(),
            priority: 0.0,
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
    /// Which wall of the hall's outline: wall `k` runs from corner `k` to the next.
    pub wall: usize,
    /// Distance from the wall's first corner to the door's near jamb, metres.
    pub offset_m: f64,
    /// Clear width of the door, metres.
    pub width_m: f64,
}

impl Exit {
    /// The door opening as a line from one jamb to the other, given its hall; `None`
    /// when the hall has no such wall or the door does not fit on it.
    pub fn door(&self, hall: &Hall) -> Option<(Point, Point)> {
        let length = hall.outline.wall_length(self.wall);
        if self.offset_m < -super::EPS || self.offset_m + self.width_m > length + super::EPS {
            return None;
        }
        let a = hall.outline.point_on_wall(self.wall, self.offset_m)?;
        let b = hall
            .outline
            .point_on_wall(self.wall, self.offset_m + self.width_m)?;
        Some((a, b))
    }

    /// The door's middle, given its hall.
    pub fn middle(&self, hall: &Hall) -> Option<Point> {
        let (a, b) = self.door(hall)?;
        Some(Point::new((a.x + b.x) / 2.0, (a.y + b.y) / 2.0))
    }

    /// The zone inside the hall in front of the door that must stay clear: as wide as the
    /// door and `depth` metres deep, square to its wall (a rectangle on a straight wall,
    /// turned with the wall on a slanted one).
    pub fn clear_zone(&self, hall: &Hall, depth: f64) -> Option<Outline> {
        let (a, b) = self.door(hall)?;
        let n = hall.outline.inward_normal(self.wall)?;
        let inner = |p: Point| Point::new(p.x + n.x * depth, p.y + n.y * depth);
        if let Some(r) = Rect::from_corners(a, inner(b))
            && (n.x == 0.0 || n.y == 0.0)
        {
            return Some(Outline::rect(r));
        }
        Outline::new(vec![a, b, inner(b), inner(a)]).ok()
    }

    /// The wall and offset of a door on side `side` of a rectangular hall `rect`,
    /// `from_west_or_north` metres from that side's west or north end (the way a
    /// version-2 file and the generator place doors).
    pub fn on_rect_side(
        rect: &Rect,
        side: Side,
        from_west_or_north: f64,
        width: f64,
    ) -> (usize, f64) {
        // Outline::rect runs north-west, north-east, south-east, south-west: the south
        // and west walls run east to west and south to north.
        match side {
            Side::North => (0, from_west_or_north),
            Side::East => (1, from_west_or_north),
            Side::South => (2, rect.w() - from_west_or_north - width),
            Side::West => (3, rect.h() - from_west_or_north - width),
        }
    }
}

/// The number of a booth numbered `<prefix><n>` (e.g. 12 for `A-012` with `A-`).
pub fn booth_number_in(number: &str, prefix: &str) -> Option<u32> {
    number.strip_prefix(prefix)?.parse().ok()
}

/// Finds an item by id in a list sorted by id (ids are unique). Ids are usually 1, 2,
/// 3, … with few gaps, so the place a gapless list holds the id is tried first: a hit
/// costs one comparison instead of a binary search's seventeen cache misses at 74,000
/// booths.
fn find_sorted<T>(items: &[T], key: u32, id_of: impl Fn(&T) -> u32) -> Option<usize> {
    let guess = usize::try_from(key).ok().and_then(|k| k.checked_sub(1));
    if let Some(at) = guess
        && items.get(at).is_some_and(|item| id_of(item) == key)
    {
        return Some(at);
    }
    items.binary_search_by(|item| id_of(item).cmp(&key)).ok()
}

impl Plan {
    /// A plan with nothing on its floor: no hall, no sector, no booth.
    pub fn blank(name: &str) -> Plan {
        Plan {
            meta: Meta {
                name: name.to_owned(),
                currency: "CNY".to_owned(),
                ..Meta::default()
            },
            settings: Settings::default(),
            halls: Vec::new(),
            sectors: Vec::new(),
            exhibitors: Vec::new(),
            booths: Vec::new(),
            obstacles: Vec::new(),
            exits: Vec::new(),
            underlay: Underlay::default(),
        }
    }

    /// An empty plan with one hall of the given size and the four default sectors
    /// splitting it into quarters.
    pub fn empty(name: &str, hall_w: f64, hall_h: f64) -> Result<Plan, super::GeomError> {
        let hall = Outline::rect(Rect::new(0.0, 0.0, hall_w, hall_h)?);
        let mut plan = Plan::blank(name);
        plan.sectors = super::sectors::default_sectors_over(&hall);
        plan.halls.push(Hall {
            id: HallId(1),
            name: "Hall 1".to_owned(),
            outline: hall,
        });
        Ok(plan)
    }

    /// Index of the booth with this id in [`Plan::booths`].
    pub fn booth_index(&self, id: BoothId) -> Option<usize> {
        find_sorted(&self.booths, id.0, |b| b.id.0)
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
        find_sorted(&self.exhibitors, id.0, |e| e.id.0)
    }
    /// The exhibitor with this id.
    pub fn exhibitor(&self, id: ExhibitorId) -> Option<&Exhibitor> {
        self.exhibitor_index(id).map(|i| &self.exhibitors[i])
    }
    /// The sector with this id.
    pub fn sector(&self, id: SectorId) -> Option<&Sector> {
        find_sorted(&self.sectors, id.0, |s| s.id.0).map(|i| &self.sectors[i])
    }
    /// The obstacle with this id.
    pub fn obstacle(&self, id: ObstacleId) -> Option<&Obstacle> {
        find_sorted(&self.obstacles, id.0, |o| o.id.0).map(|i| &self.obstacles[i])
    }
    /// The hall with this id.
    pub fn hall(&self, id: HallId) -> Option<&Hall> {
        find_sorted(&self.halls, id.0, |h| h.id.0).map(|i| &self.halls[i])
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
        self.halls.iter().find(|h| h.outline.contains_rect(rect))
    }

    /// The first hall (in plan order) that holds the point, on its walls included.
    pub fn hall_at(&self, p: Point) -> Option<&Hall> {
        self.halls.iter().find(|h| h.outline.contains_point(p))
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
        let found = self.sector(sector);
        let code = found.map_or("X", |s| s.code.as_str());
        let prefix = format!("{code}-");
        let highest = self
            .booths
            .iter()
            .filter_map(|b| booth_number_in(&b.number, &prefix))
            .max()
            .unwrap_or(0)
            .max(found.map_or(0, |s| s.numbered_up_to));
        format!("{prefix}{:03}", highest.saturating_add(1))
    }

    /// The bounding box of all halls (the drawing's extent), if there is any hall.
    pub fn extent(&self) -> Option<Rect> {
        let mut halls = self.halls.iter().map(Hall::bounds);
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

#[cfg(test)]
mod tests {
    use super::find_sorted;

    #[test]
    fn items_are_found_by_id_with_gaps_or_without() {
        let dense = [1, 2, 3, 4];
        let gappy = [2, 3, 7, 9, 10];
        for (items, key, at) in [
            (&dense[..], 3, Some(2)),
            (&dense[..], 5, None),
            (&dense[..], 0, None),
            (&gappy[..], 2, Some(0)),
            (&gappy[..], 9, Some(3)),
            (&gappy[..], 4, None),
            (&gappy[..], 10, Some(4)),
            (&[][..], 1, None),
        ] {
            assert_eq!(find_sorted(items, key, |i| *i), at, "{key} in {items:?}");
        }
    }
}
