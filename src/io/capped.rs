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
    read_capped_in_chunks(path, limit, &mut |_, _| {})
}

/// How much [`read_capped_in_chunks`] reads at a time: 1 MiB, so a large file reports its
/// progress a few dozen times.
pub(crate) const CHUNK_BYTES: usize = 1024 * 1024;

/// As [`read_capped`], reading [`CHUNK_BYTES`] at a time and calling `on_chunk(done,
/// total)` after each chunk with the bytes read so far and the size the file announced
/// (never less than `done`, so a file that grows while read never shows more than 100 %).
pub(crate) fn read_capped_in_chunks(
    path: &Path,
    limit: u64,
    on_chunk: &mut dyn FnMut(u64, u64),
) -> Result<Vec<u8>, CappedReadError> {
    let file = File::open(path)?;
    let size = file.metadata()?.len();
    if size > limit {
        return Err(CappedReadError::TooLarge { limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    let mut rest = file.take(limit.saturating_add(1));
    loop {
        let read = (&mut rest)
            .take(CHUNK_BYTES as u64)
            .read_to_end(&mut bytes)?;
        if bytes.len() as u64 > limit {
            return Err(CappedReadError::TooLarge { limit });
        }
        if read == 0 {
            break;
        }
        let done = bytes.len() as u64;
        on_chunk(done, size.max(done));
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

    #[test]
    fn chunked_reading_reports_every_chunk_up_to_the_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        let content: Vec<u8> = (0..2 * CHUNK_BYTES + 10).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &content).unwrap();
        let mut seen = Vec::new();
        let bytes = read_capped_in_chunks(&path, u64::MAX, &mut |done, total| {
            seen.push((done, total));
        })
        .unwrap();
        assert_eq!(bytes, content);
        let total = content.len() as u64;
        let chunk = CHUNK_BYTES as u64;
        assert_eq!(seen, [(chunk, total), (2 * chunk, total), (total, total)]);

        let mut calls = 0;
        let err = read_capped_in_chunks(&path, total - 1, &mut |_, _| calls += 1).unwrap_err();
        assert!(matches!(err, CappedReadError::TooLarge { .. }));
        assert_eq!(calls, 0, "refused from the metadata, before reading");
    }

    #[test]
    fn an_empty_file_reads_as_nothing_without_progress() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, b"").unwrap();
        let mut calls = 0;
        let bytes = read_capped_in_chunks(&path, 10, &mut |_, _| calls += 1).unwrap();
        assert!(bytes.is_empty());
        assert_eq!(calls, 0);
    }
}
