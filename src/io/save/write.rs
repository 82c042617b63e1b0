//! Writing a plan as save-file text, straight into a file or into a string.

use super::fast_write::{self, WriteError};
use super::{FORMAT_VERSION, MAX_PLAN_BYTES};
use crate::io::atomic::{SaveError, replace_file};
use crate::model::{
    Booth, Exhibitor, Exit, Hall, Meta, Obstacle, Plan, Sector, Settings, Underlay,
};
use serde::Serialize;
use std::fmt;
use std::io;
use std::path::Path;

/// A file as written: the version, then the plan's parts by reference (the underlay
/// only when there is one).
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
    #[serde(skip_serializing_if = "Underlay::is_empty")]
    underlay: &'a Underlay,
}

impl<'a> SaveFileRef<'a> {
    fn of(plan: &'a Plan) -> Self {
        SaveFileRef {
            version: FORMAT_VERSION,
            meta: &plan.meta,
            settings: &plan.settings,
            halls: &plan.halls,
            sectors: &plan.sectors,
            exhibitors: &plan.exhibitors,
            booths: &plan.booths,
            obstacles: &plan.obstacles,
            exits: &plan.exits,
            underlay: &plan.underlay,
        }
    }
}

/// The layout [`fast_write`] reproduces, as ron's pretty printer takes it (the tests
/// compare the two writers' text): four-space indents, `\n` on every platform, the meta and
/// settings one field per line, and every item of a list (a hall, a booth, an exhibitor,
/// …) on one line of its own.
#[cfg(test)]
fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .depth_limit(2)
}

/// Writes the plan's text into `out` (anything `fmt::Write`), ending with a newline: the
/// bytes ron's pretty printer writes with [`pretty`], by the [`fast_write`] writer.
fn write_text(out: &mut impl fmt::Write, plan: &Plan) -> Result<(), ron::Error> {
    fast_write::to_writer(&mut *out, &SaveFileRef::of(plan)).map_err(|err| match err {
        WriteError::Output => ron::Error::Fmt,
        WriteError::Unwritable(what) => ron::Error::Message(what),
    })?;
    out.write_char('\n')?;
    Ok(())
}

/// The plan's text as ron's own pretty printer writes it, for comparing the writers.
#[cfg(test)]
pub(super) fn plan_to_ron_by_ron(plan: &Plan) -> String {
    let mut text = ron::Options::default()
        .to_string_pretty(&SaveFileRef::of(plan), pretty())
        .expect("a plan holds only strings, numbers, enums and lists");
    text.push('\n');
    text
}

/// The plan as save-file text (the current [`FORMAT_VERSION`]). Deterministic: the same
/// plan always gives the same bytes.
pub fn plan_to_ron(plan: &Plan) -> String {
    // About what a booth's or an exhibitor's line takes, so the text grows rarely.
    let mut text = String::with_capacity(4096 + 200 * (plan.booths.len() + plan.exhibitors.len()));
    write_text(&mut text, plan).expect("a plan holds only strings, numbers, enums and lists");
    text
}

/// Why [`write_plan`] stopped.
enum WriteFailure {
    /// The output refused the bytes.
    Io(io::Error),
    /// ron refused the plan (which a plan never causes: it holds only strings, numbers,
    /// enums and lists).
    Ron(ron::Error),
}

/// Writes the plan's text into `out` as it is made, in pieces of 64 KiB, never holding
/// the whole text: the same bytes as [`plan_to_ron`].
pub fn write_plan(out: &mut dyn io::Write, plan: &Plan) -> io::Result<()> {
    write_plan_or_fail(out, plan).map_err(|failure| match failure {
        WriteFailure::Io(err) => err,
        WriteFailure::Ron(err) => io::Error::other(err),
    })
}

/// As [`write_plan`], telling an output failure from a refusal by ron.
fn write_plan_or_fail(out: &mut dyn io::Write, plan: &Plan) -> Result<(), WriteFailure> {
    let mut pieces = Pieces {
        out,
        buffer: String::with_capacity(WRITE_PIECE),
        error: None,
    };
    let written = write_text(&mut pieces, plan);
    if written.is_ok() {
        pieces.flush();
    }
    if let Some(err) = pieces.error {
        return Err(WriteFailure::Io(err));
    }
    written.map_err(WriteFailure::Ron)
}

/// How many bytes of text [`write_plan`] gathers before handing them on: ron writes the
/// text a few bytes at a time.
const WRITE_PIECE: usize = 64 * 1024;

/// Gathers ron's small writes into pieces of [`WRITE_PIECE`] bytes for an `io::Write`,
/// keeping the first error it gave.
struct Pieces<'a> {
    out: &'a mut dyn io::Write,
    buffer: String,
    error: Option<io::Error>,
}

impl Pieces<'_> {
    /// Hands the gathered text on; returns false (and keeps the error) when that fails.
    fn flush(&mut self) -> bool {
        if self.error.is_some() {
            return false;
        }
        if let Err(err) = self.out.write_all(self.buffer.as_bytes()) {
            self.error = Some(err);
            return false;
        }
        self.buffer.clear();
        true
    }
}

impl fmt::Write for Pieces<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.buffer.push_str(text);
        if self.buffer.len() >= WRITE_PIECE && !self.flush() {
            return Err(fmt::Error);
        }
        Ok(())
    }
}

/// Saves the plan atomically: the text goes, as it is made, to a temporary file in the
/// same folder, which then replaces `path` in one rename. The previous file is kept as
/// `NAME.ron.bak`. At no moment is `path` missing or half-written. A plan whose text
/// would be larger than [`MAX_PLAN_BYTES`], the most expoplan opens, is not saved.
pub fn save_plan(path: &Path, plan: &Plan) -> Result<(), SaveError> {
    save_plan_capped(path, plan, MAX_PLAN_BYTES)
}

/// As [`save_plan`], refusing text longer than `limit` bytes.
pub(super) fn save_plan_capped(path: &Path, plan: &Plan, limit: u64) -> Result<(), SaveError> {
    let mut refused = None;
    let saved = replace_file(path, true, |out| {
        let mut capped = Capped {
            out,
            left: limit,
            limit,
        };
        write_plan_or_fail(&mut capped, plan).map_err(|failure| match failure {
            WriteFailure::Io(err) => err,
            WriteFailure::Ron(err) => {
                let shown = io::Error::other(err.to_string());
                refused = Some(err);
                shown
            }
        })
    });
    match (saved, refused) {
        (Err(_), Some(err)) => Err(SaveError::Serialize(err)),
        (saved, _) => saved,
    }
}

/// Passes bytes on until `left` runs out, then refuses them: a plan too large to open.
struct Capped<'a> {
    out: &'a mut dyn io::Write,
    left: u64,
    limit: u64,
}

impl io::Write for Capped<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if buf.len() as u64 > self.left {
            return Err(io::Error::other(format!(
                "the plan would be larger than {}, the most expoplan opens",
                crate::io::capped::size_text(self.limit)
            )));
        }
        let n = self.out.write(buf)?;
        self.left -= n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
