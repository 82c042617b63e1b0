//! The venue panel: the plan's details, its halls, sectors, columns, stages and service
//! areas, exits, and the form of every rule setting. Every change it makes is one
//! undoable edit handed to the app; what it cannot change it says why.

mod drawing;
mod fields;
mod halls;
mod obstacles;
mod sectors;
mod settings;

use crate::document::Document;
use crate::edit::{Edit, VenueError};
use crate::ui::i18n::Lang;
use crate::ui::intent::Intent;
use egui::Ui;

/// The venue panel's own state: the settings form's refusals.
#[derive(Debug, Default)]
pub struct VenuePanel {
    settings: settings::SettingsForm,
}

/// Where a section's edits go: the intents of this frame, in the panel's language.
pub struct Sink<'a> {
    /// The intents of this frame.
    pub intents: &'a mut Vec<Intent>,
    /// The interface language.
    pub lang: Lang,
}

impl Sink<'_> {
    /// Hands an edit to the app, or says why there is none (nothing to change is quiet).
    pub fn apply(&mut self, edit: Result<Edit, VenueError>) {
        match edit {
            Ok(edit) => self.intents.push(Intent::Apply {
                edit,
                selection_after: Default::default(),
            }),
            Err(VenueError::Unchanged) => {}
            Err(e) => self
                .intents
                .push(Intent::Refused(crate::text::venue_error(self.lang, &e))),
        }
    }
}

impl VenuePanel {
    /// Shows the panel's sections and returns what the planner asked for.
    pub fn show(&mut self, ui: &mut Ui, doc: &Document) -> Vec<Intent> {
        let lang = Lang::of(ui.ctx());
        let mut intents = Vec::new();
        let mut sink = Sink {
            intents: &mut intents,
            lang,
        };
        egui::ScrollArea::vertical()
            .id_salt("venue-panel")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.heading(lang.pick("Venue", "场馆"));
                section(ui, ("Plan details", "平面图信息"), true, |ui| {
                    settings::details(ui, doc, &mut sink);
                });
                section(ui, ("Halls", "展馆"), true, |ui| {
                    halls::show(ui, doc, &mut sink);
                });
                section(ui, ("Sectors", "展区"), true, |ui| {
                    sectors::show(ui, doc, &mut sink);
                });
                section(
                    ui,
                    ("Columns, stages and service areas", "柱子、舞台与服务区"),
                    false,
                    |ui| obstacles::show(ui, doc, &mut sink),
                );
                section(ui, ("Exits", "出口"), false, |ui| {
                    halls::exits(ui, doc, &mut sink);
                });
                section(
                    ui,
                    ("Drawing under the plan", "平面图下的图纸"),
                    false,
                    |ui| {
                        drawing::show(ui, doc, &mut sink);
                    },
                );
                section(ui, ("Rule settings", "规则设置"), true, |ui| {
                    self.settings.show(ui, doc, &mut sink);
                });
            });
        intents
    }
}

/// A collapsible section whose id (its English title) is the same in either language.
fn section(
    ui: &mut Ui,
    title: (&'static str, &'static str),
    open: bool,
    body: impl FnOnce(&mut Ui),
) {
    let lang = Lang::of(ui.ctx());
    egui::CollapsingHeader::new(lang.pick(title.0, title.1))
        .id_salt(title.0)
        .default_open(open)
        .show(ui, body);
}
