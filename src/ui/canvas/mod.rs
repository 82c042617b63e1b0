//! The floor canvas: shows the plan and turns pointer gestures into intents.

mod booth_looks;
pub mod exhibitor_drop;
mod gesture;
mod overlay;
mod paint;
mod problems;
pub mod style;
mod viewport;

pub use booth_looks::BoothLooks;
pub use gesture::Gesture;
pub use problems::ProblemMarks;
pub use style::ColorBy;
pub use viewport::Viewport;

use super::intent::{ExhibitorPayload, Intent, NewBoothPayload};
use crate::document::{Document, Selection};
use crate::edit::{self, Handle};
use crate::model::{Booth, BoothId, Item, Point, Rect};
use egui::{Key, PointerButton, Pos2, Sense, Stroke, Ui};
use paint::FloorPainter;

/// Pointer distance, in screen points, within which a resize handle is grabbed.
const HANDLE_REACH_PX: f32 = 7.0;
/// Pointer distance, in screen points, within which moves snap to nearby edges.
const SNAP_REACH_PX: f32 = 8.0;

/// The canvas's own state, kept between frames.
#[derive(Debug, Clone, Default)]
pub struct CanvasState {
    /// The camera.
    pub view: Viewport,
    /// The gesture in progress.
    pub gesture: Gesture,
    /// How booths are coloured.
    pub color_by: ColorBy,
    /// Frame this part of the floor at the next frame (zoom to fit, go to a booth).
    pub frame_request: Option<Rect>,
    /// Where the pointer is on the floor, if it is over the canvas.
    pub pointer_world: Option<Point>,
    /// The canvas on screen at the last frame.
    pub screen: Option<egui::Rect>,
    /// Where a dragged palette booth or exhibitor would land, if one is being dragged.
    pub drop_preview: Option<Rect>,
    /// What dropping the dragged exhibitor here would do and which rule it would break.
    pub exhibitor_drop: Option<exhibitor_drop::DropCheck>,
    /// Every booth's colours and place for the current revision and colouring.
    pub looks: BoothLooks,
}

impl CanvasState {
    /// Asks for the whole floor to be shown at the next frame.
    pub fn request_fit(&mut self, doc: &Document) {
        self.frame_request = doc.plan().extent();
    }

    /// Zooms about the canvas centre.
    pub fn zoom_center(&mut self, factor: f64) {
        if let Some(screen) = self.screen {
            self.view.zoom_at(screen, screen.center(), factor);
        }
    }
}

/// The booth under a world point: the smallest one when several overlap.
pub fn booth_at(doc: &Document, p: Point) -> Option<BoothId> {
    doc.index()
        .at_point(p)
        .filter_map(|item| match item {
            Item::Booth(id) => doc.plan().booth(id),
            Item::Obstacle(_) => None,
        })
        .min_by(|a, b| a.rect.area().total_cmp(&b.rect.area()))
        .map(|b| b.id)
}

/// Screen positions of the resize handles of a rectangle.
fn handle_positions(view: &Viewport, screen: egui::Rect, rect: &Rect) -> [(Handle, Pos2); 8] {
    let r = view.screen_rect_from_world(screen, rect);
    Handle::ALL.map(|h| {
        let x = match h.x {
            -1 => r.left(),
            1 => r.right(),
            _ => r.center().x,
        };
        let y = match h.y {
            -1 => r.top(),
            1 => r.bottom(),
            _ => r.center().y,
        };
        (h, Pos2::new(x, y))
    })
}

/// The single selected booth whose handles are shown, if it can be resized.
fn resizable_booth<'a>(doc: &'a Document, selection: &Selection) -> Option<&'a Booth> {
    match selection.iter().collect::<Vec<_>>().as_slice() {
        [one] => doc.plan().booth(**one).filter(|b| !b.locked),
        _ => None,
    }
}

