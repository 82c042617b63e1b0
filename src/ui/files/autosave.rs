//! Autosave: while the plan has unsaved changes, a copy goes to the recovery folder every
//! few seconds. The window only clones the plan and hands it to a worker thread, which
//! writes it atomically; the window never waits for the disk.

use super::recovery_folder::{RecoveryFolder, RecoveryInfo};
use crate::document::Document;
use crate::model::Plan;
use std::collections::VecDeque;
use std::fs::File;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// Seconds between autosaves, by default.
pub const DEFAULT_INTERVAL_S: f64 = 5.0;

/// What the worker does, in order.
enum Job {
    /// Write this plan as the session's autosave.
    Write {
        plan: Box<Plan>,
        file: Option<PathBuf>,
    },
    /// Remove the session's autosave (the plan was saved or discarded).
    Remove,
    /// Take over another session's autosave (the planner restored it).
    Adopt { from: String },
    /// Remove another session's autosave (the planner discarded it).
    Forget { session: String },
    /// Say when everything before this is done.
    Flush(Sender<()>),
}

/// The autosave of one window.
pub struct Autosave {
    folder: RecoveryFolder,
    session: String,
    lock: Option<File>,
    jobs: Option<Sender<Job>>,
    failures: Receiver<String>,
    worker: Option<JoinHandle<()>>,
    interval_s: f64,
    /// The document state (generation, revision) last handed to the worker.
    last_sent: Option<(u64, u64)>,
    /// When (egui time, seconds) it was handed over.
    last_sent_at: Option<f64>,
    /// Whether the session's autosave file may exist.
    has_file: bool,
}

impl std::fmt::Debug for Autosave {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Autosave")
            .field("folder", &self.folder)
            .field("session", &self.session)
            .field("has_file", &self.has_file)
            .finish_non_exhaustive()
    }
}

impl Autosave {
    /// Starts the autosave of a new session in `folder`, writing at most every
    /// `interval_s` seconds. The error says why the session could not be locked; the
    /// autosave works anyway (only the crash detection of other windows is weaker).
    pub fn start(folder: RecoveryFolder, interval_s: f64) -> (Self, Option<String>) {
        let session = super::recovery_folder::new_session_name();
        let (lock, problem) = match folder.lock_session(&session) {
            Ok(file) => (Some(file), None),
            Err(err) => (
                None,
                Some(format!("Autosave folder {}: {err}", folder.dir().display())),
            ),
        };
        let (jobs, job_receiver) = mpsc::channel();
        let (failure_sender, failures) = mpsc::channel();
        let worker_folder = folder.clone();
        let worker_session = session.clone();
        let worker = thread::Builder::new()
            .name("autosave".to_owned())
            .spawn(move || {
                work(
                    &worker_folder,
                    &worker_session,
                    &job_receiver,
                    &failure_sender,
                )
            })
            .ok();
        let autosave = Self {
            folder,
            session,
            lock,
            jobs: Some(jobs),
            failures,
            worker,
            interval_s,
            last_sent: None,
            last_sent_at: None,
            has_file: false,
        };
        (autosave, problem)
    }

    /// This window's session name.
    pub fn session(&self) -> &str {
        &self.session
    }

    /// The recovery folder.
    pub fn folder(&self) -> &RecoveryFolder {
        &self.folder
    }

    fn send(&self, job: Job) {
        if let Some(jobs) = &self.jobs {
            // The worker only stops when the window drops the sender.
            let _ = jobs.send(job);
        }
    }

    /// Called every frame at egui time `now` (seconds): hands the plan to the worker when
    /// it has unsaved changes not yet autosaved and the interval has passed, or removes
    /// the autosave once the plan is clean. `generation` counts the documents the window
    /// has had, so a new document at revision 0 is not mistaken for the old one. Returns
    /// the latest failure of the worker, if any.
    pub fn tick(
        &mut self,
        ctx: &egui::Context,
        now: f64,
        doc: &Document,
        generation: u64,
    ) -> Option<String> {
        if doc.is_dirty() {
            let state = (generation, doc.revision());
            if self.last_sent != Some(state) {
                let wait = self
                    .last_sent_at
                    .map_or(0.0, |at| self.interval_s - (now - at));
                if wait <= 0.0 {
                    self.send(Job::Write {
                        plan: Box::new(doc.plan().clone()),
                        file: doc.path().cloned(),
                    });
                    self.last_sent = Some(state);
                    self.last_sent_at = Some(now);
                    self.has_file = true;
                } else {
                    ctx.request_repaint_after(Duration::from_secs_f64(wait));
                }
            }
        } else if self.has_file {
            self.discard();
        }
        self.failures.try_iter().last()
    }

