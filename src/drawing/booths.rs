//! Booths: outline, fill, and a label (booth number, exhibitor name) sized to fit.

use super::ColorBy;
use super::floor::rect;
use super::measure::{width_em, wrap};
use super::page::Page;
use super::style;
use super::text::{Anchor, TextStyle, text};
use super::xml::{hex, num};
use crate::model::Plan;
use std::fmt::Write as _;

/// Line height as a multiple of the font size.
const LINE: f64 = 1.2;
/// From the centre of a line to its baseline, as a multiple of the font size.
const BASELINE_BELOW_CENTRE: f64 = 0.36;
/// Most lines an exhibitor name is broken into.
const MAX_NAME_LINES: usize = 3;

/// Smallest and largest text sizes for booth labels, in metres of floor.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Smallest legible booth number.
    pub min_number: f64,
    /// Largest booth number.
    pub max_number: f64,
    /// Smallest legible exhibitor name.
    pub min_name: f64,
    /// Largest exhibitor name.
    pub max_name: f64,
}

impl Limits {
    /// Limits for a page: numbers 0.7–3 mm and names 1–4 mm on paper. A zoomable
    /// drawing (`interactive`) keeps text down to a third of that.
    pub fn for_page(page: &Page, interactive: bool) -> Limits {
        let mpm = page.m_per_mm();
        let min = if interactive { 1.0 / 3.0 } else { 1.0 };
        Limits {
            min_number: 0.7 * mpm * min,
            max_number: 3.0 * mpm,
            min_name: 1.0 * mpm * min,
            max_name: 4.0 * mpm,
        }
    }
}

/// A booth's label: lines of text with their sizes, read from top to bottom, possibly
/// turned a quarter to run up a tall narrow booth.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// Each line and its font size in metres.
    pub lines: Vec<(String, f64)>,
    /// Whether the label runs bottom-to-top (rotated −90°).
    pub rotated: bool,
}

impl Label {
    /// Total height of the lines.
    fn height(&self) -> f64 {
        self.lines.iter().map(|(_, size)| size * LINE).sum()
    }

    /// The exhibitor name's font size, or 0 without a name.
    fn name_size(&self) -> f64 {
        self.lines.get(1).map_or(0.0, |(_, size)| *size)
    }
}

/// Lays out `number` and `name` in a `w` × `h` box (metres): the number on top, the
/// name below on up to three lines, both as large as fits within `limits`. The name is
/// left out when it would be smaller than `limits.min_name`; `None` when even the
/// number would be too small to read.
pub fn layout_label(number: &str, name: &str, w: f64, h: f64, limits: &Limits) -> Option<Label> {
    let upright = layout_in(number, name, w, h, limits);
    if h <= w * 1.5 {
        return upright;
    }
    let turned = layout_in(number, name, h, w, limits).map(|mut label| {
        label.rotated = true;
        label
    });
    match (upright, turned) {
        (Some(a), Some(b)) => {
            let key = |l: &Label| (l.lines.len() > 1, l.name_size().max(l.lines[0].1));
            let (ka, kb) = (key(&a), key(&b));
            Some(if kb.0 && !ka.0 || (ka.0 == kb.0 && kb.1 > ka.1) {
                b
            } else {
                a
            })
        }
        (a, b) => a.or(b),
    }
}

