//! The checks on one booth: where it stands (hall, sector, obstacles, walls, exits), whom
//! it belongs to, and how it sits against the booths around it.
//!
//! Everything here looks only at the booth, the fixed parts of the plan and the items
//! within `settings.min_aisle_m` (or half a metre, for the booth type) of the booth. That
//! is what lets the [`super::Checker`] re-check just the neighbourhood of an edit.

use super::finding::{Code, Finding};
use super::geometry::{PARTITION_M, facing, open_length, wall_gap_within};
use super::grid::Nearby;
use super::open_sides::{CLOSED_WITHIN_M, open_sides, type_of};
use super::venue::{Venue, travel_limit};
use crate::model::{
    Booth, BoothId, BoothType, EPS, ElementId, ExhibitorId, FloorIndex, Hall, Item, Obstacle, Plan,
    Rect, Side,
};
use std::fmt;

/// How far (metres) the findings of a booth can depend on other booths: a change within
/// this distance of a booth may change its findings.
pub(crate) fn reach_m(plan: &Plan) -> f64 {
    plan.settings.min_aisle_m.max(CLOSED_WITHIN_M) + 0.1
}

/// What the checks found for one booth.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct BoothCheck {
    /// Findings about this booth alone (with fixed things such as halls and obstacles).
    pub(crate) local: Vec<Finding>,
    /// Findings about this booth and one other booth, with that booth's id. Each pair
    /// finding is the same whichever of the two booths it is computed from.
    pub(crate) pairs: Vec<(BoothId, Finding)>,
    /// Its computed type.
    pub(crate) kind: BoothType,
}

/// A plan with its spatial index and indexed venue: what checking a booth needs.
pub(crate) struct Floor<'a, N: Nearby = FloorIndex> {
    pub(crate) plan: &'a Plan,
    pub(crate) index: &'a N,
    pub(crate) venue: &'a Venue,
    /// The ids of `plan.exhibitors`, in plan order: looked up as the plan would look
    /// them up, without walking the exhibitors themselves.
    pub(crate) exhibitors: &'a [ExhibitorId],
}

/// "A-012", or "#12" for a booth with no number.
pub(crate) fn booth_label(booth: &Booth) -> String {
    let number = booth.number.trim();
    if number.is_empty() {
        format!("#{}", booth.id.0)
    } else {
        number.to_owned()
    }
}

/// A booth's label as [`booth_label`] gives it, written straight into a message: most
/// booths get no finding, and then no label is made at all.
struct BoothLabel<'b>(&'b Booth);

impl fmt::Display for BoothLabel<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let number = self.0.number.trim();
        if number.is_empty() {
            write!(f, "#{}", self.0.id.0)
        } else {
            f.write_str(number)
        }
    }
}

/// "column C-12", or "column #12" for an obstacle with no name.
struct ObstacleLabel<'o>(&'o Obstacle);

impl fmt::Display for ObstacleLabel<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let obstacle = self.0;
        let name = obstacle.name.trim();
        if name.is_empty() {
            write!(f, "{} #{}", obstacle.kind.label(), obstacle.id.0)
        } else {
            write!(f, "{} {name}", obstacle.kind.label())
        }
    }
}

fn side_name(side: Side) -> &'static str {
    match side {
        Side::North => "north",
        Side::East => "east",
        Side::South => "south",
        Side::West => "west",
    }
}

/// The warning for a booth smaller or larger than its exhibitor asked for (either way
/// round counts as the size asked for). The message does not name the exhibitor, so a
/// renamed exhibitor does not change it.
fn size_finding(plan: &Plan, booth: &Booth, label: &BoothLabel<'_>) -> Option<Finding> {
    let exhibitor = plan.exhibitor(booth.exhibitor?)?;
    let asked = exhibitor.requested_size?;
    if asked.fits(&booth.rect) {
        return None;
    }
    let (w, h) = (booth.rect.w(), booth.rect.h());
    let how = if w * h < asked.w * asked.h {
        "smaller"
    } else {
        "larger"
    };
    let m = crate::text::short_number;
    Some(Finding::new(
        Code::SizeMismatch,
        format!(
            "Booth {label} is {} × {} m, {how} than the {} × {} m its exhibitor asked for",
            m(w),
            m(h),
            m(asked.w),
            m(asked.h)
        ),
        vec![
            ElementId::Booth(booth.id),
            ElementId::Exhibitor(exhibitor.id),
        ],
    ))
}

