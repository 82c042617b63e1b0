//! The structural checks a plan must pass before anything works on it: unique, sorted ids
//! and no reference to something missing. A file that fails them is refused on load; an
//! edit that would break them is refused.

use super::geom::{finite, positive};
use super::limits::{booth_side, compact, money};
use super::plan::Plan;
use thiserror::Error;

/// A structural fault in a plan.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum IntegrityError {
    /// Two items of one kind share an id.
    #[error("duplicate {kind} id {id}")]
    DuplicateId {
        /// "booth", "exhibitor", …
        kind: &'static str,
        /// The repeated id.
        id: u32,
    },
    /// A reference names something that does not exist.
    #[error("{from} refers to {kind} {id}, which does not exist")]
    Dangling {
        /// What holds the reference, e.g. "booth 12".
        from: String,
        /// What kind of thing it names.
        kind: &'static str,
        /// The missing id.
        id: u32,
    },
    /// A number is out of its range.
    #[error("{what}: {problem}")]
    BadValue {
        /// Which field.
        what: String,
        /// What is wrong.
        problem: String,
    },
}

/// Where in a plan an [`IntegrityError`] lies, so that a loader can point at the place in
/// the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntegrityPlace {
    /// The `nth` (1-based) item with this id in the list of this kind.
    Item {
        /// The list's name in the file: `halls`, `sectors`, `exhibitors`, `booths`,
        /// `obstacles` or `exits`.
        list: &'static str,
        /// The item's id.
        id: u32,
        /// Which of the items with that id (2 for the second of a duplicate).
        nth: usize,
    },
    /// A field of the settings, e.g. `grid_step_m` or `prices.inline_per_m2`.
    Setting(String),
}

/// The list holding items of `kind` ("booth" → "booths").
fn list_of(kind: &str) -> Option<&'static str> {
    ["hall", "sector", "exhibitor", "booth", "obstacle", "exit"]
        .into_iter()
        .zip([
            "halls",
            "sectors",
            "exhibitors",
            "booths",
            "obstacles",
            "exits",
        ])
        .find_map(|(k, list)| (k == kind).then_some(list))
}

impl IntegrityError {
    /// Where the fault lies: the item or setting named in the error.
    pub fn place(&self) -> Option<IntegrityPlace> {
        let named = |text: &str| {
            if let Some(field) = text.strip_prefix("settings.") {
                return Some(IntegrityPlace::Setting(field.to_owned()));
            }
            let mut words = text.split(' ');
            let list = list_of(words.next()?)?;
            let id = words.next()?.parse().ok()?;
            Some(IntegrityPlace::Item { list, id, nth: 1 })
        };
        match self {
            IntegrityError::DuplicateId { kind, id } => Some(IntegrityPlace::Item {
                list: list_of(kind)?,
                id: *id,
                nth: 2,
            }),
            IntegrityError::Dangling { from, .. } => named(from),
            IntegrityError::BadValue { what, .. } => named(what),
        }
    }
}

fn sorted_unique<T>(
    items: &mut [T],
    kind: &'static str,
    id_of: impl Fn(&T) -> u32,
) -> Result<(), IntegrityError> {
    items.sort_by_key(&id_of);
    for pair in items.windows(2) {
        if id_of(&pair[0]) == id_of(&pair[1]) {
            return Err(IntegrityError::DuplicateId {
                kind,
                id: id_of(&pair[0]),
            });
        }
    }
    Ok(())
}

fn bad(what: impl Into<String>, problem: impl ToString) -> IntegrityError {
    IntegrityError::BadValue {
        what: what.into(),
        problem: problem.to_string(),
    }
}

