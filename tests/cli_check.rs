//! `expoplan check`: exit codes, the readable report and the JSON report.

mod cli_common;

use cli_common::{code, run, sample_path, save, stderr, stdout};
use expoplan::generate::waic_2023;

fn sample() -> String {
    sample_path().to_str().expect("UTF-8 path").to_owned()
}

#[test]
fn the_sample_passes_and_lists_every_sector_in_both_languages() {
    let out = run(&["check", &sample()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    for s in &waic_2023().sectors {
        let row = format!("{}  {} {}", s.code, s.name_en, s.name_zh);
        assert!(text.contains(&row), "{row} missing from\n{text}");
    }
    assert!(text.contains("Limit 50,000 m²"), "{text}");
    assert!(text.contains("within the limit"));
    assert!(text.contains("The exits are wide enough."));
    assert!(text.contains("Problems: 0 errors"), "{text}");
}

#[test]
fn json_has_the_report_fields_with_the_plans_counts() {
    let out = run(&["check", &sample(), "--json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let plan = waic_2023();
    assert_eq!(json["booths"], plan.booths.len());
    assert_eq!(json["exhibitors"], plan.exhibitors.len());
    assert_eq!(json["capacity_limit_m2"], 50_000.0);
    let sector_area: f64 = plan.sectors.iter().map(|s| s.area_m2()).sum();
    assert_eq!(json["total_sector_area_m2"].as_f64(), Some(sector_area));
    let booth_area: f64 = plan.booths.iter().map(|b| b.rect.area()).sum();
    let reported = json["total_booth_area_m2"].as_f64().unwrap();
    assert!((reported - booth_area).abs() < 1e-6);
    let sectors = json["sectors"].as_array().unwrap();
    assert_eq!(sectors.len(), 4);
    let booths_in_sectors: u64 = sectors.iter().map(|s| s["booths"].as_u64().unwrap()).sum();
    assert_eq!(booths_in_sectors as usize, plan.booths.len());
    assert_eq!(sectors[3]["name_zh"], "前沿技术");
    let problems = json["problems"].as_array().unwrap();
    assert!(problems.iter().all(|p| p["severity"] != "error"));
}

#[test]
fn an_overlap_exits_1_and_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = waic_2023();
    plan.booths[1].rect = plan.booths[0].rect;
    let path = save(dir.path(), "overlap.ron", &plan);
    let out = run(&["check", &path]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Errors ("), "{text}");
    assert!(text.contains("booth-overlap"), "{text}");
    assert!(text.contains(&plan.booths[0].number));
    let json = run(&["check", &path, "--json"]);
    assert_eq!(code(&json), 1);
    let json: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert!(
        json["problems"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["code"] == "booth-overlap")
    );
}

#[test]
fn a_broken_file_exits_2_naming_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    // Line 4 is the plan's name: take away its quotes.
    let text = std::fs::read_to_string(sample_path()).unwrap().replacen(
        "name: \"WAIC 2023\",",
        "name: WAIC 2023,",
        1,
    );
    std::fs::write(&path, text).unwrap();
    let out = run(&["check", path.to_str().unwrap()]);
    assert_eq!(code(&out), 2);
    let message = stderr(&out);
    let place = format!("{}:4:", path.display());
    assert!(message.contains(&place), "{message}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn a_missing_file_exits_2() {
    let out = run(&["check", "no-such-plan.ron"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("no-such-plan.ron"));
}

#[test]
fn the_sector_filter_takes_either_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = waic_2023();
    // An overlap in sector A only.
    plan.booths[1].rect = plan.booths[0].rect;
    let path = save(dir.path(), "overlap.ron", &plan);
    let a = run(&["check", &path, "--sector", "核心技术"]);
    assert_eq!(code(&a), 1);
    assert!(stdout(&a).contains("Problems in sector A Core technology 核心技术"));
    let d = run(&[
        "check",
        &path,
        "--sector",
        "CUTTING-EDGE technology",
        "--json",
    ]);
    assert_eq!(code(&d), 0, "no error concerns sector D");
    let json: serde_json::Value = serde_json::from_str(&stdout(&d)).unwrap();
    assert!(
        json["problems"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["code"] != "booth-overlap")
    );
    let unknown = run(&["check", &path, "--sector", "robots"]);
    assert_eq!(code(&unknown), 2);
    assert!(stderr(&unknown).contains("应用赋能"));
}
