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
}

impl Guarded {
    /// What comes after the question "save the changes before …?".
    pub(super) fn describe(&self) -> &'static str {
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
pub(super) enum Purpose {
    Open,
    SaveAs { then: Option<Guarded> },
    Import,
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
    pub(super) fn replace(
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
    pub(super) fn ask_save_as(&mut self, doc: &Document, then: Option<Guarded>) {
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
    pub(super) fn save_to(&mut self, path: PathBuf, doc: &Document) -> Vec<FileOutcome> {
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
}
