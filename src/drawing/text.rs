//! `<text>` elements: every string goes through [`escape`] here.

use super::xml::{escape, hex, num};
use std::fmt::Write as _;

/// Horizontal alignment of a text at its anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at the point.
    Start,
    /// The text is centred on the point.
    Middle,
}

/// Size, colour and alignment of a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// Font size in the current user units.
    pub size: f64,
    /// Colour.
    pub color: [u8; 3],
    /// Alignment.
    pub anchor: Anchor,
}

impl TextStyle {
    /// Left-aligned text of this size and colour.
    pub const fn new(size: f64, color: [u8; 3]) -> Self {
        Self {
            size,
            color,
            anchor: Anchor::Start,
        }
    }

    /// The same style with another alignment.
    pub const fn anchor(self, anchor: Anchor) -> Self {
        Self { anchor, ..self }
    }
}

/// Writes `content` as one line of text with its baseline starting (or centred, or
/// ending) at (`x`, `y`). The font family is inherited from the document.
pub fn text(out: &mut String, x: f64, y: f64, style: &TextStyle, content: &str) {
    let anchor = match style.anchor {
        Anchor::Start => "",
        Anchor::Middle => r#" text-anchor="middle""#,
    };
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" font-size="{}" fill="{}"{anchor}>{}</text>"#,
        num(x),
        num(y),
        num(style.size),
        hex(style.color),
        escape(content),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_is_escaped_and_alignment_written() {
        let mut out = String::new();
        let style = TextStyle::new(2.5, [0, 0, 0]).anchor(Anchor::Middle);
        text(&mut out, 1.0, 2.0, &style, "<b>A & B</b>");
        assert_eq!(
            out,
            r##"<text x="1" y="2" font-size="2.5" fill="#000000" text-anchor="middle">&lt;b&gt;A &amp; B&lt;/b&gt;</text>"##
        );
    }
}
