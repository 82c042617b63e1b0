//! `expoplan export`: one row per booth, formats by flag or extension.

mod cli_common;

use cli_common::{code, run, sample_path, stderr, stdout};
use expoplan::generate::waic_2023;

#[test]
fn csv_has_one_row_per_booth() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("booths.csv");
    let sample = sample_path();
    let out = run(&[
        "export",
        sample.to_str().unwrap(),
        "--format",
        "csv",
        "-o",
        out_path.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("Wrote"));
    let mut reader = csv::Reader::from_path(&out_path).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let plan = waic_2023();
    assert_eq!(rows.len(), plan.booths.len());
    let mut numbers: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    numbers.sort_unstable();
    let mut expected: Vec<&str> = plan.booths.iter().map(|b| b.number.as_str()).collect();
    expected.sort_unstable();
    assert_eq!(numbers, expected);
}

#[test]
fn xlsx_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("booths.xlsx");
    let sample = sample_path();
    let out = run(&[
        "export",
        sample.to_str().unwrap(),
        "-o",
        out_path.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let bytes = std::fs::read(&out_path).unwrap();
    assert!(bytes.starts_with(b"PK"), "an xlsx is a zip file");
}

#[test]
fn an_unknown_format_or_the_plan_itself_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let sample = sample_path();
    let txt = dir.path().join("booths.txt");
    let out = run(&[
        "export",
        sample.to_str().unwrap(),
        "-o",
        txt.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--format"), "{}", stderr(&out));
    assert!(!txt.exists());
    let bad = run(&[
        "export",
        sample.to_str().unwrap(),
        "--format",
        "doc",
        "-o",
        "x",
    ]);
    assert_eq!(code(&bad), 2);
    let copy = dir.path().join("plan.ron");
    std::fs::copy(&sample, &copy).unwrap();
    let onto = run(&[
        "export",
        copy.to_str().unwrap(),
        "-f",
        "csv",
        "-o",
        copy.to_str().unwrap(),
    ]);
    assert_eq!(code(&onto), 2);
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        std::fs::read(&sample).unwrap()
    );
}

#[test]
fn drawings_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    let sample = sample_path();
    for (name, magic) in [
        ("floor.svg", &b"<"[..]),
        ("floor.png", &b"\x89PNG"[..]),
        ("floor.pdf", &b"%PDF"[..]),
        ("floor.html", &b"<!"[..]),
    ] {
        let path = dir.path().join(name);
        let out = run(&[
            "export",
            sample.to_str().unwrap(),
            "-o",
            path.to_str().unwrap(),
            "--paper",
            "a3",
            "--width",
            "800",
        ]);
        assert_eq!(code(&out), 0, "{name}: {}", stderr(&out));
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            bytes.starts_with(magic),
            "{name} starts with {:?}",
            &bytes[..8]
        );
    }
}
