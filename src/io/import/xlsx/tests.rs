//! Tests of the guarded workbook reader: hostile workbooks (huge references, reversed
//! dimensions, zip bombs, lying sizes) are refused with a clear error, never a panic.

use super::*;
use rust_xlsxwriter::Workbook;
use std::io::{Read, Write};
use zip::write::SimpleFileOptions;

/// A workbook with a name column and one exhibitor, as a spreadsheet writes it.
fn plain_workbook() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "name").unwrap();
    sheet.write_string(1, 0, "Visible Co").unwrap();
    workbook.save_to_buffer().unwrap()
}

/// The parts of a zip archive, in order.
fn parts(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut part = archive.by_index(i).unwrap();
            let mut content = Vec::new();
            part.read_to_end(&mut content).unwrap();
            (part.name().unwrap().into_owned(), content)
        })
        .collect()
}

/// A zip archive of `parts`, deflated.
fn archive(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in parts {
        zip.start_file(name.as_str(), options).unwrap();
        zip.write_all(content).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// [`plain_workbook`] with `edit` applied to the text of the part named `name`.
fn patched(name: &str, edit: impl Fn(&str) -> String) -> Vec<u8> {
    let mut all = parts(&plain_workbook());
    let part = all.iter_mut().find(|(n, _)| n == name).unwrap();
    part.1 = edit(std::str::from_utf8(&part.1).unwrap()).into_bytes();
    archive(&all)
}

/// [`plain_workbook`] with `cells` added as one more row of the first sheet.
fn with_sheet_row(row: &str) -> Vec<u8> {
    patched("xl/worksheets/sheet1.xml", |xml| {
        xml.replace("</sheetData>", &format!("{row}</sheetData>"))
    })
}

fn names(table: &Table) -> Vec<&str> {
    table.rows.iter().map(|r| r.cells[0].as_str()).collect()
}

#[test]
fn a_plain_workbook_reads() {
    let table = read_xlsx_bytes(&plain_workbook()).unwrap();
    assert_eq!(names(&table), ["Visible Co"]);
    // Rewriting the archive changes nothing.
    let table = read_xlsx_bytes(&with_sheet_row("")).unwrap();
    assert_eq!(names(&table), ["Visible Co"]);
}

#[test]
fn a_column_reference_that_overflows_is_refused_not_a_panic() {
    let row =
        r#"<row r="3"><c r="AAAAAAAAAAAAAAAAAAAAA3" t="inlineStr"><is><t>x</t></is></c></row>"#;
    let err = read_xlsx_bytes(&with_sheet_row(row)).unwrap_err();
    assert!(
        matches!(
            &err,
            ImportError::Workbook(XlsxError::Reference {
                problem: RefProblem::OutOfRange,
                ..
            })
        ),
        "{err}"
    );
    let text = err.to_string();
    assert!(text.contains("xl/worksheets/sheet1.xml"), "{text}");
    assert!(text.contains("XFD1048576"), "{text}");
}

#[test]
fn a_row_reference_that_would_wrap_onto_a_visible_row_is_refused() {
    // 4294967298 wraps round to row 2 in 32 bits: without the guard this name would
    // replace the visible one in a release build.
    let row = r#"<row r="4294967298"><c r="A4294967298" t="inlineStr"><is><t>Hidden Co</t></is></c></row>"#;
    let err = read_xlsx_bytes(&with_sheet_row(row)).unwrap_err();
    assert!(err.to_string().contains("\"4294967298\" in"), "{err}");
    let row_only = r#"<row r="99999999999"><c t="inlineStr"><is><t>Hidden Co</t></is></c></row>"#;
    assert!(read_xlsx_bytes(&with_sheet_row(row_only)).is_err());
    // Still in range: read.
    let last =
        r#"<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>Last Co</t></is></c></row>"#;
    let table = read_xlsx_bytes(&with_sheet_row(last)).unwrap();
    assert_eq!(names(&table), ["Visible Co", "Last Co"]);
}

#[test]
fn a_reversed_or_huge_dimension_is_refused() {
    for dimension in ["B2:A1", "A1:XFE1", "A1:A99999999999"] {
        let bytes = patched("xl/worksheets/sheet1.xml", |xml| {
            let start = xml.find("<dimension").unwrap();
            let end = start + xml[start..].find("/>").unwrap() + 2;
            format!(
                "{}<dimension ref=\"{dimension}\"/>{}",
                &xml[..start],
                &xml[end..]
            )
        });
        let err = read_xlsx_bytes(&bytes).unwrap_err();
        assert!(err.to_string().contains(dimension), "{dimension}: {err}");
    }
}

#[test]
fn a_zip_bomb_is_refused_by_what_it_unpacks_to() {
    let limits = XlsxLimits {
        unpacked_bytes: 256 * 1024,
        ..XlsxLimits::STANDARD
    };
    // One shared string of 1 MiB: a few kB packed.
    let bomb = patched("xl/sharedStrings.xml", |xml| {
        xml.replace("Visible Co", &"x".repeat(1024 * 1024))
    });
    assert!(bomb.len() < 16 * 1024, "{}", bomb.len());
    let err = read_xlsx_limited(&bomb, &limits).unwrap_err();
    assert!(
        matches!(err, ImportError::Workbook(XlsxError::TooLarge { .. })),
        "{err}"
    );
    assert!(err.to_string().contains("256 KiB"), "{err}");
    assert!(read_xlsx_limited(&plain_workbook(), &limits).is_ok());
}

#[test]
fn a_part_that_lies_about_its_size_is_counted_as_it_unpacks() {
    let limits = XlsxLimits {
        unpacked_bytes: 256 * 1024,
        ..XlsxLimits::STANDARD
    };
    let mut bomb = patched("xl/sharedStrings.xml", |xml| {
        xml.replace("Visible Co", &"x".repeat(1024 * 1024))
    });
    // Every part claims to unpack to 10 bytes, in its local and its central header.
    for (signature, at) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
        let starts: Vec<usize> = bomb
            .windows(4)
            .enumerate()
            .filter(|(_, w)| w == signature)
            .map(|(i, _)| i)
            .collect();
        for start in starts {
            bomb[start + at..start + at + 4].copy_from_slice(&10u32.to_le_bytes());
        }
    }
    assert!(read_xlsx_limited(&bomb, &limits).is_err());
}

#[test]
fn many_cells_naming_one_long_string_are_capped() {
    let limits = XlsxLimits {
        cell_text: 64 * 1024,
        ..XlsxLimits::STANDARD
    };
    let long = "y".repeat(16 * 1024);
    let bytes = patched("xl/sharedStrings.xml", |xml| {
        xml.replace("Visible Co", &long)
    });
    let cells: String = (2..10)
        .map(|r| format!(r#"<row r="{r}"><c r="A{r}" t="s"><v>1</v></c></row>"#))
        .collect();
    let bytes = {
        let mut all = parts(&bytes);
        let sheet = all
            .iter_mut()
            .find(|(n, _)| n == "xl/worksheets/sheet1.xml")
            .unwrap();
        let xml = String::from_utf8(sheet.1.clone()).unwrap();
        let start = xml.find("<row r=\"2\"").unwrap();
        let end = xml.find("</sheetData>").unwrap();
        sheet.1 = format!("{}{cells}{}", &xml[..start], &xml[end..]).into_bytes();
        archive(&all)
    };
    let err = read_xlsx_limited(&bytes, &limits).unwrap_err();
    assert!(
        matches!(err, ImportError::Workbook(XlsxError::TooMuchText { .. })),
        "{err}"
    );
}

#[test]
fn a_panic_inside_the_reader_becomes_an_error() {
    let result: Result<(), ImportError> = contained(|| panic!("attempt to add with overflow"));
    let err = result.unwrap_err();
    assert!(
        matches!(err, ImportError::Workbook(XlsxError::ReaderPanicked)),
        "{err}"
    );
    assert!(err.to_string().contains("damaged or crafted"), "{err}");
}

#[test]
fn a_broken_archive_is_a_reader_error() {
    let mut bytes = plain_workbook();
    bytes.truncate(bytes.len() / 2);
    assert!(matches!(
        read_xlsx_bytes(&bytes),
        Err(ImportError::Workbook(XlsxError::Reader(_)))
    ));
}
