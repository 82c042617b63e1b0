//! The menu bar, built from the command list.

use super::canvas::ColorBy;
use super::commands::{Command, CommandContext};
use super::files::FileUi;
use super::i18n::{Key, Lang, fill, tr};
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
    let lang = panels.lang();
    let text = match command {
        Command::Undo => doc.history().undo_step().map_or_else(
            || command.label(lang).to_owned(),
            |step| fill(lang, Key::UndoLabel, &[&step.text(lang)]),
        ),
        Command::Redo => doc.history().redo_step().map_or_else(
            || command.label(lang).to_owned(),
            |step| fill(lang, Key::RedoLabel, &[&step.text(lang)]),
        ),
        other => match panels.is_on(other) {
            Some(true) => format!("● {}", other.label(lang)),
            Some(false) => format!("○ {}", other.label(lang)),
            None => other.label(lang).to_owned(),
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
    let lang = panels.lang();
    let entries = |ui: &mut Ui, commands: &[Command], intents: &mut Vec<Intent>| {
        for c in commands {
            entry(ui, doc, ctx, panels, *c, intents);
        }
    };
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr(lang, Key::MenuFile), |ui| {
            entries(ui, &[Command::New, Command::Open], &mut intents);
            ui.menu_button(tr(lang, Key::MenuRecent), |ui| files.recent_menu(ui));
            entries(ui, &[Command::Save, Command::SaveAs], &mut intents);
            ui.separator();
            entries(
                ui,
                &[Command::ImportExhibitors, Command::ImportDrawing],
                &mut intents,
            );
            ui.menu_button(tr(lang, Key::MenuExport), |ui| {
                entries(
                    ui,
                    &[
                        Command::ExportCsv,
                        Command::ExportXlsx,
                        Command::ExportSvg,
                        Command::ExportPng,
                        Command::ExportPdf,
                        Command::ExportHtml,
                        Command::ExportDxf,
                    ],
                    &mut intents,
                );
            });
            ui.separator();
            entries(ui, &[Command::Quit], &mut intents);
        });
        ui.menu_button(tr(lang, Key::MenuEdit), |ui| {
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
                    Command::PriceFromList,
                ],
                &mut intents,
            );
            ui.menu_button(tr(lang, Key::MenuNudge), |ui| {
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
        ui.menu_button(tr(lang, Key::MenuTools), |ui| {
            let tools: Vec<Command> = crate::ui::canvas::ToolKind::ALL
                .into_iter()
                .map(Command::UseTool)
                .collect();
            entries(ui, &tools, &mut intents);
        });
        ui.menu_button(tr(lang, Key::MenuView), |ui| {
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
                    Command::ToggleVenuePanel,
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
        if ui
            .button(tr(lang, Key::FitButton))
            .on_hover_text(tr(lang, Key::FitHint))
            .clicked()
        {
            intents.push(Intent::Run(Command::ZoomToFit));
        }
        let label = match color_by {
            ColorBy::Sector => tr(lang, Key::ColourBySector),
            ColorBy::Status => tr(lang, Key::ColourByStatus),
        };
        if ui
            .button(label)
            .on_hover_text(tr(lang, Key::ColourHint))
            .clicked()
        {
            intents.push(Intent::Run(Command::ToggleColorMode));
        }
        ui.separator();
        let other: Lang = lang.other();
        if ui
            .button(other.native_name())
            .on_hover_text(tr(lang, Key::LanguageHint))
            .clicked()
        {
            intents.push(Intent::Run(Command::ToggleLanguage));
        }
        let theme = if panels.is_on(Command::ToggleDarkMode) == Some(true) {
            tr(lang, Key::LightButton)
        } else {
            tr(lang, Key::DarkButton)
        };
        if ui
            .button(theme)
            .on_hover_text(tr(lang, Key::DarkHint))
            .clicked()
        {
            intents.push(Intent::Run(Command::ToggleDarkMode));
        }
    });
    intents
}
