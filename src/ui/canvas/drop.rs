//! Drops on the canvas. A booth template dragged from the palette is previewed where it
//! would land and becomes a booth on release, in the sector under its centre; outside
//! every hall or sector the preview is red and nothing is made. On another booth or an
//! obstacle it is red too but made (as an exhibitor drop is): the rules flag it and the
//! planner moves it clear.
//! An exhibitor dragged from the list or a booth is checked by [`exhibitor_drop`].

use super::paint::FloorPainter;
use super::tools::select::collides;
use super::{CanvasFrame, CanvasState, exhibitor_drop, style};
use crate::document::{Document, Selection};
use crate::edit;
use crate::model::{Rect, SectorId};
use crate::ui::i18n::{Key, Lang, tr};
use crate::ui::intent::{ExhibitorPayload, Intent, NewBoothPayload};
use egui::Stroke;

/// The sector a new booth at `rect` would go to, or why it cannot stand there.
pub fn template_target(doc: &Document, rect: &Rect) -> Result<SectorId, Key> {
    let plan = doc.plan();
    if plan.hall_containing(rect).is_none() {
        return Err(Key::DropOutsideHall);
    }
    let Some(sector) = plan.sector_at(rect.center()) else {
        return Err(Key::DropOutsideSectors);
    };
    Ok(sector.id)
}

/// Booth templates from the palette and exhibitors from the list: the preview while
/// hovering, one edit (or a refusal) on release.
pub fn drop_targets(frame: &CanvasFrame<'_>, state: &mut CanvasState, intents: &mut Vec<Intent>) {
    let (ui, response, doc) = (frame.ui, frame.response, frame.doc);
    state.drop_preview = None;
    state.exhibitor_drop = None;
    let Some(pos) = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|p| frame.screen.contains(*p))
    else {
        return;
    };
    let at = frame.world(&state.view, pos);
    let placed = |size: &NewBoothPayload| {
        let grid = doc.plan().settings.grid_step_m;
        let x = edit::snap_to_grid(at.x - size.w / 2.0, grid);
        let y = edit::snap_to_grid(at.y - size.h / 2.0, grid);
        Rect::new(x, y, size.w, size.h).ok()
    };
    let lang = Lang::of(ui.ctx());
    // Taking a payload on release takes it whatever its type: ask only for the type
    // that is being dragged.
    let template = egui::DragAndDrop::has_payload_of_type::<NewBoothPayload>(ui.ctx());
    let exhibitor = egui::DragAndDrop::has_payload_of_type::<ExhibitorPayload>(ui.ctx());
    if let Some(payload) = response.dnd_hover_payload::<NewBoothPayload>() {
        state.drop_preview = placed(&payload);
    }
    if template
        && let Some(payload) = response.dnd_release_payload::<NewBoothPayload>()
        && let Some(rect) = placed(&payload)
    {
        match template_target(doc, &rect) {
            Ok(sector) => {
                let (edit, id) = edit::add_booth(doc.plan(), rect, sector);
                intents.push(Intent::Apply {
                    edit,
                    selection_after: Selection::from([id]),
                });
            }
            Err(why) => {
                state.refusal = Some((tr(lang, why).to_owned(), at));
                intents.push(Intent::Refused(tr(lang, why).to_owned()));
            }
        }
    }
    if let Some(payload) = response.dnd_hover_payload::<ExhibitorPayload>() {
        state.exhibitor_drop = exhibitor_drop::check(doc, &payload, at, lang);
    }
    if exhibitor
        && let Some(payload) = response.dnd_release_payload::<ExhibitorPayload>()
        && let Some(check) = exhibitor_drop::check(doc, &payload, at, lang)
        && let Some((edit, selection_after)) = exhibitor_drop::drop_edit(doc, &payload, &check)
    {
        intents.push(Intent::Apply {
            edit,
            selection_after,
        });
    }
}

/// The drop previews: the exhibitor drop's verdict, the palette booth in blue or, where
/// it cannot go, red with the reason.
pub fn paint_drops(floor: &FloorPainter<'_>, doc: &Document, state: &CanvasState) {
    if let Some(check) = &state.exhibitor_drop {
        exhibitor_drop::paint(floor, check);
    }
    let Some(rect) = state.drop_preview else {
        return;
    };
    let target = template_target(doc, &rect);
    let why = match target {
        Err(why) => Some(why),
        Ok(_) if collides(doc, &rect, &[]) => Some(Key::DropOnBooth),
        Ok(_) => None,
    };
    let (fill, stroke) = match why {
        None => (style::MARQUEE_FILL, style::SELECTED),
        Some(_) => (style::ERROR_FILL, style::ERROR),
    };
    floor.fill(&rect, fill);
    floor.outline(&rect, Stroke::new(2.0, stroke));
    if let Some(why) = why {
        let lang = Lang::of(floor.painter.ctx());
        super::tools::paint_refusal(floor, rect.max(), tr(lang, why));
    }
}
