//! The file windows and questions drawn each frame, and files dropped on the window.

use super::*;

impl FileUi {
    /// Opens plans and previews tables dropped on the window.
    pub(super) fn take_dropped_files(
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
            "dxf" => self.start_read_drawing(path),
            _ => out.push(FileOutcome::Message(format!(
                "{} is neither a plan (.ron), an exhibitor table (.csv, .xlsx) nor a venue drawing (.dxf)",
                path.display()
            ))),
        }
    }

    /// Draws whichever windows are open, the newest question on top.
    pub(super) fn show_windows(
        &mut self,
        ctx: &egui::Context,
        doc: &Document,
        out: &mut Vec<FileOutcome>,
    ) {
        if let Some(form) = &mut self.new_plan
            && let Some(answer) = form.show(ctx)
        {
            self.new_plan = None;
            if let NewPlanAnswer::Create(plan) = answer {
                let message = format!("New plan \"{}\"", plan.meta.name);
                out.extend(self.replace(Document::new(*plan, None), true, &message));
            }
        }
        self.show_prompt(ctx, doc);
        if let Some(window) = &mut self.import
            && let Some(answer) = window.show(ctx, doc)
        {
            self.import = None;
            if let ImportAnswer::Confirm(edit) = answer {
                out.push(FileOutcome::Apply(edit));
            }
        }
        if let Some(window) = &mut self.drawing
            && let Some(answer) = window.show(ctx, doc.plan())
        {
            self.drawing = None;
            match answer {
                DrawingAnswer::NewPlan(plan) => {
                    out.extend(self.guard(Guarded::FromDrawing(plan), doc));
                }
                DrawingAnswer::ReplaceVenue(venue) => {
                    out.push(FileOutcome::Apply(crate::edit::replace_venue(
                        doc.plan(),
                        &venue,
                    )));
                }
                DrawingAnswer::Cancel => {}
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
    pub(super) fn show_prompt(&mut self, ctx: &egui::Context, doc: &Document) {
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
        let opts = prompt
            .sheet()
            .map_or_else(DrawingOptions::default, SheetChoice::options);
        let Some(prompt) = self.prompt.take() else {
            return;
        };
        match prompt.purpose {
            Purpose::Open => self.start_open(path),
            Purpose::SaveAs { then } => self.save_to(path, then, doc),
            Purpose::Import => self.start_import(path),
            Purpose::ImportDrawing => self.start_read_drawing(path),
            Purpose::Export(format) => {
                let plan = doc.plan().clone();
                self.work.push(Work::Export {
                    format,
                    task: Task::spawn("export", move || {
                        export::run_export(&plan, format, &path, &opts)
                    }),
                });
            }
        }
    }

    /// The unsaved-changes question and what its answer does.
    pub(super) fn show_unsaved(
        &mut self,
        ctx: &egui::Context,
        doc: &Document,
        out: &mut Vec<FileOutcome>,
    ) {
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
                Some(path) => self.save_to(path.clone(), Some(action), doc),
                None => self.ask_save_as(doc, Some(action)),
            },
        }
    }
}
