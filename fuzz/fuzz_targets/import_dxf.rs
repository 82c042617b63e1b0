//! The venue drawing import on any bytes: reading a DXF file, listing its layers and
//! making a venue of it never panic; a venue that comes out passes the integrity check,
//! saves, and loads back as the same plan; its underlay stays within its caps.
#![no_main]

use expoplan::io::dxf::{DrawingUnits, VenueLayers, import_venue, read_drawing, summarize};
use expoplan::io::{parse_plan, plan_to_ron};
use libfuzzer_sys::fuzz_target;
use std::sync::Once;

fuzz_target!(|data: &[u8]| {
    // `read_drawing` catches the DXF reader's own panics (a header date out of range
    // makes it panic) and refuses the file: let those unwind to it instead of aborting
    // here. A panic anywhere else still reaches the harness, which aborts on it.
    static QUIET: Once = Once::new();
    QUIET.call_once(|| std::panic::set_hook(Box::new(|_| {})));
    let Ok(drawing) = read_drawing(data) else {
        return;
    };
    let summary = summarize(&drawing);
    let layer = |i: usize| summary.layers.get(i).map(|l| l.name.clone());
    let layers = VenueLayers {
        halls: layer(0).into_iter().chain(layer(1)).collect(),
        columns: layer(2).into_iter().collect(),
        exits: layer(3).into_iter().collect(),
        obstacles: layer(4).into_iter().collect(),
        skipped: Vec::new(),
        units: Some(DrawingUnits::Millimetres),
    };
    let Ok(mut venue) = import_venue(&drawing, &layers, "fuzz") else {
        return;
    };
    venue.plan.check_integrity().expect("an imported venue is sound");
    venue.plan.underlay.validate().expect("the underlay is within its caps");
    let text = plan_to_ron(&venue.plan);
    let back = parse_plan(&text).expect("an imported venue loads back");
    assert_eq!(back.halls.len(), venue.plan.halls.len());
    assert_eq!(back.exits.len(), venue.plan.exits.len());
});
