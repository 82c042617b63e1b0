//! The sensible ranges of booth sizes and money, and numbers written compactly for
//! messages (`1e300`, not 301 digits).

/// The narrowest booth side accepted, metres: 10 cm (a display plinth is wider).
pub const MIN_BOOTH_SIDE_M: f64 = 0.1;

/// The longest booth side accepted, metres: 10 km.
pub const MAX_BOOTH_SIDE_M: f64 = 10_000.0;

/// The largest amount of money accepted (a booth price, a rate): 10¹², more than any
/// show's takings, and small enough that summing any plan's prices stays exact to the
/// cent-ish and never overflows.
pub const MAX_MONEY: f64 = 1e12;

/// Why a booth side or an amount was refused; the message gives the range and the value
/// compactly.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{what} must be from {} up to {}{unit}, got {}{unit}", compact(*min), compact(*max), compact(*value))]
pub struct RangeError {
    /// Which quantity, e.g. "width".
    pub what: &'static str,
    /// The value refused.
    pub value: f64,
    /// The smallest value allowed.
    pub min: f64,
    /// The largest value allowed.
    pub max: f64,
    /// The unit after each number, with its space (" m"), or empty.
    pub unit: &'static str,
}

fn in_range(
    what: &'static str,
    value: f64,
    (min, max): (f64, f64),
    unit: &'static str,
) -> Result<f64, RangeError> {
    if value.is_finite() && (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(RangeError {
            what,
            value,
            min,
            max,
            unit,
        })
    }
}

/// Checks a booth side (width or depth), metres: [`MIN_BOOTH_SIDE_M`] to
/// [`MAX_BOOTH_SIDE_M`].
pub fn booth_side(what: &'static str, value: f64) -> Result<f64, RangeError> {
    in_range(what, value, (MIN_BOOTH_SIDE_M, MAX_BOOTH_SIDE_M), " m")
}

/// Checks an amount of money: 0 to [`MAX_MONEY`].
pub fn money(what: &'static str, value: f64) -> Result<f64, RangeError> {
    in_range(what, value, (0.0, MAX_MONEY), "")
}

/// A number for a message: as written for ordinary sizes (`3`, `0.25`, `1500`), in
/// scientific notation with at most four significant digits when it is huge or tiny
/// (`1e300`, `1.235e-300`), and `NaN` or `inf` as such.
pub fn compact(value: f64) -> String {
    let size = value.abs();
    if !value.is_finite() || value == 0.0 || (1e-4..1e12).contains(&size) {
        return format!("{value}");
    }
    let text = format!("{value:.3e}");
    match text.split_once('e') {
        Some((mantissa, exponent)) if mantissa.contains('.') => {
            let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
            format!("{mantissa}e{exponent}")
        }
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_compact() {
        assert_eq!(compact(3.0), "3");
        assert_eq!(compact(0.25), "0.25");
        assert_eq!(compact(1500.0), "1500");
        assert_eq!(compact(1e300), "1e300");
        assert_eq!(compact(-1.23456e33), "-1.235e33");
        assert_eq!(compact(1e-300), "1e-300");
        assert_eq!(compact(f64::MAX).len(), "1.798e308".len());
        assert_eq!(compact(f64::NAN), "NaN");
        assert_eq!(compact(0.0), "0");
    }

    #[test]
    fn sides_and_money_have_ranges() {
        assert_eq!(booth_side("width", 3.0), Ok(3.0));
        assert_eq!(booth_side("width", 0.1), Ok(0.1));
        let err = booth_side("width", 1e-300).unwrap_err();
        assert_eq!(
            err.to_string(),
            "width must be from 0.1 up to 10000 m, got 1e-300 m"
        );
        assert!(booth_side("depth", 10_001.0).is_err());
        assert!(booth_side("depth", f64::NAN).is_err());
        assert_eq!(money("price", 0.0), Ok(0.0));
        assert_eq!(money("price", 1e12), Ok(1e12));
        assert_eq!(
            money("price", 1e33).unwrap_err().to_string(),
            "price must be from 0 up to 1e12, got 1e33"
        );
        assert!(money("price", -1.0).is_err());
    }
}
