//! The tool bar above the canvas: one button per canvas tool (with its key), and the
//! settings of the active tool beside them.

use super::canvas::{CanvasState, ToolKind};
use super::commands::Command;
use super::i18n::Lang;
use super::intent::Intent;
use crate::document::Document;
use crate::model::ObstacleKind;
use crate::text::obstacle_kind;
use egui::Ui;

/// Shows the tool bar; picking a tool is a command, so the keys and the menu agree.
pub fn show(ui: &mut Ui, doc: &Document, canvas: &mut CanvasState) -> Vec<Intent> {
    let lang = Lang::of(ui.ctx());
    let mut intents = Vec::new();
    ui.horizontal_wrapped(|ui| {
        let active = canvas.tool.kind();
        for kind in ToolKind::ALL {
            let command = Command::UseTool(kind);
            let key = command
                .shortcut()
                .map(|s| ui.ctx().format_shortcut(&s))
                .unwrap_or_default();
            let button = ui
                .selectable_label(active == kind, command.label(lang))
                .on_hover_text(format!("{} ({key})", command.label(lang)));
            if button.clicked() && active != kind {
                intents.push(Intent::Run(command));
            }
        }
        ui.separator();
        options(ui, doc, canvas, lang);
    });
    intents
}

/// The active tool's settings.
fn options(ui: &mut Ui, doc: &Document, canvas: &mut CanvasState, lang: Lang) {
    let options = &mut canvas.tool_options;
    match canvas.tool.kind() {
        ToolKind::Region => {
            let plan = doc.plan();
            let chosen = options
                .sector
                .and_then(|id| plan.sector(id))
                .or_else(|| plan.sectors.first());
            let text = chosen.map_or_else(
                || lang.pick("no sector yet", "尚无展区").to_owned(),
                |s| format!("{} {}", s.code, lang.sector_name(s)),
            );
            ui.label(lang.pick("Sector", "展区"));
            egui::ComboBox::from_id_salt("region-sector")
                .selected_text(text)
                .show_ui(ui, |ui| {
                    for s in &plan.sectors {
                        let label = format!("{} {}", s.code, lang.sector_name(s));
                        if ui
                            .selectable_label(chosen.map(|c| c.id) == Some(s.id), label)
                            .clicked()
                        {
                            options.sector = Some(s.id);
                        }
                    }
                });
        }
        ToolKind::Columns => {
            ui.label(lang.pick("Spacing", "柱距"));
            ui.add(
                egui::DragValue::new(&mut options.column_spacing)
                    .range(3.0..=60.0)
                    .speed(0.5)
                    .suffix(" m"),
            );
            ui.label(lang.pick("Column size", "柱截面边长"));
            ui.add(
                egui::DragValue::new(&mut options.column_size)
                    .range(0.2..=3.0)
                    .speed(0.05)
                    .suffix(" m"),
            );
        }
        ToolKind::Obstacle => {
            for kind in [ObstacleKind::Stage, ObstacleKind::Service] {
                ui.radio_value(&mut options.obstacle, kind, obstacle_kind(lang, kind));
            }
        }
        ToolKind::Exit => {
            ui.label(lang.pick("Door width", "门宽"));
            ui.add(
                egui::DragValue::new(&mut options.exit_width)
                    .range(0.9..=30.0)
                    .speed(0.1)
                    .suffix(" m"),
            );
        }
        ToolKind::Select | ToolKind::Hall | ToolKind::Outline | ToolKind::Measure => {}
    }
}
