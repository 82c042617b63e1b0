//! The plain words of a drawing's TEXT and MTEXT: formatting codes taken out.

/// The text an MTEXT shows, without its formatting codes: `\P` (new paragraph) and `\~`
/// become spaces, `{…}` groups and codes such as `\fArial|b0;`, `\H2.5x;`, `\C1;`,
/// `\L`, `\O` are dropped, `\\`, `\{` and `\}` are the characters themselves. `%%c`,
/// `%%d` and `%%p` become ⌀, ° and ±.
pub fn plain_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('P' | '~') => out.push(' '),
                Some(lit @ ('\\' | '{' | '}')) => out.push(lit),
                // Codes with a value up to `;`: font, height, colour, width, tracking,
                // paragraph …
                Some(
                    'f' | 'F' | 'H' | 'h' | 'C' | 'c' | 'W' | 'w' | 'T' | 't' | 'Q' | 'q' | 'A'
                    | 'a' | 'p',
                ) => {
                    for d in chars.by_ref() {
                        if d == ';' {
                            break;
                        }
                    }
                }
                // Stacked text `\S1/2;` shows its parts.
                Some('S' | 's') => {
                    for d in chars.by_ref() {
                        if d == ';' {
                            break;
                        }
                        if !matches!(d, '^' | '#' | '/') {
                            out.push(d);
                        } else {
                            out.push('/');
                        }
                    }
                }
                // Switches without a value: underline, overline, strike-through.
                Some(_) | None => {}
            },
            '{' | '}' => {}
            '%' if chars.peek() == Some(&'%') => {
                chars.next();
                match chars.next() {
                    Some('c' | 'C') => out.push('⌀'),
                    Some('d' | 'D') => out.push('°'),
                    Some('p' | 'P') => out.push('±'),
                    Some('%') => out.push('%'),
                    // %%u, %%o: underline and overline switches.
                    Some(_) | None => {}
                }
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_codes_are_dropped_and_words_kept() {
        assert_eq!(
            plain_text("{\\fSimSun|b0|i0;一号馆}\\PHall 1"),
            "一号馆 Hall 1"
        );
        assert_eq!(plain_text("\\H2.5x;\\C1;Loading bay"), "Loading bay");
        assert_eq!(plain_text("Column %%c600"), "Column ⌀600");
        assert_eq!(plain_text("a\\\\b \\{c\\}"), "a\\b {c}");
        assert_eq!(plain_text("  W1 \\L underlined\\l "), "W1 underlined");
    }
}
