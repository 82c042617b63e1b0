//! The palette of booth templates, dragged onto the floor to create a booth.

use super::i18n::{Key, Lang, fill, tr};
use super::intent::NewBoothPayload;
use egui::Ui;

/// A standard booth size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoothTemplate {
    /// Shown on the button.
    pub label: Key,
    /// Width, metres.
    pub w: f64,
    /// Depth, metres.
    pub h: f64,
}

/// The standard templates: shell booths and islands.
pub const TEMPLATES: [BoothTemplate; 4] = [
    BoothTemplate {
        label: Key::TemplateShell,
        w: 3.0,
        h: 3.0,
    },
    BoothTemplate {
        label: Key::TemplateInline,
        w: 6.0,
        h: 3.0,
    },
    BoothTemplate {
        label: Key::TemplateIsland,
        w: 6.0,
        h: 6.0,
    },
    BoothTemplate {
        label: Key::TemplateLarge,
        w: 9.0,
        h: 9.0,
    },
];

/// The palette's own state: the custom size.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Palette {
    /// Custom width, metres.
    pub custom_w: f64,
    /// Custom depth, metres.
    pub custom_h: f64,
}

impl Default for Palette {
    fn default() -> Self {
        Self {
            custom_w: 4.0,
            custom_h: 3.0,
        }
    }
}

fn template_source(ui: &mut Ui, id: &str, label: &str, payload: NewBoothPayload, lang: Lang) {
    ui.dnd_drag_source(ui.scope_id().with(("template", id)), payload, |ui| {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            ui.label(label);
        });
    })
    .response
    .on_hover_text(tr(lang, Key::PaletteDragHint));
}

impl Palette {
    /// Shows the templates as drag sources.
    pub fn show(&mut self, ui: &mut Ui) {
        let lang = Lang::of(ui.ctx());
        ui.heading(tr(lang, Key::PaletteTitle));
        ui.label(tr(lang, Key::PaletteHint));
        for t in TEMPLATES {
            let payload = NewBoothPayload { w: t.w, h: t.h };
            template_source(ui, t.label.en(), tr(lang, t.label), payload, lang);
        }
        ui.horizontal(|ui| {
            ui.add(
                egui::DragValue::new(&mut self.custom_w)
                    .range(1.0..=100.0)
                    .suffix(" m")
                    .speed(0.5),
            );
            ui.label("×");
            ui.add(
                egui::DragValue::new(&mut self.custom_h)
                    .range(1.0..=100.0)
                    .suffix(" m")
                    .speed(0.5),
            );
        });
        let label = fill(lang, Key::TemplateCustom, &[&self.custom_w, &self.custom_h]);
        template_source(
            ui,
            "custom",
            &label,
            NewBoothPayload {
                w: self.custom_w,
                h: self.custom_h,
            },
            lang,
        );
    }
}
