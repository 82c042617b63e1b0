//! Drawings of the plan: SVG, PNG and PDF of the floor, and an interactive HTML map.
//!
//! - [`plan_to_svg`], [`write_svg`], [`save_svg`]: the floor as an SVG document, set in
//!   the bundled font ([`crate::fonts`]);
//! - [`render_png`], [`write_png`], [`save_png`]: that drawing rasterised by resvg;
//! - [`pdf_bytes`], [`write_pdf`], [`save_pdf`]: that drawing as a one-page PDF with the
//!   text embedded as real text in a subset of the bundled font;
//! - [`plan_to_html`], [`write_html`], [`save_html`]: one self-contained HTML file with
//!   pan and zoom, a search box and a card per booth.
//!
//! PNG and PDF use only the bundled font, never the system's, so they come out the same
//! on every machine. The `save_*` functions replace the file atomically.

mod booths;
mod exits;
mod floor;
mod html;
mod legend;
mod measure;
mod page;
mod pdf;
mod png;
mod render;
mod scale_bar;
mod sheet;
mod style;
mod svg;
mod text;
mod title_block;
mod xml;

pub use html::{plan_to_html, save_html, write_html};
pub use pdf::{pdf_bytes, save_pdf, write_pdf};
pub use png::{MAX_PIXELS, MAX_SIDE_PX, render_png, save_png, write_png};
pub use scale_bar::round_distance;
pub use sheet::{DoesNotFit, Scale, Sheet, SheetError};

use crate::io::SaveError;
use crate::model::Plan;
use std::io::Write;
use std::path::Path;
use thiserror::Error;

/// The paper a drawing is laid out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// No paper: the page fits the floor, in metres, with the legend below it.
    #[default]
    Fit,
    /// ISO A3, 420 × 297 mm, at the [`DrawingOptions::scale`] (e.g. 1:500).
    A3,
    /// ISO A1, 841 × 594 mm.
    A1,
    /// ISO A0, 1189 × 841 mm.
    A0,
}

impl Paper {
    /// The sheets, smallest first.
    pub const SHEETS: [Paper; 3] = [Paper::A3, Paper::A1, Paper::A0];

    /// The sheet's name, e.g. "A3"; "fit" for [`Paper::Fit`].
    pub const fn name(self) -> &'static str {
        match self {
            Paper::Fit => "fit",
            Paper::A3 => "A3",
            Paper::A1 => "A1",
            Paper::A0 => "A0",
        }
    }

    /// The longer and the shorter side in mm, or `None` for [`Paper::Fit`].
    pub const fn sides_mm(self) -> Option<(f64, f64)> {
        match self {
            Paper::Fit => None,
            Paper::A3 => Some((420.0, 297.0)),
            Paper::A1 => Some((841.0, 594.0)),
            Paper::A0 => Some((1189.0, 841.0)),
        }
    }
}

/// What the booth fill colour shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorBy {
    /// The booth's sector colour.
    #[default]
    Sector,
    /// The sales status (available, on hold, reserved, sold).
    Status,
}

/// How to draw the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawingOptions {
    /// The paper; [`Paper::Fit`] makes a page around the floor.
    pub paper: Paper,
    /// The drawing scale on a sheet: [`Scale::Fit`] picks the most detailed standard
    /// scale that fits; a fixed scale that does not fit is a [`SheetError`].
    pub scale: Scale,
    /// Landscape (the default) or portrait, for A3, A1 and A0.
    pub landscape: bool,
    /// What booth colours mean.
    pub color_by: ColorBy,
    /// Draw the title block (event, venue, dates, scale, date drawn, booth count).
    pub title_block: bool,
    /// The date printed as "Drawn" in the title block, e.g. `2023-06-30`. The caller
    /// passes today's date; `None` leaves the field empty (and drawings reproducible).
    pub drawn_on: Option<String>,
    /// The revision printed in the title block, e.g. `3` or `B`; `None` leaves it empty.
    pub revision: Option<String>,
    /// The date of that revision, free text; `None` leaves it empty.
    pub revision_date: Option<String>,
}

impl Default for DrawingOptions {
    fn default() -> Self {
        Self {
            paper: Paper::Fit,
            scale: Scale::Fit,
            landscape: true,
            color_by: ColorBy::Sector,
            title_block: true,
            drawn_on: None,
            revision: None,
            revision_date: None,
        }
    }
}

/// Why a drawing could not be made or written.
#[derive(Debug, Error)]
pub enum DrawingError {
    /// The plan cannot be drawn at the scale asked for on the sheet asked for.
    #[error(transparent)]
    Sheet(#[from] SheetError),
    /// The SVG could not be read back for rendering (a bug: the drawing is generated).
    #[error("cannot render the drawing: {0}")]
    Svg(#[from] resvg::usvg::Error),
    /// The requested image is too small or too large.
    #[error(
        "an image of {width} × {height} pixels is not possible (each side 1 to {MAX_SIDE_PX} pixels, at most {MAX_PIXELS} pixels in all)"
    )]
    ImageSize {
        /// Requested width in pixels.
        width: u64,
        /// Resulting height in pixels.
        height: u64,
    },
    /// PNG encoding failed.
    #[error("cannot encode the PNG: {0}")]
    Png(String),
    /// PDF conversion failed.
    #[error("cannot make the PDF: {0}")]
    Pdf(svg2pdf::ConversionError),
    /// Writing to the output failed.
    #[error("cannot write the drawing: {0}")]
    Write(#[from] std::io::Error),
    /// Saving the file failed; the previous file, if any, is untouched.
    #[error(transparent)]
    Save(#[from] SaveError),
}

/// The floor drawing of `plan` as an SVG document: halls, sector tints, obstacles,
/// exits and clear zones, booths with number and exhibitor name, the legend, a scale
/// bar and (if asked) the title block. Every text is XML-escaped. Fails only when a
/// fixed scale is asked for that the sheet cannot hold (or no sheet is chosen).
pub fn plan_to_svg(plan: &Plan, opts: &DrawingOptions) -> Result<String, DrawingError> {
    Ok(svg::svg_document(plan, opts, svg::Flavor::File)?.svg)
}

/// Writes [`plan_to_svg`] to `out`.
pub fn write_svg(
    plan: &Plan,
    opts: &DrawingOptions,
    mut out: impl Write,
) -> Result<(), DrawingError> {
    out.write_all(plan_to_svg(plan, opts)?.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Saves [`plan_to_svg`] to `path`, replacing the file atomically.
pub fn save_svg(plan: &Plan, opts: &DrawingOptions, path: &Path) -> Result<(), DrawingError> {
    save_bytes(path, plan_to_svg(plan, opts)?.as_bytes())
}

/// Replaces `path` with `bytes` atomically.
fn save_bytes(path: &Path, bytes: &[u8]) -> Result<(), DrawingError> {
    crate::io::write_atomic(path, |out| out.write_all(bytes))?;
    Ok(())
}
