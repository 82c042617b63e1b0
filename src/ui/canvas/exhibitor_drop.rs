//! An exhibitor dragged over the floor: what a drop at the pointer would do, whether it
//! would break a rule (shown before release), and the one edit it makes on release.
//!
//! Over a booth, the exhibitor is assigned to it. Over empty floor, a booth of the size
//! the exhibitor asked for (3 × 3 m when it asked for none), centred on the pointer and
//! snapped to the grid, is added in the sector under its centre and assigned in the same
//! step. An exhibitor taken from a booth leaves that booth in the same step.

use super::style;
use crate::document::{Document, Selection};
use crate::edit::{self, Edit};
use crate::model::{BoothId, Exhibitor, Item, Point, Rect, SectorId};
use crate::rules::Severity;
use crate::text::short_number;
use crate::ui::i18n::{Key, Lang, fill};
use crate::ui::intent::ExhibitorPayload;

/// Booth size used when the exhibitor asked for none: one shell booth.
const DEFAULT_SIZE_M: (f64, f64) = (3.0, 3.0);

/// Where the exhibitor would go.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DropTarget {
    /// Onto this booth.
    Booth(BoothId),
    /// Into a new booth here, in this sector (`None`: outside every sector, refused).
    NewBooth(Rect, Option<SectorId>),
}

/// What dropping an exhibitor at one point would do.
#[derive(Debug, Clone, PartialEq)]
pub struct DropCheck {
    /// Where it would go.
    pub target: DropTarget,
    /// The floor it would take: the booth's, or the new booth's.
    pub rect: Rect,
    /// The worst rule the drop would break, if any.
    pub severity: Option<Severity>,
    /// What the drop does, then each problem, one per line.
    pub text: String,
}

impl DropCheck {
    /// Whether releasing here does anything.
    pub fn accepted(&self) -> bool {
        !matches!(self.target, DropTarget::NewBooth(_, None))
    }
}

/// The booth rectangle an exhibitor asks for, centred on `at` and snapped to the grid.
fn new_booth_rect(doc: &Document, exhibitor: &Exhibitor, at: Point) -> Option<Rect> {
    let (w, h) = exhibitor
        .requested_size
        .map_or(DEFAULT_SIZE_M, |s| (s.w, s.h));
    let grid = doc.plan().settings.grid_step_m;
    let x = edit::snap_to_grid(at.x - w / 2.0, grid);
    let y = edit::snap_to_grid(at.y - h / 2.0, grid);
    Rect::new(x, y, w, h).ok()
}

/// What is under `rect`: the numbers of booths and names of obstacles it overlaps.
fn overlapped(doc: &Document, rect: &Rect) -> Vec<String> {
    let plan = doc.plan();
    let mut names: Vec<String> = doc
        .index()
        .touching(rect)
        .filter(|(_, other)| rect.overlaps(other))
        .filter_map(|(item, _)| match item {
            Item::Booth(id) => plan.booth(id).map(|b| b.number.clone()),
            Item::Obstacle(id) => plan.obstacle(id).map(|o| o.name.clone()),
        })
        .collect();
    names.sort();
    names
}

/// Notes a problem: raises the severity and adds a line.
fn note(severity: &mut Option<Severity>, lines: &mut Vec<String>, level: Severity, line: String) {
    *severity = Some(severity.map_or(level, |s| s.min(level)));
    lines.push(line);
}

