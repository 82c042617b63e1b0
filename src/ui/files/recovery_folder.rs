//! The recovery folder: where autosaves live until the plan is saved or discarded.
//!
//! Each running window is a session with three files named after it: `NAME.ron` (the
//! plan), `NAME.json` (which file the plan belongs to) and `NAME.lock`, locked while the
//! window runs. A plan whose lock nobody holds was left by a window that crashed or was
//! killed, and is offered for recovery at the next start.

use serde::{Deserialize, Serialize};
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// The environment variable that moves the data folder (the recovery folder is its
/// `recovery/` subfolder), e.g. for tests or a portable install.
pub const DATA_DIR_ENV: &str = "EXPOPLAN_DATA_DIR";

/// The folder of autosaves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryFolder {
    dir: PathBuf,
}

/// What an autosave records beside the plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryInfo {
    /// The plan's own file, if it had one.
    pub file: Option<PathBuf>,
}

impl RecoveryFolder {
    /// The `recovery/` folder inside `data_dir`.
    pub fn in_data_dir(data_dir: &Path) -> Self {
        Self {
            dir: data_dir.join("recovery"),
        }
    }

    /// The user's data folder ([`DATA_DIR_ENV`] if set, else the platform's, e.g.
    /// `~/.local/share/expoplan`), or `None` when there is none.
    pub fn user_data_dir() -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
            return Some(PathBuf::from(dir));
        }
        directories::ProjectDirs::from("", "", "expoplan").map(|d| d.data_dir().to_owned())
    }

    /// The folder itself.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The autosaved plan of `session`.
    pub fn plan_path(&self, session: &str) -> PathBuf {
        self.dir.join(format!("{session}.ron"))
    }

    /// What `session` records beside its plan.
    pub fn info_path(&self, session: &str) -> PathBuf {
        self.dir.join(format!("{session}.json"))
    }

    /// The file `session` keeps locked while it runs.
    pub fn lock_path(&self, session: &str) -> PathBuf {
        self.dir.join(format!("{session}.lock"))
    }

    /// Creates the folder and a locked lock file for `session`; the lock lasts as long as
    /// the returned file is open.
    pub fn lock_session(&self, session: &str) -> io::Result<File> {
        fs::create_dir_all(&self.dir)?;
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.lock_path(session))?;
        file.try_lock().map_err(io::Error::from)?;
        Ok(file)
    }

    /// Whether a running window holds `session`'s lock.
    pub fn is_alive(&self, session: &str) -> bool {
        match File::options().write(true).open(self.lock_path(session)) {
            Ok(file) => file.try_lock().is_err(),
            Err(_) => false,
        }
    }

    /// Sessions with an autosaved plan that no running window holds, newest first.
    pub fn orphans(&self, own_session: &str) -> Vec<String> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<(SystemTime, String)> = entries
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let path = entry.path();
                if path.extension()? != "ron" {
                    return None;
                }
                let session = path.file_stem()?.to_str()?.to_owned();
                let modified = entry.metadata().ok()?.modified().unwrap_or(UNIX_EPOCH);
                Some((modified, session))
            })
            .filter(|(_, session)| session != own_session && !self.is_alive(session))
            .collect();
        found.sort_by(|a, b| b.cmp(a));
        found.into_iter().map(|(_, session)| session).collect()
    }

    /// Removes the lock files of ended sessions that left no plan (a window killed while
    /// its plan was saved), so they do not pile up.
    pub fn sweep_stale_locks(&self, own_session: &str) {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return;
        };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            let Some(session) = path
                .file_stem()
                .and_then(|s| s.to_str())
                .filter(|_| path.extension().is_some_and(|e| e == "lock"))
            else {
                continue;
            };
            if session != own_session
                && !self.plan_path(session).exists()
                && !self.is_alive(session)
            {
                let _ = fs::remove_file(&path);
            }
        }
    }

    /// Reads what `session` recorded beside its plan (nothing when it is missing or
    /// unreadable).
    pub fn read_info(&self, session: &str) -> RecoveryInfo {
        fs::read(self.info_path(session))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Removes `session`'s plan and note; its lock file too when `with_lock`.
    pub fn remove(&self, session: &str, with_lock: bool) -> io::Result<()> {
        remove_if_present(&self.plan_path(session))?;
        remove_if_present(&self.info_path(session))?;
        if with_lock {
            remove_if_present(&self.lock_path(session))?;
        }
        Ok(())
    }

    /// Makes `from`'s autosave the autosave of `to` (after the planner restored it), with
    /// renames, so that at no moment is it missing.
    pub fn adopt(&self, from: &str, to: &str) -> io::Result<()> {
        fs::rename(self.plan_path(from), self.plan_path(to))?;
        match fs::rename(self.info_path(from), self.info_path(to)) {
            Ok(()) => {}
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                remove_if_present(&self.info_path(to))?;
            }
            Err(err) => return Err(err),
        }
        remove_if_present(&self.lock_path(from))
    }
}

