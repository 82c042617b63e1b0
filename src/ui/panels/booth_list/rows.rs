//! The booth list's rows: which booths pass the filter and in what order. Worked out once
//! per document revision, filter and sort, so that scrolling a list of 74,000 booths
//! builds only the rows on screen.

use super::super::common::contains_folded;
use crate::document::Document;
use crate::model::{Booth, BoothStatus, SectorId};
use crate::rules::{Report, Severity};
use std::cmp::Ordering;

/// A column of the booth list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Column {
    /// Booth number.
    #[default]
    Number,
    /// Exhibitor name.
    Exhibitor,
    /// Sector code.
    Sector,
    /// Width × depth.
    Size,
    /// Area.
    Area,
    /// Computed booth type.
    Type,
    /// Sales status.
    Status,
    /// Price.
    Price,
    /// Findings on the booth.
    Problems,
}

impl Column {
    /// Every column, left to right.
    pub const ALL: [Column; 9] = [
        Column::Number,
        Column::Exhibitor,
        Column::Sector,
        Column::Size,
        Column::Area,
        Column::Type,
        Column::Status,
        Column::Price,
        Column::Problems,
    ];
}

/// Sort order: a column and a direction (by default: by number, ascending).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    /// The column sorted by.
    pub column: Column,
    /// Largest last (true) or first (false).
    pub ascending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Sort {
            column: Column::Number,
            ascending: true,
        }
    }
}

impl Sort {
    /// The order after clicking `column`'s header: the same column flips direction,
    /// another column sorts ascending.
    pub fn clicked(self, column: Column) -> Sort {
        Sort {
            column,
            ascending: self.column != column || !self.ascending,
        }
    }
}

/// What the booth list is filtered by.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BoothFilter {
    /// Part of the number or the exhibitor name, any case.
    pub text: String,
    /// Only booths sold in this sector.
    pub sector: Option<SectorId>,
    /// Only booths with this status.
    pub status: Option<BoothStatus>,
}

/// A booth's problems as a sort key: worst severity first, then how many.
fn problem_key(report: &Report, booth: &Booth) -> (u8, usize) {
    let mut worst = 0;
    let mut count = 0;
    for f in report.findings_for_booth(booth.id) {
        count += 1;
        worst = worst.max(match f.severity {
            Severity::Error => 3,
            Severity::Warning => 2,
            Severity::Info => 1,
        });
    }
    (worst, count)
}

/// A float that sorts (NaN last), for sort keys.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Num(f64);

impl Eq for Num {}

