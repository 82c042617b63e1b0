//! A plan for the export tests.

use crate::model::{Booth, BoothId, BoothStatus, Exhibitor, ExhibitorId, Plan, Rect, SectorId};

/// A plan with one booth per exhibitor name, the first at a negative x.
pub(crate) fn plan_with_exhibitors(names: &[&str]) -> Plan {
    let mut plan = Plan::empty("t", 200.0, 40.0).unwrap();
    plan.halls[0].outline =
        crate::model::Outline::rect(Rect::new(-10.0, 0.0, 210.0, 40.0).unwrap());
    for (i, name) in (1..).zip(names) {
        plan.exhibitors.push(Exhibitor {
            first_launch: i == 1,
            ..Exhibitor::new(ExhibitorId(i), *name)
        });
        plan.booths.push(Booth {
            id: BoothId(i),
            number: format!("A-{i:03}"),
            rect: Rect::new(f64::from(i) * 5.0 - 10.0, 5.0, 3.0, 3.0).unwrap(),
            sector: SectorId(1),
            exhibitor: Some(ExhibitorId(i)),
            status: BoothStatus::Reserved,
            price: 1500.5,
            notes: String::new(),
            locked: false,
        });
    }
    plan
}
