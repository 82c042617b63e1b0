//! Importing exhibitors from a table (CSV or XLSX), as a preview first and then as one
//! undoable edit.
//!
//! 1. [`read_table`] (or [`read_csv_bytes`]) reads the file into a [`Table`]: CSV in
//!    UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or
//!    GB18030/GBK (assumed when the bytes are not UTF-8); or the first sheet of an
//!    `.xlsx` workbook.
//! 2. [`preview_import`] matches the columns by their headers (see [`Column`]) and the
//!    rows to the plan's exhibitors by name, and says what would be added, what changed
//!    and which rows are wrong, without changing anything.
//! 3. [`ImportPreview::edit`] turns it into one [`crate::edit::Edit`] for the history.

mod columns;
mod preview;
mod table;
mod values;
mod xlsx;

pub use columns::Column;
pub use preview::{ImportPreview, RowError, preview_import};
pub use table::{
    MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, Table, TableRow, read_csv_bytes, read_table,
    read_table_bytes,
};
pub use values::size_for_area;
pub use xlsx::{MAX_KEPT_ITEMS, MAX_UNPACKED_BYTES, RefProblem, XlsxError};

use std::io;
use std::path::PathBuf;
use thiserror::Error;

/// Why a file could not be read as a table at all. Problems in single rows are not
/// errors of the file: they are [`RowError`]s in the preview.
#[derive(Debug, Error)]
pub enum ImportError {
    /// The file could not be opened or read.
    // The cause is part of the message and deliberately not a `source`, so `{err:#}`
    // does not print it twice.
    #[error("cannot read {path}: {cause}")]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        cause: io::Error,
    },
    /// The file is larger than expoplan imports.
    #[error("{path} is larger than {}, the most expoplan imports", crate::io::capped::size_text(*limit))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The cap, in bytes.
        limit: u64,
    },
    /// The CSV text could not be read.
    #[error("cannot read the table: {0}")]
    Csv(#[from] csv::Error),
    /// The workbook could not be read.
    #[error("cannot read the workbook: {0}")]
    Workbook(XlsxError),
    /// An old binary `.xls` workbook.
    #[error("old .xls workbooks cannot be read; save the file as .xlsx or CSV")]
    OldExcel,
    /// The workbook has no sheet.
    #[error("the workbook has no sheet")]
    NoSheet,
    /// There is nothing in the file, not even a header row.
    #[error("the file is empty: expected a header row and one row per exhibitor")]
    Empty,
    /// No column is headed with a name.
    #[error(
        "no name column: expected a header such as name, 名称, 公司 or 展商; found {}",
        found.iter().map(|h| crate::io::printable::shortened(h)).collect::<Vec<_>>().join(", ")
    )]
    NoNameColumn {
        /// The headers that were found.
        found: Vec<String>,
    },
    /// More rows than an exhibitor list can sensibly have.
    #[error("more than {limit} rows; is this an exhibitor list?")]
    TooManyRows {
        /// The cap.
        limit: usize,
    },
}
