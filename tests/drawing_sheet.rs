//! The to-scale sheet for the fire authority: a fixed scale on A3, A1 or A0, a scale bar
//! of the right length on paper, the revision in the title block, the exits with their
//! widths, and a clear refusal when the plan is too large for the sheet.
#![allow(clippy::unwrap_used)] // A failed unwrap in a test helper fails the test.

mod drawing_common;

use expoplan::drawing::{
    DrawingError, DrawingOptions, Paper, Scale, SheetError, pdf_bytes, save_pdf,
};
use expoplan::generate::waic_2023;
use expoplan::model::Plan;
use std::process::Command;

/// PDF points per millimetre.
const PT_PER_MM: f64 = 72.0 / 25.4;

fn sheet(paper: Paper, scale: Scale) -> DrawingOptions {
    DrawingOptions {
        paper,
        scale,
        revision: Some("7".to_owned()),
        revision_date: Some("2023-07-01".to_owned()),
        drawn_on: Some("2023-06-30".to_owned()),
        ..DrawingOptions::default()
    }
}

/// A word of `pdftotext -bbox`: its text and box in PDF points.
#[derive(Debug, Clone)]
struct Word {
    text: String,
    x_min: f64,
    y_min: f64,
    x_max: f64,
}

/// The value of `name="…"` in `line`.
fn attribute(line: &str, name: &str) -> f64 {
    let key = format!("{name}=\"");
    let start = line.find(&key).unwrap() + key.len();
    let end = start + line[start..].find('"').unwrap();
    line[start..end].parse().unwrap()
}

/// The words of the PDF with their boxes, or `None` where pdftotext is not installed.
fn words(pdf: &Plan, opts: &DrawingOptions) -> Option<Vec<Word>> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sheet.pdf");
    save_pdf(pdf, opts, &path).unwrap();
    let Ok(output) = Command::new("pdftotext")
        .arg("-bbox")
        .arg(&path)
        .arg("-")
        .output()
    else {
        eprintln!("NOTICE: pdftotext (Debian poppler-utils) not found; the PDF not checked");
        return None;
    };
    assert!(output.status.success());
    let html = String::from_utf8(output.stdout).unwrap();
    let words = html
        .lines()
        .filter(|l| l.trim_start().starts_with("<word "))
        .map(|l| {
            let text = &l[l.find('>').unwrap() + 1..l.rfind("</word>").unwrap()];
            Word {
                text: text.replace("&amp;", "&"),
                x_min: attribute(l, "xMin"),
                y_min: attribute(l, "yMin"),
                x_max: attribute(l, "xMax"),
            }
        })
        .collect();
    Some(words)
}

/// The scale bar read back from the PDF: the distance it is labelled with (metres) and
/// its length in points, from the centre of its "0" to the centre of its "N m" label.
fn scale_bar(words: &[Word]) -> (f64, f64) {
    let same_line = |a: &Word, b: &Word| (a.y_min - b.y_min).abs() < 0.5;
    for (i, unit) in words.iter().enumerate() {
        if unit.text != "m" || i == 0 {
            continue;
        }
        let number = &words[i - 1];
        let Ok(metres) = number.text.parse::<f64>() else {
            continue;
        };
        // The bar's "0" is on the same line, left of the number, with the half-way
        // label between them.
        let half = format!("{}", metres / 2.0);
        let zero = words.iter().find(|w| {
            w.text == "0"
                && same_line(w, number)
                && w.x_max < number.x_min
                && words
                    .iter()
                    .any(|h| h.text == half && same_line(h, number) && h.x_min > w.x_max)
        });
        if let Some(zero) = zero {
            let start = (zero.x_min + zero.x_max) / 2.0;
            let end = (number.x_min + unit.x_max) / 2.0;
            return (metres, end - start);
        }
    }
    panic!("no scale bar among {words:?}");
}

