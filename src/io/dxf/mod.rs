//! Venue drawings (DXF) in, plans out as DXF.
//!
//! - [`read_drawing`], [`read_drawing_file`]: a DXF file (ASCII or binary, R12 to R2018)
//!   read by the `dxf` crate with a size cap, its text encoding found from the drawing;
//! - [`flatten`]: every entity of model space with its block inserts resolved (position,
//!   scale, rotation, arrays, nested blocks) into paths, circles and texts;
//! - [`summarize`]: what each layer holds, the units and extents (`expoplan dxf-layers`);
//! - [`import_venue`]: halls, columns, exits, stages and service areas from the layers a
//!   planner names, the rest kept as the plan's underlay (`expoplan import-dxf`);
//! - [`plan_to_dxf`], [`save_plan_dxf`]: the plan as a DXF drawing in millimetres.
//!
//! A drawing is untrusted input: the file size, the depth of nested blocks and the
//! number of pieces flattening may produce are all capped.

mod by_layer;
mod export;
mod flatten;
mod geometry;
mod import;
mod layers;
mod read;
mod text;
mod units;

pub use export::{DXF_LAYERS, plan_to_dxf, save_plan_dxf, write_plan_dxf};
pub use flatten::{Flat, InsertInfo, MAX_BLOCK_DEPTH, MAX_PIECES, Piece, Shape, flatten};
pub use import::{
    DxfImportError, ImportWarning, LayerRole, VenueImport, VenueLayers, import_venue,
};
pub use layers::{DrawingSummary, LayerCounts, summarize};
pub use read::{DxfReadError, MAX_DXF_BYTES, read_drawing, read_drawing_file};
pub use units::DrawingUnits;
