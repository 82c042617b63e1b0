//! The bundled CJK font works in egui: its CFF outlines are found and rasterised, so a
//! Chinese name lays out with real glyphs (no tofu) on a machine with no fonts installed.
#![cfg(feature = "gui")]

use egui::epaint::text::{FontDefinitions, Fonts, MissingGlyphPolicy, TextOptions};
use egui::{Color32, FontFamily, FontId};
use expoplan::fonts::add_cjk_fallback;

/// Pixels of the font atlas with any coverage.
fn inked_texels(fonts: &Fonts) -> usize {
    fonts.image().pixels.iter().filter(|p| p.a() > 0).count()
}

#[test]
fn chinese_text_lays_out_and_rasterises_with_the_bundled_font() {
    let mut definitions = FontDefinitions::default();
    add_cjk_fallback(&mut definitions);
    // Panics on any glyph no installed font has: proves the fallback covers the text.
    let mut fonts = Fonts::new(TextOptions::default(), definitions)
        .with_missing_glyph_policy(MissingGlyphPolicy::Panic);
    let font_id = FontId::new(24.0, FontFamily::Proportional);
    let text = "星河智能 核心技术 前沿技术（上海）";
    assert!(fonts.has_glyphs(&font_id, text));

    let before = inked_texels(&fonts);
    let galley =
        fonts
            .with_pixels_per_point(1.0)
            .layout_no_wrap(text.to_owned(), font_id, Color32::WHITE);
    let after = inked_texels(&fonts);

    assert!(galley.size().x > 24.0 * 10.0, "width {}", galley.size().x);
    // Each hanzi is drawn into the atlas: far more new ink than a handful of boxes.
    assert!(after > before + 14 * 50, "atlas ink {before} -> {after}");
}

#[test]
fn without_the_fallback_egui_has_no_chinese_glyphs() {
    let mut fonts = Fonts::new(TextOptions::default(), FontDefinitions::default());
    assert!(!fonts.has_glyphs(&FontId::proportional(14.0), "星河"));
}
