//! The card shown when hovering a booth.

use crate::document::Document;
use crate::model::Booth;
use egui::Ui;

/// Details of one booth: number, exhibitor, sector, size, type, status, price and the
/// problems the rules found on it.
pub fn booth_details(ui: &mut Ui, doc: &Document, booth: &Booth) {
    let plan = doc.plan();
    ui.strong(format!("Booth {}", booth.number));
    let exhibitor = plan.exhibitor_name(booth);
    ui.label(if exhibitor.is_empty() {
        "No exhibitor"
    } else {
        exhibitor
    });
    if let Some(sector) = plan.sector(booth.sector) {
        ui.label(format!("Sector: {} · {}", sector.name_en, sector.name_zh));
    }
    let r = booth.rect;
    ui.label(format!(
        "{} × {} m = {} m² · {}",
        r.w(),
        r.h(),
        r.area(),
        doc.report().booth_type(booth.id).map_or("?", |t| t.label())
    ));
    ui.label(format!(
        "Status: {} · Price: {:.0} {}",
        booth.status.label(),
        booth.price,
        plan.meta.currency
    ));
    if booth.locked {
        ui.label("Locked");
    }
    for finding in doc.report().findings_for_booth(booth.id) {
        ui.colored_label(
            match finding.severity {
                crate::rules::Severity::Error => egui::Color32::RED,
                crate::rules::Severity::Warning => egui::Color32::from_rgb(220, 130, 0),
                crate::rules::Severity::Info => ui.visuals().text_color(),
            },
            &finding.message,
        );
    }
}
