//! Which exhibitors the exhibitor list shows: search by name (any script) or booth
//! number, by sector, only the unplaced, only first launches.

use super::common::{Placements, contains_folded};
use crate::model::{Exhibitor, Plan, SectorId};

/// What the planner filters the exhibitor list by.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExhibitorFilter {
    /// Part of the name or of a booth number, any case.
    pub query: String,
    /// Only exhibitors that prefer this sector or have a booth in it.
    pub sector: Option<SectorId>,
    /// Only exhibitors without a booth.
    pub unplaced_only: bool,
    /// Only exhibitors launching a product for the first time.
    pub first_launch_only: bool,
}

/// The rows of the list and the counts above it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExhibitorRows {
    /// Indexes into `plan.exhibitors` of the exhibitors shown, in list order.
    pub shown: Vec<usize>,
    /// Exhibitors in the plan.
    pub total: usize,
    /// Exhibitors with at least one booth.
    pub placed: usize,
}

impl ExhibitorFilter {
    /// Whether the list shows `exhibitor`.
    fn admits(&self, plan: &Plan, placements: &Placements, needle: &str, e: &Exhibitor) -> bool {
        let booths = placements.booths_of(e.id);
        if self.unplaced_only && !booths.is_empty() {
            return false;
        }
        if self.first_launch_only && !e.first_launch {
            return false;
        }
        if let Some(sector) = self.sector {
            let in_sector = e.preferred_sector == Some(sector)
                || booths
                    .iter()
                    .filter_map(|b| plan.booth(*b))
                    .any(|b| b.sector == sector);
            if !in_sector {
                return false;
            }
        }
        needle.is_empty()
            || contains_folded(&e.name, needle)
            || booths
                .iter()
                .filter_map(|b| plan.booth(*b))
                .any(|b| contains_folded(&b.number, needle))
    }

    /// The rows for this filter, in the plan's exhibitor order.
    pub fn rows(&self, plan: &Plan, placements: &Placements) -> ExhibitorRows {
        let needle = self.query.trim().to_lowercase();
        let shown = plan
            .exhibitors
            .iter()
            .enumerate()
            .filter(|(_, e)| self.admits(plan, placements, &needle, e))
            .map(|(i, _)| i)
            .collect();
        let placed = plan
            .exhibitors
            .iter()
            .filter(|e| !placements.booths_of(e.id).is_empty())
            .count();
        ExhibitorRows {
            shown,
            total: plan.exhibitors.len(),
            placed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::edit;
    use crate::model::{ExhibitorId, Rect};

    fn doc() -> Document {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        let (e, _) = edit::add_booth(&plan, Rect::new(60.0, 10.0, 3.0, 3.0).unwrap(), SectorId(1));
        e.apply(&mut plan).unwrap();
        for (id, name, launch) in [
            (1, "澄溪智能", true),
            (2, "Velora Robotics", false),
            (3, "霁禾数据", false),
        ] {
            plan.exhibitors.push(Exhibitor {
                preferred_sector: (id == 3).then_some(SectorId(3)),
                first_launch: launch,
                ..Exhibitor::new(ExhibitorId(id), name)
            });
        }
        plan.booths[0].exhibitor = Some(ExhibitorId(2));
        Document::new(plan, None)
    }

    fn shown(doc: &Document, filter: &ExhibitorFilter) -> Vec<u32> {
        let mut placements = Placements::default();
        placements.refresh(doc);
        let rows = filter.rows(doc.plan(), &placements);
        rows.shown
            .iter()
            .map(|i| doc.plan().exhibitors[*i].id.0)
            .collect()
    }

    #[test]
    fn search_finds_chinese_and_english_names_and_booth_numbers() {
        let doc = doc();
        let by = |q: &str| {
            shown(
                &doc,
                &ExhibitorFilter {
                    query: q.to_owned(),
                    ..ExhibitorFilter::default()
                },
            )
        };
        assert_eq!(by(""), vec![1, 2, 3]);
        assert_eq!(by("澄溪"), vec![1]);
        assert_eq!(by("velora"), vec![2]);
        assert_eq!(by(" b-001 "), vec![2], "the booth in sector B is B-001");
        assert_eq!(by("nobody"), Vec::<u32>::new());
    }

    #[test]
    fn filters_combine_and_counts_cover_the_whole_plan() {
        let doc = doc();
        let unplaced = ExhibitorFilter {
            unplaced_only: true,
            ..ExhibitorFilter::default()
        };
        assert_eq!(shown(&doc, &unplaced), vec![1, 3]);
        let launches = ExhibitorFilter {
            first_launch_only: true,
            ..unplaced.clone()
        };
        assert_eq!(shown(&doc, &launches), vec![1]);
        let sector_b = ExhibitorFilter {
            sector: Some(SectorId(2)),
            ..ExhibitorFilter::default()
        };
        assert_eq!(shown(&doc, &sector_b), vec![2], "by its booth");
        let sector_c = ExhibitorFilter {
            sector: Some(SectorId(3)),
            ..ExhibitorFilter::default()
        };
        assert_eq!(shown(&doc, &sector_c), vec![3], "by preference");
        let mut placements = Placements::default();
        placements.refresh(&doc);
        let rows = launches.rows(doc.plan(), &placements);
        assert_eq!((rows.total, rows.placed), (3, 1));
    }
}
