//! Keeping a [`Report`] current while the plan is edited, re-checking only the
//! neighbourhood of what changed.

use super::batch::check_booths;
use super::booth_checks::{Floor, Pairs, reach_m};
use super::finding::Finding;
use super::plan_checks::{
    capacity_findings, duplicate_number, exit_findings, number_key, occupancy, occupancy_findings,
    without_booth,
};
use super::report::Report;
use super::tally::{Seen, Tally};
use super::venue::Venue;
use crate::model::{
    Booth, BoothId, ExhibitorId, Exit, FloorIndex, Hall, Obstacle, Plan, Rect, Sector, Settings,
};
use rustc_hash::FxHashMap;
use smallvec::SmallVec;
use std::collections::{BTreeMap, BTreeSet};

mod recheck_all;

/// Booths sharing a number or an exhibitor, sorted; most groups hold one booth, which
/// then needs no allocation of its own.
type Group = SmallVec<[BoothId; 2]>;

/// Where a group of findings comes from; each group is replaced as a whole when
/// re-checked.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Slot {
    /// Capacity, sector fill and exit width.
    Plan,
    /// One booth on its own (hall, sector, obstacles, walls, exits, type, exhibitor).
    Booth(BoothId),
    /// Two booths (overlap or narrow aisle), smaller id first.
    Pair(BoothId, BoothId),
    /// The booths sharing one booth number (by [`number_key`]).
    Number(String),
    /// An exhibitor without a booth.
    Exhibitor(ExhibitorId),
}

impl Slot {
    fn pair(a: BoothId, b: BoothId) -> Slot {
        Slot::Pair(a.min(b), a.max(b))
    }

    /// Whether the group comes from checking booths (one booth, or two), rather than
    /// from the plan, a booth number or an exhibitor.
    fn is_from_booth_checks(&self) -> bool {
        match self {
            Slot::Booth(_) | Slot::Pair(..) => true,
            Slot::Plan | Slot::Number(_) | Slot::Exhibitor(_) => false,
        }
    }
}

/// The parts of a plan that edits do not change. When any of them differs, the checker
/// starts over with a full pass.
#[derive(Debug, Clone, PartialEq)]
struct Fixed {
    settings: Settings,
    halls: Vec<Hall>,
    sectors: Vec<Sector>,
    obstacles: Vec<Obstacle>,
    exits: Vec<Exit>,
}

impl Fixed {
    fn of(plan: &Plan) -> Self {
        Self {
            settings: plan.settings.clone(),
            halls: plan.halls.clone(),
            sectors: plan.sectors.clone(),
            obstacles: plan.obstacles.clone(),
            exits: plan.exits.clone(),
        }
    }

    fn matches(&self, plan: &Plan) -> bool {
        self.settings == plan.settings
            && self.halls == plan.halls
            && self.sectors == plan.sectors
            && self.obstacles == plan.obstacles
            && self.exits == plan.exits
    }
}

/// Which booths besides the changed ones an update re-checks.
#[derive(Debug, Clone, Copy)]
enum Near<'a> {
    /// Those near these places.
    Places(&'a [Rect]),
    /// Every booth.
    All,
}

/// The booth-number groups and exhibitors whose findings an update must redo.
#[derive(Debug, Default)]
struct Touched {
    numbers: BTreeSet<String>,
    exhibitors: BTreeSet<ExhibitorId>,
}

/// Findings taken out of and put into the report by one update.
#[derive(Debug, Default)]
struct Delta {
    removed: Vec<Finding>,
    added: Vec<Finding>,
}

/// Replaces the findings of `slot`, recording the difference in `delta`.
fn set_slot(
    slots: &mut FxHashMap<Slot, Vec<Finding>>,
    slot: Slot,
    mut findings: Vec<Finding>,
    delta: &mut Delta,
) {
    findings.sort();
    match slots.get(&slot) {
        Some(old) if *old == findings => return,
        None if findings.is_empty() => return,
        _ => {}
    }
    let old = if findings.is_empty() {
        slots.remove(&slot)
    } else {
        slots.insert(slot, findings.clone())
    };
    delta.removed.extend(old.unwrap_or_default());
    delta.added.extend(findings);
}

