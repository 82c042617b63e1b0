//! The offer, at start, to restore a plan autosaved by a window that crashed or was
//! killed: Restore / Discard (or decide later).

use super::recovery_folder::{RecoveryFolder, describe_age};
use crate::model::Plan;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

/// An autosave left behind by another session.
#[derive(Debug)]
pub struct RecoveryOffer {
    /// The session that wrote it.
    pub session: String,
    /// The plan, or why it cannot be read.
    pub plan: Result<Plan, String>,
    /// The plan's own file, if it had one.
    pub file: Option<PathBuf>,
    /// How long ago it was autosaved.
    pub age: Option<Duration>,
}

/// What the planner answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecoveryAnswer {
    /// Open the autosaved plan.
    Restore,
    /// Delete it.
    Discard,
    /// Keep it and ask again at the next start.
    Later,
}

/// Reads every autosave in `folder` that no running window holds (not `own_session`'s),
/// newest first; sweeps away stale lock files on the way.
pub fn find_offers(folder: &RecoveryFolder, own_session: &str) -> Vec<RecoveryOffer> {
    folder.sweep_stale_locks(own_session);
    folder
        .orphans(own_session)
        .into_iter()
        .map(|session| {
            let path = folder.plan_path(&session);
            let age = std::fs::metadata(&path)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| SystemTime::now().duration_since(t).ok());
            RecoveryOffer {
                plan: crate::io::load_plan(&path).map_err(|err| format!("{err:#}")),
                file: folder.read_info(&session).file,
                age,
                session,
            }
        })
        .collect()
}

/// Shows the offer as a modal; the answer once the planner gives one.
pub fn show_offer(ctx: &egui::Context, offer: &RecoveryOffer) -> Option<RecoveryAnswer> {
    let mut answer = None;
    egui::Modal::new(egui::Id::unique("expoplan recovery offer")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.heading("Recover unsaved changes?");
        ui.add_space(4.0);
        let when = offer
            .age
            .map_or_else(|| "at an unknown time".to_owned(), describe_age);
        match &offer.plan {
            Ok(plan) => {
                ui.label(format!(
                    "expoplan was not closed normally. An autosave of the plan \"{}\" \
                     ({} booths) was made {when}.",
                    plan.meta.name,
                    plan.booths.len()
                ));
            }
            Err(problem) => {
                ui.label(format!(
                    "expoplan was not closed normally, but its autosave from {when} cannot \
                     be read: {problem}"
                ));
            }
        }
        ui.label(match &offer.file {
            Some(file) => format!("Its file: {}", file.display()),
            None => "It was never saved to a file.".to_owned(),
        });
        ui.separator();
        ui.horizontal(|ui| {
            if offer.plan.is_ok() && ui.button("Restore").clicked() {
                answer = Some(RecoveryAnswer::Restore);
            }
            if ui.button("Discard").clicked() {
                answer = Some(RecoveryAnswer::Discard);
            }
            if ui.button("Ask me later").clicked() {
                answer = Some(RecoveryAnswer::Later);
            }
        });
    });
    answer
}
