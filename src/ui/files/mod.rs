//! Files from the window: new, open, save, save as, recent files, import, export, quit
//! with unsaved changes, autosave and recovery.

use super::commands::Command;
use crate::document::Document;
use crate::edit::Edit;
use crate::model::Plan;
use std::path::PathBuf;

/// What the file side asks the app to do.
#[derive(Debug)]
pub enum FileOutcome {
    /// Replace the open plan (opened, new, or recovered).
    Replace {
        /// The plan.
        plan: Plan,
        /// Its file, if it has one.
        path: Option<PathBuf>,
        /// Whether it counts as saved (false for a new or recovered plan).
        saved: bool,
    },
    /// The plan was saved to this file.
    Saved(PathBuf),
    /// Apply this step (an import).
    Apply(Edit),
    /// Show this in the status bar.
    Message(String),
    /// Close the window.
    Quit,
}

/// The file side of the window.
#[derive(Debug, Default)]
pub struct FileUi {}

impl FileUi {
    /// Starts the file side, with what was remembered from the last run.
    pub fn new(_storage: Option<&dyn eframe::Storage>) -> Self {
        Self {}
    }

    /// Remembers what should survive a restart.
    pub fn save_state(&self, _storage: &mut dyn eframe::Storage) {}

    /// Starts a file command.
    pub fn command(&mut self, command: Command, doc: &Document) -> Vec<FileOutcome> {
        match command {
            Command::Save => {
                let path = doc.path().cloned().unwrap_or_else(|| {
                    PathBuf::from("saves").join(format!("{}.ron", doc.plan().meta.name))
                });
                match crate::io::save_plan(&path, doc.plan()) {
                    Ok(()) => vec![FileOutcome::Saved(path)],
                    Err(err) => vec![FileOutcome::Message(format!(
                        "Could not save {}: {err:#}",
                        path.display()
                    ))],
                }
            }
            Command::Quit => vec![FileOutcome::Quit],
            other => vec![FileOutcome::Message(format!(
                "{} is not available yet",
                other.text()
            ))],
        }
    }

    /// Shows the file windows and prompts and returns what finished this frame.
    pub fn show(&mut self, _ctx: &egui::Context, _doc: &Document) -> Vec<FileOutcome> {
        Vec::new()
    }
}
