//! The save format: a whole plan as versioned, human-readable RON.
//!
//! A file is one struct whose first field is `version`, followed by the plan's parts in a
//! fixed order (`meta`, `settings`, `halls`, `sectors`, `exhibitors`, `booths`,
//! `obstacles`, `exits`). Every list is sorted by id and every rectangle is written on one
//! line, so saving the same plan twice gives the same bytes and a change to one booth is a
//! one-line diff.
//!
//! Older versions are read by a chain of upgrade steps (see [`versions`]); a file from a
//! newer expoplan is refused with a message saying so.

mod error;
mod v1;
mod versions;

pub use error::LoadError;

use super::atomic::{SaveError, replace_file};
use super::capped::{CappedReadError, read_capped};
use crate::model::{Booth, Exhibitor, Exit, Hall, Meta, Obstacle, Plan, Sector, Settings};
use ron::ser::PrettyConfig;
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::path::Path;

/// The version of the save format this build writes (and the newest it reads).
pub const FORMAT_VERSION: u32 = 2;

/// The largest plan file [`load_plan`] reads: 256 MiB. A 74,000-booth plan is a few
/// tens of MB.
pub const MAX_PLAN_BYTES: u64 = 256 * 1024 * 1024;

/// A version-2 file as written: the version, then the plan's parts by reference.
#[derive(Serialize)]
struct SaveFileRef<'a> {
    version: u32,
    meta: &'a Meta,
    settings: &'a Settings,
    halls: &'a [Hall],
    sectors: &'a [Sector],
    exhibitors: &'a [Exhibitor],
    booths: &'a [Booth],
    obstacles: &'a [Obstacle],
    exits: &'a [Exit],
}

/// Everything after `version` in a version-2 file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BodyV2 {
    meta: Meta,
    settings: Settings,
    halls: Vec<Hall>,
    sectors: Vec<Sector>,
    exhibitors: Vec<Exhibitor>,
    booths: Vec<Booth>,
    obstacles: Vec<Obstacle>,
    exits: Vec<Exit>,
}

impl From<BodyV2> for Plan {
    fn from(body: BodyV2) -> Self {
        Plan {
            meta: body.meta,
            settings: body.settings,
            halls: body.halls,
            sectors: body.sectors,
            exhibitors: body.exhibitors,
            booths: body.booths,
            obstacles: body.obstacles,
            exits: body.exits,
        }
    }
}

/// Layout of the written text: four-space indents, `\n` on every platform, and anything
/// nested deeper than an item's fields (a rectangle, a colour, a size) on one line.
fn pretty() -> PrettyConfig {
    PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .depth_limit(3)
}

/// The plan as save-file text, or ron's error (which a plan never causes: it holds only
/// strings, numbers, enums and lists).
fn try_plan_to_ron(plan: &Plan) -> Result<String, ron::Error> {
    let file = SaveFileRef {
        version: FORMAT_VERSION,
        meta: &plan.meta,
        settings: &plan.settings,
        halls: &plan.halls,
        sectors: &plan.sectors,
        exhibitors: &plan.exhibitors,
        booths: &plan.booths,
        obstacles: &plan.obstacles,
        exits: &plan.exits,
    };
    let mut text = ron::Options::default().to_string_pretty(&file, pretty())?;
    text.push('\n');
    Ok(text)
}

/// The plan as save-file text (the current [`FORMAT_VERSION`]). Deterministic: the same
/// plan always gives the same bytes.
pub fn plan_to_ron(plan: &Plan) -> String {
    try_plan_to_ron(plan).expect("a plan holds only strings, numbers, enums and lists")
}

/// Reads a plan from save-file text of any supported version (a leading UTF-8 byte-order
/// mark is skipped), upgrades it to the current model and checks its integrity.
pub fn parse_plan(text: &str) -> Result<Plan, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let seen_version = Cell::new(None);
    let parsed =
        ron::Options::default().from_str_seed(text, versions::FileSeed::new(&seen_version));
    let file = match parsed {
        Ok(file) => file,
        Err(err) => {
            return Err(match seen_version.get() {
                Some(found) if found > FORMAT_VERSION => LoadError::NewerVersion { found },
                _ => LoadError::from_ron(&err, text),
            });
        }
    };
    let mut plan = versions::upgrade(file);
    plan.check_integrity()?;
    Ok(plan)
}

/// Reads a plan from bytes: refuses text that is not UTF-8, then as [`parse_plan`].
pub fn parse_plan_bytes(bytes: &[u8]) -> Result<Plan, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_plan(text),
        Err(err) => Err(LoadError::not_utf8(bytes, err.valid_up_to())),
    }
}

/// Loads a plan file (at most [`MAX_PLAN_BYTES`]).
pub fn load_plan(path: &Path) -> Result<Plan, LoadError> {
    load_plan_capped(path, MAX_PLAN_BYTES)
}

/// Loads a plan file of at most `limit` bytes.
fn load_plan_capped(path: &Path, limit: u64) -> Result<Plan, LoadError> {
    let bytes = read_capped(path, limit).map_err(|err| match err {
        CappedReadError::TooLarge { limit } => LoadError::TooLarge {
            path: path.to_owned(),
            limit,
        },
        CappedReadError::Io(cause) => LoadError::Read {
            path: path.to_owned(),
            cause,
        },
    })?;
    parse_plan_bytes(&bytes)
}

/// Saves the plan atomically: the text goes to a temporary file in the same folder, which
/// then replaces `path` in one rename. The previous file is kept as `NAME.ron.bak`. At no
/// moment is `path` missing or half-written.
pub fn save_plan(path: &Path, plan: &Plan) -> Result<(), SaveError> {
    let text = try_plan_to_ron(plan).map_err(SaveError::Serialize)?;
    replace_file(path, true, |out| out.write_all(text.as_bytes()))
}

#[cfg(test)]
mod tests;
