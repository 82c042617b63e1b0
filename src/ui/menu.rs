//! The menu bar, built from the command list.

use super::canvas::ColorBy;
use super::commands::{Command, CommandContext};
use super::files::FileUi;
use super::intent::Intent;
use super::panels::Panels;
use crate::document::Document;
use egui::Ui;

/// One menu entry: the command's name (with the undo step's label for Undo and Redo),
/// its shortcut, greyed out when disabled.
fn entry(
    ui: &mut Ui,
    doc: &Document,
    ctx: &CommandContext,
    panels: &Panels,
    command: Command,
    intents: &mut Vec<Intent>,
) {
    let text = match command {
        Command::Undo => doc
            .history()
            .undo_label()
            .map_or_else(|| "Undo".to_owned(), |l| format!("Undo {l}")),
        Command::Redo => doc
            .history()
            .redo_label()
            .map_or_else(|| "Redo".to_owned(), |l| format!("Redo {l}")),
        other => match panels.is_on(other) {
            Some(true) => format!("✔ {}", other.text()),
            Some(false) => format!("    {}", other.text()),
            None => other.text().to_owned(),
        },
    };
    let mut button = egui::Button::new(text);
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add_enabled(command.enabled(ctx), button).clicked() {
        intents.push(Intent::Run(command));
    }
}

/// Shows the menu bar and returns the commands chosen.
pub fn show(
    ui: &mut Ui,
    doc: &Document,
    ctx: &CommandContext,
    color_by: ColorBy,
    panels: &Panels,
    files: &mut FileUi,
) -> Vec<Intent> {
    let mut intents = Vec::new();
    let entries = |ui: &mut Ui, commands: &[Command], intents: &mut Vec<Intent>| {
        for c in commands {
            entry(ui, doc, ctx, panels, *c, intents);
        }
    };
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            entries(ui, &[Command::New, Command::Open], &mut intents);
            ui.menu_button("Recent files", |ui| files.recent_menu(ui));
            entries(ui, &[Command::Save, Command::SaveAs], &mut intents);
            ui.separator();
            entries(ui, &[Command::ImportExhibitors], &mut intents);
            ui.menu_button("Export", |ui| {
                entries(
                    ui,
                    &[
                        Command::ExportCsv,
                        Command::ExportXlsx,
                        Command::ExportSvg,
                        Command::ExportPng,
                        Command::ExportPdf,
                        Command::ExportHtml,
                    ],
                    &mut intents,
                );
            });
            ui.separator();
            entries(ui, &[Command::Quit], &mut intents);
        });
        ui.menu_button("Edit", |ui| {
            entries(
                ui,
                &[
                    Command::Undo,
                    Command::Redo,
                    Command::SelectAll,
                    Command::SelectNone,
                    Command::Delete,
                    Command::Duplicate,
                    Command::Rotate,
                    Command::ToggleLock,
                ],
                &mut intents,
            );
            ui.menu_button("Nudge", |ui| {
                entries(
                    ui,
                    &[
                        Command::NudgeLeft,
                        Command::NudgeRight,
                        Command::NudgeUp,
                        Command::NudgeDown,
                    ],
                    &mut intents,
                );
            });
        });
        ui.menu_button("View", |ui| {
            entries(
                ui,
                &[
                    Command::ZoomToFit,
                    Command::ZoomToSelection,
                    Command::ZoomIn,
                    Command::ZoomOut,
                    Command::ToggleColorMode,
                ],
                &mut intents,
            );
            ui.separator();
            entries(
                ui,
                &[
                    Command::ToggleExhibitorsPanel,
                    Command::ToggleInspectorPanel,
                    Command::ToggleBoothListPanel,
                    Command::ToggleDashboardPanel,
                    Command::ToggleProblemsPanel,
                ],
                &mut intents,
            );
            ui.separator();
            entries(
                ui,
                &[Command::ToggleLanguage, Command::ToggleDarkMode],
                &mut intents,
            );
        });
        ui.separator();
        if ui.button("Fit").on_hover_text("Zoom to fit (F)").clicked() {
            intents.push(Intent::Run(Command::ZoomToFit));
        }
        let label = match color_by {
            ColorBy::Sector => "Colour: sector",
            ColorBy::Status => "Colour: status",
        };
        if ui
            .button(label)
            .on_hover_text("Switch colouring (C)")
            .clicked()
        {
            intents.push(Intent::Run(Command::ToggleColorMode));
        }
    });
    intents
}