impl Plan {
    /// Sorts every list by id and checks the plan's structure: unique ids, references that
    /// resolve, settings and prices in range, exits that fit on their wall. Plan-level
    /// problems such as overlaps are not checked here: they are findings of the rules.
    pub fn check_integrity(&mut self) -> Result<(), IntegrityError> {
        sorted_unique(&mut self.halls, "hall", |h| h.id.0)?;
        sorted_unique(&mut self.sectors, "sector", |s| s.id.0)?;
        sorted_unique(&mut self.exhibitors, "exhibitor", |e| e.id.0)?;
        sorted_unique(&mut self.booths, "booth", |b| b.id.0)?;
        sorted_unique(&mut self.obstacles, "obstacle", |o| o.id.0)?;
        sorted_unique(&mut self.exits, "exit", |e| e.id.0)?;
        self.check_settings()?;
        self.underlay
            .validate()
            .map_err(|e| bad("underlay", e.to_string()))?;
        for exhibitor in &self.exhibitors {
            if !exhibitor.priority.is_finite() {
                return Err(bad(
                    format!("exhibitor {} priority", exhibitor.id.0),
                    "must be a finite number",
                ));
            }
            if let Some(s) = exhibitor.preferred_sector
                && self.sector(s).is_none()
            {
                return Err(IntegrityError::Dangling {
                    from: format!("exhibitor {}", exhibitor.id.0),
                    kind: "sector",
                    id: s.0,
                });
            }
            if let Some(size) = exhibitor.requested_size {
                // Named only when it is wrong: this runs for every exhibitor of a load.
                let what = || format!("exhibitor {} requested size", exhibitor.id.0);
                booth_side("width", size.w).map_err(|e| bad(what(), e))?;
                booth_side("depth", size.h).map_err(|e| bad(what(), e))?;
            }
        }
        for booth in &self.booths {
            let from = || format!("booth {} ({})", booth.id.0, booth.number);
            if self.sector(booth.sector).is_none() {
                return Err(IntegrityError::Dangling {
                    from: from(),
                    kind: "sector",
                    id: booth.sector.0,
                });
            }
            if let Some(e) = booth.exhibitor
                && self.exhibitor(e).is_none()
            {
                return Err(IntegrityError::Dangling {
                    from: from(),
                    kind: "exhibitor",
                    id: e.0,
                });
            }
            booth_side("width", booth.rect.w()).map_err(|e| bad(from(), e))?;
            booth_side("depth", booth.rect.h()).map_err(|e| bad(from(), e))?;
            // Prices are money, not coordinates: zero or more, up to a sane amount.
            money("price", booth.price).map_err(|e| bad(from(), e))?;
        }
        for exit in &self.exits {
            let from = || format!("exit {} ({})", exit.id.0, exit.name);
            if self.hall(exit.hall).is_none() {
                return Err(IntegrityError::Dangling {
                    from: from(),
                    kind: "hall",
                    id: exit.hall.0,
                });
            }
            // A door that does not fit on its wall (after the hall was reshaped, say) is
            // a finding of the rules, not a broken plan.
            positive("width", exit.width_m).map_err(|e| bad(from(), e))?;
            finite("offset", exit.offset_m).map_err(|e| bad(from(), e))?;
        }
        Ok(())
    }

