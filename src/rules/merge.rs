//! Changing a report's findings in place: taking some out and putting others in while
//! keeping the list sorted and the booth → findings index current, in time that grows
//! with the change rather than with the report.

use super::finding::Finding;
use super::report::Report;
use crate::model::BoothId;

/// Above this many new index entries, they are merged in one pass rather than inserted
/// one by one.
const INSERT_AT_MOST: usize = 16;

impl Report {
    /// Takes the `removed` findings out and puts the `added` ones in (both sorted),
    /// keeping `findings` sorted and `by_booth` current without sorting either again.
    /// Every removed finding must be present.
    ///
    /// Where each change goes is found by binary search, so findings are compared only
    /// O(k log n) times for k changes. Only the stretch between the first and the last
    /// change is rebuilt; the findings after it move along at most once, and only index
    /// entries pointing into the stretch need a search to renumber.
    pub(crate) fn replace_findings(&mut self, removed: Vec<Finding>, added: Vec<Finding>) {
        if self.findings.is_empty() {
            self.findings = added;
            self.reindex();
            return;
        }
        // Positions (in the findings as they are) of the removed ones, ascending; equal
        // findings are taken one after the other.
        let mut gone: Vec<usize> = Vec::with_capacity(removed.len());
        for r in &removed {
            let from = gone.last().map_or(0, |g| g + 1).min(self.findings.len());
            let at = from + self.findings[from..].partition_point(|f| f < r);
            debug_assert_eq!(self.findings.get(at), Some(r), "removed finding missing");
            if self.findings.get(at) == Some(r) {
                gone.push(at);
            }
        }
        // Where each added one goes: before the first finding not smaller than it.
        let before: Vec<usize> = (added.iter())
            .map(|a| self.findings.partition_point(|f| f < a))
            .collect();
        let (Some(first), Some(end)) = (stretch_start(&gone, &before), stretch_end(&gone, &before))
        else {
            return;
        };
        // The new position of a finding kept from old position `i`.
        let kept_at = |i: usize| {
            if i >= end {
                i + added.len() - gone.len()
            } else {
                i - gone.partition_point(|g| *g < i) + before.partition_point(|b| *b <= i)
            }
        };
        let fresh_at = |j: usize| before[j] - gone.partition_point(|g| *g < before[j]) + j;
        let mut fresh: Vec<(BoothId, u32)> = Vec::new();
        for (j, a) in added.iter().enumerate() {
            let Ok(at) = u32::try_from(fresh_at(j)) else {
                continue;
            };
            fresh.extend(a.booths().map(|b| (b, at)));
        }
        fresh.sort_unstable();
        fresh.dedup();
        // Positions only ever move in step, so the kept entries stay sorted.
        self.by_booth.retain_mut(|(_, i)| {
            let at = *i as usize;
            if at < first {
                return true;
            }
            if at < end && gone.binary_search(&at).is_ok() {
                return false;
            }
            match u32::try_from(kept_at(at)) {
                Ok(to) => {
                    *i = to;
                    true
                }
                Err(_) => false,
            }
        });
        self.add_to_index(fresh);
        self.splice(first, end, &gone, &before, added);
    }

    /// Puts the sorted entries `fresh` into `by_booth`, leaving out ones already there.
    fn add_to_index(&mut self, fresh: Vec<(BoothId, u32)>) {
        if fresh.len() <= INSERT_AT_MOST {
            for entry in fresh {
                if let Err(at) = self.by_booth.binary_search(&entry) {
                    self.by_booth.insert(at, entry);
                }
            }
            return;
        }
        let old = std::mem::take(&mut self.by_booth);
        let mut merged = Vec::with_capacity(old.len() + fresh.len());
        let mut fresh = fresh.into_iter().peekable();
        for entry in old {
            while let Some(f) = fresh.next_if(|f| *f < entry) {
                merged.push(f);
            }
            merged.push(entry);
        }
        merged.extend(fresh);
        merged.dedup();
        self.by_booth = merged;
    }

