//! The window every file dialog opens first: a path to type (prefilled), a Browse…
//! button that opens the system's dialog without freezing the window, and OK / Cancel.
//! Typing works everywhere, also where no system dialog exists.

use super::dialog::{DialogMode, NativeDialog};
use super::sheet_choice::SheetChoice;
use super::task::{Poll, Task};
use crate::text::Lang;
use std::path::PathBuf;
use std::time::Duration;

/// A text of the window in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wording {
    /// In English.
    pub en: String,
    /// In Chinese.
    pub zh: String,
}

impl Wording {
    /// The text in English and in Chinese.
    pub fn new(en: impl Into<String>, zh: impl Into<String>) -> Self {
        Self {
            en: en.into(),
            zh: zh.into(),
        }
    }

    /// The text in `lang`.
    pub fn pick(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }
}

/// What the window asks for.
#[derive(Debug, Clone)]
pub struct PromptSpec {
    /// The title, e.g. "Save plan as".
    pub title: Wording,
    /// The text of the OK button, e.g. "Save".
    pub ok: Wording,
    /// Open (the file must exist) or save (the file is written).
    pub mode: DialogMode,
    /// The name of the file type, for the system dialog's filter ("Plans").
    pub filter_name: String,
    /// The file extensions without dots; a typed name without an extension gets the
    /// first one when saving.
    pub extensions: Vec<String>,
}

/// What the planner did in the window this frame.
#[derive(Debug, PartialEq, Eq)]
pub enum PromptEvent {
    /// Nothing yet.
    Waiting,
    /// Confirmed this file.
    Chosen(PathBuf),
    /// Closed the window.
    Cancelled,
}

/// A path window for `purpose`.
#[derive(Debug)]
pub struct PathPrompt<P> {
    /// What the chosen file is for.
    pub purpose: P,
    spec: PromptSpec,
    text: String,
    sheet: Option<SheetChoice>,
    browse: Option<Task<Option<PathBuf>>>,
    note: Option<String>,
    focus_requested: bool,
    /// The window's language as last drawn (the system dialog's title follows it).
    lang: Lang,
}

impl<P> PathPrompt<P> {
    /// A window for `purpose`, with `start` in the path field.
    pub fn new(purpose: P, spec: PromptSpec, start: impl Into<String>) -> Self {
        Self {
            purpose,
            spec,
            text: start.into(),
            sheet: None,
            browse: None,
            note: None,
            focus_requested: false,
            lang: Lang::En,
        }
    }

    /// Adds the choices of a sheet (paper, scale, revision), starting at `sheet`.
    #[must_use]
    pub fn with_sheet(mut self, sheet: SheetChoice) -> Self {
        self.sheet = Some(sheet);
        self
    }

    /// The sheet chosen, if the window offers the choice.
    pub fn sheet(&self) -> Option<&SheetChoice> {
        self.sheet.as_ref()
    }

    /// Takes the system dialog's answer, if it has come.
    fn poll_browse(&mut self, ctx: &egui::Context) {
        let Some(task) = &self.browse else { return };
        match task.poll() {
            Poll::Pending => ctx.request_repaint_after(Duration::from_millis(100)),
            Poll::Ready(Some(path)) => {
                self.text = path.display().to_string();
                self.browse = None;
                self.note = None;
            }
            Poll::Ready(None) | Poll::Lost => {
                self.browse = None;
                self.note = Some(
                    "No file was chosen in the system dialog (or none is available here): \
                     type the path above."
                        .to_owned(),
                );
            }
        }
    }

    fn start_browse(&mut self) {
        let start = PathBuf::from(self.text.trim());
        self.browse = Some(
            NativeDialog {
                mode: self.spec.mode,
                title: self.spec.title.pick(self.lang).to_owned(),
                filter: (self.spec.filter_name.clone(), self.spec.extensions.clone()),
                start: (!start.as_os_str().is_empty()).then_some(start),
            }
            .spawn(),
        );
    }

