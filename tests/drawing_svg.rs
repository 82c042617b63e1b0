//! The SVG drawing: well-formed, complete, and every text stays text.
#![allow(clippy::unwrap_used)] // A failed unwrap in a test helper fails the test.

mod drawing_common;

use drawing_common::{AMP_NAME, BOOTHS, CHINESE_NAME, IMG_NAME, SCRIPT_NAME, plan};
use expoplan::drawing::{ColorBy, DrawingOptions, Paper, plan_to_svg, save_svg, write_svg};
use expoplan::fonts::CJK_FONT_NAME;
use resvg::usvg::{self, roxmltree};

/// Every text node of the document, in order.
fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| {
            n.descendants()
                .filter(|d| d.is_text())
                .filter_map(|d| d.text())
                .collect()
        })
        .collect()
}

fn a3(color_by: ColorBy) -> DrawingOptions {
    DrawingOptions {
        paper: Paper::A3,
        color_by,
        drawn_on: Some("2023-06-30".to_owned()),
        ..DrawingOptions::default()
    }
}

#[test]
fn every_paper_and_colouring_gives_a_document_usvg_accepts() {
    let plan = plan();
    for paper in [Paper::Fit, Paper::A3, Paper::A1, Paper::A0] {
        for landscape in [true, false] {
            for color_by in [ColorBy::Sector, ColorBy::Status] {
                let opts = DrawingOptions {
                    paper,
                    landscape,
                    color_by,
                    ..DrawingOptions::default()
                };
                let svg = plan_to_svg(&plan, &opts).unwrap();
                let tree = usvg::Tree::from_str(&svg, &usvg::Options::default());
                assert!(tree.is_ok(), "{paper:?} {color_by:?}: {:?}", tree.err());
            }
        }
    }
}

#[test]
fn a3_is_drawn_in_millimetres_at_a_standard_scale_with_a_title_block() {
    let svg = plan_to_svg(&plan(), &a3(ColorBy::Sector)).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let root = doc.root_element();
    assert_eq!(root.attribute("width"), Some("420mm"));
    assert_eq!(root.attribute("height"), Some("297mm"));
    assert_eq!(root.attribute("viewBox"), Some("0 0 420 297"));
    assert!(
        root.attribute("font-family")
            .unwrap()
            .starts_with(CJK_FONT_NAME)
    );
    let texts = texts(&svg);
    // 60 m x 40 m on A3: 1:200 (300 mm x 200 mm) fits above the band.
    assert!(texts.iter().any(|t| t == "1:200"), "{texts:?}");
    assert!(texts.iter().any(|t| t == "Scale 1:200"));
    assert!(texts.iter().any(|t| t == "2023-06-30"));
    assert!(texts.iter().any(|t| t == "5"), "booth count");
    assert!(texts.iter().any(|t| t.contains("世界人工智能大会")));
    assert!(
        texts
            .iter()
            .any(|t| t == "Shanghai World Expo Exhibition & Convention Center")
    );
}

#[test]
fn every_booth_number_and_the_legend_in_both_languages_are_there() {
    let plan = plan();
    let texts = texts(&plan_to_svg(&plan, &a3(ColorBy::Status)).unwrap());
    for (number, ..) in BOOTHS {
        assert!(texts.iter().any(|t| t == number), "{number} in {texts:?}");
    }
    for sector in &plan.sectors {
        let row = texts.iter().find(|t| t.contains(&sector.name_en));
        assert!(row.is_some_and(|t| t.contains(&sector.name_zh)), "{row:?}");
    }
    for status in ["available", "on hold", "reserved", "sold"] {
        assert!(texts.iter().any(|t| t == status), "{status}");
    }
    assert!(texts.iter().any(|t| t == "Forum stage 论坛"));
    assert!(texts.iter().any(|t| t == "E1 3.0 m"), "exit name and width");
    assert!(texts.iter().any(|t| t == "Hall 1"));
}

#[test]
fn hostile_and_chinese_names_stay_text() {
    let opts = DrawingOptions {
        paper: Paper::A1,
        ..DrawingOptions::default()
    };
    let svg = plan_to_svg(&plan(), &opts).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    assert!(
        !doc.descendants()
            .any(|n| n.has_tag_name("script") || n.has_tag_name("img"))
    );
    let all_text: String = texts(&svg).concat();
    // Names may be broken over lines; their characters all arrive as text.
    for name in [CHINESE_NAME, SCRIPT_NAME, IMG_NAME, AMP_NAME] {
        let squeezed: String = name.split_whitespace().collect();
        let found: String = all_text.split_whitespace().collect();
        assert!(found.contains(&squeezed), "{name} in {all_text}");
    }
    assert!(!svg.contains("<script>"));
    assert!(svg.contains("&lt;script&gt;"));
}

#[test]
fn a_fit_drawing_is_in_metres_and_without_a_scale_ratio() {
    let opts = DrawingOptions {
        title_block: false,
        ..DrawingOptions::default()
    };
    let svg = plan_to_svg(&plan(), &opts).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let view_box: Vec<f64> = doc
        .root_element()
        .attribute("viewBox")
        .unwrap()
        .split(' ')
        .map(|v| v.parse().unwrap())
        .collect();
    // The page is the 60 m hall plus margins and the legend band, in metres.
    assert!(view_box[2] > 60.0 && view_box[2] < 120.0, "{view_box:?}");
    assert!(view_box[3] > 40.0 && view_box[3] < 100.0, "{view_box:?}");
    let texts = texts(&svg);
    assert!(texts.iter().any(|t| t == "Scale"));
    assert!(!texts.iter().any(|t| t.starts_with("1:")));
    assert!(
        !doc.descendants()
            .any(|n| n.attribute("id") == Some("title-block"))
    );
}

#[test]
fn drawings_are_reproducible_and_written_whole() {
    let plan = plan();
    let opts = a3(ColorBy::Sector);
    let mut written = Vec::new();
    write_svg(&plan, &opts, &mut written).unwrap();
    assert_eq!(
        String::from_utf8(written).unwrap(),
        plan_to_svg(&plan, &opts).unwrap()
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.svg");
    save_svg(&plan, &opts, &path).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        plan_to_svg(&plan, &opts).unwrap()
    );
}
