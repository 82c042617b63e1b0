//! Reading the values of an exhibitor table: lengths, areas, yes/no flags, and the booth
//! size that fits an area.

use crate::model::{MIN_BOOTH_SIDE_M, Size, compact};

/// The shell-scheme module: booth sides are multiples of 3 m.
const MODULE_M: f64 = 3.0;

/// The longest booth side accepted, metres.
const MAX_SIDE_M: f64 = 1_000.0;

/// The largest booth area accepted, m².
const MAX_AREA_M2: f64 = 100_000.0;

/// A number as people type it: surrounding space, a trailing unit (`m`, `米`, `m²`, `m2`,
/// `㎡`, `sqm`, `平方米`), thousands separators (`1,200` or `1,200.5`) and a decimal comma
/// (`6,5`) are allowed.
fn parse_number(text: &str) -> Option<f64> {
    let mut text = text.trim();
    for unit in ["平方米", "sqm", "m²", "m2", "㎡", "米", "m"] {
        if let Some(rest) = text.strip_suffix(unit) {
            text = rest.trim_end();
            break;
        }
    }
    let mut groups = text.split(',');
    let head = groups.next().unwrap_or_default();
    let tail: Vec<&str> = groups.collect();
    let plain = match tail.as_slice() {
        [] => text.to_owned(),
        // "6,5": a decimal comma.
        [decimals] if decimals.len() != 3 && !text.contains('.') => format!("{head}.{decimals}"),
        // "1,200", "12,345,678.5": thousands separators.
        groups => {
            let (last, whole) = groups.split_last()?;
            let last_digits = last.split('.').next().unwrap_or_default();
            if whole.iter().chain([&last_digits]).all(|g| g.len() == 3) {
                text.replace(',', "")
            } else {
                return None;
            }
        }
    };
    plain.parse::<f64>().ok()
}

/// A positive number up to `max`, or why not. `what` names the column.
fn parse_positive(text: &str, what: &'static str, max: f64) -> Result<f64, String> {
    let value = parse_number(text).ok_or_else(|| {
        format!(
            "{what} \"{}\" is not a number",
            crate::io::printable::shortened(text)
        )
    })?;
    if !value.is_finite() || value <= 0.0 {
        return Err(format!(
            "{what} must be greater than zero, got {}",
            compact(value)
        ));
    }
    if value > max {
        return Err(format!("{what} {} is more than {max}", compact(value)));
    }
    Ok(value)
}

/// A booth side in metres (width or depth), from [`MIN_BOOTH_SIDE_M`] up to 1 km.
pub(super) fn parse_length(text: &str, what: &'static str) -> Result<f64, String> {
    let value = parse_positive(text, what, MAX_SIDE_M)?;
    if value < MIN_BOOTH_SIDE_M {
        return Err(format!(
            "{what} {} m is less than {MIN_BOOTH_SIDE_M} m",
            compact(value)
        ));
    }
    Ok(value)
}

/// A booth area in m².
pub(super) fn parse_area(text: &str) -> Result<f64, String> {
    parse_positive(text, "area", MAX_AREA_M2)
}

/// A yes/no answer: yes/no, true/false, y/n, 1/0, 是/否 (ignoring case).
pub(super) fn parse_flag(text: &str, what: &'static str) -> Result<bool, String> {
    match text.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "是" => Ok(true),
        "no" | "n" | "false" | "0" | "否" => Ok(false),
        _ => Err(format!("{what} \"{}\" is not yes or no", text.trim())),
    }
}