    /// The typed path as a file to use, or why it cannot be.
    pub fn checked_path(&self) -> Result<PathBuf, String> {
        let text = self.text.trim();
        let lang = self.lang;
        if text.is_empty() {
            return Err(lang
                .pick("Type the path of a file.", "请输入文件路径。")
                .to_owned());
        }
        let mut path = PathBuf::from(text);
        match self.spec.mode {
            DialogMode::Open => {
                if !path.is_file() {
                    return Err(match lang {
                        Lang::En => format!("There is no file {}.", path.display()),
                        Lang::Zh => format!("没有文件 {}。", path.display()),
                    });
                }
            }
            DialogMode::Save => {
                if path.is_dir() || text.ends_with(['/', '\\']) {
                    return Err(match lang {
                        Lang::En => format!("{} is a folder: add a file name.", path.display()),
                        Lang::Zh => format!("{} 是文件夹：请加上文件名。", path.display()),
                    });
                }
                if path.extension().is_none()
                    && let Some(ext) = self.spec.extensions.first()
                {
                    path.set_extension(ext);
                }
            }
        }
        Ok(path)
    }

    /// Draws the window (a modal) and returns what the planner did.
    pub fn show(&mut self, ctx: &egui::Context) -> PromptEvent {
        self.lang = Lang::of(ctx);
        let lang = self.lang;
        self.poll_browse(ctx);
        let mut event = PromptEvent::Waiting;
        let modal = egui::Modal::new(egui::Id::unique("expoplan file prompt")).show(ctx, |ui| {
            ui.set_width(480.0);
            ui.heading(self.spec.title.pick(lang));
            ui.add_space(4.0);
            let label = ui.label(lang.pick("File:", "文件："));
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.text).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            if !self.focus_requested {
                field.request_focus();
                self.focus_requested = true;
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(
                        self.browse.is_none(),
                        egui::Button::new(lang.pick("Browse…", "浏览…")),
                    )
                    .clicked()
                {
                    self.start_browse();
                }
                if self.browse.is_some() {
                    ui.spinner();
                    ui.label(lang.pick(
                        "Waiting for the system file dialog…",
                        "正在等待系统文件对话框…",
                    ));
                }
            });
            if let Some(sheet) = &mut self.sheet {
                sheet.ui(ui);
            }
            if let Some(note) = &self.note {
                ui.colored_label(ui.visuals().warn_fg_color, note);
            }
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(self.spec.ok.pick(lang)).clicked() || entered {
                    match self.checked_path() {
                        Ok(path) => event = PromptEvent::Chosen(path),
                        Err(problem) => self.note = Some(problem),
                    }
                }
                if ui.button(lang.pick("Cancel", "取消")).clicked() {
                    event = PromptEvent::Cancelled;
                }
            });
        });
        if event == PromptEvent::Waiting && modal.should_close() {
            event = PromptEvent::Cancelled;
        }
        event
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(mode: DialogMode) -> PromptSpec {
        PromptSpec {
            title: Wording::new("t", "t"),
            ok: Wording::new("OK", "确定"),
            mode,
            filter_name: "Plans".into(),
            extensions: vec!["ron".into()],
        }
    }

    #[test]
    fn saving_adds_the_extension_and_refuses_folders() {
        let dir = tempfile::tempdir().unwrap();
        let prompt = PathPrompt::new(
            (),
            spec(DialogMode::Save),
            dir.path().join("show").display().to_string(),
        );
        assert_eq!(prompt.checked_path().unwrap(), dir.path().join("show.ron"));
        let folder = PathPrompt::new((), spec(DialogMode::Save), dir.path().display().to_string());
        assert!(folder.checked_path().unwrap_err().contains("folder"));
        let empty = PathPrompt::new((), spec(DialogMode::Save), "  ");
        assert!(empty.checked_path().is_err());
    }

    #[test]
    fn opening_needs_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ron");
        let mut missing = PathPrompt::new((), spec(DialogMode::Open), file.display().to_string());
        assert!(missing.checked_path().unwrap_err().contains("no file"));
        missing.lang = Lang::Zh;
        assert!(missing.checked_path().unwrap_err().starts_with("没有文件"));
        std::fs::write(&file, "x").unwrap();
        let present = PathPrompt::new((), spec(DialogMode::Open), file.display().to_string());
        assert_eq!(present.checked_path().unwrap(), file);
    }
}
