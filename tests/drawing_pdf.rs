//! The PDF drawing: a real PDF, the paper's page size, text embedded as text.
#![allow(clippy::unwrap_used)] // A failed unwrap in a test helper fails the test.

mod drawing_common;

use drawing_common::{CHINESE_NAME, plan};
use expoplan::drawing::{DrawingOptions, Paper, pdf_bytes, save_pdf, write_pdf};
use std::process::Command;

/// The numbers of the first `/MediaBox [...]`.
fn media_box(pdf: &[u8]) -> Vec<f64> {
    let text = String::from_utf8_lossy(pdf);
    let start = text.find("/MediaBox [").unwrap() + "/MediaBox [".len();
    let end = start + text[start..].find(']').unwrap();
    text[start..end]
        .split_whitespace()
        .map(|v| v.parse().unwrap())
        .collect()
}

fn options(paper: Paper, landscape: bool) -> DrawingOptions {
    DrawingOptions {
        paper,
        landscape,
        ..DrawingOptions::default()
    }
}

#[test]
fn a3_landscape_is_one_page_of_420_by_297_mm() {
    let pdf = pdf_bytes(&plan(), &options(Paper::A3, true)).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let mb = media_box(&pdf);
    assert_eq!(mb.len(), 4);
    assert!((mb[2] - 1190.55).abs() < 0.1, "{mb:?}");
    assert!((mb[3] - 841.89).abs() < 0.1, "{mb:?}");
    let portrait = media_box(&pdf_bytes(&plan(), &options(Paper::A1, false)).unwrap());
    assert!((portrait[2] - 1683.78).abs() < 0.1 && (portrait[3] - 2383.94).abs() < 0.1);
}

#[test]
fn text_is_embedded_in_the_bundled_font() {
    let pdf = pdf_bytes(&plan(), &options(Paper::A3, true)).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    assert!(
        text.contains("/ToUnicode"),
        "text can be searched and copied"
    );
    assert!(
        text.contains("NotoSansCJKsc"),
        "the bundled font is embedded"
    );
    assert!(text.contains("/FontFile"), "with its glyphs");
}

#[test]
fn pdftotext_finds_the_chinese_name_and_booth_numbers_when_available() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.pdf");
    save_pdf(&plan(), &options(Paper::A1, true), &path).unwrap();
    let Ok(output) = Command::new("pdftotext").arg(&path).arg("-").output() else {
        eprintln!(
            "NOTICE: pdftotext (Debian poppler-utils) not found; text extraction not checked"
        );
        return;
    };
    assert!(output.status.success());
    let text: String = String::from_utf8_lossy(&output.stdout)
        .split_whitespace()
        .collect();
    assert!(text.contains(CHINESE_NAME), "{text}");
    for number in ["A-001", "B-001", "C-001", "D-001", "D-002"] {
        assert!(text.contains(number), "{number} in {text}");
    }
    assert!(text.contains("核心技术"));
}

#[test]
fn writing_to_a_writer_gives_the_same_document() {
    let plan = plan();
    let opts = options(Paper::Fit, true);
    let mut written = Vec::new();
    write_pdf(&plan, &opts, &mut written).unwrap();
    let again = pdf_bytes(&plan, &opts).unwrap();
    // svg2pdf lists resource dictionaries in hash order, so the bytes may be shuffled
    // within a line or two; the objects and their sizes are the same.
    assert_eq!(written.len(), again.len());
    let mut a = written.clone();
    let mut b = again.clone();
    a.sort_unstable();
    b.sort_unstable();
    assert_eq!(a, b);
    assert!(written.ends_with(b"%%EOF"));
}
