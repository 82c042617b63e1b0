//! Where things go on the page: the paper, the drawing scale, and the areas for the plan
//! and for the band below it (legend, scale bar, title block).

use super::{DoesNotFit, DrawingOptions, Paper, Scale, Sheet, SheetError};
use crate::model::Rect;

/// Drawing scales offered on paper, as the `N` of "1:N", smallest (most detailed) first.
const STANDARD_SCALES: [u32; 20] = [
    50, 100, 200, 250, 500, 750, 1_000, 1_250, 1_500, 2_000, 2_500, 3_000, 4_000, 5_000, 7_500,
    10_000, 15_000, 20_000, 25_000, 50_000,
];

/// Width the page of a [`Paper::Fit`] drawing is treated as having on paper, in mm: sets
/// how big its text, lines and legend are relative to the plan.
const FIT_VIRTUAL_WIDTH_MM: f64 = 400.0;

/// Longer side of a [`Paper::Fit`] drawing in SVG pixels (its `width`/`height`).
const FIT_LONGER_SIDE_PX: f64 = 2000.0;

/// Height of the band below the plan, in em.
pub const BAND_EM: f64 = 9.0;

/// A rectangle on the page, in page units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

/// The page of one drawing. Page units are millimetres on a sheet ([`Paper::A3`],
/// [`Paper::A1`], [`Paper::A0`]) and metres of floor for [`Paper::Fit`].
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Page width in page units.
    pub width: f64,
    /// Page height in page units.
    pub height: f64,
    /// The SVG `width` attribute, e.g. `420mm`.
    pub width_attr: String,
    /// The SVG `height` attribute.
    pub height_attr: String,
    /// Page units per metre of floor.
    pub k: f64,
    /// Page units per millimetre of paper.
    pub mm: f64,
    /// Base text size in page units.
    pub em: f64,
    /// The scale's `N` in "1:N" on paper; `None` for [`Paper::Fit`].
    pub scale: Option<u32>,
    /// The frame drawn around the content, if any (paper only).
    pub frame: Option<Area>,
    /// Where the plan's extent is drawn.
    pub plan: Area,
    /// The band below the plan.
    pub band: Area,
    /// The floor's extent in metres: the point `(extent.x, extent.y)` is drawn at
    /// `(plan.x, plan.y)`.
    pub extent: Rect,
}

/// Room in em kept free around the floor for the labels outside the walls.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OutsideEm {
    /// Above the floor: exit names on north walls and the hall names above them.
    pub north: f64,
    /// On the other three sides: exit names beside the walls.
    pub sides: f64,
}

/// Margin between the paper's edge and the frame, mm (ISO 5457 keeps 10 mm on every
/// sheet from A4 to A0, with 20 mm on the filing edge where sheets are bound).
const MARGIN_MM: f64 = 10.0;

/// The parts of a sheet: base text size, frame, band and the room left for the plan.
#[derive(Debug, Clone, Copy, PartialEq)]
struct SheetLayout {
    em: f64,
    frame: Area,
    band: Area,
    room: Area,
}

impl SheetLayout {
    /// The layout of a `w` × `h` mm sheet.
    fn new(w: f64, h: f64, outside: OutsideEm) -> SheetLayout {
        let em = if w.max(h) > 500.0 { 4.5 } else { 3.2 };
        let frame = Area {
            x: MARGIN_MM,
            y: MARGIN_MM,
            w: w - 2.0 * MARGIN_MM,
            h: h - 2.0 * MARGIN_MM,
        };
        let (north, sides) = (em * outside.north.max(1.0), em * outside.sides.max(0.5));
        let band_h = BAND_EM * em;
        let band = Area {
            x: frame.x,
            y: frame.y + frame.h - band_h,
            w: frame.w,
            h: band_h,
        };
        let room = Area {
            x: frame.x + sides,
            y: frame.y + north,
            w: (frame.w - 2.0 * sides).max(0.0),
            h: (frame.h - band_h - north - sides).max(0.0),
        };
        SheetLayout {
            em,
            frame,
            band,
            room,
        }
    }

