//! The capacity dashboard: floor per sector and in total against the show's limit, design
//! occupants against exit width, and sales by status — all from the rules' report.

use super::common::{m2, metres, thousands, trimmed};
use crate::document::Document;
use crate::rules::{Capacity, Occupancy, Sales, SectorCapacity};
use crate::ui::i18n::{Key, Lang, fill, terms, tr};
use egui::{Color32, Ui};

/// Share of a limit above which a bar turns amber.
const AMBER_FROM: f64 = 0.9;

/// The colour of a bar filled to `share` of its limit: green, amber from 90 %, red past it.
pub fn bar_color(share: f64) -> Color32 {
    if share > 1.0 {
        Color32::from_rgb(210, 50, 50)
    } else if share > AMBER_FROM {
        Color32::from_rgb(230, 150, 20)
    } else {
        Color32::from_rgb(60, 160, 90)
    }
}

/// A bar filled to `share` of its limit, coloured by how close it is, with `text` on it.
fn bar(ui: &mut Ui, share: f64, text: String) {
    let share = if share.is_finite() {
        share.max(0.0)
    } else {
        0.0
    };
    // The figures go above the bar, wrapped to the column: on the bar they ran past its
    // end in a narrow panel. The bar itself carries the share.
    ui.vertical(|ui| {
        ui.add(egui::Label::new(egui::RichText::new(&text).small()).wrap());
        ui.add(
            egui::ProgressBar::new(share.min(1.0) as f32)
                .fill(bar_color(share))
                .text(egui::RichText::new(percent(share)).color(Color32::BLACK)),
        )
        .on_hover_text(text);
    });
}

/// Percent with no decimals, e.g. `62 %`.
fn percent(share: f64) -> String {
    format!("{:.0} %", share * 100.0)
}

/// Shows the dashboard.
pub fn show(ui: &mut Ui, doc: &Document) {
    let lang = Lang::of(ui.ctx());
    let report = doc.report();
    let warn = doc.plan().settings.sector_fill_warn;
    egui::ScrollArea::vertical()
        .id_salt("dashboard-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(tr(lang, Key::DashboardTitle));
            capacity(ui, &report.capacity, warn, lang);
            ui.separator();
            occupancy(ui, &report.occupancy, lang);
            ui.separator();
            sales(ui, &report.sales, lang);
        });
}

fn capacity(ui: &mut Ui, capacity: &Capacity, warn: f64, lang: Lang) {
    let limit = capacity.limit_m2;
    bar(
        ui,
        capacity.booth_share_of_limit,
        fill(
            lang,
            Key::LimitUse,
            &[&m2(capacity.total_booth_area_m2), &m2(limit)],
        ),
    );
    let sector_share = if limit > 0.0 {
        capacity.total_sector_area_m2 / limit
    } else {
        0.0
    };
    bar(
        ui,
        sector_share,
        fill(
            lang,
            Key::SectorsOfLimit,
            &[&m2(capacity.total_sector_area_m2), &m2(limit)],
        ),
    );
    for s in &capacity.sectors {
        sector(ui, s, warn, lang);
    }
    let region = capacity.total_sector_area_m2;
    let total = SectorCapacity {
        id: crate::model::SectorId(0),
        code: String::new(),
        name_en: tr(Lang::En, Key::Total).to_owned(),
        name_zh: tr(Lang::Zh, Key::Total).to_owned(),
        area_m2: region,
        booth_area_m2: capacity.total_booth_area_m2,
        booths: capacity.booths,
        fill_share: if region > 0.0 {
            capacity.total_booth_area_m2 / region
        } else {
            0.0
        },
        free_area_m2: (region - capacity.total_booth_area_m2).max(0.0),
        more_3x3_booths: capacity.sectors.iter().map(|s| s.more_3x3_booths).sum(),
    };
    sector(ui, &total, warn, lang);
}

