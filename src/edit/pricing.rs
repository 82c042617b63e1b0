//! Booth prices from the plan's price list: a rate per m² by booth type, plus a premium
//! per booth. A new booth is priced from the list; a resized one too, unless its price
//! was typed (a price that is not what the list gave it is the planner's own).

use super::{BoothField, Change, Edit, Step, describe_booths};
use crate::model::{Booth, BoothId, BoothType, Plan, PriceList, Rect};
use crate::rules::booth_type_at;

/// The rate per m² the list gives a booth of this type.
fn rate(list: &PriceList, kind: BoothType) -> f64 {
    match kind {
        BoothType::Enclosed | BoothType::Inline => list.inline_per_m2,
        BoothType::Corner | BoothType::Through => list.corner_per_m2,
        BoothType::Peninsula => list.peninsula_per_m2,
        BoothType::Island => list.island_per_m2,
    }
}

/// What the plan's price list asks for a booth at `rect` (`itself` being the booth
/// there now, if it is one of the plan's), rounded to a whole unit of the currency;
/// `None` when the list sets no rate at all.
pub fn list_price(plan: &Plan, rect: &Rect, itself: Option<BoothId>) -> Option<f64> {
    let list = &plan.settings.prices;
    if !list.is_set() {
        return None;
    }
    let kind = booth_type_at(plan, rect, itself);
    Some((rate(list, kind) * rect.area() + list.premium_per_booth).round())
}

/// Whether `booth`'s price is the list's (or unset), so a change of its size may
/// re-price it; a typed price is kept.
pub fn priced_by_list(plan: &Plan, booth: &Booth) -> bool {
    booth.price == 0.0 || list_price(plan, &booth.rect, Some(booth.id)) == Some(booth.price)
}

/// One step giving the booths their list prices; `None` when the list sets no rate or
/// no price changes.
pub fn reprice_booths(plan: &Plan, ids: &[BoothId]) -> Option<Edit> {
    if !plan.settings.prices.is_set() {
        return None;
    }
    let changes: Vec<Change> = ids
        .iter()
        .filter_map(|id| plan.booth(*id))
        .filter_map(|b| {
            let price = list_price(plan, &b.rect, Some(b.id))?;
            (price != b.price).then(|| Change::PutBooth(Booth { price, ..b.clone() }))
        })
        .collect();
    if changes.is_empty() {
        return None;
    }
    Some(Edit::new(
        Step::ChangeBooths(BoothField::Price, describe_booths(plan, ids)),
        changes,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SectorId;

    fn priced_plan() -> Plan {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        plan.settings.prices = PriceList {
            inline_per_m2: 1_000.0,
            corner_per_m2: 1_100.0,
            peninsula_per_m2: 1_200.0,
            island_per_m2: 1_300.0,
            premium_per_booth: 500.0,
        };
        plan
    }

    #[test]
    fn a_new_booth_is_priced_by_its_type_and_area() {
        let mut plan = priced_plan();
        let rect = Rect::new(40.0, 40.0, 3.0, 3.0).unwrap();
        let (edit, id) = super::super::add_booth(&plan, rect, SectorId(1));
        edit.apply(&mut plan).unwrap();
        // Alone on open floor: an island.
        assert_eq!(plan.booth(id).unwrap().price, 1_300.0 * 9.0 + 500.0);
        // Its neighbour to the east closes one side: a peninsula.
        let next = Rect::new(43.0, 40.0, 3.0, 3.0).unwrap();
        assert_eq!(list_price(&plan, &next, None), Some(1_200.0 * 9.0 + 500.0));
    }

    #[test]
    fn a_list_of_zeros_prices_nothing_and_a_typed_price_is_kept() {
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        let rect = Rect::new(40.0, 40.0, 3.0, 3.0).unwrap();
        assert_eq!(list_price(&plan, &rect, None), None);
        let (edit, id) = super::super::add_booth(&plan, rect, SectorId(1));
        edit.apply(&mut plan).unwrap();
        assert_eq!(plan.booth(id).unwrap().price, 0.0);
        plan.settings.prices = priced_plan().settings.prices;
        plan.booth_mut(id).unwrap().price = 9_999.0;
        assert!(!priced_by_list(&plan, plan.booth(id).unwrap()));
        let edit = reprice_booths(&plan, &[id]).unwrap();
        edit.apply(&mut plan).unwrap();
        assert_eq!(plan.booth(id).unwrap().price, 12_200.0);
        assert!(priced_by_list(&plan, plan.booth(id).unwrap()));
    }
}
