//! The exhibitor list: search, filters, counts, and one row per exhibitor that can be
//! dragged onto the floor. The list is also where an exhibitor dragged off a booth is
//! dropped to unassign it.

use super::common::{Cached, Placements, frame_around, sector_filter};
use super::exhibitor_filter::{ExhibitorFilter, ExhibitorRows};
use crate::document::{Document, Selection};
use crate::model::{Exhibitor, Plan};
use crate::ui::canvas::exhibitor_drop;
use crate::ui::i18n::{Key, Lang, fill, tr};
use crate::ui::intent::{ExhibitorPayload, Intent};
use egui::Ui;

/// Height of one row: the name and a line of details.
const ROW_HEIGHT: f32 = 34.0;

/// The exhibitor list's own state.
#[derive(Debug, Default)]
pub struct ExhibitorsPanel {
    /// What the list is filtered by.
    pub filter: ExhibitorFilter,
    rows: Cached<ExhibitorFilter, ExhibitorRows>,
}

impl ExhibitorsPanel {
    /// The rows shown now (as of the last frame).
    pub fn rows(&self) -> &ExhibitorRows {
        self.rows.last()
    }

    /// Shows the panel's contents.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        placements: &Placements,
        intents: &mut Vec<Intent>,
    ) {
        let lang = Lang::of(ui.ctx());
        let plan = doc.plan();
        let area = ui.max_rect();
        ui.heading(tr(lang, Key::ExhibitorsTitle));
        self.filters(ui, plan, lang);
        let filter = self.filter.clone();
        let rows = self
            .rows
            .get(doc.revision(), &filter, || filter.rows(plan, placements));
        ui.horizontal_wrapped(|ui| {
            ui.weak(fill(
                lang,
                Key::ShownOfTotal,
                &[&rows.shown.len(), &rows.total],
            ));
            ui.weak("·");
            ui.weak(fill(
                lang,
                Key::PlacedUnplaced,
                &[&rows.placed, &(rows.total - rows.placed)],
            ));
        });
        unassign_zone(ui, doc, area, lang, intents);
        ui.separator();
        if rows.total == 0 {
            ui.weak(tr(lang, Key::NoExhibitors));
            return;
        }
        let shown = &rows.shown;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_rows(ui, ROW_HEIGHT, shown.len(), |ui, range| {
                for i in range {
                    if let Some(e) = shown.get(i).and_then(|i| plan.exhibitors.get(*i)) {
                        row(ui, plan, placements, e, lang, intents);
                    }
                }
            });
    }

    /// Search field, sector choice and the two switches.
    fn filters(&mut self, ui: &mut Ui, plan: &Plan, lang: Lang) {
        ui.add(
            egui::TextEdit::singleline(&mut self.filter.query)
                .hint_text(tr(lang, Key::ExhibitorSearchHint))
                .desired_width(f32::INFINITY),
        );
        ui.horizontal_wrapped(|ui| {
            sector_filter(ui, "exhibitor-sector", &mut self.filter.sector, plan, lang);
            ui.checkbox(&mut self.filter.unplaced_only, tr(lang, Key::UnplacedOnly));
            ui.checkbox(
                &mut self.filter.first_launch_only,
                tr(lang, Key::FirstLaunches),
            );
        });
    }
}

