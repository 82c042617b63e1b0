//! The canvas tools. One tool is active at a time; each non-select tool is a small state
//! machine in its own file that reads the pointer in metres ([`ToolInput`]), previews what
//! it would make and, when its gesture ends, hands back one [`Edit`] or says why it
//! cannot. Nothing here changes the plan.

mod columns;
mod exit;
mod hall;
mod measure;
mod obstacle;
mod outline;
mod preview;
mod region;
pub mod select;
mod shape;

use super::paint::FloorPainter;
use crate::document::Document;
use crate::edit::{self, Edit, SnappedPoint};
use crate::model::{ObstacleKind, Plan, Point, SectorId};
use crate::text::Lang;

/// Which tool the pointer uses on the canvas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ToolKind {
    /// Select, move and resize booths (and drop booths and exhibitors).
    #[default]
    Select,
    /// Draw a hall: a rectangle by dragging, any shape by clicking its corners.
    Hall,
    /// Change a hall's walls: drag a corner, double-click a wall to add one, Delete one.
    Outline,
    /// Paint a region of the chosen sector: drag a rectangle or click its corners.
    Region,
    /// Place a grid of columns in one hall.
    Columns,
    /// Place a stage or a service area.
    Obstacle,
    /// Place an exit on a wall.
    Exit,
    /// Measure a distance.
    Measure,
}

impl ToolKind {
    /// Every tool, in toolbar order.
    pub const ALL: [ToolKind; 8] = [
        ToolKind::Select,
        ToolKind::Hall,
        ToolKind::Outline,
        ToolKind::Region,
        ToolKind::Columns,
        ToolKind::Obstacle,
        ToolKind::Exit,
        ToolKind::Measure,
    ];
}

/// The settings of the tools, shown in the toolbar beside the active tool.
#[derive(Debug, Clone, PartialEq)]
pub struct ToolOptions {
    /// The sector the region tool paints (the first sector when unset).
    pub sector: Option<SectorId>,
    /// Distance between column centres, metres.
    pub column_spacing: f64,
    /// Side of a column, metres.
    pub column_size: f64,
    /// What the obstacle tool places.
    pub obstacle: ObstacleKind,
    /// Width of a door placed with a click, metres.
    pub exit_width: f64,
}

impl Default for ToolOptions {
    fn default() -> Self {
        Self {
            sector: None,
            column_spacing: 18.0,
            column_size: 0.8,
            obstacle: ObstacleKind::Stage,
            exit_width: 2.4,
        }
    }
}

/// The pointer and keys of one frame, in metres, as the tools read them.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ToolInput {
    /// Where the pointer is, if it is over the canvas or dragging.
    pub at: Option<Point>,
    /// A primary drag started this frame, at this point (where the button went down).
    pub pressed: Option<Point>,
    /// The primary button is held in a drag.
    pub dragging: bool,
    /// The primary drag ended this frame.
    pub released: bool,
    /// A primary click (press and release without moving) this frame, here.
    pub clicked: Option<Point>,
    /// The click was the second of a double click.
    pub double_clicked: bool,
    /// Enter was pressed.
    pub enter: bool,
    /// Backspace was pressed (takes back the last corner drawn).
    pub backspace: bool,
}

/// What the tools need from the document and the camera.
pub struct ToolCtx<'a> {
    /// The open document.
    pub doc: &'a Document,
    /// Snapping reach, metres (a few screen points at this zoom).
    pub reach: f64,
    /// The tools' settings.
    pub options: &'a ToolOptions,
    /// The interface language, for refusals and hints.
    pub lang: Lang,
}

impl ToolCtx<'_> {
    /// The plan.
    pub fn plan(&self) -> &Plan {
        self.doc.plan()
    }

    /// `raw` snapped to a corner (of the plan or of `extra`), a wall or the grid.
    pub fn snap(&self, raw: Point, extra: &[Point]) -> SnappedPoint {
        edit::snap_point(self.plan(), raw, self.reach, extra)
    }

    /// The sector the region tool paints: the chosen one, else the first.
    pub fn region_sector(&self) -> Option<SectorId> {
        let plan = self.plan();
        self.options
            .sector
            .filter(|id| plan.sector(*id).is_some())
            .or_else(|| plan.sectors.first().map(|s| s.id))
    }
}

/// How a tool's gesture ended.
#[derive(Debug, Clone)]
pub enum ToolOutcome {
    /// Apply this step.
    Apply(Edit),
    /// Nothing was changed, for this reason (shown on the canvas and in the status bar).
    Refused(String),
}

impl ToolOutcome {
    /// A venue edit, or why it was refused, in `lang`.
    pub fn of(lang: Lang, edit: Result<Edit, edit::VenueError>) -> ToolOutcome {
        match edit {
            Ok(edit) => ToolOutcome::Apply(edit),
            Err(e) => ToolOutcome::Refused(crate::text::venue_error(lang, &e)),
        }
    }
}

/// The active tool and the state of its gesture.
#[derive(Debug, Clone, Default)]
pub enum ActiveTool {
    /// Booths: the select gesture lives in [`super::CanvasState::gesture`].
    #[default]
    Select,
    /// Drawing a hall.
    Hall(hall::HallTool),
    /// Editing a hall's walls.
    Outline(outline::OutlineTool),
    /// Painting a sector region.
    Region(region::RegionTool),
    /// Placing a column grid.
    Columns(columns::ColumnsTool),
    /// Placing a stage or service area.
    Obstacle(obstacle::ObstacleTool),
    /// Placing an exit.
    Exit(exit::ExitTool),
    /// Measuring.
    Measure(measure::MeasureTool),
}

