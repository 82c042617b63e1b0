//! The rules' findings drawn on the floor: problem booths outlined, overlaps and narrow
//! aisles filled, blocked exits in red. The areas are worked out once per plan revision,
//! not per frame.

use super::paint::FloorPainter;
use super::style;
use crate::document::Document;
use crate::model::{BoothId, ElementId, ExitId, Plan, Rect};
use crate::rules::{Code, Severity};
use egui::Color32;
use std::collections::HashMap;

/// Problem marks for one revision of a plan.
#[derive(Debug, Default)]
pub struct ProblemMarks {
    revision: Option<u64>,
    /// The worst severity (errors and warnings only) of each booth with a problem.
    booth_severity: HashMap<BoothId, Severity>,
    areas: Vec<(Rect, Severity)>,
    /// Exits whose clear zone is blocked.
    pub blocked_exits: Vec<ExitId>,
}

/// The strip of floor between two rectangles that face each other, if they do.
fn gap_between(a: &Rect, b: &Rect) -> Option<Rect> {
    let (y0, y1) = (a.y().max(b.y()), a.max_y().min(b.max_y()));
    let (x0, x1) = (a.x().max(b.x()), a.max_x().min(b.max_x()));
    if y1 > y0 {
        let (left, right) = if a.x() < b.x() { (a, b) } else { (b, a) };
        Rect::new(left.max_x(), y0, right.x() - left.max_x(), y1 - y0).ok()
    } else if x1 > x0 {
        let (top, bottom) = if a.y() < b.y() { (a, b) } else { (b, a) };
        Rect::new(x0, top.max_y(), x1 - x0, bottom.y() - top.max_y()).ok()
    } else {
        None
    }
}

fn rect_of(plan: &Plan, id: &ElementId) -> Option<Rect> {
    match id {
        ElementId::Booth(b) => plan.booth(*b).map(|b| b.rect),
        ElementId::Obstacle(o) => plan.obstacle(*o).map(|o| o.rect),
        _ => None,
    }
}

impl ProblemMarks {
    /// Rebuilds the marks if the document changed since they were made.
    pub fn refresh(&mut self, doc: &Document) {
        if self.revision == Some(doc.revision()) {
            return;
        }
        *self = Self::build(doc);
    }

    fn build(doc: &Document) -> Self {
        let plan = doc.plan();
        let mut marks = ProblemMarks {
            revision: Some(doc.revision()),
            ..Self::default()
        };
        for finding in &doc.report().findings {
            if finding.severity == Severity::Info {
                continue;
            }
            for id in &finding.ids {
                if let ElementId::Booth(b) = id {
                    let worst = marks.booth_severity.entry(*b).or_insert(finding.severity);
                    *worst = (*worst).min(finding.severity);
                }
                if let ElementId::Exit(e) = id
                    && finding.code == Code::ExitBlocked
                {
                    marks.blocked_exits.push(*e);
                }
            }
            let rects: Vec<Rect> = finding
                .ids
                .iter()
                .filter_map(|id| rect_of(plan, id))
                .collect();
            let area = match (finding.code, rects.as_slice()) {
                (Code::BoothOverlap | Code::OnObstacle, [a, b]) => a.intersection(b),
                (Code::NarrowAisle | Code::NarrowObstacleGap, [a, b]) => gap_between(a, b),
                _ => None,
            };
            if let Some(area) = area {
                marks.areas.push((area, finding.severity));
            }
        }
        marks
    }

    /// The document revision the marks were made for, if any.
    pub fn revision(&self) -> Option<u64> {
        self.revision
    }

    /// The outline colour that marks a booth's worst problem (info left out), if any.
    /// A lookup in a map of the booths with problems only: cheap enough for every booth
    /// of a 74,000-booth floor in every frame.
    pub fn edge_color(&self, id: BoothId) -> Option<Color32> {
        match self.booth_severity.get(&id)? {
            Severity::Error => Some(style::ERROR),
            Severity::Warning => Some(style::WARNING),
            Severity::Info => None,
        }
    }

    /// Fills the overlaps and narrow aisles that are in view, as one mesh.
    pub fn paint(&self, floor: &FloorPainter<'_>) {
        let Some(view) = floor.view.visible_world(floor.screen) else {
            return;
        };
        let warning = style::WARNING.gamma_multiply(0.4);
        let mut mesh = egui::Mesh::default();
        for (area, severity) in self.areas.iter().filter(|(a, _)| a.overlaps(&view)) {
            let color = if *severity == Severity::Error {
                style::ERROR_FILL
            } else {
                warning
            };
            mesh.add_colored_rect(floor.view.screen_rect_from_world(floor.screen, area), color);
        }
        floor.painter.add(egui::Shape::mesh(mesh));
    }
}

#[cfg(test)]
mod tests {
    use super::gap_between;
    use crate::model::Rect;

    #[test]
    fn gap_is_the_strip_between_facing_booths() {
        let a = Rect::new(0.0, 0.0, 3.0, 3.0).unwrap();
        let b = Rect::new(5.0, 1.0, 3.0, 3.0).unwrap();
        let g = gap_between(&a, &b).unwrap();
        assert_eq!((g.x(), g.y(), g.w(), g.h()), (3.0, 1.0, 2.0, 2.0));
        let c = Rect::new(1.0, 4.0, 3.0, 3.0).unwrap();
        let g = gap_between(&a, &c).unwrap();
        assert_eq!((g.x(), g.y(), g.w(), g.h()), (1.0, 3.0, 2.0, 1.0));
    }
}
