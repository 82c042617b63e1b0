//! The window. (Being written.)
