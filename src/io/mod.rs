//! Files: the save format, imports and exports. (Being written.)
