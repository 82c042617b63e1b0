//! The inspector: the selected booth's fields, editable, or the shared fields of several
//! selected booths.

mod bulk;
mod exhibitor_picker;
mod fields;
mod single;

pub use bulk::bulk_edit;
pub use fields::{Drafts, Field, Value};

use crate::document::{Document, Selection};
use crate::model::Booth;
use crate::ui::i18n::{Key, Lang, tr};
use crate::ui::intent::Intent;
use egui::Ui;

/// The inspector's own state: the field being edited and the exhibitor search.
#[derive(Debug, Default)]
pub struct InspectorPanel {
    drafts: Drafts,
    picker: exhibitor_picker::ExhibitorPicker,
}

impl InspectorPanel {
    /// Shows the inspector for the selection.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        selection: &Selection,
        intents: &mut Vec<Intent>,
    ) {
        let lang = Lang::of(ui.ctx());
        let booths: Vec<&Booth> = selection
            .iter()
            .filter_map(|id| doc.plan().booth(*id))
            .collect();
        if booths.len() != 1
            && let Some((id, field, value)) = self.drafts.take_pending()
        {
            intents.extend(match value {
                Value::Text(text) => self.commit_text(doc, selection, id, field, text),
                Value::Number(v) => self.commit_number(doc, selection, id, field, v),
            });
        }
        egui::ScrollArea::vertical()
            .id_salt("inspector-scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| match booths.as_slice() {
                [] => {
                    ui.heading(tr(lang, Key::InspectorTitle));
                    ui.weak(tr(lang, Key::InspectorEmpty));
                }
                [one] => self.show_one(ui, doc, selection, one, intents),
                many => bulk::show(ui, doc, selection, many, intents),
            });
    }
}
