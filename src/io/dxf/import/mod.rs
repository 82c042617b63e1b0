//! A venue from its CAD drawing: halls, columns, exits, stages and service areas read
//! from the layers a planner names, everything else kept as the plan's underlay.
//!
//! The drawing's y axis points north and its origin is anywhere; the plan's y axis
//! points south and its halls start at (0, 0). Lengths go from the drawing's units
//! (its `$INSUNITS`, or the units the planner gives) to metres.

mod halls;
mod items;
mod join;
mod underlay;
mod warnings;

pub use warnings::ImportWarning;

use super::by_layer::ByLayer;
use super::flatten::{Flat, Piece, flatten};
use super::geometry::P;
use super::units::{DrawingUnits, header_units_name};
use crate::model::{IntegrityError, Plan, Point, Rect, default_sectors};
use dxf::Drawing;
use thiserror::Error;

/// What a layer of the drawing becomes in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayerRole {
    /// Closed outlines (or lines joining into them) are the halls.
    Halls,
    /// Each block insert, small closed outline or circle is a column.
    Columns,
    /// Each block insert or line is a door, snapped to the nearest hall wall.
    Exits,
    /// Each block insert or closed outline is a stage or a service area.
    Obstacles,
    /// Kept as line work under the plan.
    Underlay,
    /// Left out altogether.
    Skipped,
}

/// Which layers of the drawing hold what, and its units when the drawing does not say.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VenueLayers {
    /// Layers whose closed outlines are halls (at least one).
    pub halls: Vec<String>,
    /// Layers of columns.
    pub columns: Vec<String>,
    /// Layers of exit doors.
    pub exits: Vec<String>,
    /// Layers of stages and service areas.
    pub obstacles: Vec<String>,
    /// Layers left out of the underlay too.
    pub skipped: Vec<String>,
    /// The drawing's units, overriding its `$INSUNITS`.
    pub units: Option<DrawingUnits>,
}

impl VenueLayers {
    /// What `layer` becomes (names compare ignoring case, as CAD programs do).
    pub fn role(&self, layer: &str) -> LayerRole {
        let listed = |names: &[String]| names.iter().any(|n| n.eq_ignore_ascii_case(layer));
        if listed(&self.halls) {
            LayerRole::Halls
        } else if listed(&self.columns) {
            LayerRole::Columns
        } else if listed(&self.exits) {
            LayerRole::Exits
        } else if listed(&self.obstacles) {
            LayerRole::Obstacles
        } else if listed(&self.skipped) {
            LayerRole::Skipped
        } else {
            LayerRole::Underlay
        }
    }

    /// Every layer named, with the option that named it.
    fn named(&self) -> impl Iterator<Item = (&'static str, &String)> + '_ {
        self.halls
            .iter()
            .map(|n| ("halls", n))
            .chain(self.columns.iter().map(|n| ("columns", n)))
            .chain(self.exits.iter().map(|n| ("exits", n)))
            .chain(self.obstacles.iter().map(|n| ("obstacles", n)))
            .chain(self.skipped.iter().map(|n| ("skip", n)))
    }
}

/// A venue read from a drawing.
#[derive(Debug, Clone)]
pub struct VenueImport {
    /// The plan: halls, the four default sectors over them, columns, stages, service
    /// areas, exits and the underlay; no booths or exhibitors yet.
    pub plan: Plan,
    /// The units the drawing was read in.
    pub units: DrawingUnits,
    /// The drawing point (in its units) that became the plan's (0, 0): plan x runs with
    /// drawing x, plan y against drawing y, both scaled to metres.
    pub origin: (f64, f64),
    /// What was left out or guessed, for the planner to check.
    pub warnings: Vec<ImportWarning>,
}

/// Why a drawing gives no venue.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum DxfImportError {
    /// No hall layer was named.
    #[error(
        "name the layer of the hall outlines (--halls LAYER); the drawing's layers are {available}"
    )]
    NoHallLayer {
        /// The drawing's layers, listed for the message.
        available: String,
    },
    /// A layer named is not in the drawing.
    #[error("--{option} {layer:?}: the drawing has no such layer; its layers are {available}")]
    UnknownLayer {
        /// The option that named it.
        option: &'static str,
        /// The name given.
        layer: String,
        /// The drawing's layers, listed for the message.
        available: String,
    },
    /// The drawing does not say its units and none were given.
    #[error(
        "the drawing does not say its units ($INSUNITS is {found}); give them with --units mm, cm, m, in or ft ({sizes})"
    )]
    UnknownUnits {
        /// What the header says.
        found: String,
        /// The venue's size in each unit, to help choose.
        sizes: String,
    },
    /// The hall layers hold no usable outline.
    #[error("the hall layers {layers} hold no closed outline that makes a hall{why}")]
    NoHall {
        /// The hall layers, listed.
        layers: String,
        /// The first reason an outline was refused, if any was.
        why: String,
    },
    /// The plan made does not pass the plan's own checks (a bug, or a drawing beyond
    /// what a plan can hold).
    #[error("the venue read from the drawing is not a sound plan: {0}")]
    Plan(#[from] IntegrityError),
}

