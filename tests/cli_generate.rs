//! `expoplan generate`: deterministic output, exact booth counts, and the committed
//! sample file kept in step with the generator.

mod cli_common;

use cli_common::{code, run, sample_path, stderr, stdout};
use expoplan::generate::waic_2023;
use expoplan::io::{load_plan, plan_to_ron};

#[test]
fn the_committed_sample_is_what_the_generator_makes() {
    let committed = std::fs::read_to_string(sample_path()).unwrap();
    assert!(
        committed == plan_to_ron(&waic_2023()),
        "saves/waic-2023.ron is stale: run `expoplan generate --preset waic-2023 -o saves/waic-2023.ron`"
    );
}

#[test]
fn generating_twice_gives_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.ron");
    let b = dir.path().join("b.ron");
    for path in [&a, &b] {
        let out = run(&[
            "generate",
            "--preset",
            "waic-2023",
            "--seed",
            "7",
            "-o",
            path.to_str().unwrap(),
        ]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    let default = dir.path().join("default.ron");
    run(&["generate", "-o", default.to_str().unwrap()]);
    assert_ne!(std::fs::read(&a).unwrap(), std::fs::read(&default).unwrap());
    assert_eq!(
        std::fs::read_to_string(&default).unwrap(),
        std::fs::read_to_string(sample_path()).unwrap()
    );
}

#[test]
fn five_thousand_booths_without_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    let out = run(&["generate", "--booths", "5000", "-o", path.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("5000 booths"), "{}", stdout(&out));
    let plan = load_plan(&path).unwrap();
    assert_eq!(plan.booths.len(), 5000);
    assert_eq!(plan.exhibitors.len(), 5000);
    let check = run(&["check", path.to_str().unwrap(), "--json"]);
    assert_eq!(code(&check), 0, "{}", stderr(&check));
    let json: serde_json::Value = serde_json::from_str(&stdout(&check)).unwrap();
    assert_eq!(json["booths"], 5000);
    assert_eq!(json["counts"]["errors"], 0);
}

#[test]
fn standard_output_and_bad_counts() {
    let out = run(&["generate", "--booths", "10", "-o", "-"]);
    assert_eq!(code(&out), 0);
    let plan = expoplan::io::parse_plan(&stdout(&out)).unwrap();
    assert_eq!(plan.booths.len(), 10);
    let too_many = run(&["generate", "--booths", "99999999", "-o", "-"]);
    assert_eq!(code(&too_many), 2);
    assert!(stderr(&too_many).contains("--booths"));
    let no_output = run(&["generate"]);
    assert_eq!(code(&no_output), 2);
}