/// While an exhibitor taken off a booth is dragged: a banner saying the list takes it;
/// on release anywhere over the panel, the edit that unassigns it.
fn unassign_zone(
    ui: &mut Ui,
    doc: &Document,
    area: egui::Rect,
    lang: Lang,
    intents: &mut Vec<Intent>,
) {
    let Some(payload) = egui::DragAndDrop::payload::<ExhibitorPayload>(ui.ctx()) else {
        return;
    };
    let Some(booth) = payload.from_booth.and_then(|b| doc.plan().booth(b)) else {
        return;
    };
    // A press puts the payload up at once; only a real drag (moved or held) is a drop,
    // so a click on a placed exhibitor's row never unassigns it.
    if !ui.input(|i| i.pointer.is_decidedly_dragging()) {
        return;
    }
    let over = ui
        .ctx()
        .pointer_hover_pos()
        .is_some_and(|p| area.contains(p));
    let visuals = if over {
        ui.visuals().widgets.active
    } else {
        ui.visuals().widgets.inactive
    };
    egui::Frame::group(ui.style())
        .fill(visuals.bg_fill)
        .stroke(visuals.bg_stroke)
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            ui.label(fill(lang, Key::DropToUnassign, &[&booth.number]));
        });
    if over && ui.input(|i| i.pointer.any_released()) {
        egui::DragAndDrop::clear_payload(ui.ctx());
        if let Some(edit) = exhibitor_drop::unassign_edit(doc, &payload) {
            intents.push(Intent::Apply {
                edit,
                selection_after: Selection::new(),
            });
        }
    }
}

/// One exhibitor: name and details, dragged as a whole; booth numbers select the booth.
fn row(
    ui: &mut Ui,
    plan: &Plan,
    placements: &Placements,
    e: &Exhibitor,
    lang: Lang,
    intents: &mut Vec<Intent>,
) {
    let booths = placements.booths_of(e.id);
    let payload = ExhibitorPayload {
        exhibitor: e.id,
        from_booth: booths.first().copied(),
    };
    let width = ui.available_width();
    let hint = if booths.is_empty() {
        Key::ExhibitorDragHint
    } else {
        Key::PlacedDragHint
    };
    let id = egui::Id::unique(("exhibitor-row", e.id));
    // Carried over the floor, the row gets a card of its own so it reads on any colour.
    let frame = if ui.ctx().is_being_dragged(id) {
        egui::Frame::popup(ui.style()).inner_margin(egui::Margin::ZERO)
    } else {
        egui::Frame::new()
    };
    let dragged = crate::ui::panels::drag::drag_source(ui, id, payload, |ui| {
        frame.show(ui, |ui| {
            ui.set_min_size(egui::vec2(width, ROW_HEIGHT));
            ui.spacing_mut().item_spacing.y = 0.0;
            ui.add(egui::Label::new(egui::RichText::new(&e.name).strong()).truncate());
            ui.horizontal(|ui| {
                if booths.is_empty() {
                    ui.weak(tr(lang, Key::Unplaced));
                }
                for b in booths.iter().filter_map(|b| plan.booth(*b)).take(4) {
                    ui.label(egui::RichText::new(&b.number).monospace());
                }
                if booths.len() > 4 {
                    ui.weak(format!("+{}", booths.len() - 4));
                }
                if let Some(size) = e.requested_size {
                    ui.weak(fill(lang, Key::RequestedSize, &[&size.w, &size.h]));
                }
                if let Some(s) = e.preferred_sector.and_then(|s| plan.sector(s)) {
                    ui.weak(&s.code).on_hover_text(lang.sector_name(s));
                }
                if e.first_launch {
                    ui.colored_label(
                        egui::Color32::from_rgb(200, 90, 0),
                        tr(lang, Key::FirstLaunchBadge),
                    );
                }
            });
        });
    });
    let rect = dragged.response.rect;
    if booths.is_empty() {
        dragged.response.on_hover_text(tr(lang, hint));
        return;
    }
    // A click (not a drag: that goes to the row below) selects the exhibitor's booths.
    let click = ui
        .interact(rect, id.with("select"), egui::Sense::click())
        .on_hover_text(tr(lang, hint));
    click.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            fill(lang, Key::SelectBoothsOf, &[&e.name]),
        )
    });
    if click.clicked() {
        let rects: Vec<_> = booths.iter().filter_map(|b| plan.booth(*b)).collect();
        intents.push(Intent::Select(rects.iter().map(|b| b.id).collect()));
        if let Some(area) = rects.iter().map(|b| b.rect).reduce(|a, b| a.union(&b)) {
            intents.push(Intent::Frame(frame_around(area)));
        }
    }
}
