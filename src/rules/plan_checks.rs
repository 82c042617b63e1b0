//! The checks on the plan as a whole: capacity, sector fill, exit width, duplicate booth
//! numbers and exhibitors still without a booth.

use super::booth_checks::booth_label;
use super::finding::{Code, Finding};
use super::report::{Capacity, HallOccupancy, Occupancy};
use crate::model::{BoothId, ElementId, Exhibitor, Plan};

/// The form of a booth number two booths must not share: trimmed, lower case.
pub(crate) fn number_key(number: &str) -> String {
    number.trim().to_lowercase()
}

/// Total sector area above the limit; sectors filled beyond the warning share.
pub(crate) fn capacity_findings(plan: &Plan, capacity: &Capacity) -> Vec<Finding> {
    let mut out = Vec::new();
    if capacity.total_sector_area_m2 > capacity.limit_m2 + 1e-6 {
        out.push(Finding::new(
            Code::CapacityExceeded,
            format!(
                "The sectors cover {:.0} m², above the capacity limit of {:.0} m²",
                capacity.total_sector_area_m2, capacity.limit_m2
            ),
            capacity
                .sectors
                .iter()
                .map(|s| ElementId::Sector(s.id))
                .collect(),
        ));
    }
    let warn = plan.settings.sector_fill_warn;
    for s in &capacity.sectors {
        if s.area_m2 > 0.0 && s.booth_area_m2 > warn * s.area_m2 + 1e-6 {
            out.push(Finding::new(
                Code::SectorFill,
                format!(
                    "Sector {} is {:.0}% booths ({:.0} of {:.0} m²), above the {:.0}% that leaves room for aisles",
                    s.name_en,
                    s.fill_share * 100.0,
                    s.booth_area_m2,
                    s.area_m2,
                    warn * 100.0
                ),
                vec![ElementId::Sector(s.id)],
            ));
        }
    }
    out
}

/// Design occupants for `area_m2` of hall, rounded up to whole persons.
fn occupants(plan: &Plan, area_m2: f64) -> u64 {
    // Hall areas are bounded (every coordinate is within 100 km), so this fits.
    (area_m2 * plan.settings.occupant_density - 1e-9)
        .ceil()
        .max(0.0) as u64
}

/// Exit width, metres, that `persons` need.
fn width_needed(plan: &Plan, persons: u64) -> f64 {
    persons as f64 / 100.0 * plan.settings.exit_width_per_100_m
}

/// Design occupants against exit width, in total and hall by hall (GB 50016-2014).
pub(crate) fn occupancy(plan: &Plan) -> Occupancy {
    let halls: Vec<HallOccupancy> = plan
        .halls
        .iter()
        .map(|h| {
            let area_m2 = h.area_m2();
            let design_occupants = occupants(plan, area_m2);
            HallOccupancy {
                id: h.id,
                name: h.name.clone(),
                area_m2,
                design_occupants,
                exit_width_needed_m: width_needed(plan, design_occupants),
                exit_width_provided_m: plan
                    .exits
                    .iter()
                    .filter(|e| e.hall == h.id)
                    .map(|e| e.width_m)
                    .fold(0.0, |sum, w| sum + w),
            }
        })
        .collect();
    // Folded from +0.0: a float sum of nothing is -0.0, which prints as "-0.00 m".
    let hall_area_m2: f64 = halls.iter().fold(0.0, |sum, h| sum + h.area_m2);
    let design_occupants = occupants(plan, hall_area_m2);
    let exit_width_needed_m = width_needed(plan, design_occupants);
    let exit_width_provided_m: f64 = plan.exits.iter().fold(0.0, |sum, e| sum + e.width_m);
    Occupancy {
        hall_area_m2,
        occupant_density: plan.settings.occupant_density,
        design_occupants,
        exit_width_per_100_m: plan.settings.exit_width_per_100_m,
        exit_width_needed_m,
        exit_width_provided_m,
        enough: exit_width_provided_m >= exit_width_needed_m - 1e-9,
        halls,
    }
}

/// Exits too narrow for the design occupants.
pub(crate) fn occupancy_findings(plan: &Plan, occupancy: &Occupancy) -> Vec<Finding> {
    if occupancy.enough {
        return Vec::new();
    }
    vec![Finding::new(
        Code::ExitWidth,
        format!(
            "The exits are {:.2} m wide in total; {} design occupants ({} persons/m² of {:.0} m² of hall) need {:.2} m at {} m per 100 persons",
            occupancy.exit_width_provided_m,
            occupancy.design_occupants,
            occupancy.occupant_density,
            occupancy.hall_area_m2,
            occupancy.exit_width_needed_m,
            occupancy.exit_width_per_100_m
        ),
        plan.halls.iter().map(|h| ElementId::Hall(h.id)).collect(),
    )]
}

