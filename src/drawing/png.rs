//! The drawing as a PNG image, rendered by resvg.

use super::{DrawingError, DrawingOptions, plan_to_svg, render, save_bytes};
use crate::model::Plan;
use resvg::tiny_skia;
use std::io::Write;
use std::path::Path;

/// Longest side of an image, in pixels.
pub const MAX_SIDE_PX: u64 = 20_000;
/// Most pixels in an image (100 megapixels: 400 MB of memory while rendering).
pub const MAX_PIXELS: u64 = 100_000_000;

/// Renders the drawing `pixels_wide` pixels wide (the height follows from the page) on
/// a white background, and encodes it as PNG.
pub fn render_png(
    plan: &Plan,
    opts: &DrawingOptions,
    pixels_wide: u32,
) -> Result<Vec<u8>, DrawingError> {
    let tree = render::tree(&plan_to_svg(plan, opts)?)?;
    let size = tree.size();
    let zoom = f64::from(pixels_wide) / f64::from(size.width());
    let height = (f64::from(size.height()) * zoom).round().max(1.0);
    let width = u64::from(pixels_wide);
    // `height` is finite and at least 1; anything beyond the limits is refused below.
    let height_px = height.min(1e12) as u64;
    let size_error = || DrawingError::ImageSize {
        width,
        height: height_px,
    };
    if width == 0
        || width > MAX_SIDE_PX
        || height_px > MAX_SIDE_PX
        || width * height_px > MAX_PIXELS
    {
        return Err(size_error());
    }
    let height_u32 = u32::try_from(height_px).map_err(|_| size_error())?;
    let mut pixmap = tiny_skia::Pixmap::new(pixels_wide, height_u32).ok_or_else(size_error)?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let zoom = zoom as f32;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(zoom, zoom),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|err| DrawingError::Png(err.to_string()))
}

/// Writes [`render_png`] to `out`.
pub fn write_png(
    plan: &Plan,
    opts: &DrawingOptions,
    mut out: impl Write,
    pixels_wide: u32,
) -> Result<(), DrawingError> {
    out.write_all(&render_png(plan, opts, pixels_wide)?)?;
    out.flush()?;
    Ok(())
}

/// Saves [`render_png`] to `path`, replacing the file atomically.
pub fn save_png(
    plan: &Plan,
    opts: &DrawingOptions,
    path: &Path,
    pixels_wide: u32,
) -> Result<(), DrawingError> {
    save_bytes(path, &render_png(plan, opts, pixels_wide)?)
}
