//! Text and numbers as they go into SVG and HTML markup.

use std::fmt::Write as _;

/// Escapes `text` for XML and HTML text content and for attribute values in double or
/// single quotes.
///
/// The five markup characters become entities, line breaks and tabs become spaces, and
/// characters XML 1.0 forbids (other control characters, lone surrogates cannot occur in
/// a `str`, U+FFFE and U+FFFF) become U+FFFD, so any exhibitor name yields well-formed
/// markup that shows the name as text.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if is_xml_char(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out
}

/// Whether XML 1.0 allows `c` in a document (apart from the markup characters). C1
/// controls are allowed by XML but invisible and confusing, so they are refused too.
fn is_xml_char(c: char) -> bool {
    !(c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}')
}

/// A number for a coordinate or size: at most three decimals, no trailing zeros, no
/// negative zero. Non-finite values (which validated geometry never produces) become 0.
pub fn num(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_owned();
    }
    let mut text = format!("{value:.3}");
    if text.contains('.') {
        let trimmed = text.trim_end_matches('0').trim_end_matches('.').len();
        text.truncate(trimmed);
    }
    if text == "-0" {
        text = "0".to_owned();
    }
    text
}

/// An sRGB colour as `#rrggbb`.
pub fn hex([r, g, b]: [u8; 3]) -> String {
    let mut out = String::with_capacity(7);
    let _ = write!(out, "#{r:02x}{g:02x}{b:02x}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use resvg::usvg::roxmltree;

    #[test]
    fn markup_characters_become_entities() {
        assert_eq!(
            escape(r#"<script>alert(1)</script> & "A" 'B'"#),
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;A&quot; &#39;B&#39;"
        );
        assert_eq!(escape("星河 AI"), "星河 AI");
    }

    #[test]
    fn control_characters_cannot_break_the_document() {
        assert_eq!(
            escape("a\u{0}b\u{1b}c\u{FFFF}"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}"
        );
        assert_eq!(escape("two\nlines\tand\rtab"), "two lines and tab");
    }

    #[test]
    fn numbers_are_short_and_never_negative_zero() {
        assert_eq!(num(3.0), "3");
        assert_eq!(num(2.5), "2.5");
        assert_eq!(num(1.23456), "1.235");
        assert_eq!(num(-0.0001), "0");
        assert_eq!(num(-12.75), "-12.75");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(num(100.0), "100");
    }

    #[test]
    fn colours_are_lower_case_hex() {
        assert_eq!(hex([66, 133, 244]), "#4285f4");
        assert_eq!(hex([0, 0, 0]), "#000000");
    }

    proptest! {
        /// Whatever the text, it parses back as the same text (up to the documented
        /// replacements) from both element content and an attribute.
        #[test]
        fn any_text_round_trips_through_xml(text in any::<String>()) {
            let escaped = escape(&text);
            let doc = format!(r#"<a title="{escaped}">{escaped}</a>"#);
            let parsed = roxmltree::Document::parse(&doc).unwrap();
            let root = parsed.root_element();
            let expected: String = text
                .chars()
                .map(|c| match c {
                    '\t' | '\n' | '\r' => ' ',
                    c if is_xml_char(c) => c,
                    _ => '\u{FFFD}',
                })
                .collect();
            prop_assert_eq!(root.text().unwrap_or(""), expected.as_str());
            prop_assert_eq!(root.attribute("title"), Some(expected.as_str()));
        }
    }
}
