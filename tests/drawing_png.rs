//! The PNG drawing: the requested size, and really drawn (sector colours present).
#![allow(clippy::unwrap_used)] // A failed unwrap in a test helper fails the test.

mod drawing_common;

use drawing_common::plan;
use expoplan::drawing::{
    ColorBy, DrawingError, DrawingOptions, MAX_SIDE_PX, Paper, render_png, save_png,
};
use resvg::tiny_skia::Pixmap;

/// The colour a booth of a sector is filled with (half the sector colour, half white).
fn booth_tint(color: [u8; 3]) -> [u8; 3] {
    color.map(|c| ((f64::from(c) + 255.0) / 2.0).round() as u8)
}

fn count_pixels(pixmap: &Pixmap, rgb: [u8; 3]) -> usize {
    pixmap
        .pixels()
        .iter()
        .filter(|p| [p.red(), p.green(), p.blue()] == rgb && p.alpha() == 255)
        .count()
}

#[test]
fn the_image_has_the_requested_width_and_the_page_proportions() {
    let plan = plan();
    let opts = DrawingOptions {
        paper: Paper::A3,
        ..DrawingOptions::default()
    };
    let png = render_png(&plan, &opts, 1400).unwrap();
    let pixmap = Pixmap::decode_png(&png).unwrap();
    assert_eq!(pixmap.width(), 1400);
    assert_eq!(pixmap.height(), (1400.0_f64 * 297.0 / 420.0).round() as u32);
}

#[test]
fn booths_show_their_sector_colours_and_the_text_is_drawn() {
    let plan = plan();
    let png = render_png(&plan, &DrawingOptions::default(), 1200).unwrap();
    let pixmap = Pixmap::decode_png(&png).unwrap();
    for sector in &plan.sectors {
        let n = count_pixels(&pixmap, booth_tint(sector.color));
        assert!(n > 500, "{} booth fill: {n} pixels", sector.name_en);
    }
    // Not blank: besides white and the fills there is dark ink (walls, text).
    let dark = pixmap
        .pixels()
        .iter()
        .filter(|p| p.red() < 80 && p.green() < 80 && p.blue() < 80)
        .count();
    assert!(dark > 2_000, "{dark} dark pixels");
}

#[test]
fn status_colouring_uses_the_status_colours() {
    let plan = plan();
    let opts = DrawingOptions {
        color_by: ColorBy::Status,
        ..DrawingOptions::default()
    };
    let pixmap = Pixmap::decode_png(&render_png(&plan, &opts, 1200).unwrap()).unwrap();
    // Sold booths (two of them) are salmon red.
    assert!(count_pixels(&pixmap, [236, 112, 99]) > 1_000);
}

#[test]
fn absurd_sizes_are_refused_not_attempted() {
    let plan = plan();
    let opts = DrawingOptions::default();
    assert!(matches!(
        render_png(&plan, &opts, 0),
        Err(DrawingError::ImageSize { .. })
    ));
    let too_wide = u32::try_from(MAX_SIDE_PX).unwrap() + 1;
    assert!(matches!(
        render_png(&plan, &opts, too_wide),
        Err(DrawingError::ImageSize { .. })
    ));
}

#[test]
fn saving_writes_a_png_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.png");
    save_png(&plan(), &DrawingOptions::default(), &path, 300).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
}
