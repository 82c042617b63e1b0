//! Re-checking every booth at once (a setting every booth's checks read changed, or the
//! venue changed where a booth may measure to any door): the booths' findings are made
//! afresh as the full pass makes them — neighbours from a [`Grid`] built in one sweep,
//! booths checked on every core — and the checker's records of them are rebuilt rather
//! than compared and patched one by one.

use super::super::batch::check_booths;
use super::super::booth_checks::Floor;
use super::super::grid::Grid;
use super::{Checker, Delta, Slot, Touched};
use crate::model::{BoothId, Plan};
use rustc_hash::FxHashMap;

impl Checker {
    /// Re-checks every booth of `plan`, and the booth-number groups and exhibitors
    /// `touched`, then refreshes the plan-wide figures; the report's findings are made
    /// anew from every group of findings.
    pub(super) fn recheck_all(&mut self, plan: &Plan, touched: &Touched) {
        let grid = Grid::build(plan);
        let floor = Floor {
            plan,
            index: &grid,
            venue: &self.venue,
            exhibitors: &self.exhibitor_ids,
        };
        let ids: Vec<BoothId> = plan.booths.iter().map(|b| b.id).collect();
        let checks = check_booths(&floor, &ids);
        // The number and exhibitor groups stay; the booth and pair groups are made anew.
        self.slots
            .retain(|slot, _| !matches!(slot, Slot::Booth(_) | Slot::Pair(..)));
        self.partners.clear();
        let mut booth_types = FxHashMap::with_capacity_and_hasher(ids.len(), Default::default());
        for (id, check) in ids.iter().zip(checks) {
            let Some(check) = check else { continue };
            booth_types.insert(*id, check.kind);
            if !check.local.is_empty() {
                let mut local = check.local;
                local.sort();
                self.slots.insert(Slot::Booth(*id), local);
            }
            // A pair is found from both booths; keep it once, from the smaller id.
            for (other, finding) in check.pairs.into_iter().filter(|(other, _)| other > id) {
                self.slots.insert(Slot::pair(*id, other), vec![finding]);
                self.partners.entry(*id).or_default().push(other);
                self.partners.entry(other).or_default().push(*id);
            }
        }
        self.report.booth_types = booth_types;
        let mut unused = Delta::default();
        self.recheck_groups(plan, touched, &mut unused);
        self.refresh_figures(plan, &mut unused);
        let mut findings: Vec<_> = self.slots.values().flatten().cloned().collect();
        // Equal findings are equal in every field, so an unstable sort gives the one order.
        findings.sort_unstable();
        self.report.findings = findings;
        self.report.reindex();
    }
}
