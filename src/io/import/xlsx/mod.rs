//! Reading the first sheet of an `.xlsx` workbook, guarded against hostile files.
//!
//! The archive is looked through first (see [`archive`]): what its parts unpack to is
//! capped, and every cell reference is checked against the largest sheet a spreadsheet
//! can have, since the workbook reader's own arithmetic overflows past it. Only then is
//! the workbook read, and a panic inside the reader becomes an error too.

mod archive;
mod refs;

use super::ImportError;
use super::table::{MAX_IMPORT_ROWS, MAX_ROWS_ABOVE_HEADER, Table, TableRow};
use crate::io::capped::size_text;
use calamine::{DataRef, Reader, Xlsx};
pub use refs::RefProblem;
use std::collections::BTreeMap;
use std::io::Cursor;
use std::panic::{AssertUnwindSafe, catch_unwind};
use thiserror::Error;

/// The most a workbook may unpack to, all its parts together: 256 MiB (an exhibitor
/// list unpacks to a few MB).
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

/// The most shared strings and cell styles a workbook may hold together (the reader
/// keeps them all in memory).
pub const MAX_KEPT_ITEMS: u64 = 2_000_000;

/// The most parts (files in its zip archive) a workbook may have.
const MAX_PARTS: usize = 10_000;

/// The most text the cells read from a sheet may hold together: 64 MiB. Each cell holds
/// its own copy of a shared string, so many cells naming one long string would
/// otherwise multiply it.
const MAX_CELL_TEXT: usize = 64 * 1024 * 1024;

/// Columns beyond this many are ignored in a workbook.
const MAX_COLUMNS: u32 = 256;

/// What a workbook may hold; [`XlsxLimits::STANDARD`] for a real import.
#[derive(Debug, Clone, Copy)]
pub(crate) struct XlsxLimits {
    /// See [`MAX_UNPACKED_BYTES`].
    pub unpacked_bytes: u64,
    /// See [`MAX_KEPT_ITEMS`].
    pub kept_items: u64,
    /// See [`MAX_PARTS`].
    pub parts: usize,
    /// See [`MAX_CELL_TEXT`].
    pub cell_text: usize,
}

impl XlsxLimits {
    /// The limits of a real import.
    pub const STANDARD: XlsxLimits = XlsxLimits {
        unpacked_bytes: MAX_UNPACKED_BYTES,
        kept_items: MAX_KEPT_ITEMS,
        parts: MAX_PARTS,
        cell_text: MAX_CELL_TEXT,
    };
}

/// Why a workbook was refused.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum XlsxError {
    /// The parts unpack to more than the cap.
    #[error("it unpacks to more than {}, the most expoplan reads from a workbook", size_text(*limit))]
    TooLarge {
        /// The cap, in bytes.
        limit: u64,
    },
    /// Too many files in the archive.
    #[error("it has more than {limit} parts; is this a workbook?")]
    TooManyParts {
        /// The cap.
        limit: usize,
    },
    /// Too many shared strings and styles.
    #[error("it holds more than {MAX_KEPT_ITEMS} shared strings and cell styles")]
    TooManyItems,
    /// The cells hold more text than the cap.
    #[error("its cells hold more than {}, the most expoplan imports", size_text(*limit as u64))]
    TooMuchText {
        /// The cap, in bytes.
        limit: usize,
    },
    /// A cell, row or dimension reference beyond the largest sheet, or reversed.
    #[error("{}", match problem {
        RefProblem::OutOfRange => format!(
            "cell reference \"{reference}\" in {part} is beyond the last cell a sheet can \
             have (XFD1048576)"
        ),
        RefProblem::Reversed => format!(
            "sheet dimension \"{reference}\" in {part} ends before it starts"
        ),
    })]
    Reference {
        /// The archive part, e.g. `xl/worksheets/sheet1.xml`.
        part: String,
        /// The reference as written (shortened, control characters escaped).
        reference: String,
        /// What is wrong with it.
        problem: RefProblem,
    },
    /// The workbook reader refused the file (damaged, or not a workbook).
    #[error("{0}")]
    Reader(String),
    /// The workbook reader broke down on the file.
    #[error("the workbook reader failed on this file; it may be damaged or crafted")]
    ReaderPanicked,
}

