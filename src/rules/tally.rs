//! Running totals of booth area, counts and prices, per sector and per sales status, that
//! a booth can be added to or taken out of in O(1).

use super::report::{Capacity, SHELL_BOOTH_M2, Sales, SectorCapacity, StatusSales};
use super::sums::ExactSum;
use crate::model::{Booth, BoothStatus, ExhibitorId, Plan, Rect, SectorId};
use rustc_hash::FxHashMap;

/// What the rules remember of a booth: the fields any check or total reads.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Seen {
    pub(crate) rect: Rect,
    pub(crate) sector: SectorId,
    pub(crate) number: String,
    pub(crate) exhibitor: Option<ExhibitorId>,
    pub(crate) status: BoothStatus,
    pub(crate) price: f64,
}

impl Seen {
    /// The checked fields of `booth`.
    pub(crate) fn of(booth: &Booth) -> Self {
        Self {
            rect: booth.rect,
            sector: booth.sector,
            number: booth.number.clone(),
            exhibitor: booth.exhibitor,
            status: booth.status,
            price: booth.price,
        }
    }

    /// Whether `booth` still matches in every checked field (notes and the lock do not
    /// matter to the rules).
    pub(crate) fn same_as(&self, booth: &Booth) -> bool {
        self.rect == booth.rect
            && self.sector == booth.sector
            && self.number == booth.number
            && self.exhibitor == booth.exhibitor
            && self.status == booth.status
            && self.price.to_bits() == booth.price.to_bits()
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct SectorTally {
    area: ExactSum,
    booths: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct StatusTally {
    booths: usize,
    area: ExactSum,
    value: ExactSum,
}

fn status_slot(status: BoothStatus) -> usize {
    match status {
        BoothStatus::Available => 0,
        BoothStatus::OnHold => 1,
        BoothStatus::Reserved => 2,
        BoothStatus::Sold => 3,
    }
}

/// Totals over every booth.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Tally {
    sectors: FxHashMap<SectorId, SectorTally>,
    statuses: [StatusTally; 4],
    total_area: ExactSum,
    potential: ExactSum,
    booths: usize,
}

impl Tally {
    /// Counts a booth in.
    pub(crate) fn add(&mut self, booth: &Seen) {
        self.add_parts(&booth.rect, booth.sector, booth.status, booth.price);
    }

    /// Counts a booth of the plan in, as [`Tally::add`] does its record.
    pub(crate) fn add_booth(&mut self, booth: &Booth) {
        self.add_parts(&booth.rect, booth.sector, booth.status, booth.price);
    }

    fn add_parts(&mut self, rect: &Rect, sector: SectorId, status: BoothStatus, price: f64) {
        let area = rect.area();
        let sector = self.sectors.entry(sector).or_default();
        sector.area.add(area);
        sector.booths += 1;
        let status = &mut self.statuses[status_slot(status)];
        status.booths += 1;
        status.area.add(area);
        status.value.add(price);
        self.total_area.add(area);
        self.potential.add(price);
        self.booths += 1;
    }

    /// Takes a booth counted in before back out.
    pub(crate) fn remove(&mut self, booth: &Seen) {
        let area = booth.rect.area();
        if let Some(sector) = self.sectors.get_mut(&booth.sector) {
            sector.area.sub(area);
            sector.booths = sector.booths.saturating_sub(1);
            if sector.booths == 0 {
                self.sectors.remove(&booth.sector);
            }
        }
        let status = &mut self.statuses[status_slot(booth.status)];
        status.booths = status.booths.saturating_sub(1);
        status.area.sub(area);
        status.value.sub(booth.price);
        self.total_area.sub(area);
        self.potential.sub(booth.price);
        self.booths = self.booths.saturating_sub(1);
    }

    /// Number of booths counted.
    pub(crate) fn booths(&self) -> usize {
        self.booths
    }

    /// Sector floor against booth area and the limit.
    pub(crate) fn capacity(&self, plan: &Plan) -> Capacity {
        let fill_warn = plan.settings.sector_fill_warn;
        let sectors: Vec<SectorCapacity> = plan
            .sectors
            .iter()
            .map(|s| {
                let tally = self.sectors.get(&s.id).copied().unwrap_or_default();
                let area_m2 = s.area_m2();
                let booth_area_m2 = tally.area.value();
                let room_for_booths = (fill_warn * area_m2 - booth_area_m2).max(0.0);
                SectorCapacity {
                    id: s.id,
                    code: s.code.clone(),
                    name_en: s.name_en.clone(),
                    name_zh: s.name_zh.clone(),
                    area_m2,
                    booth_area_m2,
                    booths: tally.booths,
                    fill_share: if area_m2 > 0.0 {
                        booth_area_m2 / area_m2
                    } else {
                        0.0
                    },
                    free_area_m2: (area_m2 - booth_area_m2).max(0.0),
                    // Whole booths only; the value is small and non-negative.
                    more_3x3_booths: (room_for_booths / SHELL_BOOTH_M2 + 1e-9).floor() as u64,
                }
            })
            .collect();
        let limit_m2 = plan.settings.capacity_limit_m2;
        let total_booth_area_m2 = self.total_area.value();
        Capacity {
            total_sector_area_m2: sectors.iter().map(|s| s.area_m2).sum(),
            sectors,
            limit_m2,
            total_booth_area_m2,
            booth_share_of_limit: if limit_m2 > 0.0 {
                total_booth_area_m2 / limit_m2
            } else {
                0.0
            },
            booths: self.booths,
        }
    }

    /// Booths and money by status.
    pub(crate) fn sales(&self, plan: &Plan) -> Sales {
        Sales {
            by_status: BoothStatus::ALL
                .iter()
                .map(|status| {
                    let tally = self.statuses[status_slot(*status)];
                    StatusSales {
                        status: *status,
                        booths: tally.booths,
                        area_m2: tally.area.value(),
                        value: tally.value.value(),
                    }
                })
                .collect(),
            revenue_sold: self.statuses[status_slot(BoothStatus::Sold)].value.value(),
            potential: self.potential.value(),
            currency: plan.meta.currency.clone(),
        }
    }
}
