//! Sums that can be adjusted one booth at a time and still equal a fresh sum exactly.
//!
//! Floating-point addition depends on order, so adding and subtracting booth areas as
//! `f64` drifts away from a fresh total. Each value is instead rounded once to a fixed
//! point (a millionth of its unit) and summed as an integer: the incremental checker and
//! a full pass then agree to the last bit, and so do the threshold checks on them.

/// Fixed-point units per unit (m², currency).
const SCALE: f64 = 1e6;

/// A sum of non-negative quantities, exact under any order of additions and removals.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ExactSum(i128);

impl ExactSum {
    /// The quantity in fixed point (saturating for values beyond any plan).
    fn units(value: f64) -> i128 {
        // `as` saturates and maps NaN to 0; the model keeps every value finite anyway.
        (value * SCALE).round() as i128
    }

    /// Adds one quantity.
    pub(crate) fn add(&mut self, value: f64) {
        self.0 = self.0.saturating_add(Self::units(value));
    }

    /// Takes back a quantity added before.
    pub(crate) fn sub(&mut self, value: f64) {
        self.0 = self.0.saturating_sub(Self::units(value));
    }

    /// The sum as a float.
    pub(crate) fn value(self) -> f64 {
        self.0 as f64 / SCALE
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn removing_in_any_order_returns_exactly_to_the_partial_sum(
            values in prop::collection::vec(0.0f64..1e5, 1..40),
            cut in 0usize..40,
        ) {
            let cut = cut % values.len();
            let mut all = ExactSum::default();
            values.iter().for_each(|v| all.add(*v));
            let mut head = ExactSum::default();
            values[..cut].iter().for_each(|v| head.add(*v));
            values[cut..].iter().rev().for_each(|v| all.sub(*v));
            prop_assert_eq!(all, head);
        }
    }

    #[test]
    fn keeps_micro_precision() {
        let mut s = ExactSum::default();
        for _ in 0..10 {
            s.add(0.1);
        }
        assert_eq!(s.value(), 1.0);
    }
}
