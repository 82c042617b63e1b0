//! The application: one open document, the selection, the canvas and the panels. Views
//! draw and return intents; the app applies them after drawing.

use super::canvas::{self, CanvasState, ProblemMarks};
use super::commands::{Command, CommandContext, CommandGroup};
use super::files::{FileOutcome, FileSettings, FileUi};
use super::i18n::{Key, Lang, fill};
use super::intent::Intent;
use super::palette::Palette;
use super::panels::Panels;
use super::{menu, status_bar, toolbar};
use crate::document::{Document, Selection};
use crate::edit::{self, Edit, EditError, Reshape, Step};
use crate::model::{Plan, Rect};
use std::path::PathBuf;

/// The expoplan window.
pub struct PlannerApp {
    doc: Document,
    selection: Selection,
    canvas: CanvasState,
    marks: ProblemMarks,
    palette: Palette,
    files: FileUi,
    panels: Panels,
    message: Option<String>,
    /// Booths the planner asked to delete, waiting for the answer to "really?".
    confirm_delete: Option<super::confirm_delete::ConfirmDelete>,
    title: String,
    quit_requested: bool,
    ctx: egui::Context,
}

impl PlannerApp {
    /// A window on `plan` (read from `path`, if it came from a file), with no memory of
    /// earlier runs (and no autosave).
    pub fn new(ctx: &egui::Context, plan: Plan, path: Option<PathBuf>) -> Self {
        Self::with_files(ctx, None, plan, path, FileSettings::without_autosave())
    }

    /// A window on `plan`, restoring panels, language and recent files from `storage`,
    /// autosaving to the user's data folder.
    pub fn with_storage(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        plan: Plan,
        path: Option<PathBuf>,
    ) -> Self {
        Self::with_files(ctx, storage, plan, path, FileSettings::for_user())
    }

    /// A window that opens at once on an empty floor and reads the plan at `path` on a
    /// worker, with the progress bar of File › Open; a file that cannot be read is shown
    /// in the window.
    pub fn opening(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        path: PathBuf,
        files: FileSettings,
    ) -> Self {
        let mut app = Self::with_files(ctx, storage, Plan::blank("Untitled"), None, files);
        app.files.start_open(path);
        app
    }

