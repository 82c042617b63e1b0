//! The planning panels around the canvas: exhibitors (left), inspector and capacity
//! (right), booth list and problems (bottom); and the interface language and theme.
//!
//! Which panels are shown, the language and the theme are remembered between runs
//! ([`Layout`]); the panels' sizes are remembered by eframe with egui's memory.

pub mod booth_list;
mod common;
pub mod dashboard;
mod exhibitor_filter;
pub mod exhibitors;
pub mod inspector;
mod layout;
pub mod problems;

pub use exhibitor_filter::{ExhibitorFilter, ExhibitorRows};
pub use layout::{Layout, STORAGE_KEY};

use super::commands::Command;
use super::i18n::Lang;
use super::intent::Intent;
use crate::document::{Document, Selection};
use booth_list::BoothListPanel;
use common::Placements;
use exhibitors::ExhibitorsPanel;
use inspector::InspectorPanel;
use problems::ProblemsPanel;

/// The panels and their settings.
#[derive(Debug, Default)]
pub struct Panels {
    layout: Layout,
    placements: Placements,
    exhibitors: ExhibitorsPanel,
    inspector: InspectorPanel,
    booth_list: BoothListPanel,
    problems: ProblemsPanel,
}

/// A frame for a panel inside another panel: no extra margin on the outside.
fn inner_frame(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::new()
        .fill(ui.visuals().panel_fill)
        .inner_margin(egui::Margin::symmetric(0, 4))
}

impl Panels {
    /// Starts the panels, with what was remembered from the last run.
    pub fn new(ctx: &egui::Context, storage: Option<&dyn eframe::Storage>) -> Self {
        let panels = Self {
            layout: Layout::load(storage),
            ..Self::default()
        };
        panels.apply_settings(ctx);
        panels
    }

    /// Puts the language and theme into effect.
    fn apply_settings(&self, ctx: &egui::Context) {
        self.layout.lang.make_current(ctx);
        ctx.set_theme(if self.layout.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
    }

    /// Remembers what should survive a restart.
    pub fn save_state(&self, storage: &mut dyn eframe::Storage) {
        self.layout.store(storage);
    }

    /// Carries out a panel, language or theme command.
    pub fn command(&mut self, command: Command, ctx: &egui::Context) {
        self.layout.apply(command);
        self.apply_settings(ctx);
    }

    /// Whether a toggle command is on (for a tick in the menu).
    pub fn is_on(&self, command: Command) -> Option<bool> {
        self.layout.is_on(command)
    }

    /// The interface language.
    pub fn lang(&self) -> Lang {
        self.layout.lang
    }

    /// What is shown and how.
    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// The booth list (its sort, filter and rows).
    pub fn booth_list(&self) -> &BoothListPanel {
        &self.booth_list
    }

    /// The exhibitor list (its filter and rows).
    pub fn exhibitors(&self) -> &ExhibitorsPanel {
        &self.exhibitors
    }

    /// Shows the side and bottom panels (before the canvas takes the rest) and returns
    /// what the planner asked for.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        selection: &Selection,
    ) -> Vec<Intent> {
        let mut intents = Vec::new();
        self.placements.refresh(doc);
        let layout = self.layout;
        if layout.booth_list || layout.problems {
            egui::Panel::bottom("lists")
                .resizable(true)
                .default_size(230.0)
                .min_size(90.0)
                .show(ui, |ui| self.show_lists(ui, doc, selection, &mut intents));
        }
        if layout.exhibitors {
            egui::Panel::left("exhibitors")
                .resizable(true)
                .default_size(250.0)
                .min_size(160.0)
                .show(ui, |ui| {
                    self.exhibitors
                        .show(ui, doc, &self.placements, &mut intents);
                });
        }
        if layout.inspector || layout.dashboard {
            egui::Panel::right("side")
                .resizable(true)
                .default_size(310.0)
                .min_size(220.0)
                .show(ui, |ui| self.show_side(ui, doc, selection, &mut intents));
        }
        intents
    }

    /// The bottom panel: the booth list and, at its right, the problems.
    fn show_lists(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        selection: &Selection,
        intents: &mut Vec<Intent>,
    ) {
        let layout = self.layout;
        if layout.problems {
            let show_problems =
                |ui: &mut egui::Ui, panels: &mut Self, intents: &mut Vec<Intent>| {
                    if let Some(exhibitor) = panels.problems.show(ui, doc, intents)
                        && let Some(e) = doc.plan().exhibitor(exhibitor)
                    {
                        panels.exhibitors.filter.query = e.name.clone();
                    }
                };
            if layout.booth_list {
                egui::Panel::right("problems")
                    .resizable(true)
                    .default_size(420.0)
                    .min_size(160.0)
                    .frame(inner_frame(ui).inner_margin(egui::Margin {
                        left: 8,
                        ..egui::Margin::ZERO
                    }))
                    .show(ui, |ui| show_problems(ui, self, intents));
            } else {
                show_problems(ui, self, intents);
                return;
            }
        }
        self.booth_list.show(ui, doc, selection, intents);
    }

    /// The right panel: the inspector and, under it, the capacity dashboard.
    fn show_side(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        selection: &Selection,
        intents: &mut Vec<Intent>,
    ) {
        let layout = self.layout;
        match (layout.inspector, layout.dashboard) {
            (true, true) => {
                egui::Panel::top("inspector")
                    .resizable(true)
                    .default_size(430.0)
                    .min_size(120.0)
                    .frame(inner_frame(ui))
                    .show(ui, |ui| self.inspector.show(ui, doc, selection, intents));
                dashboard::show(ui, doc);
            }
            (true, false) => self.inspector.show(ui, doc, selection, intents),
            (false, true) => dashboard::show(ui, doc),
            (false, false) => {}
        }
    }
}
