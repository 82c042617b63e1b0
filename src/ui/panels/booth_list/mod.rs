//! The booth list: a table of every booth, sortable by any column (click the header),
//! filtered by text, sector and status. A click on a row selects the booth and shows it
//! on the floor. Only the rows on screen are built.

pub mod rows;

use super::common::{
    Cached, frame_around, m2, sector_filter, severity_color, status_filter, thousands, trimmed,
};
use crate::document::{Document, Selection};
use crate::model::{Booth, Plan};
use crate::ui::i18n::{Key, Lang, fill, terms, tr};
use crate::ui::intent::Intent;
use egui::Ui;
use egui_extras::{Column as TableColumn, TableBuilder};
use rows::{BoothFilter, Column, Sort};

/// Height of one row.
const ROW_HEIGHT: f32 = 20.0;

/// The booth list's own state.
#[derive(Debug, Default)]
pub struct BoothListPanel {
    /// What the list is filtered by.
    pub filter: BoothFilter,
    /// The sort order.
    pub sort: Sort,
    rows: Cached<(BoothFilter, Sort), Vec<usize>>,
}

impl BoothListPanel {
    /// Booth numbers in list order, as of the last frame (for tests and exports).
    pub fn numbers<'a>(&self, plan: &'a Plan) -> Vec<&'a str> {
        self.rows
            .last()
            .iter()
            .filter_map(|i| plan.booths.get(*i))
            .map(|b| b.number.as_str())
            .collect()
    }

    /// Shows the list.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        selection: &Selection,
        intents: &mut Vec<Intent>,
    ) {
        let lang = Lang::of(ui.ctx());
        let plan = doc.plan();
        // Cell text is not selectable, so a click anywhere on a row selects the booth.
        ui.style_mut().interaction.selectable_labels = false;
        self.filters(ui, plan, lang);
        let key = (self.filter.clone(), self.sort);
        let rows = self
            .rows
            .get(doc.revision(), &key, || rows::build(doc, &key.0, key.1));
        ui.weak(fill(
            lang,
            Key::RowsOfTotal,
            &[&rows.len(), &plan.booths.len()],
        ));
        let mut sort = self.sort;
        let header = |ui: &mut Ui, column: Column, sort: &mut Sort| {
            let arrow = match (sort.column == column, sort.ascending) {
                (false, _) => "",
                (true, true) => " ▲",
                (true, false) => " ▼",
            };
            let text = format!("{}{arrow}", tr(lang, column_key(column)));
            if ui
                .add(egui::Button::new(egui::RichText::new(text).strong()).frame(false))
                .clicked()
            {
                *sort = sort.clicked(column);
            }
        };
        // Narrower than its columns, the table scrolls sideways rather than spilling
        // under the panel beside it.
        egui::ScrollArea::horizontal()
            .id_salt("booth-list-sideways")
            .show(ui, |ui| {
                TableBuilder::new(ui)
                    .id_salt("booth-list")
                    .striped(true)
                    .resizable(true)
                    .sense(egui::Sense::click())
                    .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                    .column(TableColumn::initial(64.0).at_least(40.0))
                    .column(TableColumn::initial(170.0).at_least(60.0).clip(true))
                    .column(TableColumn::initial(100.0).at_least(30.0).clip(true))
                    .column(TableColumn::initial(58.0).at_least(40.0))
                    .column(TableColumn::initial(62.0).at_least(40.0))
                    .column(TableColumn::initial(64.0).at_least(40.0).clip(true))
                    .column(TableColumn::initial(62.0).at_least(40.0).clip(true))
                    .column(TableColumn::initial(76.0).at_least(40.0))
                    .column(TableColumn::remainder().at_least(70.0))
                    .auto_shrink([false, false])
                    .header(ROW_HEIGHT + 2.0, |mut row| {
                        for column in Column::ALL {
                            row.col(|ui| header(ui, column, &mut sort));
                        }
                    })
                    .body(|body| {
                        body.rows(ROW_HEIGHT, rows.len(), |mut row| {
                            let Some(booth) =
                                rows.get(row.index()).and_then(|i| plan.booths.get(*i))
                            else {
                                return;
                            };
                            row.set_selected(selection.contains(&booth.id));
                            cells(&mut row, doc, booth, lang);
                            if row.response().clicked() {
                                intents.push(Intent::Select(Selection::from([booth.id])));
                                intents.push(Intent::Frame(frame_around(booth.rect)));
                            }
                        });
                    });
            });
        self.sort = sort;
    }

    /// Text filter, sector and status choices.
    fn filters(&mut self, ui: &mut Ui, plan: &Plan, lang: Lang) {
        ui.horizontal(|ui| {
            let title = ui.strong(tr(lang, Key::BoothListTitle));
            ui.add(
                egui::TextEdit::singleline(&mut self.filter.text)
                    .hint_text(tr(lang, Key::FilterHint))
                    .desired_width(180.0),
            )
            .labelled_by(title.id);
            sector_filter(ui, "booth-list-sector", &mut self.filter.sector, plan, lang);
            status_filter(ui, "booth-list-status", &mut self.filter.status, lang);
        });
    }
}

/// The header label of a column.
const fn column_key(column: Column) -> Key {
    match column {
        Column::Number => Key::Number,
        Column::Exhibitor => Key::Exhibitor,
        Column::Sector => Key::Sector,
        Column::Size => Key::Size,
        Column::Area => Key::Area,
        Column::Type => Key::BoothTypeWord,
        Column::Status => Key::Status,
        Column::Price => Key::Price,
        Column::Problems => Key::Problems,
    }
}

/// The cells of one booth's row.
fn cells(row: &mut egui_extras::TableRow<'_, '_>, doc: &Document, booth: &Booth, lang: Lang) {
    let plan = doc.plan();
    let report = doc.report();
    row.col(|ui| {
        ui.label(&booth.number);
    });
    row.col(|ui| {
        ui.add(
            egui::Label::new(plan.exhibitor_name(booth))
                .truncate()
                .selectable(false),
        );
    });
    row.col(|ui| {
        if let Some(s) = plan.sector(booth.sector) {
            ui.add(
                egui::Label::new(format!("{} {}", s.code, lang.sector_name(s)))
                    .truncate()
                    .selectable(false),
            );
        }
    });
    row.col(|ui| {
        ui.label(format!(
            "{} × {}",
            trimmed(booth.rect.w()),
            trimmed(booth.rect.h())
        ));
    });
    row.col(|ui| {
        ui.label(m2(booth.rect.area()));
    });
    row.col(|ui| {
        ui.label(
            report
                .booth_type(booth.id)
                .map_or("?", |t| terms::booth_type(lang, t)),
        );
    });
    row.col(|ui| {
        ui.label(terms::status(lang, booth.status));
    });
    row.col(|ui| {
        ui.label(thousands(booth.price));
    });
    row.col(|ui| {
        let mut count = 0;
        let mut worst = None;
        for f in report.findings_for_booth(booth.id) {
            count += 1;
            worst = Some(worst.map_or(f.severity, |w: crate::rules::Severity| w.min(f.severity)));
        }
        if let Some(worst) = worst {
            ui.colored_label(
                severity_color(ui.visuals(), worst),
                format!("{count} · {}", terms::severity(lang, worst)),
            );
        }
    });
}
