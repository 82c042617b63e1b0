//! Fonts: egui's own fonts first, then the bundled Chinese font as the last fallback, so
//! Chinese names render on a machine with no fonts installed.

use std::sync::Arc;

/// Adds the bundled CJK font as the lowest-priority fallback of every font family.
pub fn install(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        crate::fonts::CJK_FONT_NAME.to_owned(),
        Arc::new(egui::FontData::from_static(crate::fonts::CJK_FONT)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push(crate::fonts::CJK_FONT_NAME.to_owned());
    }
    ctx.set_fonts(fonts);
}
