//! Files from the window: new, open, save, save as, recent files, import, export, quit
//! with unsaved changes, autosave and recovery.
//!
//! Every file choice opens a small window with a typed path (prefilled) and a Browse…
//! button for the system's dialog, which runs on its own thread. Loading, reading an
//! import table, exporting and autosaving run on worker threads too, so the window never
//! freezes; it polls for their results once a frame. New, Open, Quit (also the window's
//! close button) and restoring an autosave ask first when there are unsaved changes.
//!
//! The file side never changes the document itself: it returns [`FileOutcome`]s that the
//! app applies.

mod autosave;
mod dialog;
mod drawing_import;
mod drawing_preview;
mod export;
mod flow;
mod import;
mod new_plan;
mod open_progress;
mod path_prompt;
mod paths;
mod prompts;
mod recent;
mod recovery;
mod recovery_folder;
mod sheet_choice;
mod task;
mod windows;
mod work;

pub use recent::MAX_RECENT;
pub use recovery_folder::DATA_DIR_ENV;

use super::commands::Command;
use crate::document::Document;
use crate::drawing::DrawingOptions;
use crate::edit::Edit;
use crate::export::ExportFormat;
use crate::io::{ImportError, LoadError, SaveError, Table};
use crate::model::Plan;
use autosave::Autosave;
use dialog::DialogMode;
use drawing_import::{DrawingAnswer, DrawingRead, DrawingWindow};
use flow::{Guarded, Purpose};
use import::{ImportAnswer, ImportWindow};
use new_plan::{NewPlanAnswer, NewPlanForm};
use path_prompt::{PathPrompt, PromptEvent, PromptSpec, Wording};
use paths::{default_folder, export_start, file_stem_for, folder_text};
use prompts::UnsavedAnswer;
use recent::{RecentChoice, RecentFiles};
use recovery::{RecoveryAnswer, RecoveryOffer};
use recovery_folder::RecoveryFolder;
use sheet_choice::SheetChoice;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::time::Duration;
use task::{Poll, Task};
use work::Work;

