//! Each booth's colours and place, worked out once per plan revision and colouring
//! instead of once per booth per frame: a frame of a 74,000-booth floor then reads one
//! compact list (28 bytes a booth) rather than every booth of the plan.

use super::paint::{self, BoothLook};
use super::problems::ProblemMarks;
use super::style::{self, ColorBy};
use super::viewport::Viewport;
use crate::document::Document;
use crate::model::{Booth, Plan, Point};

/// What the looks were made from: they are stale when any part differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    revision: u64,
    marks_revision: Option<u64>,
    color_by: ColorBy,
}

/// The look and place of every booth of one revision of a plan, in the order of
/// `plan.booths`.
#[derive(Debug, Clone, Default)]
pub struct BoothLooks {
    key: Option<Key>,
    looks: Vec<BoothLook>,
    /// Where the booths' places are measured from (the first booth's corner), so that
    /// they fit in `f32` without losing precision on a large floor.
    origin: Point,
    /// Each booth's rectangle as `[min x, min y, max x, max y]` in metres from `origin`.
    places: Vec<[f32; 4]>,
    /// The widest and the tallest booth, in metres: below the zoom at which even these
    /// are too small for a label, the label pass is skipped as a whole.
    largest_m: (f64, f64),
}

impl BoothLooks {
    /// Rebuilds the looks if the document, its problem marks or the colouring changed
    /// since they were made.
    pub fn refresh(&mut self, doc: &Document, marks: &ProblemMarks, color_by: ColorBy) {
        let key = Key {
            revision: doc.revision(),
            marks_revision: marks.revision(),
            color_by,
        };
        if self.key == Some(key) && self.looks.len() == doc.plan().booths.len() {
            return;
        }
        let plan = doc.plan();
        let fills = paint::sector_fills(plan);
        self.looks = plan
            .booths
            .iter()
            .map(|b| {
                let problem = marks.edge_color(b.id);
                BoothLook {
                    fill: paint::booth_fill(color_by, &fills, b),
                    edge: problem.unwrap_or(style::BOOTH_EDGE),
                    problem: problem.is_some(),
                }
            })
            .collect();
        self.origin = plan
            .booths
            .first()
            .map_or(Point::new(0.0, 0.0), |b| b.rect.min());
        let origin = self.origin;
        self.places = plan
            .booths
            .iter()
            .map(|b| {
                let (min, max) = (b.rect.min(), b.rect.max());
                [
                    (min.x - origin.x) as f32,
                    (min.y - origin.y) as f32,
                    (max.x - origin.x) as f32,
                    (max.y - origin.y) as f32,
                ]
            })
            .collect();
        self.largest_m = plan.booths.iter().fold((0.0, 0.0), |(w, h), b| {
            (w.max(b.rect.w()), h.max(b.rect.h()))
        });
        self.key = Some(key);
    }

    /// The look of the booth at `index` in `plan.booths`.
    pub fn at(&self, index: usize) -> BoothLook {
        self.looks.get(index).copied().unwrap_or(BoothLook {
            fill: style::BOOTH_EDGE,
            edge: style::BOOTH_EDGE,
            problem: false,
        })
    }

    /// The look of `booth`, found by its id.
    pub fn of(&self, plan: &Plan, booth: &Booth) -> BoothLook {
        self.at(plan.booth_index(booth.id).unwrap_or(usize::MAX))
    }

    /// Every booth's position in `plan.booths`, screen rectangle and look, for a canvas
    /// occupying `screen` seen through `view`.
    pub fn on_screen(
        &self,
        view: &Viewport,
        screen: egui::Rect,
    ) -> impl Iterator<Item = (usize, egui::Rect, BoothLook)> + '_ {
        let corner = view.screen_from_world(screen, self.origin);
        let scale = view.scale as f32;
        self.places
            .iter()
            .zip(self.looks.iter().copied())
            .enumerate()
            .map(move |(i, ([x0, y0, x1, y1], look))| {
                let r = egui::Rect::from_min_max(
                    egui::pos2(corner.x + x0 * scale, corner.y + y0 * scale),
                    egui::pos2(corner.x + x1 * scale, corner.y + y1 * scale),
                );
                (i, r, look)
            })
    }

    /// The width of the widest and the height of the tallest booth, in metres.
    pub fn largest_m(&self) -> (f64, f64) {
        self.largest_m
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Selection;
    use crate::edit;

    #[test]
    fn looks_follow_edits_and_colouring() {
        let mut doc = Document::new(crate::generate::waic_2023(), None);
        let mut marks = ProblemMarks::default();
        marks.refresh(&doc);
        let mut looks = BoothLooks::default();
        looks.refresh(&doc, &marks, ColorBy::Sector);
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1920.0, 1080.0));
        let mut view = Viewport::default();
        view.fit(screen, &doc.plan().extent().unwrap(), 24.0);
        let placed: Vec<_> = looks.on_screen(&view, screen).collect();
        assert_eq!(placed.len(), doc.plan().booths.len());
        for (i, r, _) in placed {
            let exact = view.screen_rect_from_world(screen, &doc.plan().booths[i].rect);
            assert!(r.min.distance(exact.min) < 1e-3 && r.max.distance(exact.max) < 1e-3);
        }
        let booth = doc.plan().booths[0].clone();
        let sector = doc.plan().sector(booth.sector).unwrap();
        assert_eq!(looks.at(0).fill, style::booth_fill_for_sector(sector));
        assert!(!looks.at(0).problem);

        // Move the first booth onto the second: both now show an error edge.
        let other = doc.plan().booths[1].rect;
        let e = edit::set_booth_rect(doc.plan(), booth.id, other, edit::Reshape::Move).unwrap();
        doc.apply(e, Selection::new(), Selection::new()).unwrap();
        marks.refresh(&doc);
        looks.refresh(&doc, &marks, ColorBy::Sector);
        assert!(looks.at(0).problem);
        assert_eq!(looks.at(0).edge, style::ERROR);

        looks.refresh(&doc, &marks, ColorBy::Status);
        assert_eq!(looks.at(0).fill, style::status_color(booth.status));
        let (widest, tallest) = looks.largest_m();
        assert!(widest >= booth.rect.w() && tallest >= booth.rect.h());
        assert!(doc.plan().booths.iter().any(|b| b.rect.w() == widest));
    }
}
