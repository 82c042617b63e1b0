//! The rows of the booth list, shared by the CSV and XLSX writers.

use crate::model::{BoothStatus, BoothType, Plan};

/// One cell of the booth list.
#[derive(Debug, Clone, PartialEq)]
pub enum BoothCell {
    /// Text, written as text.
    Text(String),
    /// A number, written as a number.
    Number(f64),
}

/// One booth as the booth list shows it. Lengths are rounded to the millimetre, areas and
/// prices to the hundredth.
#[derive(Debug, Clone, PartialEq)]
pub struct BoothRow {
    /// Booth number, e.g. "A-012".
    pub number: String,
    /// Exhibitor name, empty when the booth is free.
    pub exhibitor: String,
    /// The sector's English name.
    pub sector: String,
    /// Name of the hall holding the booth, empty when no hall holds all of it.
    pub hall: String,
    /// West edge, metres.
    pub x: f64,
    /// North edge, metres.
    pub y: f64,
    /// Width (east–west), metres.
    pub width: f64,
    /// Depth (north–south), metres.
    pub depth: f64,
    /// Area, m².
    pub area_m2: f64,
    /// Type, from which sides face an aisle.
    pub booth_type: BoothType,
    /// Sales status.
    pub status: BoothStatus,
    /// Price of the booth.
    pub price: f64,
    /// Whether its exhibitor launches a product for the first time (false when free).
    pub first_launch: bool,
}

/// `value` rounded to `1 / per_unit` (dividing last gives the closest double to the
/// rounded decimal, so 33.33 prints as 33.33).
fn round_to(value: f64, per_unit: f64) -> f64 {
    let rounded = (value * per_unit).round() / per_unit;
    if rounded.is_finite() { rounded } else { value }
}

impl BoothRow {
    /// The row's cells, in the order of [`booth_headers`].
    pub fn cells(&self) -> Vec<BoothCell> {
        let text = |s: &str| BoothCell::Text(s.to_owned());
        vec![
            text(&self.number),
            text(&self.exhibitor),
            text(&self.sector),
            text(&self.hall),
            BoothCell::Number(self.x),
            BoothCell::Number(self.y),
            BoothCell::Number(self.width),
            BoothCell::Number(self.depth),
            BoothCell::Number(self.area_m2),
            text(self.booth_type.label()),
            text(self.status.label()),
            BoothCell::Number(self.price),
            text(if self.first_launch { "yes" } else { "no" }),
        ]
    }
}

/// The column headers of the booth list; the price column names the plan's currency.
pub fn booth_headers(plan: &Plan) -> Vec<String> {
    let currency = plan.meta.currency.trim();
    let price = if currency.is_empty() {
        "price".to_owned()
    } else {
        format!("price ({currency})")
    };
    [
        "booth",
        "exhibitor",
        "sector",
        "hall",
        "x (m)",
        "y (m)",
        "width (m)",
        "depth (m)",
        "area (m²)",
        "type",
        "status",
        &price,
        "first launch",
    ]
    .map(str::to_owned)
    .to_vec()
}

/// One row per booth, ordered by booth number (then id).
pub fn booth_rows(plan: &Plan) -> Vec<BoothRow> {
    let report = crate::rules::validate(plan);
    let mut booths: Vec<_> = plan.booths.iter().collect();
    booths.sort_by(|a, b| a.number.cmp(&b.number).then(a.id.cmp(&b.id)));
    booths
        .into_iter()
        .map(|booth| {
            let exhibitor = booth.exhibitor.and_then(|id| plan.exhibitor(id));
            let r = booth.rect;
            BoothRow {
                number: booth.number.clone(),
                exhibitor: exhibitor.map(|e| e.name.clone()).unwrap_or_default(),
                sector: plan
                    .sector(booth.sector)
                    .map(|s| s.name_en.clone())
                    .unwrap_or_default(),
                hall: plan
                    .hall_containing(&r)
                    .map(|h| h.name.clone())
                    .unwrap_or_default(),
                x: round_to(r.x(), 1000.0),
                y: round_to(r.y(), 1000.0),
                width: round_to(r.w(), 1000.0),
                depth: round_to(r.h(), 1000.0),
                area_m2: round_to(r.area(), 100.0),
                booth_type: report.booth_type(booth.id).unwrap_or(BoothType::Enclosed),
                status: booth.status,
                price: round_to(booth.price, 100.0),
                first_launch: exhibitor.is_some_and(|e| e.first_launch),
            }
        })
        .collect()
}

/// Whether a spreadsheet would take this text for a formula (or a command): it starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return.
pub fn looks_like_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Booth, BoothId, Exhibitor, ExhibitorId, Rect, SectorId};

    #[test]
    fn rows_follow_booth_numbers_and_describe_each_booth() {
        let mut plan = Plan::empty("t", 60.0, 40.0).unwrap();
        plan.exhibitors.push(Exhibitor {
            first_launch: true,
            ..Exhibitor::new(ExhibitorId(1), "深度求索")
        });
        let booth = |id, number: &str, x, exhibitor: Option<u32>| Booth {
            id: BoothId(id),
            number: number.to_owned(),
            rect: Rect::new(x, 0.1 + 0.2, 3.0, 3.0).unwrap(),
            sector: SectorId(1),
            exhibitor: exhibitor.map(ExhibitorId),
            status: BoothStatus::Sold,
            price: 100.0 / 3.0,
            notes: String::new(),
            locked: false,
        };
        plan.booths = vec![
            booth(1, "A-002", 10.0, None),
            booth(2, "A-001", 20.0, Some(1)),
        ];
        let rows = booth_rows(&plan);
        assert_eq!(rows[0].number, "A-001");
        assert_eq!(rows[0].exhibitor, "深度求索");
        assert_eq!(rows[0].sector, "Core technology");
        assert_eq!(rows[0].hall, "Hall 1");
        assert_eq!(rows[0].y, 0.3);
        assert_eq!(rows[0].area_m2, 9.0);
        assert_eq!(rows[0].price, 33.33);
        // 0.3 m from the north wall: that side is closed, the other three are open.
        assert_eq!(rows[0].booth_type, BoothType::Peninsula);
        assert!(rows[0].first_launch);
        assert!(!rows[1].first_launch);
        assert_eq!(rows[1].exhibitor, "");
        assert_eq!(rows[0].cells().len(), booth_headers(&plan).len());
        assert_eq!(booth_headers(&plan)[11], "price (CNY)");
    }

    #[test]
    fn formula_starts_are_recognised() {
        for text in ["=1+1", "+1", "-2", "@SUM(A1)", "\tX", "\rX"] {
            assert!(looks_like_formula(text), "{text:?}");
        }
        for text in ["", "Acme", "深度求索", " =1", "A-001"] {
            assert!(!looks_like_formula(text), "{text:?}");
        }
    }
}
