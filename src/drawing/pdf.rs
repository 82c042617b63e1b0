//! The drawing as a one-page PDF, converted by svg2pdf with the text embedded as text.

use super::{DrawingError, DrawingOptions, plan_to_svg, render, save_bytes};
use crate::model::Plan;
use std::io::Write;
use std::path::Path;

/// CSS pixels per inch: usvg reads `420mm` as pixels at this density, and svg2pdf turns
/// them back into points with the same figure, so A3 comes out as 1190.55 × 841.89 pt.
const CSS_DPI: f32 = 96.0;

/// The drawing as PDF bytes. On A3, A1 and A0 the page is the paper; for
/// [`super::Paper::Fit`] the page is the SVG's pixel size in points.
pub fn pdf_bytes(plan: &Plan, opts: &DrawingOptions) -> Result<Vec<u8>, DrawingError> {
    let tree = render::tree(&plan_to_svg(plan, opts)?)?;
    let conversion = svg2pdf::ConversionOptions {
        embed_text: true,
        ..svg2pdf::ConversionOptions::default()
    };
    let page = svg2pdf::PageOptions { dpi: CSS_DPI };
    svg2pdf::to_pdf(&tree, conversion, page).map_err(DrawingError::Pdf)
}

/// Writes [`pdf_bytes`] to `out`.
pub fn write_pdf(
    plan: &Plan,
    opts: &DrawingOptions,
    mut out: impl Write,
) -> Result<(), DrawingError> {
    out.write_all(&pdf_bytes(plan, opts)?)?;
    out.flush()?;
    Ok(())
}

/// Saves [`pdf_bytes`] to `path`, replacing the file atomically.
pub fn save_pdf(plan: &Plan, opts: &DrawingOptions, path: &Path) -> Result<(), DrawingError> {
    save_bytes(path, &pdf_bytes(plan, opts)?)
}
