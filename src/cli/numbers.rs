//! Number and column formatting for the readable output: thousands separators, and
//! padding by display width so Chinese names (two columns per character) line up.

use unicode_width::UnicodeWidthStr;

/// `value` with `decimals` decimals and a comma between thousands: `12,600`, `121.9`.
pub(crate) fn grouped(value: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    // "-0" is not worth a sign.
    if value < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.insert(0, '-');
    }
    out
}

/// A share (0–1) as a percentage with one decimal: `47.3 %`.
pub(crate) fn percent(share: f64) -> String {
    format!("{:.1} %", share * 100.0)
}

/// `text` followed by spaces up to `width` terminal columns.
pub(crate) fn pad_right(text: &str, width: usize) -> String {
    let used = text.width();
    format!("{text}{}", " ".repeat(width.saturating_sub(used)))
}

/// Spaces up to `width` terminal columns, then `text`.
pub(crate) fn pad_left(text: &str, width: usize) -> String {
    let used = text.width();
    format!("{}{text}", " ".repeat(width.saturating_sub(used)))
}

/// Terminal columns `text` takes.
pub(crate) fn width(text: &str) -> usize {
    text.width()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(0.0, 0), "0");
        assert_eq!(grouped(999.0, 0), "999");
        assert_eq!(grouped(12_600.0, 0), "12,600");
        assert_eq!(grouped(1_234_567.891, 1), "1,234,567.9");
        assert_eq!(grouped(-4_500.0, 0), "-4,500");
        assert_eq!(grouped(-0.01, 1), "0.0");
        assert_eq!(percent(0.4734), "47.3 %");
    }

    #[test]
    fn pads_by_display_width() {
        assert_eq!(width("核心技术"), 8);
        assert_eq!(pad_right("核心", 6), "核心  ");
        assert_eq!(pad_left("ab", 4), "  ab");
        assert_eq!(pad_right("toolong", 3), "toolong");
    }
}
