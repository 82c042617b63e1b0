//! Tests of the whole generator: the sample's figures and that its layout keeps the
//! rules by construction.

use super::exits::required_exit_width;
use super::names::is_chinese;
use super::*;
use crate::model::{EPS, FloorIndex, Item, ObstacleKind};

/// Pairs of booths closer than an aisle without touching, booths near obstacles, booths
/// outside their hall or sector, booths in exit clear zones: the layout faults the rules
/// report, checked here independently of the rules module.
fn layout_faults(plan: &Plan) -> Vec<String> {
    let index = FloorIndex::build(plan);
    let aisle = plan.settings.min_aisle_m;
    let mut faults = Vec::new();
    for booth in &plan.booths {
        let Some(probe) = booth.rect.expanded(aisle - 0.01) else {
            continue;
        };
        for (item, rect) in index.touching(&probe) {
            let gap = booth.rect.gap(&rect);
            match item {
                Item::Booth(id) if id == booth.id => {}
                Item::Booth(id) => {
                    if booth.rect.overlaps(&rect) || (gap > EPS && gap < aisle - EPS) {
                        faults.push(format!("{} vs booth {id}: gap {gap}", booth.number));
                    }
                }
                Item::Obstacle(id) => {
                    if gap < aisle - EPS {
                        faults.push(format!("{} vs obstacle {id}: gap {gap}", booth.number));
                    }
                }
            }
        }
        let Some(hall) = plan.hall_containing(&booth.rect) else {
            faults.push(format!("{} outside every hall", booth.number));
            continue;
        };
        for side in crate::model::Side::ALL {
            let wall_gap = match side {
                crate::model::Side::North => booth.rect.y() - hall.bounds().y(),
                crate::model::Side::South => hall.bounds().max_y() - booth.rect.max_y(),
                crate::model::Side::West => booth.rect.x() - hall.bounds().x(),
                crate::model::Side::East => hall.bounds().max_x() - booth.rect.max_x(),
            };
            if wall_gap > EPS && wall_gap < aisle - EPS {
                faults.push(format!("{} is {wall_gap} m from a wall", booth.number));
            }
        }
        let in_sector = plan
            .sector(booth.sector)
            .is_some_and(|s| s.contains_rect(&booth.rect));
        if !in_sector {
            faults.push(format!("{} outside its sector", booth.number));
        }
    }
    for exit in &plan.exits {
        let Some(hall) = plan.hall(exit.hall) else {
            faults.push(format!("{} has no hall", exit.name));
            continue;
        };
        let Some(zone) = exit.clear_zone(hall, plan.settings.exit_clear_m) else {
            continue;
        };
        if index
            .touching(&zone.bounds())
            .any(|(_, r)| zone.overlaps_rect(&r))
        {
            faults.push(format!("{} clear zone blocked", exit.name));
        }
    }
    faults
}

#[test]
fn sample_has_the_shows_figures() {
    let plan = waic_2023();
    let exhibitors = plan.exhibitors.len();
    assert!(exhibitors >= 400, "{exhibitors} exhibitors");
    let chinese = plan
        .exhibitors
        .iter()
        .filter(|e| is_chinese(&e.name))
        .count();
    assert!(
        chinese * 3 >= exhibitors,
        "{chinese} of {exhibitors} Chinese"
    );
    let launches = plan.exhibitors.iter().filter(|e| e.first_launch).count();
    assert!(launches >= 30, "{launches} first launches");
    let sector_area: f64 = plan.sectors.iter().map(|s| s.area_m2()).sum();
    assert!(sector_area <= plan.settings.capacity_limit_m2);
    assert!(sector_area >= 45_000.0, "{sector_area} m² of sectors");
    assert_eq!(plan.settings.capacity_limit_m2, 50_000.0);
    let west = &plan.halls[0];
    assert!((west.area_m2() - 25_000.0).abs() < 1.0);
    let stages = plan
        .obstacles
        .iter()
        .filter(|o| o.kind == ObstacleKind::Stage)
        .count();
    assert!(stages >= 6, "{stages} stages");
    assert!(plan.sectors.iter().all(|s| !s.regions.is_empty()));
}

#[test]
fn sample_exhibitors_match_their_booths() {
    let plan = waic_2023();
    let mut booths_of = vec![0; plan.exhibitors.len() + 1];
    for booth in &plan.booths {
        if let Some(id) = booth.exhibitor {
            booths_of[id.0 as usize] += 1;
            let e = plan.exhibitor(id).unwrap();
            assert_eq!(e.preferred_sector, Some(booth.sector));
            let size = e.requested_size.unwrap();
            assert_eq!((size.w, size.h), (booth.rect.w(), booth.rect.h()));
        }
        assert!(booth.price > 0.0);
    }
    assert!(booths_of[1..].iter().all(|n| *n == 1));
    let sold = plan
        .booths
        .iter()
        .filter(|b| matches!(b.status, crate::model::BoothStatus::Sold))
        .count();
    assert!(sold * 2 > plan.booths.len());
}

#[test]
fn sample_numbers_are_unique_and_integrity_holds() {
    let mut plan = waic_2023();
    let copy = plan.clone();
    plan.check_integrity().unwrap();
    assert_eq!(plan, copy, "lists were already sorted");
    let mut numbers: Vec<&str> = plan.booths.iter().map(|b| b.number.as_str()).collect();
    numbers.sort_unstable();
    numbers.dedup();
    assert_eq!(numbers.len(), plan.booths.len());
}

