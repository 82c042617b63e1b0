//! The measuring tool: drag from one point to another (snapped like the other tools) to
//! read the distance and its east–west and north–south parts. The last measurement
//! stays until the next one or Esc.

use super::{ToolCtx, ToolInput, ToolOutcome, preview};
use crate::model::Point;
use crate::text::Lang;
use crate::ui::canvas::paint::FloorPainter;
use crate::ui::canvas::style;
use egui::Stroke;

/// The measuring tool's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MeasureTool {
    /// From, to, and whether the drag is still under way.
    line: Option<(Point, Point, bool)>,
}

impl MeasureTool {
    /// Whether a measurement is being dragged.
    pub fn busy(&self) -> bool {
        matches!(self.line, Some((.., true)))
    }

    /// The distance measured, metres.
    pub fn distance(&self) -> Option<f64> {
        self.line.map(|(a, b, _)| a.distance(b))
    }

    /// Reads one frame of input; measuring never changes the plan.
    pub fn update(&mut self, ctx: &ToolCtx<'_>, input: &ToolInput) -> Option<ToolOutcome> {
        if let Some(p) = input.pressed {
            let from = ctx.snap(p, &[]).at;
            self.line = Some((from, from, true));
            return None;
        }
        if let Some((from, to, active)) = &mut self.line
            && *active
        {
            if let Some(p) = input.at {
                *to = ctx.snap(p, &[*from]).at;
            }
            if input.released || !input.dragging {
                *active = false;
            }
        }
        None
    }

    /// The line with its length.
    pub fn paint(&self, ctx: &ToolCtx<'_>, floor: &FloorPainter<'_>) {
        let Some((a, b, _)) = self.line else {
            return;
        };
        let stroke = Stroke::new(2.0, style::WARNING);
        floor
            .painter
            .line_segment([floor.point(a), floor.point(b)], stroke);
        for p in [a, b] {
            preview::corner_mark(floor, floor.point(p), style::WARNING);
        }
        let (dx, dy) = ((b.x - a.x).abs(), (b.y - a.y).abs());
        let text = match ctx.lang {
            Lang::En => format!(
                "{} (east–west {}, north–south {})",
                preview::metres(a.distance(b)),
                preview::metres(dx),
                preview::metres(dy)
            ),
            Lang::Zh => format!(
                "{}（东西 {}，南北 {}）",
                preview::metres(a.distance(b)),
                preview::metres(dx),
                preview::metres(dy)
            ),
        };
        preview::label(floor, b, &text, style::BOOTH_TEXT);
    }

    /// The status bar's hint, with the last distance.
    pub fn hint(&self, lang: Lang) -> String {
        match self.distance() {
            Some(d) => match lang {
                Lang::En => format!(
                    "Measured {} · drag again to measure another distance",
                    preview::metres(d)
                ),
                Lang::Zh => format!("测得 {} · 再次拖动可测量其他距离", preview::metres(d)),
            },
            None => lang
                .pick(
                    "Measure: drag from one point to another",
                    "测量：从一点拖动到另一点",
                )
                .to_owned(),
        }
    }
}