/// Whether `rect` would sit on another booth (not one of `moving`) or an obstacle.
fn collides(doc: &Document, rect: &Rect, moving: &[BoothId]) -> bool {
    doc.index().touching(rect).any(|(item, other)| {
        !matches!(item, Item::Booth(id) if moving.contains(&id)) && rect.overlaps(&other)
    })
}

/// Shows the canvas and returns what the planner asked for.
pub fn show(
    ui: &mut Ui,
    doc: &Document,
    selection: &Selection,
    marks: &ProblemMarks,
    state: &mut CanvasState,
) -> Vec<Intent> {
    let (screen, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
    state.screen = Some(screen);
    if let Some(world) = state.frame_request.take() {
        state.view.fit(screen, &world, 24.0);
    }
    let mut intents = Vec::new();
    navigate(ui, &response, screen, state);
    let pointer = response.hover_pos();
    state.pointer_world = pointer.map(|p| state.view.world_from_screen(screen, p));

    interact(ui, &response, screen, doc, selection, state, &mut intents);
    drop_targets(ui, &response, screen, doc, state, &mut intents);

    let Some(visible) = state.view.visible_world(screen) else {
        return intents;
    };
    let painter = ui.painter_at(screen);
    let floor = FloorPainter {
        painter: &painter,
        screen,
        view: state.view,
        plan: doc.plan(),
    };
    floor.paint_base(&visible);
    let (booths, obstacles) = visible_items(doc, &visible);
    floor.paint_obstacles(&obstacles);
    floor.paint_exits(&marks.blocked_exits);
    state.looks.refresh(doc, marks, state.color_by);
    let previewed = state.gesture.previewed_ids();
    paint_booth_fills(&floor, doc, &state.looks, &booths, &previewed);

    // Everything over the booths goes through a painter clipped half a point inside the
    // canvas: egui batches shapes by clip rectangle, so the booth mesh closes its batch
    // and is copied once when tessellated, not regrown by every shape drawn after it.
    let painter = painter.with_clip_rect(screen.shrink(0.5));
    let floor = FloorPainter {
        painter: &painter,
        ..floor
    };
    marks.paint(&floor);
    paint_booth_labels(&floor, doc, &state.looks, &booths);
    paint_selection(&floor, doc, selection, state);
    paint_gesture(&floor, doc, state);
    overlay::paint_legend(&painter, screen, doc.plan());
    overlay::paint_scale_bar(&painter, screen, &state.view);

    if matches!(state.gesture, Gesture::Idle)
        && let Some(world) = state.pointer_world
        && let Some(id) = booth_at(doc, world)
        && let Some(booth) = doc.plan().booth(id)
    {
        let r = state.view.screen_rect_from_world(screen, &booth.rect);
        painter.rect_stroke(
            r,
            0.0,
            Stroke::new(1.5, style::HOVERED),
            egui::StrokeKind::Outside,
        );
        response.on_hover_ui_at_pointer(|ui| super::tooltip::booth_details(ui, doc, booth));
    }
    intents
}

/// The booths in view, as one mesh; those in `previewed` (sorted) are left out: the
/// gesture draws them where they would go.
fn paint_booth_fills(
    floor: &FloorPainter<'_>,
    doc: &Document,
    looks: &BoothLooks,
    booths: &VisibleBooths<'_>,
    previewed: &[BoothId],
) {
    let plan = doc.plan();
    let shown = |b: &Booth| previewed.is_empty() || previewed.binary_search(&b.id).is_err();
    match booths {
        VisibleBooths::All => {
            let all = looks.on_screen(&floor.view, floor.screen);
            if previewed.is_empty() {
                floor.paint_booths(all.map(|(_, r, look)| (r, look)));
            } else {
                let shown_at = |i: usize| plan.booths.get(i).is_some_and(shown);
                floor.paint_booths(all.filter(|(i, ..)| shown_at(*i)).map(|(_, r, l)| (r, l)));
            }
        }
        VisibleBooths::Some(list) => floor.paint_booths(
            list.iter()
                .filter(|b| shown(b))
                .map(|b| (floor.to_screen(&b.rect), looks.of(plan, b))),
        ),
    }
}

/// The labels of the booths in view that are big enough on screen to carry one; none at
/// all, without looking at any booth, at a zoom where even the largest is too small.
fn paint_booth_labels(
    floor: &FloorPainter<'_>,
    doc: &Document,
    looks: &BoothLooks,
    booths: &VisibleBooths<'_>,
) {
    if !floor.labels_possible(looks.largest_m()) {
        return;
    }
    let plan = doc.plan();
    match booths {
        VisibleBooths::All => floor.paint_labels(
            looks
                .on_screen(&floor.view, floor.screen)
                .filter(|(_, r, _)| FloorPainter::label_fits(r))
                .filter_map(|(i, r, _)| plan.booths.get(i).map(|b| (b, r))),
        ),
        VisibleBooths::Some(list) => {
            floor.paint_labels(list.iter().map(|b| (*b, floor.to_screen(&b.rect))))
        }
    }
}

/// The booths in view.
enum VisibleBooths<'a> {
    /// The whole floor is in view: every booth, in the order of `plan.booths`.
    All,
    /// The booths the spatial index found in view.
    Some(Vec<&'a Booth>),
}

/// The booths and obstacles in view. When the whole floor is in view the plan's lists
/// are taken as they are (no index query, no lookups); otherwise the spatial index finds
/// them, so the cost follows what is on screen, not the size of the plan.
fn visible_items<'a>(doc: &'a Document, visible: &Rect) -> (VisibleBooths<'a>, Vec<Item>) {
    let plan = doc.plan();
    if plan.extent().is_some_and(|e| visible.contains_rect(&e)) {
        let obstacles = plan
            .obstacles
            .iter()
            .map(|o| Item::Obstacle(o.id))
            .collect();
        return (VisibleBooths::All, obstacles);
    }
    let mut booths = Vec::new();
    let mut obstacles = Vec::new();
    for (item, _) in doc.index().touching(visible) {
        match item {
            Item::Booth(id) => booths.extend(plan.booth(id)),
            Item::Obstacle(_) => obstacles.push(item),
        }
    }
    (VisibleBooths::Some(booths), obstacles)
}

