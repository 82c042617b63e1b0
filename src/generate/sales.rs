//! The sales side of a generated plan: booth numbers, statuses, exhibitors and prices.

use super::floor::Placed;
use super::layout::Stand;
use super::names::Namer;
use super::rng::Rng;
use crate::model::{
    Booth, BoothId, BoothStatus, BoothType, Exhibitor, ExhibitorId, Plan, Sector, Size,
};

/// Share of booths left unsold (only when not every booth must have an exhibitor).
const AVAILABLE_SHARE: f64 = 0.06;
/// Weights of sold, reserved and on-hold among the assigned booths.
const STATUS_WEIGHTS: [u32; 3] = [66, 22, 12];
/// Share of exhibitors with a Chinese name.
const CHINESE_SHARE: f64 = 0.55;
/// Share of exhibitors launching a product for the first time.
const FIRST_LAUNCH_SHARE: f64 = 0.1;

/// Price per m² of a shell-scheme booth by type, in CNY: the more open sides, the dearer.
fn rate_per_m2(kind: BoothType) -> f64 {
    match kind {
        BoothType::Enclosed => 1_900.0,
        BoothType::Inline => 2_200.0,
        BoothType::Through => 2_350.0,
        BoothType::Corner => 2_450.0,
        BoothType::Peninsula => 2_650.0,
        BoothType::Island => 2_900.0,
    }
}

/// Share of the shell-scheme rate paid for how the stand is built.
fn build_factor(stand: Stand) -> f64 {
    match stand {
        Stand::Shell => 1.0,
        Stand::Island => 0.8,
        Stand::Raw => 0.55,
    }
}

/// Turns the placed slots into booths and exhibitors: numbers per sector (`A-001`, …),
/// statuses, one exhibitor per assigned booth asking for that booth's sector and size.
/// With `all_assigned`, every booth gets an exhibitor; otherwise a few stay available.
pub(crate) fn sell(
    placed: &[Placed],
    sectors: &[Sector],
    all_assigned: bool,
    rng: &mut Rng,
    namer: &mut Namer,
) -> (Vec<Booth>, Vec<Exhibitor>) {
    let mut counters = vec![0u32; sectors.len()];
    let mut booths = Vec::with_capacity(placed.len());
    let mut exhibitors = Vec::with_capacity(placed.len());
    for (i, p) in placed.iter().enumerate() {
        let sector = &sectors[p.sector];
        counters[p.sector] += 1;
        let number = format!("{}-{:03}", sector.code, counters[p.sector]);
        let available = !all_assigned && rng.chance(AVAILABLE_SHARE);
        let status = if available {
            BoothStatus::Available
        } else {
            match rng.weighted(&STATUS_WEIGHTS) {
                Some(0) => BoothStatus::Sold,
                Some(1) => BoothStatus::Reserved,
                _ => BoothStatus::OnHold,
            }
        };
        let mut notes = Vec::new();
        if p.slot.stand == Stand::Raw {
            notes.push("Raw space: the exhibitor builds its own stand.");
        }
        let exhibitor = if available {
            None
        } else {
            let company = if rng.chance(CHINESE_SHARE) {
                namer.chinese()
            } else {
                namer.english()
            };
            let first_launch = rng.chance(FIRST_LAUNCH_SHARE);
            if first_launch {
                notes.push("First launch at the show.");
            }
            let id = ExhibitorId(u32::try_from(exhibitors.len() + 1).unwrap_or(u32::MAX));
            exhibitors.push(Exhibitor {
                contact: company.contact,
                preferred_sector: Some(sector.id),
                requested_size: Some(Size {
                    w: p.slot.rect.w(),
                    h: p.slot.rect.h(),
                }),
                first_launch,
                ..Exhibitor::new(id, company.name)
            });
            Some(id)
        };
        booths.push(Booth {
            id: BoothId(u32::try_from(i + 1).unwrap_or(u32::MAX)),
            number,
            rect: p.slot.rect,
            sector: sector.id,
            exhibitor,
            status,
            price: 0.0,
            notes: notes.join(" "),
            locked: false,
        });
    }
    (booths, exhibitors)
}

/// Prices every booth of `plan` by its type (from its neighbours) and build, per m²,
/// rounded to whole units. `stands` gives each booth's build, in booth order.
pub(crate) fn set_prices(plan: &mut Plan, stands: &[Stand]) {
    let report = crate::rules::validate(plan);
    let prices: Vec<f64> = plan
        .booths
        .iter()
        .zip(stands)
        .map(|(booth, stand)| {
            let kind = report.booth_type(booth.id).unwrap_or(BoothType::Enclosed);
            (booth.rect.area() * rate_per_m2(kind) * build_factor(*stand)).round()
        })
        .collect();
    for (booth, price) in plan.booths.iter_mut().zip(prices) {
        booth.price = price;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::layout::Slot;
    use crate::model::{Rect, default_sectors};

    fn placed(n: usize) -> Vec<Placed> {
        (0..n)
            .map(|i| Placed {
                sector: i % 4,
                slot: Slot {
                    rect: Rect::new(i as f64 * 3.0, 0.0, 3.0, 3.0).unwrap(),
                    stand: Stand::Shell,
                },
            })
            .collect()
    }

    #[test]
    fn numbers_statuses_and_exhibitors() {
        let sectors = default_sectors();
        let mut rng = Rng::new(1, 0);
        let mut namer = Namer::new(Rng::new(1, 1));
        let (booths, exhibitors) = sell(&placed(400), &sectors, false, &mut rng, &mut namer);
        assert_eq!(booths[0].number, "A-001");
        assert_eq!(booths[5].number, "B-002");
        let available = booths
            .iter()
            .filter(|b| b.status == BoothStatus::Available)
            .count();
        assert!(available > 0 && available < 60, "{available}");
        assert_eq!(exhibitors.len(), 400 - available);
        for b in &booths {
            assert_eq!(b.exhibitor.is_none(), b.status == BoothStatus::Available);
            if let Some(e) = b.exhibitor {
                let e = &exhibitors[e.0 as usize - 1];
                assert_eq!(e.preferred_sector, Some(b.sector));
                assert_eq!(e.requested_size.map(|s| s.w * s.h), Some(9.0));
            }
        }
        let (all, exhibitors) = sell(&placed(50), &sectors, true, &mut rng, &mut namer);
        assert_eq!(exhibitors.len(), 50);
        assert!(all.iter().all(|b| b.exhibitor.is_some()));
    }

    #[test]
    fn open_sides_cost_more() {
        assert!(rate_per_m2(BoothType::Island) > rate_per_m2(BoothType::Inline));
        assert!(build_factor(Stand::Raw) < build_factor(Stand::Shell));
    }
}
