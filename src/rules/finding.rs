//! One problem the rules found: how bad it is, which rule, a sentence for people and the
//! ids of what it concerns.

use crate::model::ElementId;
use serde::Serialize;
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// How bad a finding is. Ordered from worst to mildest, so sorting puts errors first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The plan breaks a rule (fire code, overlaps, capacity): fix before printing.
    Error,
    /// Probably a mistake, worth a look.
    Warning,
    /// For information only.
    Info,
}

impl Severity {
    /// Every severity, worst first.
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    /// Lower-case English label, as serialised.
    pub const fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $text:literal, $severity:ident; )*) => {
        /// Which rule a finding comes from. Each variant has a stable string (e.g.
        /// `booth-overlap`) used in JSON, the CLI and filters; it never changes once
        /// released.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $( $(#[$doc])* $variant, )*
        }

        impl Code {
            /// Every code, in rule order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The stable string of this code.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( Code::$variant => $text, )*
                }
            }

            /// The severity every finding with this code has.
            pub const fn severity(self) -> Severity {
                match self {
                    $( Code::$variant => Severity::$severity, )*
                }
            }
        }
    };
}

codes! {
    /// The sectors together cover more floor than `settings.capacity_limit_m2`.
    CapacityExceeded = "capacity-exceeded", Error;
    /// A sector's booth area is above `settings.sector_fill_warn` of its region area.
    SectorFill = "sector-fill", Warning;
    /// Two booths share floor.
    BoothOverlap = "booth-overlap", Error;
    /// A booth is not wholly inside any hall.
    OutsideHall = "booth-outside-hall", Error;
    /// A booth is partly outside the regions of the sector it is sold in.
    OutsideSector = "booth-outside-sector", Warning;
    /// Most of a booth lies in the region of a sector other than its own.
    InOtherSector = "booth-in-other-sector", Error;
    /// A booth names a sector the plan does not have.
    UnknownSector = "unknown-sector", Error;
    /// A booth overlaps a column, stage or service area.
    OnObstacle = "booth-on-obstacle", Error;
    /// Two booths face each other across an aisle narrower than `settings.min_aisle_m`.
    NarrowAisle = "narrow-aisle", Error;
    /// A booth faces a hall wall across a gap narrower than `settings.min_aisle_m`.
    NarrowWallGap = "narrow-wall-gap", Error;
    /// A booth faces an obstacle across a gap narrower than `settings.min_aisle_m`.
    NarrowObstacleGap = "narrow-obstacle-gap", Error;
    /// A booth stands in the clear zone in front of an exit.
    ExitBlocked = "exit-blocked", Error;
    /// Several booths share one booth number (ignoring case and surrounding space).
    DuplicateNumber = "duplicate-number", Error;
    /// A booth is assigned to an exhibitor the plan does not have.
    UnknownExhibitor = "unknown-exhibitor", Error;
    /// An exhibitor has no booth yet.
    ExhibitorWithoutBooth = "exhibitor-without-booth", Info;
    /// The exits are narrower in total than the design occupants need.
    ExitWidth = "exit-width", Error;
    /// A booth's centre is farther than 30 m in a straight line from every exit.
    TravelDistance = "travel-distance", Warning;
    /// A booth has no side open to an aisle.
    NoAisleAccess = "no-aisle-access", Warning;
    /// An exit's door does not fit on its wall, or names a wall its hall lacks.
    ExitOffWall = "exit-off-wall", Error;
    /// A booth is smaller or larger than its exhibitor asked for.
    SizeMismatch = "booth-size-mismatch", Warning;
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A string that is not the stable string of any [`Code`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown rule code {0:?}")]
pub struct UnknownCode(pub String);

impl FromStr for Code {
    type Err = UnknownCode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim();
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.as_str().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| UnknownCode(s.to_owned()))
    }
}

/// One problem found in a plan.
///
/// Findings sort by severity (errors first), then code, then ids, then message, so a
/// report lists them in the same order every time.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Finding {
    /// How bad it is (always `code.severity()` for findings the rules make).
    pub severity: Severity,
    /// Which rule.
    pub code: Code,
    /// A readable English sentence that names booth numbers.
    pub message: String,
    /// What it concerns: booths, exhibitors, obstacles, exits, sectors, halls.
    pub ids: Vec<ElementId>,
}

impl Finding {
    /// A finding with the severity of its code.
    pub fn new(code: Code, message: impl Into<String>, ids: Vec<ElementId>) -> Self {
        Self {
            severity: code.severity(),
            code,
            message: message.into(),
            ids,
        }
    }

    /// The booths this finding concerns.
    pub fn booths(&self) -> impl Iterator<Item = crate::model::BoothId> + '_ {
        self.ids.iter().filter_map(|id| id.booth())
    }
}

impl Ord for Finding {
    fn cmp(&self, other: &Self) -> Ordering {
        self.severity
            .cmp(&other.severity)
            .then(self.code.cmp(&other.code))
            .then_with(|| self.ids.cmp(&other.ids))
            .then_with(|| self.message.cmp(&other.message))
    }
}

impl PartialOrd for Finding {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BoothId;

    #[test]
    fn codes_have_unique_stable_strings_that_parse_back() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            assert!(seen.insert(code.as_str()), "{code} repeated");
            assert_eq!(code.as_str().parse::<Code>(), Ok(*code));
        }
        assert_eq!(Code::BoothOverlap.as_str(), "booth-overlap");
        assert!("no-such-rule".parse::<Code>().is_err());
    }

    #[test]
    fn serialises_lowercase_and_sorts_errors_first() {
        let error = Finding::new(Code::BoothOverlap, "x", vec![ElementId::Booth(BoothId(2))]);
        let info = Finding::new(Code::ExhibitorWithoutBooth, "y", vec![]);
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(json["severity"], "error");
        assert_eq!(json["code"], "booth-overlap");
        assert_eq!(json["ids"][0], "booth:2");
        let mut list = vec![info.clone(), error.clone()];
        list.sort();
        assert_eq!(list, vec![error, info]);
        assert!(Severity::Error < Severity::Warning && Severity::Warning < Severity::Info);
    }
}