/// Wheel zoom about the pointer; pan with the middle or right button or with space held.
fn navigate(ui: &Ui, response: &egui::Response, screen: egui::Rect, state: &mut CanvasState) {
    let space = ui.input(|i| i.key_down(Key::Space));
    let panning = response.dragged_by(PointerButton::Middle)
        || response.dragged_by(PointerButton::Secondary)
        || (space && response.dragged_by(PointerButton::Primary));
    if panning {
        if matches!(state.gesture, Gesture::Idle) {
            state.gesture = Gesture::Panning;
        }
        if matches!(state.gesture, Gesture::Panning) {
            state.view.pan(response.drag_delta());
        }
    } else if matches!(state.gesture, Gesture::Panning) {
        state.gesture = Gesture::Idle;
    }
    if let Some(pos) = response.hover_pos() {
        let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
        let factor = f64::from(zoom) * (f64::from(scroll) * 0.002).exp();
        if (factor - 1.0).abs() > 1e-6 {
            state.view.zoom_at(screen, pos, factor);
        }
    }
}

/// Clicks, drags of booths and handles, and the selection rectangle.
fn interact(
    ui: &Ui,
    response: &egui::Response,
    screen: egui::Rect,
    doc: &Document,
    selection: &Selection,
    state: &mut CanvasState,
    intents: &mut Vec<Intent>,
) {
    let shift = ui.input(|i| i.modifiers.shift);
    let grid = doc.plan().settings.grid_step_m;
    if state.gesture.is_active()
        && !matches!(state.gesture, Gesture::Panning | Gesture::Cancelled)
        && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Escape))
    {
        state.gesture = Gesture::Cancelled;
    }
    if response.clicked() {
        let hit = state
            .pointer_world
            .or_else(|| {
                response
                    .interact_pointer_pos()
                    .map(|p| state.view.world_from_screen(screen, p))
            })
            .and_then(|p| booth_at(doc, p));
        let mut next = if shift {
            selection.clone()
        } else {
            Selection::new()
        };
        if let Some(id) = hit
            && !(shift && next.remove(&id))
        {
            next.insert(id);
        }
        if next != *selection {
            intents.push(Intent::Select(next));
        }
    }
    if response.drag_started_by(PointerButton::Primary) && matches!(state.gesture, Gesture::Idle) {
        let Some(origin) = ui.input(|i| i.pointer.press_origin()) else {
            return;
        };
        let grab = state.view.world_from_screen(screen, origin);
        state.gesture = start_drag(doc, selection, state, screen, origin, grab, shift, intents);
    }
    let Some(pos) = ui.input(|i| i.pointer.interact_pos()) else {
        return;
    };
    let here = state.view.world_from_screen(screen, pos);
    let snap_reach = state.view.metres(SNAP_REACH_PX);
    match &mut state.gesture {
        Gesture::Moving {
            ids,
            bbox,
            grab,
            delta,
        } => {
            let raw = (here.x - grab.x, here.y - grab.y);
            *delta = edit::snap_move(doc.index(), ids, *bbox, raw, grid, snap_reach);
        }
        Gesture::Resizing {
            handle,
            original,
            grab,
            preview,
            ..
        } => {
            let raw = (here.x - grab.x, here.y - grab.y);
            if let Some(r) = edit::snap_resize(*original, *handle, raw, grid) {
                *preview = r;
            }
        }
        Gesture::Marquee { end, .. } => *end = here,
        _ => {}
    }
    if response.drag_stopped() || !ui.input(|i| i.pointer.any_down()) {
        finish_drag(doc, selection, state, intents);
    }
}

