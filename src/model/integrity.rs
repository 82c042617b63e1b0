//! The structural checks a plan must pass before anything works on it: unique, sorted ids
//! and no reference to something missing. A file that fails them is refused on load; an
//! edit that would break them is refused.

use super::geom::{finite, positive};
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
                let what = format!("exhibitor {} requested size", exhibitor.id.0);
                positive("width", size.w).map_err(|e| bad(&what, e))?;
                positive("depth", size.h).map_err(|e| bad(&what, e))?;
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
            // Prices are money, not coordinates: any finite amount of zero or more.
            if !booth.price.is_finite() || booth.price < 0.0 {
                return Err(bad(
                    from(),
                    format!(
                        "price must be a finite amount of zero or more, got {}",
                        booth.price
                    ),
                ));
            }
        }
        for exit in &self.exits {
            let from = format!("exit {} ({})", exit.id.0, exit.name);
            if self.hall(exit.hall).is_none() {
                return Err(IntegrityError::Dangling {
                    from,
                    kind: "hall",
                    id: exit.hall.0,
                });
            }
            // A door that does not fit on its wall (after the hall was reshaped, say) is
            // a finding of the rules, not a broken plan.
            positive("width", exit.width_m).map_err(|e| bad(&from, e))?;
            finite("offset", exit.offset_m).map_err(|e| bad(&from, e))?;
        }
        Ok(())
    }

    fn check_settings(&self) -> Result<(), IntegrityError> {
        match self.settings.out_of_range() {
            None => Ok(()),
            Some((setting, value)) => {
                let range = setting.range();
                let low = if range.min_allowed { "from" } else { "above" };
                Err(bad(
                    format!("settings.{}", setting.field()),
                    format!(
                        "must be {low} {} up to {}, got {value}",
                        range.min, range.max
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
