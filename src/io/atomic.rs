//! Atomic file replacement: write a temporary file beside the target, flush it to disk,
//! then rename it over the target, so the target is never missing or half-written.

use super::stale::{TEMP_PREFIX, TEMP_RANDOM_CHARS, TEMP_SUFFIX, remove_stale_temporaries};
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Why saving failed. The file that was there before is untouched in every case.
// Each message names the file and carries its cause, which is deliberately not a
// `source`, so `{err:#}` does not print it twice.
#[derive(Debug, Error)]
pub enum SaveError {
    /// The target exists but is not a regular file (a folder, a pipe, a device, …):
    /// replacing it would destroy it, and writing into it is not saving.
    #[error("cannot write {path}: it is {what}, not a regular file")]
    NotAFile {
        /// The target.
        path: PathBuf,
        /// What it is instead, e.g. "a named pipe".
        what: &'static str,
    },
    /// Writing the new content to a temporary file failed (disk full, no permission, …).
    #[error("cannot write {path}: {cause}")]
    Write {
        /// The file being saved.
        path: PathBuf,
        /// What the system said.
        cause: io::Error,
    },
    /// The previous file could not be kept as a backup.
    #[error("cannot keep the previous version as {path}: {cause}")]
    Backup {
        /// The backup file.
        path: PathBuf,
        /// What the system said.
        cause: io::Error,
    },
    /// The new file could not take the old one's place.
    #[error("cannot replace {path}: {cause}")]
    Replace {
        /// The file being saved.
        path: PathBuf,
        /// What the system said.
        cause: io::Error,
    },
    /// The plan could not be turned into text.
    #[error("cannot write the plan as text: {0}")]
    Serialize(ron::Error),
}

/// The backup kept beside `path`: the same name with `.bak` added (`show.ron.bak`).
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes a file atomically with whatever `write` produces (an export, say): the target
/// is replaced in one rename, or left as it was when anything fails. No backup is kept.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), SaveError> {
    replace_file(path, false, write)
}

/// Replaces `path` with what `write` produces, atomically; with `keep_backup`, the
/// previous file (if any) stays available as [`backup_path`].
///
/// Steps: write a temporary file in the same folder, `sync_all` it, hard-link (or copy)
/// the old file to the backup name, rename the temporary file over the target, and fsync
/// the folder so the rename itself is durable. When `write` or any step before the rename
/// fails, the temporary file is removed and the target is untouched.
pub(crate) fn replace_file(
    path: &Path,
    keep_backup: bool,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), SaveError> {
    // Saving through a symbolic link replaces the file it points to, not the link.
    let path = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::canonicalize(path).map_err(|source| SaveError::Write {
                path: path.to_owned(),
                cause: source,
            })?
        }
        _ => path.to_owned(),
    };
    let write_err = |source| SaveError::Write {
        path: path.clone(),
        cause: source,
    };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let previous = match fs::metadata(&path) {
        Ok(meta) if meta.is_file() => Some(meta),
        Ok(meta) => {
            return Err(SaveError::NotAFile {
                what: kind_of(&meta.file_type()),
                path,
            });
        }
        Err(_) => None,
    };
    // What saves killed earlier left in this folder.
    remove_stale_temporaries(&folder);

    let mut builder = tempfile::Builder::new();
    builder
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(TEMP_RANDOM_CHARS);
    if let Some(previous) = &previous {
        builder.permissions(previous.permissions());
    } else {
        set_new_file_permissions(&mut builder);
    }
    let mut temp = builder.tempfile_in(&folder).map_err(write_err)?;
    // Locked while it is written, so that another expoplan cleaning up this folder
    // leaves it alone. Where the file system has no locks, the file's age protects it.
    let locked = temp.as_file().try_lock().is_ok();
    {
        let mut out = BufWriter::new(temp.as_file_mut());
        write(&mut out).map_err(write_err)?;
        out.flush().map_err(write_err)?;
    }
    temp.as_file().sync_all().map_err(write_err)?;
    if locked {
        temp.as_file().unlock().map_err(write_err)?;
    }

    if keep_backup && previous.is_some() {
        let backup = backup_path(&path);
        keep_as_backup(&path, &backup).map_err(|source| SaveError::Backup {
            path: backup,
            cause: source,
        })?;
    }

    temp.persist(&path).map_err(|err| SaveError::Replace {
        path: path.clone(),
        cause: err.error,
    })?;
    sync_folder(&folder).map_err(|source| SaveError::Replace {
        path: path.clone(),
        cause: source,
    })
}

/// What a file that is not a regular file is, in words.
fn kind_of(file_type: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    if file_type.is_dir() {
        "a folder"
    } else {
        "something other than a file"
    }
}

