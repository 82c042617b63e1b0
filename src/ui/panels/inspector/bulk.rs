//! The inspector for several booths: the fields they share (a mixed value where they
//! differ); sector, status and lock changed for all of them in one step each.

use crate::document::{Document, Selection};
use crate::edit::{self, BoothField, Edit};
use crate::model::{Booth, BoothId, BoothStatus, Plan, SectorId};
use crate::ui::i18n::{Key, Lang, fill, terms, tr};
use crate::ui::intent::Intent;
use crate::ui::panels::common::{m2, trimmed};
use egui::Ui;

/// The value the booths share, or `None` when they differ.
fn shared<T: PartialEq>(booths: &[&Booth], value: impl Fn(&Booth) -> T) -> Option<T> {
    let mut values = booths.iter().map(|b| value(b));
    let first = values.next()?;
    values.all(|v| v == first).then_some(first)
}

/// One step giving every booth `change`d (a change of `field`); `None` when nothing
/// changes.
pub fn bulk_edit(
    plan: &Plan,
    booths: &[&Booth],
    field: BoothField,
    change: impl Fn(&Booth) -> Booth,
) -> Option<Edit> {
    let ids: Vec<BoothId> = booths.iter().map(|b| b.id).collect();
    edit::update_booths(plan, &ids, field, change)
}

/// Shows the shared fields of `booths` and the bulk changes.
pub fn show(
    ui: &mut Ui,
    doc: &Document,
    selection: &Selection,
    booths: &[&Booth],
    intents: &mut Vec<Intent>,
) {
    let lang = Lang::of(ui.ctx());
    let plan = doc.plan();
    let mixed = tr(lang, Key::Mixed);
    ui.heading(fill(lang, Key::BoothsSelected, &[&booths.len()]));
    let mut apply = |edit: Option<Edit>| {
        if let Some(edit) = edit {
            intents.push(Intent::Apply {
                edit,
                selection_after: selection.clone(),
            });
        }
    };
    egui::Grid::new("inspector-many")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(tr(lang, Key::Sector)).id;
            let sector = shared(booths, |b| b.sector);
            let text = sector.and_then(|s| plan.sector(s)).map_or_else(
                || mixed.to_owned(),
                |s| format!("{} {}", s.code, lang.sector_name(s)),
            );
            let mut chosen: Option<SectorId> = sector;
            egui::ComboBox::from_id_salt("inspector-many-sector")
                .selected_text(text)
                .show_ui(ui, |ui| {
                    for s in &plan.sectors {
                        let label = format!("{} {}", s.code, lang.sector_name(s));
                        ui.selectable_value(&mut chosen, Some(s.id), label);
                    }
                })
                .response
                .labelled_by(label);
            if let Some(new) = chosen
                && chosen != sector
            {
                apply(bulk_edit(plan, booths, BoothField::Sector, |b| Booth {
                    sector: new,
                    ..b.clone()
                }));
            }
            ui.end_row();

            let label = ui.label(tr(lang, Key::Status)).id;
            let status = shared(booths, |b| b.status);
            let mut chosen: Option<BoothStatus> = status;
            egui::ComboBox::from_id_salt("inspector-many-status")
                .selected_text(status.map_or(mixed, |s| terms::status(lang, s)))
                .show_ui(ui, |ui| {
                    for s in BoothStatus::ALL {
                        ui.selectable_value(&mut chosen, Some(s), terms::status(lang, s));
                    }
                })
                .response
                .labelled_by(label);
            if let Some(new) = chosen
                && chosen != status
            {
                apply(bulk_edit(plan, booths, BoothField::Status, |b| Booth {
                    status: new,
                    ..b.clone()
                }));
            }
            ui.end_row();

            let label = ui.label(tr(lang, Key::Locked)).id;
            let locked = shared(booths, |b| b.locked);
            let mut on = locked.unwrap_or(false);
            if ui
                .add(egui::Checkbox::new(&mut on, "").indeterminate(locked.is_none()))
                .labelled_by(label)
                .changed()
            {
                let ids: Vec<BoothId> = booths.iter().map(|b| b.id).collect();
                apply(edit::set_locked(plan, &ids, on));
            }
            ui.end_row();

            ui.label(tr(lang, Key::Exhibitor));
            ui.label(match shared(booths, |b| b.exhibitor) {
                Some(None) => tr(lang, Key::NoneChoice).to_owned(),
                Some(Some(e)) => plan.exhibitor(e).map_or(String::new(), |e| e.name.clone()),
                None => mixed.to_owned(),
            });
            ui.end_row();

            ui.label(tr(lang, Key::Size));
            ui.label(shared(booths, |b| (b.rect.w(), b.rect.h())).map_or_else(
                || mixed.to_owned(),
                |(w, h)| format!("{} × {} m", trimmed(w), trimmed(h)),
            ));
            ui.end_row();

            ui.label(tr(lang, Key::Price));
            ui.label(shared(booths, |b| b.price.to_bits()).map_or_else(
                || mixed.to_owned(),
                |p| format!("{} {}", trimmed(f64::from_bits(p)), plan.meta.currency),
            ));
            ui.end_row();

            ui.label(tr(lang, Key::TotalArea));
            ui.label(m2(booths.iter().map(|b| b.rect.area()).sum()));
            ui.end_row();
        });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Plan, Rect};

    #[test]
    fn one_step_changes_only_the_booths_that_differ() {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        for x in [10.0, 20.0, 30.0] {
            let (e, _) = edit::add_booth(&plan, Rect::new(x, 10.0, 3.0, 3.0).unwrap(), SectorId(1));
            e.apply(&mut plan).unwrap();
        }
        plan.booths[0].status = BoothStatus::Sold;
        let booths: Vec<&Booth> = plan.booths.iter().collect();
        assert_eq!(shared(&booths, |b| b.sector), Some(SectorId(1)));
        assert_eq!(shared(&booths, |b| b.status), None);
        let edit = bulk_edit(&plan, &booths, BoothField::Status, |b| Booth {
            status: BoothStatus::Sold,
            ..b.clone()
        })
        .unwrap();
        assert_eq!(
            edit.step,
            crate::edit::Step::ChangeBooths(BoothField::Status, crate::edit::Booths::Many(3))
        );
        assert_eq!(edit.changes.len(), 2, "the sold booth is left as it is");
        assert!(bulk_edit(&plan, &booths, BoothField::Sector, |b| b.clone()).is_none());
    }
}
