//! Inspector fields that commit once: a text field on Enter or when it loses focus, a
//! number on release of the drag (or on Enter after typing) — one undo step per change,
//! never one per keystroke or per pixel dragged. What is typed or dragged meanwhile is a
//! draft kept here, so the plan does not change until the commit.

use crate::model::BoothId;
use egui::{DragValue, Key, TextEdit, Ui};

/// The fields of a booth that are typed or dragged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// Booth number.
    Number,
    /// Free notes.
    Notes,
    /// West edge.
    X,
    /// North edge.
    Y,
    /// Width.
    W,
    /// Depth.
    H,
    /// Price.
    Price,
}

/// A value typed or dragged but not committed yet.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Text of a text field.
    Text(String),
    /// Number of a number field.
    Number(f64),
}

/// The field being edited: whose, which, and the value so far.
#[derive(Debug, Clone, PartialEq)]
struct Draft {
    booth: BoothId,
    field: Field,
    value: Value,
}

/// The draft of the field being edited, if any.
#[derive(Debug, Default)]
pub struct Drafts {
    current: Option<Draft>,
}

impl Drafts {
    fn draft_for(&self, booth: BoothId, field: Field) -> Option<&Value> {
        self.current
            .as_ref()
            .filter(|d| d.booth == booth && d.field == field)
            .map(|d| &d.value)
    }

    /// Takes the draft of `field`, whichever booth it belongs to (the selection may have
    /// changed while the field had focus: the draft still goes to its own booth).
    fn take(&mut self, field: Field) -> Option<Draft> {
        self.current.take_if(|d| d.field == field)
    }

    /// Whether a field is being edited.
    pub fn editing(&self) -> bool {
        self.current.is_some()
    }

    /// Takes whatever draft there is: when its field is no longer shown (the booth was
    /// deselected while typing), the draft is committed rather than lost.
    pub fn take_pending(&mut self) -> Option<(BoothId, Field, Value)> {
        self.current.take().map(|d| (d.booth, d.field, d.value))
    }

    /// A text field showing `committed`; returns the booth and the new text once the
    /// planner presses Enter or leaves the field (Esc throws the draft away).
    pub fn text(
        &mut self,
        ui: &mut Ui,
        label: egui::Id,
        booth: BoothId,
        field: Field,
        committed: &str,
        multiline: bool,
    ) -> Option<(BoothId, String)> {
        let mut text = match self.draft_for(booth, field) {
            Some(Value::Text(t)) => t.clone(),
            _ => committed.to_owned(),
        };
        let editor = if multiline {
            TextEdit::multiline(&mut text).desired_rows(2)
        } else {
            TextEdit::singleline(&mut text)
        };
        let response = ui
            .add(
                editor
                    .id_salt(("inspector", field))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label);
        if response.changed() {
            self.current = Some(Draft {
                booth,
                field,
                value: Value::Text(text.clone()),
            });
        }
        if response.lost_focus() {
            let draft = self.take(field)?;
            if ui.input(|i| i.key_pressed(Key::Escape)) {
                return None;
            }
            if let Value::Text(t) = draft.value {
                return Some((draft.booth, t));
            }
        }
        None
    }

    /// A number field showing `committed`, set up by `setup` (range, suffix, speed);
    /// returns the booth and the new value on release of a drag, or at once after typing
    /// (Enter or leaving the field) or an arrow key.
    pub fn number(
        &mut self,
        ui: &mut Ui,
        label: egui::Id,
        booth: BoothId,
        field: Field,
        committed: f64,
        setup: impl FnOnce(DragValue<'_>) -> DragValue<'_>,
    ) -> Option<(BoothId, f64)> {
        let mut value = match self.draft_for(booth, field) {
            Some(Value::Number(v)) => *v,
            _ => committed,
        };
        let response = ui
            .add(setup(DragValue::new(&mut value)).update_while_editing(false))
            .labelled_by(label);
        if response.dragged() {
            if response.changed() {
                self.current = Some(Draft {
                    booth,
                    field,
                    value: Value::Number(value),
                });
            }
            return None;
        }
        if response.drag_stopped() {
            return match self.take(field)?.value {
                Value::Number(v) => Some((booth, v)),
                Value::Text(_) => None,
            };
        }
        (response.changed() && value != committed).then_some((booth, value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;

    struct State {
        drafts: Drafts,
        number: f64,
        commits: Vec<f64>,
    }

    #[test]
    fn a_drag_commits_once_on_release() {
        let mut h = Harness::new_ui_state(
            |ui, s: &mut State| {
                let label = ui.label("value").id;
                let committed = s.number;
                if let Some((_, v)) =
                    s.drafts
                        .number(ui, label, BoothId(1), Field::X, committed, |d| d.speed(1.0))
                {
                    s.commits.push(v);
                    s.number = v;
                }
            },
            State {
                drafts: Drafts::default(),
                number: 10.0,
                commits: Vec::new(),
            },
        );
        h.run();
        let at = h.get_by_value("10").rect().center();
        h.drag_at(at);
        h.run();
        for dx in [5.0, 10.0, 20.0] {
            h.hover_at(at + egui::vec2(dx, 0.0));
            h.run();
        }
        assert!(
            h.state().commits.is_empty(),
            "nothing is committed while dragging"
        );
        assert!(h.state().drafts.editing());
        h.drop_at(at + egui::vec2(20.0, 0.0));
        h.run();
        let s = h.state();
        assert_eq!(s.commits.len(), 1, "{:?}", s.commits);
        assert!(s.number > 10.0);
        assert!(!s.drafts.editing());
    }
}