/// [`layout_label`] without considering rotation.
fn layout_in(number: &str, name: &str, w: f64, h: f64, limits: &Limits) -> Option<Label> {
    let pad = 0.08 * w.min(h);
    let (bw, bh) = (w - 2.0 * pad, h - 2.0 * pad);
    let number = number.trim();
    let name = name.trim();
    if bw <= 0.0 || bh <= 0.0 || number.is_empty() && name.is_empty() {
        return None;
    }
    let number_cap = (bw / width_em(number).max(0.5)).min(limits.max_number);
    if !name.is_empty() {
        let best = (1..=MAX_NAME_LINES)
            .map(|n| wrap(name, n))
            .map(|lines| {
                let widest = lines.iter().map(|l| width_em(l)).fold(0.1, f64::max);
                let name_cap = (bw / widest).min(limits.max_name);
                let (number_size, name_size) =
                    share_height(number_cap, name_cap, lines.len(), bh, number.is_empty());
                (lines, number_size, name_size)
            })
            .fold(
                None,
                |best: Option<(Vec<String>, f64, f64)>, candidate| match best {
                    Some(b) if b.2 >= candidate.2 => Some(b),
                    _ => Some(candidate),
                },
            );
        if let Some((lines, number_size, name_size)) = best
            && name_size >= limits.min_name
            && (number.is_empty() || number_size >= limits.min_number)
        {
            let mut label = Vec::with_capacity(lines.len() + 1);
            if !number.is_empty() {
                label.push((number.to_owned(), number_size));
            }
            label.extend(lines.into_iter().map(|line| (line, name_size)));
            return Some(Label {
                lines: label,
                rotated: false,
            });
        }
    }
    if number.is_empty() {
        return None;
    }
    let size = number_cap.min(bh / LINE);
    (size >= limits.min_number).then(|| Label {
        lines: vec![(number.to_owned(), size)],
        rotated: false,
    })
}