/// What the file side asks the app to do.
#[derive(Debug)]
pub enum FileOutcome {
    /// Replace the open plan (opened, new, or recovered).
    Replace {
        /// The plan, with its file if it has one, checked.
        document: Box<Document>,
        /// Whether it counts as saved (false for a recovered plan).
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

/// How a plan is written by Save and Save as.
pub type SavePlan = fn(&Path, &Plan) -> Result<(), SaveError>;

/// How the file side is set up.
#[derive(Debug, Clone)]
pub struct FileSettings {
    /// The data folder whose `recovery/` subfolder keeps the autosaves; `None` turns
    /// autosave and recovery off.
    pub data_dir: Option<PathBuf>,
    /// Seconds between autosaves while there are unsaved changes.
    pub autosave_every_s: f64,
    /// Writes the plan on Save ([`crate::io::save_plan`]; tests simulate failures here).
    pub save: SavePlan,
}

impl FileSettings {
    /// No autosave and no recovery (a window with no memory of earlier runs).
    pub fn without_autosave() -> Self {
        Self {
            data_dir: None,
            autosave_every_s: autosave::DEFAULT_INTERVAL_S,
            save: crate::io::save_plan,
        }
    }

    /// Autosave into `data_dir`/recovery.
    pub fn in_data_dir(data_dir: impl Into<PathBuf>) -> Self {
        Self {
            data_dir: Some(data_dir.into()),
            ..Self::without_autosave()
        }
    }

    /// Autosave into the user's data folder ([`DATA_DIR_ENV`] if set).
    pub fn for_user() -> Self {
        Self {
            data_dir: RecoveryFolder::user_data_dir(),
            ..Self::without_autosave()
        }
    }
}

/// An action that replaces or ends the open plan, so it asks first about unsaved
/// changes.
/// The file side of the window.
pub struct FileUi {
    settings: FileSettings,
    recent: RecentFiles,
    autosave: Option<Autosave>,
    /// Counts the documents handed to the app, so the autosave tells them apart.
    generation: u64,
    offers: VecDeque<RecoveryOffer>,
    prompt: Option<PathPrompt<Purpose>>,
    unsaved: Option<Guarded>,
    new_plan: Option<NewPlanForm>,
    import: Option<ImportWindow>,
    drawing: Option<DrawingWindow>,
    error: Option<(String, String)>,
    work: Vec<Work>,
    /// Actions chosen outside [`FileUi::show`] (the Recent files menu).
    queued: Vec<Guarded>,
    /// Messages for the status bar not yet handed over.
    messages: Vec<String>,
    /// The planner agreed to close: the next close request goes through.
    allow_close: bool,
}

impl FileUi {
    /// Starts the file side with the recent files remembered in `storage`; with a data
    /// folder, starts the autosave and looks for autosaves left by a crash.
    pub fn new(storage: Option<&dyn eframe::Storage>, settings: FileSettings) -> Self {
        let mut files = Self {
            recent: RecentFiles::load(storage),
            autosave: None,
            generation: 0,
            offers: VecDeque::new(),
            prompt: None,
            unsaved: None,
            new_plan: None,
            import: None,
            drawing: None,
            error: None,
            work: Vec::new(),
            queued: Vec::new(),
            messages: Vec::new(),
            allow_close: false,
            settings,
        };
        if let Some(data_dir) = &files.settings.data_dir {
            let folder = RecoveryFolder::in_data_dir(data_dir);
            let (autosave, problem) =
                Autosave::start(folder.clone(), files.settings.autosave_every_s);
            files.messages.extend(problem);
            let own = autosave.session().to_owned();
            files
                .work
                .push(Work::Recovery(Task::spawn("recovery scan", move || {
                    recovery::find_offers(&folder, &own)
                })));
            files.autosave = Some(autosave);
        }
        files
    }

    /// Remembers what should survive a restart (the recent files).
    pub fn save_state(&self, storage: &mut dyn eframe::Storage) {
        self.recent.save(storage);
    }

    /// Puts `path` first in the recent files (a plan opened from the command line).
    pub fn remember(&mut self, path: &Path) {
        self.recent.push(path);
    }

    /// The recently used files, newest first.
    pub fn recent_files(&self) -> &[PathBuf] {
        self.recent.paths()
    }

    /// The recovery folder, when autosave is on.
    pub fn recovery_dir(&self) -> Option<&Path> {
        self.autosave.as_ref().map(|a| a.folder().dir())
    }

    /// Waits (at most `timeout`) until every autosave handed to the worker is written;
    /// true when done (tests and shutdown).
    pub fn flush_autosave(&self, timeout: Duration) -> bool {
        self.autosave.as_ref().is_none_or(|a| a.flush(timeout))
    }

    /// Whether a file window, question or load is open (file commands wait meanwhile).
    pub fn is_busy(&self) -> bool {
        self.prompt.is_some()
            || self.unsaved.is_some()
            || self.new_plan.is_some()
            || self.import.is_some()
            || self.drawing.is_some()
            || self.error.is_some()
            || !self.offers.is_empty()
            || self.work.iter().any(|w| {
                matches!(
                    w,
                    Work::Open { .. }
                        | Work::Import { .. }
                        | Work::ReadDrawing { .. }
                        | Work::Save { .. }
                )
            })
    }

    /// Starts a file command.
    pub fn command(&mut self, command: Command, doc: &Document) -> Vec<FileOutcome> {
        if self.is_busy() {
            return Vec::new();
        }
        match command {
            Command::New => self.guard(Guarded::New, doc),
            Command::Open => self.guard(Guarded::Open(None), doc),
            Command::Quit => self.guard(Guarded::Quit, doc),
            Command::Save => match doc.path() {
                Some(path) => {
                    self.save_to(path.clone(), None, doc);
                    Vec::new()
                }
                None => {
                    self.ask_save_as(doc, None);
                    Vec::new()
                }
            },
            Command::SaveAs => {
                self.ask_save_as(doc, None);
                Vec::new()
            }
            Command::ImportExhibitors => {
                let spec = PromptSpec {
                    title: Wording::new("Import exhibitors", "导入展商"),
                    ok: Wording::new("Preview", "预览"),
                    mode: DialogMode::Open,
                    filter_name: "Exhibitor tables".to_owned(),
                    extensions: vec!["csv".to_owned(), "xlsx".to_owned()],
                };
                self.prompt = Some(PathPrompt::new(Purpose::Import, spec, folder_text(doc)));
                Vec::new()
            }
            Command::ImportDrawing => {
                let spec = PromptSpec {
                    title: Wording::new("Import venue drawing", "导入场馆图纸"),
                    ok: Wording::new("Read", "读取"),
                    mode: DialogMode::Open,
                    filter_name: "CAD drawings (DXF)".to_owned(),
                    extensions: vec!["dxf".to_owned()],
                };
                self.prompt = Some(PathPrompt::new(
                    Purpose::ImportDrawing,
                    spec,
                    folder_text(doc),
                ));
                Vec::new()
            }
            other => {
                if let Some(format) = export::format_of(other) {
                    let start = export_start(
                        doc,
                        format,
                        self.recent.paths().first().map(PathBuf::as_path),
                    );
                    let mut prompt = PathPrompt::new(
                        Purpose::Export(format),
                        export::prompt_spec(format),
                        start,
                    );
                    if format == ExportFormat::Pdf {
                        prompt = prompt.with_sheet(SheetChoice::default());
                    }
                    self.prompt = Some(prompt);
                }
                Vec::new()
            }
        }
    }

    /// Draws the Recent files submenu (for the File menu).
    pub fn recent_menu(&mut self, ui: &mut egui::Ui) {
        match self.recent.menu(ui) {
            Some(RecentChoice::Open(path)) => self.queued.push(Guarded::Open(Some(path))),
            Some(RecentChoice::Clear) => self.recent.clear(),
            None => {}
        }
    }

    /// Handles the window's close button (and the Close that Quit sends): with unsaved
    /// changes the close is cancelled and the planner asked. Call it every frame.
    pub fn on_close_request(&mut self, ctx: &egui::Context, doc: &Document) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.allow_close {
            return;
        }
        if doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if self.unsaved.is_none() {
                self.unsaved = Some(Guarded::Quit);
            }
        }
    }

    /// Shows the file windows and prompts and returns what finished this frame.
    pub fn show(&mut self, ctx: &egui::Context, doc: &Document) -> Vec<FileOutcome> {
        let mut out = Vec::new();
        self.poll_work(ctx, doc, &mut out);
        self.tick_autosave(ctx, doc);
        for action in std::mem::take(&mut self.queued) {
            out.extend(self.guard(action, doc));
        }
        self.take_dropped_files(ctx, doc, &mut out);
        self.show_windows(ctx, doc, &mut out);
        out.extend(self.messages.drain(..).map(FileOutcome::Message));
        out
    }

    /// Hands the plan to the autosave when due; reports its failures.
    fn tick_autosave(&mut self, ctx: &egui::Context, doc: &Document) {
        if self.allow_close {
            return;
        }
        let now = ctx.input(|i| i.time);
        if let Some(autosave) = &mut self.autosave
            && let Some(problem) = autosave.tick(ctx, now, doc, self.generation)
        {
            self.messages.push(problem);
        }
    }
}