    /// Removes this session's autosave (after a save, or when the planner discarded the
    /// changes).
    pub fn discard(&mut self) {
        self.send(Job::Remove);
        self.has_file = false;
        self.last_sent = None;
    }

    /// Takes over the autosave of the crashed session `from` (restored by the planner).
    pub fn adopt(&mut self, from: &str) {
        self.send(Job::Adopt {
            from: from.to_owned(),
        });
        self.has_file = true;
    }

    /// Removes the autosave of the crashed session `session` (discarded by the planner).
    pub fn forget(&self, session: &str) {
        self.send(Job::Forget {
            session: session.to_owned(),
        });
    }

    /// Waits (at most `timeout`) until the worker has done every job handed to it so
    /// far; false when it did not finish in time.
    pub fn flush(&self, timeout: Duration) -> bool {
        let (done, finished) = mpsc::channel();
        self.send(Job::Flush(done));
        finished.recv_timeout(timeout).is_ok()
    }
}

impl Drop for Autosave {
    /// Lets the worker finish what it was given, then releases the session's lock. The
    /// autosave itself stays when there are unsaved changes.
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
        if self.lock.take().is_some() {
            let _ = std::fs::remove_file(self.folder.lock_path(&self.session));
        }
    }
}

/// The worker: does the jobs in order; of several writes in a row only the last, the
/// newest plan, is done.
fn work(folder: &RecoveryFolder, session: &str, jobs: &Receiver<Job>, failures: &Sender<String>) {
    let mut queue = VecDeque::new();
    loop {
        if queue.is_empty() {
            match jobs.recv() {
                Ok(job) => queue.push_back(job),
                Err(_) => return,
            }
        }
        queue.extend(jobs.try_iter());
        let Some(job) = queue.pop_front() else {
            continue;
        };
        let superseded =
            matches!(job, Job::Write { .. }) && matches!(queue.front(), Some(Job::Write { .. }));
        if superseded {
            continue;
        }
        if let Err(problem) = do_job(folder, session, job) {
            let _ = failures.send(problem);
        }
    }
}