impl ActiveTool {
    /// A fresh state for `kind`.
    pub fn new(kind: ToolKind) -> Self {
        match kind {
            ToolKind::Select => ActiveTool::Select,
            ToolKind::Hall => ActiveTool::Hall(Default::default()),
            ToolKind::Outline => ActiveTool::Outline(Default::default()),
            ToolKind::Region => ActiveTool::Region(Default::default()),
            ToolKind::Columns => ActiveTool::Columns(Default::default()),
            ToolKind::Obstacle => ActiveTool::Obstacle(Default::default()),
            ToolKind::Exit => ActiveTool::Exit(Default::default()),
            ToolKind::Measure => ActiveTool::Measure(Default::default()),
        }
    }

    /// Which tool this is.
    pub fn kind(&self) -> ToolKind {
        match self {
            ActiveTool::Select => ToolKind::Select,
            ActiveTool::Hall(_) => ToolKind::Hall,
            ActiveTool::Outline(_) => ToolKind::Outline,
            ActiveTool::Region(_) => ToolKind::Region,
            ActiveTool::Columns(_) => ToolKind::Columns,
            ActiveTool::Obstacle(_) => ToolKind::Obstacle,
            ActiveTool::Exit(_) => ToolKind::Exit,
            ActiveTool::Measure(_) => ToolKind::Measure,
        }
    }

    /// Reads one frame of input; a finished gesture hands back its outcome.
    pub fn update(&mut self, ctx: &ToolCtx<'_>, input: &ToolInput) -> Option<ToolOutcome> {
        match self {
            ActiveTool::Select => None,
            ActiveTool::Hall(t) => t.update(ctx, input),
            ActiveTool::Outline(t) => t.update(ctx, input),
            ActiveTool::Region(t) => t.update(ctx, input),
            ActiveTool::Columns(t) => t.update(ctx, input),
            ActiveTool::Obstacle(t) => t.update(ctx, input),
            ActiveTool::Exit(t) => t.update(ctx, input),
            ActiveTool::Measure(t) => t.update(ctx, input),
        }
    }

    /// Whether a gesture is under way (Esc then aborts it, bare-key shortcuts wait).
    pub fn busy(&self) -> bool {
        match self {
            ActiveTool::Select => false,
            ActiveTool::Hall(t) => t.busy(),
            ActiveTool::Outline(t) => t.busy(),
            ActiveTool::Region(t) => t.busy(),
            ActiveTool::Columns(t) => t.busy(),
            ActiveTool::Obstacle(t) => t.busy(),
            ActiveTool::Exit(t) => t.busy(),
            ActiveTool::Measure(t) => t.busy(),
        }
    }

    /// Aborts the gesture: nothing is made, nothing changed.
    pub fn cancel(&mut self) {
        *self = ActiveTool::new(self.kind());
    }

    /// What Delete does with this tool, if anything other than deleting booths: the
    /// outline tool deletes its chosen corner.
    pub fn delete(&mut self, ctx: &ToolCtx<'_>) -> Option<ToolOutcome> {
        match self {
            ActiveTool::Outline(t) => t.delete(ctx),
            ActiveTool::Select
            | ActiveTool::Hall(_)
            | ActiveTool::Region(_)
            | ActiveTool::Columns(_)
            | ActiveTool::Obstacle(_)
            | ActiveTool::Exit(_)
            | ActiveTool::Measure(_) => None,
        }
    }

    /// Whether Delete would take something of the tool's own away.
    pub fn deletes_something(&self) -> bool {
        match self {
            ActiveTool::Outline(t) => t.has_chosen_corner(),
            ActiveTool::Select
            | ActiveTool::Hall(_)
            | ActiveTool::Region(_)
            | ActiveTool::Columns(_)
            | ActiveTool::Obstacle(_)
            | ActiveTool::Exit(_)
            | ActiveTool::Measure(_) => false,
        }
    }

    /// Draws what the tool would make.
    pub fn paint(&self, ctx: &ToolCtx<'_>, floor: &FloorPainter<'_>) {
        match self {
            ActiveTool::Select => {}
            ActiveTool::Hall(t) => t.paint(ctx, floor),
            ActiveTool::Outline(t) => t.paint(ctx, floor),
            ActiveTool::Region(t) => t.paint(ctx, floor),
            ActiveTool::Columns(t) => t.paint(ctx, floor),
            ActiveTool::Obstacle(t) => t.paint(ctx, floor),
            ActiveTool::Exit(t) => t.paint(ctx, floor),
            ActiveTool::Measure(t) => t.paint(ctx, floor),
        }
    }

    /// The status bar's hint for the tool in its current state.
    pub fn hint(&self, lang: Lang) -> String {
        match self {
            ActiveTool::Select => lang
                .pick(
                    "Click a booth to select it, drag to move, drag on empty floor to select several",
                    "单击展位选中，拖动移动，在空地拖动框选多个展位",
                )
                .to_owned(),
            ActiveTool::Hall(t) => t.hint(lang),
            ActiveTool::Outline(t) => t.hint(lang),
            ActiveTool::Region(t) => t.hint(lang),
            ActiveTool::Columns(t) => t.hint(lang),
            ActiveTool::Obstacle(t) => t.hint(lang),
            ActiveTool::Exit(t) => t.hint(lang),
            ActiveTool::Measure(t) => t.hint(lang),
        }
    }
}

/// Why the last gesture changed nothing, in red beside where it happened.
pub fn paint_refusal(floor: &FloorPainter<'_>, at: Point, why: &str) {
    preview::label(floor, at, why, crate::ui::canvas::style::ERROR);
}
