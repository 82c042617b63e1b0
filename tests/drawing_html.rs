//! The HTML map in a real browser: headless Chromium loads the page, runs its script and
//! dumps the resulting DOM. Skipped (with a notice) only where no Chromium is installed;
//! CI installs Debian's `chromium`.
#![allow(clippy::unwrap_used)] // A failed unwrap in a test helper fails the test.

mod drawing_common;

use drawing_common::{BOOTHS, plan};
use expoplan::drawing::save_html;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The first Chromium or Chrome binary on the `PATH`.
fn find_chromium() -> Option<PathBuf> {
    let names = [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ];
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.map(|name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Percent-encodes everything but ASCII letters and digits (for the URL fragment).
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Loads `page` with `#search=<query>` in headless Chromium and returns the DOM after
/// the page's script ran.
fn dump_dom(chromium: &Path, page: &Path, query: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}#search={}", page.display(), percent_encode(query));
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(&url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // A safety net against a hung browser, not a measurement.
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(120) {
            child.kill().unwrap();
            panic!("chromium did not finish loading {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "chromium failed on {url}");
    String::from_utf8(output.stdout).unwrap()
}

/// The text of the element with this id (no nested elements).
fn text_of<'a>(dom: &'a str, id: &str) -> &'a str {
    let tag = format!(r#"id="{id}""#);
    let at = dom
        .find(&tag)
        .unwrap_or_else(|| panic!("no #{id} in the DOM"));
    let start = at + dom[at..].find('>').unwrap() + 1;
    let end = start + dom[start..].find('<').unwrap();
    &dom[start..end]
}

/// The opening tag of the element with this id.
fn tag_of<'a>(dom: &'a str, id: &str) -> &'a str {
    let at = dom.find(&format!(r#"id="{id}""#)).unwrap();
    let start = dom[..at].rfind('<').unwrap();
    let end = at + dom[at..].find('>').unwrap();
    &dom[start..=end]
}

#[test]
fn the_map_counts_searches_and_stays_inert_in_a_real_browser() {
    let Some(chromium) = find_chromium() else {
        eprintln!(
            "NOTICE: no chromium binary on PATH; the browser test of the HTML map is skipped"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("map.html");
    let plan = plan();
    save_html(&plan, &page).unwrap();

    // Search by Chinese exhibitor name, given in the address.
    let dom = dump_dom(&chromium, &page, "星河");
    let body = &dom[dom.find("<body").unwrap()..];
    let body_tag = &body[..body.find('>').unwrap()];
    assert!(
        body_tag.contains(r#"data-ready="1""#),
        "the script ran: {body_tag}"
    );
    assert!(
        !body_tag.contains("data-pwned"),
        "injected markup ran a script"
    );
    assert_eq!(text_of(&dom, "booth-count"), BOOTHS.len().to_string());
    assert_eq!(plan.booths.len(), BOOTHS.len());
    assert!(tag_of(&dom, "search-count").contains(r#"data-found="1""#));
    assert_eq!(text_of(&dom, "search-count"), "1 booth found");
    assert!(
        dom.contains(r#"class="booth hit" data-i="0""#),
        "A-001 is highlighted"
    );
    assert_eq!(dom.matches("booth hit").count(), 1);

    // Nothing the hostile names contain became an element.
    assert!(!dom.contains("<img"), "an <img> was created");
    assert_eq!(
        dom.matches("<script").count(),
        2,
        "only the page's own scripts"
    );

    // The hostile names are ordinary searchable text; booth numbers are found too.
    let dom = dump_dom(&chromium, &page, "pwned");
    assert_eq!(text_of(&dom, "search-count"), "2 booths found");
    assert!(dom.contains(r#"class="booth hit" data-i="1""#));
    assert!(dom.contains(r#"class="booth hit" data-i="2""#));
    let dom = dump_dom(&chromium, &page, "d-00");
    assert_eq!(text_of(&dom, "search-count"), "2 booths found");
}
