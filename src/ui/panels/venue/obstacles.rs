//! Columns, stages and service areas. Stages and service areas are listed one by one
//! (name, place and size, delete); columns, often hundreds, are counted per hall with a
//! button that deletes a hall's columns in one step.

use super::{Sink, fields};
use crate::document::Document;
use crate::edit;
use crate::model::{Obstacle, ObstacleId, ObstacleKind, Rect};
use crate::text::obstacle_kind;
use crate::ui::intent::Intent;
use crate::ui::panels::common::frame_around;
use egui::Ui;

/// The obstacles.
pub fn show(ui: &mut Ui, doc: &Document, sink: &mut Sink<'_>) {
    let plan = doc.plan();
    let lang = sink.lang;
    for hall in &plan.halls {
        let columns: Vec<ObstacleId> = plan
            .obstacles
            .iter()
            .filter(|o| o.kind == ObstacleKind::Column && hall.outline.overlaps_rect(&o.rect))
            .map(|o| o.id)
            .collect();
        if columns.is_empty() {
            continue;
        }
        ui.horizontal(|ui| {
            ui.label(match lang {
                crate::text::Lang::En => format!("{}: {} columns", hall.name, columns.len()),
                crate::text::Lang::Zh => format!("{}：{} 根柱子", hall.name, columns.len()),
            });
            if ui
                .small_button(lang.pick("Delete all", "全部删除"))
                .clicked()
            {
                sink.apply(edit::delete_obstacles(plan, &columns));
            }
        });
    }
    let others: Vec<&Obstacle> = plan
        .obstacles
        .iter()
        .filter(|o| o.kind != ObstacleKind::Column)
        .collect();
    if others.is_empty() {
        ui.weak(lang.pick(
            "No stage or service area: place them with the tool (T).",
            "尚无舞台或服务区：用舞台 / 服务区工具（T）放置。",
        ));
        return;
    }
    egui::Grid::new("venue-obstacles")
        .num_columns(4)
        .striped(true)
        .show(ui, |ui| {
            for o in others {
                ui.push_id(("obstacle", o.id), |ui| obstacle_row(ui, doc, o, sink));
                ui.end_row();
            }
        });
}

/// One stage or service area.
fn obstacle_row(ui: &mut Ui, doc: &Document, o: &Obstacle, sink: &mut Sink<'_>) {
    let plan = doc.plan();
    let lang = sink.lang;
    ui.label(obstacle_kind(lang, o.kind));
    if let Some(name) = fields::text(ui, "name", None, &o.name, 110.0) {
        sink.apply(edit::update_obstacle(plan, Obstacle { name, ..o.clone() }));
    }
    ui.horizontal(|ui| {
        let r = o.rect;
        let changed = [
            fields::metres(ui, "x", r.x(), -1e6, 1e6).map(|x| Rect::new(x, r.y(), r.w(), r.h())),
            fields::metres(ui, "y", r.y(), -1e6, 1e6).map(|y| Rect::new(r.x(), y, r.w(), r.h())),
            fields::metres(ui, "w", r.w(), 0.1, 1e4).map(|w| Rect::new(r.x(), r.y(), w, r.h())),
            fields::metres(ui, "h", r.h(), 0.1, 1e4).map(|h| Rect::new(r.x(), r.y(), r.w(), h)),
        ];
        for rect in changed.into_iter().flatten().flatten() {
            sink.apply(edit::update_obstacle(plan, Obstacle { rect, ..o.clone() }));
        }
    });
    ui.horizontal(|ui| {
        if ui.small_button(lang.pick("Show", "定位")).clicked() {
            sink.intents.push(Intent::Frame(frame_around(o.rect)));
        }
        if ui.small_button(lang.pick("Delete", "删除")).clicked() {
            sink.apply(edit::delete_obstacles(plan, &[o.id]));
        }
    });
}
