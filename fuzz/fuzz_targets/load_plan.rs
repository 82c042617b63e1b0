//! The save loader on any bytes: it returns a plan or an error, never panics; and a plan
//! it returns saves and loads back to the same plan and the same text.
#![no_main]

use expoplan::io::{parse_plan, parse_plan_bytes, plan_to_ron};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(plan) = parse_plan_bytes(data) else {
        return;
    };
    let text = plan_to_ron(&plan);
    let again = match parse_plan(&text) {
        Ok(again) => again,
        Err(err) => panic!("a plan expoplan saved does not load: {err}\n{text}"),
    };
    assert_eq!(again, plan, "load → save → load changed the plan");
    assert_eq!(plan_to_ron(&again), text, "saving twice gave other text");
});
