//! The column grid tool: in one gesture, a grid of columns in one hall. Press on the
//! first column's centre; release there for the toolbar's spacing, or drag to the
//! centre of the column diagonally next to it to set the spacing by hand. The columns
//! are previewed with their count, red where one would stand on a booth.

use super::{ToolCtx, ToolInput, ToolOutcome, preview};
use crate::edit::{self, ColumnGrid};
use crate::model::{HallId, Item, Point, Rect};
use crate::text::Lang;
use crate::ui::canvas::paint::FloorPainter;
use crate::ui::canvas::style;
use egui::Stroke;

/// Spacing below this (metres) in a drag means "use the toolbar's spacing".
const MIN_DRAGGED_SPACING_M: f64 = 1.0;

/// The column tool's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ColumnsTool {
    /// A drag from the first column's centre, in a hall.
    drag: Option<(HallId, Point, Point)>,
    /// Where the pointer hovers, for the preview before pressing.
    hover: Option<Point>,
}

/// The grid for a hall whose first column is at `origin`, with the spacing dragged to
/// `to` (or the toolbar's when the drag is short).
fn grid_for(ctx: &ToolCtx<'_>, hall: HallId, origin: Point, to: Point) -> Option<ColumnGrid> {
    let bounds = ctx.plan().hall(hall)?.bounds();
    let (dx, dy) = ((to.x - origin.x).abs(), (to.y - origin.y).abs());
    let fallback = ctx.options.column_spacing;
    let spacing = match (dx >= MIN_DRAGGED_SPACING_M, dy >= MIN_DRAGGED_SPACING_M) {
        (true, true) => (dx, dy),
        (true, false) => (dx, dx),
        (false, true) => (dy, dy),
        (false, false) => (fallback, fallback),
    };
    Some(ColumnGrid {
        spacing,
        size: ctx.options.column_size,
        offset: (origin.x - bounds.x(), origin.y - bounds.y()),
    })
}

impl ColumnsTool {
    /// Whether a grid is being dragged out.
    pub fn busy(&self) -> bool {
        self.drag.is_some()
    }

    /// The hall, grid and column footprints the tool would place now.
    fn planned(&self, ctx: &ToolCtx<'_>) -> Option<(HallId, ColumnGrid, Vec<Rect>)> {
        let (hall, origin, to) = match self.drag {
            Some(drag) => drag,
            None => {
                let at = ctx.snap(self.hover?, &[]).at;
                (ctx.plan().hall_at(at)?.id, at, at)
            }
        };
        let grid = grid_for(ctx, hall, origin, to)?;
        let footprints = grid.footprints(&ctx.plan().hall(hall)?.outline);
        Some((hall, grid, footprints))
    }

    /// Reads one frame of input.
    pub fn update(&mut self, ctx: &ToolCtx<'_>, input: &ToolInput) -> Option<ToolOutcome> {
        self.hover = input.at;
        let plan = ctx.plan();
        let start = input.pressed.or(input.clicked);
        if self.drag.is_none()
            && let Some(p) = start
        {
            let origin = ctx.snap(p, &[]).at;
            let Some(hall) = plan.hall_at(origin) else {
                return Some(ToolOutcome::Refused(
                    ctx.lang
                        .pick(
                            "start the column grid inside a hall",
                            "请在展馆内开始布置柱网",
                        )
                        .to_owned(),
                ));
            };
            self.drag = Some((hall.id, origin, origin));
            if input.pressed.is_some() {
                return None;
            }
        }
        let (hall, origin, to) = self.drag.as_mut()?;
        if let Some(p) = input.at
            && input.dragging
        {
            *to = ctx.snap(p, &[]).at;
        }
        if input.released || !input.dragging {
            let (hall, origin, to) = (*hall, *origin, *to);
            self.drag = None;
            let grid = grid_for(ctx, hall, origin, to)?;
            return Some(ToolOutcome::of(
                ctx.lang,
                edit::add_column_grid(plan, hall, &grid),
            ));
        }
        None
    }

    /// The columns the tool would place, with their count and spacing.
    pub fn paint(&self, ctx: &ToolCtx<'_>, floor: &FloorPainter<'_>) {
        let Some((_, grid, footprints)) = self.planned(ctx) else {
            return;
        };
        let index = ctx.doc.index();
        let mut on_booths = 0;
        for rect in &footprints {
            let blocked = index
                .touching(rect)
                .any(|(item, r)| matches!(item, Item::Booth(_)) && r.overlaps(rect));
            on_booths += usize::from(blocked);
            let color = if blocked {
                style::ERROR
            } else {
                style::SELECTED
            };
            floor.fill(rect, color);
            floor.outline(rect, Stroke::new(1.0, color));
        }
        if let Some((_, origin, to)) = self.drag {
            floor.painter.line_segment(
                [floor.point(origin), floor.point(to)],
                Stroke::new(1.0, style::SELECTED),
            );
        }
        let anchor = self.drag.map(|(_, _, to)| to).or(self.hover);
        let Some(anchor) = anchor else {
            return;
        };
        let spacing = format!(
            "{} × {}",
            preview::metres(grid.spacing.0),
            preview::metres(grid.spacing.1)
        );
        let text = match (ctx.lang, on_booths) {
            (Lang::En, 0) => format!("{} columns · {spacing}", footprints.len()),
            (Lang::En, n) => format!("{} columns · {spacing} · {n} on booths", footprints.len()),
            (Lang::Zh, 0) => format!("{} 根柱子 · {spacing}", footprints.len()),
            (Lang::Zh, n) => format!("{} 根柱子 · {spacing} · {n} 根压在展位上", footprints.len()),
        };
        preview::label(floor, anchor, &text, preview::stroke_color(on_booths == 0));
    }

    /// The status bar's hint.
    pub fn hint(&self, lang: Lang) -> String {
        match self.drag {
            None => lang.pick(
                "Column grid: press on the first column's centre; release for the toolbar's spacing, or drag to the next column diagonally",
                "柱网：在第一根柱子中心按下；原地松开按工具栏间距布置，或拖到斜对角的下一根柱子设定间距",
            ),
            Some(_) => lang.pick(
                "Release to place the columns · Esc aborts",
                "松开即布置柱子 · Esc 取消",
            ),
        }
        .to_owned()
    }
}
