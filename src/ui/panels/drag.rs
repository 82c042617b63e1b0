//! A drag source that Esc cancels. `Ui::dnd_drag_source` puts its payload back every
//! frame while the button is held, so the Esc that egui's drag-and-drop handles only
//! lasts one frame; here a drag whose payload went away stays cancelled until release.

use egui::{Id, InnerResponse, Sense, Ui};
use std::any::Any;

/// Where a drag from one source stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DragState {
    /// The payload is being carried.
    Carrying,
    /// Esc was pressed: nothing is carried until the button is released.
    Cancelled,
}

/// Shows `add_contents` as something that can be dragged with `payload`; Esc during the
/// drag cancels it (the drop then does nothing).
pub fn drag_source<P, R>(
    ui: &mut Ui,
    id: Id,
    payload: P,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> InnerResponse<R>
where
    P: Any + Send + Sync,
{
    let ctx = ui.ctx().clone();
    let state_id = id.with("drag-state");
    if !ctx.is_being_dragged(id) {
        ctx.data_mut(|d| d.remove::<DragState>(state_id));
        return ui.dnd_drag_source(id, payload, add_contents);
    }
    let state = match ctx.data(|d| d.get_temp::<DragState>(state_id)) {
        None => DragState::Carrying,
        // egui's drag-and-drop dropped the payload on Esc at the start of this frame.
        Some(DragState::Carrying) if !egui::DragAndDrop::has_any_payload(&ctx) => {
            DragState::Cancelled
        }
        Some(state) => state,
    };
    ctx.data_mut(|d| d.insert_temp(state_id, state));
    match state {
        DragState::Carrying => {
            let dragged = ui.dnd_drag_source(id, payload, add_contents);
            // egui centres the carried copy on the pointer, hiding what it is dropped
            // on: hang it below-right of the pointer instead.
            let offset = dragged.response.rect.size() / 2.0 + egui::vec2(14.0, 16.0);
            ctx.transform_layer_shapes(
                egui::LayerId::new(egui::Order::Tooltip, id),
                egui::emath::TSTransform::from_translation(offset),
            );
            dragged
        }
        DragState::Cancelled => {
            let InnerResponse { inner, response } = ui.scope(add_contents);
            let drag = ui.interact(response.rect, id, Sense::drag());
            InnerResponse::new(inner, drag | response)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;

    #[test]
    fn escape_cancels_the_drag_until_release() {
        let mut h = Harness::new_ui_state(
            |ui, carried: &mut Vec<bool>| {
                drag_source(ui, Id::unique("source"), 7_u32, |ui| ui.label("drag me"));
                carried.push(egui::DragAndDrop::has_payload_of_type::<u32>(ui.ctx()));
            },
            Vec::new(),
        );
        h.run();
        let at = h.get_by_label("drag me").rect().center();
        h.drag_at(at);
        h.run();
        for dx in [10.0, 20.0, 30.0] {
            h.hover_at(at + egui::vec2(dx, 40.0));
            h.run();
        }
        assert_eq!(h.state().last(), Some(&true), "carried while dragging");
        h.key_press(egui::Key::Escape);
        h.run();
        h.hover_at(at + egui::vec2(40.0, 60.0));
        h.run();
        assert_eq!(
            h.state().last(),
            Some(&false),
            "still cancelled a frame later"
        );
        h.drop_at(at + egui::vec2(40.0, 60.0));
        h.run();
        h.state_mut().clear();
        h.drag_at(at);
        h.run();
        for dx in [10.0, 20.0] {
            h.hover_at(at + egui::vec2(dx, 40.0));
            h.run();
        }
        assert_eq!(h.state().last(), Some(&true), "the next drag carries again");
    }
}
