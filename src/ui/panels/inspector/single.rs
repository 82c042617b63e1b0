//! The inspector for one booth: every field editable, one undo step per committed change;
//! the computed type, area and the booth's findings below.

use super::InspectorPanel;
use super::fields::Field;
use crate::document::{Document, Selection};
use crate::edit::{self, BoothField};
use crate::model::{Booth, BoothStatus, Rect};
use crate::ui::i18n::{Key, Lang, terms, tr};
use crate::ui::intent::{ExhibitorPayload, Intent};
use crate::ui::panels::common::{m2, severity_color};
use egui::Ui;

/// Smallest booth side the inspector accepts, metres.
const MIN_SIDE_M: f64 = 0.5;

/// The step that replaces the booth with `changed`, if that changes anything.
fn put(doc: &Document, selection: &Selection, changed: Booth, what: BoothField) -> Option<Intent> {
    edit::update_booth(doc.plan(), changed, what).map(|edit| Intent::Apply {
        edit,
        selection_after: selection.clone(),
    })
}

impl InspectorPanel {
    /// Shows booth `booth`'s fields.
    pub(super) fn show_one(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        selection: &Selection,
        booth: &Booth,
        intents: &mut Vec<Intent>,
    ) {
        let lang = Lang::of(ui.ctx());
        let plan = doc.plan();
        ui.heading(crate::ui::i18n::fill(
            lang,
            Key::BoothTitle,
            &[&booth.number],
        ));
        let label = |ui: &mut Ui, key: Key| ui.label(tr(lang, key)).id;
        egui::Grid::new("inspector-one")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .striped(false)
            .show(ui, |ui| {
                let l = label(ui, Key::Number);
                if let Some((id, text)) =
                    self.drafts
                        .text(ui, l, booth.id, Field::Number, &booth.number, false)
                {
                    intents.extend(self.commit_text(doc, selection, id, Field::Number, text));
                }
                ui.end_row();

                let l = label(ui, Key::Exhibitor);
                ui.vertical(|ui| {
                    if let Some(choice) = self.picker.show(ui, l, doc, booth.exhibitor, lang)
                        && let Some(edit) = edit::assign_exhibitor(plan, booth.id, choice)
                    {
                        intents.push(Intent::Apply {
                            edit,
                            selection_after: selection.clone(),
                        });
                    }
                    if let Some(e) = booth.exhibitor.and_then(|e| plan.exhibitor(e)) {
                        exhibitor_handle(ui, booth, e.id, &e.name, lang);
                    }
                });
                ui.end_row();

                let l = label(ui, Key::Sector);
                let current = plan.sector(booth.sector);
                let mut sector = booth.sector;
                let combo = egui::ComboBox::from_id_salt("inspector-sector")
                    .selected_text(current.map_or(String::new(), |s| {
                        format!("{} {}", s.code, lang.sector_name(s))
                    }))
                    .width(ui.available_width() - 8.0)
                    .show_ui(ui, |ui| {
                        for s in &plan.sectors {
                            let text = format!("{} {}", s.code, lang.sector_name(s));
                            ui.selectable_value(&mut sector, s.id, text);
                        }
                    });
                combo.response.labelled_by(l);
                if sector != booth.sector {
                    let changed = Booth {
                        sector,
                        ..booth.clone()
                    };
                    intents.extend(put(doc, selection, changed, BoothField::Sector));
                }
                ui.end_row();

                self.geometry_rows(ui, doc, selection, booth, lang, intents);

                let l = label(ui, Key::Status);
                let mut status = booth.status;
                let combo = egui::ComboBox::from_id_salt("inspector-status")
                    .selected_text(terms::status(lang, status))
                    .show_ui(ui, |ui| {
                        for s in BoothStatus::ALL {
                            ui.selectable_value(&mut status, s, terms::status(lang, s));
                        }
                    });
                combo.response.labelled_by(l);
                if status != booth.status {
                    let changed = Booth {
                        status,
                        ..booth.clone()
                    };
                    intents.extend(put(doc, selection, changed, BoothField::Status));
                }
                ui.end_row();

                let l = label(ui, Key::Price);
                let currency = plan.meta.currency.clone();
                if let Some((id, price)) =
                    self.drafts
                        .number(ui, l, booth.id, Field::Price, booth.price, |d| {
                            d.range(0.0..=1.0e9)
                                .speed(100.0)
                                .suffix(format!(" {currency}"))
                        })
                {
                    intents.extend(self.commit_number(doc, selection, id, Field::Price, price));
                }
                ui.end_row();

                let l = label(ui, Key::Locked);
                let mut locked = booth.locked;
                if ui.checkbox(&mut locked, "").labelled_by(l).changed() {
                    intents.extend(
                        edit::set_locked(doc.plan(), &[booth.id], locked).map(|edit| {
                            Intent::Apply {
                                edit,
                                selection_after: selection.clone(),
                            }
                        }),
                    );
                }
                ui.end_row();

                label(ui, Key::BoothTypeWord);
                ui.label(
                    doc.report()
                        .booth_type(booth.id)
                        .map_or("?", |t| terms::booth_type(lang, t)),
                );
                ui.end_row();

                label(ui, Key::Area);
                ui.label(m2(booth.rect.area()));
                ui.end_row();
            });
        let l = ui.label(tr(lang, Key::Notes)).id;
        if let Some((id, text)) =
            self.drafts
                .text(ui, l, booth.id, Field::Notes, &booth.notes, true)
        {
            intents.extend(self.commit_text(doc, selection, id, Field::Notes, text));
        }
        ui.weak(tr(lang, Key::CommitHint));
        findings(ui, doc, booth, lang);
    }

