//! The plan as data: geometry in metres, halls, sectors, booths, exhibitors, obstacles and
//! exits. Nothing here knows about windows, files or the rules.

mod booth_type;
mod geom;
mod ids;
mod integrity;
mod plan;
mod sectors;
mod spatial;

pub use booth_type::{BoothType, CLOSED_WITHIN_M, booth_type, open_sides};
pub use geom::{EPS, GeomError, MAX_COORD, Point, Rect, Side, finite, positive};
pub use ids::{BoothId, ElementId, ExhibitorId, ExitId, HallId, ObstacleId, SectorId};
pub use integrity::IntegrityError;
pub use plan::{
    Booth, BoothStatus, Exhibitor, Exit, Hall, Meta, Obstacle, ObstacleKind, Plan, Sector,
    Settings, Size,
};
pub use sectors::default_sectors;
pub use spatial::{FloorIndex, Item};
