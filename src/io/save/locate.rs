//! Finding where in a file's text an inconsistency lies (the second booth with id 12, the
//! setting out of range), so the message can give a line and column.

use crate::model::IntegrityPlace;

/// The lists of a plan file, in the order they are written.
const LISTS: [&str; 6] = [
    "halls",
    "sectors",
    "exhibitors",
    "booths",
    "obstacles",
    "exits",
];

/// The 1-based line and column (in characters) of `place` in `text`, when it can be
/// found. A match inside a quoted string may mislead it; it is a pointer for people.
pub(super) fn locate(text: &str, place: &IntegrityPlace) -> Option<(usize, usize)> {
    let offset = match place {
        IntegrityPlace::Item { list, id, nth } => item_offset(text, list, *id, *nth),
        IntegrityPlace::Setting(field) => setting_offset(text, field),
    }?;
    Some(line_and_column(text, offset))
}

/// Where `key:` first stands as a field name at or after `from`.
fn field(text: &str, key: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    text.get(from..)?
        .match_indices(key)
        .map(|(at, _)| from + at)
        .find(|&at| {
            let before = at.checked_sub(1).and_then(|b| bytes.get(b));
            let boundary = before.is_none_or(|b| matches!(b, b'(' | b' ' | b'\t' | b'\n' | b','));
            boundary && text[at + key.len()..].trim_start().starts_with(':')
        })
}

/// Where the `nth` item with `id` starts in `list` (its `id` field).
fn item_offset(text: &str, list: &str, id: u32, nth: usize) -> Option<usize> {
    let start = field(text, list, 0)?;
    let end = LISTS
        .iter()
        .skip_while(|l| **l != list)
        .skip(1)
        .find_map(|next| field(text, next, start))
        .unwrap_or(text.len());
    let mut at = start;
    let mut seen = 0;
    while let Some(found) = field(text, "id", at).filter(|f| *f < end) {
        let value = text[found + 2..]
            .trim_start()
            .strip_prefix(':')?
            .trim_start();
        let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
        if digits.parse() == Ok(id) {
            seen += 1;
            if seen == nth {
                return Some(found);
            }
        }
        at = found + 2;
    }
    None
}

/// Where the settings field `path` (`grid_step_m`, `prices.inline_per_m2`) is.
fn setting_offset(text: &str, path: &str) -> Option<usize> {
    let mut at = field(text, "settings", 0)?;
    for key in path.split('.') {
        at = field(text, key, at)?;
    }
    Some(at)
}

/// The 1-based line and column (in characters) of byte `offset` in `text`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = 1 + before.matches('\n').count();
    let column = 1 + before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "(\n    version: 3,\n    settings: (\n        grid_step_m: 0.0,\n        prices: (\n            inline_per_m2: -1.0,\n        ),\n    ),\n    booths: [\n        (id: 1, number: \"A\"),\n        (id: 12, number: \"B\"),\n        (id: 12, number: \"C\"),\n    ],\n    obstacles: [\n        (id: 12),\n    ],\n)\n";

    #[test]
    fn items_and_settings_are_found() {
        let item = |id, nth| IntegrityPlace::Item {
            list: "booths",
            id,
            nth,
        };
        assert_eq!(locate(TEXT, &item(12, 1)), Some((11, 10)));
        assert_eq!(locate(TEXT, &item(12, 2)), Some((12, 10)));
        assert_eq!(locate(TEXT, &item(12, 3)), None, "not in the next list");
        let setting = |s: &str| IntegrityPlace::Setting(s.to_owned());
        assert_eq!(locate(TEXT, &setting("grid_step_m")), Some((4, 9)));
        assert_eq!(
            locate(TEXT, &setting("prices.inline_per_m2")),
            Some((6, 13))
        );
        assert_eq!(locate(TEXT, &setting("max_travel_m")), None);
    }
}
