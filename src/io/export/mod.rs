//! The booth list: one row per booth, as CSV or XLSX, for sales and operations.
//!
//! Both formats are built from the same rows ([`booth_rows`]). Text that a spreadsheet
//! would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return)
//! is defused: prefixed with `'` in CSV, stored as quote-prefixed text in XLSX. Numbers
//! stay numbers in both.

mod csv;
mod rows;
#[cfg(test)]
mod test_support;
mod xlsx;

pub use self::csv::{write_booth_csv, write_booth_csv_file};
pub use self::rows::{BoothCell, BoothRow, booth_headers, booth_rows, looks_like_formula};
pub use self::xlsx::write_booth_xlsx;

use super::atomic::SaveError;
use thiserror::Error;

/// Why an export failed.
#[derive(Debug, Error)]
pub enum ExportError {
    /// Writing the output failed.
    #[error("cannot write the booth list: {0}")]
    Io(#[from] std::io::Error),
    /// The CSV writer failed (it only fails when writing does).
    #[error("cannot write the booth list: {0}")]
    Csv(#[from] ::csv::Error),
    /// The spreadsheet could not be built.
    #[error("cannot build the spreadsheet: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    /// The file could not be saved.
    #[error(transparent)]
    Save(#[from] SaveError),
}