/// Exits whose door does not fit on their wall (or whose hall has no such wall).
pub(crate) fn exit_findings(plan: &Plan) -> Vec<Finding> {
    plan.exits
        .iter()
        .filter(|exit| plan.hall(exit.hall).is_some_and(|h| exit.door(h).is_none()))
        .filter_map(|exit| {
            let hall = plan.hall(exit.hall)?;
            let name = exit.name.trim();
            let message = match hall.outline.wall(exit.wall) {
                None => format!(
                    "Exit {name} is on wall {} of {}, which has only {} walls",
                    exit.wall + 1,
                    hall.name,
                    hall.outline.len()
                ),
                Some(_) => format!(
                    "Exit {name} ({:.2} m wide, {:.2} m along) does not fit on wall {} of {}, which is {:.2} m long",
                    exit.width_m,
                    exit.offset_m,
                    exit.wall + 1,
                    hall.name,
                    hall.outline.wall_length(exit.wall)
                ),
            };
            Some(Finding::new(
                Code::ExitOffWall,
                message,
                vec![ElementId::Exit(exit.id), ElementId::Hall(hall.id)],
            ))
        })
        .collect()
}

/// The finding for the booths sharing one number, if there are several.
pub(crate) fn duplicate_number(plan: &Plan, group: &[BoothId]) -> Option<Finding> {
    if group.len() < 2 {
        return None;
    }
    let labels: Vec<String> = group
        .iter()
        .filter_map(|id| plan.booth(*id))
        .map(booth_label)
        .collect();
    let number = labels.first()?;
    Some(Finding::new(
        Code::DuplicateNumber,
        format!("{} booths share the number {number}", group.len()),
        group.iter().map(|id| ElementId::Booth(*id)).collect(),
    ))
}

/// The note for an exhibitor with no booth.
pub(crate) fn without_booth(exhibitor: &Exhibitor) -> Finding {
    Finding::new(
        Code::ExhibitorWithoutBooth,
        format!("Exhibitor {} has no booth yet", exhibitor.name.trim()),
        vec![ElementId::Exhibitor(exhibitor.id)],
    )
}

#[cfg(test)]
mod tests {
    use super::super::test_plans::{codes, hall_plan, put, with_code};
    use super::super::{Code, Severity, validate};
    use crate::model::{ElementId, Exhibitor, ExhibitorId, SectorId};

    fn exhibitor(id: u32, name: &str) -> Exhibitor {
        Exhibitor::new(ExhibitorId(id), name)
    }

