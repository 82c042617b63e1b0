//! The problems panel: every finding, grouped by severity with counts; a group folds away
//! with a click on its heading. A click on a finding selects the booths it names and
//! shows them on the floor. Rows are built only where the list is scrolled to, so it
//! stays quick with thousands of findings.

use super::common::{Cached, extent_of, frame_around, severity_color};
use crate::document::{Document, Selection};
use crate::model::{ElementId, ExhibitorId, Plan};
use crate::rules::{Finding, Report, Severity};
use crate::ui::i18n::{Key, Lang, terms, tr};
use crate::ui::intent::Intent;
use egui::Ui;

/// Height of one row.
const ROW_HEIGHT: f32 = 18.0;

/// A row of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A group heading: its severity and how many findings it has.
    Group(Severity, usize),
    /// A finding, by index into the report's findings.
    Finding(usize),
}

/// The groups the planner folded away, one flag per severity (worst first).
type Folded = [bool; 3];

/// The rows of the list: a heading per severity that has findings, then its findings
/// unless the group is folded.
pub fn rows(report: &Report, folded: Folded) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut start = 0;
    for (i, severity) in Severity::ALL.into_iter().enumerate() {
        let count = report.count(severity);
        if count == 0 {
            continue;
        }
        start = report.findings[start..]
            .iter()
            .position(|f| f.severity == severity)
            .map_or(start, |p| start + p);
        rows.push(Row::Group(severity, count));
        if !folded[i] {
            rows.extend((start..start + count).map(Row::Finding));
        }
        start += count;
    }
    rows
}

/// What a click on a finding asks for: booths to select, floor to show, an exhibitor to
/// look up in the exhibitor list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pick {
    /// The booths the finding names.
    pub booths: Selection,
    /// The floor its elements cover.
    pub frame: Option<crate::model::Rect>,
    /// The first exhibitor it names.
    pub exhibitor: Option<ExhibitorId>,
}

/// What clicking `finding` does.
pub fn pick(plan: &Plan, finding: &Finding) -> Pick {
    Pick {
        booths: finding.booths().collect(),
        frame: extent_of(plan, &finding.ids).map(frame_around),
        exhibitor: finding.ids.iter().find_map(|id| match id {
            ElementId::Exhibitor(e) => Some(*e),
            _ => None,
        }),
    }
}

/// The problems panel's own state.
#[derive(Debug, Default)]
pub struct ProblemsPanel {
    folded: Folded,
    rows: Cached<Folded, Vec<Row>>,
}

impl ProblemsPanel {
    /// Shows the panel; returns the exhibitor a clicked finding names, if any.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        intents: &mut Vec<Intent>,
    ) -> Option<ExhibitorId> {
        let lang = Lang::of(ui.ctx());
        let report = doc.report();
        let plan = doc.plan();
        ui.style_mut().interaction.selectable_labels = false;
        ui.horizontal(|ui| {
            ui.strong(tr(lang, Key::ProblemsTitle));
            for severity in Severity::ALL {
                ui.colored_label(
                    severity_color(ui.visuals(), severity),
                    format!(
                        "{} {}",
                        terms::severity_group(lang, severity),
                        report.count(severity)
                    ),
                );
            }
        });
        if report.findings.is_empty() {
            ui.weak(tr(lang, Key::NoFindings));
            return None;
        }
        let folded = self.folded;
        let rows = self
            .rows
            .get(doc.revision(), &folded, || rows(report, folded));
        let mut toggle = None;
        let mut found = None;
        egui::ScrollArea::vertical()
            .id_salt("problems-scroll")
            .auto_shrink([false, false])
            .show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
                for row in range.filter_map(|i| rows.get(i)) {
                    match *row {
                        Row::Group(severity, count) => {
                            let index = Severity::ALL.iter().position(|s| *s == severity);
                            let open = index.is_some_and(|i| !folded[i]);
                            let text = format!(
                                "{} {} ({count})",
                                if open { "▼" } else { "▶" },
                                terms::severity_group(lang, severity)
                            );
                            let label = egui::RichText::new(text)
                                .strong()
                                .color(severity_color(ui.visuals(), severity));
                            if ui.add(egui::Button::new(label).frame(false)).clicked() {
                                toggle = index;
                            }
                        }
                        Row::Finding(i) => {
                            let Some(finding) = report.findings.get(i) else {
                                continue;
                            };
                            let response = ui
                                .add(
                                    egui::Button::new(finding_text(plan, finding, lang))
                                        .frame(false)
                                        .truncate(),
                                )
                                .on_hover_text(format!(
                                    "{}\n{}",
                                    finding.message,
                                    tr(lang, Key::ProblemHint)
                                ));
                            if response.clicked() {
                                let pick = pick(plan, finding);
                                intents.push(Intent::Select(pick.booths));
                                if let Some(rect) = pick.frame {
                                    intents.push(Intent::Frame(rect));
                                }
                                found = pick.exhibitor;
                            }
                        }
                    }
                }
            });
        if let Some(i) = toggle {
            self.folded[i] = !self.folded[i];
        }
        found
    }
}