/// Does one job; the error is a message for the status bar.
fn do_job(folder: &RecoveryFolder, session: &str, job: Job) -> Result<(), String> {
    match job {
        Job::Write { plan, file } => {
            let text = crate::io::plan_to_ron(&plan);
            let info = serde_json::to_vec(&RecoveryInfo { file }).unwrap_or_default();
            std::fs::create_dir_all(folder.dir())
                .map_err(|err| format!("Autosave failed: {err}"))?;
            crate::io::write_atomic(&folder.plan_path(session), |out| {
                out.write_all(text.as_bytes())
            })
            .and_then(|()| {
                crate::io::write_atomic(&folder.info_path(session), |out| out.write_all(&info))
            })
            .map_err(|err| format!("Autosave failed: {err}"))
        }
        Job::Remove => folder
            .remove(session, false)
            .map_err(|err| format!("Could not remove the autosave: {err}")),
        Job::Adopt { from } => folder
            .adopt(&from, session)
            .map_err(|err| format!("Could not take over the autosave: {err}")),
        Job::Forget { session: other } => folder
            .remove(&other, true)
            .map_err(|err| format!("Could not remove the autosave: {err}")),
        Job::Flush(done) => {
            let _ = done.send(());
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::add_booth;
    use crate::model::{Rect, SectorId};

    const WAIT: Duration = Duration::from_secs(10);

    fn edited_doc() -> Document {
        let plan = Plan::empty("autosave test", 60.0, 40.0).unwrap();
        let mut doc = Document::new(plan, Some(PathBuf::from("show.ron")));
        add(&mut doc, 10.0);
        doc
    }

    fn add(doc: &mut Document, x: f64) {
        let (edit, _) = add_booth(
            doc.plan(),
            Rect::new(x, 10.0, 3.0, 3.0).unwrap(),
            SectorId(1),
        );
        doc.apply(edit, Default::default(), Default::default())
            .unwrap();
    }

    fn autosaved(folder: &RecoveryFolder, session: &str) -> Option<Plan> {
        crate::io::load_plan(&folder.plan_path(session)).ok()
    }

    #[test]
    fn a_dirty_plan_is_written_and_removed_once_clean() {
        let data = tempfile::tempdir().unwrap();
        let folder = RecoveryFolder::in_data_dir(data.path());
        let (mut autosave, problem) = Autosave::start(folder.clone(), 0.0);
        assert_eq!(problem, None);
        let session = autosave.session().to_owned();
        let ctx = egui::Context::default();
        let mut doc = edited_doc();
        assert_eq!(autosave.tick(&ctx, 0.0, &doc, 0), None);
        assert!(autosave.flush(WAIT));
        assert_eq!(autosaved(&folder, &session).as_ref(), Some(doc.plan()));
        assert_eq!(
            folder.read_info(&session).file,
            Some(PathBuf::from("show.ron"))
        );
        doc.undo().unwrap();
        assert!(!doc.is_dirty());
        autosave.tick(&ctx, 1.0, &doc, 0);
        assert!(autosave.flush(WAIT));
        assert!(!folder.plan_path(&session).exists());
        assert!(!folder.info_path(&session).exists());
    }

    #[test]
    fn writes_wait_for_the_interval() {
        let data = tempfile::tempdir().unwrap();
        let folder = RecoveryFolder::in_data_dir(data.path());
        let (mut autosave, _) = Autosave::start(folder.clone(), 5.0);
        let session = autosave.session().to_owned();
        let ctx = egui::Context::default();
        let mut doc = edited_doc();
        autosave.tick(&ctx, 100.0, &doc, 0);
        let first = doc.plan().clone();
        add(&mut doc, 20.0);
        autosave.tick(&ctx, 102.0, &doc, 0);
        assert!(autosave.flush(WAIT));
        assert_eq!(autosaved(&folder, &session), Some(first), "too soon");
        autosave.tick(&ctx, 105.0, &doc, 0);
        assert!(autosave.flush(WAIT));
        assert_eq!(autosaved(&folder, &session).as_ref(), Some(doc.plan()));
    }

    #[test]
    fn ending_without_saving_leaves_an_orphan_for_the_next_start() {
        let data = tempfile::tempdir().unwrap();
        let folder = RecoveryFolder::in_data_dir(data.path());
        let (mut autosave, _) = Autosave::start(folder.clone(), 0.0);
        let session = autosave.session().to_owned();
        autosave.tick(&egui::Context::default(), 0.0, &edited_doc(), 0);
        assert!(folder.orphans("next").is_empty(), "alive while running");
        drop(autosave);
        assert_eq!(folder.orphans("next"), [session]);
    }

    #[test]
    fn a_restored_autosave_becomes_this_session_s_own() {
        let data = tempfile::tempdir().unwrap();
        let folder = RecoveryFolder::in_data_dir(data.path());
        let (mut crashed, _) = Autosave::start(folder.clone(), 0.0);
        let old = crashed.session().to_owned();
        let doc = edited_doc();
        crashed.tick(&egui::Context::default(), 0.0, &doc, 0);
        drop(crashed);
        let (mut next, _) = Autosave::start(folder.clone(), 0.0);
        next.adopt(&old);
        assert!(next.flush(WAIT));
        assert_eq!(
            autosaved(&folder, next.session()).as_ref(),
            Some(doc.plan())
        );
        assert!(folder.orphans("other").is_empty());
        next.discard();
        assert!(next.flush(WAIT));
        assert!(!folder.plan_path(next.session()).exists());
    }
}
