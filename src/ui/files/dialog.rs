//! The system's file dialog, run on a thread of its own: rfd's dialogs block until the
//! planner answers, and the window must keep drawing meanwhile. Where no dialog service
//! exists (no portal, no zenity) rfd answers `None` at once, so every dialog also has a
//! typed path (see [`super::path_prompt`]).

use super::task::Task;
use std::path::{Path, PathBuf};

/// Whether the dialog picks an existing file or names a file to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogMode {
    /// Pick an existing file.
    Open,
    /// Name a file to write.
    Save,
}

/// What a native dialog shows.
#[derive(Debug, Clone)]
pub struct NativeDialog {
    /// Open or save.
    pub mode: DialogMode,
    /// The dialog's title.
    pub title: String,
    /// The file type shown in the filter ("Plans") and its extensions without dots.
    pub filter: (String, Vec<String>),
    /// Where it starts: a folder, or a file whose folder and name are used.
    pub start: Option<PathBuf>,
}

impl NativeDialog {
    /// Opens the dialog on a new thread; the task ends with the chosen file, or `None`
    /// when the planner cancelled or no dialog could be shown.
    pub fn spawn(self) -> Task<Option<PathBuf>> {
        Task::spawn("file dialog", move || self.run())
    }

    /// Shows the dialog and waits for the answer (on the dialog thread).
    fn run(self) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new().set_title(&self.title);
        let (name, extensions) = &self.filter;
        if !extensions.is_empty() {
            dialog = dialog.add_filter(name, extensions);
        }
        if let Some((folder, file)) = self.start.as_deref().map(split_start) {
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            if let (DialogMode::Save, Some(file)) = (self.mode, file) {
                dialog = dialog.set_file_name(file);
            }
        }
        match self.mode {
            DialogMode::Open => dialog.pick_file(),
            DialogMode::Save => dialog.save_file(),
        }
    }
}

/// The existing folder to start in and the file name to suggest, from a start path that
/// may be a folder (`saves/`) or a file (`saves/show.ron`), relative or absolute.
fn split_start(start: &Path) -> (Option<PathBuf>, Option<String>) {
    let absolute = std::path::absolute(start).unwrap_or_else(|_| start.to_owned());
    if absolute.is_dir() {
        return (Some(absolute), None);
    }
    let folder = absolute.parent().filter(|p| p.is_dir()).map(Path::to_owned);
    let file = absolute
        .file_name()
        .map(|name| name.to_string_lossy().into_owned());
    (folder, file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_start_path_splits_into_an_existing_folder_and_a_name() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("show.ron");
        assert_eq!(
            split_start(&file),
            (Some(dir.path().to_owned()), Some("show.ron".to_owned()))
        );
        assert_eq!(split_start(dir.path()), (Some(dir.path().to_owned()), None));
        let (folder, name) = split_start(&dir.path().join("missing").join("a.ron"));
        assert_eq!((folder, name.as_deref()), (None, Some("a.ron")));
    }
}
