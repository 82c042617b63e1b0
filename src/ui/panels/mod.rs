//! The planning panels around the canvas: exhibitors, inspector, booth list, capacity,
//! problems; and the interface language and theme.

use super::commands::Command;
use super::intent::Intent;
use crate::document::{Document, Selection};

/// The panels and their settings.
#[derive(Debug, Default)]
pub struct Panels {}

impl Panels {
    /// Starts the panels, with what was remembered from the last run.
    pub fn new(_ctx: &egui::Context, _storage: Option<&dyn eframe::Storage>) -> Self {
        Self {}
    }

    /// Remembers what should survive a restart.
    pub fn save_state(&self, _storage: &mut dyn eframe::Storage) {}

    /// Carries out a panel, language or theme command.
    pub fn command(&mut self, _command: Command, _ctx: &egui::Context) {}

    /// Whether a toggle command is on (for a tick in the menu).
    pub fn is_on(&self, _command: Command) -> Option<bool> {
        None
    }

    /// Shows the side and bottom panels (before the canvas takes the rest) and returns
    /// what the planner asked for.
    pub fn show(
        &mut self,
        _ui: &mut egui::Ui,
        _doc: &Document,
        _selection: &Selection,
    ) -> Vec<Intent> {
        Vec::new()
    }
}