    /// Whether `extent` fits the room at 1:`n`.
    fn holds(&self, extent: Rect, n: u32) -> bool {
        let k = 1000.0 / f64::from(n);
        extent.w() * k <= self.room.w + 1e-9 && extent.h() * k <= self.room.h + 1e-9
    }
}

impl Page {
    /// Lays out the page for a plan whose halls span `extent`. `band_natural_w_em` is
    /// the width in em the band's content would like (the Fit page grows to hold it);
    /// `outside` is the room kept free around the floor for labels outside the walls
    /// (exit and hall names). Fails when a fixed scale is asked for without a sheet or
    /// the plan does not fit the sheet at it.
    pub fn new(
        extent: Rect,
        opts: &DrawingOptions,
        band_natural_w_em: f64,
        outside: OutsideEm,
    ) -> Result<Page, SheetError> {
        match (paper_size_mm(opts.paper, opts.landscape), opts.scale) {
            (Some((w, h)), scale) => Page::on_paper(extent, w, h, scale, opts, outside),
            (None, Scale::Fit) => Ok(Page::fit(extent, band_natural_w_em, outside)),
            (None, scale @ (Scale::OneTo200 | Scale::OneTo500 | Scale::OneTo1000)) => {
                Err(SheetError::NoSheet(scale))
            }
        }
    }

    /// Metres of floor per millimetre of paper: turns a line width or text size on paper
    /// into floor units inside the plan group.
    pub fn m_per_mm(&self) -> f64 {
        self.mm / self.k
    }

    fn on_paper(
        extent: Rect,
        w: f64,
        h: f64,
        scale: Scale,
        opts: &DrawingOptions,
        outside: OutsideEm,
    ) -> Result<Page, SheetError> {
        let layout = SheetLayout::new(w, h, outside);
        let room = layout.room;
        let scale = match scale.denominator() {
            None => choose_scale(extent, room.w, room.h),
            Some(n) if layout.holds(extent, n) => n,
            Some(n) => {
                return Err(SheetError::DoesNotFit(Box::new(does_not_fit(
                    extent, opts, n, &layout, outside,
                ))));
            }
        };
        let k = 1000.0 / f64::from(scale);
        let (plan_w, plan_h) = (extent.w() * k, extent.h() * k);
        let plan = Area {
            x: room.x + (room.w - plan_w) / 2.0,
            y: room.y + (room.h - plan_h) / 2.0,
            w: plan_w,
            h: plan_h,
        };
        Ok(Page {
            width: w,
            height: h,
            width_attr: format!("{}mm", super::xml::num(w)),
            height_attr: format!("{}mm", super::xml::num(h)),
            k,
            mm: 1.0,
            em: layout.em,
            scale: Some(scale),
            frame: Some(layout.frame),
            plan,
            band: layout.band,
            extent,
        })
    }

    /// A page around the floor in metres, with the same room on every side.
    pub fn fit(extent: Rect, band_natural_w_em: f64, outside: OutsideEm) -> Page {
        let mm = extent.w().max(extent.h()) / FIT_VIRTUAL_WIDTH_MM;
        let em = 3.2 * mm;
        let pad = em * outside.north.max(2.0);
        let content_w = extent.w().max(band_natural_w_em * em);
        let width = content_w + 2.0 * pad;
        let plan = Area {
            x: pad + (content_w - extent.w()) / 2.0,
            y: pad,
            w: extent.w(),
            h: extent.h(),
        };
        let band = Area {
            x: pad,
            y: plan.y + plan.h + pad,
            w: content_w,
            h: BAND_EM * em,
        };
        let height = band.y + band.h + pad;
        let px = FIT_LONGER_SIDE_PX / width.max(height);
        Page {
            width,
            height,
            width_attr: super::xml::num((width * px).round()),
            height_attr: super::xml::num((height * px).round()),
            k: 1.0,
            mm,
            em,
            scale: None,
            frame: None,
            plan,
            band,
            extent,
        }
    }
}

