//! Small things several panels share: a cache that follows the document revision,
//! which booths each exhibitor has, how to frame things on the floor, number formats and
//! severity colours.

use crate::document::Document;
use crate::model::{
    BoothId, BoothStatus, ElementId, ExhibitorId, Hall, Outline, Plan, Rect, SectorId,
};
use crate::rules::Severity;
use crate::ui::i18n::{Key, Lang, terms, tr};
use std::collections::HashMap;

/// A value derived from the document and some view settings, rebuilt only when the
/// document revision or the settings change.
#[derive(Debug, Default)]
pub struct Cached<K, V> {
    key: Option<(u64, K)>,
    value: V,
}

impl<K: PartialEq + Clone, V> Cached<K, V> {
    /// The value for `revision` and `key`, built with `build` when either changed.
    pub fn get(&mut self, revision: u64, key: &K, build: impl FnOnce() -> V) -> &V {
        let fresh = self
            .key
            .as_ref()
            .is_some_and(|(r, k)| *r == revision && k == key);
        if !fresh {
            self.value = build();
            self.key = Some((revision, key.clone()));
        }
        &self.value
    }

    /// The value last built, whatever it was built for.
    pub fn last(&self) -> &V {
        &self.value
    }
}

/// Which booths each exhibitor has, for one revision of the plan.
#[derive(Debug, Default)]
pub struct Placements {
    by_exhibitor: Cached<(), HashMap<ExhibitorId, Vec<BoothId>>>,
}

impl Placements {
    /// Brings the map up to date with the document.
    pub fn refresh(&mut self, doc: &Document) {
        self.by_exhibitor.get(doc.revision(), &(), || {
            let mut map: HashMap<ExhibitorId, Vec<BoothId>> = HashMap::new();
            for booth in &doc.plan().booths {
                if let Some(e) = booth.exhibitor {
                    map.entry(e).or_default().push(booth.id);
                }
            }
            map
        });
    }

    /// The booths of exhibitor `id`, by booth id (as of the last refresh).
    pub fn booths_of(&self, id: ExhibitorId) -> &[BoothId] {
        self.by_exhibitor.last().get(&id).map_or(&[], Vec::as_slice)
    }
}

/// Whether `hay` contains `needle` (already lower case), ignoring case. Allocates only
/// for text with upper-case letters in it (Chinese has none).
pub fn contains_folded(hay: &str, needle: &str) -> bool {
    hay.contains(needle)
        || (hay.chars().any(char::is_uppercase) && hay.to_lowercase().contains(needle))
}

/// The floor to show for `rect`: the rectangle with room around it, at least 40 m wide,
/// so a single booth is shown among its neighbours rather than filling the canvas.
pub fn frame_around(rect: Rect) -> Rect {
    let margin = ((40.0 - rect.w().max(rect.h())) / 2.0).max(4.0);
    rect.expanded(margin).unwrap_or(rect)
}

/// The floor a list of plan elements covers: booths, obstacles, sectors, halls and the
/// halls of exits; `None` when none of them has a place on the floor.
pub fn extent_of(plan: &Plan, ids: &[ElementId]) -> Option<Rect> {
    ids.iter()
        .flat_map(|id| -> Vec<Rect> {
            match id {
                ElementId::Booth(b) => plan.booth(*b).map(|b| b.rect).into_iter().collect(),
                ElementId::Obstacle(o) => plan.obstacle(*o).map(|o| o.rect).into_iter().collect(),
                ElementId::Sector(s) => plan
                    .sector(*s)
                    .map(|s| s.regions.iter().map(Outline::bounds).collect())
                    .unwrap_or_default(),
                ElementId::Hall(h) => plan.hall(*h).map(Hall::bounds).into_iter().collect(),
                ElementId::Exit(e) => plan
                    .exits
                    .iter()
                    .find(|x| x.id == *e)
                    .and_then(|x| plan.hall(x.hall))
                    .map(Hall::bounds)
                    .into_iter()
                    .collect(),
                ElementId::Exhibitor(_) => Vec::new(),
            }
        })
        .reduce(|a, b| a.union(&b))
}