/// Puts `id` into a sorted group.
fn add_to_group(group: &mut Group, id: BoothId) {
    if let Err(at) = group.binary_search(&id) {
        group.insert(at, id);
    }
}

/// Takes `id` out of the group under `key`, dropping the group when it empties.
fn remove_from_group<K: std::hash::Hash + Eq>(
    groups: &mut FxHashMap<K, Group>,
    key: &K,
    id: BoothId,
) {
    if let Some(group) = groups.get_mut(key) {
        if let Ok(at) = group.binary_search(&id) {
            group.remove(at);
        }
        if group.is_empty() {
            groups.remove(key);
        }
    }
}

/// Removes from both sorted lists the findings they have in common.
fn cancel_common(removed: &mut Vec<Finding>, added: &mut Vec<Finding>) {
    let (old_removed, old_added) = (std::mem::take(removed), std::mem::take(added));
    let mut r = old_removed.into_iter().peekable();
    let mut a = old_added.into_iter().peekable();
    while let (Some(x), Some(y)) = (r.peek(), a.peek()) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => removed.extend(r.next()),
            std::cmp::Ordering::Greater => added.extend(a.next()),
            std::cmp::Ordering::Equal => {
                r.next();
                a.next();
            }
        }
    }
    removed.extend(r);
    added.extend(a);
}

/// Applies `delta` to the findings of `report`.
fn apply_delta(report: &mut Report, mut delta: Delta) {
    delta.removed.sort();
    delta.added.sort();
    cancel_common(&mut delta.removed, &mut delta.added);
    if delta.removed.is_empty() && delta.added.is_empty() {
        return;
    }
    report.replace_findings(delta.removed, delta.added);
}

/// Checks a plan once and then keeps the [`Report`] current as the plan is edited.
///
/// [`Checker::new`] makes the full pass. After the plan changes, call
/// [`Checker::update`] with the ids of the booths that changed (added, moved, resized,
/// renumbered, reassigned or removed), e.g. `edit.booth_ids()` of the applied [`Edit`]
/// or of its inverse — both name the same booths. The checker remembers every booth as
/// it last saw it, so the caller need not say where a booth was before: it takes the old
/// position from its own record, re-checks only the booths near the old and the new
/// positions, and adjusts the sector and sales totals by the difference.
///
/// Exhibitors and the fixed parts of the plan (settings, halls, sectors, obstacles,
/// exits) are compared on every update (exhibitors by id, and by name for those the
/// report lists as without a booth), so adding, renaming or removing an exhibitor needs
/// no extra call, and a change to the fixed parts makes a fresh full pass. When the
/// caller cannot tell which booths changed, [`Checker::sync`] finds them in O(n).
///
/// The incremental report always equals a fresh [`super::validate`] of the same plan
/// (a property test holds it to that; all totals are exact fixed-point sums).
///
/// [`Edit`]: crate::edit::Edit
#[derive(Debug, Clone)]
pub struct Checker {
    report: Report,
    index: FloorIndex,
    fixed: Fixed,
    venue: Venue,
    /// How far a change can affect other booths' findings, metres.
    reach: f64,
    seen: BTreeMap<BoothId, Seen>,
    /// The exhibitor ids as last seen, in plan order.
    exhibitor_ids: Vec<ExhibitorId>,
    /// The size each of them asked for, as last seen (their booths' size finding
    /// reads it).
    exhibitor_sizes: Vec<Option<crate::model::Size>>,
    /// The exhibitors without a booth, with the name their finding shows.
    unbooked: BTreeMap<ExhibitorId, String>,
    tally: Tally,
    slots: FxHashMap<Slot, Vec<Finding>>,
    /// For every booth, the booths it shares a pair finding with.
    partners: FxHashMap<BoothId, Group>,
    /// The booths by booth number (by [`number_key`]), each group sorted.
    numbers: FxHashMap<String, Group>,
    /// The booths by exhibitor, each group sorted.
    by_exhibitor: FxHashMap<ExhibitorId, Group>,
}