/// What to tell the planner when `extent` does not fit the sheet of `opts` at 1:`n`:
/// the largest fixed scale that fits this sheet and the smallest sheet that holds it.
fn does_not_fit(
    extent: Rect,
    opts: &DrawingOptions,
    n: u32,
    layout: &SheetLayout,
    outside: OutsideEm,
) -> DoesNotFit {
    let room = layout.room;
    let smallest_sheet = Paper::SHEETS
        .into_iter()
        .flat_map(|paper| {
            [opts.landscape, !opts.landscape].map(|landscape| Sheet { paper, landscape })
        })
        .find(|sheet| {
            paper_size_mm(sheet.paper, sheet.landscape)
                .is_some_and(|(w, h)| SheetLayout::new(w, h, outside).holds(extent, n))
        });
    DoesNotFit {
        sheet: Sheet {
            paper: opts.paper,
            landscape: opts.landscape,
        },
        scale: n,
        extent_m: (extent.w(), extent.h()),
        room_mm: (room.w, room.h),
        finer_fixed: Scale::FIXED.into_iter().find(|s| {
            s.denominator()
                .is_some_and(|d| d > n && layout.holds(extent, d))
        }),
        fit_scale: choose_scale(extent, room.w, room.h),
        smallest_sheet,
    }
}

/// The width and height in mm of `paper` in that orientation, or `None` for
/// [`Paper::Fit`].
pub fn paper_size_mm(paper: Paper, landscape: bool) -> Option<(f64, f64)> {
    let (long, short) = paper.sides_mm()?;
    Some(if landscape {
        (long, short)
    } else {
        (short, long)
    })
}