/// Decides what a primary drag starting at `grab` does.
#[allow(clippy::too_many_arguments)]
fn start_drag(
    doc: &Document,
    selection: &Selection,
    state: &CanvasState,
    screen: egui::Rect,
    origin: Pos2,
    grab: Point,
    shift: bool,
    intents: &mut Vec<Intent>,
) -> Gesture {
    if let Some(booth) = resizable_booth(doc, selection) {
        let handles = handle_positions(&state.view, screen, &booth.rect);
        if let Some((handle, _)) = handles
            .iter()
            .find(|(_, p)| p.distance(origin) <= HANDLE_REACH_PX)
        {
            return Gesture::Resizing {
                id: booth.id,
                handle: *handle,
                original: booth.rect,
                grab,
                preview: booth.rect,
            };
        }
    }
    match booth_at(doc, grab) {
        Some(id) => {
            let mut moving = selection.clone();
            if !moving.contains(&id) {
                moving = if shift { moving } else { Selection::new() };
                moving.insert(id);
                intents.push(Intent::Select(moving.clone()));
            }
            let booths: Vec<&Booth> = moving
                .iter()
                .filter_map(|id| doc.plan().booth(*id))
                .filter(|b| !b.locked)
                .collect();
            let Some(bbox) = booths.iter().map(|b| b.rect).reduce(|a, b| a.union(&b)) else {
                return Gesture::Cancelled;
            };
            Gesture::Moving {
                ids: booths.iter().map(|b| b.id).collect(),
                bbox,
                grab,
                delta: (0.0, 0.0),
            }
        }
        None => Gesture::Marquee {
            start: grab,
            end: grab,
            additive: shift,
        },
    }
}