/// What stands around a booth, looked up once for all its checks: the items of the index
/// touching its reach (itself left out), sorted, and the halls whose box touches it. Every
/// strip a check asks about (a gap narrower than the minimum aisle beside the booth) lies
/// within the reach, so it is answered from these without asking the index again.
struct Around {
    items: Vec<(Item, Rect)>,
    halls: Vec<usize>,
}

/// Which of a booth's pair findings (an overlap, a narrow aisle) its check makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pairs {
    /// With every neighbour: a booth re-checked alone must find its pairs itself.
    All,
    /// Only with neighbours of a higher id: when every booth is checked, each pair is
    /// then found once, from its lower id, instead of twice.
    WithHigherIds,
}

impl<N: Nearby> Floor<'_, N> {
    fn min_aisle(&self) -> f64 {
        self.plan.settings.min_aisle_m
    }

    /// Everything the rules say about `booth`, which must be in the plan and the index;
    /// its pair findings with the neighbours `pairs` says.
    pub(crate) fn check(&self, booth: &Booth, pairs_with: Pairs) -> BoothCheck {
        let mut local = Vec::new();
        let mut pairs = Vec::new();
        let label = BoothLabel(booth);
        let me = ElementId::Booth(booth.id);
        let around = self.around(booth);
        let hall = self.check_hall_and_walls(booth, &label, &around, &mut local);
        self.check_sector(booth, &label, &mut local);
        self.check_exits(booth, hall, &label, &mut local);
        if let Some(e) = booth.exhibitor
            && self.exhibitors.binary_search(&e).is_err()
        {
            local.push(Finding::new(
                Code::UnknownExhibitor,
                format!("Booth {label} is assigned to exhibitor {e}, which does not exist"),
                vec![me, ElementId::Exhibitor(e)],
            ));
        }
        local.extend(size_finding(self.plan, booth, &label));
        for &(item, rect) in &around.items {
            match item {
                Item::Booth(other) => {
                    if pairs_with == Pairs::WithHigherIds && other < booth.id {
                        continue;
                    }
                    if let Some(finding) = self.pair_finding(booth, other, &rect, &around) {
                        pairs.push((other, finding));
                    }
                }
                Item::Obstacle(id) => {
                    let Ok(i) = self.plan.obstacles.binary_search_by_key(&id, |o| o.id) else {
                        continue;
                    };
                    let obstacle = &self.plan.obstacles[i];
                    self.check_obstacle(booth, &label, obstacle, rect, &around, &mut local);
                }
            }
        }
        let kind = type_of(open_sides(
            self.plan,
            self.venue,
            &booth.rect,
            hall,
            &around.items,
        ));
        // A booth outside every hall is reported as such; "no side open" would only
        // echo that its surroundings are not floor.
        if kind == BoothType::Enclosed && hall.is_some() {
            local.push(Finding::new(
                Code::NoAisleAccess,
                format!("Booth {label} has no side open to an aisle (no aisle access)"),
                vec![me],
            ));
        }
        // Sorted here, on the checking thread: the checker keeps a booth's findings sorted.
        local.sort_unstable();
        BoothCheck { local, pairs, kind }
    }

    /// Everything near enough to `booth` to matter, in a fixed order so that sums over it
    /// never depend on the shape of the index.
    fn around(&self, booth: &Booth) -> Around {
        let reach = booth
            .rect
            .expanded(self.min_aisle().max(CLOSED_WITHIN_M))
            .unwrap_or(booth.rect);
        let mut items: Vec<(Item, Rect)> = self
            .index
            .touching(&reach)
            .filter(|(item, _)| *item != Item::Booth(booth.id))
            .collect();
        items.sort_unstable_by_key(|(item, _)| *item);
        Around {
            items,
            halls: self.venue.hall_indices_touching(&reach),
        }
    }

    /// Whether any of the strip described by `f` (which lies within the reach of the
    /// booth `around` was looked up for) is open floor, leaving out `skip`.
    fn is_open(&self, f: &super::geometry::Facing, skip: [Item; 2], around: &Around) -> bool {
        let blockers = (around.items.iter())
            .filter(|(item, _)| !skip.contains(item))
            .map(|(_, rect)| *rect);
        let halls = self.venue.halls_among(self.plan, &around.halls, &f.strip);
        open_length(f, halls.map(|h| &h.outline), blockers) > PARTITION_M
    }

    /// Overlap or too narrow an aisle between `booth` and booth `other`, which stands at
    /// `other_rect`. Symmetric: the finding is the same whichever booth comes first.
    fn pair_finding(
        &self,
        booth: &Booth,
        other: BoothId,
        other_rect: &Rect,
        around: &Around,
    ) -> Option<Finding> {
        let overlap = booth.rect.intersection(other_rect);
        let narrow = match overlap {
            Some(_) => None,
            None => facing(&booth.rect, other_rect).filter(|f| {
                f.gap < self.min_aisle() - EPS
                    && self.is_open(f, [Item::Booth(booth.id), Item::Booth(other)], around)
            }),
        };
        if overlap.is_none() && narrow.is_none() {
            return None;
        }
        // Only now look the other booth up: most neighbours make no finding.
        let other = self.plan.booth(other)?;
        let (first, second) = if booth.id <= other.id {
            (booth, other)
        } else {
            (other, booth)
        };
        let ids = vec![ElementId::Booth(first.id), ElementId::Booth(second.id)];
        let (l1, l2) = (booth_label(first), booth_label(second));
        if let Some(shared) = overlap {
            return Some(Finding::new(
                Code::BoothOverlap,
                format!("Booths {l1} and {l2} overlap by {:.2} m²", shared.area()),
                ids,
            ));
        }
        let gap = narrow?.gap;
        Some(Finding::new(
            Code::NarrowAisle,
            format!(
                "Aisle between booths {l1} and {l2} is {gap:.2} m wide, narrower than {:.2} m",
                self.min_aisle()
            ),
            ids,
        ))
    }

    fn check_obstacle(
        &self,
        booth: &Booth,
        label: &BoothLabel<'_>,
        obstacle: &Obstacle,
        rect: Rect,
        around: &Around,
        out: &mut Vec<Finding>,
    ) {
        let ids = vec![ElementId::Booth(booth.id), ElementId::Obstacle(obstacle.id)];
        let what = ObstacleLabel(obstacle);
        if let Some(shared) = booth.rect.intersection(&rect) {
            out.push(Finding::new(
                Code::OnObstacle,
                format!("Booth {label} stands on {what} ({:.2} m²)", shared.area()),
                ids,
            ));
            return;
        }
        let Some(f) = facing(&booth.rect, &rect) else {
            return;
        };
        let min = self.min_aisle();
        if f.gap < min - EPS
            && self.is_open(
                &f,
                [Item::Booth(booth.id), Item::Obstacle(obstacle.id)],
                around,
            )
        {
            out.push(Finding::new(
                Code::NarrowObstacleGap,
                format!(
                    "Booth {label} is {:.2} m from {what}, narrower than the {min:.2} m minimum aisle",
                    f.gap
                ),
                ids,
            ));
        }
    }

    /// Checks that `booth` stands in a hall, clear of its walls; returns the hall.
    fn check_hall_and_walls(
        &self,
        booth: &Booth,
        label: &BoothLabel<'_>,
        around: &Around,
        out: &mut Vec<Finding>,
    ) -> Option<&Hall> {
        let me = ElementId::Booth(booth.id);
        let Some(hall) = self.venue.hall_containing(self.plan, &booth.rect) else {
            out.push(Finding::new(
                Code::OutsideHall,
                format!("Booth {label} is not wholly inside any hall"),
                vec![me],
            ));
            return None;
        };
        let min = self.min_aisle();
        for side in Side::ALL {
            let Some(f) = wall_gap_within(&booth.rect, &hall.outline, side, min) else {
                continue;
            };
            if f.gap < min - EPS && self.is_open(&f, [Item::Booth(booth.id); 2], around) {
                out.push(Finding::new(
                    Code::NarrowWallGap,
                    format!(
                        "Booth {label} is {:.2} m from the {} wall of {}, narrower than the {min:.2} m minimum aisle",
                        f.gap,
                        side_name(side),
                        hall.name
                    ),
                    vec![me, ElementId::Hall(hall.id)],
                ));
            }
        }
        Some(hall)
    }

    fn check_sector(&self, booth: &Booth, label: &BoothLabel<'_>, out: &mut Vec<Finding>) {
        let me = ElementId::Booth(booth.id);
        let Some(own) = self.plan.sector(booth.sector) else {
            out.push(Finding::new(
                Code::UnknownSector,
                format!(
                    "Booth {label} is in sector {}, which does not exist",
                    booth.sector
                ),
                vec![me],
            ));
            return;
        };
        let area = booth.rect.area();
        let areas = self.venue.sector_areas(self.plan, &booth.rect);
        let sector_of = |i: usize| &self.plan.sectors[i];
        let inside: f64 = areas
            .iter()
            .filter(|(i, _)| sector_of(*i).id == own.id)
            .map(|(_, a)| a)
            .sum();
        if inside >= area - 1e-6 * area.max(1.0) {
            return;
        }
        let elsewhere = areas
            .iter()
            .filter(|(i, _)| sector_of(*i).id != own.id)
            .fold(None::<(usize, f64)>, |best, &(i, a)| match best {
                Some((_, b)) if b >= a => best,
                _ => Some((i, a)),
            });
        match elsewhere {
            Some((i, shared)) if shared > area / 2.0 => {
                let other = sector_of(i);
                out.push(Finding::new(
                    Code::InOtherSector,
                    format!(
                        "Booth {label} is sold in sector {} but stands mostly in {}",
                        own.name_en, other.name_en
                    ),
                    vec![me, ElementId::Sector(own.id), ElementId::Sector(other.id)],
                ));
            }
            _ => out.push(Finding::new(
                Code::OutsideSector,
                format!(
                    "Booth {label} reaches {:.2} m² outside its sector {}",
                    area - inside,
                    own.name_en
                ),
                vec![me, ElementId::Sector(own.id)],
            )),
        }
    }

    /// Clear zones and travel distance; `hall` is the hall holding the booth, if any.
    fn check_exits(
        &self,
        booth: &Booth,
        hall: Option<&Hall>,
        label: &BoothLabel<'_>,
        out: &mut Vec<Finding>,
    ) {
        let me = ElementId::Booth(booth.id);
        for exit in self.venue.exits_blocked_by(&booth.rect) {
            out.push(Finding::new(
                Code::ExitBlocked,
                format!(
                    "Booth {label} stands in the clear zone in front of exit {}",
                    exit.name
                ),
                vec![me, ElementId::Exit(exit.id)],
            ));
        }
        // Travel distance: to the exits of the hall holding the booth, or when no hall
        // holds it wholly the hall its centre is in (or to any exit when that hall has
        // none).
        let centre = booth.rect.center();
        let hall = hall.or_else(|| self.venue.hall_at(self.plan, centre));
        let limit = hall.map_or(self.plan.settings.max_travel_m, |h| {
            travel_limit(self.plan, h)
        });
        if let Some(distance) = self.venue.nearest_exit_m(centre, hall.map(|h| h.id))
            && distance > limit + EPS
        {
            out.push(Finding::new(
                Code::TravelDistance,
                format!(
                    "Booth {label} is {distance:.1} m in a straight line from the nearest exit (GB 50016 allows {limit:.1} m here)"
                ),
                vec![me],
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_plans::{codes, hall_plan, put, with_code};
    use super::super::{Code, validate};
    use crate::model::{
        BoothId, ElementId, ExhibitorId, Obstacle, ObstacleId, ObstacleKind, Outline, Plan, Rect,
        SectorId,
    };

    fn obstacle(plan: &mut Plan, id: u32, kind: ObstacleKind, x: f64, y: f64, w: f64, h: f64) {
        plan.obstacles.push(Obstacle {
            id: ObstacleId(id),
            kind,
            name: format!("O{id}"),
            rect: Rect::new(x, y, w, h).unwrap(),
        });
    }

    #[test]
    fn labels_written_into_messages_match_the_label_strings() {
        let mut plan = hall_plan();
        let id = put(&mut plan, 10.0, 8.0, 3.0, 3.0);
        for number in ["A-001", "  b-2 ", "", "   "] {
            let booth = plan.booth_mut(id).unwrap();
            booth.number = number.to_owned();
            let booth = plan.booth(id).unwrap();
            assert_eq!(
                super::BoothLabel(booth).to_string(),
                super::booth_label(booth)
            );
        }
        obstacle(&mut plan, 7, ObstacleKind::Stage, 1.0, 1.0, 2.0, 2.0);
        plan.obstacles[0].name = "  ".to_owned();
        let label = super::ObstacleLabel(&plan.obstacles[0]).to_string();
        assert_eq!(label, "stage #7");
    }

    #[test]
    fn a_lone_booth_in_the_open_has_no_findings() {
        let mut plan = hall_plan();
        let id = put(&mut plan, 10.0, 8.0, 3.0, 3.0);
        let report = validate(&plan);
        assert_eq!(codes(&report), vec![]);
        assert_eq!(report.booth_type(id), Some(crate::model::BoothType::Island));
    }

    #[test]
    fn overlapping_booths_give_one_error_naming_both() {
        let mut plan = hall_plan();
        let a = put(&mut plan, 10.0, 8.0, 3.0, 3.0);
        let b = put(&mut plan, 12.0, 9.0, 3.0, 3.0);
        let report = validate(&plan);
        let found = with_code(&report, Code::BoothOverlap);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].ids, vec![ElementId::Booth(a), ElementId::Booth(b)]);
        assert!(found[0].message.contains("A-001") && found[0].message.contains("A-002"));
        assert!(found[0].message.contains("2.00 m²"));
        assert_eq!(report.findings_for_booth(b).count(), 1);
    }

    #[test]
    fn touching_booths_do_not_overlap() {
        let mut plan = hall_plan();
        put(&mut plan, 10.0, 8.0, 3.0, 3.0);
        put(&mut plan, 13.0, 8.0, 3.0, 3.0);
        put(&mut plan, 10.0, 11.0, 6.0, 3.0);
        assert_eq!(codes(&validate(&plan)), vec![]);
    }

    #[test]
    fn a_booth_across_the_hall_wall_is_an_error() {
        let mut plan = hall_plan();
        put(&mut plan, 58.0, 10.0, 3.0, 3.0);
        let report = validate(&plan);
        assert_eq!(with_code(&report, Code::OutsideHall).len(), 1);
        let mut plan = hall_plan();
        put(&mut plan, 57.0, 10.0, 3.0, 3.0);
        assert!(with_code(&validate(&plan), Code::OutsideHall).is_empty());
    }

    #[test]
    fn a_booth_outside_every_hall_is_not_also_said_to_have_no_open_side() {
        let mut plan = hall_plan();
        put(&mut plan, 80.0, 10.0, 3.0, 3.0);
        let report = validate(&plan);
        assert_eq!(with_code(&report, Code::OutsideHall).len(), 1);
        assert!(with_code(&report, Code::NoAisleAccess).is_empty());
    }

    #[test]
    fn sector_fit_warns_when_spilling_and_errs_when_mostly_elsewhere() {
        // Sector A is x 0–30, y 0–20; B is x 30–60.
        let mut plan = hall_plan();
        let spill = put(&mut plan, 28.0, 5.0, 3.0, 3.0);
        let report = validate(&plan);
        assert_eq!(plan.booth(spill).unwrap().sector, SectorId(1));
        let found = with_code(&report, Code::OutsideSector);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("3.00 m²"), "{}", found[0].message);
        assert!(with_code(&report, Code::InOtherSector).is_empty());

        let mut plan = hall_plan();
        let wrong = put(&mut plan, 29.0, 5.0, 3.0, 3.0);
        plan.booths[0].sector = SectorId(1);
        let report = validate(&plan);
        let found = with_code(&report, Code::InOtherSector);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].ids,
            vec![
                ElementId::Booth(wrong),
                ElementId::Sector(SectorId(1)),
                ElementId::Sector(SectorId(2))
            ]
        );
    }

    #[test]
    fn a_booth_across_two_regions_of_its_own_sector_fits() {
        let mut plan = hall_plan();
        // Give sector A the top strip of sector B as a second region.
        plan.sectors[0]
            .regions
            .push(Outline::rect(Rect::new(30.0, 0.0, 10.0, 20.0).unwrap()));
        plan.sectors[1].regions = vec![Outline::rect(Rect::new(40.0, 0.0, 20.0, 20.0).unwrap())];
        put(&mut plan, 29.0, 5.0, 3.0, 3.0);
        plan.booths[0].sector = SectorId(1);
        let report = validate(&plan);
        assert!(with_code(&report, Code::OutsideSector).is_empty());
        assert!(with_code(&report, Code::InOtherSector).is_empty());
    }

    #[test]
    fn a_booth_in_an_unknown_sector_is_an_error() {
        let mut plan = hall_plan();
        put(&mut plan, 10.0, 8.0, 3.0, 3.0);
        plan.booths[0].sector = SectorId(77);
        assert_eq!(codes(&validate(&plan)), vec![Code::UnknownSector]);
    }

    #[test]
    fn a_booth_on_a_column_is_an_error_but_one_beside_it_is_not() {
        let mut plan = hall_plan();
        obstacle(&mut plan, 1, ObstacleKind::Column, 12.0, 9.0, 0.6, 0.6);
        let id = put(&mut plan, 10.0, 8.0, 3.0, 3.0);
        let report = validate(&plan);
        let found = with_code(&report, Code::OnObstacle);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].ids,
            vec![ElementId::Booth(id), ElementId::Obstacle(ObstacleId(1))]
        );
        assert!(found[0].message.contains("column O1"));

        let mut plan = hall_plan();
        obstacle(&mut plan, 1, ObstacleKind::Column, 13.0, 9.0, 0.6, 0.6);
        put(&mut plan, 10.0, 8.0, 3.0, 3.0);
        assert_eq!(codes(&validate(&plan)), vec![]);
    }

    #[test]
    fn booths_facing_across_a_narrow_aisle_are_an_error() {
        let mut plan = hall_plan();
        let a = put(&mut plan, 10.0, 8.0, 3.0, 3.0);
        let b = put(&mut plan, 15.0, 9.0, 3.0, 3.0);
        let report = validate(&plan);
        let found = with_code(&report, Code::NarrowAisle);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].ids, vec![ElementId::Booth(a), ElementId::Booth(b)]);
        assert!(
            found[0].message.contains("2.00 m wide"),
            "{}",
            found[0].message
        );
        // A 3 m aisle is wide enough.
        plan.booths[1].rect = Rect::new(16.0, 9.0, 3.0, 3.0).unwrap();
        assert_eq!(codes(&validate(&plan)), vec![]);
    }

    #[test]
    fn narrow_aisle_ignores_partitions_diagonals_and_filled_gaps() {
        let mut plan = hall_plan();
        // Diagonal neighbours 1 m apart do not face each other.
        put(&mut plan, 10.0, 8.0, 3.0, 3.0);
        put(&mut plan, 14.0, 12.0, 3.0, 3.0);
        assert_eq!(codes(&validate(&plan)), vec![]);
        // Three booths in a row 2 m deep each: the outer two are 2 m apart, but the
        // middle one fills the gap.
        let mut plan = hall_plan();
        put(&mut plan, 10.0, 8.0, 3.0, 2.0);
        put(&mut plan, 10.0, 10.0, 3.0, 2.0);
        put(&mut plan, 10.0, 12.0, 3.0, 2.0);
        assert_eq!(codes(&validate(&plan)), vec![]);
        // A 2 cm slit is a partition, not an aisle.
        let mut plan = hall_plan();
        put(&mut plan, 10.0, 8.0, 3.0, 3.0);
        put(&mut plan, 13.02, 8.0, 3.0, 3.0);
        assert_eq!(codes(&validate(&plan)), vec![]);
    }

    #[test]
    fn a_booth_close_to_a_wall_is_an_error_but_one_against_it_is_not() {
        let mut plan = hall_plan();
        let id = put(&mut plan, 1.0, 8.0, 3.0, 3.0);
        let report = validate(&plan);
        let found = with_code(&report, Code::NarrowWallGap);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("west wall of Hall 1"));
        assert_eq!(found[0].ids[0], ElementId::Booth(id));
        plan.booths[0].rect = Rect::new(0.0, 8.0, 3.0, 3.0).unwrap();
        assert_eq!(codes(&validate(&plan)), vec![]);
        // A second row behind a row against the wall is not facing the wall.
        put(&mut plan, 3.0, 8.0, 3.0, 3.0);
        assert_eq!(codes(&validate(&plan)), vec![]);
    }

    #[test]
    fn a_booth_close_to_a_stage_is_an_error() {
        let mut plan = hall_plan();
        obstacle(&mut plan, 1, ObstacleKind::Stage, 15.0, 5.0, 6.0, 8.0);
        put(&mut plan, 10.0, 8.0, 3.0, 3.0);
        let report = validate(&plan);
        assert_eq!(codes(&report), vec![Code::NarrowObstacleGap]);
        assert!(report.findings[0].message.contains("stage O1"));
        plan.booths[0].rect = Rect::new(9.0, 8.0, 3.0, 3.0).unwrap();
        assert_eq!(codes(&validate(&plan)), vec![]);
    }

    #[test]
    fn a_booth_in_front_of_an_exit_blocks_it() {
        // The north exit spans x 28–32 on y = 0; its clear zone is 1.4 m deep.
        let mut plan = hall_plan();
        let id = put(&mut plan, 27.0, 0.0, 3.0, 3.0);
        let report = validate(&plan);
        let found = with_code(&report, Code::ExitBlocked);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].ids,
            vec![
                ElementId::Booth(id),
                ElementId::Exit(crate::model::ExitId(1))
            ]
        );
        plan.booths[0].rect = Rect::new(25.0, 0.0, 3.0, 3.0).unwrap();
        assert!(with_code(&validate(&plan), Code::ExitBlocked).is_empty());
    }

    #[test]
    fn a_booth_of_an_unknown_exhibitor_is_an_error() {
        let mut plan = hall_plan();
        put(&mut plan, 10.0, 8.0, 3.0, 3.0);
        plan.booths[0].exhibitor = Some(ExhibitorId(99));
        let report = validate(&plan);
        assert_eq!(codes(&report), vec![Code::UnknownExhibitor]);
        assert!(report.findings[0].message.contains("exhibitor:99"));
    }

    #[test]
    fn a_booth_far_from_every_exit_gets_a_warning() {
        let mut plan = hall_plan();
        // Only the west exit is left: a booth at the east end is ~50 m from it.
        plan.exits.retain(|e| e.name == "W");
        plan.exits[0].width_m = 20.0;
        put(&mut plan, 50.0, 18.5, 3.0, 3.0);
        put(&mut plan, 10.0, 18.5, 3.0, 3.0);
        let report = validate(&plan);
        let found = with_code(&report, Code::TravelDistance);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].ids, vec![ElementId::Booth(BoothId(1))]);
    }

    #[test]
    fn a_booth_closed_in_on_every_side_has_no_aisle_access() {
        let mut plan = hall_plan();
        for (x, y) in [
            (13.0, 8.0),
            (10.0, 11.0),
            (13.0, 11.0),
            (16.0, 11.0),
            (13.0, 14.0),
        ] {
            put(&mut plan, x, y, 3.0, 3.0);
        }
        let report = validate(&plan);
        let found = with_code(&report, Code::NoAisleAccess);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].ids, vec![ElementId::Booth(BoothId(3))]);
        assert_eq!(codes(&report), vec![Code::NoAisleAccess]);
        // Open one side and it is reachable.
        plan.booths.retain(|b| b.id != BoothId(5));
        assert_eq!(codes(&validate(&plan)), vec![]);
    }
}
