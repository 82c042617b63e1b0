//! A small hand-built plan for the drawing tests: one 60 m × 40 m hall split into the
//! four default sectors, a booth in each (one with a Chinese exhibitor, two with hostile
//! names), a column, a stage, a service area and an exit.
#![allow(dead_code)] // Each test file uses a different part.
#![allow(clippy::unwrap_used)] // A failed unwrap here fails the test.

use expoplan::model::{
    Booth, BoothId, BoothStatus, Exhibitor, ExhibitorId, Exit, ExitId, HallId, Obstacle,
    ObstacleId, ObstacleKind, Plan, Rect, SectorId, Side,
};

/// The Chinese exhibitor.
pub const CHINESE_NAME: &str = "星河智能科技";
/// An exhibitor whose name is a script element.
pub const SCRIPT_NAME: &str = "<script>window.__pwned=1</script>";
/// An exhibitor whose name is an image with an error handler.
pub const IMG_NAME: &str = r#"<img src=x onerror="window.__pwned=1">"#;
/// An exhibitor with every XML special character.
pub const AMP_NAME: &str = r#"A & B "Co" 'Ltd'"#;

/// Booth numbers and exhibitor names, in booth order.
pub const BOOTHS: [(&str, &str, [f64; 4], u32, BoothStatus); 5] = [
    (
        "A-001",
        CHINESE_NAME,
        [4.0, 4.0, 9.0, 6.0],
        1,
        BoothStatus::Sold,
    ),
    (
        "B-001",
        SCRIPT_NAME,
        [36.0, 4.0, 9.0, 6.0],
        2,
        BoothStatus::Reserved,
    ),
    (
        "C-001",
        IMG_NAME,
        [4.0, 26.0, 9.0, 6.0],
        3,
        BoothStatus::OnHold,
    ),
    (
        "D-001",
        AMP_NAME,
        [36.0, 26.0, 9.0, 6.0],
        4,
        BoothStatus::Sold,
    ),
    (
        "D-002",
        "",
        [48.0, 26.0, 3.0, 3.0],
        4,
        BoothStatus::Available,
    ),
];

/// The test plan.
pub fn plan() -> Plan {
    let mut plan = Plan::empty("Test hall", 60.0, 40.0).unwrap();
    plan.meta.event = "World Artificial Intelligence Conference 2023 世界人工智能大会".to_owned();
    plan.meta.venue = "Shanghai World Expo Exhibition & Convention Center".to_owned();
    plan.meta.dates = "2023-07-06 – 2023-07-08".to_owned();
    for (i, (number, name, [x, y, w, h], sector, status)) in BOOTHS.into_iter().enumerate() {
        let id = u32::try_from(i).unwrap() + 1;
        let exhibitor = (!name.is_empty()).then(|| {
            plan.exhibitors.push(Exhibitor::new(ExhibitorId(id), name));
            ExhibitorId(id)
        });
        plan.booths.push(Booth {
            id: BoothId(id),
            number: number.to_owned(),
            rect: Rect::new(x, y, w, h).unwrap(),
            sector: SectorId(sector),
            exhibitor,
            status,
            price: 9_000.0,
            notes: String::new(),
            locked: false,
        });
    }
    plan.obstacles = vec![
        Obstacle {
            id: ObstacleId(1),
            kind: ObstacleKind::Column,
            name: "C1".to_owned(),
            rect: Rect::new(29.5, 19.5, 1.0, 1.0).unwrap(),
        },
        Obstacle {
            id: ObstacleId(2),
            kind: ObstacleKind::Stage,
            name: "Forum stage 论坛".to_owned(),
            rect: Rect::new(18.0, 4.0, 10.0, 8.0).unwrap(),
        },
        Obstacle {
            id: ObstacleId(3),
            kind: ObstacleKind::Service,
            name: "Toilets".to_owned(),
            rect: Rect::new(18.0, 30.0, 8.0, 6.0).unwrap(),
        },
    ];
    let (wall, offset_m) = Exit::on_rect_side(&plan.halls[0].bounds(), Side::South, 30.0, 3.0);
    plan.exits = vec![Exit {
        id: ExitId(1),
        name: "E1".to_owned(),
        hall: HallId(1),
        wall,
        offset_m,
        width_m: 3.0,
    }];
    plan.check_integrity().unwrap();
    plan
}