/// Makes `backup` a second name of `path`'s current content: a hard link where the file
/// system allows it (instant, and the rename that follows leaves it pointing at the old
/// content), a copy otherwise.
fn keep_as_backup(path: &Path, backup: &Path) -> io::Result<()> {
    match fs::remove_file(backup) {
        Ok(()) => {}
        Err(err) if err.kind() == io::ErrorKind::NotFound => {}
        Err(err) => return Err(err),
    }
    if fs::hard_link(path, backup).is_err() {
        fs::copy(path, backup)?;
    }
    Ok(())
}

/// Flushes the folder's entry list, so a rename inside it survives a power cut.
#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    File::open(folder)?.sync_all()
}

/// Windows cannot open a folder as a file; its rename is flushed with the file.
#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> io::Result<()> {
    Ok(())
}

/// Gives a newly created file the permissions a plain create would under the usual umask
/// (readable by everyone, writable by the owner) instead of the temporary file's
/// owner-only ones.
#[cfg(unix)]
fn set_new_file_permissions(builder: &mut tempfile::Builder<'_, '_>) {
    use std::os::unix::fs::PermissionsExt;
    builder.permissions(fs::Permissions::from_mode(0o644));
}

/// Elsewhere a temporary file already has the platform's usual permissions.
#[cfg(not(unix))]
fn set_new_file_permissions(_builder: &mut tempfile::Builder<'_, '_>) {}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names in `folder`, sorted.
    fn listing(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn replaces_the_file_and_keeps_the_previous_one_as_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("show.ron");
        replace_file(&path, true, |w| w.write_all(b"first")).unwrap();
        assert_eq!(listing(dir.path()), ["show.ron"]);
        replace_file(&path, true, |w| w.write_all(b"second")).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"first");
        replace_file(&path, true, |w| w.write_all(b"third")).unwrap();
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"second");
        assert_eq!(listing(dir.path()), ["show.ron", "show.ron.bak"]);
    }

    #[test]
    fn a_write_failing_half_way_leaves_the_old_file_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("show.ron");
        fs::write(&path, b"the old plan").unwrap();
        let new = vec![b'x'; 100_000];
        for fail_after in [0, 1, 4096, 8192, 99_999] {
            let result = replace_file(&path, true, |w| {
                w.write_all(&new[..fail_after])?;
                Err(io::Error::other("disk full"))
            });
            let err = result.unwrap_err();
            assert!(matches!(err, SaveError::Write { .. }), "{err}");
            assert!(err.to_string().contains("disk full"), "{err}");
            assert_eq!(fs::read(&path).unwrap(), b"the old plan");
            assert_eq!(listing(dir.path()), ["show.ron"]);
        }
    }

    #[test]
    fn a_missing_folder_is_a_write_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nowhere").join("show.ron");
        let err = write_atomic(&path, |w| w.write_all(b"x")).unwrap_err();
        assert!(err.to_string().contains("show.ron"), "{err}");
    }

    #[test]
    fn write_atomic_keeps_no_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("booths.csv");
        write_atomic(&path, |w| w.write_all(b"a")).unwrap();
        write_atomic(&path, |w| w.write_all(b"b")).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"b");
        assert_eq!(listing(dir.path()), ["booths.csv"]);
    }

    #[cfg(unix)]
    #[test]
    fn keeps_the_permissions_of_the_file_it_replaces_and_saves_through_links() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("show.ron");
        write_atomic(&path, |w| w.write_all(b"a")).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o644);
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&path, |w| w.write_all(b"b")).unwrap();
        assert_eq!(mode(&path), 0o640);

        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        write_atomic(&link, |w| w.write_all(b"c")).unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&path).unwrap(), b"c");
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_a_socket_or_a_folder_is_refused_and_left_as_it_was() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.ron");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        let socket = dir.path().join("socket.ron");
        let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
        let folder = dir.path().join("folder.ron");
        fs::create_dir(&folder).unwrap();
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&socket, &link).unwrap();
        let mut targets = vec![
            (&socket, "a socket"),
            (&folder, "a folder"),
            (&link, "a socket"),
        ];
        if made.is_ok_and(|status| status.success()) {
            targets.push((&fifo, "a named pipe"));
        }
        for (target, what) in targets {
            let err = replace_file(target, true, |w| w.write_all(b"x")).unwrap_err();
            assert!(matches!(err, SaveError::NotAFile { .. }), "{err}");
            let text = err.to_string();
            assert!(
                text.contains(what) && text.contains("not a regular file"),
                "{text}"
            );
        }
        assert!(
            fs::symlink_metadata(&socket)
                .unwrap()
                .file_type()
                .is_socket()
        );
        assert!(folder.is_dir());
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        if fifo.exists() {
            assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
        }
        // Nothing was left behind either.
        let names: Vec<String> = listing(dir.path());
        assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
    }

    #[test]
    fn a_failed_write_names_its_cause_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("show.ron");
        let err = replace_file(&path, true, |_| Err(io::Error::other("disk full"))).unwrap_err();
        let text = format!("{:#}", anyhow::Error::from(err));
        assert_eq!(text.matches("disk full").count(), 1, "{text}");
        assert_eq!(text.matches("show.ron").count(), 1, "{text}");
    }
}
