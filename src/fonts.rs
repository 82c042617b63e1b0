//! The bundled font: a subset of Noto Sans CJK SC (SIL Open Font License 1.1) covering
//! GB2312, Latin and CJK punctuation, so Chinese names render on a machine with no fonts
//! installed. `assets/fonts/README.md` says how it was made; its licence is
//! `assets/fonts/LICENSE-OFL.txt`.

/// The font file (OpenType with CFF outlines, about 3.5 MB), compiled into the program.
pub const CJK_FONT: &[u8] = include_bytes!("../assets/fonts/NotoSansSC-subset.otf");

/// The font's family name, as written in SVG `font-family` and looked up in font
/// databases. Also the key under which [`add_cjk_fallback`] registers it with egui.
pub const CJK_FONT_NAME: &str = "Noto Sans CJK SC";

/// Adds the bundled font to egui's font definitions as the lowest-priority fallback of
/// both the proportional and the monospace family, so egui's own fonts still draw Latin
/// text and the bundled one draws only what they lack (Chinese).
#[cfg(feature = "gui")]
pub fn add_cjk_fallback(definitions: &mut egui::FontDefinitions) {
    definitions.font_data.insert(
        CJK_FONT_NAME.to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(CJK_FONT)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        let fonts = definitions.families.entry(family).or_default();
        if !fonts.iter().any(|name| name == CJK_FONT_NAME) {
            fonts.push(CJK_FONT_NAME.to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use resvg::usvg::fontdb;

    #[test]
    fn the_font_is_an_opentype_cff_file_well_under_four_megabytes() {
        assert_eq!(&CJK_FONT[..4], b"OTTO", "CFF-flavoured OpenType");
        assert!(CJK_FONT.len() < 4 * 1024 * 1024, "{} bytes", CJK_FONT.len());
    }

    #[test]
    fn the_family_name_is_the_one_the_font_declares() {
        let mut db = fontdb::Database::new();
        db.load_font_data(CJK_FONT.to_vec());
        let faces: Vec<_> = db.faces().collect();
        assert_eq!(faces.len(), 1);
        assert!(
            faces[0]
                .families
                .iter()
                .any(|(name, _)| name == CJK_FONT_NAME),
            "{:?}",
            faces[0].families
        );
    }

    /// Every Chinese character the generator puts into names and sectors has a glyph,
    /// so the sample and the stress plans never show a missing-glyph box.
    #[test]
    fn the_font_covers_every_generated_name() {
        let face = ttf_parser::Face::parse(CJK_FONT, 0).unwrap();
        let plan = crate::generate::generate(&crate::generate::GenerateOptions {
            booths: Some(3_000),
            ..Default::default()
        });
        let sample = crate::generate::waic_2023();
        let names = plan
            .exhibitors
            .iter()
            .chain(&sample.exhibitors)
            .map(|e| e.name.as_str())
            .chain(sample.sectors.iter().map(|s| s.name_zh.as_str()));
        for name in names {
            for ch in name.chars().filter(|c| !c.is_ascii()) {
                assert!(
                    face.glyph_index(ch).is_some(),
                    "no glyph for {ch:?} in {name:?}"
                );
            }
        }
    }

    #[cfg(feature = "gui")]
    #[test]
    fn adding_the_fallback_twice_registers_it_once_and_last() {
        let mut definitions = egui::FontDefinitions::default();
        add_cjk_fallback(&mut definitions);
        add_cjk_fallback(&mut definitions);
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            let fonts = &definitions.families[&family];
            assert_eq!(fonts.last().map(String::as_str), Some(CJK_FONT_NAME));
            assert_eq!(fonts.iter().filter(|f| *f == CJK_FONT_NAME).count(), 1);
        }
    }
}
