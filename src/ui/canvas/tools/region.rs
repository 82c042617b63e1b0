//! The region tool: paint floor for the chosen sector, by a dragged rectangle or by
//! clicked corners. The region is clipped to the halls and taken from other sectors.

use super::shape::ShapeDraft;
use super::{ToolCtx, ToolInput, ToolOutcome, preview};
use crate::edit;
use crate::model::{Outline, Point};
use crate::text::{Lang, outline_error, venue_error};
use crate::ui::canvas::paint::FloorPainter;
use crate::ui::canvas::style;

/// The region tool's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RegionTool {
    draft: ShapeDraft,
}

impl RegionTool {
    /// Whether a region is being drawn.
    pub fn busy(&self) -> bool {
        self.draft.busy()
    }

    /// The edit painting `corners` for the tool's sector, or why there is none.
    fn paint_edit(ctx: &ToolCtx<'_>, corners: &[Point]) -> Result<edit::Edit, String> {
        let outline =
            Outline::new(Outline::tidied(corners)).map_err(|e| outline_error(ctx.lang, &e))?;
        let Some(sector) = ctx.region_sector() else {
            return Err(ctx
                .lang
                .pick("add a sector first", "请先添加展区")
                .to_owned());
        };
        if !ctx
            .plan()
            .halls
            .iter()
            .any(|h| h.outline.overlap_with(&outline) > 0.01)
        {
            return Err(ctx
                .lang
                .pick("the region lies outside every hall", "该区域不在任何展馆内")
                .to_owned());
        }
        edit::paint_region(ctx.plan(), sector, &outline).map_err(|e| venue_error(ctx.lang, &e))
    }

    /// Reads one frame of input; a closed shape is painted or refused.
    pub fn update(&mut self, ctx: &ToolCtx<'_>, input: &ToolInput) -> Option<ToolOutcome> {
        let corners = self.draft.update(ctx, input)?;
        Some(match Self::paint_edit(ctx, &corners) {
            Ok(edit) => ToolOutcome::Apply(edit),
            Err(why) => ToolOutcome::Refused(why),
        })
    }

    /// The region being drawn, tinted in its sector's colour.
    pub fn paint(&self, ctx: &ToolCtx<'_>, floor: &FloorPainter<'_>) {
        let Some(corners) = self.draft.preview() else {
            return;
        };
        let checked = (corners.len() >= 3).then(|| Self::paint_edit(ctx, &corners));
        let ok = !matches!(checked, Some(Err(_)));
        if ok
            && corners.len() >= 3
            && let Ok(outline) = Outline::new(Outline::tidied(&corners))
            && let Some(sector) = ctx.region_sector().and_then(|id| ctx.plan().sector(id))
        {
            floor.fill_outline(&outline, style::sector_tint(sector));
        }
        preview::shape(floor, &corners, ok);
        let sector = ctx.region_sector().and_then(|id| ctx.plan().sector(id));
        let text = match (&checked, sector) {
            (Some(Err(why)), _) => why.clone(),
            (_, Some(s)) => format!("{} {}", s.code, ctx.lang.sector_name(s)),
            (_, None) => String::new(),
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
                "Sector region: pick the sector in the toolbar, then drag a rectangle or click corners",
                "展区范围：先在工具栏选择展区，再拖出矩形或逐个单击角点",
            ),
            ShapeDraft::Dragging { .. } => lang.pick(
                "Release to paint the region · Esc aborts",
                "松开即划入该展区 · Esc 取消",
            ),
            ShapeDraft::Clicking { .. } => ShapeDraft::clicking_hint(lang),
        }
        .to_owned()
    }
}