    #[test]
    fn sectors_above_the_capacity_limit_are_an_error() {
        let mut plan = hall_plan();
        let report = validate(&plan);
        assert_eq!(report.capacity.total_sector_area_m2, 2400.0);
        assert!(with_code(&report, Code::CapacityExceeded).is_empty());
        plan.settings.capacity_limit_m2 = 2000.0;
        let report = validate(&plan);
        let found = with_code(&report, Code::CapacityExceeded);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].ids.len(), 4);
        assert!(found[0].message.contains("2400 m²") && found[0].message.contains("2000 m²"));
    }

    #[test]
    fn a_sector_filled_beyond_the_share_gets_a_warning() {
        // Sector A is 30 × 20 = 600 m²; the warning share is 60 % = 360 m².
        let mut plan = hall_plan();
        put(&mut plan, 0.0, 0.0, 20.0, 18.0);
        let report = validate(&plan);
        let a = &report.capacity.sectors[0];
        assert_eq!(a.booth_area_m2, 360.0);
        assert_eq!(a.more_3x3_booths, 0);
        assert!(with_code(&report, Code::SectorFill).is_empty());
        plan.booths[0].rect = crate::model::Rect::new(0.0, 0.0, 20.0, 19.0).unwrap();
        let report = validate(&plan);
        let found = with_code(&report, Code::SectorFill);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].ids, vec![ElementId::Sector(SectorId(1))]);
        assert_eq!(found[0].severity, Severity::Warning);
    }

    #[test]
    fn capacity_figures_per_sector() {
        let mut plan = hall_plan();
        put(&mut plan, 2.0, 2.0, 3.0, 3.0);
        put(&mut plan, 2.0, 5.0, 6.0, 6.0);
        put(&mut plan, 40.0, 30.0, 3.0, 3.0);
        let capacity = validate(&plan).capacity;
        let a = &capacity.sectors[0];
        assert_eq!((a.booths, a.booth_area_m2, a.area_m2), (2, 45.0, 600.0));
        assert_eq!(a.fill_share, 0.075);
        assert_eq!(a.free_area_m2, 555.0);
        // (0.6 × 600 − 45) / 9 = 35.
        assert_eq!(a.more_3x3_booths, 35);
        assert_eq!(
            (a.name_en.as_str(), a.name_zh.as_str()),
            ("Core technology", "核心技术")
        );
        assert_eq!(capacity.sectors[3].booths, 1);
        assert_eq!(capacity.total_booth_area_m2, 54.0);
        assert_eq!(capacity.booths, 3);
        assert_eq!(capacity.limit_m2, 50_000.0);
    }

    #[test]
    fn duplicate_numbers_ignore_case_and_space() {
        let mut plan = hall_plan();
        let a = put(&mut plan, 2.0, 2.0, 3.0, 3.0);
        let b = put(&mut plan, 10.0, 2.0, 3.0, 3.0);
        let c = put(&mut plan, 20.0, 2.0, 3.0, 3.0);
        assert!(with_code(&validate(&plan), Code::DuplicateNumber).is_empty());
        plan.booths[1].number = " a-001 ".to_owned();
        plan.booths[2].number = "A-001".to_owned();
        let report = validate(&plan);
        let found = with_code(&report, Code::DuplicateNumber);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].ids,
            vec![
                ElementId::Booth(a),
                ElementId::Booth(b),
                ElementId::Booth(c)
            ]
        );
        assert_eq!(found[0].message, "3 booths share the number A-001");
    }

    #[test]
    fn exhibitors_without_a_booth_are_noted_one_by_one() {
        let mut plan = hall_plan();
        plan.exhibitors = vec![exhibitor(1, "深度求索"), exhibitor(2, "Acme Robotics")];
        let id = put(&mut plan, 0.0, 0.0, 3.0, 3.0);
        plan.booth_mut(id).unwrap().exhibitor = Some(ExhibitorId(1));
        let report = validate(&plan);
        assert_eq!(codes(&report), vec![Code::ExhibitorWithoutBooth]);
        assert_eq!(
            report.findings[0].ids,
            vec![ElementId::Exhibitor(ExhibitorId(2))]
        );
        assert_eq!(
            report.findings[0].message,
            "Exhibitor Acme Robotics has no booth yet"
        );
        assert_eq!(report.info_count(), 1);
        assert!(!report.has_errors());
        assert_eq!(report.exhibitors, 2);
    }

    #[test]
    fn exits_too_narrow_for_the_design_occupants_are_an_error() {
        // 2400 m² × 0.75 = 1800 persons need 18 × 0.65 = 11.7 m; the plan has 16 m.
        let mut plan = hall_plan();
        let report = validate(&plan);
        assert_eq!(report.occupancy.design_occupants, 1800);
        assert!((report.occupancy.exit_width_needed_m - 11.7).abs() < 1e-9);
        assert_eq!(report.occupancy.exit_width_provided_m, 16.0);
        assert!(report.occupancy.enough);
        assert_eq!(report.occupancy.halls[0].exit_width_provided_m, 16.0);
        assert!(with_code(&report, Code::ExitWidth).is_empty());
        plan.exits.truncate(2);
        let report = validate(&plan);
        assert!(!report.occupancy.enough);
        assert_eq!(codes(&report), vec![Code::ExitWidth]);
    }

    #[test]
    fn the_domain_example_needs_244_m_of_exits() {
        let mut plan = crate::model::Plan::empty("big", 250.0, 200.0).unwrap();
        plan.settings.occupant_density = 0.75;
        let occupancy = super::occupancy(&plan);
        assert_eq!(occupancy.design_occupants, 37_500);
        assert!((occupancy.exit_width_needed_m - 243.75).abs() < 1e-9);
    }

    #[test]
    fn sales_totals_by_status() {
        use crate::model::BoothStatus;
        let mut plan = hall_plan();
        for (i, (status, price)) in [
            (BoothStatus::Sold, 9000.0),
            (BoothStatus::Sold, 18000.0),
            (BoothStatus::Reserved, 9000.0),
            (BoothStatus::Available, 4500.5),
        ]
        .into_iter()
        .enumerate()
        {
            let id = put(&mut plan, 2.0 + 4.0 * i as f64, 2.0, 3.0, 3.0);
            let booth = plan.booth_mut(id).unwrap();
            booth.status = status;
            booth.price = price;
        }
        let sales = validate(&plan).sales;
        assert_eq!(sales.revenue_sold, 27000.0);
        assert_eq!(sales.potential, 40500.5);
        assert_eq!(sales.currency, "CNY");
        let sold = &sales.by_status[3];
        assert_eq!(
            (sold.status, sold.booths, sold.area_m2),
            (BoothStatus::Sold, 2, 18.0)
        );
        assert_eq!(sales.by_status[1].booths, 0);
    }
}