fn all_text(words: &[Word]) -> String {
    words
        .iter()
        .map(|w| w.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn at_1_to_500_on_a3_the_scale_bar_is_two_millimetres_a_metre_on_paper() {
    let plan = drawing_common::plan();
    let Some(words) = words(&plan, &sheet(Paper::A3, Scale::OneTo500)) else {
        return;
    };
    let (metres, points) = scale_bar(&words);
    assert_eq!(metres, 20.0);
    // 1 m at 1:500 is 2 mm = 5.669 pt.
    let expected = metres * 2.0 * PT_PER_MM;
    assert!((expected / metres - 5.669).abs() < 0.001);
    assert!(
        (points - expected).abs() < 0.3,
        "{points} pt, not {expected} pt"
    );
    let text = all_text(&words);
    for part in [
        "1:500",
        "E1 3.0 m",
        "Revision 7",
        "2023-07-01",
        "世界人工智能大会",
    ] {
        assert!(text.contains(part), "{part} in {text}");
    }
}

#[test]
fn the_sample_at_1_to_500_on_a1_names_the_event_scale_exits_revision_and_aisles() {
    let plan = waic_2023();
    let Some(words) = words(&plan, &sheet(Paper::A1, Scale::OneTo500)) else {
        return;
    };
    let (metres, points) = scale_bar(&words);
    let expected = metres * 2.0 * PT_PER_MM;
    assert!(
        (points - expected).abs() < 0.3,
        "{points} pt, not {expected} pt"
    );
    let text = all_text(&words);
    for part in [
        "World Artificial Intelligence Conference 2023",
        "Shanghai World Expo",
        "2023-07-06",
        "1:500",
        "Revision 7",
        "Rev. date 2023-07-01",
        "main 6 m",
        "≥ 3 m",
    ] {
        assert!(text.contains(part), "{part} in {text}");
    }
    let labelled = plan
        .exits
        .iter()
        .filter(|e| !e.name.is_empty())
        .filter(|e| text.contains(&format!("{} {:.1} m", e.name, e.width_m)))
        .count();
    assert!(labelled > 0, "exits with widths in {text}");
}

#[test]
fn the_sample_is_too_large_for_a3_at_1_to_200_and_the_message_says_what_fits() {
    let plan = waic_2023();
    let err = pdf_bytes(&plan, &sheet(Paper::A3, Scale::OneTo200)).unwrap_err();
    assert!(
        matches!(err, DrawingError::Sheet(SheetError::DoesNotFit(_))),
        "{err:?}"
    );
    let message = err.to_string();
    for part in [
        "A3 landscape",
        "1:200",
        "400 × 196 m",
        "no sheet up to A0",
        "scale fit",
    ] {
        assert!(message.contains(part), "{part} in {message}");
    }
    // At 1:500 the message points to the smallest sheet that holds it.
    let err = pdf_bytes(&plan, &sheet(Paper::A3, Scale::OneTo500)).unwrap_err();
    assert!(err.to_string().contains("fits on A1 landscape"), "{err}");
    // And a fixed scale without a sheet is refused too, never drawn clipped.
    let err = pdf_bytes(&plan, &sheet(Paper::Fit, Scale::OneTo1000)).unwrap_err();
    assert!(err.to_string().contains("needs a sheet"), "{err}");
}

#[test]
fn a0_is_1189_by_841_mm_and_holds_the_sample_at_1_to_500() {
    let pdf = pdf_bytes(&waic_2023(), &sheet(Paper::A0, Scale::OneTo500)).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    let start = text.find("/MediaBox [").unwrap() + "/MediaBox [".len();
    let end = start + text[start..].find(']').unwrap();
    let media: Vec<f64> = text[start..end]
        .split_whitespace()
        .map(|v| v.parse().unwrap())
        .collect();
    assert!((media[2] - 1189.0 * PT_PER_MM).abs() < 0.1, "{media:?}");
    assert!((media[3] - 841.0 * PT_PER_MM).abs() < 0.1, "{media:?}");
}
