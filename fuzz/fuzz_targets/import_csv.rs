//! The CSV exhibitor import on any bytes: reading, previewing and applying the import
//! never panic, and the plan it gives still passes the integrity check.
#![no_main]

use expoplan::io::{parse_plan, preview_import, read_csv_bytes};
use expoplan::model::Plan;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// The plan rows are imported into: a small fixture with sectors and exhibitors.
fn plan() -> &'static Plan {
    static PLAN: OnceLock<Plan> = OnceLock::new();
    PLAN.get_or_init(|| {
        parse_plan(include_str!("../../saves/fixtures/v2-small.ron")).expect("the fixture loads")
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(table) = read_csv_bytes(data) else {
        return;
    };
    let preview = preview_import(plan(), &table);
    if let Some(edit) = preview.edit() {
        let mut plan = plan().clone();
        edit.apply(&mut plan).expect("a previewed import applies");
        plan.check_integrity().expect("an import keeps the plan sound");
    }
});
