//! The booth list as CSV: UTF-8 with a byte-order mark (so Excel reads Chinese names
//! right), RFC 4180 quoting and CRLF line ends, formula-like text defused.

use super::ExportError;
use super::rows::{BoothCell, booth_headers, booth_rows, looks_like_formula};
use crate::io::atomic::write_atomic;
use crate::model::Plan;
use std::io::Write;
use std::path::Path;

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Text as a CSV cell: text a spreadsheet would run as a formula gets a leading `'`.
fn defused(text: &str) -> String {
    if looks_like_formula(text) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// A number as a CSV cell: plain decimal notation, never defused (a negative x is a
/// number, not a formula).
fn number(value: f64) -> String {
    format!("{value}")
}

/// Writes the booth list as CSV to `out`: a byte-order mark, a header row, then one row
/// per booth (see [`super::booth_rows`]).
pub fn write_booth_csv<W: Write>(plan: &Plan, mut out: W) -> Result<(), ExportError> {
    out.write_all(BOM)?;
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(booth_headers(plan).iter().map(|h| defused(h)))?;
    for row in booth_rows(plan) {
        writer.write_record(row.cells().iter().map(|cell| match cell {
            BoothCell::Text(text) => defused(text),
            BoothCell::Number(value) => number(*value),
        }))?;
    }
    writer.flush()?;
    Ok(())
}

/// Writes the booth list as a CSV file, atomically (see [`crate::io::write_atomic`]).
pub fn write_booth_csv_file(plan: &Plan, path: &Path) -> Result<(), ExportError> {
    let mut bytes = Vec::new();
    write_booth_csv(plan, &mut bytes)?;
    write_atomic(path, |out| out.write_all(&bytes))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::test_support::plan_with_exhibitors;
    use super::*;

    fn csv_text(plan: &Plan) -> String {
        let mut bytes = Vec::new();
        write_booth_csv(plan, &mut bytes).unwrap();
        assert!(bytes.starts_with(BOM), "no byte-order mark");
        String::from_utf8(bytes[BOM.len()..].to_vec()).unwrap()
    }

    fn records(text: &str) -> Vec<Vec<String>> {
        ::csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn formula_like_names_are_defused_and_numbers_stay_numbers() {
        let names = ["=HYPERLINK(\"x\")", "@SUM(A1)", "+1", "-2", "\tX", "\rX"];
        let text = csv_text(&plan_with_exhibitors(&names));
        let rows = records(&text);
        let exhibitors: Vec<&str> = rows[1..].iter().map(|r| r[1].as_str()).collect();
        assert_eq!(
            exhibitors,
            [
                "'=HYPERLINK(\"x\")",
                "'@SUM(A1)",
                "'+1",
                "'-2",
                "'\tX",
                "'\rX"
            ]
        );
        // The first booth stands at x = -5: a plain negative number.
        assert_eq!(rows[1][4], "-5");
        assert_eq!(rows[1][8], "9");
        assert_eq!(rows[1][11], "1500.5");
        assert_eq!(rows[1][12], "yes");
        assert_eq!(rows[2][12], "no");
    }

    #[test]
    fn quoting_follows_rfc_4180_and_chinese_round_trips() {
        let names = ["深度求索", "Comma, Inc.", "Say \"hi\"", "two\nlines"];
        let text = csv_text(&plan_with_exhibitors(&names));
        assert!(
            text.starts_with("booth,exhibitor,sector,hall,x (m),"),
            "{text}"
        );
        assert!(text.contains("\r\n"));
        assert!(text.contains(",\"Comma, Inc.\","), "{text}");
        assert!(text.contains(",\"Say \"\"hi\"\"\","), "{text}");
        assert!(text.contains(",\"two\nlines\","), "{text}");
        let rows = records(&text);
        let exhibitors: Vec<&str> = rows[1..].iter().map(|r| r[1].as_str()).collect();
        assert_eq!(exhibitors, names);
        assert_eq!(rows.len(), 5);
        assert!(rows.iter().all(|r| r.len() == 13));
    }

    #[test]
    fn the_file_is_written_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("booths.csv");
        let plan = plan_with_exhibitors(&["Acme"]);
        write_booth_csv_file(&plan, &path).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        let mut expected = Vec::new();
        write_booth_csv(&plan, &mut expected).unwrap();
        assert_eq!(bytes, expected);
    }
}
