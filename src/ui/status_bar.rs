//! The status bar: pointer position, zoom, selection, booth area against the limit.

use super::canvas::CanvasState;
use super::i18n::{Key, Lang, fill, tr};
use crate::document::{Document, Selection};
use egui::Ui;

/// Formats square metres with thousands separators, e.g. `50,000 m²`.
pub fn format_m2(value: f64) -> String {
    let whole = value.round() as i64;
    let digits = whole.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    format!("{}{out} m²", if whole < 0 { "-" } else { "" })
}

/// Shows the status bar.
pub fn show(
    ui: &mut Ui,
    doc: &Document,
    selection: &Selection,
    canvas: &CanvasState,
    message: Option<&str>,
) {
    let lang = Lang::of(ui.ctx());
    ui.horizontal(|ui| {
        match canvas.pointer_world {
            Some(p) => ui.monospace(format!("x {:>8.2} m  y {:>8.2} m", p.x, p.y)),
            None => ui.monospace(format!("{:29}", "")),
        };
        ui.separator();
        ui.label(fill(
            lang,
            Key::ZoomScale,
            &[&format!("{:.2}", canvas.view.scale)],
        ));
        ui.separator();
        let area: f64 = selection
            .iter()
            .filter_map(|id| doc.plan().booth(*id))
            .map(|b| b.rect.area())
            .sum();
        ui.label(match selection.len() {
            0 => tr(lang, Key::NothingSelected).to_owned(),
            n => fill(lang, Key::SelectedArea, &[&n, &format_m2(area)]),
        });
        ui.separator();
        let capacity = &doc.report().capacity;
        ui.label(fill(
            lang,
            Key::BoothsOfLimit,
            &[
                &format_m2(capacity.total_booth_area_m2),
                &format_m2(doc.plan().settings.capacity_limit_m2),
            ],
        ));
        ui.separator();
        let (errors, warnings) = (
            doc.report().errors().count(),
            doc.report().warnings().count(),
        );
        let color = if errors > 0 {
            egui::Color32::RED
        } else {
            ui.visuals().text_color()
        };
        ui.colored_label(
            color,
            fill(lang, Key::ErrorsWarnings, &[&errors, &warnings]),
        );
        if let Some(message) = message {
            ui.separator();
            ui.label(message);
        }
    });
    ui.label(egui::RichText::new(canvas.tool.hint(lang)).weak());
}

#[cfg(test)]
mod tests {
    use super::format_m2;

    #[test]
    fn thousands_are_separated() {
        assert_eq!(format_m2(50_000.0), "50,000 m²");
        assert_eq!(format_m2(999.4), "999 m²");
        assert_eq!(format_m2(1_234_567.0), "1,234,567 m²");
    }
}
