//! Checking many booths at once: a large batch (the full pass) is shared out over every
//! core, a small one (an edit's neighbourhood) stays on the calling thread.

use super::booth_checks::{BoothCheck, Floor, Pairs};
use super::grid::Nearby;
use crate::model::BoothId;
use rayon::prelude::*;

/// Batches smaller than this are checked on the calling thread: handing them out would
/// cost more than it saves.
const PARALLEL_FROM: usize = 1024;

/// Booths per piece of work handed to a thread.
const PIECE: usize = 256;

/// The checks of the booths `ids`, in the order of `ids`, with the pair findings `pairs`
/// says; `None` for an id the plan has no booth for. Each booth is checked on its own, so
/// the result is the same however the work is shared out.
pub(crate) fn check_booths<N: Nearby>(
    floor: &Floor<'_, N>,
    ids: &[BoothId],
    pairs: Pairs,
) -> Vec<Option<BoothCheck>> {
    let one = |id: &BoothId| floor.plan.booth(*id).map(|booth| floor.check(booth, pairs));
    if ids.len() < PARALLEL_FROM {
        ids.iter().map(one).collect()
    } else {
        ids.par_iter().with_min_len(PIECE).map(one).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::booth_checks::Pairs;
    use super::super::venue::Venue;
    use super::*;
    use crate::generate::{GenerateOptions, generate};
    use crate::model::FloorIndex;

    #[test]
    fn a_large_batch_checks_the_same_as_one_by_one() {
        let plan = generate(&GenerateOptions {
            booths: Some(3 * PARALLEL_FROM),
            ..GenerateOptions::default()
        });
        let index = FloorIndex::build(&plan);
        let venue = Venue::new(&plan);
        let exhibitors: Vec<_> = plan.exhibitors.iter().map(|e| e.id).collect();
        let floor = Floor {
            plan: &plan,
            index: &index,
            venue: &venue,
            exhibitors: &exhibitors,
        };
        let mut ids: Vec<BoothId> = plan.booths.iter().map(|b| b.id).collect();
        ids.push(BoothId(u32::MAX));
        assert!(ids.len() >= PARALLEL_FROM);
        let one_by_one: Vec<Option<BoothCheck>> = ids
            .iter()
            .map(|id| plan.booth(*id).map(|b| floor.check(b, Pairs::All)))
            .collect();
        let batch = check_booths(&floor, &ids, Pairs::All);
        assert_eq!(batch, one_by_one);
        // From the lower id only: the same pairs, each once.
        let once = check_booths(&floor, &ids, Pairs::WithHigherIds);
        for ((id, all), once) in ids.iter().zip(&batch).zip(&once) {
            let (Some(all), Some(once)) = (all, once) else {
                assert_eq!(all.is_none(), once.is_none());
                continue;
            };
            let higher: Vec<_> = all.pairs.iter().filter(|(o, _)| o > id).cloned().collect();
            assert_eq!(once.pairs, higher);
            assert_eq!((&once.local, once.kind), (&all.local, all.kind));
        }
        assert!(batch.last().is_some_and(Option::is_none));
        assert!(batch.iter().flatten().any(|c| !c.local.is_empty()));
    }
}
