//! How wide a text is in the bundled font, so labels can be sized to fit their booth.

use crate::fonts::CJK_FONT;
use std::sync::OnceLock;

/// The bundled font, parsed once.
fn face() -> Option<&'static ttf_parser::Face<'static>> {
    static FACE: OnceLock<Option<ttf_parser::Face<'static>>> = OnceLock::new();
    FACE.get_or_init(|| ttf_parser::Face::parse(CJK_FONT, 0).ok())
        .as_ref()
}

/// Advance width of one character in em, looked up once per character: ASCII from a
/// table made on first use, everything else from a cache per thread (a 74,000-booth
/// drawing measures millions of characters of a few thousand kinds).
fn advance_em(c: char) -> f64 {
    static ASCII: OnceLock<[f64; 128]> = OnceLock::new();
    if c.is_ascii() {
        let table =
            ASCII.get_or_init(|| std::array::from_fn(|i| measured_advance_em(char::from(i as u8))));
        return table[c as usize];
    }
    thread_local! {
        static CACHE: std::cell::RefCell<rustc_hash::FxHashMap<char, f64>> =
            std::cell::RefCell::default();
    }
    CACHE.with(|cache| {
        *cache
            .borrow_mut()
            .entry(c)
            .or_insert_with(|| measured_advance_em(c))
    })
}

/// Advance width of one character in em from the font, or a generous guess when the
/// font lacks it.
fn measured_advance_em(c: char) -> f64 {
    let measured = face().and_then(|face| {
        let glyph = face.glyph_index(c)?;
        let advance = face.glyph_hor_advance(glyph)?;
        Some(f64::from(advance) / f64::from(face.units_per_em()))
    });
    measured.unwrap_or(if c.is_ascii() { 0.6 } else { 1.0 })
}

/// Width of `text` set in the bundled font at a size of 1 (so in em). Kerning is
/// ignored, which only ever overestimates the width a little.
pub fn width_em(text: &str) -> f64 {
    text.chars().map(advance_em).sum()
}

/// Whether a line may break before `c` without a space: between CJK ideographs and
/// around CJK punctuation and full-width forms.
fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FFEF}')
}

/// Breaks `text` into at most `max_lines` lines of about equal width, at spaces or
/// between CJK characters. Returns the lines; fewer when the text has fewer break points.
pub fn wrap(text: &str, max_lines: usize) -> Vec<String> {
    let tokens = tokens(text);
    if max_lines <= 1 || tokens.len() <= 1 {
        return vec![text.trim().to_owned()];
    }
    let total: f64 = tokens.iter().map(|t| width_em(t)).sum();
    let target = total / max_lines as f64;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // The widths of `line` as it is and without its trailing spaces, kept as tokens are
    // added rather than measured again for every token.
    let (mut width, mut trimmed_width) = (0.0, 0.0);
    for token in tokens {
        let is_space = token.trim().is_empty();
        let token_width = width_em(&token);
        let would_be = trimmed_width + token_width;
        if !is_space
            && !line.trim().is_empty()
            && lines.len() + 1 < max_lines
            && would_be > target
            && would_be - target > target - trimmed_width
        {
            lines.push(line.trim().to_owned());
            line.clear();
            (width, trimmed_width) = (0.0, 0.0);
        }
        if !(is_space && line.is_empty()) {
            line.push_str(&token);
            width += token_width;
            if !is_space {
                trimmed_width = width;
            }
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim().to_owned());
    }
    lines
}

/// Splits text into pieces a line may break between: runs of spaces, single wide
/// characters, and words of everything else.
fn tokens(text: &str) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, tokens: &mut Vec<String>| {
        if !word.is_empty() {
            tokens.push(std::mem::take(word));
        }
    };
    for c in text.trim().chars() {
        if c.is_whitespace() {
            flush(&mut word, &mut tokens);
            tokens.push(" ".to_owned());
        } else if is_wide(c) {
            flush(&mut word, &mut tokens);
            tokens.push(c.to_string());
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut tokens);
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hanzi_are_one_em_and_latin_is_narrower() {
        assert!(face().is_some(), "the bundled font parses");
        assert!(
            (width_em("星河") - 2.0).abs() < 0.01,
            "{}",
            width_em("星河")
        );
        let latin = width_em("abc");
        assert!(latin > 1.0 && latin < 2.0, "{latin}");
        assert!(width_em("A-012") > width_em("A-01"));
    }

    #[test]
    fn chinese_breaks_between_characters_into_balanced_lines() {
        assert_eq!(wrap("星河智能科技", 2), ["星河智", "能科技"]);
        assert_eq!(wrap("星河智能科技", 1), ["星河智能科技"]);
    }

    #[test]
    fn latin_breaks_only_at_spaces() {
        assert_eq!(
            wrap("Galaxy Intelligent Technology", 2),
            ["Galaxy Intelligent", "Technology"]
        );
        assert_eq!(wrap("Supercalifragilistic", 3), ["Supercalifragilistic"]);
        assert_eq!(wrap("  A  &  B  ", 3).concat().replace(' ', ""), "A&B");
    }

    #[test]
    fn mixed_scripts_keep_words_whole() {
        let lines = wrap("星河AI实验室 Lab", 2);
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().any(|l| l.contains("AI")), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), "星河AI实验室Lab");
    }
}
