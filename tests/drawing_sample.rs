//! Drawings of the built-in WAIC 2023 sample (489 booths in three halls).
#![allow(clippy::unwrap_used)] // A failed unwrap in a test helper fails the test.

use expoplan::drawing::{
    ColorBy, DrawingOptions, Paper, pdf_bytes, plan_to_html, plan_to_svg, render_png,
};
use expoplan::generate::waic_2023;
use resvg::tiny_skia::Pixmap;
use resvg::usvg::roxmltree;

#[test]
fn the_a3_drawing_has_a_scale_legend_and_title_block_for_the_sample() {
    let plan = waic_2023();
    let opts = DrawingOptions {
        paper: Paper::A3,
        ..DrawingOptions::default()
    };
    let svg = plan_to_svg(&plan, &opts).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    let scale = texts.iter().find(|t| t.starts_with("Scale 1:")).unwrap();
    let n: u32 = scale["Scale 1:".len()..].parse().unwrap();
    assert!((500..=2_500).contains(&n), "{scale}");
    assert!(texts.contains(&plan.booths.len().to_string().as_str()));
    for sector in &plan.sectors {
        assert!(texts.iter().any(|t| t.contains(sector.name_zh.as_str())));
    }
    // At this scale most booths are large enough for their number.
    let shown = plan
        .booths
        .iter()
        .filter(|b| texts.contains(&b.number.as_str()))
        .count();
    assert!(shown * 10 >= plan.booths.len() * 9, "{shown} numbers shown");
}

#[test]
fn the_png_shows_every_sector_and_the_pdf_is_a1() {
    let plan = waic_2023();
    let opts = DrawingOptions {
        paper: Paper::A1,
        ..DrawingOptions::default()
    };
    let pixmap = Pixmap::decode_png(&render_png(&plan, &opts, 1600).unwrap()).unwrap();
    for sector in &plan.sectors {
        let tint = sector
            .color
            .map(|c| ((f64::from(c) + 255.0) / 2.0).round() as u8);
        let n = pixmap
            .pixels()
            .iter()
            .filter(|p| [p.red(), p.green(), p.blue()] == tint)
            .count();
        assert!(n > 1_000, "{}: {n} pixels", sector.name_en);
    }
    let pdf = pdf_bytes(&plan, &opts).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.contains("/MediaBox [0 0 2383.9"), "A1 landscape");
    let status = DrawingOptions {
        color_by: ColorBy::Status,
        ..opts
    };
    assert!(pdf_bytes(&plan, &status).unwrap().starts_with(b"%PDF"));
}

#[test]
fn the_html_map_carries_every_booth() {
    let plan = waic_2023();
    let html = plan_to_html(&plan);
    for booth in &plan.booths {
        assert!(
            html.contains(&format!(r#""number":"{}""#, booth.number)),
            "{}",
            booth.number
        );
    }
    assert_eq!(
        html.matches(r#"<g class="booth""#).count(),
        plan.booths.len()
    );
}