impl Checker {
    /// Checks every rule on `plan` (the full pass).
    pub fn new(plan: &Plan) -> Checker {
        let mut checker = Checker {
            report: Report {
                occupancy: occupancy(plan),
                ..Report::default()
            },
            index: FloorIndex::build(plan),
            fixed: Fixed::of(plan),
            venue: Venue::new(plan),
            reach: reach_m(plan),
            seen: BTreeMap::new(),
            exhibitor_ids: plan.exhibitors.iter().map(|e| e.id).collect(),
            exhibitor_sizes: plan.exhibitors.iter().map(|e| e.requested_size).collect(),
            unbooked: BTreeMap::new(),
            tally: Tally::default(),
            slots: FxHashMap::default(),
            partners: FxHashMap::default(),
            numbers: FxHashMap::with_capacity_and_hasher(plan.booths.len(), Default::default()),
            by_exhibitor: FxHashMap::with_capacity_and_hasher(
                plan.exhibitors.len(),
                Default::default(),
            ),
        };
        let seen: Vec<(BoothId, Seen)> =
            (plan.booths.iter()).map(|b| (b.id, Seen::of(b))).collect();
        for (id, booth) in &seen {
            checker.count(*id, booth, None);
        }
        // The booths come sorted by id, so the map is built in one go.
        checker.seen = seen.into_iter().collect();
        let touched = Touched {
            numbers: (checker.numbers.iter())
                .filter(|(_, group)| group.len() > 1)
                .map(|(key, _)| key.clone())
                .collect(),
            exhibitors: plan.exhibitors.iter().map(|e| e.id).collect(),
        };
        checker.recheck_all(plan, &touched);
        checker
    }

    /// The report on the plan as last seen.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The report, giving up the checker.
    pub fn into_report(self) -> Report {
        self.report
    }

    /// The spatial index of the booths and obstacles, current with the plan as last seen
    /// (callers may use it rather than keep one of their own).
    pub fn index(&self) -> &FloorIndex {
        &self.index
    }

    /// Brings the report up to date after the booths `changed` were added, changed or
    /// removed in `plan` (ids of booths that did not really change are skipped; a booth
    /// left out is not seen to change). Costs O(k log n) for k changed booths and their
    /// neighbours, O(e) id comparisons for the exhibitors, a comparison of the fixed
    /// parts, and one linear merge of the findings when they change.
    pub fn update(&mut self, plan: &Plan, changed: &[BoothId]) {
        if !self.fixed.matches(plan) {
            self.update_venue(plan, changed, None);
            return;
        }
        self.update_changed(plan, changed, true);
    }

    /// Brings the report up to date after the venue or the settings changed (and the
    /// booths `changed`, as [`Checker::update`] takes them): the fixed parts are indexed
    /// anew, obstacles re-indexed where they changed, and the booths re-checked — those
    /// near `places` (the old and new places of what changed), or all of them for `None`
    /// (a setting, or a sector whose names every finding may show). Costs the venue's
    /// size plus the booths re-checked, never a rebuild of the booth index.
    pub fn update_venue(&mut self, plan: &Plan, changed: &[BoothId], places: Option<&[Rect]>) {
        let old = std::mem::take(&mut self.fixed.obstacles);
        for o in &old {
            if plan.obstacle(o.id) != Some(o) {
                self.index.remove_obstacle(o.id, &o.rect);
            }
        }
        let mut moved_obstacles = Vec::new();
        for o in &plan.obstacles {
            let before = old
                .binary_search_by_key(&o.id, |x| x.id)
                .ok()
                .map(|i| &old[i]);
            if before != Some(o) {
                self.index.insert_obstacle(o.id, &o.rect);
                moved_obstacles.push(o.rect);
                moved_obstacles.extend(before.map(|b| b.rect));
            }
        }
        for o in &old {
            if plan.obstacle(o.id).is_none() {
                moved_obstacles.push(o.rect);
            }
        }
        self.fixed = Fixed::of(plan);
        self.venue = Venue::new(plan);
        self.reach = reach_m(plan);
        self.report.occupancy = occupancy(plan);
        let extra: Option<Vec<Rect>> =
            places.map(|p| p.iter().copied().chain(moved_obstacles).collect());
        self.update_changed_near(
            plan,
            changed,
            true,
            extra.as_deref().map_or(Near::All, Near::Places),
        );
    }

