//! Reading a plan: from text, from bytes, or from a file in chunks with progress.

use super::fast_read;
use super::progress::{ItemCounter, LoadProgress, estimate_items};
use super::versions::{AnyVersion, FileSeed};
use super::{FORMAT_VERSION, LoadError, MAX_PLAN_BYTES, versions};
use crate::io::capped::{CappedReadError, read_capped_in_chunks};
use crate::io::stale::remove_stale_temporaries;
use crate::model::Plan;
use std::cell::Cell;
use std::path::Path;

/// Reads a plan from save-file text of any supported version (a leading UTF-8 byte-order
/// mark is skipped), upgrades it to the current model and checks its integrity.
pub fn parse_plan(text: &str) -> Result<Plan, LoadError> {
    parse_plan_reporting(text, &mut |_| {})
}

/// As [`parse_plan`], reporting [`LoadProgress::Parsing`] and [`LoadProgress::Checking`].
///
/// The fast reader goes first; where it gives up (anything outside the layout expoplan
/// writes, or any error), ron reads the text and names the line and column of the error.
fn parse_plan_reporting(
    text: &str,
    report: &mut dyn FnMut(LoadProgress),
) -> Result<Plan, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let items = estimate_items(text);
    let file = match read_fast(text, items, report) {
        Some(file) => file,
        None => read_general(text, items, report)?,
    };
    finish(file, text, report)
}

/// The file as the fast reader reads it, `None` where it gives up.
fn read_fast(text: &str, items: u64, report: &mut dyn FnMut(LoadProgress)) -> Option<AnyVersion> {
    let seen_version = Cell::new(None);
    let mut counter = ItemCounter::new(items, report);
    let file = fast_read::from_str_seed(text, FileSeed::new(&seen_version, &mut counter)).ok()?;
    counter.send();
    Some(file)
}

/// The file as ron reads it, or the error with its line and column.
fn read_general(
    text: &str,
    items: u64,
    report: &mut dyn FnMut(LoadProgress),
) -> Result<AnyVersion, LoadError> {
    let seen_version = Cell::new(None);
    let mut counter = ItemCounter::new(items, report);
    let parsed =
        ron::Options::default().from_str_seed(text, FileSeed::new(&seen_version, &mut counter));
    match parsed {
        Ok(file) => {
            counter.send();
            Ok(file)
        }
        Err(err) => Err(match seen_version.get() {
            Some(found) if found > FORMAT_VERSION => LoadError::NewerVersion { found },
            _ => LoadError::from_ron(&err, text),
        }),
    }
}

/// Upgrades a file read from `text` to the current model and checks its integrity.
fn finish(
    file: AnyVersion,
    text: &str,
    report: &mut dyn FnMut(LoadProgress),
) -> Result<Plan, LoadError> {
    report(LoadProgress::Checking);
    let mut plan = versions::upgrade(file);
    plan.check_integrity()
        .map_err(|err| LoadError::integrity(err, text))?;
    Ok(plan)
}

/// Reads a plan from save-file text with ron's general reader only (no fast path); for
/// comparing the two readers in benchmarks and fuzzing.
pub fn parse_plan_general(text: &str) -> Result<Plan, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file = read_general(text, estimate_items(text), &mut |_| {})?;
    finish(file, text, &mut |_| {})
}

/// Reads a plan from save-file text with the fast reader only: `None` where it gives up
/// (then [`parse_plan`] reads the text with ron); for comparing the two readers.
pub fn parse_plan_fast(text: &str) -> Option<Result<Plan, LoadError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file = read_fast(text, estimate_items(text), &mut |_| {})?;
    Some(finish(file, text, &mut |_| {}))
}

/// Reads a plan from bytes: refuses text that is not UTF-8, then as [`parse_plan`].
pub fn parse_plan_bytes(bytes: &[u8]) -> Result<Plan, LoadError> {
    parse_bytes_reporting(bytes, &mut |_| {})
}

/// As [`parse_plan_bytes`], reporting progress as [`parse_plan_reporting`] does.
fn parse_bytes_reporting(
    bytes: &[u8],
    report: &mut dyn FnMut(LoadProgress),
) -> Result<Plan, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_plan_reporting(text, report),
        Err(err) => Err(LoadError::not_utf8(bytes, err.valid_up_to())),
    }
}

/// Loads a plan file (at most [`MAX_PLAN_BYTES`]).
pub fn load_plan(path: &Path) -> Result<Plan, LoadError> {
    load_plan_capped(path, MAX_PLAN_BYTES, &mut |_| {})
}

/// Loads a plan file (at most [`MAX_PLAN_BYTES`]) as [`load_plan`] does, telling
/// `progress` how far it has got, for a progress bar: [`LoadProgress::Reading`] after
/// every megabyte read, then [`LoadProgress::Parsing`] every thousand or so items parsed,
/// then [`LoadProgress::Checking`], and [`LoadProgress::Done`] once the plan has loaded.
/// [`LoadProgress::fraction`] turns any of these into one number from 0 to 1.
///
/// `progress` is called on the loading thread; to show a bar in a window, load on a
/// worker thread and send the steps over a channel.
pub fn load_plan_with_progress(
    path: &Path,
    progress: &mut dyn FnMut(LoadProgress),
) -> Result<Plan, LoadError> {
    let plan = load_plan_capped(path, MAX_PLAN_BYTES, progress)?;
    progress(LoadProgress::Done);
    Ok(plan)
}

/// Loads a plan file of at most `limit` bytes, reporting progress up to (not including)
/// [`LoadProgress::Done`].
pub(super) fn load_plan_capped(
    path: &Path,
    limit: u64,
    progress: &mut dyn FnMut(LoadProgress),
) -> Result<Plan, LoadError> {
    // What saves killed earlier left beside the plan.
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => remove_stale_temporaries(folder),
        _ => remove_stale_temporaries(Path::new(".")),
    };
    let mut on_chunk = |done, total| progress(LoadProgress::Reading { done, total });
    let bytes = read_capped_in_chunks(path, limit, &mut on_chunk).map_err(|err| match err {
        CappedReadError::TooLarge { limit } => LoadError::TooLarge {
            path: path.to_owned(),
            limit,
        },
        CappedReadError::Io(cause) => LoadError::Read {
            path: path.to_owned(),
            cause,
        },
    })?;
    parse_bytes_reporting(&bytes, progress)
}