/// Removes a file; one that is not there counts as removed.
fn remove_if_present(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(err) if err.kind() != io::ErrorKind::NotFound => Err(err),
        _ => Ok(()),
    }
}

/// A name for this window's session, unique across processes and within one.
pub fn new_session_name() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("autosave-{}-{nanos}-{n}", std::process::id())
}

/// "3 minutes ago", for the recovery offer.
pub fn describe_age(age: std::time::Duration) -> String {
    let minutes = age.as_secs() / 60;
    let plural = |n: u64, unit: &str| format!("{n} {unit}{} ago", if n == 1 { "" } else { "s" });
    match minutes {
        0 => "less than a minute ago".to_owned(),
        1..=59 => plural(minutes, "minute"),
        60..=2879 => plural(minutes / 60, "hour"),
        _ => plural(minutes / 1440, "day"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_locked_session_is_alive_and_an_unlocked_one_is_an_orphan() {
        let data = tempfile::tempdir().unwrap();
        let folder = RecoveryFolder::in_data_dir(data.path());
        let lock = folder.lock_session("a").unwrap();
        fs::write(folder.plan_path("a"), "plan a").unwrap();
        fs::write(folder.plan_path("b"), "plan b").unwrap();
        assert!(folder.is_alive("a"));
        assert_eq!(folder.orphans("me"), ["b"]);
        drop(lock);
        assert!(!folder.is_alive("a"), "the lock ends with the file handle");
        let mut orphans = folder.orphans("me");
        orphans.sort();
        assert_eq!(orphans, ["a", "b"]);
        assert_eq!(folder.orphans("a"), ["b"], "never one's own session");
    }

    #[test]
    fn stale_locks_are_swept_but_not_live_ones_or_those_with_a_plan() {
        let data = tempfile::tempdir().unwrap();
        let folder = RecoveryFolder::in_data_dir(data.path());
        let live = folder.lock_session("live").unwrap();
        drop(folder.lock_session("dead").unwrap());
        drop(folder.lock_session("crashed").unwrap());
        fs::write(folder.plan_path("crashed"), "plan").unwrap();
        folder.sweep_stale_locks("me");
        assert!(folder.lock_path("live").exists());
        assert!(!folder.lock_path("dead").exists());
        assert!(folder.lock_path("crashed").exists());
        drop(live);
    }

    #[test]
    fn adopting_moves_the_plan_and_its_note() {
        let data = tempfile::tempdir().unwrap();
        let folder = RecoveryFolder::in_data_dir(data.path());
        drop(folder.lock_session("old").unwrap());
        fs::write(folder.plan_path("old"), "plan").unwrap();
        let info = RecoveryInfo {
            file: Some("show.ron".into()),
        };
        fs::write(folder.info_path("old"), serde_json::to_vec(&info).unwrap()).unwrap();
        folder.adopt("old", "new").unwrap();
        assert_eq!(fs::read_to_string(folder.plan_path("new")).unwrap(), "plan");
        assert_eq!(folder.read_info("new"), info);
        assert!(!folder.plan_path("old").exists() && !folder.lock_path("old").exists());
        folder.remove("new", true).unwrap();
        assert!(!folder.plan_path("new").exists());
        folder.remove("new", true).unwrap();
    }

    #[test]
    fn ages_read_naturally() {
        assert_eq!(
            describe_age(Duration::from_secs(20)),
            "less than a minute ago"
        );
        assert_eq!(describe_age(Duration::from_secs(60)), "1 minute ago");
        assert_eq!(describe_age(Duration::from_secs(3 * 3600)), "3 hours ago");
        assert_eq!(describe_age(Duration::from_secs(49 * 3600)), "2 days ago");
    }

    #[test]
    fn session_names_differ() {
        assert_ne!(new_session_name(), new_session_name());
    }
}
