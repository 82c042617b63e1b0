//! The sheet choices of the PDF export window: paper, scale, revision and its date.

use crate::drawing::{DrawingOptions, Paper, Scale};

/// What the planner chose for a drawing on a sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetChoice {
    /// The paper.
    pub paper: Paper,
    /// The scale; [`Scale::Fit`] picks the most detailed one that fits.
    pub scale: Scale,
    /// The revision for the title block, free text (empty: none).
    pub revision: String,
    /// The revision's date, free text (empty: none).
    pub revision_date: String,
}

impl Default for SheetChoice {
    fn default() -> Self {
        Self {
            paper: Paper::A3,
            scale: Scale::Fit,
            revision: String::new(),
            revision_date: String::new(),
        }
    }
}

impl SheetChoice {
    /// The drawing options these choices make.
    pub fn options(&self) -> DrawingOptions {
        let given = |text: &str| {
            let text = text.trim();
            (!text.is_empty()).then(|| text.to_owned())
        };
        DrawingOptions {
            paper: self.paper,
            scale: self.scale,
            revision: given(&self.revision),
            revision_date: given(&self.revision_date),
            ..DrawingOptions::default()
        }
    }

    /// The choices as widgets: paper and scale as radio buttons, the revision fields.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.label("Paper:");
            ui.radio_value(&mut self.paper, Paper::A3, "A3 (420 × 297 mm)");
            ui.radio_value(&mut self.paper, Paper::A1, "A1 (841 × 594 mm)");
            ui.radio_value(&mut self.paper, Paper::A0, "A0 (1189 × 841 mm)");
        });
        ui.horizontal(|ui| {
            ui.label("Scale:");
            ui.radio_value(&mut self.scale, Scale::Fit, "fit to the sheet");
            for scale in Scale::FIXED {
                ui.radio_value(&mut self.scale, scale, scale.label());
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label("Revision:");
            ui.add(egui::TextEdit::singleline(&mut self.revision).desired_width(60.0))
                .labelled_by(label.id);
            let label = ui.label("Revision date:");
            ui.add(egui::TextEdit::singleline(&mut self.revision_date).desired_width(110.0))
                .labelled_by(label.id);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_revision_fields_leave_the_title_block_empty() {
        let mut choice = SheetChoice::default();
        assert_eq!(choice.options().revision, None);
        choice.revision = " 4 ".to_owned();
        choice.revision_date = "2023-07-02".to_owned();
        choice.scale = Scale::OneTo500;
        choice.paper = Paper::A0;
        let opts = choice.options();
        assert_eq!(opts.revision.as_deref(), Some("4"));
        assert_eq!(opts.revision_date.as_deref(), Some("2023-07-02"));
        assert_eq!((opts.paper, opts.scale), (Paper::A0, Scale::OneTo500));
    }
}
