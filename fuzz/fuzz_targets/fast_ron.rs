//! The fast save reader beside ron's on the same text: whatever the fast reader takes,
//! ron reads to the same plan (or both refuse it); and the loader, which tries the fast
//! reader first, never panics.
#![no_main]

use expoplan::io::{parse_plan, parse_plan_fast, parse_plan_general};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let loaded = parse_plan(text);
    let general = parse_plan_general(text);
    match parse_plan_fast(text) {
        Some(Ok(fast)) => match &general {
            Ok(plan) => assert_eq!(&fast, plan, "the two readers read different plans"),
            Err(err) => panic!("the fast reader took text ron refuses: {err}"),
        },
        Some(Err(_)) => assert!(general.is_err(), "only the fast reader's plan was refused"),
        None => {}
    }
    assert_eq!(loaded.is_ok(), general.is_ok(), "the loader and ron disagree");
});
