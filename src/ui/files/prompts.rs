//! Small modal questions: unsaved changes (Save / Discard / Cancel) and errors.

/// The answer to "save the changes first?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsavedAnswer {
    /// Save, then go on.
    Save,
    /// Go on without saving.
    Discard,
    /// Do nothing.
    Cancel,
}

/// Asks whether to save the changes to `plan_name` before `next` ("opening another
/// plan"). Esc or a click beside the window cancels.
pub fn show_unsaved(ctx: &egui::Context, plan_name: &str, next: &str) -> Option<UnsavedAnswer> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("expoplan unsaved changes")).show(ctx, |ui| {
        ui.set_max_width(440.0);
        ui.heading("Unsaved changes");
        ui.add_space(4.0);
        ui.label(format!(
            "The plan \"{plan_name}\" has changes that are not saved. Save them before \
             {next}?"
        ));
        ui.separator();
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                answer = Some(UnsavedAnswer::Save);
            }
            if ui.button("Discard").clicked() {
                answer = Some(UnsavedAnswer::Discard);
            }
            if ui.button("Cancel").clicked() {
                answer = Some(UnsavedAnswer::Cancel);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(UnsavedAnswer::Cancel);
    }
    answer
}

/// Shows an error until the planner closes it; true once closed.
pub fn show_error(ctx: &egui::Context, title: &str, text: &str) -> bool {
    let mut closed = false;
    let modal = egui::Modal::new(egui::Id::unique("expoplan file error")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(title);
        ui.add_space(4.0);
        ui.label(text);
        ui.separator();
        if ui.button("OK").clicked() {
            closed = true;
        }
    });
    closed || modal.should_close()
}