/// How drawing coordinates become plan metres: scaled, y flipped, shifted so the
/// halls' box starts at (0, 0).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct ToPlan {
    /// Metres per drawing unit.
    pub scale: f64,
    /// The drawing x that becomes plan x 0.
    pub x0: f64,
    /// The drawing y that becomes plan y 0 (the top of the halls).
    pub y1: f64,
}

impl ToPlan {
    /// The plan point of a drawing point.
    pub fn point(&self, (x, y): P) -> Point {
        Point::new((x - self.x0) * self.scale, (self.y1 - y) * self.scale)
    }

    /// A drawing length in metres.
    pub fn length(&self, d: f64) -> f64 {
        d * self.scale
    }

    /// The plan rectangle of a drawing box, if it has a size.
    pub fn rect(&self, (lo, hi): (P, P)) -> Option<Rect> {
        let (a, b) = (self.point(lo), self.point(hi));
        Rect::from_corners(a, b)
    }
}

/// The drawing's layer names, for messages: the first 30, in its order.
fn layer_list(drawing: &Drawing, flat: &Flat) -> String {
    let mut by_layer = ByLayer::from_table(drawing, |l| l.name.clone());
    for piece in &flat.pieces {
        by_layer.get_or_add(&piece.layer, || piece.layer.clone());
    }
    let names = by_layer.into_vec();
    let shown: Vec<String> = names.iter().take(30).map(|n| format!("{n:?}")).collect();
    let more = names.len().saturating_sub(30);
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else if shown.is_empty() {
        "none".to_owned()
    } else {
        shown.join(", ")
    }
}

/// Whether the drawing has a layer of this name (in its table or on an entity).
fn has_layer(drawing: &Drawing, flat: &Flat, name: &str) -> bool {
    drawing.layers().any(|l| l.name.eq_ignore_ascii_case(name))
        || flat
            .pieces
            .iter()
            .any(|p| p.layer.eq_ignore_ascii_case(name))
        || flat
            .inserts
            .iter()
            .any(|i| i.layer.eq_ignore_ascii_case(name))
}

