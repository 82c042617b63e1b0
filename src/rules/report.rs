//! What the rules say about a plan: figures (capacity, occupancy, sales) and findings.

use super::finding::{Finding, Severity};
use crate::model::{BoothId, BoothStatus, BoothType, HallId, SectorId};
use rustc_hash::FxHashMap;

/// The result of checking a plan. Made by [`super::validate`] or kept current by a
/// [`super::Checker`]. Serialises to the JSON described in [`Report::to_json_pretty`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report {
    /// Number of booths in the plan.
    pub booths: usize,
    /// Number of exhibitors in the plan.
    pub exhibitors: usize,
    /// Floor per sector against the capacity limit.
    pub capacity: Capacity,
    /// Design occupants against exit width (GB 50016).
    pub occupancy: Occupancy,
    /// Booths and money by sales status.
    pub sales: Sales,
    /// Every problem found, sorted: errors first, then by code, then by ids.
    pub findings: Vec<Finding>,
    /// Each booth's computed type.
    pub(crate) booth_types: FxHashMap<BoothId, BoothType>,
    /// (booth, index into `findings`) for every booth a finding names, sorted.
    pub(crate) by_booth: Vec<(BoothId, u32)>,
}

/// Sector floor and booth area against the show's capacity limit.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Capacity {
    /// One row per sector of the plan, in sector id order.
    pub sectors: Vec<SectorCapacity>,
    /// The most sector area the show may use (`settings.capacity_limit_m2`), m².
    pub limit_m2: f64,
    /// Area of every sector region together, m².
    pub total_sector_area_m2: f64,
    /// Area of every booth together (booths in no known sector included), m².
    pub total_booth_area_m2: f64,
    /// Booth area as a share of the limit (0–1 and beyond).
    pub booth_share_of_limit: f64,
    /// Number of booths.
    pub booths: usize,
}

/// One sector's floor.
#[derive(Debug, Clone, PartialEq)]
pub struct SectorCapacity {
    /// The sector.
    pub id: SectorId,
    /// Its short code, e.g. "A".
    pub code: String,
    /// English name.
    pub name_en: String,
    /// Chinese name.
    pub name_zh: String,
    /// Area of its regions, m².
    pub area_m2: f64,
    /// Area of the booths sold in it (by the booth's sector, wherever they stand), m².
    pub booth_area_m2: f64,
    /// Number of booths sold in it.
    pub booths: usize,
    /// Booth area as a share of region area (0 for a sector without area).
    pub fill_share: f64,
    /// Region area not taken by booths (aisles included), m²; never negative.
    pub free_area_m2: f64,
    /// Rough count of further 3 × 3 m booths the sector takes before its booth area
    /// reaches the fill-warning share (`settings.sector_fill_warn`; the rest of the floor
    /// is left for aisles). An area-based estimate: it ignores the shape of the free
    /// floor and the obstacles on it, so the real number is lower.
    pub more_3x3_booths: u64,
}

/// Area of one standard shell booth (3 × 3 m), m².
pub const SHELL_BOOTH_M2: f64 = 9.0;

/// Design occupants and exit width (GB 50016-2014 §5.5.21).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Occupancy {
    /// Area of every hall together, m².
    pub hall_area_m2: f64,
    /// Persons per m² used (`settings.occupant_density`).
    pub occupant_density: f64,
    /// Hall area × density, rounded up to whole persons.
    pub design_occupants: u64,
    /// Exit width needed per 100 persons, metres (`settings.exit_width_per_100_m`).
    pub exit_width_per_100_m: f64,
    /// Exit width the occupants need, metres.
    pub exit_width_needed_m: f64,
    /// Clear width of every exit together, metres.
    pub exit_width_provided_m: f64,
    /// Whether the exits are wide enough.
    pub enough: bool,
    /// The same figures hall by hall (for information: the rule checks the total).
    pub halls: Vec<HallOccupancy>,
}

/// Occupancy figures of one hall.
#[derive(Debug, Clone, PartialEq)]
pub struct HallOccupancy {
    /// The hall.
    pub id: HallId,
    /// Its name.
    pub name: String,
    /// Its area, m².
    pub area_m2: f64,
    /// Its design occupants.
    pub design_occupants: u64,
    /// Exit width its occupants need, metres.
    pub exit_width_needed_m: f64,
    /// Width of the exits in its walls, metres.
    pub exit_width_provided_m: f64,
}

/// Booths and money by sales status.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sales {
    /// One row per status, in workflow order (available, on hold, reserved, sold).
    pub by_status: Vec<StatusSales>,
    /// Sum of the prices of sold booths.
    pub revenue_sold: f64,
    /// Sum of the prices of every booth.
    pub potential: f64,
    /// Currency of the prices (from the plan's meta).
    pub currency: String,
}

