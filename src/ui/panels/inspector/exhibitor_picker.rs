//! A combo box to choose a booth's exhibitor, with a search field: only the exhibitors
//! that match are listed, and only the visible part of that list is built.

use crate::document::Document;
use crate::model::ExhibitorId;
use crate::ui::i18n::{Key, Lang, tr};
use crate::ui::panels::common::{Cached, contains_folded};
use egui::Ui;

/// Height of one choice in the list.
const ROW_HEIGHT: f32 = 18.0;

/// The picker's search and the choices it matches.
#[derive(Debug, Default)]
pub struct ExhibitorPicker {
    query: String,
    matches: Cached<String, Vec<usize>>,
}

impl ExhibitorPicker {
    /// Shows the picker for a booth whose exhibitor is `current`; returns the choice the
    /// planner made this frame (`Some(None)`: no exhibitor).
    pub fn show(
        &mut self,
        ui: &mut Ui,
        label: egui::Id,
        doc: &Document,
        current: Option<ExhibitorId>,
        lang: Lang,
    ) -> Option<Option<ExhibitorId>> {
        let plan = doc.plan();
        let selected = current
            .and_then(|e| plan.exhibitor(e))
            .map_or_else(|| tr(lang, Key::NoneChoice).to_owned(), |e| e.name.clone());
        let mut choice = None;
        let query = &mut self.query;
        let matches = &mut self.matches;
        let combo = egui::ComboBox::from_id_salt("inspector-exhibitor")
            .selected_text(selected)
            .width(ui.available_width() - 8.0)
            .height(340.0)
            .truncate()
            .show_ui(ui, |ui| {
                ui.add(
                    egui::TextEdit::singleline(query)
                        .hint_text(tr(lang, Key::Search))
                        .desired_width(f32::INFINITY),
                );
                if ui
                    .selectable_label(current.is_none(), tr(lang, Key::NoneChoice))
                    .clicked()
                {
                    choice = Some(None);
                }
                let needle = query.trim().to_lowercase();
                let found = matches.get(doc.revision(), &needle, || {
                    plan.exhibitors
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| needle.is_empty() || contains_folded(&e.name, &needle))
                        .map(|(i, _)| i)
                        .collect()
                });
                egui::ScrollArea::vertical()
                    .max_height(260.0)
                    .auto_shrink([false, true])
                    .show_rows(ui, ROW_HEIGHT, found.len(), |ui, range| {
                        for i in range {
                            let Some(e) = found.get(i).and_then(|i| plan.exhibitors.get(*i)) else {
                                continue;
                            };
                            if ui
                                .selectable_label(current == Some(e.id), &e.name)
                                .clicked()
                            {
                                choice = Some(Some(e.id));
                            }
                        }
                    });
            });
        combo.response.labelled_by(label);
        choice.filter(|c| *c != current)
    }
}
