//! The stage and service-area tool: drag the area it takes (the kind is chosen in the
//! toolbar). Refused outside every hall; red where it would cover a booth or another
//! obstacle.

use super::{ToolCtx, ToolInput, ToolOutcome, preview};
use crate::edit;
use crate::model::{Point, Rect};
use crate::text::{Lang, obstacle_kind};
use crate::ui::canvas::paint::FloorPainter;

/// The obstacle tool's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ObstacleTool {
    drag: Option<(Point, Point)>,
}

/// Why the area cannot take the obstacle, or whether it covers something (a rule break
/// the checker reports, shown red but allowed).
fn check(ctx: &ToolCtx<'_>, rect: &Rect) -> Result<bool, String> {
    if ctx.plan().hall_containing(rect).is_none() {
        return Err(ctx
            .lang
            .pick(
                "it must stand wholly inside one hall",
                "须完全位于一个展馆内",
            )
            .to_owned());
    }
    Ok(ctx
        .doc
        .index()
        .touching(rect)
        .any(|(_, r)| r.overlaps(rect)))
}

impl ObstacleTool {
    /// Whether an area is being dragged.
    pub fn busy(&self) -> bool {
        self.drag.is_some()
    }

    /// Reads one frame of input.
    pub fn update(&mut self, ctx: &ToolCtx<'_>, input: &ToolInput) -> Option<ToolOutcome> {
        if let Some(p) = input.pressed {
            let start = ctx.snap(p, &[]).at;
            self.drag = Some((start, start));
            return None;
        }
        let (start, end) = self.drag.as_mut()?;
        if let Some(p) = input.at {
            *end = ctx.snap(p, &[]).at;
        }
        if !input.released && input.dragging {
            return None;
        }
        let rect = Rect::from_corners(*start, *end);
        self.drag = None;
        let rect = rect?;
        let kind = ctx.options.obstacle;
        Some(match check(ctx, &rect) {
            Ok(_) => {
                let plan = ctx.plan();
                let n = plan.obstacles.iter().filter(|o| o.kind == kind).count() + 1;
                let name = format!("{} {n}", capitalised(obstacle_kind(ctx.lang, kind)));
                ToolOutcome::Apply(edit::add_obstacle(plan, kind, &name, rect).0)
            }
            Err(why) => ToolOutcome::Refused(why),
        })
    }

    /// The area being dragged, with its size.
    pub fn paint(&self, ctx: &ToolCtx<'_>, floor: &FloorPainter<'_>) {
        let Some((start, end)) = self.drag else {
            return;
        };
        let Some(rect) = Rect::from_corners(start, end) else {
            return;
        };
        let checked = check(ctx, &rect);
        let ok = checked == Ok(false);
        floor.fill(
            &rect,
            crate::ui::canvas::style::obstacle_fill(ctx.options.obstacle),
        );
        preview::shape(floor, &super::shape::rect_corners(rect), ok);
        let text = match checked {
            Err(why) => why,
            Ok(covers) => {
                let size = format!(
                    "{} × {}",
                    preview::metres(rect.w()),
                    preview::metres(rect.h())
                );
                match (covers, ctx.lang) {
                    (false, _) => size,
                    (true, Lang::En) => format!("{size} · covers booths"),
                    (true, Lang::Zh) => format!("{size} · 压在展位上"),
                }
            }
        };
        preview::label(floor, end, &text, preview::stroke_color(ok));
    }

    /// The status bar's hint.
    pub fn hint(&self, lang: Lang) -> String {
        match self.drag {
            None => lang.pick(
                "Stage or service area: pick the kind in the toolbar, then drag the area it takes",
                "舞台或服务区：先在工具栏选择类型，再拖出其占地范围",
            ),
            Some(_) => lang.pick("Release to place it · Esc aborts", "松开即放置 · Esc 取消"),
        }
        .to_owned()
    }
}

/// The first letter in upper case ("stage" → "Stage"; Chinese unchanged).
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