/// One sector (or the total): its fill against the warning share, and its figures.
fn sector(ui: &mut Ui, s: &SectorCapacity, warn: f64, lang: Lang) {
    ui.add_space(4.0);
    let name = match lang {
        Lang::En => &s.name_en,
        Lang::Zh => &s.name_zh,
    };
    ui.strong(format!("{} {name}", s.code).trim().to_owned());
    let share_of_warning = if warn > 0.0 { s.fill_share / warn } else { 0.0 };
    bar(
        ui,
        share_of_warning,
        format!(
            "{} {} / {} {}",
            tr(lang, Key::Fill),
            percent(s.fill_share),
            tr(lang, Key::Limit),
            percent(warn)
        ),
    );
    ui.horizontal_wrapped(|ui| {
        ui.weak(format!("{} {}", tr(lang, Key::RegionArea), m2(s.area_m2)));
        ui.weak(format!(
            "· {} {}",
            tr(lang, Key::BoothArea),
            m2(s.booth_area_m2)
        ));
        ui.weak(format!(
            "· {} {}",
            tr(lang, Key::FreeArea),
            m2(s.free_area_m2)
        ));
        ui.weak(format!(
            "· {} {}",
            tr(lang, Key::More3x3),
            thousands(s.more_3x3_booths as f64)
        ));
    });
}

fn occupancy(ui: &mut Ui, o: &Occupancy, lang: Lang) {
    ui.strong(tr(lang, Key::Occupancy));
    egui::Grid::new("occupancy").num_columns(2).show(ui, |ui| {
        ui.label(tr(lang, Key::DesignOccupants));
        ui.label(thousands(o.design_occupants as f64))
            .on_hover_text(fill(
                lang,
                Key::DensityNote,
                &[&trimmed(o.occupant_density), &m2(o.hall_area_m2)],
            ));
        ui.end_row();
        ui.label(tr(lang, Key::ExitNeeded));
        ui.label(metres(o.exit_width_needed_m));
        ui.end_row();
        ui.label(tr(lang, Key::ExitProvided));
        ui.label(metres(o.exit_width_provided_m));
        ui.end_row();
    });
    let verdict = if o.enough {
        tr(lang, Key::ExitsEnough)
    } else {
        tr(lang, Key::ExitsShort)
    };
    let need = if o.exit_width_provided_m > 0.0 {
        o.exit_width_needed_m / o.exit_width_provided_m
    } else {
        f64::INFINITY
    };
    bar(
        ui,
        if need.is_finite() { need } else { 2.0 },
        format!(
            "{} / {} · {verdict}",
            metres(o.exit_width_needed_m),
            metres(o.exit_width_provided_m)
        ),
    );
    if o.halls.len() > 1 {
        egui::Grid::new("occupancy-halls")
            .num_columns(4)
            .striped(true)
            .show(ui, |ui| {
                for key in [
                    Key::Hall,
                    Key::DesignOccupants,
                    Key::ExitNeeded,
                    Key::ExitProvided,
                ] {
                    ui.weak(tr(lang, key));
                }
                ui.end_row();
                for h in &o.halls {
                    ui.label(&h.name).on_hover_text(m2(h.area_m2));
                    ui.label(thousands(h.design_occupants as f64));
                    ui.label(metres(h.exit_width_needed_m));
                    let short = h.exit_width_provided_m < h.exit_width_needed_m;
                    let text = metres(h.exit_width_provided_m);
                    if short {
                        ui.colored_label(bar_color(2.0), text);
                    } else {
                        ui.label(text);
                    }
                    ui.end_row();
                }
            });
    }
}

fn sales(ui: &mut Ui, s: &Sales, lang: Lang) {
    ui.strong(tr(lang, Key::Sales));
    egui::Grid::new("sales")
        .num_columns(4)
        .striped(true)
        .show(ui, |ui| {
            for key in [Key::Status, Key::Booths, Key::Area, Key::Value] {
                ui.weak(tr(lang, key));
            }
            ui.end_row();
            for row in &s.by_status {
                ui.label(terms::status(lang, row.status));
                ui.label(thousands(row.booths as f64));
                ui.label(m2(row.area_m2));
                ui.label(thousands(row.value));
                ui.end_row();
            }
            ui.strong(tr(lang, Key::RevenueSold));
            ui.label("");
            ui.label("");
            ui.strong(format!("{} {}", thousands(s.revenue_sold), s.currency));
            ui.end_row();
            ui.strong(tr(lang, Key::Potential));
            ui.label("");
            ui.label("");
            ui.strong(format!("{} {}", thousands(s.potential), s.currency));
            ui.end_row();
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_turn_amber_then_red_as_the_limit_nears_and_passes() {
        let green = bar_color(0.5);
        assert_eq!(bar_color(0.9), green, "90 % exactly is still fine");
        let amber = bar_color(0.95);
        assert_ne!(amber, green);
        let red = bar_color(1.01);
        assert_ne!(red, amber);
        assert_eq!(bar_color(3.0), red);
    }
}
