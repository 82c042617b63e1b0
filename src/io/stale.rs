//! Removing the temporary files a save killed half-way left behind.
//!
//! Every save writes `.expoplan-XXXXXX.tmp` (six letters or digits) beside its target
//! and renames it over the target when done; a save that is killed first leaves it
//! there. The next save or open in that folder removes such files, but only files of
//! exactly that name pattern, that are plain files (not links or folders), that no save
//! holds locked (a running save locks its temporary file) and that have not changed for
//! [`STALE_AFTER`]. Nothing else is ever touched.

use std::fs::{self, File};
use std::path::Path;
use std::time::{Duration, SystemTime};

/// The name of every temporary file a save writes starts with this.
pub(crate) const TEMP_PREFIX: &str = ".expoplan-";

/// … and ends with this.
pub(crate) const TEMP_SUFFIX: &str = ".tmp";

/// How many random letters and digits are between [`TEMP_PREFIX`] and [`TEMP_SUFFIX`].
pub(crate) const TEMP_RANDOM_CHARS: usize = 6;

/// A temporary file unchanged for this long belongs to no running save: a save writes
/// its temporary file without pause and renames it within seconds.
pub const STALE_AFTER: Duration = Duration::from_secs(10 * 60);

/// Whether `name` is a save's temporary file name.
fn is_temp_name(name: &str) -> bool {
    name.strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            random.len() == TEMP_RANDOM_CHARS && random.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Removes the stale temporary files of killed saves from `folder` (see the module
/// docs) and returns how many it removed. A file that cannot be checked or removed is
/// left for the next time; a folder that cannot be listed removes nothing.
pub fn remove_stale_temporaries(folder: &Path) -> usize {
    remove_stale_at(folder, SystemTime::now())
}

/// As [`remove_stale_temporaries`], as if it were `now`.
fn remove_stale_at(folder: &Path, now: SystemTime) -> usize {
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_str().is_some_and(is_temp_name))
        .filter(|entry| is_stale(&entry.path(), now))
        .filter(|entry| fs::remove_file(entry.path()).is_ok())
        .count()
}

/// Whether the file at `path` is a plain file, unchanged for [`STALE_AFTER`] before
/// `now`, and locked by no save.
fn is_stale(path: &Path, now: SystemTime) -> bool {
    let Ok(meta) = fs::symlink_metadata(path) else {
        return false;
    };
    let old = meta
        .modified()
        .ok()
        .and_then(|modified| now.duration_since(modified).ok())
        .is_some_and(|age| age >= STALE_AFTER);
    if !meta.file_type().is_file() || !old {
        return false;
    }
    // A save in progress holds its temporary file locked; the lock is released as the
    // file is opened here and closed again.
    File::open(path).is_ok_and(|file| file.try_lock().is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_exact_name_pattern_counts() {
        for ours in [".expoplan-a1B2c3.tmp", ".expoplan-XXXXXX.tmp"] {
            assert!(is_temp_name(ours), "{ours}");
        }
        for other in [
            "expoplan-a1B2c3.tmp",
            ".expoplan-a1B2c.tmp",
            ".expoplan-a1B2c3d.tmp",
            ".expoplan-a1B2c!.tmp",
            ".expoplan-a1B2c3.tmp.keep",
            ".expoplan-a1B2c3.TMP",
            "show.ron",
            ".expoplan-.tmp",
        ] {
            assert!(!is_temp_name(other), "{other}");
        }
    }

    #[test]
    fn fresh_locked_linked_and_other_files_are_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = |name: &str| dir.path().join(name);
        for name in [".expoplan-stale1.tmp", ".expoplan-fresh1.tmp", "notes.tmp"] {
            fs::write(path(name), b"x").unwrap();
        }
        fs::create_dir(path(".expoplan-folder.tmp")).unwrap();
        let locked = File::create(path(".expoplan-locked.tmp")).unwrap();
        locked.lock().unwrap();
        let later = SystemTime::now() + STALE_AFTER + Duration::from_secs(1);
        // Only the fresh one is touched "now": the others look ten minutes old.
        File::options()
            .write(true)
            .open(path(".expoplan-fresh1.tmp"))
            .unwrap()
            .set_modified(later)
            .unwrap();
        assert_eq!(remove_stale_at(dir.path(), later), 1);
        assert!(!path(".expoplan-stale1.tmp").exists());
        for kept in [
            ".expoplan-fresh1.tmp",
            "notes.tmp",
            ".expoplan-folder.tmp",
            ".expoplan-locked.tmp",
        ] {
            assert!(path(kept).exists(), "{kept}");
        }
        drop(locked);
        assert_eq!(remove_stale_at(dir.path(), later), 1, "the lock is gone");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_named_like_a_temporary_file_is_not_followed_or_removed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("plan.ron");
        fs::write(&target, b"plan").unwrap();
        let link = dir.path().join(".expoplan-link01.tmp");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let later = SystemTime::now() + STALE_AFTER * 2;
        assert_eq!(remove_stale_at(dir.path(), later), 0);
        assert!(fs::symlink_metadata(&link).is_ok());
        assert_eq!(fs::read(&target).unwrap(), b"plan");
    }
}
