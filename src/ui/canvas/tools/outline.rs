//! The outline tool: change a hall's walls. Drag a corner to move it, double-click a
//! wall to add a corner there, click a corner and press Delete to take it away, drag
//! inside a hall (away from its corners) to move the whole hall with what stands in it.
//! Booths the new walls would leave outside are shown red before release.

use super::{ToolCtx, ToolInput, ToolOutcome, preview};
use crate::edit::{self, snap_to_grid};
use crate::model::{HallId, Outline, Point};
use crate::text::{Lang, outline_error};
use crate::ui::canvas::paint::FloorPainter;
use crate::ui::canvas::style;
use egui::Stroke;

/// A drag under way.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Drag {
    /// Corner `k` of `hall`, now at `to`.
    Corner { hall: HallId, k: usize, to: Point },
    /// The whole hall, moved by `delta` from where it was grabbed.
    Hall {
        hall: HallId,
        grab: Point,
        delta: (f64, f64),
    },
}

/// The outline tool's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OutlineTool {
    /// The corner Delete would take away.
    chosen: Option<(HallId, usize)>,
    drag: Option<Drag>,
}

/// The hall corner within `reach` of `p`, nearest first.
fn corner_at(ctx: &ToolCtx<'_>, p: Point) -> Option<(HallId, usize)> {
    ctx.plan()
        .halls
        .iter()
        .flat_map(|h| {
            h.outline
                .corners()
                .iter()
                .enumerate()
                .map(move |(k, c)| (h.id, k, c.distance(p)))
        })
        .filter(|(.., d)| *d <= ctx.reach)
        .min_by(|a, b| a.2.total_cmp(&b.2))
        .map(|(h, k, _)| (h, k))
}

impl OutlineTool {
    /// Whether a corner or hall is being dragged.
    pub fn busy(&self) -> bool {
        self.drag.is_some()
    }

    /// The hall's outline as the drag would leave it.
    fn dragged_outline(&self, ctx: &ToolCtx<'_>) -> Option<(HallId, Result<Outline, String>)> {
        let plan = ctx.plan();
        match self.drag? {
            Drag::Corner { hall, k, to } => {
                let outline = plan.hall(hall)?.outline.with_corner_moved(k, to);
                Some((hall, outline.map_err(|e| outline_error(ctx.lang, &e))))
            }
            Drag::Hall { hall, delta, .. } => {
                let outline = plan.hall(hall)?.outline.translated(delta.0, delta.1);
                Some((
                    hall,
                    outline.ok_or_else(|| {
                        outline_error(ctx.lang, &crate::model::OutlineError::NoArea)
                    }),
                ))
            }
        }
    }

    /// Reads one frame of input.
    pub fn update(&mut self, ctx: &ToolCtx<'_>, input: &ToolInput) -> Option<ToolOutcome> {
        let plan = ctx.plan();
        if let Some(p) = input.pressed
            && self.drag.is_none()
        {
            if let Some((hall, k)) = corner_at(ctx, p) {
                self.chosen = Some((hall, k));
                let to = plan.hall(hall)?.outline.corners().get(k).copied()?;
                self.drag = Some(Drag::Corner { hall, k, to });
            } else if let Some(hall) = plan.hall_at(p) {
                self.drag = Some(Drag::Hall {
                    hall: hall.id,
                    grab: p,
                    delta: (0.0, 0.0),
                });
            }
            return None;
        }
        if let Some(drag) = &mut self.drag {
            let grid = plan.settings.grid_step_m;
            if let Some(p) = input.at {
                match drag {
                    Drag::Corner { to, .. } => *to = ctx.snap(p, &[]).at,
                    Drag::Hall { grab, delta, .. } => {
                        *delta = (
                            snap_to_grid(p.x - grab.x, grid),
                            snap_to_grid(p.y - grab.y, grid),
                        );
                    }
                }
            }
            if input.released || !input.dragging {
                let done = self.drag.take()?;
                let edit = match done {
                    Drag::Corner { hall, k, to } => {
                        let from = plan.hall(hall)?.outline.corners().get(k).copied()?;
                        if from == to {
                            return None;
                        }
                        edit::move_hall_corner(plan, hall, k, to)
                    }
                    Drag::Hall { hall, delta, .. } => {
                        if delta == (0.0, 0.0) {
                            return None;
                        }
                        edit::move_hall(plan, hall, delta.0, delta.1)
                    }
                };
                return Some(ToolOutcome::of(ctx.lang, edit));
            }
            return None;
        }
        if let Some(p) = input.clicked {
            self.chosen = corner_at(ctx, p);
            if input.double_clicked && self.chosen.is_none() {
                let wall = plan
                    .halls
                    .iter()
                    .filter_map(|h| h.outline.nearest_wall(p).map(|w| (h.id, w)))
                    .filter(|(_, w)| w.distance <= ctx.reach)
                    .min_by(|a, b| a.1.distance.total_cmp(&b.1.distance));
                if let Some((hall, w)) = wall {
                    self.chosen = Some((hall, w.wall + 1));
                    return Some(ToolOutcome::of(
                        ctx.lang,
                        edit::add_hall_corner(plan, hall, w.wall, w.at),
                    ));
                }
            }
        }
        None
    }