/// What dropping `payload` at world point `at` would do; `None` for an exhibitor the plan
/// does not have, for its own booth, or where no booth fits.
pub fn check(
    doc: &Document,
    payload: &ExhibitorPayload,
    at: Point,
    lang: Lang,
) -> Option<DropCheck> {
    let plan = doc.plan();
    let exhibitor = plan.exhibitor(payload.exhibitor)?;
    let preferred = exhibitor.preferred_sector.and_then(|s| plan.sector(s));
    let mut severity = None;
    let mut lines = Vec::new();
    if let Some(id) = super::booth_at(doc, at) {
        let booth = plan.booth(id)?;
        if payload.from_booth == Some(id) || booth.exhibitor == Some(exhibitor.id) {
            return None;
        }
        lines.push(fill(
            lang,
            Key::DropAssign,
            &[&exhibitor.name, &booth.number],
        ));
        let current = plan.exhibitor_name(booth);
        if !current.is_empty() {
            note(
                &mut severity,
                &mut lines,
                Severity::Warning,
                fill(lang, Key::DropReplaces, &[&current]),
            );
        }
        if let Some(p) = preferred
            && p.id != booth.sector
        {
            let line = fill(lang, Key::DropNotPreferred, &[&lang.sector_name(p)]);
            note(&mut severity, &mut lines, Severity::Warning, line);
        }
        if let Some(asked) = exhibitor.requested_size
            && !asked.fits(&booth.rect)
        {
            let size = |w: f64, h: f64| format!("{} × {}", short_number(w), short_number(h));
            let here = size(booth.rect.w(), booth.rect.h());
            let line = fill(
                lang,
                Key::DropSizeMismatch,
                &[&here, &size(asked.w, asked.h)],
            );
            note(&mut severity, &mut lines, Severity::Warning, line);
        }
        return Some(DropCheck {
            target: DropTarget::Booth(id),
            rect: booth.rect,
            severity,
            text: lines.join("\n"),
        });
    }
    let rect = new_booth_rect(doc, exhibitor, at)?;
    let sector = plan.sector_at(rect.center());
    lines.push(fill(
        lang,
        Key::DropNewBooth,
        &[&rect.w(), &rect.h(), &exhibitor.name],
    ));
    let under = overlapped(doc, &rect);
    if !under.is_empty() {
        let line = fill(lang, Key::DropOverlaps, &[&under.join(", ")]);
        note(&mut severity, &mut lines, Severity::Error, line);
    }
    if plan.hall_containing(&rect).is_none() {
        let line = crate::ui::i18n::tr(lang, Key::DropOutsideHall).to_owned();
        note(&mut severity, &mut lines, Severity::Error, line);
    }
    match sector {
        None => {
            let line = crate::ui::i18n::tr(lang, Key::DropOutsideSectors).to_owned();
            note(&mut severity, &mut lines, Severity::Error, line);
        }
        Some(s) => {
            if !s.contains_rect(&rect) {
                let line = fill(lang, Key::DropReachesOut, &[&lang.sector_name(s)]);
                note(&mut severity, &mut lines, Severity::Warning, line);
            }
            if let Some(p) = preferred
                && p.id != s.id
            {
                let line = fill(lang, Key::DropNotPreferred, &[&lang.sector_name(p)]);
                note(&mut severity, &mut lines, Severity::Warning, line);
            }
        }
    }
    Some(DropCheck {
        target: DropTarget::NewBooth(rect, sector.map(|s| s.id)),
        rect,
        severity,
        text: lines.join("\n"),
    })
}

/// The one edit a drop makes, and the booth to select after it; `None` when the drop is
/// refused (outside every sector) or changes nothing.
pub fn drop_edit(
    doc: &Document,
    payload: &ExhibitorPayload,
    check: &DropCheck,
) -> Option<(Edit, Selection)> {
    let seat = match check.target {
        DropTarget::Booth(id) => edit::Seat::Booth(id),
        DropTarget::NewBooth(rect, Some(sector)) => edit::Seat::NewBooth(rect, sector),
        DropTarget::NewBooth(_, None) => return None,
    };
    let (edit, id) = edit::seat_exhibitor(doc.plan(), payload.exhibitor, payload.from_booth, seat)?;
    Some((edit, Selection::from([id])))
}

/// The edit that takes the exhibitor off the booth it is dragged from (dropped on the
/// exhibitor list).
pub fn unassign_edit(doc: &Document, payload: &ExhibitorPayload) -> Option<Edit> {
    payload
        .from_booth
        .and_then(|from| edit::assign_exhibitor(doc.plan(), from, None))
}

