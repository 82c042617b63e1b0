//! The booth list as an Excel workbook: bold header row frozen above the data, a filter
//! on every column, widths that fit, numbers as numbers and text always as text.

use super::ExportError;
use super::rows::{BoothCell, booth_headers, booth_rows, looks_like_formula};
use crate::io::atomic::write_atomic;
use crate::model::Plan;
use rust_xlsxwriter::{ColNum, Format, RowNum, Workbook, Worksheet};
use std::path::Path;

/// The most characters Excel keeps in one cell.
const MAX_CELL_CHARS: usize = 32_767;

/// Narrowest and widest column, in Excel's character units.
const WIDTH_RANGE: (f64, f64) = (6.0, 60.0);

/// Display width of text in Excel's character units: wide (CJK) characters count twice.
fn display_width(text: &str) -> f64 {
    text.lines()
        .map(|line| {
            line.chars()
                .map(|c| if is_wide(c) { 2.0 } else { 1.0 })
                .sum::<f64>()
        })
        .fold(0.0, f64::max)
}

/// Whether `c` is drawn two columns wide (CJK ideographs, kana, hangul, full-width forms).
fn is_wide(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

/// `text` cut to what one cell holds (Excel counts UTF-16 units).
fn fit_in_cell(text: &str) -> &str {
    let mut units = 0;
    for (at, c) in text.char_indices() {
        units += c.len_utf16();
        if units > MAX_CELL_CHARS {
            return &text[..at];
        }
    }
    text
}

/// Writes the booth list as an `.xlsx` file, atomically (see [`crate::io::write_atomic`]).
pub fn write_booth_xlsx(plan: &Plan, path: &Path) -> Result<(), ExportError> {
    let bytes = booth_xlsx_bytes(plan)?;
    write_atomic(path, |out| out.write_all(&bytes))?;
    Ok(())
}

/// The booth list as the bytes of an `.xlsx` file. The sheet is written in the writer's
/// constant-memory mode: each row goes to a temporary file as it is written, so a
/// 74,000-booth list is not held as cells in memory.
fn booth_xlsx_bytes(plan: &Plan) -> Result<Vec<u8>, ExportError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet_with_constant_memory()?;
    sheet.set_name("Booths")?;
    fill_sheet(sheet, plan)?;
    Ok(workbook.save_to_buffer()?)
}

/// Each column's width in Excel's character units: its widest cell, with room for the
/// filter button beside the header. Worked out before any row is written, since rows
/// are written once and in order.
fn column_widths(plan: &Plan, headers: &[String]) -> Vec<f64> {
    let mut widths: Vec<f64> = headers.iter().map(|h| display_width(h)).collect();
    for booth in booth_rows(plan) {
        for (width, cell) in widths.iter_mut().zip(booth.cells().iter()) {
            let cell_width = match cell {
                BoothCell::Text(text) => display_width(fit_in_cell(text)),
                BoothCell::Number(value) => display_width(&format!("{value:.2}")),
            };
            *width = width.max(cell_width);
        }
    }
    widths
        .into_iter()
        .map(|w| (w + 3.0).clamp(WIDTH_RANGE.0, WIDTH_RANGE.1))
        .collect()
}