    /// A window on `plan` with the file side set up by `files` (where autosaves go).
    pub fn with_files(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        plan: Plan,
        path: Option<PathBuf>,
        files: FileSettings,
    ) -> Self {
        super::fonts::install(ctx);
        let doc = Document::new(plan, path);
        let mut canvas = CanvasState::default();
        canvas.request_fit(&doc);
        let mut file_ui = FileUi::new(storage, files);
        if let Some(path) = doc.path() {
            file_ui.remember(path);
        }
        Self {
            doc,
            selection: Selection::new(),
            canvas,
            marks: ProblemMarks::default(),
            palette: Palette::default(),
            files: file_ui,
            panels: Panels::new(ctx, storage),
            message: None,
            confirm_delete: None,
            title: String::new(),
            quit_requested: false,
            ctx: ctx.clone(),
        }
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The selected booths.
    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// The canvas state (camera, gesture).
    pub fn canvas(&self) -> &CanvasState {
        &self.canvas
    }

    /// The canvas state, to change (tests set the camera).
    pub fn canvas_mut(&mut self) -> &mut CanvasState {
        &mut self.canvas
    }

    /// The file side (recent files, autosave).
    pub fn files(&self) -> &FileUi {
        &self.files
    }

    /// The last message shown in the status bar.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// What commands depend on.
    pub fn command_context(&self) -> CommandContext {
        let history = self.doc.history();
        CommandContext {
            can_undo: history.can_undo(),
            can_redo: history.can_redo(),
            selected: self.selection.len(),
            dirty: self.doc.is_dirty(),
            tool_deletes: self.canvas.tool.deletes_something(),
        }
    }

    /// The window title: plan name, a mark for unsaved changes and the file's name.
    pub fn window_title(&self) -> String {
        let dirty = if self.doc.is_dirty() { " •" } else { "" };
        let name = &self.doc.plan().meta.name;
        match self.doc.path().and_then(|p| p.file_name()) {
            Some(file) => format!("{name}{dirty} — {} — expoplan", file.to_string_lossy()),
            None => format!("{name}{dirty} — expoplan"),
        }
    }

    /// Applies one undoable step and shows its result or why it was refused.
    fn apply_edit(&mut self, edit: Edit, selection_after: Selection) {
        let label = edit.step.text(Lang::of(&self.ctx));
        match self
            .doc
            .apply(edit, self.selection.clone(), selection_after.clone())
        {
            Ok(()) => {
                self.selection = selection_after;
                self.message = Some(fill(Lang::of(&self.ctx), Key::Done, &[&label]));
            }
            Err(err) => self.message = Some(fill(Lang::of(&self.ctx), Key::Refused, &[&err])),
        }
    }

    /// Carries out what a view asked for.
    pub fn handle(&mut self, intent: Intent) {
        match intent {
            Intent::Apply {
                edit,
                selection_after,
            } => self.apply_edit(edit, selection_after),
            Intent::Select(selection) => self.selection = selection,
            Intent::Frame(rect) => self.canvas.frame_request = Some(rect),
            Intent::Run(command) => self.run(command),
            Intent::Refused(why) => {
                self.message = Some(fill(Lang::of(&self.ctx), Key::Refused, &[&why]));
            }
        }
    }

    fn selected_ids(&self) -> Vec<crate::model::BoothId> {
        self.selection.iter().copied().collect()
    }

    fn selection_bbox(&self) -> Option<Rect> {
        self.selection
            .iter()
            .filter_map(|id| self.doc.plan().booth(*id))
            .map(|b| b.rect)
            .reduce(|a, b| a.union(&b))
    }

    fn nudge(&mut self, dx: f64, dy: f64) {
        let step = self.doc.plan().settings.grid_step_m;
        if let Some(edit) =
            edit::move_booths(self.doc.plan(), &self.selected_ids(), dx * step, dy * step)
        {
            self.apply_edit(edit, self.selection.clone());
        }
    }

    fn delete_booths(&mut self, ids: &[crate::model::BoothId]) {
        if let Some(edit) = edit::remove_booths(self.doc.plan(), ids) {
            self.apply_edit(edit, Selection::new());
        }
    }

    /// The "really delete?" question, while one is open.
    fn ask_before_deleting(&mut self, ctx: &egui::Context) {
        let Some(question) = &self.confirm_delete else {
            return;
        };
        let Some(answer) = question.show(ctx) else {
            return;
        };
        let ids = question.ids.clone();
        self.confirm_delete = None;
        match answer {
            super::confirm_delete::DeleteAnswer::Delete => self.delete_booths(&ids),
            super::confirm_delete::DeleteAnswer::Keep => {}
        }
    }

    fn toggle_lock(&mut self) {
        if let Some(edit) = edit::toggle_lock(self.doc.plan(), &self.selected_ids()) {
            self.apply_edit(edit, self.selection.clone());
        }
    }

    /// Replaces the open plan (a file opened, a new or a recovered plan).
    fn replace_document(&mut self, document: Document, saved: bool) {
        self.doc = document;
        if !saved {
            self.doc.mark_unsaved();
        }
        self.selection.clear();
        self.confirm_delete = None;
        self.panels.reset_filters();
        self.canvas.use_tool(self.canvas.tool.kind());
        self.canvas.request_fit(&self.doc);
        // The status bar (drawn before the canvas) shows the new zoom at once.
        self.ctx.request_repaint();
    }

    /// Carries out what the file side finished.
    fn file_outcome(&mut self, outcome: FileOutcome) {
        match outcome {
            FileOutcome::Replace { document, saved } => self.replace_document(*document, saved),
            FileOutcome::Saved(path) => {
                self.message = Some(format!("Saved {}", path.display()));
                self.doc.mark_saved(path);
            }
            FileOutcome::Apply(edit) => {
                // A new venue may lie anywhere: show all of it.
                let new_venue = edit.step == crate::edit::Step::ReplaceVenue;
                self.apply_edit(edit, self.selection.clone());
                if new_venue {
                    self.canvas.request_fit(&self.doc);
                }
            }
            FileOutcome::Message(message) => self.message = Some(message),
            FileOutcome::Quit => self.quit_requested = true,
        }
    }

    /// Runs a command from the menu or the keyboard.
    pub fn run(&mut self, command: Command) {
        if !command.enabled(&self.command_context()) {
            return;
        }
        match command.group() {
            CommandGroup::File => {
                for outcome in self.files.command(command, &self.doc) {
                    self.file_outcome(outcome);
                }
            }
            CommandGroup::Panels => self.panels.command(command, &self.ctx),
            CommandGroup::Tools => {
                if let Command::UseTool(kind) = command {
                    self.canvas.use_tool(kind);
                }
            }
            CommandGroup::Edit | CommandGroup::View => self.run_plan_command(command),
        }
    }

    /// Tells in the status bar which step was undone or redone, or why it could not be.
    fn say_step(
        &mut self,
        key: Key,
        step: Option<Step>,
        outcome: Result<Option<Selection>, EditError>,
    ) {
        let lang = Lang::of(&self.ctx);
        match outcome {
            Ok(Some(selection)) => {
                self.selection = selection;
                self.message = step.map(|step| fill(lang, key, &[&step.text(lang)]));
            }
            Ok(None) => {}
            Err(err) => self.message = Some(fill(lang, Key::Refused, &[&err])),
        }
    }

    /// Runs an edit or view command.
    fn run_plan_command(&mut self, command: Command) {
        let plan = self.doc.plan();
        match command {
            Command::Undo => {
                let step = self.doc.history().undo_step().cloned();
                let outcome = self.doc.undo();
                self.say_step(Key::Undone, step, outcome);
            }
            Command::Redo => {
                let step = self.doc.history().redo_step().cloned();
                let outcome = self.doc.redo();
                self.say_step(Key::Redone, step, outcome);
            }
            Command::SelectAll => self.selection = plan.booths.iter().map(|b| b.id).collect(),
            Command::SelectNone => self.selection.clear(),
            Command::Delete if self.canvas.tool.deletes_something() => {
                let lang = Lang::of(&self.ctx);
                let mut tool = std::mem::take(&mut self.canvas.tool);
                let outcome = tool.delete(&self.canvas.tool_ctx(&self.doc, lang));
                self.canvas.tool = tool;
                match outcome {
                    Some(canvas::ToolOutcome::Apply(edit)) => {
                        self.apply_edit(edit, self.selection.clone())
                    }
                    Some(canvas::ToolOutcome::Refused(why)) => {
                        self.message = Some(fill(lang, Key::Refused, &[&why]));
                    }
                    None => {}
                }
            }
            Command::Delete => {
                let ids = self.selected_ids();
                match super::confirm_delete::ConfirmDelete::needed(plan, &ids) {
                    Some(question) => self.confirm_delete = Some(question),
                    None => self.delete_booths(&ids),
                }
            }
            Command::Duplicate => {
                let dx = self.selection_bbox().map_or(0.0, |r| r.w());
                if let Some((edit, ids)) =
                    edit::duplicate_booths(plan, &self.selected_ids(), dx, 0.0)
                {
                    self.apply_edit(edit, ids.into_iter().collect());
                }
            }
            Command::Rotate => {
                let rotated = self
                    .selection
                    .first()
                    .and_then(|id| plan.booth(*id))
                    .and_then(|b| Some((b.id, b.rect.rotated()?)));
                if let Some((id, rect)) = rotated
                    && let Some(edit) = edit::set_booth_rect(plan, id, rect, Reshape::Rotate)
                {
                    self.apply_edit(edit, self.selection.clone());
                }
            }
            Command::ToggleLock => self.toggle_lock(),
            Command::PriceFromList => {
                let lang = Lang::of(&self.ctx);
                match edit::reprice_booths(plan, &self.selected_ids()) {
                    Some(edit) => self.apply_edit(edit, self.selection.clone()),
                    None if !plan.settings.prices.is_set() => {
                        self.message = Some(
                            lang.pick(
                                "The price list is empty: set its rates in View › Venue and settings",
                                "价目表为空：请在 视图 › 场馆与规则设置 中填写单价",
                            )
                            .to_owned(),
                        );
                    }
                    None => {
                        self.message = Some(
                            lang.pick("The prices already follow the list", "价格已与价目表一致")
                                .to_owned(),
                        );
                    }
                }
            }
            Command::NudgeLeft => self.nudge(-1.0, 0.0),
            Command::NudgeRight => self.nudge(1.0, 0.0),
            Command::NudgeUp => self.nudge(0.0, -1.0),
            Command::NudgeDown => self.nudge(0.0, 1.0),
            Command::ZoomToFit => self.canvas.request_fit(&self.doc),
            Command::ZoomToSelection => self.canvas.frame_request = self.selection_bbox(),
            Command::ZoomIn => self.canvas.zoom_center(1.25),
            Command::ZoomOut => self.canvas.zoom_center(0.8),
            Command::ToggleColorMode => {
                self.canvas.color_by = match self.canvas.color_by {
                    canvas::ColorBy::Sector => canvas::ColorBy::Status,
                    canvas::ColorBy::Status => canvas::ColorBy::Sector,
                }
            }
            // Handled by the file side and the panels.
            _ => {}
        }
    }

    /// Turns shortcut key presses into commands. Bare-key shortcuts wait while a text
    /// field has the keyboard or a drag is under way (Esc then cancels the drag).
    fn shortcuts(&mut self, ctx: &egui::Context) {
        // A file window or question is open: its keys (Ctrl+A in the path field, Esc)
        // are its own, and the plan must not change under it.
        if self.files.is_busy() || self.confirm_delete.is_some() {
            return;
        }
        // A menu or drop-down list is open: Esc closes it, the keys are its own.
        if egui::Popup::is_any_open(ctx) {
            return;
        }
        let typing = ctx.egui_wants_keyboard_input();
        let dragging = self.canvas.busy();
        let mut fired = Vec::new();
        // egui matches Ctrl+Z also when Shift is held, so shortcuts with more modifiers
        // go first: Ctrl+Shift+Z is redo, not undo.
        let mut shortcuts: Vec<(Command, egui::KeyboardShortcut)> = Command::ALL
            .into_iter()
            // While a text field has the keyboard, its own keys win: bare keys, and the
            // edit shortcuts (Ctrl+A selects its text, Ctrl+Z undoes its typing).
            .filter(|c| !(c.is_plain_key() && (typing || dragging)))
            .filter(|c| !(typing && c.group() == CommandGroup::Edit))
            .flat_map(|c| {
                [c.shortcut(), c.alternate_shortcut()]
                    .into_iter()
                    .flatten()
                    .map(move |s| (c, s))
            })
            .collect();
        shortcuts.sort_by_key(|(_, s)| {
            std::cmp::Reverse(u8::from(s.modifiers.shift) + u8::from(s.modifiers.alt))
        });
        ctx.input_mut(|input| {
            for (command, shortcut) in shortcuts {
                if input.consume_shortcut(&shortcut) {
                    fired.push(command);
                }
            }
        });
        for command in fired {
            self.run(command);
        }
    }

    /// Draws one frame and applies what the planner asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.shortcuts(&ctx);
        let mut intents = Vec::new();
        egui::Panel::top("menu").show(ui, |ui| {
            intents.extend(menu::show(
                ui,
                &self.doc,
                &self.command_context(),
                self.canvas.color_by,
                &self.panels,
                &mut self.files,
            ));
        });
        egui::Panel::top("tools").show(ui, |ui| {
            intents.extend(toolbar::show(ui, &self.doc, &mut self.canvas));
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            status_bar::show(
                ui,
                &self.doc,
                &self.selection,
                &self.canvas,
                self.message.as_deref(),
            );
        });
        egui::Panel::left("palette")
            .default_size(170.0)
            .show(ui, |ui| {
                self.palette.show(ui);
            });
        intents.extend(self.panels.show(ui, &self.doc, &self.selection));
        self.marks.refresh(&self.doc);
        egui::CentralPanel::no_frame().show(ui, |ui| {
            intents.extend(canvas::show(
                ui,
                &self.doc,
                &self.selection,
                &self.marks,
                &mut self.canvas,
            ));
        });
        for intent in intents {
            self.handle(intent);
        }
        self.ask_before_deleting(&ctx);
        for outcome in self.files.show(&ctx, &self.doc) {
            self.file_outcome(outcome);
        }
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if self.quit_requested {
            self.quit_requested = false;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

impl eframe::App for PlannerApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        // Also while the window is minimised: closing it asks about unsaved changes.
        self.files.on_close_request(ctx, &self.doc);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.files.save_state(storage);
        self.panels.save_state(storage);
    }
}
