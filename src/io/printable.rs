//! Text from a file made safe to print on a terminal: control characters (escape
//! sequences, carriage returns, bidirectional overrides) are shown escaped, never sent
//! raw.

use std::borrow::Cow;

/// Whether `c` would act on a terminal instead of showing: C0 and C1 controls (ESC, CR,
/// BEL, CSI, …) and the invisible marks that reorder or hide text.
fn is_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// `text` with every control character escaped as Rust writes it (`\u{1b}`, `\r`, `\t`);
/// other text, Chinese included, unchanged.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_control(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// [`printable`], cut to its first 40 characters (with `…`) for a message.
pub(crate) fn shortened(text: &str) -> String {
    const MOST: usize = 40;
    let mut out: String = text.chars().take(MOST).collect();
    if text.chars().nth(MOST).is_some() {
        out.push('…');
    }
    printable(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped_and_names_kept() {
        assert_eq!(printable("深度求索 Acme"), "深度求索 Acme");
        assert!(matches!(printable("plain"), Cow::Borrowed(_)));
        assert_eq!(
            printable("\u{1b}[2J\u{1b}]0;owned\u{7}"),
            "\\u{1b}[2J\\u{1b}]0;owned\\u{7}"
        );
        assert_eq!(printable("a\rb\tc"), "a\\rb\\tc");
        assert_eq!(printable("\u{9b}31m"), "\\u{9b}31m");
        assert_eq!(printable("abc\u{202e}def"), "abc\\u{202e}def");
    }

    #[test]
    fn messages_get_a_short_form() {
        assert_eq!(shortened(&"x".repeat(50)), format!("{}…", "x".repeat(40)));
        assert_eq!(shortened("A\u{1b}1"), "A\\u{1b}1");
    }
}
