//! The four sectors of the reference show (WAIC 2023).

use super::ids::SectorId;
use super::outline::Outline;
use super::plan::Sector;

/// The four WAIC 2023 sectors with their English and Chinese names and colours, with no
/// regions yet: core technology, smart terminals, application empowerment and
/// cutting-edge technology.
pub fn default_sectors() -> Vec<Sector> {
    [
        ("A", "Core technology", "核心技术", [66, 133, 244]),
        ("B", "Smart terminals", "智能终端", [52, 168, 83]),
        ("C", "Application empowerment", "应用赋能", [251, 188, 5]),
        ("D", "Cutting-edge technology", "前沿技术", [171, 71, 188]),
    ]
    .into_iter()
    .zip(1..)
    .map(|((code, en, zh, color), id)| Sector {
        id: SectorId(id),
        code: code.to_owned(),
        name_en: en.to_owned(),
        name_zh: zh.to_owned(),
        color,
        regions: Vec::new(),
        numbered_up_to: 0,
    })
    .collect()
}

/// The four default sectors splitting `hall` into quarters of its box (north-west A,
/// north-east B, south-west C, south-east D). A quarter the hall does not reach leaves
/// its sector without a region, for the planner to paint.
pub fn default_sectors_over(hall: &Outline) -> Vec<Sector> {
    default_sectors()
        .into_iter()
        .zip(hall.quarters())
        .map(|(mut sector, regions)| {
            sector.regions = regions;
            sector
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_in_either_language_ignoring_case() {
        let sectors = default_sectors();
        let find = |q: &str| sectors.iter().find(|s| s.matches_name(q)).map(|s| s.id);
        assert_eq!(find("core technology"), Some(SectorId(1)));
        assert_eq!(find("  SMART TERMINALS "), Some(SectorId(2)));
        assert_eq!(find("应用赋能"), Some(SectorId(3)));
        assert_eq!(find("前沿技术"), Some(SectorId(4)));
        assert_eq!(find("d"), Some(SectorId(4)));
        assert_eq!(find("robots"), None);
        assert_eq!(find(""), None);
    }
}
