//! The full pass: every rule on a whole plan at once, without the bookkeeping a
//! [`super::Checker`] keeps so that it can follow later edits (per-booth records, finding
//! groups, booth-number and exhibitor maps, an R-tree that takes inserts). Neighbours
//! come from a [`Grid`], built in one sweep; the booths are checked on every core. Its
//! report is the one a new checker makes; the property test in `checker_tests` holds the
//! two together.

use super::batch::check_booths;
use super::booth_checks::{Floor, Pairs};
use super::finding::Finding;
use super::grid::Grid;
use super::plan_checks::{
    capacity_findings, duplicate_number, exit_findings, number_key, occupancy, occupancy_findings,
    without_booth,
};
use super::report::Report;
use super::tally::Tally;
use super::venue::Venue;
use crate::model::{BoothId, ExhibitorId, Plan};
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::hash::BuildHasher;

/// Checks every rule on `plan` and returns the report.
pub(crate) fn validate(plan: &Plan) -> Report {
    // The plan-wide groups and totals are worked out while the index is built.
    let ((index, venue), (mut findings, tally)) = rayon::join(
        || (Grid::build(plan), Venue::new(plan)),
        || {
            let mut findings = duplicate_numbers(plan);
            findings.extend(unbooked_exhibitors(plan));
            let mut tally = Tally::default();
            for booth in &plan.booths {
                tally.add_booth(booth);
            }
            (findings, tally)
        },
    );
    let exhibitors: Vec<ExhibitorId> = plan.exhibitors.iter().map(|e| e.id).collect();
    let floor = Floor {
        plan,
        index: &index,
        venue: &venue,
        exhibitors: &exhibitors,
    };
    let ids: Vec<BoothId> = plan.booths.iter().map(|b| b.id).collect();
    let mut booth_types = FxHashMap::with_capacity_and_hasher(ids.len(), Default::default());
    // Every booth is checked, so each pair is found once, from its smaller id.
    for (id, check) in ids
        .iter()
        .zip(check_booths(&floor, &ids, Pairs::WithHigherIds))
    {
        let Some(check) = check else { continue };
        booth_types.insert(*id, check.kind);
        findings.extend(check.local);
        findings.extend(check.pairs.into_iter().map(|(_, finding)| finding));
    }
    let capacity = tally.capacity(plan);
    let occupancy = occupancy(plan);
    findings.extend(capacity_findings(plan, &capacity));
    findings.extend(occupancy_findings(plan, &occupancy));
    findings.extend(exit_findings(plan));
    // Equal findings are equal in every field, so an unstable sort gives the one order.
    findings.sort_unstable();
    let mut report = Report {
        booths: tally.booths(),
        exhibitors: plan.exhibitors.len(),
        sales: tally.sales(plan),
        capacity,
        occupancy,
        findings,
        booth_types,
        by_booth: Vec::new(),
    };
    report.reindex();
    report
}

/// One finding per booth number (by [`number_key`]) that several booths share.
///
/// The booths are sorted by a hash of their key (integers sort fast, strings do not);
/// only booths whose hashes agree have their keys compared.
fn duplicate_numbers(plan: &Plan) -> Vec<Finding> {
    let keys: Vec<String> = plan.booths.iter().map(|b| number_key(&b.number)).collect();
    let hasher = FxBuildHasher;
    let mut hashed: Vec<(u64, usize)> = (keys.iter().enumerate())
        .map(|(i, key)| (hasher.hash_one(key), i))
        .collect();
    hashed.sort_unstable();
    let mut out = Vec::new();
    for run in hashed.chunk_by(|a, b| a.0 == b.0) {
        if run.len() < 2 {
            continue;
        }
        // Booths come sorted by id, so sorting by (key, position) sorts each group by id.
        let mut members: Vec<usize> = run.iter().map(|(_, i)| *i).collect();
        members.sort_unstable_by(|a, b| keys[*a].cmp(&keys[*b]).then(a.cmp(b)));
        for same in members.chunk_by(|a, b| keys[*a] == keys[*b]) {
            if same.len() > 1 {
                let ids: Vec<BoothId> = same.iter().map(|i| plan.booths[*i].id).collect();
                out.extend(duplicate_number(plan, &ids));
            }
        }
    }
    out
}

/// One note per exhibitor that no booth is assigned to.
fn unbooked_exhibitors(plan: &Plan) -> Vec<Finding> {
    let mut booked: Vec<ExhibitorId> = plan.booths.iter().filter_map(|b| b.exhibitor).collect();
    booked.sort_unstable();
    booked.dedup();
    let mut ids: Vec<ExhibitorId> = plan.exhibitors.iter().map(|e| e.id).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter()
        .filter(|id| booked.binary_search(id).is_err())
        .filter_map(|id| plan.exhibitor(id))
        .map(without_booth)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::Checker;
    use super::*;
    use crate::generate::{GenerateOptions, generate};
    use crate::model::{ExhibitorId, Rect};

    #[test]
    fn the_full_pass_reports_what_a_new_checker_reports() {
        let mut plan = generate(&GenerateOptions {
            booths: Some(3_000),
            ..GenerateOptions::default()
        });
        // Make every kind of plan-wide finding: a shared number, an exhibitor without a
        // booth, a booth of a missing exhibitor, overlaps and a full sector.
        plan.booths[1].number = format!(" {} ", plan.booths[0].number.to_lowercase());
        plan.booths[2].exhibitor = None;
        plan.booths[3].exhibitor = Some(ExhibitorId(999_999));
        let r = plan.booths[4].rect;
        plan.booths[5].rect = Rect::new(r.x() + 0.5, r.y() + 0.5, r.w(), r.h()).unwrap();
        plan.settings.capacity_limit_m2 = 10.0;
        plan.settings.sector_fill_warn = 0.01;
        let fresh = validate(&plan);
        let checker = Checker::new(&plan);
        assert_eq!(&fresh, checker.report());
        assert!(fresh.findings.len() > 10);
        for code in [
            super::super::Code::DuplicateNumber,
            super::super::Code::ExhibitorWithoutBooth,
            super::super::Code::UnknownExhibitor,
            super::super::Code::BoothOverlap,
            super::super::Code::CapacityExceeded,
            super::super::Code::SectorFill,
        ] {
            assert!(fresh.findings.iter().any(|f| f.code == code), "{code}");
        }
    }
}
