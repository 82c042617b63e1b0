//! The sectors: code, English and Chinese name, colour, their regions (each can be
//! deleted); add a sector, delete one that nothing uses. Regions are painted on the
//! canvas with the sector-region tool.

use super::{Sink, fields};
use crate::document::Document;
use crate::edit;
use crate::model::{Plan, Sector};
use crate::ui::intent::Intent;
use crate::ui::panels::common::{frame_around, m2};
use egui::{Color32, Ui};

/// Colours offered for a sector: distinct on the floor and in print.
const SWATCHES: [[u8; 3]; 10] = [
    [66, 133, 244],
    [52, 168, 83],
    [251, 188, 5],
    [234, 67, 53],
    [155, 89, 182],
    [26, 188, 156],
    [230, 126, 34],
    [52, 73, 94],
    [233, 30, 99],
    [121, 85, 72],
];

/// The next free single-letter code (`A`, `B`, …, then `S27`, …).
fn next_code(plan: &Plan) -> String {
    ('A'..='Z')
        .map(String::from)
        .chain((27..).map(|n| format!("S{n}")))
        .find(|code| plan.sectors.iter().all(|s| &s.code != code))
        .unwrap_or_default()
}

/// The sectors.
pub fn show(ui: &mut Ui, doc: &Document, sink: &mut Sink<'_>) {
    let plan = doc.plan();
    let lang = sink.lang;
    for sector in &plan.sectors {
        ui.push_id(("sector", sector.id), |ui| {
            sector_block(ui, plan, sector, sink)
        });
        ui.separator();
    }
    if ui.button(lang.pick("Add sector", "添加展区")).clicked() {
        let code = next_code(plan);
        let color = SWATCHES[plan.sectors.len() % SWATCHES.len()];
        let name_en = format!("Sector {code}");
        let name_zh = format!("{code} 展区");
        let (edit, _) = edit::add_sector(plan, &code, &name_en, &name_zh, color);
        sink.apply(Ok(edit));
    }
}

/// One sector: its fields, colour, regions and delete button.
fn sector_block(ui: &mut Ui, plan: &Plan, sector: &Sector, sink: &mut Sink<'_>) {
    let lang = sink.lang;
    ui.horizontal(|ui| {
        let [r, g, b] = sector.color;
        ui.menu_button(
            egui::RichText::new("■")
                .color(Color32::from_rgb(r, g, b))
                .size(18.0),
            |ui| {
                ui.horizontal_wrapped(|ui| {
                    for color in SWATCHES {
                        let [r, g, b] = color;
                        let swatch = egui::RichText::new("■")
                            .color(Color32::from_rgb(r, g, b))
                            .size(22.0);
                        if ui.button(swatch).clicked() {
                            sink.apply(edit::update_sector(
                                plan,
                                Sector {
                                    color,
                                    ..sector.clone()
                                },
                            ));
                            ui.close();
                        }
                    }
                });
            },
        )
        .response
        .on_hover_text(lang.pick("Colour", "颜色"));
        let code = ui.label(lang.pick("Code", "代码"));
        if let Some(code) = fields::text(ui, ("code", sector.id), Some(code.id), &sector.code, 40.0)
        {
            if code.trim().is_empty()
                || plan
                    .sectors
                    .iter()
                    .any(|s| s.id != sector.id && s.code == code.trim())
            {
                sink.intents.push(Intent::Refused(
                    lang.pick(
                        "a sector code must be unique and not empty",
                        "展区代码须唯一且不能为空",
                    )
                    .to_owned(),
                ));
            } else {
                let code = code.trim().to_owned();
                sink.apply(edit::update_sector(
                    plan,
                    Sector {
                        code,
                        ..sector.clone()
                    },
                ));
            }
        }
        if ui
            .small_button(lang.pick("Delete", "删除"))
            .on_hover_text(lang.pick(
                "Only a sector no booth is in and no exhibitor asks for",
                "仅能删除没有展位、也没有展商申请的展区",
            ))
            .clicked()
        {
            sink.apply(edit::delete_sector(plan, sector.id));
        }
    });
    egui::Grid::new("names").num_columns(2).show(ui, |ui| {
        let en = ui.label(lang.pick("English name", "英文名称"));
        if let Some(name_en) = fields::text(ui, "en", Some(en.id), &sector.name_en, 180.0) {
            sink.apply(edit::update_sector(
                plan,
                Sector {
                    name_en,
                    ..sector.clone()
                },
            ));
        }
        ui.end_row();
        let zh = ui.label(lang.pick("Chinese name", "中文名称"));
        if let Some(name_zh) = fields::text(ui, "zh", Some(zh.id), &sector.name_zh, 180.0) {
            sink.apply(edit::update_sector(
                plan,
                Sector {
                    name_zh,
                    ..sector.clone()
                },
            ));
        }
        ui.end_row();
    });
    if sector.regions.is_empty() {
        ui.weak(lang.pick(
            "No floor yet: paint it with the sector-region tool (S).",
            "尚未划定范围：用划分展区工具（S）绘制。",
        ));
    }
    for (k, region) in sector.regions.iter().enumerate() {
        ui.horizontal(|ui| {
            let what = match lang {
                crate::text::Lang::En => format!("Region {} · {}", k + 1, m2(region.area())),
                crate::text::Lang::Zh => format!("范围 {} · {}", k + 1, m2(region.area())),
            };
            ui.label(what);
            if ui.small_button(lang.pick("Show", "定位")).clicked() {
                sink.intents
                    .push(Intent::Frame(frame_around(region.bounds())));
            }
            if ui.small_button(lang.pick("Delete", "删除")).clicked() {
                sink.apply(edit::delete_region(plan, sector.id, k));
            }
        });
    }
}
