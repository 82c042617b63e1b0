//! The interactive floor map: one self-contained HTML file (inline SVG, style, script
//! and data; nothing loaded from the network; the browser's own fonts).

use super::svg::{Flavor, fit_document};
use super::xml::escape;
use super::{ColorBy, DrawingError, DrawingOptions, save_bytes};
use crate::model::Plan;
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// The page's style sheet.
const STYLE: &str = include_str!("map.css");
/// The page's script: pan and zoom, search, hover cards.
const SCRIPT: &str = include_str!("map.js");

/// What the page knows about one booth (in the order of `plan.booths`, matching the
/// `data-i` of its group in the SVG).
#[derive(Debug, Serialize)]
struct BoothCard<'a> {
    number: &'a str,
    exhibitor: &'a str,
    sector: String,
    size: String,
    area: String,
    status: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    /// Page position and size, for zooming to search hits.
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

/// A number of metres for people: at most two decimals, no trailing zeros.
fn metres(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The booth cards as JSON that is safe inside a `<script>` element: `<`, `>` and `&`
/// (and the JavaScript line separators) are written as `\u` escapes, so no name can
/// close the element or open a comment.
fn booth_json(plan: &Plan, origin: (f64, f64), k: f64) -> String {
    let report = crate::rules::validate(plan);
    let cards: Vec<BoothCard<'_>> = plan
        .booths
        .iter()
        .map(|b| {
            let r = b.rect;
            BoothCard {
                number: &b.number,
                exhibitor: plan.exhibitor_name(b),
                sector: plan.sector(b.sector).map_or_else(String::new, |s| {
                    format!("{} {}", s.name_en.trim(), s.name_zh.trim())
                        .trim()
                        .to_owned()
                }),
                size: format!("{} × {} m", metres(r.w()), metres(r.h())),
                area: format!("{} m²", metres(r.area())),
                status: b.status.label(),
                kind: report.booth_type(b.id).map_or("", |t| t.label()),
                x: origin.0 + r.x() * k,
                y: origin.1 + r.y() * k,
                w: r.w() * k,
                h: r.h() * k,
            }
        })
        .collect();
    // Serialising plain strings and finite numbers cannot fail; an empty list is the
    // harmless fallback.
    let json = serde_json::to_string(&cards).unwrap_or_else(|_| "[]".to_owned());
    script_safe(&json)
}

/// Escapes the characters that could end a `<script>` element or confuse a JavaScript
/// parser. Valid JSON stays valid: they can only occur inside strings.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// The interactive map of `plan` as one HTML document.
pub fn plan_to_html(plan: &Plan) -> String {
    let opts = DrawingOptions {
        color_by: ColorBy::Sector,
        title_block: false,
        ..DrawingOptions::default()
    };
    let drawing = fit_document(plan, &opts, Flavor::Inline);
    let meta = &plan.meta;
    let heading = [meta.event.trim(), meta.name.trim()]
        .into_iter()
        .find(|s| !s.is_empty())
        .unwrap_or("Floor plan");
    let facts: Vec<&str> = [meta.venue.trim(), meta.dates.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let mut facts = escape(&facts.join(" · "));
    if !facts.is_empty() {
        facts.push_str(" · ");
    }
    let json = booth_json(plan, drawing.origin, drawing.k);
    format!(
        r#"<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>{title}</title>
<style>
{STYLE}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<span class="facts">{facts}<span id="booth-count">{count}</span> booths</span>
<div class="tools">
<input id="search" type="search" placeholder="Exhibitor or booth number" aria-label="Find an exhibitor or a booth" autocomplete="off">
<span id="search-count" aria-live="polite"></span>
<button id="zoom-in" type="button" title="Zoom in">+</button>
<button id="zoom-out" type="button" title="Zoom out">−</button>
<button id="zoom-reset" type="button" title="Show the whole floor">Reset</button>
</div>
</header>
<main>
{svg}</main>
<div id="card" role="tooltip" hidden></div>
<script type="application/json" id="booth-data">{json}</script>
<script>
{SCRIPT}</script>
</body>
</html>
"#,
        title = escape(heading),
        count = plan.booths.len(),
        svg = drawing.svg,
    )
}

/// Writes [`plan_to_html`] to `out`.
pub fn write_html(plan: &Plan, mut out: impl Write) -> Result<(), DrawingError> {
    out.write_all(plan_to_html(plan).as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Saves [`plan_to_html`] to `path`, replacing the file atomically.
pub fn save_html(plan: &Plan, path: &Path) -> Result<(), DrawingError> {
    save_bytes(path, plan_to_html(plan).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Booth, BoothId, BoothStatus, Exhibitor, ExhibitorId, Rect, SectorId};

    fn plan_with(name: &str) -> Plan {
        let mut plan = Plan::empty("Test", 30.0, 20.0).unwrap();
        plan.exhibitors.push(Exhibitor::new(ExhibitorId(1), name));
        plan.booths.push(Booth {
            id: BoothId(1),
            number: "A-001".to_owned(),
            rect: Rect::new(2.0, 2.0, 6.0, 3.0).unwrap(),
            sector: SectorId(1),
            exhibitor: Some(ExhibitorId(1)),
            status: BoothStatus::Sold,
            price: 0.0,
            notes: String::new(),
            locked: false,
        });
        plan
    }

    /// The text of the JSON data block.
    fn data_block(html: &str) -> &str {
        let start = html.find(r#"id="booth-data">"#).unwrap() + r#"id="booth-data">"#.len();
        let end = start + html[start..].find("</script>").unwrap();
        &html[start..end]
    }

    #[test]
    fn a_script_in_a_name_cannot_close_the_data_block() {
        let hostile = "</script><script>alert(1)</script><!-- & \u{2028}";
        let html = plan_to_html(&plan_with(hostile));
        let data = data_block(&html);
        assert!(!data.contains('<') && !data.contains('>') && !data.contains('&'));
        let cards: serde_json::Value = serde_json::from_str(data).unwrap();
        assert_eq!(cards[0]["exhibitor"], hostile);
        assert_eq!(cards[0]["number"], "A-001");
        assert_eq!(cards[0]["area"], "18 m²");
        assert_eq!(cards[0]["size"], "6 × 3 m");
        // Only our two script elements exist; the name appears escaped in the drawing.
        assert_eq!(html.matches("<script").count(), 2);
        assert!(!html.contains("<script>alert"));
    }

    #[test]
    fn markup_in_names_and_meta_is_escaped_in_the_page() {
        let mut plan = plan_with(r#"<img src=x onerror="window.__pwned=1">"#);
        plan.meta.event = "<b>Expo</b> & Co".to_owned();
        let html = plan_to_html(&plan);
        assert!(!html.contains("<img"));
        assert!(!html.contains("<b>Expo"));
        assert!(html.contains("&lt;b&gt;Expo&lt;/b&gt; &amp; Co"));
    }

    #[test]
    fn the_page_is_self_contained() {
        let html = plan_to_html(&plan_with("星河智能"));
        for outside in ["http://", "https://", "src=", "@import", "url(http"] {
            let allowed = html.matches("http://www.w3.org/2000/svg").count();
            let found = html.matches(outside).count();
            if outside == "http://" {
                assert_eq!(found, allowed, "only the SVG namespace");
            } else {
                assert_eq!(found, 0, "{outside}");
            }
        }
        assert!(html.contains(r#"<span id="booth-count">1</span>"#));
        assert!(!STYLE.contains("</style") && !SCRIPT.contains("</script"));
        assert!(
            html.len() < 100_000,
            "no font embedded: {} bytes",
            html.len()
        );
    }

    #[test]
    fn booth_positions_are_given_in_page_units() {
        let plan = plan_with("X");
        let drawing = fit_document(&plan, &DrawingOptions::default(), Flavor::Inline);
        let cards: serde_json::Value =
            serde_json::from_str(&booth_json(&plan, drawing.origin, drawing.k)).unwrap();
        let x = cards[0]["x"].as_f64().unwrap();
        assert!((x - (drawing.origin.0 + 2.0 * drawing.k)).abs() < 1e-9);
        assert_eq!(cards[0]["type"], "island");
    }
}