    /// Whether a corner is chosen (Delete then takes it away).
    pub fn has_chosen_corner(&self) -> bool {
        self.chosen.is_some()
    }

    /// Delete: takes the chosen corner away.
    pub fn delete(&mut self, ctx: &ToolCtx<'_>) -> Option<ToolOutcome> {
        let (hall, k) = self.chosen.take()?;
        Some(ToolOutcome::of(
            ctx.lang,
            edit::remove_hall_corner(ctx.plan(), hall, k),
        ))
    }

    /// Every hall's corners; while dragging, the new walls and the booths they would
    /// leave outside.
    pub fn paint(&self, ctx: &ToolCtx<'_>, floor: &FloorPainter<'_>) {
        let plan = ctx.plan();
        for hall in &plan.halls {
            for (k, c) in hall.outline.corners().iter().enumerate() {
                let color = if self.chosen == Some((hall.id, k)) {
                    style::WARNING
                } else {
                    style::SELECTED
                };
                preview::corner_mark(floor, floor.point(*c), color);
            }
        }
        let Some((id, outline)) = self.dragged_outline(ctx) else {
            return;
        };
        let Some(hall) = plan.hall(id) else {
            return;
        };
        match &outline {
            Ok(new) => {
                preview::shape(floor, new.corners(), true);
                let moving = matches!(self.drag, Some(Drag::Hall { .. }));
                if !moving {
                    let outside = plan
                        .booths
                        .iter()
                        .filter(|b| hall.outline.overlaps_rect(&b.rect))
                        .filter(|b| !new.contains_rect(&b.rect));
                    for booth in outside {
                        floor.fill(&booth.rect, style::ERROR_FILL);
                        floor.outline(&booth.rect, Stroke::new(2.0, style::ERROR));
                    }
                }
                if let Some(Drag::Corner { to, .. }) = self.drag {
                    preview::label(
                        floor,
                        to,
                        &crate::ui::status_bar::format_m2(new.area()),
                        style::SELECTED,
                    );
                }
            }
            Err(why) => {
                if let Some(Drag::Corner { hall: h, k, to }) = self.drag
                    && let Some(old) = plan.hall(h)
                {
                    let mut corners = old.outline.corners().to_vec();
                    if let Some(c) = corners.get_mut(k) {
                        *c = to;
                    }
                    preview::shape(floor, &corners, false);
                    preview::label(floor, to, why, style::ERROR);
                }
            }
        }
    }

    /// The status bar's hint.
    pub fn hint(&self, lang: Lang) -> String {
        match (self.drag, self.chosen) {
            (Some(Drag::Corner { .. }), _) => lang.pick(
                "Release to move the corner · Esc aborts",
                "松开即移动角点 · Esc 取消",
            ),
            (Some(Drag::Hall { .. }), _) => lang.pick(
                "Release to move the hall with everything in it · Esc aborts",
                "松开即连同馆内内容移动展馆 · Esc 取消",
            ),
            (None, Some(_)) => lang.pick(
                "Delete takes the chosen corner away · drag a corner to move it · double-click a wall to add one",
                "Delete 删除选中的角点 · 拖动角点移动 · 双击墙体添加角点",
            ),
            (None, None) => lang.pick(
                "Walls: drag a corner to move it · double-click a wall to add a corner · click a corner, then Delete · drag inside a hall to move it",
                "墙体：拖动角点移动 · 双击墙体添加角点 · 单击角点后按 Delete 删除 · 在馆内拖动可移动整个展馆",
            ),
        }
        .to_owned()
    }
}
