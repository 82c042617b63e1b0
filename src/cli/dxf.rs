//! The venue's CAD drawing on the command line:
//!
//! - `expoplan dxf-layers DRAWING [--json]`: what each layer holds, the units and the
//!   extents, to choose the layers for an import;
//! - `expoplan import-dxf DRAWING -o PLAN --halls LAYER [--columns …] [--exits …]
//!   [--obstacles …] [--skip …] [--units mm]`: a new plan of the venue, its other layers
//!   kept as the underlay.

use super::Outcome;
use super::output::written;
use crate::io::dxf::{DrawingUnits, VenueLayers, import_venue, read_drawing_file, summarize};
use crate::io::{printable, save_plan};
use crate::model::{ObstacleKind, compact};
use crate::text::counted;
use anyhow::Context;
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::PathBuf;

/// List a drawing's layers.
#[derive(Debug, Clone, Args)]
pub struct DxfLayersArgs {
    /// The drawing (.dxf, ASCII or binary).
    #[arg(value_name = "DRAWING")]
    pub drawing: PathBuf,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

impl DxfLayersArgs {
    /// Prints the layers with their entity counts.
    pub fn run(&self, out: &mut dyn Write) -> anyhow::Result<Outcome> {
        let drawing = read_drawing_file(&self.drawing)
            .with_context(|| format!("cannot read {}", self.drawing.display()))?;
        let summary = summarize(&drawing);
        if self.json {
            serde_json::to_writer_pretty(&mut *out, &summary).context("cannot write the JSON")?;
            writeln!(out)?;
            return Ok(Outcome::Done);
        }
        let extents = summary.extents.map_or_else(
            || "empty".to_owned(),
            |[[x0, y0], [x1, y1]]| format!("{} × {}", compact(x1 - x0), compact(y1 - y0)),
        );
        writeln!(
            out,
            "{}: DXF {}, units {}, extents {extents} {}.",
            self.drawing.display(),
            summary.version,
            summary.units,
            summary.units
        )?;
        for layer in &summary.layers {
            let kinds: Vec<String> = layer
                .entities
                .iter()
                .map(|(kind, n)| format!("{n} {kind}"))
                .collect();
            let kinds = if kinds.is_empty() {
                "empty".to_owned()
            } else {
                kinds.join(", ")
            };
            writeln!(out, "  {:<24} {kinds}", printable(&layer.name))?;
        }
        Ok(Outcome::Done)
    }
}

/// The units `--units` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum UnitsArg {
    /// Millimetres.
    Mm,
    /// Centimetres.
    Cm,
    /// Metres.
    M,
    /// Inches.
    In,
    /// Feet.
    Ft,
}

impl From<UnitsArg> for DrawingUnits {
    fn from(arg: UnitsArg) -> Self {
        match arg {
            UnitsArg::Mm => DrawingUnits::Millimetres,
            UnitsArg::Cm => DrawingUnits::Centimetres,
            UnitsArg::M => DrawingUnits::Metres,
            UnitsArg::In => DrawingUnits::Inches,
            UnitsArg::Ft => DrawingUnits::Feet,
        }
    }
}

/// Make a plan of a venue from its drawing.
#[derive(Debug, Clone, Args)]
pub struct ImportDxfArgs {
    /// The venue drawing (.dxf, ASCII or binary, R12 to R2018).
    #[arg(value_name = "DRAWING")]
    pub drawing: PathBuf,
    /// Where to write the new plan (.ron).
    #[arg(long, short = 'o', value_name = "PLAN")]
    pub output: PathBuf,
    /// Layers of the hall outlines (closed polylines, or lines that join up); the text
    /// inside an outline on these layers names the hall.
    #[arg(long, value_name = "LAYER", value_delimiter = ',', required = true)]
    pub halls: Vec<String>,
    /// Layers of the columns (block inserts, small closed outlines, circles).
    #[arg(long, value_name = "LAYER", value_delimiter = ',')]
    pub columns: Vec<String>,
    /// Layers of the exit doors (block inserts, with a WIDTH attribute when they have
    /// one, or lines along the wall).
    #[arg(long, value_name = "LAYER", value_delimiter = ',')]
    pub exits: Vec<String>,
    /// Layers of stages and service areas (a layer, block or label that says toilet,
    /// WC, service, catering, storage, 卫生间, 服务 … makes a service area).
    #[arg(long, value_name = "LAYER", value_delimiter = ',')]
    pub obstacles: Vec<String>,
    /// Layers to leave out of the underlay.
    #[arg(long, value_name = "LAYER", value_delimiter = ',')]
    pub skip: Vec<String>,
    /// The drawing's units, when it does not say them ($INSUNITS) or says them wrong.
    #[arg(long, value_enum)]
    pub units: Option<UnitsArg>,
    /// The plan's name (default: the drawing's file name).
    #[arg(long)]
    pub name: Option<String>,
}

impl ImportDxfArgs {
    /// Reads the venue and writes the plan; [`Outcome::Problems`] when something was
    /// left out (each thing is said).
    pub fn run(&self, out: &mut dyn Write) -> anyhow::Result<Outcome> {
        let drawing = read_drawing_file(&self.drawing)
            .with_context(|| format!("cannot read {}", self.drawing.display()))?;
        let layers = VenueLayers {
            halls: self.halls.clone(),
            columns: self.columns.clone(),
            exits: self.exits.clone(),
            obstacles: self.obstacles.clone(),
            skipped: self.skip.clone(),
            units: self.units.map(DrawingUnits::from),
        };
        let name = self.name.clone().unwrap_or_else(|| {
            self.drawing
                .file_stem()
                .map_or_else(|| "Venue".to_owned(), |s| s.to_string_lossy().into_owned())
        });
        let venue = import_venue(&drawing, &layers, &name)
            .with_context(|| format!("cannot make a venue of {}", self.drawing.display()))?;
        let plan = &venue.plan;
        written(
            &self.output,
            save_plan(&self.output, plan).map_err(anyhow::Error::from),
        )?;
        let count = |kind: ObstacleKind| plan.obstacles.iter().filter(|o| o.kind == kind).count();
        let area: f64 = plan.halls.iter().map(|h| h.area_m2()).sum();
        writeln!(
            out,
            "Wrote {}: {} ({} m², read in {}), {}, {}, {}, {}, {}.",
            self.output.display(),
            counted(plan.halls.len(), "hall", "halls"),
            compact(area.round()),
            venue.units.short(),
            counted(count(ObstacleKind::Column), "column", "columns"),
            counted(count(ObstacleKind::Stage), "stage", "stages"),
            counted(
                count(ObstacleKind::Service),
                "service area",
                "service areas"
            ),
            counted(plan.exits.len(), "exit", "exits"),
            counted(
                plan.underlay.layers.len(),
                "underlay layer",
                "underlay layers"
            ),
        )?;
        for hall in &plan.halls {
            let b = hall.bounds();
            writeln!(
                out,
                "  {}: {} m², {} × {} m, {} corners",
                printable(&hall.name),
                compact(hall.area_m2().round()),
                compact(b.w()),
                compact(b.h()),
                hall.outline.len()
            )?;
        }
        for warning in &venue.warnings {
            writeln!(out, "  ! {}", printable(&warning.to_string()))?;
        }
        Ok(if venue.warnings.is_empty() {
            Outcome::Done
        } else {
            Outcome::Problems
        })
    }
}
