//! The fast reader reads what expoplan writes to the plan ron reads, and leaves anything
//! else to ron.

use super::super::tests::sample_plan;
use super::super::{parse_plan, parse_plan_fast, parse_plan_general, plan_to_ron};
use crate::model::{Exhibitor, ExhibitorId, Plan};
use proptest::prelude::*;

/// What the fast reader made of `text`, which it must have taken.
fn fast(text: &str) -> Plan {
    match parse_plan_fast(text) {
        Some(Ok(plan)) => plan,
        Some(Err(err)) => panic!("the fast reader's plan was refused: {err}"),
        None => panic!("the fast reader gave up on\n{text}"),
    }
}

#[test]
fn what_expoplan_writes_is_read_fast_to_the_plan_ron_reads() {
    for plan in [sample_plan(), crate::generate::waic_2023()] {
        let text = plan_to_ron(&plan);
        assert_eq!(fast(&text), plan);
        assert_eq!(parse_plan_general(&text).unwrap(), plan);
    }
}

#[test]
fn generated_plans_of_several_sizes_read_fast_as_ron_reads_them() {
    for booths in [1, 600, 5_000] {
        let plan = crate::generate::generate(&crate::generate::GenerateOptions {
            booths: Some(booths),
            ..crate::generate::GenerateOptions::default()
        });
        let text = plan_to_ron(&plan);
        assert_eq!(fast(&text), plan, "{booths} booths");
        assert_eq!(parse_plan_general(&text).unwrap(), plan, "{booths} booths");
    }
}

#[test]
fn every_truncation_gives_ron_s_error_at_ron_s_place() {
    let text = plan_to_ron(&sample_plan());
    let cuts = (0..text.trim_end().len()).filter(|at| text.is_char_boundary(*at));
    for cut in cuts {
        let short = &text[..cut];
        let (Err(loaded), Err(general)) = (parse_plan(short), parse_plan_general(short)) else {
            panic!("a plan cut at byte {cut} loaded");
        };
        assert_eq!(loaded.to_string(), general.to_string(), "cut at byte {cut}");
    }
}

#[test]
fn every_file_in_saves_reads_fast_to_what_ron_gives() {
    let saves = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves");
    let mut files = Vec::new();
    for folder in [saves.clone(), saves.join("fixtures")] {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ron") {
                files.push(path);
            }
        }
    }
    assert!(files.len() >= 5, "{files:?}");
    for path in files {
        let name = path.display();
        let text = std::fs::read_to_string(&path).unwrap();
        let general = parse_plan_general(&text).unwrap();
        let read = parse_plan_fast(&text).unwrap_or_else(|| panic!("{name} is left to ron"));
        assert_eq!(read.unwrap(), general, "{name}");
        assert_eq!(parse_plan(&text).unwrap(), general, "{name}");
    }
}

#[test]
fn line_comments_are_read_as_ron_reads_them() {
    let text = plan_to_ron(&sample_plan())
        .replacen("version: 4,", "version: 4, // the current format", 1)
        .replacen(
            "booths: [",
            "// every booth, one a line\n    booths: [ // sorted by id",
            1,
        );
    assert_eq!(fast(&text), sample_plan());
    assert_eq!(parse_plan_general(&text).unwrap(), sample_plan());
}

#[test]
fn strings_with_every_escape_ron_writes_read_back() {
    let mut plan = sample_plan();
    plan.meta.name = "quote \" backslash \\ tab \t cr \r nul \0 e\u{301} bell \u{7} 堃喆".into();
    plan.meta.venue = "apostrophe ' and 🎪 and \u{200b}".into();
    let text = plan_to_ron(&plan);
    assert!(
        text.contains("\\u{"),
        "escape_debug writes \\u{{…}} escapes:\n{text}"
    );
    assert_eq!(fast(&text), plan);
}

#[test]
fn what_only_ron_reads_is_left_to_ron() {
    let text = plan_to_ron(&sample_plan());
    let name = "name: \"Test \\\"show\\\"\"";
    assert!(text.contains(name));
    for (from, to) in [
        ("version: 4", "version: 0x4"),
        ("grid_step_m: 1.0", "grid_step_m: 1_0.0"),
        ("grid_step_m: 1.0", "grid_step_m: 1.0f64"),
        ("grid_step_m: 1.0", "grid_step_m: 1"),
        ("grid_step_m: 1.0", "grid_step_m: 01.0"),
        (name, "name: r#\"Test \"show\"\"#"),
        ("(\n    version", "SaveFile(\n    version"),
        ("(\n    version", "/* a plan */ (\n    version"),
    ] {
        let changed = text.replacen(from, to, 1);
        assert_ne!(changed, text, "{from}");
        assert!(parse_plan_fast(&changed).is_none(), "{to}");
        let general = parse_plan_general(&changed);
        match parse_plan(&changed) {
            Ok(plan) => assert_eq!(Some(plan), general.ok(), "{to}"),
            Err(err) => assert!(general.is_err(), "{to}: {err}"),
        }
    }
}

#[test]
fn an_error_is_ron_s_with_its_line_and_column() {
    let text = plan_to_ron(&sample_plan()).replacen("min_aisle_m: 3.0", "min_aisle_m: \"3\"", 1);
    assert!(parse_plan_fast(&text).is_none());
    let err = parse_plan(&text).unwrap_err().to_string();
    let line = 1 + text[..text.find("min_aisle_m").unwrap()]
        .matches('\n')
        .count();
    assert!(err.contains(&format!("line {line}")), "{err}");
}

#[test]
fn nesting_deeper_than_ron_allows_is_left_to_ron() {
    let deep = format!("{}{}", "[".repeat(500), "]".repeat(500));
    let text = plan_to_ron(&sample_plan()).replacen("booths: [", &format!("booths: [{deep}, "), 1);
    assert!(parse_plan_fast(&text).is_none());
    assert!(parse_plan(&text).is_err());
}

#[test]
fn trailing_text_is_left_to_ron() {
    let text = format!("{}\n(", plan_to_ron(&sample_plan()));
    assert!(parse_plan_fast(&text).is_none());
    assert!(parse_plan(&text).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_names_and_numbers_read_fast_as_written(
        names in proptest::collection::vec(any::<String>(), 1..6),
        priority in any::<f64>().prop_filter("finite", |p| p.is_finite()),
    ) {
        let mut plan = sample_plan();
        plan.exhibitors = names
            .iter()
            .zip(1..)
            .map(|(name, id)| {
                let mut e = Exhibitor::new(ExhibitorId(id), name);
                e.priority = priority;
                e
            })
            .collect();
        for booth in &mut plan.booths {
            booth.exhibitor = None;
        }
        let text = plan_to_ron(&plan);
        prop_assert_eq!(fast(&text), plan);
    }

    #[test]
    fn a_changed_byte_read_fast_gives_what_ron_gives(at in 0usize..4096, byte in any::<u8>()) {
        let mut bytes = plan_to_ron(&sample_plan()).into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        if let Ok(text) = std::str::from_utf8(&bytes)
            && let Some(read) = parse_plan_fast(text)
        {
            let general = parse_plan_general(text);
            match read {
                Ok(plan) => prop_assert_eq!(Some(plan), general.ok()),
                Err(_) => prop_assert!(general.is_err()),
            }
        }
    }
}
