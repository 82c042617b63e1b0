//! The planning panels around the canvas: exhibitors and inspector (right), booth list,
//! problems and capacity (bottom); and the interface language and theme.
//!
//! Which panels are shown, the language and the theme are remembered between runs
//! ([`Layout`]); the panels' sizes are remembered by eframe with egui's memory.

pub mod booth_list;
mod common;

pub(crate) use common::thousands;
pub mod dashboard;
mod drag;
mod exhibitor_filter;
pub mod exhibitors;
pub mod inspector;
mod layout;
pub mod problems;
pub mod venue;

pub use exhibitor_filter::{ExhibitorFilter, ExhibitorRows};
pub use layout::{Layout, STORAGE_KEY};

use super::commands::Command;
use super::i18n::{Key, Lang, tr};
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
    venue: venue::VenuePanel,
    report_tab: ReportTab,
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

    /// Forgets what the lists were filtered by: a newly opened plan starts with every
    /// booth and exhibitor shown (the sort order stays, it is the planner's habit).
    pub fn reset_filters(&mut self) {
        self.booth_list.filter = Default::default();
        self.exhibitors.filter = Default::default();
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
    ///
    /// The right column holds the exhibitor list over the inspector; the bottom panel
    /// the booth list with the problems and the capacity dashboard (as tabs) at its
    /// right. One column beside the palette leaves the floor most of the window.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        selection: &Selection,
    ) -> Vec<Intent> {
        let mut intents = Vec::new();
        self.placements.refresh(doc);
        let layout = self.layout;
        if layout.booth_list || layout.problems || layout.dashboard {
            egui::Panel::bottom("lists")
                .resizable(true)
                .default_size(230.0)
                .min_size(90.0)
                .show(ui, |ui| self.show_lists(ui, doc, selection, &mut intents));
        }
        if layout.venue {
            egui::Panel::right("venue")
                .resizable(true)
                .default_size(360.0)
                .min_size(260.0)
                .show(ui, |ui| intents.extend(self.venue.show(ui, doc)));
        }
        if layout.exhibitors || layout.inspector {
            egui::Panel::right("side")
                .resizable(true)
                .default_size(320.0)
                .min_size(220.0)
                .show(ui, |ui| self.show_side(ui, doc, selection, &mut intents));
        }
        intents
    }

    /// The bottom panel: the booth list and, at its right, the problems and the
    /// capacity dashboard.
    fn show_lists(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        selection: &Selection,
        intents: &mut Vec<Intent>,
    ) {
        let layout = self.layout;
        let reports = layout.problems || layout.dashboard;
        if reports && layout.booth_list {
            egui::Panel::right("reports")
                .resizable(true)
                .default_size(440.0)
                .min_size(160.0)
                .frame(inner_frame(ui).inner_margin(egui::Margin {
                    left: 8,
                    ..egui::Margin::ZERO
                }))
                .show(ui, |ui| self.show_reports(ui, doc, intents));
        } else if reports {
            self.show_reports(ui, doc, intents);
        }
        if layout.booth_list {
            self.booth_list.show(ui, doc, selection, intents);
        }
    }

    /// The problems and the capacity dashboard: tabs when both are shown.
    fn show_reports(&mut self, ui: &mut egui::Ui, doc: &Document, intents: &mut Vec<Intent>) {
        let layout = self.layout;
        let tab = match (layout.problems, layout.dashboard) {
            (true, true) => {
                let lang = self.layout.lang;
                ui.horizontal(|ui| {
                    for (tab, key) in [
                        (ReportTab::Problems, Key::ProblemsTitle),
                        (ReportTab::Capacity, Key::DashboardTitle),
                    ] {
                        ui.selectable_value(&mut self.report_tab, tab, tr(lang, key));
                    }
                });
                self.report_tab
            }
            (true, false) => ReportTab::Problems,
            _ => ReportTab::Capacity,
        };
        match tab {
            ReportTab::Problems => {
                if let Some(exhibitor) = self.problems.show(ui, doc, intents)
                    && let Some(e) = doc.plan().exhibitor(exhibitor)
                {
                    self.exhibitors.filter.query = e.name.clone();
                }
            }
            ReportTab::Capacity => dashboard::show(ui, doc),
        }
    }

    /// The right column: the exhibitor list over the inspector.
    fn show_side(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        selection: &Selection,
        intents: &mut Vec<Intent>,
    ) {
        let layout = self.layout;
        match (layout.exhibitors, layout.inspector) {
            (true, true) => {
                let height = ui.available_height();
                egui::Panel::top("exhibitors")
                    .resizable(true)
                    .default_size((height * 0.62).max(160.0))
                    .min_size(120.0)
                    .frame(inner_frame(ui))
                    .show(ui, |ui| {
                        self.exhibitors.show(ui, doc, &self.placements, intents);
                    });
                self.inspector.show(ui, doc, selection, intents);
            }
            (true, false) => self.exhibitors.show(ui, doc, &self.placements, intents),
            (false, true) => self.inspector.show(ui, doc, selection, intents),
            (false, false) => {}
        }
    }
}

/// Which report the bottom panel shows when both are on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum ReportTab {
    /// The problems panel.
    #[default]
    Problems,
    /// The capacity dashboard.
    Capacity,
}
