//! The recently used plan files: newest first, at most [`MAX_RECENT`], kept in eframe's
//! storage between runs. Files that no longer exist are shown greyed out.

use std::path::{Path, PathBuf};

/// How many files the list keeps.
pub const MAX_RECENT: usize = 8;

/// The key in eframe's storage.
const STORAGE_KEY: &str = "expoplan.recent_files";

/// What the planner chose in the Recent files menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecentChoice {
    /// Open this file.
    Open(PathBuf),
    /// Empty the list.
    Clear,
}

/// The recently opened or saved plan files, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecentFiles {
    paths: Vec<PathBuf>,
}

impl RecentFiles {
    /// The list remembered in `storage` (empty without storage).
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        let paths: Vec<PathBuf> = storage
            .and_then(|s| eframe::get_value(s, STORAGE_KEY))
            .unwrap_or_default();
        let mut recent = Self::default();
        for path in paths.into_iter().rev() {
            recent.push(&path);
        }
        recent
    }

    /// Remembers the list in `storage`.
    pub fn save(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.paths);
    }

    /// The files, newest first.
    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    /// Puts `path` first (made absolute, so that it still works from another folder),
    /// dropping an older entry for it and the oldest beyond [`MAX_RECENT`].
    pub fn push(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        self.paths.retain(|p| *p != path);
        self.paths.insert(0, path);
        self.paths.truncate(MAX_RECENT);
    }

    /// Forgets `path`.
    pub fn remove(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        self.paths.retain(|p| *p != path);
    }

    /// Forgets every file.
    pub fn clear(&mut self) {
        self.paths.clear();
    }

    /// Draws the entries of the Recent files submenu; missing files are greyed out.
    pub fn menu(&self, ui: &mut egui::Ui) -> Option<RecentChoice> {
        let mut choice = None;
        if self.paths.is_empty() {
            ui.add_enabled(false, egui::Button::new("(none)"));
            return None;
        }
        for path in &self.paths {
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let exists = path.is_file();
            let response = ui
                .add_enabled(exists, egui::Button::new(name))
                .on_hover_text(path.display().to_string())
                .on_disabled_hover_text(format!("{} (not found)", path.display()));
            if response.clicked() {
                choice = Some(RecentChoice::Open(path.clone()));
            }
        }
        ui.separator();
        if ui.button("Clear recent files").clicked() {
            choice = Some(RecentChoice::Clear);
        }
        choice
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn pushing_again_moves_a_file_to_the_front() {
        let mut recent = RecentFiles::default();
        recent.push(Path::new("/a.ron"));
        recent.push(Path::new("/b.ron"));
        recent.push(Path::new("/a.ron"));
        assert_eq!(recent.paths(), [PathBuf::from("/a.ron"), "/b.ron".into()]);
        recent.remove(Path::new("/a.ron"));
        assert_eq!(recent.paths(), [PathBuf::from("/b.ron")]);
    }

    #[test]
    fn relative_paths_are_stored_absolute() {
        let mut recent = RecentFiles::default();
        recent.push(Path::new("saves/x.ron"));
        assert!(recent.paths()[0].is_absolute());
    }

    proptest! {
        #[test]
        fn the_list_is_short_unique_and_newest_first(names in proptest::collection::vec(0u8..20, 0..40)) {
            let mut recent = RecentFiles::default();
            for n in &names {
                recent.push(Path::new(&format!("/p{n}.ron")));
            }
            let paths = recent.paths();
            prop_assert!(paths.len() <= MAX_RECENT);
            let unique: std::collections::HashSet<_> = paths.iter().collect();
            prop_assert_eq!(unique.len(), paths.len());
            if let Some(last) = names.last() {
                prop_assert_eq!(&paths[0], &PathBuf::from(format!("/p{last}.ron")));
            }
        }
    }
}
