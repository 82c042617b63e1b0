//! The report as JSON, for the command line and for other programs.
//!
//! Top-level fields: `booths`, `exhibitors`, `capacity_limit_m2`, `total_sector_area_m2`,
//! `total_booth_area_m2`, `booth_share_of_limit`, `sectors` (one object per sector),
//! `occupancy`, `sales`, `booth_types` (count per type), `counts` (per severity) and
//! `problems` (each with `severity`, `code`, `message` and `ids` such as `"booth:12"`).

use super::finding::{Finding, Severity};
use super::report::{HallOccupancy, Occupancy, Report, Sales, SectorCapacity};
use crate::model::BoothType;
use serde::{Serialize, Serializer};
use std::collections::BTreeMap;

#[derive(Serialize)]
struct SectorJson<'a> {
    id: u32,
    code: &'a str,
    name: &'a str,
    name_zh: &'a str,
    area_m2: f64,
    booth_area_m2: f64,
    booths: usize,
    fill_share: f64,
    free_area_m2: f64,
    more_3x3_booths: u64,
}

impl<'a> From<&'a SectorCapacity> for SectorJson<'a> {
    fn from(s: &'a SectorCapacity) -> Self {
        Self {
            id: s.id.0,
            code: &s.code,
            name: &s.name_en,
            name_zh: &s.name_zh,
            area_m2: s.area_m2,
            booth_area_m2: s.booth_area_m2,
            booths: s.booths,
            fill_share: s.fill_share,
            free_area_m2: s.free_area_m2,
            more_3x3_booths: s.more_3x3_booths,
        }
    }
}

#[derive(Serialize)]
struct HallJson<'a> {
    id: u32,
    name: &'a str,
    area_m2: f64,
    design_occupants: u64,
    exit_width_needed_m: f64,
    exit_width_provided_m: f64,
}

impl<'a> From<&'a HallOccupancy> for HallJson<'a> {
    fn from(h: &'a HallOccupancy) -> Self {
        Self {
            id: h.id.0,
            name: &h.name,
            area_m2: h.area_m2,
            design_occupants: h.design_occupants,
            exit_width_needed_m: h.exit_width_needed_m,
            exit_width_provided_m: h.exit_width_provided_m,
        }
    }
}

#[derive(Serialize)]
struct OccupancyJson<'a> {
    hall_area_m2: f64,
    occupant_density: f64,
    design_occupants: u64,
    exit_width_per_100_m: f64,
    exit_width_needed_m: f64,
    exit_width_provided_m: f64,
    enough: bool,
    halls: Vec<HallJson<'a>>,
}

impl<'a> From<&'a Occupancy> for OccupancyJson<'a> {
    fn from(o: &'a Occupancy) -> Self {
        Self {
            hall_area_m2: o.hall_area_m2,
            occupant_density: o.occupant_density,
            design_occupants: o.design_occupants,
            exit_width_per_100_m: o.exit_width_per_100_m,
            exit_width_needed_m: o.exit_width_needed_m,
            exit_width_provided_m: o.exit_width_provided_m,
            enough: o.enough,
            halls: o.halls.iter().map(HallJson::from).collect(),
        }
    }
}

#[derive(Serialize)]
struct StatusJson {
    status: &'static str,
    booths: usize,
    area_m2: f64,
    value: f64,
}

#[derive(Serialize)]
struct SalesJson<'a> {
    currency: &'a str,
    revenue_sold: f64,
    potential: f64,
    by_status: Vec<StatusJson>,
}

