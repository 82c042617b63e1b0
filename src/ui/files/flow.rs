//! What file commands lead to: the unsaved-changes guard, saving, and handing a new
//! plan to the app.

use super::*;

#[derive(Debug)]
pub(super) enum Guarded {
    /// Start a new plan.
    New,
    /// Open a plan: this file, or ask which.
    Open(Option<PathBuf>),
    /// Close the window.
    Quit,
    /// Restore an autosave.
    Restore(Box<RecoveryOffer>),
    /// Start a new plan on the venue read from a drawing.
    FromDrawing(Box<Plan>),
}

impl Guarded {
    /// What comes after the question "save the changes before …?".
    pub(super) fn describe(&self) -> &'static str {
        match self {
            Guarded::New => "starting a new plan",
            Guarded::Open(_) => "opening another plan",
            Guarded::Quit => "quitting",
            Guarded::Restore(_) => "restoring the autosave",
            Guarded::FromDrawing(_) => "starting a plan on the drawing's venue",
        }
    }
}

/// What a path window is for.
#[derive(Debug)]
pub(super) enum Purpose {
    Open,
    SaveAs { then: Option<Guarded> },
    Import,
    ImportDrawing,
    Export(ExportFormat),
}

impl FileUi {
    /// Does `action` now, or first asks about unsaved changes.
    pub(super) fn guard(&mut self, action: Guarded, doc: &Document) -> Vec<FileOutcome> {
        if doc.is_dirty() {
            self.unsaved = Some(action);
            Vec::new()
        } else {
            self.proceed(action, doc)
        }
    }

    /// Does `action` (the changes were saved or may be lost).
    pub(super) fn proceed(&mut self, action: Guarded, doc: &Document) -> Vec<FileOutcome> {
        match action {
            Guarded::New => {
                self.new_plan = Some(NewPlanForm::default());
                Vec::new()
            }
            Guarded::Open(None) => {
                let spec = PromptSpec {
                    title: Wording::new("Open plan", "打开平面图"),
                    ok: Wording::new("Open", "打开"),
                    mode: DialogMode::Open,
                    filter_name: "expoplan plans".to_owned(),
                    extensions: vec!["ron".to_owned()],
                };
                let start = match (doc.path(), self.recent.paths().first()) {
                    (Some(_), _) => folder_text(doc),
                    (None, Some(recent)) => recent.display().to_string(),
                    (None, None) => format!(
                        "{}{}",
                        default_folder(None).display(),
                        std::path::MAIN_SEPARATOR
                    ),
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
            Guarded::FromDrawing(plan) => {
                let message = format!("New plan \"{}\" on the drawing's venue", plan.meta.name);
                self.replace(Document::new(*plan, None), false, &message)
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
                self.replace(
                    Document::new(plan, file),
                    false,
                    "Restored the autosaved plan",
                )
            }
        }
    }

    /// The outcomes that put `plan` on screen.
    pub(super) fn replace(
        &mut self,
        document: Document,
        saved: bool,
        message: &str,
    ) -> Vec<FileOutcome> {
        self.generation += 1;
        vec![
            FileOutcome::Replace {
                document: Box::new(document),
                saved,
            },
            FileOutcome::Message(message.to_owned()),
        ]
    }

    /// Opens the Save as window; `then` runs after a successful save.
    pub(super) fn ask_save_as(&mut self, doc: &Document, then: Option<Guarded>) {
        let spec = PromptSpec {
            title: Wording::new("Save plan as", "平面图另存为"),
            ok: Wording::new("Save", "保存"),
            mode: DialogMode::Save,
            filter_name: "expoplan plans".to_owned(),
            extensions: vec!["ron".to_owned()],
        };
        let start = doc.path().map_or_else(
            || {
                default_folder(self.recent.paths().first().map(PathBuf::as_path))
                    .join(format!("{}.ron", file_stem_for(&doc.plan().meta.name)))
                    .display()
                    .to_string()
            },
            |p| p.display().to_string(),
        );
        self.prompt = Some(PathPrompt::new(Purpose::SaveAs { then }, spec, start));
    }

    /// Starts saving the plan to `path` on a thread (making its folder if needed);
    /// `then` runs once it is saved. Until then a modal spinner keeps the plan as it is
    /// being written. On failure the error is shown, the file on disk is as it was and
    /// the plan stays unsaved.
    pub(super) fn save_to(&mut self, path: PathBuf, then: Option<Guarded>, doc: &Document) {
        let plan = doc.plan().clone();
        let save = self.settings.save;
        let target = path.clone();
        let task = Task::spawn("save plan", move || {
            if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(folder).map_err(|cause| SaveError::Write {
                    path: target.clone(),
                    cause,
                })?;
            }
            save(&target, &plan)
        });
        self.work.push(Work::Save { path, then, task });
    }
}