/// A labelled choice of sector for a filter ("All sectors" for none).
pub fn sector_filter(
    ui: &mut egui::Ui,
    id_salt: &str,
    value: &mut Option<SectorId>,
    plan: &Plan,
    lang: Lang,
) {
    let label = ui.label(tr(lang, Key::Sector)).id;
    let name = |s: &crate::model::Sector| format!("{} {}", s.code, lang.sector_name(s));
    let current = value
        .and_then(|s| plan.sector(s))
        .map_or_else(|| tr(lang, Key::AllSectors).to_owned(), name);
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(current)
        .truncate()
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, tr(lang, Key::AllSectors));
            for s in &plan.sectors {
                ui.selectable_value(value, Some(s.id), name(s));
            }
        })
        .response
        .labelled_by(label);
}

/// A labelled choice of sales status for a filter ("All statuses" for none).
pub fn status_filter(
    ui: &mut egui::Ui,
    id_salt: &str,
    value: &mut Option<BoothStatus>,
    lang: Lang,
) {
    let label = ui.label(tr(lang, Key::Status)).id;
    let current = value.map_or(tr(lang, Key::AllStatuses), |s| terms::status(lang, s));
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(current)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, tr(lang, Key::AllStatuses));
            for s in BoothStatus::ALL {
                ui.selectable_value(value, Some(s), terms::status(lang, s));
            }
        })
        .response
        .labelled_by(label);
}

/// The colour of a severity: red, amber, or the text colour for notes.
pub fn severity_color(visuals: &egui::Visuals, severity: Severity) -> egui::Color32 {
    match severity {
        Severity::Error => egui::Color32::from_rgb(220, 40, 40),
        Severity::Warning => egui::Color32::from_rgb(225, 135, 0),
        Severity::Info => visuals.weak_text_color(),
    }
}

/// A whole number with thousands separators, e.g. `1,234,567`.
pub fn thousands(value: f64) -> String {
    let whole = value.round();
    let digits = format!("{:.0}", whole.abs());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if whole < 0.0 { format!("-{out}") } else { out }
}

/// Square metres with thousands separators, e.g. `50,000 m²`.
pub fn m2(value: f64) -> String {
    format!("{} m²", thousands(value))
}

/// A length in metres with its decimals trimmed: `3 m`, `2.5 m`.
pub fn metres(value: f64) -> String {
    format!("{} m", trimmed(value))
}

/// A number with at most two decimals and no trailing zeros: `3`, `2.5`, `1.25`.
pub use crate::text::short_number as trimmed;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_ignores_case_in_any_script() {
        assert!(contains_folded("Velora Robotics", "robot"));
        assert!(contains_folded("澄溪智能", "智能"));
        assert!(contains_folded("A-012", "a-01"));
        assert!(!contains_folded("Velora", "x"));
    }

    #[test]
    fn numbers_read_well() {
        assert_eq!(thousands(1_234_567.4), "1,234,567");
        assert_eq!(thousands(-999.0), "-999");
        assert_eq!(m2(50_000.0), "50,000 m²");
        assert_eq!(trimmed(3.0), "3");
        assert_eq!(trimmed(2.50), "2.5");
        assert_eq!(metres(1.25), "1.25 m");
    }

    #[test]
    fn a_booth_is_framed_with_its_neighbours() {
        let booth = Rect::new(10.0, 10.0, 3.0, 3.0).unwrap();
        let framed = frame_around(booth);
        assert!(framed.w() >= 40.0 && framed.contains_rect(&booth));
        assert_eq!(framed.center(), booth.center());
        let hall = Rect::new(0.0, 0.0, 200.0, 100.0).unwrap();
        assert_eq!(
            frame_around(hall).w(),
            208.0,
            "large areas get a small margin"
        );
    }

    #[test]
    fn the_cache_rebuilds_only_when_revision_or_key_change() {
        let mut cache: Cached<String, usize> = Cached::default();
        let mut builds = 0;
        for (rev, key) in [(1, "a"), (1, "a"), (2, "a"), (2, "b"), (2, "b")] {
            cache.get(rev, &key.to_owned(), || {
                builds += 1;
                builds
            });
        }
        assert_eq!(builds, 3);
        assert_eq!(*cache.last(), 3);
    }
}
