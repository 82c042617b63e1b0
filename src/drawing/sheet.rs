//! The drawing scale on a sheet, and why a plan cannot be drawn at it: the message a
//! planner reads when the plan is too large for the sheet at the scale asked for.

use super::Paper;
use std::fmt;
use thiserror::Error;

/// The scale a drawing on a sheet is made at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scale {
    /// The most detailed standard scale at which the plan fits the sheet.
    #[default]
    Fit,
    /// 1:200.
    OneTo200,
    /// 1:500.
    OneTo500,
    /// 1:1000.
    OneTo1000,
}

impl Scale {
    /// The fixed scales, most detailed first.
    pub const FIXED: [Scale; 3] = [Scale::OneTo200, Scale::OneTo500, Scale::OneTo1000];

    /// The `N` of "1:N", or `None` for [`Scale::Fit`].
    pub const fn denominator(self) -> Option<u32> {
        match self {
            Scale::Fit => None,
            Scale::OneTo200 => Some(200),
            Scale::OneTo500 => Some(500),
            Scale::OneTo1000 => Some(1000),
        }
    }

    /// How the scale is written: "1:500", or "fit".
    pub fn label(self) -> String {
        self.denominator()
            .map_or_else(|| "fit".to_owned(), |n| format!("1:{n}"))
    }
}

/// A sheet and its orientation, e.g. "A3 landscape".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sheet {
    /// The paper (never [`Paper::Fit`] in an error).
    pub paper: Paper,
    /// Landscape or portrait.
    pub landscape: bool,
}

impl fmt::Display for Sheet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let orientation = if self.landscape {
            "landscape"
        } else {
            "portrait"
        };
        write!(f, "{} {orientation}", self.paper.name())
    }
}

/// The plan is too large for the sheet at the scale asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct DoesNotFit {
    /// The sheet asked for.
    pub sheet: Sheet,
    /// The scale asked for, the `N` of "1:N".
    pub scale: u32,
    /// The plan's extent, metres east–west and north–south.
    pub extent_m: (f64, f64),
    /// The room the sheet has for the plan, mm (inside the frame, above the legend).
    pub room_mm: (f64, f64),
    /// The most detailed of the fixed scales that fits this sheet, if any.
    pub finer_fixed: Option<Scale>,
    /// The standard scale [`Scale::Fit`] would choose on this sheet.
    pub fit_scale: u32,
    /// The smallest sheet (of either orientation) that holds the plan at this scale.
    pub smallest_sheet: Option<Sheet>,
}

impl fmt::Display for DoesNotFit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (w, h) = self.extent_m;
        let k = 1000.0 / f64::from(self.scale);
        write!(
            f,
            "the plan ({w:.0} × {h:.0} m) does not fit on {} at 1:{}: it would take \
             {:.0} × {:.0} mm and the sheet has room for {:.0} × {:.0} mm",
            self.sheet,
            self.scale,
            w * k,
            h * k,
            self.room_mm.0,
            self.room_mm.1,
        )?;
        match self.smallest_sheet {
            Some(sheet) => write!(f, "; at 1:{} it fits on {sheet}", self.scale)?,
            None => write!(f, "; no sheet up to A0 holds it at 1:{}", self.scale)?,
        }
        match self.finer_fixed {
            Some(scale) => write!(
                f,
                "; on {} the largest scale that fits is {}",
                self.sheet,
                scale.label()
            ),
            None => write!(
                f,
                "; on {} it fits at 1:{} (scale fit)",
                self.sheet, self.fit_scale
            ),
        }
    }
}

/// Why a plan cannot be laid out on the sheet asked for.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum SheetError {
    /// A fixed scale needs a sheet: [`Paper::Fit`] has no paper size.
    #[error("a drawing at {} needs a sheet: choose A3, A1 or A0", .0.label())]
    NoSheet(Scale),
    /// The plan is too large for the sheet at that scale.
    #[error("{0}")]
    DoesNotFit(Box<DoesNotFit>),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn too_large() -> DoesNotFit {
        DoesNotFit {
            sheet: Sheet {
                paper: Paper::A3,
                landscape: true,
            },
            scale: 200,
            extent_m: (400.0, 196.0),
            room_mm: (381.0, 229.0),
            finer_fixed: None,
            fit_scale: 1250,
            smallest_sheet: None,
        }
    }

    #[test]
    fn the_message_names_the_sheet_the_scale_the_extent_and_what_would_fit() {
        let message = too_large().to_string();
        for part in [
            "A3 landscape",
            "1:200",
            "400 × 196 m",
            "2000 × 980 mm",
            "no sheet up to A0",
            "1:1250",
        ] {
            assert!(message.contains(part), "{part} in {message}");
        }
        let message = DoesNotFit {
            finer_fixed: Some(Scale::OneTo1000),
            smallest_sheet: Some(Sheet {
                paper: Paper::A0,
                landscape: true,
            }),
            scale: 500,
            ..too_large()
        }
        .to_string();
        assert!(message.contains("fits on A0 landscape"), "{message}");
        assert!(
            message.contains("largest scale that fits is 1:1000"),
            "{message}"
        );
    }

    #[test]
    fn scales_are_written_as_ratios() {
        assert_eq!(Scale::OneTo500.label(), "1:500");
        assert_eq!(Scale::Fit.label(), "fit");
        assert_eq!(
            Scale::FIXED.map(Scale::denominator),
            [Some(200), Some(500), Some(1000)]
        );
        let err = SheetError::NoSheet(Scale::OneTo200).to_string();
        assert!(err.contains("1:200") && err.contains("A0"), "{err}");
    }
}
