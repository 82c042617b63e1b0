//! The import preview: what an exhibitor table would add, update and leave out, before
//! anything changes. Confirming applies it as one undo step.

use crate::document::Document;
use crate::edit::Edit;
use crate::io::{ImportPreview, Table, preview_import};
use crate::model::{Exhibitor, Plan};
use crate::ui::i18n::{Key, Lang, fill, tr};
use std::path::PathBuf;

/// What the planner did in the preview.
#[derive(Debug)]
pub enum ImportAnswer {
    /// Apply this step.
    Confirm(Edit),
    /// Closed without importing.
    Cancel,
}

/// The preview window of one table.
#[derive(Debug)]
pub struct ImportWindow {
    file: PathBuf,
    table: Table,
    preview: ImportPreview,
    /// The document revision the preview was made for; it is made again when the plan
    /// changes.
    revision: u64,
}

impl ImportWindow {
    /// A preview of `table` (read from `file`) against the open plan.
    pub fn new(file: PathBuf, table: Table, doc: &Document) -> Self {
        let preview = preview_import(doc.plan(), &table);
        Self {
            file,
            table,
            preview,
            revision: doc.revision(),
        }
    }

    /// Draws the preview (a modal); the answer once given.
    pub fn show(&mut self, ctx: &egui::Context, doc: &Document) -> Option<ImportAnswer> {
        if doc.revision() != self.revision {
            self.preview = preview_import(doc.plan(), &self.table);
            self.revision = doc.revision();
        }
        let mut answer = None;
        let edit = self.preview.edit();
        let modal = egui::Modal::new(egui::Id::unique("expoplan import preview")).show(ctx, |ui| {
            ui.set_width(560.0);
            let name = self.file.file_name().map_or_else(
                || self.file.display().to_string(),
                |n| n.to_string_lossy().into(),
            );
            ui.heading(format!("Import exhibitors from {name}"));
            ui.label(format!(
                "{} rows under the header (row {}): {} to add, {} to update, {} with errors. \
                 Exhibitors are matched by name.",
                self.table.rows.len(),
                self.table.header_row,
                self.preview.added.len(),
                self.preview.updated.len(),
                self.preview.errors.len()
            ));
            let mut read_as = format!("Read as {}.", self.preview.format);
            if !self.preview.ignored_columns.is_empty() {
                read_as.push_str(&format!(
                    " Columns not imported: {}.",
                    self.preview.ignored_columns.join(", ")
                ));
            }
            ui.weak(read_as);
            ui.separator();
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .auto_shrink([false, true])
                .show(ui, |ui| self.lists(ui, doc.plan()));
            ui.separator();
            ui.horizontal(|ui| {
                let lang = Lang::of(ui.ctx());
                let text = match &edit {
                    Some(edit) => fill(lang, Key::ImportCount, &[&edit.changes.len()]),
                    None => tr(lang, Key::NothingToImport).to_owned(),
                };
                if ui
                    .add_enabled(edit.is_some(), egui::Button::new(text))
                    .clicked()
                    && let Some(edit) = edit.clone()
                {
                    answer = Some(ImportAnswer::Confirm(edit));
                }
                if ui.button("Cancel").clicked() {
                    answer = Some(ImportAnswer::Cancel);
                }
            });
        });
        if answer.is_none() && modal.should_close() {
            answer = Some(ImportAnswer::Cancel);
        }
        answer
    }

    /// The three lists: added, updated, rows with errors.
    fn lists(&self, ui: &mut egui::Ui, plan: &Plan) {
        if !self.preview.added.is_empty() {
            ui.strong(format!("To add ({})", self.preview.added.len()));
            for exhibitor in &self.preview.added {
                ui.label(format!("+ {}", summary(exhibitor, plan)));
            }
        }
        if !self.preview.updated.is_empty() {
            ui.strong(format!("To update ({})", self.preview.updated.len()));
            for (old, new) in &self.preview.updated {
                ui.label(format!("~ {}: {}", new.name, changes(old, new, plan)));
            }
        }
        if !self.preview.errors.is_empty() {
            ui.strong(format!(
                "Rows with errors, left out ({})",
                self.preview.errors.len()
            ));
            for error in &self.preview.errors {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    format!("row {}: {}", error.row, error.reason),
                );
            }
        }
    }
}

/// A sector's name for the lists.
fn sector_name(plan: &Plan, exhibitor: &Exhibitor) -> String {
    exhibitor
        .preferred_sector
        .and_then(|id| plan.sector(id))
        .map_or_else(|| "no sector".to_owned(), |s| s.name_en.clone())
}

/// A size for the lists, e.g. `6 × 6 m`.
fn size_text(exhibitor: &Exhibitor) -> String {
    exhibitor
        .requested_size
        .map_or_else(|| "no size".to_owned(), |s| format!("{} × {} m", s.w, s.h))
}

/// One new exhibitor in a line.
fn summary(exhibitor: &Exhibitor, plan: &Plan) -> String {
    format!(
        "{} ({}, {})",
        exhibitor.name,
        sector_name(plan, exhibitor),
        size_text(exhibitor)
    )
}

/// What an update changes, in a line.
fn changes(old: &Exhibitor, new: &Exhibitor, plan: &Plan) -> String {
    let mut parts = Vec::new();
    if old.preferred_sector != new.preferred_sector {
        parts.push(format!("sector → {}", sector_name(plan, new)));
    }
    if old.requested_size != new.requested_size {
        parts.push(format!("size → {}", size_text(new)));
    }
    if old.contact != new.contact {
        parts.push(format!("contact → {}", new.contact));
    }
    if old.first_launch != new.first_launch {
        parts.push(format!(
            "first launch → {}",
            if new.first_launch { "yes" } else { "no" }
        ));
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ExhibitorId, SectorId, Size};

    #[test]
    fn an_update_lists_only_what_changes() {
        let plan = Plan::empty("t", 50.0, 50.0).unwrap();
        let old = Exhibitor::new(ExhibitorId(1), "Acme");
        let new = Exhibitor {
            preferred_sector: Some(SectorId(2)),
            requested_size: Some(Size { w: 6.0, h: 3.0 }),
            ..old.clone()
        };
        assert_eq!(
            changes(&old, &new, &plan),
            "sector → Smart terminals, size → 6 × 3 m"
        );
    }
}
