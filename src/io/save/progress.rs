//! How far loading a plan file has got, for a progress bar: bytes read, then items parsed
//! against an estimate, then the integrity check.

/// One step of [`load_plan_with_progress`](super::load_plan_with_progress). The steps come
/// in this order, each kind possibly many times: `Reading`, `Parsing`, `Checking`, and
/// `Done` once the plan has loaded (not when loading fails).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadProgress {
    /// Reading the file: `done` of `total` bytes (`total` is the size the file announced,
    /// never less than `done`).
    Reading {
        /// Bytes read so far.
        done: u64,
        /// The file's size.
        total: u64,
    },
    /// Parsing the text: `items` halls, sectors, exhibitors, booths, obstacles and exits
    /// read so far, of about `estimate` (counted from the text before parsing, so only an
    /// estimate: `items` may end below it, and never shows above it). A version-1 file
    /// reports this step only with `items: 0`.
    Parsing {
        /// Items read so far.
        items: u64,
        /// About how many items the file holds (at least 1).
        estimate: u64,
    },
    /// Checking the plan's integrity (unique ids, references that resolve).
    Checking,
    /// The plan has loaded.
    Done,
}

/// The share of [`LoadProgress::fraction`] given to reading; parsing takes the rest up to
/// [`PARSED_AT`]. Reading a file from a local disk is fast beside parsing it.
const READ_SHARE: f32 = 0.1;

/// Where [`LoadProgress::fraction`] stands once parsing is over.
const PARSED_AT: f32 = 0.97;

impl LoadProgress {
    /// The whole load's progress from 0 to 1, for one progress bar: reading fills the
    /// first tenth, parsing most of the rest, checking the last few hundredths, and
    /// [`LoadProgress::Done`] is exactly 1.
    pub fn fraction(&self) -> f32 {
        match *self {
            LoadProgress::Reading { done, total } => READ_SHARE * share(done, total),
            LoadProgress::Parsing { items, estimate } => {
                READ_SHARE + (PARSED_AT - READ_SHARE) * share(items, estimate)
            }
            LoadProgress::Checking => PARSED_AT,
            LoadProgress::Done => 1.0,
        }
    }
}

/// `part / whole` from 0 to 1 (1 when `whole` is 0).
fn share(part: u64, whole: u64) -> f32 {
    if whole == 0 {
        return 1.0;
    }
    // Precision is irrelevant for a progress bar.
    #[allow(clippy::cast_precision_loss)]
    let share = part.min(whole) as f32 / whole as f32;
    share
}

/// About how many items (halls, sectors, exhibitors, booths, obstacles, exits) `text`
/// holds: every item has an `id` field, so this counts `id:` written after `(` or at a
/// line's start. Text inside strings may fool it; it is only an estimate.
pub(super) fn estimate_items(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let count = memchr::memmem::find_iter(bytes, b"id:")
        .filter(|&at| at == 0 || matches!(bytes.get(at - 1), Some(b'(' | b' ' | b'\t' | b'\n')))
        .count();
    u64::try_from(count).unwrap_or(u64::MAX).max(1)
}

/// Counts items as the parser reads them and reports [`LoadProgress::Parsing`] now and
/// then (every [`ItemCounter::EVERY`] items, so reporting costs nothing measurable).
pub(super) struct ItemCounter<'a> {
    items: u64,
    estimate: u64,
    report: &'a mut dyn FnMut(LoadProgress),
}

impl<'a> ItemCounter<'a> {
    /// Items between two reports.
    const EVERY: u64 = 1024;

    /// A counter reporting into `report`, against `estimate` items; reports 0 items now.
    pub(super) fn new(estimate: u64, report: &'a mut dyn FnMut(LoadProgress)) -> Self {
        let mut counter = Self {
            items: 0,
            estimate: estimate.max(1),
            report,
        };
        counter.send();
        counter
    }

    /// One more item read.
    pub(super) fn add_one(&mut self) {
        self.items += 1;
        if self.items.is_multiple_of(Self::EVERY) {
            self.send();
        }
    }

    /// Reports the count so far (never above the estimate).
    pub(super) fn send(&mut self) {
        (self.report)(LoadProgress::Parsing {
            items: self.items.min(self.estimate),
            estimate: self.estimate,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fraction_grows_through_the_steps_and_ends_at_one() {
        let steps = [
            LoadProgress::Reading { done: 0, total: 10 },
            LoadProgress::Reading {
                done: 10,
                total: 10,
            },
            LoadProgress::Parsing {
                items: 0,
                estimate: 4,
            },
            LoadProgress::Parsing {
                items: 2,
                estimate: 4,
            },
            LoadProgress::Parsing {
                items: 4,
                estimate: 4,
            },
            LoadProgress::Checking,
            LoadProgress::Done,
        ];
        let fractions: Vec<f32> = steps.iter().map(LoadProgress::fraction).collect();
        assert!(fractions.windows(2).all(|w| w[0] <= w[1]), "{fractions:?}");
        assert_eq!(fractions[0], 0.0);
        assert!((fractions[1] - READ_SHARE).abs() < 1e-6);
        assert!((fractions[3] - (READ_SHARE + PARSED_AT) / 2.0).abs() < 1e-6);
        assert_eq!(fractions[6], 1.0);
        // More items than estimated, or an empty file, never go past the step's end.
        let over = LoadProgress::Parsing {
            items: 9,
            estimate: 4,
        };
        assert!((over.fraction() - PARSED_AT).abs() < 1e-6);
        assert_eq!(
            LoadProgress::Reading { done: 0, total: 0 }.fraction(),
            READ_SHARE
        );
    }

    #[test]
    fn estimate_counts_item_ids_in_both_layouts() {
        let one_line = "[\n    (id: 1, name: \"a\"),\n    (id: 2, sector: 1, paid: 3),\n]";
        assert_eq!(estimate_items(one_line), 2);
        let spread = "[\n    (\n        id: 1,\n        hall: 2,\n    ),\n]";
        assert_eq!(estimate_items(spread), 1);
        assert_eq!(estimate_items(""), 1);
        assert_eq!(estimate_items("id:"), 1);
    }

    #[test]
    fn the_counter_reports_now_and_then_and_never_above_the_estimate() {
        let mut seen = Vec::new();
        let mut report = |p| seen.push(p);
        let mut counter = ItemCounter::new(2000, &mut report);
        for _ in 0..3000 {
            counter.add_one();
        }
        counter.send();
        let parsing = |items| LoadProgress::Parsing {
            items,
            estimate: 2000,
        };
        assert_eq!(
            seen,
            [parsing(0), parsing(1024), parsing(2000), parsing(2000)]
        );
    }
}