    /// As [`Checker::update`], for a caller that knows only booths changed since the last
    /// update: the exhibitors and the fixed parts are as the checker last saw them (an
    /// [`Edit`](crate::edit::Edit) with no exhibitor change). Skips comparing them, so it
    /// costs O(k log n) and one merge of the findings, whatever the size of the plan.
    pub fn update_booths(&mut self, plan: &Plan, changed: &[BoothId]) {
        self.update_changed(plan, changed, false);
    }

    /// Re-checks the booths `changed` and their neighbourhoods; with `exhibitors_may_differ`
    /// also the exhibitors added, removed or renamed since last seen.
    fn update_changed(&mut self, plan: &Plan, changed: &[BoothId], exhibitors_may_differ: bool) {
        self.update_changed_near(plan, changed, exhibitors_may_differ, Near::Places(&[]));
    }

    /// As [`Checker::update_changed`], re-checking also the booths `near` says.
    fn update_changed_near(
        &mut self,
        plan: &Plan,
        changed: &[BoothId],
        exhibitors_may_differ: bool,
        near: Near<'_>,
    ) {
        let mut touched = Touched::default();
        let mut dirty = BTreeSet::new();
        let mut places: Vec<Rect> = Vec::new();
        for &id in changed {
            let now = plan.booth(id);
            match (self.seen.get(&id), now) {
                (Some(seen), Some(booth)) if seen.same_as(booth) => continue,
                (None, None) => continue,
                _ => {}
            }
            if let Some(old) = self.forget(id, &mut touched) {
                self.index.remove_booth(id, &old);
                places.push(old);
            }
            if let Some(booth) = now {
                self.remember(booth, Some(&mut touched));
                self.index.insert_booth(id, &booth.rect);
                places.push(booth.rect);
            }
            dirty.insert(id);
        }
        if exhibitors_may_differ {
            self.sync_exhibitors(plan, &mut touched.exhibitors, &mut dirty);
        }
        match near {
            Near::All => {
                self.recheck_all(plan, &touched);
                return;
            }
            Near::Places(extra) => places.extend_from_slice(extra),
        }
        for place in &places {
            let near = place.expanded(self.reach).unwrap_or(*place);
            dirty.extend(self.index.booths_touching(&near));
        }
        let dirty: Vec<BoothId> = dirty.into_iter().collect();
        let mut delta = Delta::default();
        self.recheck(plan, &dirty, &touched, &mut delta);
        self.finish(plan, delta);
    }

    /// Finds the booths that differ from what the checker last saw (O(n)) and updates the
    /// report for them; for callers that do not know what changed.
    pub fn sync(&mut self, plan: &Plan) {
        let mut changed = Vec::new();
        let mut seen = self.seen.iter().peekable();
        let mut booths = plan.booths.iter().peekable();
        loop {
            match (seen.peek(), booths.peek()) {
                (Some((id, s)), Some(b)) => match id.cmp(&&b.id) {
                    std::cmp::Ordering::Less => {
                        changed.push(**id);
                        seen.next();
                    }
                    std::cmp::Ordering::Greater => {
                        changed.push(b.id);
                        booths.next();
                    }
                    std::cmp::Ordering::Equal => {
                        if !s.same_as(b) {
                            changed.push(b.id);
                        }
                        seen.next();
                        booths.next();
                    }
                },
                (Some((id, _)), None) => {
                    changed.push(**id);
                    seen.next();
                }
                (None, Some(b)) => {
                    changed.push(b.id);
                    booths.next();
                }
                (None, None) => break,
            }
        }
        self.update(plan, &changed);
    }

