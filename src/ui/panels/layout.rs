//! What the window remembers between runs about its panels: which are shown, the
//! language and light or dark. Panel sizes and the window size are kept by eframe with
//! egui's memory.

use crate::ui::commands::Command;
use crate::ui::i18n::Lang;
use serde::{Deserialize, Serialize};

/// Key of the layout in eframe's storage.
pub const STORAGE_KEY: &str = "expoplan.panels";

/// Which panels are shown, the language and the theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Layout {
    /// The exhibitor list (left).
    pub exhibitors: bool,
    /// The inspector (right).
    pub inspector: bool,
    /// The booth list (bottom).
    pub booth_list: bool,
    /// The capacity dashboard (right, under the inspector).
    pub dashboard: bool,
    /// The problems panel (bottom right).
    pub problems: bool,
    /// The venue panel: halls, sectors, obstacles, exits and the rule settings (right).
    pub venue: bool,
    /// The interface language.
    pub lang: Lang,
    /// Dark instead of light.
    pub dark: bool,
}

impl Default for Layout {
    fn default() -> Self {
        Self {
            exhibitors: true,
            inspector: true,
            booth_list: true,
            dashboard: true,
            problems: true,
            venue: false,
            lang: Lang::En,
            dark: false,
        }
    }
}

impl Layout {
    /// The layout remembered in `storage`, or the default one.
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        storage
            .and_then(|s| eframe::get_value(s, STORAGE_KEY))
            .unwrap_or_default()
    }

    /// Remembers the layout in `storage`.
    pub fn store(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, self);
    }

    /// The switch a toggle command flips, if it is one.
    fn switch(&mut self, command: Command) -> Option<&mut bool> {
        match command {
            Command::ToggleExhibitorsPanel => Some(&mut self.exhibitors),
            Command::ToggleInspectorPanel => Some(&mut self.inspector),
            Command::ToggleBoothListPanel => Some(&mut self.booth_list),
            Command::ToggleDashboardPanel => Some(&mut self.dashboard),
            Command::ToggleProblemsPanel => Some(&mut self.problems),
            Command::ToggleVenuePanel => Some(&mut self.venue),
            Command::ToggleDarkMode => Some(&mut self.dark),
            _ => None,
        }
    }

    /// Carries out a panel, language or theme command on the layout.
    pub fn apply(&mut self, command: Command) {
        if command == Command::ToggleLanguage {
            self.lang = self.lang.other();
        } else if let Some(on) = self.switch(command) {
            *on = !*on;
        }
    }

    /// Whether a toggle command is on now (`None` for other commands).
    pub fn is_on(mut self, command: Command) -> Option<bool> {
        self.switch(command).map(|on| *on)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// An in-memory eframe storage.
    #[derive(Default)]
    struct Memory(HashMap<String, String>);

    impl eframe::Storage for Memory {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }

    #[test]
    fn toggles_flip_and_survive_a_restart() {
        let mut layout = Layout::default();
        for c in [
            Command::ToggleProblemsPanel,
            Command::ToggleLanguage,
            Command::ToggleDarkMode,
        ] {
            layout.apply(c);
        }
        assert_eq!(layout.is_on(Command::ToggleProblemsPanel), Some(false));
        assert_eq!(layout.is_on(Command::ToggleDarkMode), Some(true));
        assert_eq!(layout.is_on(Command::ToggleLanguage), None);
        assert_eq!(layout.lang, Lang::Zh);
        let mut storage = Memory::default();
        layout.store(&mut storage);
        assert_eq!(Layout::load(Some(&storage)), layout);
        assert_eq!(Layout::load(None), Layout::default());
    }

    #[test]
    fn a_damaged_or_older_entry_falls_back_to_defaults() {
        let mut storage = Memory::default();
        storage
            .0
            .insert(STORAGE_KEY.to_owned(), "(nonsense".to_owned());
        assert_eq!(Layout::load(Some(&storage)), Layout::default());
        storage
            .0
            .insert(STORAGE_KEY.to_owned(), "(lang: Zh)".to_owned());
        let older = Layout::load(Some(&storage));
        assert_eq!(older.lang, Lang::Zh);
        assert!(older.exhibitors, "fields it lacks take their defaults");
    }
}