/// Ends a drag: one edit for a move or resize, a new selection for a rectangle.
fn finish_drag(
    doc: &Document,
    selection: &Selection,
    state: &mut CanvasState,
    intents: &mut Vec<Intent>,
) {
    match std::mem::take(&mut state.gesture) {
        Gesture::Moving { ids, delta, .. } => {
            if let Some(edit) = edit::move_booths(doc.plan(), &ids, delta.0, delta.1) {
                intents.push(Intent::Apply {
                    edit,
                    selection_after: selection.clone(),
                });
            }
        }
        Gesture::Resizing { id, preview, .. } => {
            if let Some(edit) = edit::set_booth_rect(doc.plan(), id, preview, "resize") {
                intents.push(Intent::Apply {
                    edit,
                    selection_after: selection.clone(),
                });
            }
        }
        Gesture::Marquee {
            start,
            end,
            additive,
        } => {
            let mut next = if additive {
                selection.clone()
            } else {
                Selection::new()
            };
            if let Some(area) = Rect::from_corners(start, end) {
                next.extend(doc.index().booths_touching(&area).filter(|id| {
                    doc.plan()
                        .booth(*id)
                        .is_some_and(|b| area.contains_rect(&b.rect))
                }));
            }
            intents.push(Intent::Select(next));
        }
        Gesture::Panning => state.gesture = Gesture::Panning,
        Gesture::Idle | Gesture::Cancelled => {}
    }
}

/// Booth templates dragged from the palette: a preview while hovering, a new booth on
/// release. Exhibitors dragged from the list or a booth: the booth under the pointer or
/// the would-be new booth, coloured by the worst rule the drop would break, and one edit
/// on release.
fn drop_targets(
    ui: &Ui,
    response: &egui::Response,
    screen: egui::Rect,
    doc: &Document,
    state: &mut CanvasState,
    intents: &mut Vec<Intent>,
) {
    state.drop_preview = None;
    state.exhibitor_drop = None;
    let Some(pos) = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|p| screen.contains(*p))
    else {
        return;
    };
    let at = state.view.world_from_screen(screen, pos);
    let placed = |size: &NewBoothPayload| {
        let grid = doc.plan().settings.grid_step_m;
        let x = edit::snap_to_grid(at.x - size.w / 2.0, grid);
        let y = edit::snap_to_grid(at.y - size.h / 2.0, grid);
        Rect::new(x, y, size.w, size.h).ok()
    };
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
        let fallback = doc.plan().sectors.first().map(|s| s.id);
        if let Some(fallback) = fallback {
            let (edit, id) = edit::add_booth(doc.plan(), rect, fallback);
            intents.push(Intent::Apply {
                edit,
                selection_after: Selection::from([id]),
            });
        }
    }
    let lang = super::i18n::Lang::of(ui.ctx());
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

/// Selection outlines and, for one booth, its resize handles.
fn paint_selection(
    floor: &FloorPainter<'_>,
    doc: &Document,
    selection: &Selection,
    state: &CanvasState,
) {
    for id in selection {
        if let Some(b) = doc.plan().booth(*id) {
            let rect = state.gesture.preview_rect(*id, &b.rect).unwrap_or(b.rect);
            floor.outline(&rect, Stroke::new(2.5, style::SELECTED));
        }
    }
    if let Some(booth) = resizable_booth(doc, selection)
        && !matches!(state.gesture, Gesture::Moving { .. })
    {
        let rect = state
            .gesture
            .preview_rect(booth.id, &booth.rect)
            .unwrap_or(booth.rect);
        for (_, p) in handle_positions(&state.view, floor.screen, &rect) {
            let r = egui::Rect::from_center_size(p, egui::vec2(7.0, 7.0));
            floor.painter.rect_filled(r, 1.0, egui::Color32::WHITE);
            floor.painter.rect_stroke(
                r,
                1.0,
                Stroke::new(1.5, style::SELECTED),
                egui::StrokeKind::Middle,
            );
        }
    }
}

