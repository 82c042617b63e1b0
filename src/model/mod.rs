//! The plan as data: geometry in metres, halls, sectors, booths, exhibitors, obstacles and
//! exits. Nothing here knows about windows, files or the rules.

mod booth_type;
mod geom;
mod ids;
mod integrity;
mod limits;
mod outline;
mod plan;
mod sectors;
mod settings;
mod spatial;
mod underlay;

pub use booth_type::{BoothType, CLOSED_WITHIN_M};
pub use geom::{EPS, GeomError, MAX_COORD, Point, Rect, Side, finite, positive};
pub use ids::{BoothId, ElementId, ExhibitorId, ExitId, HallId, ObstacleId, SectorId};
pub use integrity::{IntegrityError, IntegrityPlace};
pub use limits::{
    MAX_BOOTH_SIDE_M, MAX_MONEY, MIN_BOOTH_SIDE_M, RangeError, booth_side, compact, money,
};
pub(crate) use outline::rect_polygon;
pub use outline::{MAX_CORNERS, MIN_OUTLINE_AREA_M2, Outline, OutlineError, WallPoint};
pub use plan::{
    Booth, BoothStatus, Exhibitor, Exit, Hall, Meta, Obstacle, ObstacleKind, Plan, Sector, Size,
    booth_number_in,
};
pub use sectors::{default_sectors, default_sectors_over};
pub use settings::{
    MAX_FLOOR_LEVEL, NumericSetting, PriceList, SPRINKLER_TRAVEL_FACTOR, SPRINKLERED_ABOVE_M2,
    SettingRange, Settings, Sprinklers, exit_width_per_100_for_floor,
};
pub use spatial::{FloorIndex, Item};
pub use underlay::{
    MAX_UNDERLAY_POINTS, MAX_UNDERLAY_TEXTS, Underlay, UnderlayError, UnderlayLayer, UnderlayLine,
    UnderlayText,
};
