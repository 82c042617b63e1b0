//! Reading a whole file with a size cap, so that no file can make expoplan eat memory.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use thiserror::Error;

/// Why a capped read failed.
#[derive(Debug, Error)]
pub(crate) enum CappedReadError {
    /// The file is larger than the cap (by its metadata or by what was read).
    #[error("the file is larger than {limit} bytes")]
    TooLarge {
        /// The cap, in bytes.
        limit: u64,
    },
    /// Opening or reading failed.
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// Reads the file at `path`, refusing it when it is larger than `limit` bytes. The size is
/// checked from the metadata first and again while reading (a file may grow, and some
/// files report no size), so at most `limit + 1` bytes are ever held.
pub(crate) fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, CappedReadError> {
    let file = File::open(path)?;
    let size = file.metadata()?.len();
    if size > limit {
        return Err(CappedReadError::TooLarge { limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(CappedReadError::TooLarge { limit });
    }
    Ok(bytes)
}

/// A size in bytes as people read it: "256 MiB", "12 KiB", "10 bytes".
pub(crate) fn size_text(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= KIB && bytes.is_multiple_of(KIB) {
        format!("{} KiB", bytes / KIB)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(size_text(256 * 1024 * 1024), "256 MiB");
        assert_eq!(size_text(32 * 1024), "32 KiB");
        assert_eq!(size_text(1000), "1000 bytes");
    }

    #[test]
    fn reads_up_to_the_cap_and_refuses_beyond_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, b"0123456789").unwrap();
        assert_eq!(read_capped(&path, 10).unwrap(), b"0123456789");
        assert!(matches!(
            read_capped(&path, 9),
            Err(CappedReadError::TooLarge { limit: 9 })
        ));
        assert!(matches!(
            read_capped(&dir.path().join("missing"), 10),
            Err(CappedReadError::Io(_))
        ));
    }
}
