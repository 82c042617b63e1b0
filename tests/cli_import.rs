//! `expoplan import`: the preview, row errors, and when OUT is written.

mod cli_common;

use cli_common::{code, run, sample_path, stderr, stdout};
use expoplan::generate::waic_2023;
use expoplan::io::load_plan;

const TABLE: &str = "\
名称,展区,宽度,深度,联系人,首发
云岫新能机器人,前沿技术,6,3,张伟,是
Orbit Quill Labs,smart terminals,9,9,ana@quill.example,no
,应用赋能,3,3,,
坏尺寸公司,核心技术,six,3,,
";

fn write_table(dir: &std::path::Path) -> String {
    let path = dir.join("exhibitors.csv");
    std::fs::write(&path, TABLE).expect("table written");
    path.to_str().expect("UTF-8 path").to_owned()
}

#[test]
fn adds_the_good_rows_reports_the_bad_and_writes_out() {
    let dir = tempfile::tempdir().unwrap();
    let table = write_table(dir.path());
    let output = dir.path().join("out.ron");
    let sample = sample_path();
    let out = run(&[
        "import",
        sample.to_str().unwrap(),
        &table,
        "-o",
        output.to_str().unwrap(),
    ]);
    let text = stdout(&out);
    assert_eq!(code(&out), 1, "rows were left out\n{text}{}", stderr(&out));
    assert!(text.contains("2 new, 0 updated, 2 rows left out"), "{text}");
    assert!(text.contains("+ 云岫新能机器人"), "{text}");
    assert!(text.contains("row 4:"), "{text}");
    assert!(text.contains("row 5:"), "{text}");
    let plan = load_plan(&output).unwrap();
    let before = waic_2023().exhibitors.len();
    assert_eq!(plan.exhibitors.len(), before + 2);
    let added = plan
        .exhibitors
        .iter()
        .find(|e| e.name == "云岫新能机器人")
        .unwrap();
    assert!(added.first_launch);
    let sector = plan.sector(added.preferred_sector.unwrap()).unwrap();
    assert_eq!(sector.name_zh, "前沿技术");
}

#[test]
fn a_dry_run_writes_nothing_and_the_plan_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let table = write_table(dir.path());
    let plan_path = dir.path().join("plan.ron");
    std::fs::copy(sample_path(), &plan_path).unwrap();
    let before = std::fs::read(&plan_path).unwrap();
    let out = run(&["import", plan_path.to_str().unwrap(), &table, "--dry-run"]);
    assert!(stdout(&out).contains("Dry run"), "{}", stdout(&out));
    assert_eq!(std::fs::read(&plan_path).unwrap(), before);
    // Without --dry-run an output is required.
    let missing = run(&["import", plan_path.to_str().unwrap(), &table]);
    assert_eq!(code(&missing), 2);
}

#[test]
fn importing_into_the_plan_itself_keeps_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let table = dir.path().join("one.csv");
    std::fs::write(&table, "name\nVesper Fold Robotics\n").unwrap();
    let plan_path = dir.path().join("plan.ron");
    std::fs::copy(sample_path(), &plan_path).unwrap();
    let p = plan_path.to_str().unwrap();
    let out = run(&["import", p, table.to_str().unwrap(), "-o", p]);
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
    assert!(dir.path().join("plan.ron.bak").exists());
    let plan = load_plan(&plan_path).unwrap();
    assert!(
        plan.exhibitors
            .iter()
            .any(|e| e.name == "Vesper Fold Robotics")
    );
    // The same table again changes nothing: exit 1, nothing written.
    let again = run(&["import", p, table.to_str().unwrap(), "-o", p]);
    assert_eq!(code(&again), 1);
    assert!(stdout(&again).contains("Nothing to import"));
}

#[test]
fn an_unreadable_table_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let table = dir.path().join("empty.csv");
    std::fs::write(&table, "").unwrap();
    let sample = sample_path();
    let out = run(&[
        "import",
        sample.to_str().unwrap(),
        table.to_str().unwrap(),
        "--dry-run",
    ]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("empty.csv"), "{}", stderr(&out));
}
