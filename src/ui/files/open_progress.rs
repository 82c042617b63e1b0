//! How far opening a plan has got: the loading thread writes each stage, the window reads
//! it every frame and shows a progress bar. Reading and parsing the file come from
//! [`load_plan_with_progress`]; after them the rules' full pass runs and the spatial index
//! is built, still on the loading thread.

use crate::document::Document;
use crate::io::{LoadError, LoadProgress, load_plan_with_progress};
use crate::text::Lang;
use crate::ui::panels::thousands;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// Share of the bar for reading and parsing the file; the rules take the rest.
const LOAD_SHARE: f32 = 0.8;

/// A stage of opening a plan.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(super) enum OpenStage {
    /// The thread has not reported yet.
    #[default]
    Starting,
    /// Reading and parsing the file.
    Loading(LoadProgress),
    /// The plan has loaded; the rules run over its booths and the index is built.
    CheckingRules {
        /// How many booths the plan holds.
        booths: usize,
    },
}

/// The stage of one open, shared between the loading thread and the window.
#[derive(Debug, Clone, Default)]
pub(super) struct OpenProgress(Arc<Mutex<OpenStage>>);

impl OpenProgress {
    /// Records the stage reached (on the loading thread).
    fn set(&self, stage: OpenStage) {
        match self.0.lock() {
            Ok(mut now) => *now = stage,
            Err(poisoned) => *poisoned.into_inner() = stage,
        }
    }

    /// The stage reached so far.
    pub(super) fn stage(&self) -> OpenStage {
        match self.0.lock() {
            Ok(now) => *now,
            Err(poisoned) => *poisoned.into_inner(),
        }
    }

    /// The bar's fill, from 0 to 1, and what it says in `lang`.
    pub(super) fn bar(&self, lang: Lang) -> (f32, String) {
        match self.stage() {
            OpenStage::Starting => (
                0.0,
                lang.pick("Opening the file", "正在打开文件").to_owned(),
            ),
            OpenStage::Loading(step) => {
                let fill = step.fraction() * LOAD_SHARE;
                let text = match step {
                    LoadProgress::Reading { done, total } => {
                        let (done, total) = (megabytes(done), megabytes(total));
                        match lang {
                            Lang::En => format!("Reading {done} of {total}"),
                            Lang::Zh => format!("正在读取 {done} / {total}"),
                        }
                    }
                    LoadProgress::Parsing { items, estimate } => {
                        let (items, estimate) =
                            (thousands(items as f64), thousands(estimate as f64));
                        match lang {
                            Lang::En => {
                                format!("Reading the plan: {items} of about {estimate} items")
                            }
                            Lang::Zh => format!("正在读取平面图：{items} / 约 {estimate} 项"),
                        }
                    }
                    LoadProgress::Checking | LoadProgress::Done => lang
                        .pick(
                            "Checking the plan's ids and references",
                            "正在检查编号与引用",
                        )
                        .to_owned(),
                };
                (fill, text)
            }
            OpenStage::CheckingRules { booths } => {
                let booths = thousands(booths as f64);
                let text = match lang {
                    Lang::En => format!("Checking the rules on {booths} booths"),
                    Lang::Zh => format!("正在按规则检查 {booths} 个展位"),
                };
                (LOAD_SHARE, text)
            }
        }
    }
}

/// A byte count as megabytes with one decimal.
fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

/// Loads the plan at `path` and checks it, reporting each stage to `progress`; returns
/// the document ready to show.
pub(super) fn open_document(
    path: &Path,
    progress: &OpenProgress,
) -> Result<Box<Document>, LoadError> {
    let plan = load_plan_with_progress(path, &mut |step| progress.set(OpenStage::Loading(step)))?;
    progress.set(OpenStage::CheckingRules {
        booths: plan.booths.len(),
    });
    Ok(Box::new(Document::new(plan, Some(path.to_owned()))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_reports_reading_then_the_rules_and_gives_the_checked_plan() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("show.ron");
        let plan = crate::generate::waic_2023();
        crate::io::save_plan(&path, &plan).unwrap();
        let progress = OpenProgress::default();
        assert_eq!(progress.bar(Lang::En).0, 0.0);

        let doc = open_document(&path, &progress).unwrap();
        assert_eq!(doc.plan(), &plan);
        assert_eq!(doc.path(), Some(&path));
        assert_eq!(*doc.report(), crate::rules::validate(&plan));
        assert_eq!(
            progress.stage(),
            OpenStage::CheckingRules {
                booths: plan.booths.len()
            }
        );
        let (fill, text) = progress.bar(Lang::En);
        assert_eq!(fill, LOAD_SHARE);
        assert_eq!(text, "Checking the rules on 489 booths");
        assert_eq!(progress.bar(Lang::Zh).1, "正在按规则检查 489 个展位");
    }

    #[test]
    fn the_bar_grows_while_the_file_is_read_and_parsed() {
        let progress = OpenProgress::default();
        let mut last = 0.0;
        for step in [
            LoadProgress::Reading {
                done: 0,
                total: 2_000_000,
            },
            LoadProgress::Reading {
                done: 2_000_000,
                total: 2_000_000,
            },
            LoadProgress::Parsing {
                items: 10,
                estimate: 100,
            },
            LoadProgress::Parsing {
                items: 100,
                estimate: 100,
            },
            LoadProgress::Checking,
        ] {
            progress.set(OpenStage::Loading(step));
            let (fill, text) = progress.bar(Lang::En);
            assert!(fill >= last && fill <= LOAD_SHARE, "{fill} after {last}");
            assert!(!text.is_empty());
            last = fill;
        }
        progress.set(OpenStage::Loading(LoadProgress::Reading {
            done: 1_500_000,
            total: 2_000_000,
        }));
        assert_eq!(progress.bar(Lang::En).1, "Reading 1.5 MB of 2.0 MB");
        progress.set(OpenStage::Loading(LoadProgress::Parsing {
            items: 88_064,
            estimate: 153_365,
        }));
        assert_eq!(
            progress.bar(Lang::En).1,
            "Reading the plan: 88,064 of about 153,365 items"
        );
    }

    #[test]
    fn a_broken_file_ends_in_an_error_before_the_rules() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("broken.ron");
        std::fs::write(&path, "(version: 2, meta: (").unwrap();
        let progress = OpenProgress::default();
        assert!(open_document(&path, &progress).is_err());
        assert!(matches!(progress.stage(), OpenStage::Loading(_)));
    }
}