    fn check_settings(&self) -> Result<(), IntegrityError> {
        match self.settings.out_of_range() {
            None => Ok(()),
            Some((setting, value)) => {
                let range = setting.range();
                let low = if range.min_allowed { "from" } else { "above" };
                let unit = setting.unit();
                Err(bad(
                    format!("settings.{}", setting.field()),
                    format!(
                        "must be {low} {}{unit} up to {}{unit}, got {}{unit}",
                        compact(range.min),
                        compact(range.max),
                        compact(value)
                    ),
                ))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Booth, BoothId, BoothStatus, ExhibitorId, Plan, Rect, SectorId};
    use super::*;

    fn booth(id: u32, sector: u32, exhibitor: Option<u32>) -> Booth {
        Booth {
            id: BoothId(id),
            number: format!("A-{id:03}"),
            rect: Rect::new(f64::from(id) * 4.0, 0.0, 3.0, 3.0).unwrap(),
            sector: SectorId(sector),
            exhibitor: exhibitor.map(ExhibitorId),
            status: BoothStatus::Available,
            price: 0.0,
            notes: String::new(),
            locked: false,
        }
    }

    #[test]
    fn sorts_and_accepts_a_sound_plan() {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        plan.booths = vec![booth(3, 1, None), booth(1, 2, None)];
        plan.check_integrity().unwrap();
        assert_eq!(plan.booths[0].id, BoothId(1));
    }

    #[test]
    fn rejects_duplicates_and_dangling_references() {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        plan.booths = vec![booth(1, 1, None), booth(1, 1, None)];
        assert!(matches!(
            plan.check_integrity(),
            Err(IntegrityError::DuplicateId {
                kind: "booth",
                id: 1
            })
        ));
        plan.booths = vec![booth(1, 9, None)];
        assert!(matches!(
            plan.check_integrity(),
            Err(IntegrityError::Dangling {
                kind: "sector",
                id: 9,
                ..
            })
        ));
        plan.booths = vec![booth(1, 1, Some(4))];
        assert!(matches!(
            plan.check_integrity(),
            Err(IntegrityError::Dangling {
                kind: "exhibitor",
                id: 4,
                ..
            })
        ));
    }

    #[test]
    fn errors_say_where_they_lie() {
        let dup = IntegrityError::DuplicateId {
            kind: "booth",
            id: 4,
        };
        assert_eq!(
            dup.place(),
            Some(IntegrityPlace::Item {
                list: "booths",
                id: 4,
                nth: 2
            })
        );
        let dangling = IntegrityError::Dangling {
            from: "exit 3 (North)".to_owned(),
            kind: "hall",
            id: 9,
        };
        assert_eq!(
            dangling.place(),
            Some(IntegrityPlace::Item {
                list: "exits",
                id: 3,
                nth: 1
            })
        );
        assert_eq!(
            bad("settings.grid_step_m", "x").place(),
            Some(IntegrityPlace::Setting("grid_step_m".to_owned()))
        );
    }

    #[test]
    fn tiny_booths_and_huge_prices_are_refused_compactly() {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        plan.booths = vec![booth(1, 1, None)];
        plan.booths[0].rect = Rect::new(0.0, 0.0, 1e-300, 3.0).unwrap();
        let err = plan.check_integrity().unwrap_err().to_string();
        assert!(
            err.contains("width must be from 0.1 up to 10000 m, got 1e-300 m"),
            "{err}"
        );
        plan.booths[0].rect = Rect::new(0.0, 0.0, 3.0, 3.0).unwrap();
        plan.booths[0].price = 1e33;
        let err = plan.check_integrity().unwrap_err().to_string();
        assert!(
            err.contains("price must be from 0 up to 1e12, got 1e33"),
            "{err}"
        );
        plan.booths[0].price = 1e12;
        plan.check_integrity().unwrap();
    }

    #[test]
    fn a_share_is_not_given_in_metres_and_huge_values_are_short() {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        plan.settings.sector_fill_warn = 1e300;
        let err = plan.check_integrity().unwrap_err().to_string();
        assert_eq!(
            err,
            "settings.sector_fill_warn: must be above 0 up to 1, got 1e300"
        );
        plan.settings.sector_fill_warn = 0.6;
        plan.settings.min_aisle_m = 1e300;
        let err = plan.check_integrity().unwrap_err().to_string();
        assert_eq!(
            err,
            "settings.min_aisle_m: must be above 0 m up to 100 m, got 1e300 m"
        );
    }

    #[test]
    fn rejects_bad_settings_and_prices() {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        plan.settings.grid_step_m = f64::NAN;
        assert!(plan.check_integrity().is_err());
        plan.settings.grid_step_m = 1.0;
        plan.booths = vec![booth(1, 1, None)];
        plan.booths[0].price = -5.0;
        assert!(plan.check_integrity().is_err());
    }
}
