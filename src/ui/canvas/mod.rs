//! The floor canvas: shows the plan and turns pointer gestures into intents. What the
//! pointer does depends on the active tool (see [`tools`]); painting is in `paint`, drops
//! from the palette and the exhibitor list in `drop`.

mod booth_looks;
mod drop;
pub mod exhibitor_drop;
mod gesture;
mod overlay;
mod paint;
mod problems;
pub mod style;
pub mod tools;
mod underlay;
mod viewport;

pub use booth_looks::BoothLooks;
pub use gesture::Gesture;
pub use problems::ProblemMarks;
pub use style::ColorBy;
pub use tools::select::booth_at;
pub use tools::{ActiveTool, ToolKind, ToolOptions};
pub use viewport::Viewport;

use super::intent::Intent;
use crate::document::{Document, Selection};
use crate::model::{Booth, BoothId, Item, Point, Rect};
use egui::{Key, PointerButton, Pos2, Sense, Stroke, Ui};
use paint::FloorPainter;
pub use tools::ToolOutcome;
use tools::{ToolCtx, ToolInput};

/// Zoom per point of wheel scrolling (egui scrolls about 50 points a notch).
const WHEEL_ZOOM_PER_POINT: f64 = 0.0045;
/// Snapping reach of the venue tools, in screen points.
const TOOL_SNAP_PX: f32 = 9.0;

/// The canvas's own state, kept between frames.
#[derive(Debug, Clone, Default)]
pub struct CanvasState {
    /// The camera.
    pub view: Viewport,
    /// The select tool's gesture in progress.
    pub gesture: Gesture,
    /// The active tool and its gesture.
    pub tool: ActiveTool,
    /// The tools' settings (sector to paint, column spacing, door width, …).
    pub tool_options: ToolOptions,
    /// Why the last tool gesture changed nothing, and where, shown on the floor until the
    /// next gesture.
    pub refusal: Option<(String, Point)>,
    /// How booths are coloured.
    pub color_by: ColorBy,
    /// The sector legend is folded to its title.
    pub legend_collapsed: bool,
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
    /// The boxes of the underlay's lines, for culling.
    pub underlay: underlay::UnderlayIndex,
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

    /// Whether a drag or a drawing is under way (Esc then aborts it and bare-key
    /// shortcuts wait).
    pub fn busy(&self) -> bool {
        self.gesture.is_active() || self.tool.busy()
    }

    /// Makes `kind` the active tool, aborting any gesture of the previous one.
    pub fn use_tool(&mut self, kind: ToolKind) {
        self.tool = ActiveTool::new(kind);
        self.gesture = Gesture::Idle;
        self.refusal = None;
    }

    /// The tools' view of the document at the current zoom.
    pub fn tool_ctx<'a>(&'a self, doc: &'a Document, lang: crate::text::Lang) -> ToolCtx<'a> {
        ToolCtx {
            doc,
            reach: self.view.metres(TOOL_SNAP_PX),
            options: &self.tool_options,
            lang,
        }
    }
}

/// What one frame of the canvas works with: the widget, the document and selection.
pub struct CanvasFrame<'a> {
    /// The canvas's `Ui`.
    pub ui: &'a Ui,
    /// The canvas widget's response this frame.
    pub response: &'a egui::Response,
    /// The canvas on screen.
    pub screen: egui::Rect,
    /// The open document.
    pub doc: &'a Document,
    /// The selected booths.
    pub selection: &'a Selection,
}

