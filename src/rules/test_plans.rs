//! Small hand-built plans for the rule tests.

use super::{Code, Finding, Report};
use crate::model::{BoothId, Exit, ExitId, HallId, Plan, Rect, SectorId, Side};

/// A 60 × 40 m hall split into the four default sectors (30 × 20 m each), with a 4 m
/// exit in the middle of each wall: enough exit width, and no point farther than 30 m
/// from an exit.
pub(crate) fn hall_plan() -> Plan {
    let mut plan = Plan::empty("test", 60.0, 40.0).unwrap();
    plan.exits = [
        (1, "N", Side::North, 28.0),
        (2, "S", Side::South, 28.0),
        (3, "W", Side::West, 18.0),
        (4, "E", Side::East, 18.0),
    ]
    .into_iter()
    .map(|(id, name, side, from)| {
        let hall = Rect::new(0.0, 0.0, 60.0, 40.0).unwrap_or_else(|_| unreachable!());
        let (wall, offset_m) = Exit::on_rect_side(&hall, side, from, 4.0);
        Exit {
            id: ExitId(id),
            name: name.to_owned(),
            hall: HallId(1),
            wall,
            offset_m,
            width_m: 4.0,
        }
    })
    .collect();
    plan
}

/// Adds a booth at (`x`, `y`), `w` × `h`, in the sector under its centre (A elsewhere),
/// numbered like the editor does; returns its id.
pub(crate) fn put(plan: &mut Plan, x: f64, y: f64, w: f64, h: f64) -> BoothId {
    let rect = Rect::new(x, y, w, h).unwrap();
    let (edit, id) = crate::edit::add_booth(plan, rect, SectorId(1));
    edit.apply(plan).unwrap();
    id
}

/// The findings with `code`.
pub(crate) fn with_code(report: &Report, code: Code) -> Vec<&Finding> {
    report.findings.iter().filter(|f| f.code == code).collect()
}

/// The codes of every finding, in report order.
pub(crate) fn codes(report: &Report) -> Vec<Code> {
    report.findings.iter().map(|f| f.code).collect()
}