    /// Counts `booth` in the totals and groups and remembers it (not in the index),
    /// noting in `touched` the groups that changed.
    fn remember(&mut self, booth: &Booth, touched: Option<&mut Touched>) {
        let seen = Seen::of(booth);
        self.count(booth.id, &seen, touched);
        self.seen.insert(booth.id, seen);
    }

    /// Counts booth `id`, as `booth` says it is, in the totals and groups, noting in
    /// `touched` the groups that changed.
    fn count(&mut self, id: BoothId, booth: &Seen, touched: Option<&mut Touched>) {
        self.tally.add(booth);
        let key = number_key(&booth.number);
        if let Some(touched) = touched {
            touched.numbers.insert(key.clone());
            touched.exhibitors.extend(booth.exhibitor);
        }
        add_to_group(self.numbers.entry(key).or_default(), id);
        if let Some(e) = booth.exhibitor {
            add_to_group(self.by_exhibitor.entry(e).or_default(), id);
        }
    }

    /// Takes booth `id` out of the totals and groups; returns where it stood.
    fn forget(&mut self, id: BoothId, touched: &mut Touched) -> Option<Rect> {
        let old = self.seen.remove(&id)?;
        self.tally.remove(&old);
        let key = number_key(&old.number);
        remove_from_group(&mut self.numbers, &key, id);
        touched.numbers.insert(key);
        if let Some(e) = old.exhibitor {
            remove_from_group(&mut self.by_exhibitor, &e, id);
            touched.exhibitors.insert(e);
        }
        Some(old.rect)
    }

    /// Notes the exhibitors added or removed since last seen (booths pointing at them are
    /// re-checked) and those without a booth that were renamed. O(e) id comparisons.
    fn sync_exhibitors(
        &mut self,
        plan: &Plan,
        touched: &mut BTreeSet<ExhibitorId>,
        dirty: &mut BTreeSet<BoothId>,
    ) {
        // One pass over the exhibitors compares both their ids and the sizes they asked
        // for (the booths of one whose size changed are checked again: their size
        // finding reads it). Every edit that may touch exhibitors takes this path, and
        // the exhibitors are large: a second pass would read them all again.
        let mut same_ids = self.exhibitor_ids.len() == plan.exhibitors.len();
        let mut resized = Vec::new();
        if same_ids {
            let seen = self.exhibitor_ids.iter().zip(&self.exhibitor_sizes);
            for (k, ((id, size), e)) in seen.zip(&plan.exhibitors).enumerate() {
                if *id != e.id {
                    same_ids = false;
                    break;
                }
                if *size != e.requested_size {
                    resized.push(k);
                }
            }
        }
        if same_ids {
            for k in resized {
                let e = &plan.exhibitors[k];
                self.exhibitor_sizes[k] = e.requested_size;
                dirty.extend(self.by_exhibitor.get(&e.id).into_iter().flatten());
            }
        } else {
            let old: BTreeSet<ExhibitorId> = self.exhibitor_ids.iter().copied().collect();
            let new: BTreeSet<ExhibitorId> = plan.exhibitors.iter().map(|e| e.id).collect();
            for id in old.symmetric_difference(&new) {
                touched.insert(*id);
                dirty.extend(self.by_exhibitor.get(id).into_iter().flatten());
            }
            // Ids in place but sizes changed are caught too: every booth of an
            // exhibitor whose size differs from the last seen is checked again.
            let before: FxHashMap<ExhibitorId, Option<crate::model::Size>> = self
                .exhibitor_ids
                .iter()
                .copied()
                .zip(self.exhibitor_sizes.iter().copied())
                .collect();
            for e in &plan.exhibitors {
                if before.get(&e.id).is_some_and(|s| *s != e.requested_size) {
                    dirty.extend(self.by_exhibitor.get(&e.id).into_iter().flatten());
                }
            }
            self.exhibitor_ids = plan.exhibitors.iter().map(|e| e.id).collect();
            self.exhibitor_sizes = plan.exhibitors.iter().map(|e| e.requested_size).collect();
        }
        for (id, name) in &self.unbooked {
            if plan.exhibitor(*id).is_none_or(|e| e.name != *name) {
                touched.insert(*id);
            }
        }
    }