impl From<XlsxError> for ImportError {
    fn from(err: XlsxError) -> Self {
        ImportError::Workbook(err)
    }
}

fn reader_error(err: impl std::fmt::Display) -> XlsxError {
    XlsxError::Reader(err.to_string())
}

/// Reads the first sheet of an `.xlsx` workbook with the [`XlsxLimits::STANDARD`]
/// limits.
pub(super) fn read_xlsx_bytes(bytes: &[u8]) -> Result<Table, ImportError> {
    read_xlsx_limited(bytes, &XlsxLimits::STANDARD)
}

/// Reads the first sheet of an `.xlsx` workbook within `limits`. Cells are streamed, so
/// a sheet that claims a huge size costs only the cells it has; columns past the 256th
/// are ignored.
pub(crate) fn read_xlsx_limited(bytes: &[u8], limits: &XlsxLimits) -> Result<Table, ImportError> {
    archive::check_archive(bytes, limits)?;
    let rows = contained(|| first_sheet_rows(bytes, limits))?;
    let mut table = Table::from_rows(rows.into_iter().map(|(row, cells)| TableRow {
        row: row as usize + 1,
        cells,
    }))?;
    table.format = "XLSX".to_owned();
    Ok(table)
}

/// Runs `read`, turning a panic inside it into [`XlsxError::ReaderPanicked`].
fn contained<T>(read: impl FnOnce() -> Result<T, ImportError>) -> Result<T, ImportError> {
    catch_unwind(AssertUnwindSafe(read)).unwrap_or(Err(XlsxError::ReaderPanicked.into()))
}

/// The non-empty cells of the first sheet, by 0-based row.
fn first_sheet_rows(
    bytes: &[u8],
    limits: &XlsxLimits,
) -> Result<BTreeMap<u32, Vec<String>>, ImportError> {
    let mut workbook: Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(reader_error)?;
    let first = workbook
        .sheet_names()
        .into_iter()
        .next()
        .ok_or(ImportError::NoSheet)?;
    let mut cells = workbook
        .worksheet_cells_reader(&first)
        .map_err(reader_error)?;
    let mut rows: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    let mut text_held = 0usize;
    while let Some(cell) = cells.next_cell().map_err(reader_error)? {
        let (row, col) = cell.get_position();
        if col >= MAX_COLUMNS {
            continue;
        }
        let text = cell_text(cell.get_value());
        if text.is_empty() {
            continue;
        }
        text_held = text_held.saturating_add(text.len());
        if text_held > limits.cell_text {
            return Err(XlsxError::TooMuchText {
                limit: limits.cell_text,
            }
            .into());
        }
        if !rows.contains_key(&row) && rows.len() >= MAX_IMPORT_ROWS + MAX_ROWS_ABOVE_HEADER {
            return Err(ImportError::TooManyRows {
                limit: MAX_IMPORT_ROWS,
            });
        }
        let cells = rows.entry(row).or_default();
        let col = col as usize;
        if cells.len() <= col {
            cells.resize(col + 1, String::new());
        }
        cells[col] = text;
    }
    Ok(rows)
}

/// A workbook cell as text: whole numbers without a decimal point, booleans as
/// true/false, errors as Excel shows them.
fn cell_text(value: &DataRef<'_>) -> String {
    match value {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.trim().to_owned(),
        DataRef::SharedString(s) => s.trim().to_owned(),
        DataRef::Float(f) => format!("{f}"),
        DataRef::Int(i) => format!("{i}"),
        DataRef::Bool(b) => format!("{b}"),
        DataRef::DateTime(d) => d.to_string(),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => e.to_string(),
    }
}

#[cfg(test)]
mod tests;
