//! The rules: what makes a plan hold.
//!
//! [`validate`] checks a whole plan and returns a [`Report`]: capacity per sector against
//! the show's limit, design occupants against exit width, sales totals, and a sorted list
//! of [`Finding`]s. A [`Checker`] keeps such a report current while the plan is edited,
//! re-checking only the neighbourhood of each change.
//!
//! The rules, with the [`Code`] of their findings:
//! 1. Capacity: the sectors' total area above `settings.capacity_limit_m2`
//!    (`capacity-exceeded`, error); a sector's booth area above `settings.sector_fill_warn`
//!    of its area (`sector-fill`, warning).
//! 2. Two booths overlap (`booth-overlap`, error, one per pair).
//! 3. A booth is not wholly inside one hall (`booth-outside-hall`, error).
//! 4. A booth reaches outside the regions of its own sector (`booth-outside-sector`,
//!    warning); when more than half of it stands in another sector, it is sold in the
//!    wrong sector (`booth-in-other-sector`, error). A booth naming a sector that does not
//!    exist: `unknown-sector`, error.
//! 5. A booth overlaps an obstacle (`booth-on-obstacle`, error).
//! 6. Aisles narrower than `settings.min_aisle_m`: two booths more than 5 cm apart (closer
//!    is a partition) whose facing edges overlap by more than 5 cm (`narrow-aisle`); a
//!    booth and a hall wall (`narrow-wall-gap`) or an obstacle (`narrow-obstacle-gap`)
//!    likewise; all errors. Only open floor counts: where another booth or obstacle fills
//!    the gap, or no hall holds it (two halls with a wall between), there is no aisle.
//! 7. A booth in the clear zone in front of an exit (`exit-blocked`, error).
//! 8. Booth numbers used more than once, ignoring case and surrounding space
//!    (`duplicate-number`, error, one per number).
//! 9. An exhibitor with no booth (`exhibitor-without-booth`, info, one per exhibitor so
//!    the problems panel can select each).
//! 10. A booth assigned to an exhibitor that does not exist (`unknown-exhibitor`, error).
//! 11. Hall area × `settings.occupant_density` persons need
//!     `settings.exit_width_per_100_m` of exit per 100; less in total is `exit-width`, an
//!     error (GB 50016-2014 §5.5.21).
//! 12. A booth whose centre is farther in a straight line from the nearest exit of its
//!     hall than GB 50016-2014 §5.5.17 allows: `settings.max_travel_m` (30 m), a quarter
//!     more in a hall with sprinklers (`settings.sprinklers`: by default those above
//!     1,500 m², which must have them, §8.3.4) (`travel-distance`, warning); a booth with
//!     no side open to an aisle (`no-aisle-access`, warning).
//! 13. An exit whose door does not fit on its wall, or names a wall its hall does not
//!     have (`exit-off-wall`, error), for instance after the hall was reshaped.
//!
//! Halls and sector regions may be any simple polygon; booths are rectangles. Every rule
//! that reads a hall or a region works on the polygon (see [`crate::model::Outline`]).
//!
//! No pass compares all pairs: neighbours come from the spatial index.

mod batch;
mod booth_checks;
mod checker;
#[cfg(test)]
mod checker_tests;
mod finding;
mod full_pass;
mod geometry;
mod grid;
mod json;
mod merge;
mod open_sides;
mod plan_checks;
mod report;
mod sums;
mod tally;
#[cfg(test)]
mod test_plans;
mod venue;

pub use checker::Checker;
pub use finding::{Code, Finding, Severity, UnknownCode};
pub use open_sides::booth_type_at;
pub use report::{
    Capacity, HallOccupancy, Occupancy, Report, SHELL_BOOTH_M2, Sales, SectorCapacity, StatusSales,
};

use crate::model::Plan;

/// Checks every rule on `plan` and returns the report (the full pass; O(n log n) in the
/// number of booths).
pub fn validate(plan: &Plan) -> Report {
    full_pass::validate(plan)
}