/// A finding's line: its message in English; in Chinese the rule's title and the booth
/// numbers (the message itself is English, shown on hover).
fn finding_text(plan: &Plan, finding: &Finding, lang: Lang) -> String {
    match lang {
        Lang::En => format!("  {}", finding.message),
        Lang::Zh => {
            let numbers: Vec<&str> = finding
                .booths()
                .filter_map(|b| plan.booth(b))
                .map(|b| b.number.as_str())
                .take(6)
                .collect();
            let exhibitors: Vec<&str> = finding
                .ids
                .iter()
                .filter_map(|id| match id {
                    ElementId::Exhibitor(e) => plan.exhibitor(*e).map(|e| e.name.as_str()),
                    _ => None,
                })
                .take(2)
                .collect();
            let names = [numbers, exhibitors].concat().join("、");
            format!("  {}：{names}", terms::code(lang, finding.code))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BoothId, Rect, SectorId};
    use crate::rules::Code;

    fn report() -> Report {
        let b = |i| ElementId::Booth(BoothId(i));
        let mut findings = vec![
            Finding::new(Code::BoothOverlap, "1 and 2", vec![b(1), b(2)]),
            Finding::new(Code::NarrowAisle, "2 and 3", vec![b(2), b(3)]),
            Finding::new(Code::NoAisleAccess, "2", vec![b(2)]),
            Finding::new(
                Code::ExhibitorWithoutBooth,
                "e",
                vec![ElementId::Exhibitor(ExhibitorId(7))],
            ),
        ];
        findings.sort();
        Report {
            findings,
            ..Report::default()
        }
    }

    #[test]
    fn groups_have_counts_and_fold_away() {
        let report = report();
        let all = rows(&report, [false; 3]);
        assert_eq!(
            all,
            vec![
                Row::Group(Severity::Error, 2),
                Row::Finding(0),
                Row::Finding(1),
                Row::Group(Severity::Warning, 1),
                Row::Finding(2),
                Row::Group(Severity::Info, 1),
                Row::Finding(3),
            ]
        );
        let folded = rows(&report, [true, false, true]);
        assert_eq!(
            folded,
            vec![
                Row::Group(Severity::Error, 2),
                Row::Group(Severity::Warning, 1),
                Row::Finding(2),
                Row::Group(Severity::Info, 1),
            ]
        );
    }

    #[test]
    fn a_pick_selects_the_named_booths_and_frames_them() {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        for x in [10.0, 20.0] {
            let (e, _) =
                crate::edit::add_booth(&plan, Rect::new(x, 10.0, 3.0, 3.0).unwrap(), SectorId(1));
            e.apply(&mut plan).unwrap();
        }
        let report = report();
        let p = pick(&plan, &report.findings[0]);
        assert_eq!(p.booths, Selection::from([BoothId(1), BoothId(2)]));
        let frame = p.frame.unwrap();
        assert!(
            frame.contains_rect(&plan.booths[0].rect) && frame.contains_rect(&plan.booths[1].rect)
        );
        let p = pick(&plan, &report.findings[3]);
        assert!(p.booths.is_empty());
        assert_eq!(p.exhibitor, Some(ExhibitorId(7)));
    }
}
