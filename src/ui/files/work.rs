//! Work on threads: loading a plan, reading an import table, exporting, looking for
//! autosaves; polled once a frame, with a spinner meanwhile.

use super::open_progress::{OpenProgress, open_document};
use super::*;
use crate::text::Lang;

/// Work running on a thread.
pub(super) enum Work {
    /// Reading a plan and checking it (the rules' full pass and the spatial index are
    /// built on the thread too, so a large plan never stalls the window).
    Open {
        path: PathBuf,
        progress: OpenProgress,
        task: Task<Result<Box<Document>, LoadError>>,
    },
    Import {
        path: PathBuf,
        task: Task<Result<Table, ImportError>>,
    },
    ReadDrawing {
        path: PathBuf,
        task: Task<Result<Box<DrawingRead>, crate::io::dxf::DxfReadError>>,
    },
    Export {
        format: ExportFormat,
        task: Task<Result<String, String>>,
    },
    Save {
        path: PathBuf,
        then: Option<Guarded>,
        task: Task<Result<(), SaveError>>,
    },
    Recovery(Task<Vec<RecoveryOffer>>),
}

impl FileUi {
    /// Starts reading the plan at `path` on a worker (File › Open, a recent file, the
    /// plan named on the command line); it replaces the plan on screen once read and
    /// checked.
    pub fn start_open(&mut self, path: PathBuf) {
        let load_from = path.clone();
        let progress = OpenProgress::default();
        let report_to = progress.clone();
        self.work.push(Work::Open {
            path,
            progress,
            task: Task::spawn("open plan", move || open_document(&load_from, &report_to)),
        });
    }

    /// Starts reading an exhibitor table on a thread.
    pub(super) fn start_import(&mut self, path: PathBuf) {
        let read_from = path.clone();
        self.work.push(Work::Import {
            path,
            task: Task::spawn("read import", move || crate::io::read_table(&read_from)),
        });
    }

    /// Starts reading a venue drawing on a thread.
    pub(super) fn start_read_drawing(&mut self, path: PathBuf) {
        let read_from = path.clone();
        self.work.push(Work::ReadDrawing {
            path,
            task: Task::spawn("read drawing", move || DrawingRead::from_file(&read_from)),
        });
    }

    /// Takes the results of finished work.
    pub(super) fn poll_work(
        &mut self,
        ctx: &egui::Context,
        doc: &Document,
        out: &mut Vec<FileOutcome>,
    ) {
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
    pub(super) fn poll_one(
        &mut self,
        work: Work,
        doc: &Document,
        out: &mut Vec<FileOutcome>,
    ) -> Option<Work> {
        const LOST: &str = "The work stopped unexpectedly (an internal error).";
        match work {
            Work::Open {
                path,
                progress,
                task,
            } => match task.poll() {
                Poll::Pending => {
                    return Some(Work::Open {
                        path,
                        progress,
                        task,
                    });
                }
                Poll::Ready(Ok(document)) => {
                    self.recent.push(&path);
                    let message = format!("Opened {}", path.display());
                    out.extend(self.replace(*document, true, &message));
                }
                Poll::Ready(Err(err)) => {
                    if let LoadError::Read { cause, .. } = &err
                        && cause.kind() == std::io::ErrorKind::NotFound
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
            Work::ReadDrawing { path, task } => match task.poll() {
                Poll::Pending => return Some(Work::ReadDrawing { path, task }),
                Poll::Ready(Ok(read)) => self.drawing = Some(DrawingWindow::new(path, read)),
                Poll::Ready(Err(err)) => {
                    self.error = Some((
                        format!("Could not read {}", path.display()),
                        format!("{err:#}\n\nNothing was changed."),
                    ));
                }
                Poll::Lost => self.error = Some(("Could not read the drawing".into(), LOST.into())),
            },
            Work::Export { format, task } => match task.poll() {
                Poll::Pending => return Some(Work::Export { format, task }),
                Poll::Ready(Ok(message) | Err(message)) => out.push(FileOutcome::Message(message)),
                Poll::Lost => out.push(FileOutcome::Message(format!(
                    "Export of the {} failed: {LOST}",
                    export::describe(format)
                ))),
            },
            Work::Save { path, then, task } => match task.poll() {
                Poll::Pending => return Some(Work::Save { path, then, task }),
                Poll::Ready(Ok(())) => {
                    self.recent.push(&path);
                    out.push(FileOutcome::Saved(path));
                    if let Some(then) = then {
                        out.extend(self.proceed(then, doc));
                    }
                }
                Poll::Ready(Err(err)) => {
                    let text = format!(
                        "{err:#}\n\nThe file on disk is unchanged, and the plan stays open \
                         with its unsaved changes."
                    );
                    self.error = Some((format!("Could not save {}", path.display()), text));
                    out.push(FileOutcome::Message(format!("Save failed: {err:#}")));
                }
                Poll::Lost => self.error = Some(("Could not save".into(), LOST.into())),
            },
            Work::Recovery(task) => match task.poll() {
                Poll::Pending => return Some(Work::Recovery(task)),
                Poll::Ready(offers) => self.offers.extend(offers),
                Poll::Lost => {}
            },
        }
        None
    }

    /// A spinner while a plan loads (a modal: the plan is about to change) or an export
    /// runs (in a corner: the planner can go on working).
    pub(super) fn show_progress(&self, ctx: &egui::Context) {
        let lang = Lang::of(ctx);
        for work in &self.work {
            match work {
                Work::Open { path, progress, .. } => {
                    let (fill, text) = progress.bar(lang);
                    egui::Modal::new(egui::Id::unique("expoplan open progress")).show(ctx, |ui| {
                        ui.horizontal(|ui| {
                            ui.spinner();
                            ui.label(match lang {
                                Lang::En => format!("Opening {}", path.display()),
                                Lang::Zh => format!("正在打开 {}", path.display()),
                            });
                        });
                        ui.add(egui::ProgressBar::new(fill).text(text).desired_width(360.0));
                    });
                }
                Work::Import { path, .. } | Work::ReadDrawing { path, .. } => {
                    let text = match lang {
                        Lang::En => format!("Reading {}…", path.display()),
                        Lang::Zh => format!("正在读取 {}…", path.display()),
                    };
                    progress_modal(ctx, &text);
                }
                Work::Save { path, .. } => {
                    let text = match lang {
                        Lang::En => format!("Saving {}…", path.display()),
                        Lang::Zh => format!("正在保存 {}…", path.display()),
                    };
                    progress_modal(ctx, &text);
                }
                Work::Export { format, .. } => {
                    egui::Area::new(egui::Id::unique("expoplan export progress"))
                        .anchor(egui::Align2::RIGHT_BOTTOM, [-12.0, -36.0])
                        .show(ctx, |ui| {
                            egui::Frame::popup(ui.style()).show(ui, |ui| {
                                ui.horizontal(|ui| {
                                    ui.spinner();
                                    let what = export::describe_in(lang, *format);
                                    ui.label(match lang {
                                        Lang::En => format!("Exporting the {what}…"),
                                        Lang::Zh => format!("正在导出{what}…"),
                                    });
                                });
                            });
                        });
                }
                Work::Recovery(_) => {}
            }
        }
    }
}

/// A modal spinner: the plan must not change while it is read or written.
fn progress_modal(ctx: &egui::Context, text: &str) {
    egui::Modal::new(egui::Id::unique("expoplan file progress")).show(ctx, |ui| {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(text);
        });
    });
}