#[test]
fn sample_exits_are_wide_enough_per_hall() {
    let plan = waic_2023();
    for hall in &plan.halls {
        let width: f64 = plan
            .exits
            .iter()
            .filter(|e| e.hall == hall.id)
            .map(|e| e.width_m)
            .sum();
        let need = required_exit_width(hall.area_m2(), &plan.settings);
        assert!(
            width >= need,
            "{}: {width} m of exits, {need} m needed",
            hall.name
        );
    }
}

#[test]
fn sample_layout_keeps_the_rules() {
    let plan = waic_2023();
    let faults = layout_faults(&plan);
    assert!(faults.is_empty(), "{faults:#?}");
    // No booth on a column, and the west hall has none.
    let west = plan.halls[0].bounds();
    for o in &plan.obstacles {
        if o.kind == ObstacleKind::Column {
            assert!(!west.overlaps(&o.rect));
            assert!(plan.booths.iter().all(|b| !b.rect.overlaps(&o.rect)));
        }
    }
}

#[test]
fn sectors_stay_below_the_fill_warning() {
    let plan = waic_2023();
    for sector in &plan.sectors {
        let booths: f64 = plan
            .booths
            .iter()
            .filter(|b| b.sector == sector.id)
            .map(|b| b.rect.area())
            .sum();
        let fill = booths / sector.area_m2();
        assert!(
            fill < plan.settings.sector_fill_warn,
            "{}: {:.1} %",
            sector.name_en,
            fill * 100.0
        );
    }
}

#[test]
fn same_options_same_plan() {
    assert_eq!(waic_2023(), waic_2023());
    let other = generate(&GenerateOptions {
        seed: 99,
        ..GenerateOptions::default()
    });
    assert_ne!(other, waic_2023());
}

#[test]
fn booth_count_is_exact_and_every_booth_has_an_exhibitor() {
    for n in [0, 1, 100, 3_000] {
        let plan = generate(&GenerateOptions {
            booths: Some(n),
            ..GenerateOptions::default()
        });
        assert_eq!(plan.booths.len(), n);
        assert_eq!(plan.exhibitors.len(), n);
        assert!(plan.booths.iter().all(|b| b.exhibitor.is_some()));
        let sector_area: f64 = plan.sectors.iter().map(|s| s.area_m2()).sum();
        assert!(sector_area <= plan.settings.capacity_limit_m2);
    }
}

#[test]
fn large_plan_keeps_the_rules() {
    let mut plan = generate(&GenerateOptions {
        booths: Some(5_000),
        seed: 11,
        ..GenerateOptions::default()
    });
    plan.check_integrity().unwrap();
    let faults = layout_faults(&plan);
    assert!(faults.is_empty(), "{:#?}", &faults[..faults.len().min(20)]);
    for hall in &plan.halls {
        let width: f64 = plan
            .exits
            .iter()
            .filter(|e| e.hall == hall.id)
            .map(|e| e.width_m)
            .sum();
        assert!(width >= required_exit_width(hall.area_m2(), &plan.settings));
    }
}

#[test]
fn other_seeds_keep_the_rules_too() {
    for seed in [1, 2, 3] {
        let plan = generate(&GenerateOptions {
            seed,
            ..GenerateOptions::default()
        });
        let faults = layout_faults(&plan);
        assert!(faults.is_empty(), "seed {seed}: {faults:#?}");
    }
}

#[test]
fn the_rules_find_no_error_in_the_sample() {
    let report = crate::rules::validate(&waic_2023());
    let errors: Vec<_> = report.errors().collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(report.info_count(), 0, "every exhibitor has a booth");
}

#[test]
fn the_rules_find_no_error_in_a_large_plan() {
    let plan = generate(&GenerateOptions {
        booths: Some(4_000),
        ..GenerateOptions::default()
    });
    let report = crate::rules::validate(&plan);
    let errors: Vec<_> = report.errors().take(10).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(16))]

    /// Any seed and any booth count: exactly that many booths, one exhibitor each, sound
    /// structure, and the sectors within the capacity limit.
    #[test]
    fn any_count_any_seed(seed in proptest::prelude::any::<u64>(), n in 0usize..2_500) {
        let opts = GenerateOptions { booths: Some(n), seed, ..GenerateOptions::default() };
        let mut plan = generate(&opts);
        proptest::prop_assert_eq!(plan.booths.len(), n);
        proptest::prop_assert_eq!(plan.exhibitors.len(), n);
        let sector_area: f64 = plan.sectors.iter().map(|s| s.area_m2()).sum();
        proptest::prop_assert!(sector_area <= plan.settings.capacity_limit_m2);
        proptest::prop_assert!(plan.check_integrity().is_ok());
        proptest::prop_assert!(layout_faults(&plan).is_empty());
        proptest::prop_assert_eq!(&generate(&opts), &plan);
    }
}

#[test]
fn the_largest_plan_generate_makes_is_one_expoplan_opens() {
    // Bytes per booth of a mid-sized plan, with room for longer numbers and names.
    let booths = 3_000;
    let plan = generate(&GenerateOptions {
        preset: Preset::Waic2023,
        booths: Some(booths),
        seed: 1,
    });
    let per_booth = crate::io::plan_to_ron(&plan).len() as f64 / booths as f64;
    let largest = per_booth * MAX_BOOTHS as f64 * 1.25;
    assert!(
        largest < crate::io::MAX_PLAN_BYTES as f64,
        "{per_booth:.0} bytes a booth: {largest:.0} bytes at {MAX_BOOTHS} booths"
    );
}