fn fill_sheet(sheet: &mut Worksheet, plan: &Plan) -> Result<(), ExportError> {
    let header = Format::new().set_bold();
    // Text that looks like a formula is written quote-prefixed: a string cell is never a
    // formula, and the prefix keeps it text when someone edits the cell in Excel.
    let quoted = Format::new().set_quote_prefix();
    let metres = Format::new().set_num_format("0.###");
    let money = Format::new().set_num_format("#,##0.00");

    let headers = booth_headers(plan);
    for (col, width) in (0..).zip(column_widths(plan, &headers)) {
        sheet.set_column_width(col, width)?;
    }
    for (col, title) in (0..).zip(&headers) {
        sheet.write_string_with_format(0, col, fit_in_cell(title), &header)?;
    }

    let price_col = headers.len() - 2;
    let mut last_row: RowNum = 0;
    for (row, booth) in (1..).zip(booth_rows(plan)) {
        last_row = row;
        for (col, cell) in booth.cells().iter().enumerate() {
            let col_num = ColNum::try_from(col).unwrap_or(ColNum::MAX);
            match cell {
                BoothCell::Text(text) => {
                    let text = fit_in_cell(text);
                    if looks_like_formula(text) {
                        sheet.write_string_with_format(row, col_num, text, &quoted)?;
                    } else {
                        sheet.write_string(row, col_num, text)?;
                    }
                }
                BoothCell::Number(value) => {
                    let format = if col == price_col { &money } else { &metres };
                    sheet.write_number_with_format(row, col_num, *value, format)?;
                }
            }
        }
    }

    sheet.set_freeze_panes(1, 0)?;
    let last_col = ColNum::try_from(headers.len() - 1).unwrap_or(ColNum::MAX);
    sheet.autofilter(0, 0, last_row, last_col)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::test_support::plan_with_exhibitors;
    use super::*;
    use calamine::{Data, Reader, Xlsx};
    use std::io::Cursor;

    fn read_back(plan: &Plan) -> calamine::Range<Data> {
        let bytes = booth_xlsx_bytes(plan).unwrap();
        let mut workbook: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
        assert_eq!(workbook.sheet_names(), ["Booths"]);
        workbook.worksheet_range("Booths").unwrap()
    }

    #[test]
    fn numbers_are_numbers_and_formula_like_text_stays_text() {
        let names = [
            "=HYPERLINK(\"x\")",
            "@SUM(A1)",
            "+1",
            "-2",
            "\tX",
            "深度求索",
        ];
        let range = read_back(&plan_with_exhibitors(&names));
        assert_eq!(range.get((0, 0)), Some(&Data::String("booth".to_owned())));
        for (row, name) in (1..).zip(names) {
            assert_eq!(
                range.get((row, 1)),
                Some(&Data::String(name.to_owned())),
                "{name}"
            );
        }
        // x of the first booth is -5, a number; area and price too.
        assert_eq!(range.get((1, 4)), Some(&Data::Float(-5.0)));
        assert_eq!(range.get((1, 8)), Some(&Data::Float(9.0)));
        assert_eq!(range.get((1, 11)), Some(&Data::Float(1500.5)));
        assert_eq!(range.get((1, 12)), Some(&Data::String("yes".to_owned())));
        assert_eq!(range.height(), names.len() + 1);
    }

    #[test]
    fn no_cell_is_a_formula() {
        let names = ["=1+1", "@SUM(A1)"];
        let bytes = booth_xlsx_bytes(&plan_with_exhibitors(&names)).unwrap();
        let mut workbook: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
        let formulas = workbook.worksheet_formula("Booths").unwrap();
        assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
    }

    #[test]
    fn widths_count_wide_characters_twice_and_long_text_is_cut() {
        assert_eq!(display_width("Acme"), 4.0);
        assert_eq!(display_width("深度求索"), 8.0);
        assert_eq!(display_width("ab\nabcd"), 4.0);
        let long = "字".repeat(40_000);
        assert_eq!(fit_in_cell(&long).chars().count(), MAX_CELL_CHARS);
        let range = read_back(&plan_with_exhibitors(&[&long]));
        assert!(
            matches!(range.get((1, 1)), Some(Data::String(s)) if s.chars().count() == MAX_CELL_CHARS)
        );
    }

    #[test]
    fn the_file_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("booths.xlsx");
        write_booth_xlsx(&plan_with_exhibitors(&["Acme"]), &path).unwrap();
        let mut workbook: Xlsx<_> = calamine::open_workbook(&path).unwrap();
        let range = workbook.worksheet_range("Booths").unwrap();
        assert_eq!(range.get((1, 1)), Some(&Data::String("Acme".to_owned())));
    }
}
