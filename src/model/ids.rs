//! Stable identifiers. An id never changes once given and is never reused within a plan,
//! so undo steps, findings and selections can refer to things by id.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, ":{}"), self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a hall.
    HallId,
    "hall"
);
id_type!(
    /// Identifies a sector.
    SectorId,
    "sector"
);
id_type!(
    /// Identifies a booth.
    BoothId,
    "booth"
);
id_type!(
    /// Identifies an exhibitor.
    ExhibitorId,
    "exhibitor"
);
id_type!(
    /// Identifies an obstacle (column, stage, service area).
    ObstacleId,
    "obstacle"
);
id_type!(
    /// Identifies an exit.
    ExitId,
    "exit"
);

/// A reference to any one thing in a plan, as findings and selections carry them.
/// Written as `booth:12`, `exhibitor:7` and so on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ElementId {
    /// A hall.
    Hall(HallId),
    /// A sector.
    Sector(SectorId),
    /// A booth.
    Booth(BoothId),
    /// An exhibitor.
    Exhibitor(ExhibitorId),
    /// An obstacle.
    Obstacle(ObstacleId),
    /// An exit.
    Exit(ExitId),
}

impl fmt::Display for ElementId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ElementId::Hall(id) => id.fmt(f),
            ElementId::Sector(id) => id.fmt(f),
            ElementId::Booth(id) => id.fmt(f),
            ElementId::Exhibitor(id) => id.fmt(f),
            ElementId::Obstacle(id) => id.fmt(f),
            ElementId::Exit(id) => id.fmt(f),
        }
    }
}

impl Serialize for ElementId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl ElementId {
    /// The booth this refers to, if it is one.
    pub fn booth(self) -> Option<BoothId> {
        match self {
            ElementId::Booth(id) => Some(id),
            _ => None,
        }
    }
}
