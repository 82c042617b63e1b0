//! The whole drawing as one SVG document.

use super::booths::write_booths;
use super::floor::{outside_em, write_defs, write_ground, write_obstacles, write_walls_and_exits};
use super::legend::{GAP_EM, Legend};
use super::page::{Area, OutsideEm, Page};
use super::scale_bar::ScaleBar;
use super::title_block::{self, TitleInfo, write_title_block};
use super::xml::{escape, num};
use super::{DrawingOptions, SheetError};
use crate::fonts::CJK_FONT_NAME;
use crate::model::{Outline, Plan, Rect};
use std::convert::Infallible;
use std::fmt::Write as _;

/// Fonts the browser may use for the HTML map (it does not get the bundled font).
const BROWSER_FONTS: &str = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";

/// Which document to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    /// A standalone SVG file set in the bundled font.
    File,
    /// Markup to inline into the HTML map: no XML declaration, no fixed size, booths
    /// wrapped in groups the page's script finds, browser fonts.
    Inline,
}

/// The floor's extent: the halls, or without halls everything else, or a 10 m square.
fn extent(plan: &Plan) -> Rect {
    if let Some(extent) = plan.extent() {
        return extent;
    }
    let rects = plan
        .booths
        .iter()
        .map(|b| b.rect)
        .chain(plan.obstacles.iter().map(|o| o.rect))
        .chain(
            plan.sectors
                .iter()
                .flat_map(|s| s.regions.iter().map(Outline::bounds)),
        );
    rects
        .reduce(|a, b| a.union(&b))
        .or_else(|| Rect::new(0.0, 0.0, 10.0, 10.0).ok())
        .unwrap_or_else(|| unreachable!("a 10 m square is a valid rectangle"))
}

/// A built drawing and where the floor sits on its page.
pub struct Drawing {
    /// The SVG markup.
    pub svg: String,
    /// Page position of the floor's origin (x = 0, y = 0 in metres).
    pub origin: (f64, f64),
    /// Page units per metre.
    pub k: f64,
}

/// Builds the drawing of `plan` on the page `opts` asks for. Fails when a fixed scale
/// is asked for that the sheet cannot hold.
pub fn svg_document(
    plan: &Plan,
    opts: &DrawingOptions,
    flavor: Flavor,
) -> Result<Drawing, SheetError> {
    draw(plan, opts, flavor, |extent, band_w, outside| {
        Page::new(extent, opts, band_w, outside)
    })
}

/// Builds the drawing of `plan` on a page around the floor (for the HTML map), which
/// always succeeds: `opts.paper` and `opts.scale` are not read.
pub fn fit_document(plan: &Plan, opts: &DrawingOptions, flavor: Flavor) -> Drawing {
    let Ok(drawing) = draw(plan, opts, flavor, |extent, band_w, outside| {
        Ok::<_, Infallible>(Page::fit(extent, band_w, outside))
    });
    drawing
}

/// Builds the drawing of `plan` on the page `layout` makes for the floor's extent, the
/// band's natural width in em and the room outside the walls.
fn draw<E>(
    plan: &Plan,
    opts: &DrawingOptions,
    flavor: Flavor,
    layout: impl Fn(Rect, f64, OutsideEm) -> Result<Page, E>,
) -> Result<Drawing, E> {
    let extent = extent(plan);
    let outside = outside_em(plan);
    let probe = layout(extent, 0.0, outside)?;
    let legend = Legend::new(plan, opts.color_by);
    let bar = ScaleBar::new(probe.k, probe.mm, probe.scale);
    let title_w_em = if opts.title_block {
        title_block::WIDTH_EM + GAP_EM
    } else {
        0.0
    };
    let band_w = legend.width_em() + GAP_EM + bar.width(probe.em) / probe.em + title_w_em + 2.0;
    let page = layout(extent, band_w, outside)?;
    // The bar is measured in the units of the final page (the Fit page's em may differ).
    let bar = ScaleBar::new(page.k, page.mm, page.scale);

    let mut out = String::with_capacity(4096 + plan.booths.len() * 400);
    let (w, h) = (num(page.width), num(page.height));
    match flavor {
        Flavor::File => {
            out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            let _ = write!(
                out,
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {w} {h}" font-family="{CJK_FONT_NAME}, sans-serif">"#,
                page.width_attr, page.height_attr,
            );
        }
        Flavor::Inline => {
            let _ = write!(
                out,
                r#"<svg xmlns="http://www.w3.org/2000/svg" id="floor" viewBox="0 0 {w} {h}" font-family="{BROWSER_FONTS}">"#,
            );
        }
    }
    if flavor == Flavor::File {
        // In the HTML map a title would be a tooltip over the whole floor.
        let _ = write!(out, "<title>{}</title>", escape(plan.meta.name.trim()));
    }
    write_defs(&mut out, &page);
    let _ = write!(
        out,
        r##"<rect id="paper" width="{w}" height="{h}" fill="#ffffff"/>"##
    );
    if let Some(frame) = page.frame {
        let _ = write!(
            out,
            r##"<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="#222222" stroke-width="{}"/>"##,
            num(frame.x),
            num(frame.y),
            num(frame.w),
            num(frame.h),
            num(0.35 * page.mm),
        );
    }

    let tx = page.plan.x - page.extent.x() * page.k;
    let ty = page.plan.y - page.extent.y() * page.k;
    let _ = write!(
        out,
        r#"<g id="plan" transform="translate({} {}) scale({})">"#,
        num(tx),
        num(ty),
        page.k,
    );
    write_ground(&mut out, plan);
    write_obstacles(&mut out, plan, &page);
    super::exits::write_clear_zones(&mut out, plan, &page);
    write_booths(
        &mut out,
        plan,
        &page,
        opts.color_by,
        flavor == Flavor::Inline,
    );
    write_walls_and_exits(&mut out, plan, &page);
    out.push_str("</g>");

    let em = page.em;
    let band = page.band;
    let title_w = if opts.title_block {
        title_block::WIDTH_EM * em
    } else {
        0.0
    };
    let bar_w = bar.width(em);
    let title_gap = if opts.title_block { GAP_EM * em } else { 0.0 };
    let bar_x = band.x + band.w - title_w - title_gap - bar_w;
    let legend_area = Area {
        x: band.x + em,
        y: band.y + 0.3 * em,
        w: (bar_x - GAP_EM * em - band.x - em).max(em),
        h: band.h,
    };
    legend.write(&mut out, legend_area, em);
    bar.write(&mut out, bar_x, band.y + 0.3 * em, em);
    if opts.title_block {
        let info = TitleInfo::new(plan, page.scale, opts);
        let area = Area {
            x: band.x + band.w - title_w,
            y: band.y,
            w: title_w,
            h: band.h,
        };
        write_title_block(&mut out, &info, area, em);
    }
    out.push_str("</svg>\n");
    Ok(Drawing {
        svg: out,
        origin: (tx, ty),
        k: page.k,
    })
}
