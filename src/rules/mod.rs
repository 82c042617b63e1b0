//! The rules: what makes a plan hold. (Being written.)
