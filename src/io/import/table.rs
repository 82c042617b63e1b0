//! Reading a file into a [`Table`]: a header row and the rows under it, every cell as
//! trimmed text, each row numbered as a spreadsheet shows it.

use super::ImportError;
use super::columns::{Column, ColumnMap};
use super::xlsx::read_xlsx_bytes;
use crate::io::capped::{CappedReadError, read_capped};
use std::borrow::Cow;
use std::path::Path;

/// The largest file [`read_table`] reads: 32 MiB (an exhibitor list is a few hundred
/// kB).
pub const MAX_IMPORT_BYTES: u64 = 32 * 1024 * 1024;

/// The most rows a table may have.
pub const MAX_IMPORT_ROWS: usize = 100_000;

/// A table read from a file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// The row number of the header row (1 when it is the first line).
    pub header_row: usize,
    /// The header cells, trimmed.
    pub headers: Vec<String>,
    /// The rows under the header, blank rows left out.
    pub rows: Vec<TableRow>,
    /// What the file was read as, for the preview: `XLSX`, or the CSV's text encoding
    /// (`UTF-8`, `GB18030 (GBK)`, `UTF-16LE`, …).
    pub format: String,
}

/// One row of a [`Table`].
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// The row's number as a spreadsheet shows it: the file's first line is row 1, so
    /// with the header there the first exhibitor is row 2 (blank lines count, line
    /// breaks inside a quoted cell do not).
    pub row: usize,
    /// The cells, trimmed; a row may be shorter or longer than the header.
    pub cells: Vec<String>,
}

/// How many non-blank rows at the top may come before the header (a title, a date).
pub(super) const MAX_ROWS_ABOVE_HEADER: usize = 10;

impl Table {
    /// A table from the rows of a file: the header is the first row with a name column
    /// among the first few non-blank rows (titles above it are skipped); blank rows are
    /// dropped. Refuses a file with no such row, or with too many rows.
    pub(super) fn from_rows(
        rows: impl IntoIterator<Item = TableRow>,
    ) -> Result<Table, ImportError> {
        let mut rows = rows
            .into_iter()
            .filter(|row| row.cells.iter().any(|cell| !cell.is_empty()));
        let mut first_seen: Option<Vec<String>> = None;
        let mut skipped = 0;
        let header = loop {
            let Some(row) = rows.next() else {
                return Err(match first_seen {
                    Some(found) => ImportError::NoNameColumn { found },
                    None => ImportError::Empty,
                });
            };
            if ColumnMap::find(&row.cells).has(Column::Name) {
                break row;
            }
            let found = first_seen.get_or_insert_with(|| row.cells.clone());
            skipped += 1;
            if skipped == MAX_ROWS_ABOVE_HEADER {
                return Err(ImportError::NoNameColumn {
                    found: found.clone(),
                });
            }
        };
        let mut kept = Vec::new();
        for row in rows {
            if kept.len() == MAX_IMPORT_ROWS {
                return Err(ImportError::TooManyRows {
                    limit: MAX_IMPORT_ROWS,
                });
            }
            kept.push(row);
        }
        Ok(Table {
            header_row: header.row,
            headers: header.cells,
            rows: kept,
            format: String::new(),
        })
    }
}

/// Reads a CSV or XLSX file (at most [`MAX_IMPORT_BYTES`]). A file is read as a workbook
/// when it is a zip archive (as `.xlsx` files are), as CSV otherwise.
pub fn read_table(path: &Path) -> Result<Table, ImportError> {
    read_table_capped(path, MAX_IMPORT_BYTES)
}

/// [`read_table`] with a size cap of `limit` bytes.
fn read_table_capped(path: &Path, limit: u64) -> Result<Table, ImportError> {
    let bytes = read_capped(path, limit).map_err(|err| match err {
        CappedReadError::TooLarge { limit } => ImportError::TooLarge {
            path: path.to_owned(),
            limit,
        },
        CappedReadError::Io(cause) => ImportError::Read {
            path: path.to_owned(),
            cause,
        },
    })?;
    read_table_bytes(&bytes)
}

