//! The fast writer writes the bytes ron's pretty printer writes.

use super::super::tests::sample_plan;
use super::super::write::plan_to_ron_by_ron;
use super::super::{parse_plan, plan_to_ron};
use crate::model::{
    Exhibitor, ExhibitorId, Plan, Underlay, UnderlayLayer, UnderlayLine, UnderlayText,
};
use proptest::prelude::*;

/// The fast writer's text for `plan`, checked against ron's.
fn same_as_ron(plan: &Plan) -> String {
    let fast = plan_to_ron(plan);
    let ron = plan_to_ron_by_ron(plan);
    if fast != ron {
        let line = fast
            .lines()
            .zip(ron.lines())
            .position(|(a, b)| a != b)
            .map_or(0, |i| i + 1);
        panic!("the writers differ from line {line}\nfast:\n{fast}\nron:\n{ron}");
    }
    fast
}

/// A plan with an underlay of two layers, one with texts.
fn with_underlay() -> Plan {
    let mut plan = sample_plan();
    plan.underlay = Underlay {
        layers: vec![
            UnderlayLayer {
                name: "A-WALL".to_owned(),
                visible: true,
                lines: vec![
                    UnderlayLine {
                        closed: false,
                        points: vec![(0.0, 0.0), (10.5, -3.25)],
                    },
                    UnderlayLine {
                        closed: true,
                        points: vec![(1.0, 1.0), (2.0, 1.0), (2.0, 2.0)],
                    },
                ],
                texts: vec![UnderlayText {
                    at: (5.0, 5.0),
                    height: 0.35,
                    text: "主入口 \"A\"".to_owned(),
                }],
            },
            UnderlayLayer {
                name: "GRID".to_owned(),
                visible: false,
                lines: Vec::new(),
                texts: Vec::new(),
            },
        ],
    };
    plan
}

#[test]
fn plans_of_every_shape_are_written_as_ron_writes_them() {
    for plan in [
        sample_plan(),
        with_underlay(),
        Plan::blank("empty"),
        crate::generate::waic_2023(),
    ] {
        let text = same_as_ron(&plan);
        assert_eq!(parse_plan(&text).unwrap(), plan);
    }
}

#[test]
fn numbers_at_the_edges_of_f64_are_written_as_ron_writes_them() {
    let mut plan = sample_plan();
    let numbers = [
        0.1 + 0.2,
        1e300,
        -1e-300,
        f64::MIN_POSITIVE,
        5e-324,
        f64::MAX,
        -0.0,
        1e16,
        123_456_789_012_345_680.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        -f64::NAN,
    ];
    plan.exhibitors = (numbers.iter().zip(1..))
        .map(|(n, id)| {
            let mut e = Exhibitor::new(ExhibitorId(id), "x");
            e.priority = *n;
            e
        })
        .collect();
    same_as_ron(&plan);
}

#[test]
fn every_cjk_ideograph_is_written_as_ron_writes_it() {
    let mut plan = sample_plan();
    plan.meta.name = ('\u{4e00}'..='\u{9fff}').collect();
    plan.meta.venue = ('\u{3000}'..='\u{4e00}')
        .chain('\u{9fff}'..='\u{a100}')
        .collect();
    plan.meta.event = ('\u{ff00}'..='\u{ffff}')
        .chain('\u{20000}'..='\u{20100}')
        .collect();
    same_as_ron(&plan);
}

/// A number as the fast writer writes it, checked against ron's `Debug`.
fn check_number(v: f64) {
    let mut text = String::new();
    super::write_f64(&mut text, v).unwrap();
    let want = if v.is_nan() && v.is_sign_negative() {
        format!("-{v:?}")
    } else {
        format!("{v:?}")
    };
    assert_eq!(text, want, "{v:e}");
}

#[test]
fn numbers_are_written_as_debug_writes_them() {
    for k in 0..200_000_i32 {
        let k = f64::from(k);
        for v in [k / 100.0, k * 0.05, k * 1.1, 1e-4 + k * 1e-9, 1e15 - k] {
            check_number(v);
            check_number(-v);
        }
    }
    for e in -6..=17 {
        let p = 10f64.powi(e);
        for v in [
            p,
            p * 0.999_999_999_999,
            p * 1.000_000_000_001,
            p - 1.0,
            p + 1.0,
        ] {
            check_number(v);
        }
    }
    // Two 17-digit shortest forms exist for these: zmij and `Debug` pick differently.
    for v in [-843_810_013_371_802.3, -33_375_113_122_136.813] {
        check_number(v);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8192))]

    #[test]
    fn any_number_is_written_as_debug_writes_it(v in any::<f64>()) {
        check_number(v);
    }

    #[test]
    fn any_bit_pattern_is_written_as_debug_writes_it(bits in any::<u64>()) {
        check_number(f64::from_bits(bits));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_texts_and_numbers_are_written_as_ron_writes_them(
        texts in proptest::collection::vec(any::<String>(), 1..6),
        numbers in proptest::collection::vec(any::<f64>(), 1..6),
    ) {
        let mut plan = with_underlay();
        plan.meta.name = texts[0].clone();
        plan.exhibitors = (texts.iter().zip(&numbers).zip(1..))
            .map(|((text, n), id)| {
                let mut e = Exhibitor::new(ExhibitorId(id), text);
                e.contact = text.chars().rev().collect();
                e.priority = *n;
                e
            })
            .collect();
        plan.underlay.layers[0].texts[0].text = texts[texts.len() - 1].clone();
        prop_assert_eq!(plan_to_ron(&plan), plan_to_ron_by_ron(&plan));
    }
}
