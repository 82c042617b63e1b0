//! Cell references (`B7`, `A1:F40`) as a worksheet writes them, checked against the
//! largest sheet a spreadsheet can have before the workbook reader sees them: a reference
//! beyond it overflows the reader's arithmetic (a panic, or a wrapped-around row that
//! imports another row's cells).

/// The last column a sheet can have (XFD).
pub(super) const LAST_COLUMN: u64 = 16_384;

/// The last row a sheet can have.
pub(super) const LAST_ROW: u64 = 1_048_576;

/// Why a cell reference in a workbook was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefProblem {
    /// A column past [`LAST_COLUMN`] or a row past [`LAST_ROW`].
    OutOfRange,
    /// A range whose end comes before its start (`B2:A1`).
    Reversed,
}

/// A reference's 1-based column (0 when it has none) and row (0 when it has none),
/// each capped just past its limit so that no text overflows. Text that is not a
/// reference at all (other characters) gives `None`: the reader refuses it itself.
fn position(text: &[u8]) -> Option<(u64, u64)> {
    let letters = text.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let (column_part, row_part) = text.split_at(letters);
    if !row_part.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let column = column_part.iter().fold(0u64, |column, b| {
        (column * 26 + u64::from(b.to_ascii_uppercase() - b'A') + 1).min(LAST_COLUMN + 1)
    });
    let row = row_part.iter().fold(0u64, |row, b| {
        (row * 10 + u64::from(b - b'0')).min(LAST_ROW + 1)
    });
    Some((column, row))
}

/// Checks one cell reference (`B7`, or a row number alone as `<row r="7">` has it).
pub(super) fn check_cell(text: &[u8]) -> Result<(), RefProblem> {
    match position(text) {
        Some((column, row)) if column > LAST_COLUMN || row > LAST_ROW => {
            Err(RefProblem::OutOfRange)
        }
        _ => Ok(()),
    }
}

/// Checks a sheet's dimension (`A1:F40`, or one cell): every part in range, and the end
/// not before the start.
pub(super) fn check_dimension(text: &[u8]) -> Result<(), RefProblem> {
    let parts: Vec<&[u8]> = text.split(|b| *b == b':').collect();
    for part in &parts {
        check_cell(part)?;
    }
    if let [start, end] = parts[..]
        && let (Some(start), Some(end)) = (position(start), position(end))
        && (end.0 < start.0 || end.1 < start.1)
    {
        return Err(RefProblem::Reversed);
    }
    Ok(())
}

/// The `key="value"` pairs of an element's attribute text, read as the workbook reader
/// reads them (key up to `=`, value in single or double quotes); stops at the first
/// malformed pair, which the reader refuses itself.
pub(super) fn attributes(raw: &[u8]) -> impl Iterator<Item = (&[u8], &[u8])> {
    let mut rest = raw;
    std::iter::from_fn(move || {
        let start = rest.iter().position(|b| !b.is_ascii_whitespace())?;
        rest = &rest[start..];
        let eq = rest.iter().position(|b| *b == b'=')?;
        let key = rest[..eq].trim_ascii_end();
        rest = rest[eq + 1..].trim_ascii_start();
        let quote = *rest.first().filter(|q| matches!(q, b'"' | b'\''))?;
        rest = &rest[1..];
        let end = rest.iter().position(|b| *b == quote).unwrap_or(rest.len());
        let value = &rest[..end];
        rest = rest.get(end + 1..).unwrap_or_default();
        Some((key, value))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_up_to_the_last_cell_pass() {
        for ok in [
            "A1",
            "b7",
            "XFD1048576",
            "7",
            "1048576",
            "",
            "A",
            "A1B",
            "é1",
        ] {
            assert_eq!(check_cell(ok.as_bytes()), Ok(()), "{ok}");
        }
    }

    #[test]
    fn references_past_the_last_cell_or_overflowing_are_refused() {
        for bad in [
            "XFE1",
            "A1048577",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1",
            "A99999999999999999999999999999",
            "4294967298",
        ] {
            assert_eq!(
                check_cell(bad.as_bytes()),
                Err(RefProblem::OutOfRange),
                "{bad}"
            );
        }
    }

    #[test]
    fn dimensions_must_be_in_range_and_in_order() {
        assert_eq!(check_dimension(b"A1:F40"), Ok(()));
        assert_eq!(check_dimension(b"A1"), Ok(()));
        assert_eq!(check_dimension(b"B2:A1"), Err(RefProblem::Reversed));
        assert_eq!(check_dimension(b"A2:B1"), Err(RefProblem::Reversed));
        assert_eq!(check_dimension(b"A1:ZZZZZZZ1"), Err(RefProblem::OutOfRange));
    }

    #[test]
    fn attributes_are_split_as_the_reader_splits_them() {
        let pairs: Vec<(&[u8], &[u8])> =
            attributes(br#" r="A1"  s = '3' t="s" x:r="B2" broken"#).collect();
        assert_eq!(
            pairs,
            [
                (&b"r"[..], &b"A1"[..]),
                (b"s", b"3"),
                (b"t", b"s"),
                (b"x:r", b"B2")
            ]
        );
        assert_eq!(attributes(b"r=A1").count(), 0);
    }
}