    /// Re-checks the `dirty` booths (sorted; with their pairs) and the booth-number
    /// groups and exhibitors `touched`.
    fn recheck(&mut self, plan: &Plan, dirty: &[BoothId], touched: &Touched, delta: &mut Delta) {
        let Checker {
            report,
            index,
            venue,
            slots,
            partners,
            exhibitor_ids,
            ..
        } = self;
        for d in dirty {
            for p in partners.remove(d).unwrap_or_default() {
                set_slot(slots, Slot::pair(*d, p), Vec::new(), delta);
                if let Some(theirs) = partners.get_mut(&p) {
                    theirs.retain(|x| *x != *d);
                    if theirs.is_empty() {
                        partners.remove(&p);
                    }
                }
            }
        }
        let floor = Floor {
            plan,
            index,
            venue,
            exhibitors: exhibitor_ids,
        };
        for (d, check) in dirty.iter().zip(check_booths(&floor, dirty, Pairs::All)) {
            let Some(check) = check else {
                report.booth_types.remove(d);
                set_slot(slots, Slot::Booth(*d), Vec::new(), delta);
                continue;
            };
            report.booth_types.insert(*d, check.kind);
            set_slot(slots, Slot::Booth(*d), check.local, delta);
            for (other, finding) in check.pairs {
                if other < *d && dirty.binary_search(&other).is_ok() {
                    // Already found from the other side.
                    continue;
                }
                set_slot(slots, Slot::pair(*d, other), vec![finding], delta);
                partners.entry(*d).or_default().push(other);
                partners.entry(other).or_default().push(*d);
            }
        }
        self.recheck_groups(plan, touched, delta);
    }

    /// Re-checks the booth-number groups and exhibitors `touched`.
    fn recheck_groups(&mut self, plan: &Plan, touched: &Touched, delta: &mut Delta) {
        let Checker {
            slots,
            numbers: groups,
            by_exhibitor,
            unbooked,
            ..
        } = self;
        for key in &touched.numbers {
            let finding = groups.get(key).and_then(|g| duplicate_number(plan, g));
            set_slot(
                slots,
                Slot::Number(key.clone()),
                finding.into_iter().collect(),
                delta,
            );
        }
        for id in &touched.exhibitors {
            let has_booth = by_exhibitor.get(id).is_some_and(|g| !g.is_empty());
            let unbooked_exhibitor = plan.exhibitor(*id).filter(|_| !has_booth);
            match unbooked_exhibitor {
                Some(e) => unbooked.insert(*id, e.name.clone()),
                None => unbooked.remove(id),
            };
            let finding = unbooked_exhibitor.map(without_booth);
            set_slot(
                slots,
                Slot::Exhibitor(*id),
                finding.into_iter().collect(),
                delta,
            );
        }
    }

    /// Refreshes the figures and plan-wide findings and applies `delta` to the report.
    fn finish(&mut self, plan: &Plan, mut delta: Delta) {
        self.refresh_figures(plan, &mut delta);
        apply_delta(&mut self.report, delta);
    }

    /// Refreshes the figures and the plan-wide findings, recording the difference in
    /// `delta`.
    fn refresh_figures(&mut self, plan: &Plan, delta: &mut Delta) {
        let capacity = self.tally.capacity(plan);
        let mut findings = capacity_findings(plan, &capacity);
        findings.extend(occupancy_findings(plan, &self.report.occupancy));
        findings.extend(exit_findings(plan));
        set_slot(&mut self.slots, Slot::Plan, findings, delta);
        self.report.capacity = capacity;
        self.report.sales = self.tally.sales(plan);
        self.report.booths = self.tally.booths();
        self.report.exhibitors = plan.exhibitors.len();
    }
}