/// Draws the drop preview: the target outlined and tinted blue when the drop breaks no
/// rule, amber for a warning, red for an error; what it does and why beside it.
pub fn paint(floor: &super::paint::FloorPainter<'_>, check: &DropCheck) {
    let (line, tint) = match check.severity {
        None => (style::SELECTED, style::MARQUEE_FILL),
        Some(Severity::Warning) => (style::WARNING, WARNING_FILL),
        Some(_) => (style::ERROR, style::ERROR_FILL),
    };
    floor.fill(&check.rect, tint);
    floor.outline(&check.rect, egui::Stroke::new(2.5, line));
    let r = floor.view.screen_rect_from_world(floor.screen, &check.rect);
    let galley = floor.painter.layout(
        check.text.clone(),
        egui::FontId::proportional(13.0),
        egui::Color32::BLACK,
        320.0,
    );
    // Above the target (the dragged card hangs below-right of the pointer), or under
    // it when the canvas has no room above; never off the canvas.
    let size = galley.size();
    let screen = floor.screen;
    let above = r.top() - 10.0 - size.y;
    let y = if above >= screen.top() + 4.0 {
        above
    } else {
        r.bottom() + 10.0
    };
    let y = y.clamp(
        screen.top() + 4.0,
        (screen.bottom() - size.y - 4.0).max(screen.top() + 4.0),
    );
    let x = r.left().clamp(
        screen.left() + 4.0,
        (screen.right() - size.x - 4.0).max(screen.left() + 4.0),
    );
    let at = egui::pos2(x, y);
    let card = egui::Rect::from_min_size(at, size).expand(4.0);
    floor
        .painter
        .rect_filled(card, 3.0, egui::Color32::from_white_alpha(235));
    floor.painter.rect_stroke(
        card,
        3.0,
        egui::Stroke::new(1.0, line),
        egui::StrokeKind::Outside,
    );
    floor.painter.galley(at, galley, egui::Color32::BLACK);
}

