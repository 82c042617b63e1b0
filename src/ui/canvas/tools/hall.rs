//! The hall tool: drag a rectangle or click the corners of any shape; the new hall is
//! previewed with its size, red where its walls would cross or it would overlap a hall.

use super::shape::ShapeDraft;
use super::{ToolCtx, ToolInput, ToolOutcome, preview};
use crate::edit;
use crate::model::{Outline, Plan, Point};
use crate::text::{Lang, outline_error};
use crate::ui::canvas::paint::FloorPainter;
use crate::ui::status_bar::format_m2;

/// The hall tool's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HallTool {
    draft: ShapeDraft,
}

/// The outline a drawn hall would have, or why there can be none.
pub fn checked_hall(plan: &Plan, corners: &[Point], lang: Lang) -> Result<Outline, String> {
    let outline = Outline::new(Outline::tidied(corners)).map_err(|e| outline_error(lang, &e))?;
    if let Some(other) = plan
        .halls
        .iter()
        .find(|h| h.outline.overlap_with(&outline) > 0.01)
    {
        return Err(match lang {
            Lang::En => format!("the hall would overlap {}", other.name),
            Lang::Zh => format!("新展馆会与 {} 重叠", other.name),
        });
    }
    Ok(outline)
}

impl HallTool {
    /// Whether a hall is being drawn.
    pub fn busy(&self) -> bool {
        self.draft.busy()
    }

    /// Reads one frame of input; a closed shape becomes a new hall or a refusal.
    pub fn update(&mut self, ctx: &ToolCtx<'_>, input: &ToolInput) -> Option<ToolOutcome> {
        let corners = self.draft.update(ctx, input)?;
        Some(match checked_hall(ctx.plan(), &corners, ctx.lang) {
            Ok(outline) => ToolOutcome::Apply(edit::add_hall(ctx.plan(), outline, None).0),
            Err(why) => ToolOutcome::Refused(why),
        })
    }

    /// The hall being drawn, with its size and area.
    pub fn paint(&self, ctx: &ToolCtx<'_>, floor: &FloorPainter<'_>) {
        let Some(corners) = self.draft.preview() else {
            return;
        };
        let checked = (corners.len() >= 3).then(|| checked_hall(ctx.plan(), &corners, ctx.lang));
        let ok = !matches!(checked, Some(Err(_)));
        preview::shape(floor, &corners, ok);
        let text = match (&checked, self.draft.dragged_rect()) {
            (Some(Err(why)), _) => why.clone(),
            (_, Some(r)) => format!(
                "{} × {} · {}",
                preview::metres(r.w()),
                preview::metres(r.h()),
                format_m2(r.area())
            ),
            (Some(Ok(outline)), None) => format_m2(outline.area()),
            (None, None) => String::new(),
        };
        if let Some(last) = corners.last()
            && !text.is_empty()
        {
            preview::label(floor, *last, &text, preview::stroke_color(ok));
        }
    }

    /// The status bar's hint.
    pub fn hint(&self, lang: Lang) -> String {
        match self.draft {
            ShapeDraft::Idle => lang.pick(
                "Hall: drag a rectangle, or click the hall's corners one by one",
                "展馆：拖出矩形，或逐个单击展馆的角点",
            ),
            ShapeDraft::Dragging { .. } => lang.pick(
                "Release to make the hall · Esc aborts",
                "松开即建成展馆 · Esc 取消",
            ),
            ShapeDraft::Clicking { .. } => ShapeDraft::clicking_hint(lang),
        }
        .to_owned()
    }
}
