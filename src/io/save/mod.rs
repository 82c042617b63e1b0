//! The save format: a whole plan as versioned, human-readable RON.
//!
//! A file is one struct whose first field is `version`, followed by the plan's parts in a
//! fixed order (`meta`, `settings`, `halls`, `sectors`, `exhibitors`, `booths`,
//! `obstacles`, `exits`, and from version 4 an optional `underlay`, the venue drawing
//! kept under the plan). Every list is sorted by id and every item of a list (a booth, an
//! exhibitor, …) is written on one line, so saving the same plan twice gives the same bytes
//! and a change to one booth is a one-line diff.
//!
//! Older versions are read by a chain of upgrade steps (see [`versions`]); a file from a
//! newer expoplan is refused with a message saying so.

mod body;
mod error;
mod fast_read;
mod fast_write;
mod load;
mod locate;
mod progress;
mod v1;
mod v2;
mod versions;
mod write;

pub use error::LoadError;
pub use load::{
    load_plan, load_plan_with_progress, parse_plan, parse_plan_bytes, parse_plan_fast,
    parse_plan_general,
};
pub use progress::LoadProgress;
pub use write::{plan_to_ron, save_plan, write_plan};

#[cfg(test)]
use load::load_plan_capped;
#[cfg(test)]
use write::save_plan_capped;

/// The version of the save format this build writes (and the newest it reads).
pub const FORMAT_VERSION: u32 = 4;

/// The largest plan file [`load_plan`] reads: 256 MiB. A 74,000-booth plan is a few
/// tens of MB.
pub const MAX_PLAN_BYTES: u64 = 256 * 1024 * 1024;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod stream_tests;