/// Warning areas: amber, see-through.
const WARNING_FILL: egui::Color32 = egui::Color32::from_rgba_premultiplied(150, 90, 0, 90);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BoothStatus, ExhibitorId, Plan, Size};

    /// Booth A-001 at (10, 10) 3×3 in sector A (north-west quarter of a 100 × 100 hall);
    /// exhibitor 1 asks for 6 × 3 in sector B (north-east), exhibitor 2 for nothing.
    fn doc() -> Document {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        let (e, _) = edit::add_booth(&plan, Rect::new(10.0, 10.0, 3.0, 3.0).unwrap(), SectorId(1));
        e.apply(&mut plan).unwrap();
        for (id, size, sector) in [
            (1, Some(Size { w: 6.0, h: 3.0 }), Some(SectorId(2))),
            (2, None, None),
        ] {
            plan.exhibitors.push(Exhibitor {
                preferred_sector: sector,
                requested_size: size,
                ..Exhibitor::new(ExhibitorId(id), format!("Firm {id}"))
            });
        }
        Document::new(plan, None)
    }

    fn payload(id: u32) -> ExhibitorPayload {
        ExhibitorPayload {
            exhibitor: ExhibitorId(id),
            from_booth: None,
        }
    }

    #[test]
    fn over_a_booth_it_assigns_and_warns_about_the_sector() {
        let mut doc = doc();
        let c = check(&doc, &payload(1), Point::new(11.0, 11.0), Lang::En).unwrap();
        assert_eq!(c.target, DropTarget::Booth(BoothId(1)));
        assert_eq!(c.severity, Some(Severity::Warning), "{}", c.text);
        let (edit, selection) = drop_edit(&doc, &payload(1), &c).unwrap();
        doc.apply(edit, Selection::new(), selection).unwrap();
        let booth = doc.plan().booth(BoothId(1)).unwrap();
        assert_eq!(booth.exhibitor, Some(ExhibitorId(1)));
        assert_eq!(booth.status, BoothStatus::Reserved);
        // Dragging it back over its own booth does nothing.
        let own = ExhibitorPayload {
            from_booth: Some(BoothId(1)),
            ..payload(1)
        };
        assert!(check(&doc, &own, Point::new(11.0, 11.0), Lang::En).is_none());
    }

    #[test]
    fn on_empty_floor_it_adds_an_assigned_booth_of_the_requested_size_in_one_step() {
        let mut doc = doc();
        let c = check(&doc, &payload(1), Point::new(75.2, 20.4), Lang::En).unwrap();
        assert_eq!(c.severity, None, "{}", c.text);
        assert_eq!(
            (c.rect.x(), c.rect.y(), c.rect.w(), c.rect.h()),
            (72.0, 19.0, 6.0, 3.0)
        );
        let (edit, _) = drop_edit(&doc, &payload(1), &c).unwrap();
        doc.apply(edit, Selection::new(), Selection::new()).unwrap();
        let new = doc.plan().booths.last().unwrap();
        assert_eq!((new.sector, new.number.as_str()), (SectorId(2), "B-001"));
        assert_eq!(new.exhibitor, Some(ExhibitorId(1)));
        assert_eq!(new.status, BoothStatus::Reserved);
        doc.undo().unwrap();
        assert_eq!(doc.plan().booths.len(), 1, "one undo step removes it");
    }

    #[test]
    fn overlaps_and_missing_sectors_are_errors_before_release() {
        let doc = doc();
        // Pointer just east of booth A-001: a 3×3 booth centred there overlaps it.
        let c = check(&doc, &payload(2), Point::new(13.6, 11.5), Lang::En).unwrap();
        assert_eq!(c.severity, Some(Severity::Error));
        assert!(c.text.contains("A-001"), "{}", c.text);
        // Outside the hall there is no sector: refused.
        let c = check(&doc, &payload(2), Point::new(150.0, 50.0), Lang::En).unwrap();
        assert_eq!(c.severity, Some(Severity::Error));
        assert!(!c.accepted());
        assert!(drop_edit(&doc, &payload(2), &c).is_none());
        // In sector A the exhibitor that prefers B gets a warning, in Chinese too.
        let c = check(&doc, &payload(1), Point::new(30.0, 30.0), Lang::Zh).unwrap();
        assert_eq!(c.severity, Some(Severity::Warning));
        assert!(c.text.contains("智能终端"), "{}", c.text);
    }

    #[test]
    fn taken_from_a_booth_it_moves_in_one_step_or_leaves() {
        let mut doc = doc();
        let first = check(&doc, &payload(2), Point::new(11.0, 11.0), Lang::En).unwrap();
        let (edit, _) = drop_edit(&doc, &payload(2), &first).unwrap();
        doc.apply(edit, Selection::new(), Selection::new()).unwrap();
        let taken = ExhibitorPayload {
            from_booth: Some(BoothId(1)),
            ..payload(2)
        };
        let c = check(&doc, &taken, Point::new(60.0, 60.0), Lang::En).unwrap();
        let (edit, _) = drop_edit(&doc, &taken, &c).unwrap();
        doc.apply(edit, Selection::new(), Selection::new()).unwrap();
        let plan = doc.plan();
        assert_eq!(plan.booth(BoothId(1)).unwrap().exhibitor, None);
        assert_eq!(
            plan.booth(BoothId(1)).unwrap().status,
            BoothStatus::Available
        );
        assert_eq!(
            plan.booth(BoothId(2)).unwrap().exhibitor,
            Some(ExhibitorId(2))
        );
        let back = unassign_edit(
            &doc,
            &ExhibitorPayload {
                from_booth: Some(BoothId(2)),
                ..payload(2)
            },
        )
        .unwrap();
        doc.apply(back, Selection::new(), Selection::new()).unwrap();
        assert_eq!(doc.plan().booth(BoothId(2)).unwrap().exhibitor, None);
    }
}