/// Reads a table from a file's bytes as [`read_table`] does: a workbook when they are a
/// zip archive, CSV otherwise.
pub fn read_table_bytes(bytes: &[u8]) -> Result<Table, ImportError> {
    if bytes.starts_with(b"PK\x03\x04") {
        read_xlsx_bytes(bytes)
    } else if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        Err(ImportError::OldExcel)
    } else {
        read_csv_bytes(bytes)
    }
}

/// The text of CSV bytes: UTF-8 (a byte-order mark is dropped), UTF-16 with a byte-order
/// mark, or else GB18030 (a superset of GBK and GB2312, as Chinese Excel saves CSV).
fn decode(bytes: &[u8]) -> (Cow<'_, str>, &'static str) {
    if let Some((encoding, bom_length)) = encoding_rs::Encoding::for_bom(bytes) {
        let text = encoding.decode_without_bom_handling(&bytes[bom_length..]).0;
        return (text, encoding.name());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), "UTF-8"),
        Err(_) => (
            encoding_rs::GB18030.decode_without_bom_handling(bytes).0,
            "GB18030 (GBK)",
        ),
    }
}

/// The field separator: a comma, unless the first line has more semicolons or tabs (as
/// Excel writes in some locales and in "Unicode text").
fn sniff_delimiter(text: &str) -> u8 {
    let first_line = text.lines().next().unwrap_or_default();
    let count = |c: char| first_line.matches(c).count();
    [(b',', count(',')), (b';', count(';')), (b'\t', count('\t'))]
        .into_iter()
        .fold(
            (b',', 0),
            |best, (d, n)| if n > best.1 { (d, n) } else { best },
        )
        .0
}

/// Reads CSV bytes into a table; see [`decode`] for the encodings understood. The first
/// non-blank line is the header.
pub fn read_csv_bytes(bytes: &[u8]) -> Result<Table, ImportError> {
    let (text, encoding) = decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(&text))
        .from_reader(text.as_bytes());
    let bytes = text.as_bytes();
    let mut rows = Vec::new();
    // Where the last record started, and its line.
    let (mut offset, mut line) = (0usize, 1usize);
    // Line breaks inside quoted cells so far: a spreadsheet shows such a record as one
    // row, so they do not count towards row numbers.
    let mut breaks_in_cells = 0usize;
    for record in reader.records() {
        let record = record?;
        // The reader reports where it began looking for the record: before the line
        // end of the previous record and any blank lines. The record starts after them.
        let reported = record
            .position()
            .map_or(offset, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX))
            .clamp(offset, bytes.len());
        let start = reported
            + bytes[reported..]
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .count();
        line += line_breaks(&bytes[offset..start]);
        offset = start;
        let row = line.saturating_sub(breaks_in_cells);
        breaks_in_cells += record
            .iter()
            .map(|cell| line_breaks(cell.as_bytes()))
            .sum::<usize>();
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        rows.push(TableRow {
            row,
            cells: record.iter().map(|cell| cell.trim().to_owned()).collect(),
        });
        if rows.len() > MAX_IMPORT_ROWS + MAX_ROWS_ABOVE_HEADER {
            return Err(ImportError::TooManyRows {
                limit: MAX_IMPORT_ROWS,
            });
        }
    }
    let mut table = Table::from_rows(rows)?;
    table.format = format!("CSV, {encoding}");
    Ok(table)
}

/// How many line breaks (`\r\n`, `\n` or a lone `\r`) are in `bytes`.
fn line_breaks(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .enumerate()
        .filter(|&(at, &b)| b == b'\n' || (b == b'\r' && bytes.get(at + 1) != Some(&b'\n')))
        .count()
}

#[cfg(test)]
mod tests;