impl<'a> From<&'a Sales> for SalesJson<'a> {
    fn from(s: &'a Sales) -> Self {
        Self {
            currency: &s.currency,
            revenue_sold: s.revenue_sold,
            potential: s.potential,
            by_status: s
                .by_status
                .iter()
                .map(|row| StatusJson {
                    status: row.status.label(),
                    booths: row.booths,
                    area_m2: row.area_m2,
                    value: row.value,
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct CountsJson {
    errors: usize,
    warnings: usize,
    infos: usize,
}

#[derive(Serialize)]
struct ReportJson<'a> {
    booths: usize,
    exhibitors: usize,
    capacity_limit_m2: f64,
    total_sector_area_m2: f64,
    total_booth_area_m2: f64,
    booth_share_of_limit: f64,
    sectors: Vec<SectorJson<'a>>,
    occupancy: OccupancyJson<'a>,
    sales: SalesJson<'a>,
    booth_types: BTreeMap<&'static str, usize>,
    counts: CountsJson,
    problems: &'a [Finding],
}

impl Serialize for Report {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut booth_types: BTreeMap<&'static str, usize> = BTreeMap::new();
        for kind in self.booth_types.values() {
            *booth_types.entry(BoothType::label(*kind)).or_default() += 1;
        }
        ReportJson {
            booths: self.booths,
            exhibitors: self.exhibitors,
            capacity_limit_m2: self.capacity.limit_m2,
            total_sector_area_m2: self.capacity.total_sector_area_m2,
            total_booth_area_m2: self.capacity.total_booth_area_m2,
            booth_share_of_limit: self.capacity.booth_share_of_limit,
            sectors: self.capacity.sectors.iter().map(SectorJson::from).collect(),
            occupancy: OccupancyJson::from(&self.occupancy),
            sales: SalesJson::from(&self.sales),
            booth_types,
            counts: CountsJson {
                errors: self.count(Severity::Error),
                warnings: self.count(Severity::Warning),
                infos: self.count(Severity::Info),
            },
            problems: &self.findings,
        }
        .serialize(s)
    }
}

impl Report {
    /// The report as indented JSON. Top-level fields: `booths`, `exhibitors`,
    /// `capacity_limit_m2`, `total_sector_area_m2`, `total_booth_area_m2`,
    /// `booth_share_of_limit`, `sectors` (each with `id`, `code`, `name`, `name_zh`,
    /// `area_m2`, `booth_area_m2`, `booths`, `fill_share`, `free_area_m2`,
    /// `more_3x3_booths`), `occupancy`, `sales`, `booth_types` (count per type), `counts`
    /// (per severity) and `problems` (each with `severity`, `code`, `message` and `ids`
    /// such as `"booth:12"`).
    pub fn to_json_pretty(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_plans::{hall_plan, put};
    use super::super::validate;

    #[test]
    fn json_has_the_documented_fields() {
        let mut plan = hall_plan();
        let a = put(&mut plan, 10.0, 8.0, 3.0, 3.0);
        put(&mut plan, 12.0, 8.0, 3.0, 3.0);
        plan.booth_mut(a).unwrap().status = crate::model::BoothStatus::Sold;
        plan.booth_mut(a).unwrap().price = 9000.0;
        let report = validate(&plan);
        let text = report.to_json_pretty().unwrap();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(json["booths"], 2);
        assert_eq!(json["exhibitors"], 0);
        assert_eq!(json["capacity_limit_m2"], 50_000.0);
        assert_eq!(json["total_sector_area_m2"], 2400.0);
        assert_eq!(json["total_booth_area_m2"], 18.0);
        let sectors = json["sectors"].as_array().unwrap();
        assert_eq!(sectors.len(), 4);
        assert_eq!(sectors[0]["name"], "Core technology");
        assert_eq!(sectors[0]["name_zh"], "核心技术");
        assert_eq!(sectors[0]["area_m2"], 600.0);
        assert_eq!(sectors[0]["booth_area_m2"], 18.0);
        assert_eq!(sectors[0]["booths"], 2);
        assert_eq!(json["occupancy"]["design_occupants"], 1800);
        assert_eq!(json["occupancy"]["enough"], true);
        assert_eq!(json["sales"]["revenue_sold"], 9000.0);
        assert_eq!(json["sales"]["by_status"][3]["status"], "sold");
        assert_eq!(json["counts"]["errors"], 1);
        let problems = json["problems"].as_array().unwrap();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0]["severity"], "error");
        assert_eq!(problems[0]["code"], "booth-overlap");
        assert_eq!(
            problems[0]["ids"],
            serde_json::json!(["booth:1", "booth:2"])
        );
        assert!(problems[0]["message"].as_str().unwrap().contains("A-001"));
        assert_eq!(json["booth_types"]["peninsula"], 2);
    }
}