/// The preview of a move, resize, selection rectangle or drop: red where it would land
/// on another booth or an obstacle.
fn paint_gesture(floor: &FloorPainter<'_>, doc: &Document, state: &CanvasState) {
    let moving: &[BoothId] = match &state.gesture {
        Gesture::Moving { ids, .. } => ids,
        Gesture::Resizing { id, .. } => std::slice::from_ref(id),
        _ => &[],
    };
    let previews: Vec<(&Booth, Rect)> = moving
        .iter()
        .filter_map(|id| doc.plan().booth(*id))
        .filter_map(|b| state.gesture.preview_rect(b.id, &b.rect).map(|r| (b, r)))
        .collect();
    let preview_booths: Vec<Booth> = previews
        .iter()
        .map(|(b, r)| Booth {
            rect: *r,
            ..(*b).clone()
        })
        .collect();
    floor.paint_booths(
        preview_booths
            .iter()
            .map(|b| (floor.to_screen(&b.rect), state.looks.of(doc.plan(), b))),
    );
    floor.paint_labels(preview_booths.iter().map(|b| (b, floor.to_screen(&b.rect))));
    for (_, rect) in &previews {
        if collides(doc, rect, moving) {
            floor.fill(rect, style::ERROR_FILL);
            floor.outline(rect, Stroke::new(2.5, style::ERROR));
        }
    }
    if let Gesture::Marquee { start, end, .. } = state.gesture
        && let Some(area) = Rect::from_corners(start, end)
    {
        floor.fill(&area, style::MARQUEE_FILL);
        floor.outline(&area, Stroke::new(1.0, style::SELECTED));
    }
    if let Some(check) = &state.exhibitor_drop {
        exhibitor_drop::paint(floor, check);
    }
    if let Some(rect) = state.drop_preview {
        let bad = collides(doc, &rect, &[]);
        floor.fill(
            &rect,
            if bad {
                style::ERROR_FILL
            } else {
                style::MARQUEE_FILL
            },
        );
        floor.outline(
            &rect,
            Stroke::new(2.0, if bad { style::ERROR } else { style::SELECTED }),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{GenerateOptions, generate};

    /// Culling never drops a booth that is on screen: at several zooms and pans, every
    /// booth that overlaps the visible floor is among the ones drawn.
    #[test]
    fn culling_keeps_every_booth_on_screen() {
        let plan = generate(&GenerateOptions {
            booths: Some(5_000),
            ..GenerateOptions::default()
        });
        let doc = Document::new(plan, None);
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1920.0, 1080.0));
        let extent = doc.plan().extent().unwrap();
        let mut view = Viewport::default();
        view.fit(screen, &extent, 24.0);
        let fit_scale = view.scale;
        for zoom in [1.0, 3.0, 20.0, 150.0] {
            for (fx, fy) in [(0.5, 0.5), (0.1, 0.2), (0.9, 0.7), (0.33, 0.95)] {
                view.scale = fit_scale * zoom;
                view.center =
                    Point::new(extent.x() + extent.w() * fx, extent.y() + extent.h() * fy);
                let visible = view.visible_world(screen).unwrap();
                let drawn: std::collections::HashSet<BoothId> =
                    match visible_items(&doc, &visible).0 {
                        VisibleBooths::All => doc.plan().booths.iter().map(|b| b.id).collect(),
                        VisibleBooths::Some(list) => list.iter().map(|b| b.id).collect(),
                    };
                let expected: Vec<BoothId> = doc
                    .plan()
                    .booths
                    .iter()
                    .filter(|b| b.rect.overlaps(&visible))
                    .map(|b| b.id)
                    .collect();
                assert!(!expected.is_empty() || zoom > 1.0);
                for id in expected {
                    assert!(
                        drawn.contains(&id),
                        "{id} on screen but not drawn (zoom {zoom}, at {fx},{fy})"
                    );
                }
            }
        }
    }
}
