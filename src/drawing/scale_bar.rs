//! The scale bar: a round distance in metres drawn exactly to the drawing's scale, in
//! four alternating segments, under a header such as "Scale 1:500". It is never shrunk
//! with the legend, so on a sheet its length can be measured with a ruler.

use super::measure::width_em;
use super::style;
use super::text::{Anchor, TextStyle, text};
use super::xml::num;
use std::fmt::Write as _;

/// Length the bar aims for on paper, mm (it is rounded down to a round distance).
const TARGET_MM: f64 = 50.0;
/// Size of the distance labels, em.
const LABEL_EM: f64 = 0.8;

/// A round distance in metres (1, 2 or 5 times a power of ten) no longer than `max_m`.
pub fn round_distance(max_m: f64) -> f64 {
    if !(max_m.is_finite() && max_m > 0.0) {
        return 1.0;
    }
    let power = 10f64.powf(max_m.log10().floor());
    [5.0, 2.0, 1.0]
        .into_iter()
        .map(|f| f * power)
        .find(|d| *d <= max_m * (1.0 + 1e-9))
        .unwrap_or(power)
}

/// The scale bar of one drawing, ready to be placed.
#[derive(Debug, Clone, PartialEq)]
pub struct ScaleBar {
    /// The distance the bar stands for, metres.
    length_m: f64,
    /// Page units per metre of floor.
    k: f64,
    /// The header, e.g. "Scale 1:500".
    header: String,
}

impl ScaleBar {
    /// The bar for `k` page units per metre and `mm` page units per paper millimetre,
    /// at 1:`scale` (`None`: a drawing not on a sheet).
    pub fn new(k: f64, mm: f64, scale: Option<u32>) -> ScaleBar {
        ScaleBar {
            length_m: round_distance(TARGET_MM * mm / k),
            k,
            header: scale.map_or_else(|| "Scale".to_owned(), |n| format!("Scale 1:{n}")),
        }
    }

    /// Length of the bar in page units: exactly its distance at the drawing's scale.
    pub fn length(&self) -> f64 {
        self.length_m * self.k
    }

    /// Width the bar and its labels take, page units, for base text size `em`.
    pub fn width(&self, em: f64) -> f64 {
        let last = width_em(&self.end_label()) * LABEL_EM * em;
        (self.length() + 0.5 * last + 0.5 * em).max(width_em(&self.header) * 0.9 * em)
    }

    fn end_label(&self) -> String {
        format!("{} m", num(self.length_m))
    }

    /// Draws the bar with its header's top-left corner at (`x`, `y`).
    pub fn write(&self, out: &mut String, x: f64, y: f64, em: f64) {
        let _ = write!(out, r#"<g id="scale-bar">"#);
        let header = TextStyle::new(0.9 * em, style::INK);
        text(out, x, y + 1.0 * em, &header, &self.header);
        let length = self.length();
        let (top, h) = (y + 2.6 * em, 0.6 * em);
        for i in 0..4 {
            let fill = if i % 2 == 0 { "#222222" } else { "#ffffff" };
            let _ = write!(
                out,
                r##"<rect x="{}" y="{}" width="{}" height="{}" fill="{fill}" stroke="#222222" stroke-width="{}"/>"##,
                num(x + length * f64::from(i) / 4.0),
                num(top),
                num(length / 4.0),
                num(h),
                num(0.06 * em),
            );
        }
        let label = TextStyle::new(LABEL_EM * em, style::INK).anchor(Anchor::Middle);
        let base = top + h + 1.1 * em;
        text(out, x, base, &label, "0");
        text(
            out,
            x + length / 2.0,
            base,
            &label,
            &num(self.length_m / 2.0),
        );
        text(out, x + length, base, &label, &self.end_label());
        out.push_str("</g>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_distances_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(round_distance(37.0), 20.0);
        assert_eq!(round_distance(50.0), 50.0);
        assert_eq!(round_distance(9.99), 5.0);
        assert_eq!(round_distance(0.3), 0.2);
        assert_eq!(round_distance(1000.0), 1000.0);
        assert_eq!(round_distance(f64::NAN), 1.0);
    }

    #[test]
    fn at_1_to_500_the_bar_is_two_millimetres_a_metre() {
        // On a sheet page units are mm: 1:500 is 2 mm per metre.
        let bar = ScaleBar::new(2.0, 1.0, Some(500));
        assert_eq!(bar.length_m, 20.0);
        assert!((bar.length() - 40.0).abs() < 1e-12);
        let mut out = String::new();
        bar.write(&mut out, 10.0, 0.0, 3.2);
        assert!(
            out.contains(">Scale 1:500<") && out.contains(">20 m<"),
            "{out}"
        );
        assert!(!out.contains("scale("), "never shrunk");
        assert!(bar.width(3.2) >= bar.length());
    }
}
