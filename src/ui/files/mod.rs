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
mod export;
mod import;
mod new_plan;
mod path_prompt;
mod prompts;
mod recent;
mod recovery;
mod recovery_folder;
mod task;

pub use recent::MAX_RECENT;
pub use recovery_folder::DATA_DIR_ENV;

use super::commands::Command;
use crate::cli::ExportFormat;
use crate::document::Document;
use crate::drawing::Paper;
use crate::edit::Edit;
use crate::io::{ImportError, LoadError, SaveError, Table};
use crate::model::Plan;
use autosave::Autosave;
use dialog::DialogMode;
use import::{ImportAnswer, ImportWindow};
use new_plan::{NewPlanAnswer, NewPlanForm};
use path_prompt::{PathPrompt, PromptEvent, PromptSpec};
use prompts::UnsavedAnswer;
use recent::{RecentChoice, RecentFiles};
use recovery::{RecoveryAnswer, RecoveryOffer};
use recovery_folder::RecoveryFolder;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::time::Duration;
use task::{Poll, Task};

/// What the file side asks the app to do.
#[derive(Debug)]
pub enum FileOutcome {
    /// Replace the open plan (opened, new, or recovered).
    Replace {
        /// The plan.
        plan: Box<Plan>,
        /// Its file, if it has one.
        path: Option<PathBuf>,
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
#[derive(Debug)]
enum Guarded {
    /// Start a new plan.
    New,
    /// Open a plan: this file, or ask which.
    Open(Option<PathBuf>),
    /// Close the window.
    Quit,
    /// Restore an autosave.
    Restore(Box<RecoveryOffer>),
}

impl Guarded {
    /// What comes after the question "save the changes before …?".
    fn describe(&self) -> &'static str {
        match self {
            Guarded::New => "starting a new plan",
            Guarded::Open(_) => "opening another plan",
            Guarded::Quit => "quitting",
            Guarded::Restore(_) => "restoring the autosave",
        }
    }
}

/// What a path window is for.
#[derive(Debug)]
enum Purpose {
    Open,
    SaveAs { then: Option<Guarded> },
    Import,
    Export(ExportFormat),
}

/// Work running on a thread.
enum Work {
    Open {
        path: PathBuf,
        task: Task<Result<Plan, LoadError>>,
    },
    Import {
        path: PathBuf,
        task: Task<Result<Table, ImportError>>,
    },
    Export {
        format: ExportFormat,
        task: Task<Result<String, String>>,
    },
    Recovery(Task<Vec<RecoveryOffer>>),
}

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
            || self.error.is_some()
            || !self.offers.is_empty()
            || self
                .work
                .iter()
                .any(|w| matches!(w, Work::Open { .. } | Work::Import { .. }))
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
                Some(path) => self.save_to(path.clone(), doc),
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
                    title: "Import exhibitors".to_owned(),
                    ok: "Preview".to_owned(),
                    mode: DialogMode::Open,
                    filter_name: "Exhibitor tables".to_owned(),
                    extensions: vec!["csv".to_owned(), "xlsx".to_owned()],
                };
                self.prompt = Some(PathPrompt::new(Purpose::Import, spec, folder_text(doc)));
                Vec::new()
            }
            other => {
                if let Some(format) = export::format_of(other) {
                    let start = export_start(doc, format);
                    let mut prompt = PathPrompt::new(
                        Purpose::Export(format),
                        export::prompt_spec(format),
                        start,
                    );
                    if format == ExportFormat::Pdf {
                        prompt = prompt.with_paper(Paper::A3);
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

    /// Does `action` now, or first asks about unsaved changes.
    fn guard(&mut self, action: Guarded, doc: &Document) -> Vec<FileOutcome> {
        if doc.is_dirty() {
            self.unsaved = Some(action);
            Vec::new()
        } else {
            self.proceed(action, doc)
        }
    }

    /// Does `action` (the changes were saved or may be lost).
    fn proceed(&mut self, action: Guarded, doc: &Document) -> Vec<FileOutcome> {
        match action {
            Guarded::New => {
                self.new_plan = Some(NewPlanForm::default());
                Vec::new()
            }
            Guarded::Open(None) => {
                let spec = PromptSpec {
                    title: "Open plan".to_owned(),
                    ok: "Open".to_owned(),
                    mode: DialogMode::Open,
                    filter_name: "expoplan plans".to_owned(),
                    extensions: vec!["ron".to_owned()],
                };
                let start = match (doc.path(), self.recent.paths().first()) {
                    (Some(_), _) => folder_text(doc),
                    (None, Some(recent)) => recent.display().to_string(),
                    (None, None) => format!("saves{}", std::path::MAIN_SEPARATOR),
                };
                self.prompt = Some(PathPrompt::new(Purpose::Open, spec, start));
                Vec::new()
            }
            Guarded::Open(Some(path)) => {
                self.start_open(path);
                Vec::new()
            }
            Guarded::Quit => {
                self.allow_close = true;
                if let Some(autosave) = &mut self.autosave {
                    autosave.discard();
                }
                vec![FileOutcome::Quit]
            }
            Guarded::Restore(offer) => {
                let RecoveryOffer {
                    session,
                    plan,
                    file,
                    ..
                } = *offer;
                let Ok(plan) = plan else { return Vec::new() };
                if let Some(autosave) = &mut self.autosave {
                    autosave.adopt(&session);
                }
                self.replace(plan, file, false, "Restored the autosaved plan")
            }
        }
    }

    /// The outcomes that put `plan` on screen.
    fn replace(
        &mut self,
        plan: Plan,
        path: Option<PathBuf>,
        saved: bool,
        message: &str,
    ) -> Vec<FileOutcome> {
        self.generation += 1;
        vec![
            FileOutcome::Replace {
                plan: Box::new(plan),
                path,
                saved,
            },
            FileOutcome::Message(message.to_owned()),
        ]
    }

    /// Opens the Save as window; `then` runs after a successful save.
    fn ask_save_as(&mut self, doc: &Document, then: Option<Guarded>) {
        let spec = PromptSpec {
            title: "Save plan as".to_owned(),
            ok: "Save".to_owned(),
            mode: DialogMode::Save,
            filter_name: "expoplan plans".to_owned(),
            extensions: vec!["ron".to_owned()],
        };
        let start = doc.path().map_or_else(
            || {
                Path::new("saves")
                    .join(format!("{}.ron", file_stem_for(&doc.plan().meta.name)))
                    .display()
                    .to_string()
            },
            |p| p.display().to_string(),
        );
        self.prompt = Some(PathPrompt::new(Purpose::SaveAs { then }, spec, start));
    }

    /// Saves the plan to `path` (making its folder if needed). On failure the error is
    /// shown, the file on disk is as it was and the plan stays unsaved.
    fn save_to(&mut self, path: PathBuf, doc: &Document) -> Vec<FileOutcome> {
        let made_folder = match path.parent().filter(|p| !p.as_os_str().is_empty()) {
            Some(folder) => std::fs::create_dir_all(folder).map_err(|source| SaveError::Write {
                path: path.clone(),
                source,
            }),
            None => Ok(()),
        };
        match made_folder.and_then(|()| (self.settings.save)(&path, doc.plan())) {
            Ok(()) => {
                self.recent.push(&path);
                vec![FileOutcome::Saved(path)]
            }
            Err(err) => {
                let text = format!(
                    "{err:#}\n\nThe file on disk is unchanged, and the plan stays open with \
                     its unsaved changes."
                );
                self.error = Some((format!("Could not save {}", path.display()), text));
                vec![FileOutcome::Message(format!("Save failed: {err:#}"))]
            }
        }
    }

    /// Starts loading `path` on a thread.
    fn start_open(&mut self, path: PathBuf) {
        let load_from = path.clone();
        self.work.push(Work::Open {
            path,
            task: Task::spawn("open plan", move || crate::io::load_plan(&load_from)),
        });
    }

    /// Starts reading an exhibitor table on a thread.
    fn start_import(&mut self, path: PathBuf) {
        let read_from = path.clone();
        self.work.push(Work::Import {
            path,
            task: Task::spawn("read import", move || crate::io::read_table(&read_from)),
        });
    }

    /// Takes the results of finished work.
    fn poll_work(&mut self, ctx: &egui::Context, doc: &Document, out: &mut Vec<FileOutcome>) {
        let mut still_running = Vec::new();
        for work in std::mem::take(&mut self.work) {
            if let Some(work) = self.poll_one(work, doc, out) {
                still_running.push(work);
            }
        }
        self.work = still_running;
        if !self.work.is_empty() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }

    /// Takes the result of one piece of work, or gives it back while it runs.
    fn poll_one(&mut self, work: Work, doc: &Document, out: &mut Vec<FileOutcome>) -> Option<Work> {
        const LOST: &str = "The work stopped unexpectedly (an internal error).";
        match work {
            Work::Open { path, task } => match task.poll() {
                Poll::Pending => return Some(Work::Open { path, task }),
                Poll::Ready(Ok(plan)) => {
                    self.recent.push(&path);
                    let message = format!("Opened {}", path.display());
                    out.extend(self.replace(plan, Some(path), true, &message));
                }
                Poll::Ready(Err(err)) => {
                    if let LoadError::Read { source, .. } = &err
                        && source.kind() == std::io::ErrorKind::NotFound
                    {
                        self.recent.remove(&path);
                    }
                    let text = format!("{err:#}\n\nThe plan on screen is unchanged.");
                    self.error = Some((format!("Could not open {}", path.display()), text));
                }
                Poll::Lost => self.error = Some(("Could not open the plan".into(), LOST.into())),
            },
            Work::Import { path, task } => match task.poll() {
                Poll::Pending => return Some(Work::Import { path, task }),
                Poll::Ready(Ok(table)) => self.import = Some(ImportWindow::new(path, table, doc)),
                Poll::Ready(Err(err)) => {
                    self.error = Some((
                        format!("Could not import {}", path.display()),
                        format!("{err:#}\n\nNothing was changed."),
                    ));
                }
                Poll::Lost => self.error = Some(("Could not import".into(), LOST.into())),
            },
            Work::Export { format, task } => match task.poll() {
                Poll::Pending => return Some(Work::Export { format, task }),
                Poll::Ready(Ok(message) | Err(message)) => out.push(FileOutcome::Message(message)),
                Poll::Lost => out.push(FileOutcome::Message(format!(
                    "Export of the {} failed: {LOST}",
                    export::describe(format)
                ))),
            },
            Work::Recovery(task) => match task.poll() {
                Poll::Pending => return Some(Work::Recovery(task)),
                Poll::Ready(offers) => self.offers.extend(offers),
                Poll::Lost => {}
            },
        }
        None
    }

    /// Opens plans and previews tables dropped on the window.
    fn take_dropped_files(
        &mut self,
        ctx: &egui::Context,
        doc: &Document,
        out: &mut Vec<FileOutcome>,
    ) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        let Some(file) = dropped.first() else { return };
        if self.is_busy() {
            return;
        }
        let path = file.path().to_owned();
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match extension.as_str() {
            "ron" => out.extend(self.guard(Guarded::Open(Some(path)), doc)),
            "csv" | "xlsx" => self.start_import(path),
            _ => out.push(FileOutcome::Message(format!(
                "{} is neither a plan (.ron) nor an exhibitor table (.csv, .xlsx)",
                path.display()
            ))),
        }
    }

    /// Draws whichever windows are open, the newest question on top.
    fn show_windows(&mut self, ctx: &egui::Context, doc: &Document, out: &mut Vec<FileOutcome>) {
        if let Some(form) = &mut self.new_plan
            && let Some(answer) = form.show(ctx)
        {
            self.new_plan = None;
            if let NewPlanAnswer::Create(plan) = answer {
                let message = format!("New plan \"{}\"", plan.meta.name);
                out.extend(self.replace(*plan, None, true, &message));
            }
        }
        self.show_prompt(ctx, doc, out);
        if let Some(window) = &mut self.import
            && let Some(answer) = window.show(ctx, doc)
        {
            self.import = None;
            if let ImportAnswer::Confirm(edit) = answer {
                out.push(FileOutcome::Apply(edit));
            }
        }
        self.show_progress(ctx);
        if self.unsaved.is_none()
            && let Some(offer) = self.offers.front()
            && let Some(answer) = recovery::show_offer(ctx, offer)
            && let Some(offer) = self.offers.pop_front()
        {
            match answer {
                RecoveryAnswer::Restore => {
                    out.extend(self.guard(Guarded::Restore(Box::new(offer)), doc));
                }
                RecoveryAnswer::Discard => {
                    if let Some(autosave) = &self.autosave {
                        autosave.forget(&offer.session);
                    }
                    out.push(FileOutcome::Message("Discarded the autosave".to_owned()));
                }
                RecoveryAnswer::Later => {}
            }
        }
        self.show_unsaved(ctx, doc, out);
        if let Some((title, text)) = &self.error
            && prompts::show_error(ctx, title, text)
        {
            self.error = None;
        }
    }

    /// The path window and what its answer starts.
    fn show_prompt(&mut self, ctx: &egui::Context, doc: &Document, out: &mut Vec<FileOutcome>) {
        let Some(prompt) = &mut self.prompt else {
            return;
        };
        let path = match prompt.show(ctx) {
            PromptEvent::Waiting => return,
            PromptEvent::Cancelled => {
                self.prompt = None;
                return;
            }
            PromptEvent::Chosen(path) => path,
        };
        let paper = prompt.paper().unwrap_or_default();
        let Some(prompt) = self.prompt.take() else {
            return;
        };
        match prompt.purpose {
            Purpose::Open => self.start_open(path),
            Purpose::SaveAs { then } => {
                let saved = self.save_to(path, doc);
                let ok = saved.iter().any(|o| matches!(o, FileOutcome::Saved(_)));
                out.extend(saved);
                if ok && let Some(then) = then {
                    out.extend(self.proceed(then, doc));
                }
            }
            Purpose::Import => self.start_import(path),
            Purpose::Export(format) => {
                let plan = doc.plan().clone();
                self.work.push(Work::Export {
                    format,
                    task: Task::spawn("export", move || {
                        export::run_export(&plan, format, &path, paper)
                    }),
                });
            }
        }
    }

    /// The unsaved-changes question and what its answer does.
    fn show_unsaved(&mut self, ctx: &egui::Context, doc: &Document, out: &mut Vec<FileOutcome>) {
        let Some(action) = &self.unsaved else { return };
        let Some(answer) = prompts::show_unsaved(ctx, &doc.plan().meta.name, action.describe())
        else {
            return;
        };
        let Some(action) = self.unsaved.take() else {
            return;
        };
        match answer {
            UnsavedAnswer::Cancel => {}
            UnsavedAnswer::Discard => out.extend(self.proceed(action, doc)),
            UnsavedAnswer::Save => match doc.path() {
                Some(path) => {
                    let saved = self.save_to(path.clone(), doc);
                    let ok = saved.iter().any(|o| matches!(o, FileOutcome::Saved(_)));
                    out.extend(saved);
                    if ok {
                        out.extend(self.proceed(action, doc));
                    }
                }
                None => self.ask_save_as(doc, Some(action)),
            },
        }
    }

    /// A spinner while a plan loads (a modal: the plan is about to change) or an export
    /// runs (in a corner: the planner can go on working).
    fn show_progress(&self, ctx: &egui::Context) {
        for work in &self.work {
            match work {
                Work::Open { path, .. } | Work::Import { path, .. } => {
                    egui::Modal::new(egui::Id::unique("expoplan file progress")).show(ctx, |ui| {
                        ui.horizontal(|ui| {
                            ui.spinner();
                            ui.label(format!("Reading {}…", path.display()));
                        });
                    });
                }
                Work::Export { format, .. } => {
                    egui::Area::new(egui::Id::unique("expoplan export progress"))
                        .anchor(egui::Align2::RIGHT_BOTTOM, [-12.0, -36.0])
                        .show(ctx, |ui| {
                            egui::Frame::popup(ui.style()).show(ui, |ui| {
                                ui.horizontal(|ui| {
                                    ui.spinner();
                                    ui.label(format!(
                                        "Exporting the {}…",
                                        export::describe(*format)
                                    ));
                                });
                            });
                        });
                }
                Work::Recovery(_) => {}
            }
        }
    }
}

/// The plan's folder (with a trailing separator) for a path field, or empty.
fn folder_text(doc: &Document) -> String {
    doc.path()
        .and_then(|p| p.parent())
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(String::new, |p| {
            format!("{}{}", p.display(), std::path::MAIN_SEPARATOR)
        })
}

/// Where an export goes by default: beside the plan's file with the format's extension,
/// or `exports/NAME.EXT`.
fn export_start(doc: &Document, format: ExportFormat) -> String {
    let path = match doc.path() {
        Some(plan_file) => plan_file.with_extension(format.extension()),
        None => Path::new("exports").join(format!(
            "{}.{}",
            file_stem_for(&doc.plan().meta.name),
            format.extension()
        )),
    };
    path.display().to_string()
}

/// A plan name made safe as a file name: characters that file systems refuse become `_`.
fn file_stem_for(name: &str) -> String {
    let cleaned: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_control() || r#"/\:*?"<>|"#.contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim_matches(['.', ' ']);
    if cleaned.is_empty() {
        "plan".to_owned()
    } else {
        cleaned.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_names_become_safe_file_names() {
        assert_eq!(
            file_stem_for("WAIC 2023 / 世界人工智能大会"),
            "WAIC 2023 _ 世界人工智能大会"
        );
        assert_eq!(file_stem_for(" .. "), "plan");
        assert_eq!(file_stem_for("a:b*c?"), "a_b_c_");
    }

    #[test]
    fn exports_default_beside_the_plan_file() {
        let plan = Plan::empty("Show", 20.0, 20.0).unwrap();
        let doc = Document::new(plan.clone(), Some(PathBuf::from("saves/show.ron")));
        assert_eq!(
            PathBuf::from(export_start(&doc, ExportFormat::Pdf)),
            PathBuf::from("saves/show.pdf")
        );
        let unsaved = Document::new(plan, None);
        assert_eq!(
            PathBuf::from(export_start(&unsaved, ExportFormat::Csv)),
            Path::new("exports").join("Show.csv")
        );
    }
}
