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
        let lang = Lang::of(ctx);
        let modal = egui::Modal::new(egui::Id::unique("expoplan import preview")).show(ctx, |ui| {
            ui.set_width(560.0);
            let name = self.file.file_name().map_or_else(
                || self.file.display().to_string(),
                |n| n.to_string_lossy().into(),
            );
            ui.heading(match lang {
                Lang::En => format!("Import exhibitors from {name}"),
                Lang::Zh => format!("从 {name} 导入展商"),
            });
            let (rows, header) = (self.table.rows.len(), self.table.header_row);
            let (added, updated, errors) = (
                self.preview.added.len(),
                self.preview.updated.len(),
                self.preview.errors.len(),
            );
            ui.label(match lang {
                Lang::En => format!(
                    "{rows} rows under the header (row {header}): {added} to add, {updated} to \
                     update, {errors} with errors. Exhibitors are matched by name."
                ),
                Lang::Zh => format!(
                    "表头（第 {header} 行）下共 {rows} 行：新增 {added}，更新 {updated}，\
                     有错误 {errors}。按名称匹配展商。"
                ),
            });
            let format = &self.preview.format;
            let mut read_as = match lang {
                Lang::En => format!("Read as {format}."),
                Lang::Zh => format!("按 {format} 读取。"),
            };
            if !self.preview.ignored_columns.is_empty() {
                let ignored = self.preview.ignored_columns.join(", ");
                read_as.push_str(&match lang {
                    Lang::En => format!(" Columns not imported: {ignored}."),
                    Lang::Zh => format!("未导入的列：{ignored}。"),
                });
            }
            ui.weak(read_as);
            ui.separator();
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .auto_shrink([false, true])
                .show(ui, |ui| self.lists(ui, doc.plan(), lang));
            ui.separator();
            ui.horizontal(|ui| {
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
                if ui.button(lang.pick("Cancel", "取消")).clicked() {
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
    fn lists(&self, ui: &mut egui::Ui, plan: &Plan, lang: Lang) {
        let heading = |en: &str, zh: &str, n: usize| match lang {
            Lang::En => format!("{en} ({n})"),
            Lang::Zh => format!("{zh}（{n}）"),
        };
        if !self.preview.added.is_empty() {
            ui.strong(heading("To add", "新增", self.preview.added.len()));
            for exhibitor in &self.preview.added {
                ui.label(format!("+ {}", summary(exhibitor, plan, lang)));
            }
        }
        if !self.preview.updated.is_empty() {
            ui.strong(heading("To update", "更新", self.preview.updated.len()));
            for (old, new) in &self.preview.updated {
                ui.label(format!("~ {}: {}", new.name, changes(old, new, plan, lang)));
            }
        }
        if !self.preview.errors.is_empty() {
            let n = self.preview.errors.len();
            ui.strong(heading(
                "Rows with errors, left out",
                "有错误、不导入的行",
                n,
            ));
            for error in &self.preview.errors {
                let row = error.row;
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    match lang {
                        Lang::En => format!("row {row}: {}", error.reason),
                        Lang::Zh => format!("第 {row} 行：{}", error.reason),
                    },
                );
            }
        }
    }
}

/// A sector's name for the lists, in `lang`.
fn sector_name(plan: &Plan, exhibitor: &Exhibitor, lang: Lang) -> String {
    let sector = exhibitor.preferred_sector.and_then(|id| plan.sector(id));
    sector.map_or_else(
        || lang.pick("no sector", "无展区").to_owned(),
        |s| lang.sector_name(s).to_owned(),
    )
}

/// A size for the lists, e.g. `6 × 6 m`.
fn size_text(exhibitor: &Exhibitor, lang: Lang) -> String {
    exhibitor.requested_size.map_or_else(
        || lang.pick("no size", "无尺寸").to_owned(),
        |s| format!("{} × {} m", s.w, s.h),
    )
}

/// One new exhibitor in a line.
fn summary(exhibitor: &Exhibitor, plan: &Plan, lang: Lang) -> String {
    let (sector, size) = (
        sector_name(plan, exhibitor, lang),
        size_text(exhibitor, lang),
    );
    match lang {
        Lang::En => format!("{} ({sector}, {size})", exhibitor.name),
        Lang::Zh => format!("{}（{sector}，{size}）", exhibitor.name),
    }
}

/// What an update changes, in a line.
fn changes(old: &Exhibitor, new: &Exhibitor, plan: &Plan, lang: Lang) -> String {
    let mut parts = Vec::new();
    if old.preferred_sector != new.preferred_sector {
        let what = lang.pick("sector", "展区");
        parts.push(format!("{what} → {}", sector_name(plan, new, lang)));
    }
    if old.requested_size != new.requested_size {
        let what = lang.pick("size", "尺寸");
        parts.push(format!("{what} → {}", size_text(new, lang)));
    }
    if old.contact != new.contact {
        let what = lang.pick("contact", "联系人");
        parts.push(format!("{what} → {}", new.contact));
    }
    if old.first_launch != new.first_launch {
        let what = lang.pick("first launch", "首发新品");
        let answer = if new.first_launch {
            lang.pick("yes", "是")
        } else {
            lang.pick("no", "否")
        };
        parts.push(format!("{what} → {answer}"));
    }
    parts.join(lang.pick(", ", "，"))
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
            changes(&old, &new, &plan, Lang::En),
            "sector → Smart terminals, size → 6 × 3 m"
        );
        assert_eq!(
            changes(&old, &new, &plan, Lang::Zh),
            "展区 → 智能终端，尺寸 → 6 × 3 m"
        );
    }
}