/// The most detailed standard scale at which `extent` fits in `room_w` × `room_h` mm.
/// Beyond the standard list, the next round thousand that fits.
fn choose_scale(extent: Rect, room_w: f64, room_h: f64) -> u32 {
    let fits = |n: f64| extent.w() * 1000.0 / n <= room_w && extent.h() * 1000.0 / n <= room_h;
    if let Some(n) = STANDARD_SCALES.iter().find(|&&n| fits(f64::from(n))) {
        return *n;
    }
    let needed = (extent.w() * 1000.0 / room_w.max(1.0)).max(extent.h() * 1000.0 / room_h.max(1.0));
    // Floor extents are capped at 100 km, so this stays far below u32::MAX.
    let thousands = (needed / 1000.0).ceil().clamp(1.0, 4_000_000.0);
    (thousands as u32) * 1000
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUTSIDE: OutsideEm = OutsideEm {
        north: 1.0,
        sides: 1.0,
    };

    fn opts(paper: Paper, landscape: bool) -> DrawingOptions {
        DrawingOptions {
            paper,
            landscape,
            ..DrawingOptions::default()
        }
    }

    fn at(paper: Paper, scale: Scale) -> DrawingOptions {
        DrawingOptions {
            scale,
            ..opts(paper, true)
        }
    }

    #[test]
    fn a3_landscape_is_420_by_297_mm() {
        let extent = Rect::new(0.0, 0.0, 100.0, 60.0).unwrap();
        let page = Page::new(extent, &opts(Paper::A3, true), 0.0, OUTSIDE).unwrap();
        assert_eq!((page.width, page.height), (420.0, 297.0));
        assert_eq!(page.width_attr, "420mm");
        assert_eq!(page.height_attr, "297mm");
        let portrait = Page::new(extent, &opts(Paper::A1, false), 0.0, OUTSIDE).unwrap();
        assert_eq!((portrait.width, portrait.height), (594.0, 841.0));
        let a0 = Page::new(extent, &opts(Paper::A0, true), 0.0, OUTSIDE).unwrap();
        assert_eq!((a0.width, a0.height), (1189.0, 841.0));
    }

    #[test]
    fn the_scale_is_the_most_detailed_standard_one_that_fits() {
        // 100 m x 60 m on A3 landscape: 1:250 gives 400 mm, too wide for the frame.
        let extent = Rect::new(0.0, 0.0, 100.0, 60.0).unwrap();
        let page = Page::new(extent, &opts(Paper::A3, true), 0.0, OUTSIDE).unwrap();
        assert_eq!(page.scale, Some(500));
        assert!((page.k - 2.0).abs() < 1e-12);
        // The plan lies within the frame, above the band.
        let frame = page.frame.unwrap();
        assert!(page.plan.x >= frame.x && page.plan.x + page.plan.w <= frame.x + frame.w);
        assert!(page.plan.y >= frame.y && page.plan.y + page.plan.h <= page.band.y);
    }

    #[test]
    fn a_fixed_scale_is_kept_when_it_fits() {
        let extent = Rect::new(0.0, 0.0, 100.0, 60.0).unwrap();
        let page = Page::new(extent, &at(Paper::A3, Scale::OneTo1000), 0.0, OUTSIDE).unwrap();
        assert_eq!(page.scale, Some(1000));
        assert!((page.plan.w - 100.0).abs() < 1e-9, "1 m is 1 mm");
        let page = Page::new(extent, &at(Paper::A1, Scale::OneTo200), 0.0, OUTSIDE).unwrap();
        assert!((page.plan.w - 500.0).abs() < 1e-9, "1 m is 5 mm");
    }

    #[test]
    fn a_fixed_scale_that_does_not_fit_says_what_would() {
        // 400 m x 196 m (the sample's extent) at 1:200 on A3: 2 m x 0.98 m of paper.
        let extent = Rect::new(0.0, 0.0, 400.0, 196.0).unwrap();
        let err = Page::new(extent, &at(Paper::A3, Scale::OneTo200), 0.0, OUTSIDE).unwrap_err();
        let SheetError::DoesNotFit(fit) = &err else {
            panic!("{err}");
        };
        assert_eq!(fit.scale, 200);
        assert_eq!(fit.smallest_sheet, None, "not even A0 holds 2 m");
        assert_eq!(fit.finer_fixed, None, "1:1000 takes 400 mm, A3 has less");
        assert!(fit.fit_scale > 1000);
        // At 1:500 (800 mm x 392 mm) A1 landscape is the smallest sheet; on A1 at
        // 1:200 the largest fixed scale that fits is 1:500.
        let err = Page::new(extent, &at(Paper::A3, Scale::OneTo500), 0.0, OUTSIDE).unwrap_err();
        let SheetError::DoesNotFit(fit) = &err else {
            panic!("{err}");
        };
        assert_eq!(
            fit.smallest_sheet,
            Some(Sheet {
                paper: Paper::A1,
                landscape: true
            })
        );
        let err = Page::new(extent, &at(Paper::A1, Scale::OneTo200), 0.0, OUTSIDE).unwrap_err();
        let SheetError::DoesNotFit(fit) = &err else {
            panic!("{err}");
        };
        assert_eq!(fit.finer_fixed, Some(Scale::OneTo500));
        // Without a sheet there is no paper to be at a scale on.
        let none = Page::new(extent, &at(Paper::Fit, Scale::OneTo500), 0.0, OUTSIDE);
        assert_eq!(none.unwrap_err(), SheetError::NoSheet(Scale::OneTo500));
    }

    #[test]
    fn enormous_floors_get_a_round_scale_that_still_fits() {
        let extent = Rect::new(0.0, 0.0, 90_000.0, 1_000.0).unwrap();
        let page = Page::new(extent, &opts(Paper::A3, true), 0.0, OUTSIDE).unwrap();
        let scale = page.scale.unwrap();
        assert!(scale > 50_000 && scale.is_multiple_of(1000));
        assert!(page.plan.w <= page.frame.unwrap().w);
    }

    #[test]
    fn fit_pages_are_in_metres_and_grow_to_hold_the_band() {
        let extent = Rect::new(10.0, 20.0, 50.0, 300.0).unwrap();
        let outside = OutsideEm {
            north: 3.0,
            sides: 1.5,
        };
        let page = Page::new(extent, &opts(Paper::Fit, true), 80.0, outside).unwrap();
        assert_eq!(page.k, 1.0);
        assert_eq!(page.scale, None);
        assert!(page.band.w >= 80.0 * page.em - 1e-9);
        assert!(page.width > extent.w());
        assert!(page.band.y >= page.plan.y + page.plan.h);
        let w: f64 = page.width_attr.parse().unwrap();
        let h: f64 = page.height_attr.parse().unwrap();
        assert_eq!(w.max(h), 2000.0);
    }
}