    /// Rebuilds the findings from old position `first` up to `end`: drops the ones at
    /// the positions `gone` and puts each of `added` before the finding at the matching
    /// position of `before` (positions in the findings as they are; both ascending, all
    /// within `first..=end`).
    fn splice(
        &mut self,
        first: usize,
        end: usize,
        gone: &[usize],
        before: &[usize],
        added: Vec<Finding>,
    ) {
        let mut gone = gone.iter().peekable();
        let mut added = before.iter().zip(added).peekable();
        let mut stretch = Vec::with_capacity(end - first + added.len());
        for i in first..end {
            while let Some((_, a)) = added.next_if(|(b, _)| **b <= i) {
                stretch.push(a);
            }
            if gone.next_if(|g| **g == i).is_none() {
                // Leave an empty finding behind (no allocation); `splice` drops it.
                let empty = Finding::new(self.findings[i].code, String::new(), Vec::new());
                stretch.push(std::mem::replace(&mut self.findings[i], empty));
            }
        }
        stretch.extend(added.map(|(_, a)| a));
        self.findings.splice(first..end, stretch);
    }

    /// Rebuilds the booth → findings index from scratch.
    pub(crate) fn reindex(&mut self) {
        self.by_booth.clear();
        for (i, finding) in self.findings.iter().enumerate() {
            let Ok(i) = u32::try_from(i) else { break };
            self.by_booth.extend(finding.booths().map(|b| (b, i)));
        }
        self.by_booth.sort_unstable();
        self.by_booth.dedup();
    }
}

/// The first old position a change touches.
fn stretch_start(gone: &[usize], before: &[usize]) -> Option<usize> {
    gone.first()
        .copied()
        .into_iter()
        .chain(before.first().copied())
        .min()
}

/// One past the last old position a change touches (an insertion before position `p`
/// touches nothing after `p`).
fn stretch_end(gone: &[usize], before: &[usize]) -> Option<usize> {
    let after_gone = gone.last().map(|g| g + 1);
    after_gone.into_iter().chain(before.last().copied()).max()
}

#[cfg(test)]
mod tests {
    use super::super::finding::Code;
    use super::*;
    use crate::model::ElementId;
    use proptest::prelude::*;

    fn finding(code: usize, a: u32, b: u32) -> Finding {
        let codes = [Code::BoothOverlap, Code::NarrowAisle, Code::TravelDistance];
        let ids = vec![ElementId::Booth(BoothId(a)), ElementId::Booth(BoothId(b))];
        Finding::new(codes[code % codes.len()], format!("{a} {b}"), ids)
    }

    proptest! {
        #[test]
        fn replacing_equals_sorting_and_reindexing(
            start in prop::collection::vec((0usize..3, 0u32..8, 0u32..8), 0..30),
            take in prop::collection::vec(any::<bool>(), 30),
            put in prop::collection::vec((0usize..3, 0u32..8, 0u32..8), 0..8),
        ) {
            let mut report = Report {
                findings: start.iter().map(|&(c, a, b)| finding(c, a, b)).collect(),
                ..Report::default()
            };
            report.findings.sort();
            report.reindex();
            let removed: Vec<Finding> = (report.findings.iter())
                .zip(&take)
                .filter(|(_, t)| **t)
                .map(|(f, _)| f.clone())
                .collect();
            let mut added: Vec<Finding> = put.iter().map(|&(c, a, b)| finding(c, a, b)).collect();
            added.sort();
            let mut expected = report.clone();
            for r in &removed {
                let at = expected.findings.iter().position(|f| f == r).unwrap();
                expected.findings.remove(at);
            }
            expected.findings.extend(added.clone());
            expected.findings.sort();
            expected.reindex();
            report.replace_findings(removed, added);
            prop_assert_eq!(report, expected);
        }
    }
}
