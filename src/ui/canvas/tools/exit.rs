//! The exit tool: a door on a hall wall. Hover a wall to see the door of the toolbar's
//! width and its clear zone; click to place it, or press on the wall and drag along it
//! to give the width by hand. Red where it would not fit or would overlap another door.

use super::{ToolCtx, ToolInput, ToolOutcome, preview};
use crate::edit;
use crate::model::{Exit, ExitId, Hall, HallId, Point};
use crate::text::{Lang, venue_error};
use crate::ui::canvas::paint::FloorPainter;
use crate::ui::canvas::style;
use egui::Stroke;

/// How far from a wall, in snapping reaches, the pointer still picks it.
const WALL_PICK_REACHES: f64 = 3.0;

/// A door on a wall: where it would go.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Door {
    hall: HallId,
    wall: usize,
    /// Centre, metres from the wall's first corner.
    along: f64,
    width: f64,
}

/// The exit tool's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExitTool {
    hover: Option<Point>,
    /// A drag along a wall: the wall and where on it the drag started.
    drag: Option<(HallId, usize, f64)>,
}

/// The wall nearest `p` within reach: hall, wall and metres along it.
fn wall_at(ctx: &ToolCtx<'_>, p: Point) -> Option<(HallId, usize, f64)> {
    ctx.plan()
        .halls
        .iter()
        .filter_map(|h| h.outline.nearest_wall(p).map(|w| (h.id, w)))
        .filter(|(_, w)| w.distance <= ctx.reach * WALL_PICK_REACHES)
        .min_by(|a, b| a.1.distance.total_cmp(&b.1.distance))
        .map(|(h, w)| (h, w.wall, w.along))
}

/// Metres along `wall` of `hall` nearest `p` (unclamped walls are not wanted: clamped).
fn along_wall(hall: &Hall, wall: usize, p: Point) -> Option<f64> {
    let (a, b) = hall.outline.wall(wall)?;
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length = (dx * dx + dy * dy).sqrt();
    let t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / (length * length);
    Some(t.clamp(0.0, 1.0) * length)
}

/// The grid step along the wall, so doors land on round distances.
fn snapped(ctx: &ToolCtx<'_>, along: f64) -> f64 {
    edit::snap_to_grid(along, ctx.plan().settings.grid_step_m / 2.0)
}

impl ExitTool {
    /// Whether a width is being dragged.
    pub fn busy(&self) -> bool {
        self.drag.is_some()
    }

    /// The door the tool would place now.
    fn door(&self, ctx: &ToolCtx<'_>) -> Option<Door> {
        let at = self.hover?;
        match self.drag {
            Some((hall, wall, from)) => {
                let h = ctx.plan().hall(hall)?;
                let to = snapped(ctx, along_wall(h, wall, at)?);
                let width = (to - from).abs();
                let width = if width < 0.5 {
                    ctx.options.exit_width
                } else {
                    width
                };
                let along = if (to - from).abs() < 0.5 {
                    from
                } else {
                    (to + from) / 2.0
                };
                Some(Door {
                    hall,
                    wall,
                    along,
                    width,
                })
            }
            None => {
                let (hall, wall, along) = wall_at(ctx, at)?;
                Some(Door {
                    hall,
                    wall,
                    along: snapped(ctx, along),
                    width: ctx.options.exit_width,
                })
            }
        }
    }

    /// The new exit as it would be saved, or why it cannot be.
    fn would_be(ctx: &ToolCtx<'_>, door: &Door) -> Result<(edit::Edit, Exit), String> {
        let plan = ctx.plan();
        let (edit, id) = edit::add_exit(plan, door.hall, door.wall, door.along, door.width, None)
            .map_err(|e| venue_error(ctx.lang, &e))?;
        let exit = placed_exit(&edit, id).ok_or_else(String::new)?;
        let overlapping = plan.exits.iter().find(|e| {
            e.hall == exit.hall
                && e.wall == exit.wall
                && e.offset_m < exit.offset_m + exit.width_m
                && exit.offset_m < e.offset_m + e.width_m
        });
        if let Some(other) = overlapping {
            return Err(match ctx.lang {
                Lang::En => format!("it would overlap exit {}", other.name),
                Lang::Zh => format!("会与出口 {} 重叠", other.name),
            });
        }
        Ok((edit, exit))
    }

    /// Reads one frame of input.
    pub fn update(&mut self, ctx: &ToolCtx<'_>, input: &ToolInput) -> Option<ToolOutcome> {
        if input.at.is_some() {
            self.hover = input.at;
        }
        if let Some(p) = input.pressed {
            self.hover = Some(p);
            self.drag = wall_at(ctx, p).map(|(h, w, along)| (h, w, snapped(ctx, along)));
            return None;
        }
        let finished = match input.clicked {
            Some(p) => {
                self.hover = Some(p);
                self.drag = None;
                true
            }
            None => self.drag.is_some() && (input.released || !input.dragging),
        };
        if !finished {
            return None;
        }
        let door = self.door(ctx);
        self.drag = None;
        let Some(door) = door else {
            return Some(ToolOutcome::Refused(
                ctx.lang
                    .pick("click on a hall wall", "请单击展馆墙体")
                    .to_owned(),
            ));
        };
        Some(match Self::would_be(ctx, &door) {
            Ok((edit, _)) => ToolOutcome::Apply(edit),
            Err(why) => ToolOutcome::Refused(why),
        })
    }

    /// The door and its clear zone, red where it cannot go.
    pub fn paint(&self, ctx: &ToolCtx<'_>, floor: &FloorPainter<'_>) {
        let Some(door) = self.door(ctx) else {
            return;
        };
        let Some(hall) = ctx.plan().hall(door.hall) else {
            return;
        };
        match Self::would_be(ctx, &door) {
            Ok((_, exit)) => {
                if let Some(zone) = exit.clear_zone(hall, ctx.plan().settings.exit_clear_m) {
                    floor.fill_outline(&zone, style::EXIT_ZONE);
                }
                if let Some((a, b)) = exit.door(hall) {
                    floor.painter.line_segment(
                        [floor.point(a), floor.point(b)],
                        Stroke::new(5.0, style::EXIT),
                    );
                    preview::label(floor, b, &preview::metres(exit.width_m), style::EXIT);
                }
            }
            Err(why) => {
                let half = door.width / 2.0;
                let a = hall.outline.point_on_wall(door.wall, door.along - half);
                let b = hall.outline.point_on_wall(door.wall, door.along + half);
                if let (Some(a), Some(b)) = (a, b) {
                    floor.painter.line_segment(
                        [floor.point(a), floor.point(b)],
                        Stroke::new(5.0, style::ERROR),
                    );
                    preview::label(floor, b, &why, style::ERROR);
                }
            }
        }
    }

    /// The status bar's hint.
    pub fn hint(&self, lang: Lang) -> String {
        match self.drag {
            None => lang.pick(
                "Exit: click a wall for a door of the toolbar's width, or drag along a wall to give its width",
                "出口：单击墙体放置工具栏宽度的门，或沿墙拖动设定门宽",
            ),
            Some(_) => lang.pick(
                "Release to place the door · Esc aborts",
                "松开即放置出口 · Esc 取消",
            ),
        }
        .to_owned()
    }
}

/// The exit an add-exit edit puts.
fn placed_exit(edit: &edit::Edit, id: ExitId) -> Option<Exit> {
    edit.changes.iter().find_map(|c| match c {
        edit::Change::PutExit(e) if e.id == id => Some(e.clone()),
        _ => None,
    })
}
