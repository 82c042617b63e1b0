//! The plan's details (name, event, venue, dates, currency) and the form of every rule
//! setting: each number with its unit, the range it may take and where its default
//! comes from. A value outside the range is refused in the form, with the range shown;
//! an accepted one is one undoable step and the rules run again at once.

use super::{Sink, fields};
use crate::document::Document;
use crate::edit;
use crate::model::{Meta, NumericSetting, Sprinklers};
use crate::text::{Lang, setting_name, setting_source, setting_unit, sprinklers_name};
use crate::ui::panels::common::trimmed;
use egui::Ui;
use std::collections::HashMap;

/// The settings form's state: what was refused, per setting, until it is typed again.
#[derive(Debug, Default)]
pub struct SettingsForm {
    refused: HashMap<NumericSetting, String>,
}

/// A setting's name with its first letter in upper case, as a form label.
fn label_text(lang: Lang, setting: NumericSetting) -> String {
    let name = setting_name(lang, setting);
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "from 0 to 100 (more than 0)" and the like, in `lang`.
fn range_text(lang: Lang, setting: NumericSetting) -> String {
    let range = setting.range();
    let (min, max) = (trimmed(range.min), trimmed(range.max));
    match (lang, range.min_allowed) {
        (Lang::En, true) => format!("from {min} to {max}"),
        (Lang::En, false) => format!("more than {min}, at most {max}"),
        (Lang::Zh, true) => format!("{min} 至 {max}"),
        (Lang::Zh, false) => format!("大于 {min}，不超过 {max}"),
    }
}

impl SettingsForm {
    /// The form.
    pub fn show(&mut self, ui: &mut Ui, doc: &Document, sink: &mut Sink<'_>) {
        let plan = doc.plan();
        let lang = sink.lang;
        egui::Grid::new("venue-settings")
            .num_columns(3)
            .striped(true)
            .show(ui, |ui| {
                for setting in NumericSetting::ALL {
                    let label = ui
                        .label(label_text(lang, setting))
                        .on_hover_text(setting_source(lang, setting));
                    let current = setting.get(&plan.settings);
                    let typed = fields::text(
                        ui,
                        ("setting", setting.field()),
                        Some(label.id),
                        &trimmed(current),
                        80.0,
                    );
                    ui.label(setting_unit(lang, setting))
                        .on_hover_text(setting_source(lang, setting));
                    ui.end_row();
                    if let Some(typed) = typed {
                        self.commit(plan, setting, &typed, sink);
                    }
                    if let Some(why) = self.refused.get(&setting) {
                        ui.label("");
                        ui.colored_label(ui.visuals().error_fg_color, why);
                        ui.end_row();
                    }
                }
                let label = ui.label(lang.pick("Sprinklers", "自动喷水灭火系统"));
                egui::ComboBox::from_id_salt("sprinklers")
                    .selected_text(sprinklers_name(lang, plan.settings.sprinklers))
                    .show_ui(ui, |ui| {
                        for choice in Sprinklers::ALL {
                            let picked = ui.selectable_label(
                                plan.settings.sprinklers == choice,
                                sprinklers_name(lang, choice),
                            );
                            if picked.clicked() {
                                sink.apply(edit::set_sprinklers(plan, choice));
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.label("")
                    .on_hover_text(setting_source(lang, NumericSetting::MaxTravel));
                ui.end_row();
            });
    }

    /// Takes a typed value: refused with the range when it is not a number in range,
    /// else one step.
    fn commit(
        &mut self,
        plan: &crate::model::Plan,
        setting: NumericSetting,
        typed: &str,
        sink: &mut Sink<'_>,
    ) {
        let lang = sink.lang;
        let value = fields::parse_number(typed);
        let accepted = value
            .filter(|v| setting.range().allows(*v) && (!setting.is_whole() || v.fract() == 0.0));
        match accepted {
            Some(value) => {
                self.refused.remove(&setting);
                sink.apply(edit::set_setting(plan, setting, value));
            }
            None => {
                let why = match lang {
                    Lang::En => format!(
                        "{typed:?} refused: {} must be {}{}",
                        setting_name(lang, setting),
                        range_text(lang, setting),
                        if setting.is_whole() {
                            ", a whole number"
                        } else {
                            ""
                        }
                    ),
                    Lang::Zh => format!(
                        "“{typed}”无效：{}须为{}{}",
                        setting_name(lang, setting),
                        range_text(lang, setting),
                        if setting.is_whole() { "的整数" } else { "" }
                    ),
                };
                self.refused.insert(setting, why);
            }
        }
    }
}

/// One line of the details: English and Chinese label, the value, and where it goes.
type DetailRow<'a> = (
    &'static str,
    &'static str,
    &'a String,
    fn(&mut Meta) -> &mut String,
);

/// The plan's details.
pub fn details(ui: &mut Ui, doc: &Document, sink: &mut Sink<'_>) {
    let plan = doc.plan();
    let lang = sink.lang;
    let meta = &plan.meta;
    egui::Grid::new("venue-details")
        .num_columns(2)
        .show(ui, |ui| {
            let rows: [DetailRow<'_>; 5] = [
                ("Name", "名称", &meta.name, |m| &mut m.name),
                ("Event", "展会", &meta.event, |m| &mut m.event),
                ("Venue", "场馆", &meta.venue, |m| &mut m.venue),
                ("Dates", "日期", &meta.dates, |m| &mut m.dates),
                ("Currency", "币种", &meta.currency, |m| &mut m.currency),
            ];
            for (en, zh, value, field) in rows {
                let label = ui.label(lang.pick(en, zh));
                if let Some(text) = fields::text(ui, ("meta", en), Some(label.id), value, 200.0) {
                    let mut changed = meta.clone();
                    *field(&mut changed) = text;
                    sink.apply(edit::set_meta(plan, changed));
                }
                ui.end_row();
            }
        });
}
