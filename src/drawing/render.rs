//! The drawing as a usvg tree, with text laid out in the bundled font only.

use super::DrawingError;
use crate::fonts::{CJK_FONT, CJK_FONT_NAME};
use resvg::usvg::{self, fontdb};
use std::sync::{Arc, OnceLock};

/// A font database holding the bundled font and nothing from the system, built once.
fn font_database() -> Arc<fontdb::Database> {
    static DATABASE: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DATABASE
        .get_or_init(|| {
            let mut db = fontdb::Database::new();
            db.load_font_source(fontdb::Source::Binary(Arc::new(CJK_FONT)));
            db.set_sans_serif_family(CJK_FONT_NAME);
            db.set_serif_family(CJK_FONT_NAME);
            db.set_monospace_family(CJK_FONT_NAME);
            Arc::new(db)
        })
        .clone()
}

/// Parses a drawing made by this module into a render tree.
pub fn tree(svg: &str) -> Result<usvg::Tree, DrawingError> {
    let options = usvg::Options {
        font_family: CJK_FONT_NAME.to_owned(),
        fontdb: font_database(),
        ..usvg::Options::default()
    };
    Ok(usvg::Tree::from_str(svg, &options)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_bundled_font_is_known() {
        let db = font_database();
        assert_eq!(db.len(), 1);
        let query = fontdb::Query {
            families: &[fontdb::Family::SansSerif],
            ..fontdb::Query::default()
        };
        assert!(db.query(&query).is_some());
    }

    #[test]
    fn chinese_text_becomes_glyph_outlines() {
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="5" y="40" font-size="30" font-family="{CJK_FONT_NAME}">星河 AI</text></svg>"#
        );
        let tree = tree(&svg).unwrap();
        let bbox = tree.root().abs_bounding_box();
        assert!(bbox.width() > 90.0, "laid-out text width {}", bbox.width());
    }
}
