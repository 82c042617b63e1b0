//! The card shown when hovering a booth.

use super::i18n::{Key, Lang, fill, terms, tr};
use crate::document::Document;
use crate::model::Booth;
use egui::Ui;

/// Details of one booth: number, exhibitor, sector, size, type, status, price and the
/// problems the rules found on it.
pub fn booth_details(ui: &mut Ui, doc: &Document, booth: &Booth) {
    let plan = doc.plan();
    let lang = Lang::of(ui.ctx());
    ui.strong(fill(lang, Key::BoothTitle, &[&booth.number]));
    let exhibitor = plan.exhibitor_name(booth);
    ui.label(if exhibitor.is_empty() {
        tr(lang, Key::NoExhibitor)
    } else {
        exhibitor
    });
    if let Some(sector) = plan.sector(booth.sector) {
        let names = format!("{} · {}", sector.name_en, sector.name_zh);
        ui.label(fill(lang, Key::SectorIs, &[&names]));
    }
    let r = booth.rect;
    ui.label(format!(
        "{} × {} m = {} m² · {}",
        r.w(),
        r.h(),
        r.area(),
        doc.report()
            .booth_type(booth.id)
            .map_or("?", |t| terms::booth_type(lang, t))
    ));
    ui.label(fill(
        lang,
        Key::StatusPrice,
        &[
            &terms::status(lang, booth.status),
            &format!("{:.0}", booth.price),
            &plan.meta.currency,
        ],
    ));
    if booth.locked {
        ui.label(tr(lang, Key::LockedNote));
    }
    for finding in doc.report().findings_for_booth(booth.id) {
        ui.colored_label(
            match finding.severity {
                crate::rules::Severity::Error => egui::Color32::RED,
                crate::rules::Severity::Warning => egui::Color32::from_rgb(220, 130, 0),
                crate::rules::Severity::Info => ui.visuals().text_color(),
            },
            match lang {
                Lang::En => finding.message.clone(),
                Lang::Zh => terms::code(lang, finding.code).to_owned(),
            },
        );
    }
}
