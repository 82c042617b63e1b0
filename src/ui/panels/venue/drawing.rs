//! The venue's drawing kept under the plan: its layers, each shown or hidden with a
//! tick (one undoable step), with what it holds.

use super::Sink;
use crate::document::Document;
use crate::edit;
use crate::text::Lang;
use egui::Ui;

/// The underlay's layers.
pub fn show(ui: &mut Ui, doc: &Document, sink: &mut Sink<'_>) {
    let plan = doc.plan();
    let lang = sink.lang;
    if plan.underlay.is_empty() {
        ui.weak(lang.pick(
            "No drawing under the plan: File › Import venue drawing… keeps the layers that \
             are not halls, columns, exits or obstacles here.",
            "平面图下没有图纸：文件 › 导入场馆图纸… 会把展厅、柱子、出口和障碍物以外的图层保留在这里。",
        ));
        return;
    }
    ui.weak(lang.pick(
        "Drawn faintly under the plan; no rule reads it.",
        "淡淡地画在平面图下面，规则不读取它。",
    ));
    for (index, layer) in plan.underlay.layers.iter().enumerate() {
        let mut visible = layer.visible;
        let what = match lang {
            Lang::En => format!("{} lines, {} texts", layer.lines.len(), layer.texts.len()),
            Lang::Zh => format!("{} 条线，{} 个文字", layer.lines.len(), layer.texts.len()),
        };
        ui.horizontal(|ui| {
            if ui.checkbox(&mut visible, &layer.name).changed() {
                sink.apply(edit::show_underlay_layer(plan, index, visible));
            }
            ui.weak(what);
        });
    }
}
