//! The halls (name, floor area, corners; frame or delete one) and the exits in their
//! walls (name, wall, place along it, width).

use super::{Sink, fields};
use crate::document::Document;
use crate::edit;
use crate::model::Exit;
use crate::ui::intent::Intent;
use crate::ui::panels::common::{frame_around, m2};
use egui::Ui;

/// The halls.
pub fn show(ui: &mut Ui, doc: &Document, sink: &mut Sink<'_>) {
    let plan = doc.plan();
    let lang = sink.lang;
    if plan.halls.is_empty() {
        ui.label(lang.pick(
            "No hall yet: draw one with the hall tool (H).",
            "尚无展馆：用绘制展馆工具（H）画一个。",
        ));
        return;
    }
    egui::Grid::new("venue-halls")
        .num_columns(4)
        .striped(true)
        .show(ui, |ui| {
            for hall in &plan.halls {
                let label = ui.label(lang.pick("Name", "名称"));
                if let Some(name) = fields::text(
                    ui,
                    ("hall-name", hall.id),
                    Some(label.id),
                    &hall.name,
                    150.0,
                ) {
                    sink.apply(edit::rename_hall(plan, hall.id, &name));
                }
                ui.label(format!(
                    "{} · {}",
                    m2(hall.area_m2()),
                    match lang {
                        crate::text::Lang::En => format!("{} corners", hall.outline.len()),
                        crate::text::Lang::Zh => format!("{} 个角点", hall.outline.len()),
                    }
                ));
                ui.horizontal(|ui| {
                    if ui
                        .small_button(lang.pick("Show", "定位"))
                        .on_hover_text(
                            lang.pick("Frame this hall on the canvas", "在画布上显示该展馆"),
                        )
                        .clicked()
                    {
                        sink.intents
                            .push(Intent::Frame(frame_around(hall.bounds())));
                    }
                    if ui
                        .small_button(lang.pick("Delete", "删除"))
                        .on_hover_text(lang.pick(
                            "Delete the hall with its exits (booths stay, flagged outside)",
                            "删除展馆及其出口（展位保留，并标记为馆外）",
                        ))
                        .clicked()
                    {
                        sink.apply(edit::delete_hall(plan, hall.id));
                    }
                });
                ui.end_row();
            }
        });
}

/// The exits, hall by hall.
pub fn exits(ui: &mut Ui, doc: &Document, sink: &mut Sink<'_>) {
    let plan = doc.plan();
    let lang = sink.lang;
    if plan.exits.is_empty() {
        ui.label(lang.pick(
            "No exit yet: place them on the walls with the exit tool (X).",
            "尚无出口：用出口工具（X）在墙上放置。",
        ));
        return;
    }
    egui::Grid::new("venue-exits")
        .num_columns(5)
        .striped(true)
        .show(ui, |ui| {
            ui.strong(lang.pick("Exit", "出口"));
            ui.strong(lang.pick("Hall · wall", "展馆 · 墙"));
            ui.strong(lang.pick("From corner", "距角点"));
            ui.strong(lang.pick("Width", "宽度"));
            ui.label("");
            ui.end_row();
            for exit in &plan.exits {
                exit_row(ui, doc, exit, sink);
                ui.end_row();
            }
        });
}

/// One exit's row.
fn exit_row(ui: &mut Ui, doc: &Document, exit: &Exit, sink: &mut Sink<'_>) {
    let plan = doc.plan();
    let lang = sink.lang;
    if let Some(name) = fields::text(ui, ("exit-name", exit.id), None, &exit.name, 50.0) {
        sink.apply(edit::update_exit(
            plan,
            Exit {
                name,
                ..exit.clone()
            },
        ));
    }
    let hall = plan.hall(exit.hall);
    let hall_name = hall.map_or("?", |h| h.name.as_str());
    ui.label(format!("{hall_name} · {}", exit.wall + 1));
    let wall_length = hall.map_or(0.0, |h| h.outline.wall_length(exit.wall));
    let max_offset = (wall_length - exit.width_m).max(0.0);
    if let Some(offset_m) =
        fields::metres(ui, ("exit-offset", exit.id), exit.offset_m, 0.0, max_offset)
    {
        sink.apply(edit::update_exit(
            plan,
            Exit {
                offset_m,
                ..exit.clone()
            },
        ));
    }
    let max_width = (wall_length - exit.offset_m).max(0.9);
    if let Some(width_m) = fields::metres(ui, ("exit-width", exit.id), exit.width_m, 0.5, max_width)
    {
        sink.apply(edit::update_exit(
            plan,
            Exit {
                width_m,
                ..exit.clone()
            },
        ));
    }
    if ui.small_button(lang.pick("Delete", "删除")).clicked() {
        sink.apply(edit::delete_exit(plan, exit.id));
    }
}
