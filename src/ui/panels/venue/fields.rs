//! Fields that commit once: a text or number field shows the plan's value, keeps what is
//! typed while it has the keyboard, and hands the new value back on Enter or when it is
//! left (Esc drops it). A drag of a number commits once, on release.

use egui::{DragValue, Key, TextEdit, Ui};
use std::hash::Hash;

/// A one-line text field showing `committed`; returns the new text once it is entered.
pub fn text(
    ui: &mut Ui,
    id: impl Hash + std::fmt::Debug,
    label: Option<egui::Id>,
    committed: &str,
    width: f32,
) -> Option<String> {
    let id = ui.make_persistent_id(id);
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| committed.to_owned());
    let mut response = ui.add(TextEdit::singleline(&mut text).id(id).desired_width(width));
    if let Some(label) = label {
        response = response.labelled_by(label);
    }
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text.clone()));
    }
    if response.lost_focus() {
        ui.data_mut(|d| d.remove::<String>(id));
        let escaped = ui.input(|i| i.key_pressed(Key::Escape));
        return (!escaped && text != committed).then_some(text);
    }
    None
}

/// A number field showing `committed` in metres; returns the new value on release of a
/// drag or once typed.
pub fn metres(
    ui: &mut Ui,
    id: impl Hash + std::fmt::Debug,
    committed: f64,
    min: f64,
    max: f64,
) -> Option<f64> {
    let id = ui.make_persistent_id(id);
    let mut value = ui.data(|d| d.get_temp::<f64>(id)).unwrap_or(committed);
    let response = ui.add(
        DragValue::new(&mut value)
            .range(min..=max)
            .speed(0.1)
            .max_decimals(2)
            .suffix(" m"),
    );
    let busy = response.dragged() || response.has_focus();
    if busy {
        ui.data_mut(|d| d.insert_temp(id, value));
        return None;
    }
    ui.data_mut(|d| d.remove::<f64>(id));
    ((response.drag_stopped() || response.lost_focus() || response.changed())
        && (value - committed).abs() > 1e-9)
        .then_some(value)
}

/// A number as typed by a planner: `3`, `3.5`, `3,5`, `50,000` or `50 000`.
pub fn parse_number(text: &str) -> Option<f64> {
    let compact: String = text.trim().chars().filter(|c| !c.is_whitespace()).collect();
    let normal = match (compact.matches(',').count(), compact.contains('.')) {
        (0, _) => compact,
        (_, true) => compact.replace(',', ""),
        (1, false) => {
            let after = compact.rsplit(',').next().map_or(0, str::len);
            if after == 3 {
                compact.replace(',', "")
            } else {
                compact.replace(',', ".")
            }
        }
        (_, false) => compact.replace(',', ""),
    };
    normal.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::parse_number;

    #[test]
    fn numbers_are_read_as_planners_type_them() {
        assert_eq!(parse_number(" 3 "), Some(3.0));
        assert_eq!(parse_number("3,5"), Some(3.5));
        assert_eq!(parse_number("50,000"), Some(50_000.0));
        assert_eq!(parse_number("1,250,000.5"), Some(1_250_000.5));
        assert_eq!(parse_number("50 000"), Some(50_000.0));
        assert_eq!(parse_number("-2"), Some(-2.0));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("inf"), None);
    }
}