/// The booth size that best fits an area, for exhibitors who give only an area.
///
/// The rule: both sides are multiples of the 3 m shell module, the width (the side facing
/// the aisle) is the longer one and at most three times the depth. Of those sizes, the one
/// whose area is closest to `area_m2` wins; on a tie the larger (never less floor than
/// asked when equally close), then the squarer. So 9 m² → 3 × 3, 18 → 6 × 3 (6 m wide,
/// 3 m deep), 27 → 9 × 3, 36 → 6 × 6, 45 → 9 × 6, 100 → 12 × 9; anything up to 9 m²
/// gets the single 3 × 3 module.
pub fn size_for_area(area_m2: f64) -> Size {
    let area = if area_m2.is_finite() {
        area_m2.clamp(0.0, MAX_AREA_M2)
    } else {
        0.0
    };
    let mut best = Size {
        w: MODULE_M,
        h: MODULE_M,
    };
    let score = |s: &Size| {
        let a = s.w * s.h;
        ((a - area).abs(), a < area, s.w - s.h)
    };
    let max_depth_modules = (area.sqrt() / MODULE_M).ceil() as u32 + 1;
    for depth_modules in 1..=max_depth_modules {
        for width_modules in depth_modules..=3 * depth_modules {
            let candidate = Size {
                w: f64::from(width_modules) * MODULE_M,
                h: f64::from(depth_modules) * MODULE_M,
            };
            let (diff, short, skew) = score(&candidate);
            let (best_diff, best_short, best_skew) = score(&best);
            let better = if (diff - best_diff).abs() > 1e-9 {
                diff < best_diff
            } else if short != best_short {
                !short
            } else {
                skew < best_skew
            };
            if better {
                best = candidate;
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numbers_allow_units_and_decimal_commas() {
        assert_eq!(parse_length(" 6 ", "width"), Ok(6.0));
        assert_eq!(parse_length("6m", "width"), Ok(6.0));
        assert_eq!(parse_length("4.5 米", "width"), Ok(4.5));
        assert_eq!(parse_length("6,5", "width"), Ok(6.5));
        assert_eq!(parse_area("36 m²"), Ok(36.0));
        assert_eq!(parse_area("36㎡"), Ok(36.0));
        assert_eq!(parse_area("18平方米"), Ok(18.0));
        assert_eq!(
            parse_length("six", "width"),
            Err("width \"six\" is not a number".to_owned())
        );
        assert!(
            parse_length("-3", "depth")
                .unwrap_err()
                .contains("greater than zero")
        );
        assert!(parse_length("0", "depth").is_err());
        assert_eq!(
            parse_length("1e-300", "width"),
            Err("width 1e-300 m is less than 0.1 m".to_owned())
        );
        assert_eq!(
            parse_length("1e300", "width"),
            Err("width 1e300 is more than 1000".to_owned())
        );
        assert!(parse_length("NaN", "depth").is_err());
        assert!(parse_length("inf", "depth").is_err());
        assert!(parse_length("5000", "depth").is_err());
        assert_eq!(parse_area("1,000"), Ok(1000.0));
        assert_eq!(parse_area("1,000.5"), Ok(1000.5));
        assert!(parse_area("1,00,0").is_err());
        assert!(parse_area("6,5.5").is_err());
    }

    #[test]
    fn flags_in_english_chinese_and_digits() {
        for yes in ["yes", "YES", "y", "true", "1", "是", " True "] {
            assert_eq!(parse_flag(yes, "first launch"), Ok(true), "{yes}");
        }
        for no in ["no", "N", "false", "0", "否"] {
            assert_eq!(parse_flag(no, "first launch"), Ok(false), "{no}");
        }
        assert!(parse_flag("maybe", "first launch").is_err());
    }

    #[test]
    fn areas_become_sensible_shell_multiples() {
        let size = |a| {
            let s = size_for_area(a);
            (s.w, s.h)
        };
        assert_eq!(size(9.0), (3.0, 3.0));
        assert_eq!(size(4.0), (3.0, 3.0));
        assert_eq!(size(18.0), (6.0, 3.0));
        assert_eq!(size(27.0), (9.0, 3.0));
        assert_eq!(size(36.0), (6.0, 6.0));
        assert_eq!(size(45.0), (9.0, 6.0));
        assert_eq!(size(54.0), (9.0, 6.0));
        assert_eq!(size(62.0), (9.0, 6.0));
        assert_eq!(size(100.0), (12.0, 9.0));
        assert_eq!(size(f64::NAN), (3.0, 3.0));
    }

    proptest! {
        #[test]
        fn the_size_for_an_area_is_close_and_well_shaped(area in 9.0f64..20_000.0) {
            let s = size_for_area(area);
            prop_assert!(s.w >= s.h && s.w <= 3.0 * s.h);
            prop_assert_eq!((s.w / 3.0).fract(), 0.0);
            prop_assert_eq!((s.h / 3.0).fract(), 0.0);
            // Within one module row or column of the asked area.
            prop_assert!((s.w * s.h - area).abs() <= 3.0 * s.w.max(s.h), "{area} -> {s:?}");
        }
    }
}
