//! Edits of the venue as a whole: putting in the venue read from a drawing in place of
//! the plan's own (its booths and exhibitors kept), and showing or hiding the layers of
//! the drawing kept under the plan.

use super::venue::common_part;
use super::{Change, Edit, Step, VenueError};
use crate::model::{Hall, Outline, Plan, Sector};

/// The step that puts the halls, obstacles, exits and underlay of `venue` (a plan read
/// from a drawing) in place of the plan's own, keeping its booths, exhibitors, settings
/// and details. Sectors keep their ids, names and colours, so every booth stays in its
/// sector: a sector whose code the venue also has takes the venue's regions of it, any
/// other keeps the part of its regions that lies on the new halls.
pub fn replace_venue(plan: &Plan, venue: &Plan) -> Edit {
    let mut changes: Vec<Change> = Vec::new();
    changes.extend(plan.exits.iter().map(|e| Change::RemoveExit(e.id)));
    changes.extend(plan.obstacles.iter().map(|o| Change::RemoveObstacle(o.id)));
    changes.extend(plan.halls.iter().map(|h| Change::RemoveHall(h.id)));
    changes.extend(venue.halls.iter().cloned().map(Change::PutHall));
    for sector in &plan.sectors {
        let same_code = venue
            .sectors
            .iter()
            .find(|s| s.code.eq_ignore_ascii_case(&sector.code));
        let regions = match same_code {
            Some(theirs) => theirs.regions.clone(),
            None => on_halls(&sector.regions, &venue.halls),
        };
        if regions != sector.regions {
            changes.push(Change::PutSector(Sector {
                regions,
                ..sector.clone()
            }));
        }
    }
    if plan.sectors.is_empty() {
        changes.extend(venue.sectors.iter().cloned().map(Change::PutSector));
    }
    changes.extend(venue.obstacles.iter().cloned().map(Change::PutObstacle));
    changes.extend(venue.exits.iter().cloned().map(Change::PutExit));
    if venue.underlay != plan.underlay {
        changes.push(Change::SetUnderlay(Box::new(venue.underlay.clone())));
    }
    Edit::new(Step::ReplaceVenue, changes)
}

/// The parts of `regions` that lie on `halls`.
fn on_halls(regions: &[Outline], halls: &[Hall]) -> Vec<Outline> {
    regions
        .iter()
        .flat_map(|region| {
            halls
                .iter()
                .filter(|h| h.bounds().overlaps(&region.bounds()))
                .flat_map(|h| common_part(&h.outline, region))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Shows or hides layer `layer` (its place in the list) of the underlay.
pub fn show_underlay_layer(plan: &Plan, layer: usize, visible: bool) -> Result<Edit, VenueError> {
    let shown = plan
        .underlay
        .layers
        .get(layer)
        .ok_or_else(|| VenueError::Missing(format!("drawing layer {}", layer + 1)))?;
    if shown.visible == visible {
        return Err(VenueError::Unchanged);
    }
    Ok(Edit::new(
        Step::ShowUnderlayLayer {
            layer: shown.name.clone(),
            visible,
        },
        vec![Change::ShowUnderlayLayer { layer, visible }],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Rect, Underlay, UnderlayLayer, UnderlayLine};

    fn drawn_venue() -> Plan {
        let mut venue = Plan::empty("drawing", 80.0, 40.0).expect("a hall 80 × 40 m");
        venue.underlay = Underlay {
            layers: vec![UnderlayLayer {
                name: "A-WALL".to_owned(),
                visible: true,
                lines: vec![UnderlayLine {
                    closed: false,
                    points: vec![(0.0, 0.0), (80.0, 0.0)],
                }],
                texts: Vec::new(),
            }],
        };
        venue
    }

    #[test]
    fn the_new_venue_keeps_every_booth_and_undo_gives_the_old_one_back() {
        let plan = crate::generate::waic_2023();
        let venue = drawn_venue();
        let edit = replace_venue(&plan, &venue);
        let mut after = plan.clone();
        let undo = edit.apply(&mut after).expect("the venue goes in");
        assert_eq!(after.halls, venue.halls);
        assert_eq!(after.exits, venue.exits);
        assert_eq!(after.obstacles, venue.obstacles);
        assert_eq!(after.underlay, venue.underlay);
        assert_eq!(after.booths, plan.booths, "booths are kept as they were");
        assert_eq!(after.exhibitors, plan.exhibitors);
        assert_eq!(after.sectors.len(), plan.sectors.len());
        for (old, new) in plan.sectors.iter().zip(&after.sectors) {
            assert_eq!(
                (old.id, &old.name_zh, old.color),
                (new.id, &new.name_zh, new.color)
            );
            let theirs = venue.sectors.iter().find(|s| s.code == new.code);
            if let Some(theirs) = theirs {
                assert_eq!(new.regions, theirs.regions, "sector {}", new.code);
            }
        }
        let mut back = after;
        undo.apply(&mut back).expect("undo");
        assert_eq!(back, plan);
    }

    #[test]
    fn a_sector_the_drawing_lacks_keeps_only_what_lies_on_the_new_halls() {
        let mut plan = Plan::empty("t", 100.0, 100.0).expect("a hall");
        let (edit, id) = super::super::add_sector(&plan, "Z", "Zone", "区", [1, 2, 3]);
        edit.apply(&mut plan).expect("a sector");
        let big = Outline::rect(Rect::new(0.0, 0.0, 100.0, 100.0).expect("a square"));
        super::super::paint_region(&plan, id, &big)
            .expect("painted")
            .apply(&mut plan)
            .expect("applied");
        let venue = drawn_venue();
        let mut after = plan.clone();
        replace_venue(&plan, &venue)
            .apply(&mut after)
            .expect("the venue goes in");
        let zone = after.sector(id).expect("kept");
        let area: f64 = zone.regions.iter().map(Outline::area).sum();
        assert!((area - 80.0 * 40.0).abs() < 1e-6, "{area}");
        assert!(
            zone.regions
                .iter()
                .all(|r| venue.halls[0].outline.contains_point(r.bounds().center()))
        );
    }

    #[test]
    fn hiding_a_layer_is_a_step_and_hiding_it_twice_changes_nothing() {
        let plan = drawn_venue();
        let edit = show_underlay_layer(&plan, 0, false).expect("a layer to hide");
        assert_eq!(
            edit.step.text(crate::text::Lang::En),
            "hiding of drawing layer A-WALL"
        );
        let mut after = plan.clone();
        let undo = edit.apply(&mut after).expect("hidden");
        assert!(!after.underlay.layers[0].visible);
        assert_eq!(
            show_underlay_layer(&after, 0, false),
            Err(VenueError::Unchanged)
        );
        assert!(show_underlay_layer(&after, 3, true).is_err());
        undo.apply(&mut after).expect("shown again");
        assert_eq!(after, plan);
    }
}