/// The units to read the drawing in.
fn units_of(
    drawing: &Drawing,
    flat: &Flat,
    layers: &VenueLayers,
) -> Result<DrawingUnits, DxfImportError> {
    if let Some(units) = layers.units {
        return Ok(units);
    }
    let header = drawing.header.default_drawing_units;
    if let Some(units) = DrawingUnits::from_header(header) {
        return Ok(units);
    }
    let extent = super::geometry::bounds(
        flat.pieces
            .iter()
            .filter(|p| layers.role(&p.layer) == LayerRole::Halls)
            .flat_map(piece_points),
    )
    .map(|((x0, y0), (x1, y1))| (x1 - x0).max(y1 - y0));
    let sizes = match extent {
        Some(size) => DrawingUnits::ALL
            .iter()
            .map(|u| {
                format!(
                    "{} would make the halls {} m across",
                    u.short(),
                    crate::model::compact(size * u.metres())
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
        None => "the hall layers are empty".to_owned(),
    };
    Err(DxfImportError::UnknownUnits {
        found: header_units_name(header),
        sizes,
    })
}

/// The points a piece is drawn through (a circle by its box corners).
pub(crate) fn piece_points(piece: &Piece) -> Vec<P> {
    use super::flatten::Shape;
    match &piece.shape {
        Shape::Path { points, .. } => points.clone(),
        Shape::Circle { center, radius } => vec![
            (center.0 - radius, center.1 - radius),
            (center.0 + radius, center.1 + radius),
        ],
        Shape::Text { at, .. } => vec![*at],
    }
}

/// Reads a venue out of `drawing`: see the module documentation. `name` names the plan.
pub fn import_venue(
    drawing: &Drawing,
    layers: &VenueLayers,
    name: &str,
) -> Result<VenueImport, DxfImportError> {
    let flat = flatten(drawing);
    if layers.halls.is_empty() {
        return Err(DxfImportError::NoHallLayer {
            available: layer_list(drawing, &flat),
        });
    }
    for (option, layer) in layers.named() {
        if !has_layer(drawing, &flat, layer) {
            return Err(DxfImportError::UnknownLayer {
                option,
                layer: layer.clone(),
                available: layer_list(drawing, &flat),
            });
        }
    }
    let units = units_of(drawing, &flat, layers)?;
    let mut warnings = Vec::new();
    if flat.truncated {
        warnings.push(ImportWarning::DrawingCut);
    }
    let tolerance = 0.005 / units.metres();
    let rings = halls::hall_rings(&flat, layers, tolerance, &mut warnings);
    let Some(origin) = halls::origin(&rings) else {
        return Err(no_hall(layers, &warnings));
    };
    let to_plan = ToPlan {
        scale: units.metres(),
        x0: origin.0,
        y1: origin.1,
    };
    let mut plan = Plan::blank(name);
    plan.halls = halls::halls_from_rings(&rings, &flat, layers, &to_plan, &mut warnings);
    if plan.halls.is_empty() {
        return Err(no_hall(layers, &warnings));
    }
    plan.sectors = sectors_over(&plan);
    items::add_items(&mut plan, &flat, layers, &to_plan, &mut warnings);
    plan.underlay = underlay::underlay_of(drawing, &flat, layers, &to_plan, &mut warnings);
    plan.check_integrity()?;
    Ok(VenueImport {
        plan,
        units,
        origin,
        warnings,
    })
}

/// The error for hall layers that give no hall.
fn no_hall(layers: &VenueLayers, warnings: &[ImportWarning]) -> DxfImportError {
    let why = warnings
        .iter()
        .find(|w| {
            matches!(
                w,
                ImportWarning::HallRefused { .. } | ImportWarning::OpenHallLines { .. }
            )
        })
        .map(|w| format!(" ({w})"))
        .unwrap_or_default();
    DxfImportError::NoHall {
        layers: layers
            .halls
            .iter()
            .map(|n| format!("{n:?}"))
            .collect::<Vec<_>>()
            .join(", "),
        why,
    }
}

/// The four default sectors, splitting the box round all halls into quarters, each
/// quarter clipped to every hall it reaches.
fn sectors_over(plan: &Plan) -> Vec<crate::model::Sector> {
    let Some(venue) = plan
        .halls
        .iter()
        .map(|h| h.bounds())
        .reduce(|a, b| a.union(&b))
    else {
        return default_sectors();
    };
    let (hw, hh) = (venue.w() / 2.0, venue.h() / 2.0);
    let quarters = [(0.0, 0.0), (hw, 0.0), (0.0, hh), (hw, hh)];
    default_sectors()
        .into_iter()
        .zip(quarters)
        .map(|(mut sector, (dx, dy))| {
            if let Ok(quarter) = Rect::new(venue.x() + dx, venue.y() + dy, hw, hh) {
                sector.regions = plan
                    .halls
                    .iter()
                    .flat_map(|h| h.outline.clipped_to(&quarter))
                    .collect();
            }
            sector
        })
        .collect()
}
