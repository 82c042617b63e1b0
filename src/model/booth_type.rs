//! A booth's type follows from which of its sides face open floor; planners expect the
//! tool to tell them, not to type it.

use serde::Serialize;

/// How many sides of a booth face an aisle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BoothType {
    /// No side open: visitors cannot reach it.
    Enclosed,
    /// One side open.
    Inline,
    /// Two adjacent sides open.
    Corner,
    /// Two opposite sides open (a booth running through a block).
    Through,
    /// Three sides open.
    Peninsula,
    /// All four sides open.
    Island,
}

impl BoothType {
    /// The type of a booth with these open sides (north, east, south, west).
    pub fn from_open_sides(open: [bool; 4]) -> Self {
        match open.iter().filter(|o| **o).count() {
            0 => BoothType::Enclosed,
            1 => BoothType::Inline,
            2 if open[0] == open[2] => BoothType::Through,
            2 => BoothType::Corner,
            3 => BoothType::Peninsula,
            _ => BoothType::Island,
        }
    }

    /// Lower-case English label.
    pub const fn label(self) -> &'static str {
        match self {
            BoothType::Enclosed => "enclosed",
            BoothType::Inline => "inline",
            BoothType::Corner => "corner",
            BoothType::Through => "through",
            BoothType::Peninsula => "peninsula",
            BoothType::Island => "island",
        }
    }
}

/// A neighbour closer than this (metres) closes a side: it is a partition, not an aisle.
pub const CLOSED_WITHIN_M: f64 = 0.5;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Booth, BoothId, BoothStatus, Plan, Rect, SectorId};

    fn booth(id: u32, x: f64, y: f64) -> Booth {
        Booth {
            id: BoothId(id),
            number: format!("A-{id:03}"),
            rect: Rect::new(x, y, 3.0, 3.0).unwrap(),
            sector: SectorId(1),
            exhibitor: None,
            status: BoothStatus::Available,
            price: 0.0,
            notes: String::new(),
            locked: false,
        }
    }

    fn types(booths: Vec<Booth>) -> Vec<BoothType> {
        let order: Vec<BoothId> = booths.iter().map(|b| b.id).collect();
        let mut plan = Plan::empty("t", 100.0, 100.0).unwrap();
        plan.booths = booths;
        plan.check_integrity().unwrap();
        let report = crate::rules::validate(&plan);
        // In the order the booths were given (the plan keeps them sorted by id).
        order
            .iter()
            .map(|id| report.booth_type(*id).unwrap())
            .collect()
    }

    #[test]
    fn types_follow_neighbours() {
        use BoothType::*;
        // A lone booth is an island.
        assert_eq!(types(vec![booth(1, 10.0, 10.0)]), vec![Island]);
        // Two side by side: each has three open sides.
        assert_eq!(
            types(vec![booth(1, 10.0, 10.0), booth(2, 13.0, 10.0)]),
            vec![Peninsula, Peninsula]
        );
        // A row of three backed by another row: ends are corners, the middle is inline.
        let mut row = Vec::new();
        for i in 0..3 {
            row.push(booth(i + 1, 10.0 + 3.0 * f64::from(i), 10.0));
            row.push(booth(i + 4, 10.0 + 3.0 * f64::from(i), 13.0));
        }
        let t = types(row);
        assert_eq!(t[0], Corner);
        assert_eq!(t[2], Inline);
        // Against the hall wall in the corner: two sides closed by walls.
        assert_eq!(types(vec![booth(1, 0.0, 0.0)]), vec![Corner]);
        // Three in a row: the middle one is open front and back.
        assert_eq!(
            types(vec![
                booth(1, 10.0, 10.0),
                booth(2, 13.0, 10.0),
                booth(3, 16.0, 10.0)
            ])[1],
            Through
        );
    }
}
