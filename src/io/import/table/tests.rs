//! Tests of reading tables from CSV and XLSX.

use super::*;
use proptest::prelude::*;
use rust_xlsxwriter::Workbook;

fn cells(table: &Table) -> Vec<(usize, Vec<&str>)> {
    table
        .rows
        .iter()
        .map(|r| (r.row, r.cells.iter().map(String::as_str).collect()))
        .collect()
}

const CHINESE: &str = "名称,展区,宽度,深度,面积,联系人,首发\n\
                       深度求索,核心技术,6,3,,张伟,是\n\
                       商汤科技,智能终端,,,36,,否\n";

#[test]
fn utf8_with_and_without_a_byte_order_mark() {
    let plain = read_csv_bytes(CHINESE.as_bytes()).unwrap();
    assert_eq!(plain.header_row, 1);
    assert_eq!(
        plain.headers,
        ["名称", "展区", "宽度", "深度", "面积", "联系人", "首发"]
    );
    assert_eq!(
        cells(&plain),
        [
            (2, vec!["深度求索", "核心技术", "6", "3", "", "张伟", "是"]),
            (3, vec!["商汤科技", "智能终端", "", "", "36", "", "否"]),
        ]
    );
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(CHINESE.as_bytes());
    assert_eq!(read_csv_bytes(&with_bom).unwrap(), plain);
}

#[test]
fn gbk_and_gb18030_bytes_are_decoded() {
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(CHINESE);
    assert!(!unmappable);
    assert!(
        std::str::from_utf8(&gbk).is_err(),
        "the test needs bytes that are not UTF-8"
    );
    let expected = read_csv_bytes(CHINESE.as_bytes()).unwrap();
    assert_eq!(expected.format, "CSV, UTF-8");
    let from_gbk = read_csv_bytes(&gbk).unwrap();
    assert_eq!(from_gbk.format, "CSV, GB18030 (GBK)");
    assert_eq!(
        (from_gbk.headers, from_gbk.rows),
        (expected.headers.clone(), expected.rows.clone())
    );
    let (gb18030, _, _) = encoding_rs::GB18030.encode(CHINESE);
    let from_gb18030 = read_csv_bytes(&gb18030).unwrap();
    assert_eq!(
        (from_gb18030.headers, from_gb18030.rows),
        (expected.headers, expected.rows)
    );
}

#[test]
fn utf16_tab_separated_text_is_read() {
    let text = CHINESE.replace(',', "\t");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let (utf16, utf8) = (
        read_csv_bytes(&bytes).unwrap(),
        read_csv_bytes(CHINESE.as_bytes()).unwrap(),
    );
    assert_eq!(utf16.format, "CSV, UTF-16LE");
    assert_eq!((utf16.headers, utf16.rows), (utf8.headers, utf8.rows));
}

#[test]
fn semicolons_separate_when_the_header_has_more_of_them() {
    let table = read_csv_bytes("name;width;depth\nAcme, Inc.;3;3\n".as_bytes()).unwrap();
    assert_eq!(cells(&table), [(2, vec!["Acme, Inc.", "3", "3"])]);
}

#[test]
fn quoted_commas_quotes_and_line_breaks_and_row_numbers() {
    let text = "name,contact\r\n\
                \"Comma, Inc.\",\"line one\r\nline two\"\r\n\
                \r\n\
                \"Say \"\"hi\"\"\",x\r\n\
                  Padded  , y \r\n";
    let table = read_csv_bytes(text.as_bytes()).unwrap();
    // Row 2 holds a line break in a cell (still one spreadsheet row); row 3 is blank.
    assert_eq!(
        cells(&table),
        [
            (2, vec!["Comma, Inc.", "line one\r\nline two"]),
            (4, vec!["Say \"hi\"", "x"]),
            (5, vec!["Padded", "y"]),
        ]
    );
    // The same with bare line feeds, and with old Mac carriage returns.
    for ending in ["\n", "\r"] {
        let other = read_csv_bytes(text.replace("\r\n", ending).as_bytes()).unwrap();
        let rows: Vec<usize> = other.rows.iter().map(|r| r.row).collect();
        assert_eq!(rows, [2, 4, 5], "{ending:?}");
    }
}

