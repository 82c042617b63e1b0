//! Plan generator: the sample and stress plans. (Being written.)
