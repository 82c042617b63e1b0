//! Re-checking every booth at once (a setting every booth's checks read changed, or the
//! venue changed where a booth may measure to any door): the booths' findings are made
//! afresh as the full pass makes them — neighbours from a [`Grid`] built in one sweep,
//! booths checked on every core — and the checker's records of them are rebuilt rather
//! than compared and patched one by one.

use super::super::batch::check_booths;
use super::super::booth_checks::{Floor, Pairs};
use super::super::grid::Grid;
use super::{Checker, Delta, Slot, Touched};
use crate::model::{BoothId, Plan};
use crate::rules::Finding;
use rayon::prelude::*;
use rustc_hash::FxHashMap;

impl Checker {
    /// Re-checks every booth of `plan`, and the booth-number groups and exhibitors
    /// `touched`, then refreshes the plan-wide figures; the report's findings are made
    /// anew from every group of findings.
    pub(super) fn recheck_all(&mut self, plan: &Plan, touched: &Touched) {
        // The number and exhibitor groups stay; the booth and pair groups are made anew.
        // The old ones (up to one a booth) are freed on another core while the booths
        // are checked.
        let stale: Vec<(Slot, Vec<Finding>)> = self
            .slots
            .extract_if(|slot, _| slot.is_from_booth_checks())
            .collect();
        let stale_partners = std::mem::take(&mut self.partners);
        let grid = Grid::build(plan);
        let floor = Floor {
            plan,
            index: &grid,
            venue: &self.venue,
            exhibitors: &self.exhibitor_ids,
        };
        let ids: Vec<BoothId> = plan.booths.iter().map(|b| b.id).collect();
        // Every booth is checked, so each pair is found once, from its smaller id.
        let (checks, ()) = rayon::join(
            || check_booths(&floor, &ids, Pairs::WithHigherIds),
            move || drop((stale, stale_partners)),
        );
        // The report's copy of the booths' findings, made on every core before the checks
        // move into their groups.
        let mut findings: Vec<Finding> = (checks.par_iter().flatten())
            .flat_map_iter(|c| c.local.iter().chain(c.pairs.iter().map(|(_, f)| f)))
            .cloned()
            .collect();
        self.slots.reserve(ids.len());
        let mut booth_types = FxHashMap::with_capacity_and_hasher(ids.len(), Default::default());
        for (id, check) in ids.iter().zip(checks) {
            let Some(check) = check else { continue };
            booth_types.insert(*id, check.kind);
            if !check.local.is_empty() {
                self.slots.insert(Slot::Booth(*id), check.local);
            }
            for (other, finding) in check.pairs {
                self.slots.insert(Slot::pair(*id, other), vec![finding]);
                self.partners.entry(*id).or_default().push(other);
                self.partners.entry(other).or_default().push(*id);
            }
        }
        self.report.booth_types = booth_types;
        let mut unused = Delta::default();
        self.recheck_groups(plan, touched, &mut unused);
        self.refresh_figures(plan, &mut unused);
        let groups = (self.slots.iter())
            .filter(|(slot, _)| !slot.is_from_booth_checks())
            .flat_map(|(_, group)| group);
        findings.extend(groups.cloned());
        // Sorted on every core: at 74,000 booths there may be 50,000 findings. Equal
        // findings are equal in every field, so an unstable sort gives the one order.
        findings.par_sort_unstable();
        self.report.findings = findings;
        self.report.reindex();
    }
}