impl CanvasFrame<'_> {
    /// The floor point under a screen position.
    pub fn world(&self, view: &Viewport, pos: Pos2) -> Point {
        view.world_from_screen(self.screen, pos)
    }
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
        let area = overlay::fit_area(screen, doc.plan(), state.legend_collapsed, &world);
        state.view.fit_within(screen, area, &world, 24.0);
        // The status bar was drawn before this: show the new zoom there next frame.
        ui.ctx().request_repaint();
    }
    // Moving the pointer onto the floor hands the keyboard back to the canvas: a key
    // pressed over the floor is a shortcut, not more text for the field last typed in.
    if response.hovered()
        && ui.input(|i| i.pointer.delta() != egui::Vec2::ZERO)
        && ui.ctx().egui_wants_keyboard_input()
    {
        ui.ctx().memory_mut(|m| m.stop_text_input());
    }
    // Only the legend's title row folds it: the rest of it lies over floor a tool may
    // be drawing on.
    let legend = overlay::legend_rect(screen, doc.plan(), state.legend_collapsed)
        .map(|r| egui::Rect::from_min_size(r.min, egui::vec2(r.width(), 20.0)));
    let on_legend = legend.is_some_and(|r| response.hover_pos().is_some_and(|p| r.contains(p)));
    if on_legend && response.clicked() {
        state.legend_collapsed = !state.legend_collapsed;
    }
    let mut intents = Vec::new();
    navigate(ui, &response, screen, state);
    let pointer = response.hover_pos();
    state.pointer_world = pointer.map(|p| state.view.world_from_screen(screen, p));
    let frame = CanvasFrame {
        ui,
        response: &response,
        screen,
        doc,
        selection,
    };
    let lang = crate::ui::i18n::Lang::of(ui.ctx());
    if state.busy()
        && !matches!(state.gesture, Gesture::Panning | Gesture::Cancelled)
        && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Escape))
    {
        if state.gesture.is_active() {
            state.gesture = Gesture::Cancelled;
        }
        state.tool.cancel();
    }
    let legend_click = on_legend && response.clicked();
    if !legend_click {
        match state.tool.kind() {
            ToolKind::Select => tools::select::interact(&frame, state, &mut intents),
            ToolKind::Hall
            | ToolKind::Outline
            | ToolKind::Region
            | ToolKind::Columns
            | ToolKind::Obstacle
            | ToolKind::Exit
            | ToolKind::Measure => use_tool(&frame, state, lang, &mut intents),
        }
    }
    drop::drop_targets(&frame, state, &mut intents);

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
    state.underlay.refresh(doc);
    state.underlay.paint(&floor, &visible);
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
    tools::select::paint_selection(&floor, doc, selection, state);
    tools::select::paint_gesture(&floor, doc, state);
    drop::paint_drops(&floor, doc, state);
    state.tool.paint(&state.tool_ctx(doc, lang), &floor);
    if let Some((why, at)) = &state.refusal {
        tools::paint_refusal(&floor, *at, why);
    }
    let title = lang.pick("Sectors", "展区");
    overlay::paint_legend(&painter, screen, doc.plan(), state.legend_collapsed, title);
    overlay::paint_scale_bar(&painter, screen, &state.view);

    if matches!(state.gesture, Gesture::Idle)
        && matches!(state.tool, ActiveTool::Select)
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

/// The pointer and keys of this frame, in metres, for a venue tool.
fn tool_input(frame: &CanvasFrame<'_>, state: &CanvasState) -> ToolInput {
    let (ui, response) = (frame.ui, frame.response);
    let space = ui.input(|i| i.key_down(Key::Space));
    let world = |p: Pos2| frame.world(&state.view, p);
    let busy = state.tool.busy();
    let key = |key: Key| busy && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key));
    ToolInput {
        at: ui
            .input(|i| i.pointer.interact_pos())
            .or_else(|| response.hover_pos())
            .map(world),
        pressed: (response.drag_started_by(PointerButton::Primary) && !space)
            .then(|| ui.input(|i| i.pointer.press_origin()))
            .flatten()
            .map(world),
        dragging: response.dragged_by(PointerButton::Primary) && !space,
        released: response.drag_stopped_by(PointerButton::Primary),
        clicked: response
            .clicked()
            .then(|| response.interact_pointer_pos())
            .flatten()
            .map(world),
        double_clicked: response.double_clicked(),
        enter: key(Key::Enter),
        backspace: key(Key::Backspace),
    }
}

/// Hands this frame's input to the active venue tool and turns its outcome into intents.
fn use_tool(
    frame: &CanvasFrame<'_>,
    state: &mut CanvasState,
    lang: crate::text::Lang,
    intents: &mut Vec<Intent>,
) {
    let input = tool_input(frame, state);
    if input.pressed.is_some() || input.clicked.is_some() {
        state.refusal = None;
    }
    let mut tool = std::mem::take(&mut state.tool);
    let outcome = tool.update(&state.tool_ctx(frame.doc, lang), &input);
    state.tool = tool;
    match outcome {
        Some(ToolOutcome::Apply(edit)) => intents.push(Intent::Apply {
            edit,
            selection_after: frame.selection.clone(),
        }),
        Some(ToolOutcome::Refused(why)) => {
            let at = input
                .clicked
                .or(input.at)
                .or(state.pointer_world)
                .unwrap_or(state.view.center);
            state.refusal = Some((why.clone(), at));
            intents.push(Intent::Refused(why));
        }
        None => {}
    }
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
        // About ×1.25 a wheel notch: a dozen notches from a Canton-size floor to one hall.
        let factor = f64::from(zoom) * (f64::from(scroll) * WHEEL_ZOOM_PER_POINT).exp();
        if (factor - 1.0).abs() > 1e-6 {
            state.view.zoom_at(screen, pos, factor);
        }
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