#[test]
fn a_header_below_blank_lines_keeps_its_row_number() {
    let table = read_csv_bytes("\n\nname\nAcme\n".as_bytes()).unwrap();
    assert_eq!(table.header_row, 3);
    assert_eq!(cells(&table), [(4, vec!["Acme"])]);
}

#[test]
fn a_table_without_a_name_column_or_header_is_refused() {
    let err = read_csv_bytes("company id,phone\n1,2\n".as_bytes()).unwrap_err();
    assert!(
        matches!(&err, ImportError::NoNameColumn { found } if found == &["company id", "phone"])
    );
    assert!(err.to_string().contains("no name column"), "{err}");
    assert!(matches!(read_csv_bytes(b""), Err(ImportError::Empty)));
    assert!(matches!(
        read_csv_bytes(b"\n , \n"),
        Err(ImportError::Empty)
    ));
}

#[test]
fn files_are_read_by_content_with_a_size_cap() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("list.csv");
    std::fs::write(&csv, CHINESE).unwrap();
    assert_eq!(read_table(&csv).unwrap().rows.len(), 2);
    assert!(matches!(
        read_table_capped(&csv, 10),
        Err(ImportError::TooLarge { limit: 10, .. })
    ));
    let xls = dir.path().join("old.xls");
    std::fs::write(&xls, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest").unwrap();
    assert!(matches!(read_table(&xls), Err(ImportError::OldExcel)));
    assert!(matches!(
        read_table(&dir.path().join("missing.csv")),
        Err(ImportError::Read { .. })
    ));
}

#[test]
fn xlsx_first_sheet_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("list.xlsx");
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    // The table starts at B3, under a title.
    sheet.write_string(0, 0, "Exhibitors 2023").unwrap();
    for (col, header) in (1..).zip(["名称", "Sector", "Width (m)", "depth", "首发"]) {
        sheet.write_string(2, col, header).unwrap();
    }
    sheet.write_string(3, 1, "深度求索").unwrap();
    sheet.write_string(3, 2, "core technology").unwrap();
    sheet.write_number(3, 3, 6.0).unwrap();
    sheet.write_number(3, 4, 4.5).unwrap();
    sheet.write_boolean(3, 5, true).unwrap();
    sheet.write_string(5, 1, "=not a formula").unwrap();
    // Far away: a column past the 256th is ignored, not allocated.
    sheet.write_string(5, 16_000, "ignored").unwrap();
    workbook
        .add_worksheet()
        .write_string(0, 0, "second sheet")
        .unwrap();
    workbook.save(&path).unwrap();

    let table = read_table(&path).unwrap();
    // The title in row 1 names no column: the header is row 3.
    assert_eq!(table.header_row, 3);
    assert_eq!(
        table.headers,
        ["", "名称", "Sector", "Width (m)", "depth", "首发"]
    );
    assert_eq!(
        cells(&table),
        [
            (
                4,
                vec!["", "深度求索", "core technology", "6", "4.5", "true"]
            ),
            (6, vec!["", "=not a formula"]),
        ]
    );
}

#[test]
fn titles_above_the_header_are_skipped_but_not_forever() {
    let table = read_csv_bytes("2023 exhibitors\nname\nAcme\n".as_bytes()).unwrap();
    assert_eq!(
        (table.header_row, cells(&table)),
        (2, vec![(3, vec!["Acme"])])
    );
    let many = "title\n".repeat(MAX_ROWS_ABOVE_HEADER) + "name\nAcme\n";
    let err = read_csv_bytes(many.as_bytes()).unwrap_err();
    assert!(matches!(&err, ImportError::NoNameColumn { found } if found == &["title"]));
}

#[test]
fn too_many_rows_are_refused() {
    let mut text = String::from("name\n");
    for i in 0..=MAX_IMPORT_ROWS {
        text.push_str(&format!("e{i}\n"));
    }
    assert!(matches!(
        read_csv_bytes(text.as_bytes()),
        Err(ImportError::TooManyRows { .. })
    ));
}

proptest! {
    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = read_csv_bytes(&bytes);
    }
}