/// Sizes for the number and a name of `name_lines` lines in a box `height` high, the
/// number at most `number_cap` and the name at most `name_cap`: both grow together
/// (the name never larger than the number unless the number has hit its cap) until the
/// lines fill the height or both reach their caps. Without a number its size is 0.
fn share_height(
    number_cap: f64,
    name_cap: f64,
    name_lines: usize,
    height: f64,
    no_number: bool,
) -> (f64, f64) {
    let sizes = |t: f64| {
        let number = if no_number { 0.0 } else { number_cap.min(t) };
        (number, name_cap.min(t))
    };
    let fits = |t: f64| {
        let (number, name) = sizes(t);
        LINE * (number + name_lines as f64 * name) <= height
    };
    // The total height grows with t: bisect for the largest t that fits.
    let (mut lo, mut hi) = (0.0, height / LINE);
    if fits(hi) {
        return sizes(hi);
    }
    for _ in 0..40 {
        let mid = (lo + hi) / 2.0;
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    sizes(lo)
}

/// Writes `label` centred on (`cx`, `cy`).
fn write_label(out: &mut String, label: &Label, cx: f64, cy: f64) {
    if label.rotated {
        let _ = write!(
            out,
            r#"<g transform="rotate(-90 {} {})">"#,
            num(cx),
            num(cy)
        );
    }
    let mut y = cy - label.height() / 2.0;
    for (line, size) in &label.lines {
        let style = TextStyle::new(*size, style::INK).anchor(Anchor::Middle);
        text(
            out,
            cx,
            y + size * LINE / 2.0 + size * BASELINE_BELOW_CENTRE,
            &style,
            line,
        );
        y += size * LINE;
    }
    if label.rotated {
        out.push_str("</g>");
    }
}

/// Writes every booth: its rectangle, then its label. With `interactive`, each booth is
/// a `<g class="booth" data-i="…">` (its index in `plan.booths`) for the HTML map.
pub fn write_booths(
    out: &mut String,
    plan: &Plan,
    page: &Page,
    color_by: ColorBy,
    interactive: bool,
) {
    let limits = Limits::for_page(page, interactive);
    let line = style::BOOTH_LINE_MM * page.m_per_mm();
    out.push_str(r#"<g id="booths">"#);
    for (i, booth) in plan.booths.iter().enumerate() {
        if interactive {
            let _ = write!(out, r#"<g class="booth" data-i="{i}">"#);
        }
        let fill = hex(style::booth_fill(plan, booth, color_by));
        let stroke = style::booth_stroke(plan, booth);
        rect(out, &booth.rect, &fill, Some((stroke, line)), "");
        let r = booth.rect;
        let name = plan.exhibitor_name(booth);
        if let Some(label) = layout_label(&booth.number, name, r.w(), r.h(), &limits) {
            let c = r.center();
            write_label(out, &label, c.x, c.y);
        }
        if interactive {
            out.push_str("</g>");
        }
    }
    out.push_str("</g>");
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits {
        min_number: 0.35,
        max_number: 1.5,
        min_name: 0.5,
        max_name: 2.0,
    };

    fn fits(label: &Label, w: f64, h: f64) -> bool {
        let (w, h) = if label.rotated { (h, w) } else { (w, h) };
        label.height() <= h + 1e-9
            && label
                .lines
                .iter()
                .all(|(line, size)| width_em(line) * size <= w + 1e-9)
    }

    #[test]
    fn a_large_booth_shows_number_and_name_and_both_fit() {
        let label = layout_label("A-012", "星河智能科技", 9.0, 6.0, &LIMITS).unwrap();
        assert_eq!(label.lines[0].0, "A-012");
        assert_eq!(
            label.lines[1..]
                .iter()
                .map(|l| l.0.as_str())
                .collect::<String>(),
            "星河智能科技"
        );
        assert!(fits(&label, 9.0, 6.0));
        assert!(!label.rotated);
    }

    #[test]
    fn a_small_booth_drops_the_name_before_the_number() {
        let label = layout_label(
            "A-012",
            "Shanghai Galaxy Intelligent Technology Co., Ltd.",
            3.0,
            3.0,
            &LIMITS,
        )
        .unwrap();
        assert_eq!(label.lines.len(), 1, "{label:?}");
        assert_eq!(label.lines[0].0, "A-012");
        assert!(fits(&label, 3.0, 3.0));
    }

    #[test]
    fn the_name_is_never_larger_than_a_number_that_could_grow() {
        // Wide and shallow: the height is shared, so both get the same size.
        let label = layout_label("A-001", "澄溪智能", 3.0, 1.6, &LIMITS).unwrap();
        assert_eq!(label.lines.len(), 2, "{label:?}");
        assert!(
            (label.lines[0].1 - label.lines[1].1).abs() < 1e-6,
            "{label:?}"
        );
        // Large: the number stops at its cap, the name may go on to its own.
        let label = layout_label("A-061", "杳峦智能", 12.0, 9.0, &LIMITS).unwrap();
        assert_eq!(label.lines[0].1, LIMITS.max_number);
        assert_eq!(label.lines[1].1, LIMITS.max_name);
    }

    #[test]
    fn a_tiny_booth_gets_no_label() {
        assert_eq!(layout_label("A-012", "X", 0.5, 0.5, &LIMITS), None);
    }

    #[test]
    fn a_tall_narrow_booth_turns_its_label() {
        let label = layout_label("B-101", "智能终端实验室", 2.0, 12.0, &LIMITS).unwrap();
        assert!(label.rotated);
        assert!(label.lines.len() >= 2);
        assert!(fits(&label, 2.0, 12.0));
    }

    #[test]
    fn text_never_exceeds_the_largest_size() {
        let label = layout_label("1", "A", 100.0, 100.0, &LIMITS).unwrap();
        assert!(label.lines[0].1 <= LIMITS.max_number);
        assert!(label.lines[1].1 <= LIMITS.max_name);
    }

    proptest::proptest! {
        #[test]
        fn any_label_fits_its_booth(
            w in 0.5f64..40.0,
            h in 0.5f64..40.0,
            name in "[a-zA-Z 星河智能科技]{0,30}",
        ) {
            if let Some(label) = layout_label("C-001", &name, w, h, &LIMITS) {
                proptest::prop_assert!(fits(&label, w, h), "{label:?} in {w} x {h}");
                proptest::prop_assert!(label.lines.iter().all(|(_, s)| *s >= LIMITS.min_number));
            }
        }
    }
}