impl PartialOrd for Num {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Num {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// Sorts `rows` (indexes into `booths`) by a key worked out once per row, not once per
/// comparison; ties by booth id.
fn sort_by_key<'a, K: Ord>(
    booths: &'a [Booth],
    rows: &mut Vec<usize>,
    ascending: bool,
    key: impl Fn(&'a Booth) -> K,
) {
    let mut keyed: Vec<(K, crate::model::BoothId, usize)> = rows
        .iter()
        .map(|&i| (key(&booths[i]), booths[i].id, i))
        .collect();
    keyed.sort_unstable_by(|a, b| {
        let by_key = if ascending {
            a.0.cmp(&b.0)
        } else {
            b.0.cmp(&a.0)
        };
        by_key.then(a.1.cmp(&b.1))
    });
    *rows = keyed.into_iter().map(|(_, _, i)| i).collect();
}

/// Indexes into `plan.booths` of the booths that pass `filter`, sorted by `sort` (ties
/// by booth id, so the order is stable).
pub fn build(doc: &Document, filter: &BoothFilter, sort: Sort) -> Vec<usize> {
    let plan = doc.plan();
    let report = doc.report();
    let needle = filter.text.trim().to_lowercase();
    let mut rows: Vec<usize> = plan
        .booths
        .iter()
        .enumerate()
        .filter(|(_, b)| filter.sector.is_none_or(|s| b.sector == s))
        .filter(|(_, b)| filter.status.is_none_or(|s| b.status == s))
        .filter(|(_, b)| {
            needle.is_empty()
                || contains_folded(&b.number, &needle)
                || contains_folded(plan.exhibitor_name(b), &needle)
        })
        .map(|(i, _)| i)
        .collect();
    let booths = &plan.booths;
    let up = sort.ascending;
    match sort.column {
        Column::Number => sort_by_key(booths, &mut rows, up, |b| b.number.as_str()),
        Column::Exhibitor => sort_by_key(booths, &mut rows, up, |b| plan.exhibitor_name(b)),
        Column::Sector => sort_by_key(booths, &mut rows, up, |b| b.sector),
        Column::Size => sort_by_key(booths, &mut rows, up, |b| {
            (Num(b.rect.w()), Num(b.rect.h()))
        }),
        Column::Area => sort_by_key(booths, &mut rows, up, |b| Num(b.rect.area())),
        Column::Type => sort_by_key(booths, &mut rows, up, |b| {
            report.booth_type(b.id).map_or("", |t| t.label())
        }),
        Column::Status => sort_by_key(booths, &mut rows, up, |b| b.status),
        Column::Price => sort_by_key(booths, &mut rows, up, |b| Num(b.price)),
        Column::Problems => sort_by_key(booths, &mut rows, up, |b| problem_key(report, b)),
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit;
    use crate::model::{Plan, Rect};

    fn doc() -> Document {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        for (x, w, h) in [
            (5.0, 3.0, 3.0),
            (15.0, 6.0, 6.0),
            (30.0, 3.0, 6.0),
            (60.0, 4.0, 3.0),
        ] {
            let (e, _) = edit::add_booth(&plan, Rect::new(x, 10.0, w, h).unwrap(), SectorId(1));
            e.apply(&mut plan).unwrap();
        }
        plan.booths[2].status = BoothStatus::Sold;
        Document::new(plan, None)
    }

    fn numbers(doc: &Document, rows: &[usize]) -> Vec<String> {
        rows.iter()
            .map(|i| doc.plan().booths[*i].number.clone())
            .collect()
    }

    #[test]
    fn sorting_by_area_both_ways_with_ties_by_id() {
        let doc = doc();
        let up = Sort::default().clicked(Column::Area);
        assert_eq!(
            Sort::default().clicked(Column::Number),
            Sort {
                column: Column::Number,
                ascending: false
            }
        );
        assert!(up.ascending);
        let rows = build(&doc, &BoothFilter::default(), up);
        assert_eq!(numbers(&doc, &rows), ["A-001", "B-001", "A-003", "A-002"]);
        let down = up.clicked(Column::Area);
        assert!(!down.ascending);
        let rows = build(&doc, &BoothFilter::default(), down);
        assert_eq!(numbers(&doc, &rows), ["A-002", "A-003", "B-001", "A-001"]);
    }

    #[test]
    fn filters_by_text_sector_and_status() {
        let doc = doc();
        let sort = Sort::default();
        let by = |filter: BoothFilter| numbers(&doc, &build(&doc, &filter, sort));
        assert_eq!(
            by(BoothFilter {
                text: "b-".to_owned(),
                ..BoothFilter::default()
            }),
            ["B-001"]
        );
        assert_eq!(
            by(BoothFilter {
                sector: Some(SectorId(1)),
                ..BoothFilter::default()
            }),
            ["A-001", "A-002", "A-003"]
        );
        assert_eq!(
            by(BoothFilter {
                status: Some(BoothStatus::Sold),
                ..BoothFilter::default()
            }),
            ["A-003"]
        );
    }

    #[test]
    fn every_column_sorts_without_losing_rows() {
        let doc = doc();
        for column in Column::ALL {
            for ascending in [true, false] {
                let mut rows = build(&doc, &BoothFilter::default(), Sort { column, ascending });
                rows.sort_unstable();
                assert_eq!(rows, vec![0, 1, 2, 3], "{column:?}");
            }
        }
    }
}