    /// Position and size rows: greyed out while the booth is locked.
    fn geometry_rows(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        selection: &Selection,
        booth: &Booth,
        lang: Lang,
        intents: &mut Vec<Intent>,
    ) {
        let r = booth.rect;
        for (key, fields) in [
            (
                Key::Position,
                [(Field::X, r.x(), "x "), (Field::Y, r.y(), "y ")],
            ),
            (
                Key::Size,
                [(Field::W, r.w(), "w "), (Field::H, r.h(), "h ")],
            ),
        ] {
            let l = ui.label(tr(lang, key)).id;
            ui.horizontal(|ui| {
                ui.add_enabled_ui(!booth.locked, |ui| {
                    for (field, value, prefix) in fields {
                        let min = if matches!(field, Field::W | Field::H) {
                            MIN_SIDE_M
                        } else {
                            -crate::model::MAX_COORD
                        };
                        if let Some((id, v)) =
                            self.drafts.number(ui, l, booth.id, field, value, |d| {
                                d.range(min..=crate::model::MAX_COORD)
                                    .speed(0.1)
                                    .max_decimals(2)
                                    .prefix(prefix)
                                    .suffix(" m")
                            })
                        {
                            intents.extend(self.commit_number(doc, selection, id, field, v));
                        }
                    }
                });
            });
            ui.end_row();
        }
    }

    /// The step for a committed text field.
    pub(super) fn commit_text(
        &self,
        doc: &Document,
        selection: &Selection,
        id: crate::model::BoothId,
        field: Field,
        text: String,
    ) -> Option<Intent> {
        let booth = doc.plan().booth(id)?;
        let changed = match field {
            Field::Number => {
                let number = text.trim();
                if number.is_empty() {
                    return None;
                }
                Booth {
                    number: number.to_owned(),
                    ..booth.clone()
                }
            }
            Field::Notes => Booth {
                notes: text,
                ..booth.clone()
            },
            _ => return None,
        };
        let what = if field == Field::Number {
            BoothField::Number
        } else {
            BoothField::Notes
        };
        put(doc, selection, changed, what)
    }

    /// The step for a committed number field.
    pub(super) fn commit_number(
        &self,
        doc: &Document,
        selection: &Selection,
        id: crate::model::BoothId,
        field: Field,
        value: f64,
    ) -> Option<Intent> {
        let booth = doc.plan().booth(id)?;
        let r = booth.rect;
        let rect = |x, y, w, h| Rect::new(x, y, w, h).ok();
        let (changed, what) = match field {
            Field::X => (
                Booth {
                    rect: rect(value, r.y(), r.w(), r.h())?,
                    ..booth.clone()
                },
                BoothField::Position,
            ),
            Field::Y => (
                Booth {
                    rect: rect(r.x(), value, r.w(), r.h())?,
                    ..booth.clone()
                },
                BoothField::Position,
            ),
            Field::W => (
                Booth {
                    rect: rect(r.x(), r.y(), value, r.h())?,
                    ..booth.clone()
                },
                BoothField::Size,
            ),
            Field::H => (
                Booth {
                    rect: rect(r.x(), r.y(), r.w(), value)?,
                    ..booth.clone()
                },
                BoothField::Size,
            ),
            Field::Price if value.is_finite() && value >= 0.0 => (
                Booth {
                    price: value,
                    ..booth.clone()
                },
                BoothField::Price,
            ),
            _ => return None,
        };
        put(doc, selection, changed, what)
    }
}

/// The booth's exhibitor as a handle: dragged onto the exhibitor list it leaves the
/// booth, onto another booth it moves there.
fn exhibitor_handle(
    ui: &mut Ui,
    booth: &Booth,
    exhibitor: crate::model::ExhibitorId,
    name: &str,
    lang: Lang,
) {
    let payload = ExhibitorPayload {
        exhibitor,
        from_booth: Some(booth.id),
    };
    let id = egui::Id::unique(("inspector-exhibitor-handle", booth.id));
    let mut frame = egui::Frame::group(ui.style());
    if ui.ctx().is_being_dragged(id) {
        frame = frame.fill(ui.visuals().window_fill);
    }
    crate::ui::panels::drag::drag_source(ui, id, payload, |ui| {
        frame.show(ui, |ui| {
            ui.add(egui::Label::new(format!("≡ {name}")).truncate());
        });
    })
    .response
    .on_hover_text(tr(lang, Key::UnassignHint));
}

/// The rules' findings on this booth, worst first.
fn findings(ui: &mut Ui, doc: &Document, booth: &Booth, lang: Lang) {
    ui.separator();
    ui.strong(tr(lang, Key::Problems));
    let mut any = false;
    for f in doc.report().findings_for_booth(booth.id) {
        any = true;
        let color = severity_color(ui.visuals(), f.severity);
        ui.colored_label(
            color,
            format!(
                "{} · {}",
                terms::severity(lang, f.severity),
                terms::code(lang, f.code)
            ),
        )
        .on_hover_text(&f.message);
        if lang == Lang::En {
            ui.weak(&f.message);
        }
    }
    if !any {
        ui.weak(tr(lang, Key::NoProblems));
    }
}