/// Booths with one sales status.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusSales {
    /// The status.
    pub status: BoothStatus,
    /// How many booths have it.
    pub booths: usize,
    /// Their area, m².
    pub area_m2: f64,
    /// Sum of their prices.
    pub value: f64,
}

impl Report {
    /// The findings with the given severity.
    pub fn with_severity(&self, severity: Severity) -> impl Iterator<Item = &Finding> + '_ {
        // Findings are sorted by severity first: the matching ones are one run.
        let start = self.findings.partition_point(|f| f.severity < severity);
        self.findings[start..]
            .iter()
            .take_while(move |f| f.severity == severity)
    }

    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &Finding> + '_ {
        self.with_severity(Severity::Error)
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Finding> + '_ {
        self.with_severity(Severity::Warning)
    }

    /// The notes for information.
    pub fn infos(&self) -> impl Iterator<Item = &Finding> + '_ {
        self.with_severity(Severity::Info)
    }

    /// How many findings have the given severity (O(log n)).
    pub fn count(&self, severity: Severity) -> usize {
        let start = self.findings.partition_point(|f| f.severity < severity);
        let end = self.findings.partition_point(|f| f.severity <= severity);
        end - start
    }

    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    /// Number of notes for information.
    pub fn info_count(&self) -> usize {
        self.count(Severity::Info)
    }

    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.findings
            .first()
            .is_some_and(|f| f.severity == Severity::Error)
    }

    /// The findings that name booth `id`, worst first. O(log n): fine to call for every
    /// booth on screen every frame.
    pub fn findings_for_booth(&self, id: BoothId) -> impl Iterator<Item = &Finding> + '_ {
        let start = self.by_booth.partition_point(|(b, _)| *b < id);
        self.by_booth[start..]
            .iter()
            .take_while(move |(b, _)| *b == id)
            .filter_map(|(_, i)| self.findings.get(*i as usize))
    }

    /// The worst severity among the findings that name booth `id`, if any.
    pub fn worst_for_booth(&self, id: BoothId) -> Option<Severity> {
        self.findings_for_booth(id).map(|f| f.severity).min()
    }

    /// The computed type of booth `id` (from which sides face open floor).
    pub fn booth_type(&self, id: BoothId) -> Option<BoothType> {
        self.booth_types.get(&id).copied()
    }

    /// Every booth's computed type.
    pub fn booth_types(&self) -> &FxHashMap<BoothId, BoothType> {
        &self.booth_types
    }
}

#[cfg(test)]
mod tests {
    use super::super::finding::Code;
    use super::*;
    use crate::model::ElementId;

    #[test]
    fn counts_and_per_booth_lookup() {
        let b = |i| ElementId::Booth(BoothId(i));
        let mut report = Report {
            findings: vec![
                Finding::new(Code::BoothOverlap, "1 and 2", vec![b(1), b(2)]),
                Finding::new(Code::NarrowAisle, "2 and 3", vec![b(2), b(3)]),
                Finding::new(Code::NoAisleAccess, "2", vec![b(2)]),
                Finding::new(Code::ExhibitorWithoutBooth, "e", vec![]),
            ],
            ..Report::default()
        };
        report.findings.sort();
        report.reindex();
        assert_eq!(report.error_count(), 2);
        assert_eq!(report.warning_count(), 1);
        assert_eq!(report.info_count(), 1);
        assert!(report.has_errors());
        assert_eq!(report.findings_for_booth(BoothId(2)).count(), 3);
        assert_eq!(report.findings_for_booth(BoothId(3)).count(), 1);
        assert_eq!(report.findings_for_booth(BoothId(9)).count(), 0);
        assert_eq!(report.worst_for_booth(BoothId(2)), Some(Severity::Error));
        assert_eq!(report.warnings().count(), 1);
    }

    #[test]
    fn replacing_findings_keeps_order_and_index() {
        let b = |i| ElementId::Booth(BoothId(i));
        let f = |code, i: u32, j: u32| Finding::new(code, format!("{i} {j}"), vec![b(i), b(j)]);
        let mut report = Report::default();
        let mut first = vec![
            f(Code::BoothOverlap, 1, 2),
            f(Code::NarrowAisle, 2, 3),
            f(Code::NarrowAisle, 5, 9),
        ];
        first.sort();
        report.replace_findings(Vec::new(), first);
        let mut added = vec![f(Code::BoothOverlap, 0, 9), f(Code::NoAisleAccess, 3, 4)];
        added.sort();
        report.replace_findings(vec![f(Code::NarrowAisle, 2, 3)], added);
        let mut expected = report.clone();
        expected.findings.sort();
        expected.reindex();
        assert_eq!(report, expected);
        assert_eq!(report.findings.len(), 4);
        assert_eq!(report.findings_for_booth(BoothId(9)).count(), 2);
        assert_eq!(report.findings_for_booth(BoothId(2)).count(), 1);
    }
}
