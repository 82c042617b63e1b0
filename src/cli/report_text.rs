//! The readable report of `expoplan check`: capacity per sector, occupancy and exits,
//! sales, then the problems grouped by severity.

use super::numbers::{grouped, pad_left, pad_right, percent, width};
use crate::model::{Plan, Sector};
use crate::rules::{Report, Severity};
use crate::text::plural;
use std::io::{self, Write};

/// What the text report shows beyond the figures.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions<'a> {
    /// The sector the problems were filtered to, named in the problems heading.
    pub sector: Option<&'a Sector>,
    /// The most problems listed per severity; 0 lists all.
    pub limit: usize,
}

/// Writes the readable report of `report` (made from `plan`) to `out`.
pub fn write_report(
    plan: &Plan,
    report: &Report,
    options: TextOptions<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    write_heading(plan, report, out)?;
    write_capacity(report, out)?;
    write_occupancy(report, out)?;
    write_sales(report, out)?;
    write_problems(report, options, out)
}

fn write_heading(plan: &Plan, report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let meta = &plan.meta;
    let title = [meta.name.as_str(), meta.event.as_str()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" — ");
    writeln!(
        out,
        "{}",
        if title.is_empty() {
            "(unnamed plan)"
        } else {
            &title
        }
    )?;
    let place = [meta.venue.as_str(), meta.dates.as_str()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    if !place.is_empty() {
        writeln!(out, "{place}")?;
    }
    writeln!(
        out,
        "{} booths, {} exhibitors, {} halls",
        grouped(report.booths as f64, 0),
        grouped(report.exhibitors as f64, 0),
        plan.halls.len()
    )
}

/// A table: a header and rows of cells, the first column left-aligned, the others right.
fn write_table(out: &mut dyn Write, rows: &[Vec<String>]) -> io::Result<()> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| width(s))
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in rows {
        let mut line = String::from(" ");
        for (c, cell) in row.iter().enumerate() {
            line.push(' ');
            if c == 0 {
                line.push_str(&pad_right(cell, widths[c]));
            } else {
                line.push_str(&pad_left(cell, widths[c] + 1));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

fn write_capacity(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let capacity = &report.capacity;
    writeln!(out, "\nCapacity by sector")?;
    let mut rows = vec![vec![
        "Sector".to_owned(),
        "Region m²".to_owned(),
        "Booth m²".to_owned(),
        "Booths".to_owned(),
        "Fill".to_owned(),
    ]];
    for s in &capacity.sectors {
        rows.push(vec![
            format!("{}  {} {}", s.code, s.name_en, s.name_zh),
            grouped(s.area_m2, 0),
            grouped(s.booth_area_m2, 0),
            grouped(s.booths as f64, 0),
            percent(s.fill_share),
        ]);
    }
    let total_fill = if capacity.total_sector_area_m2 > 0.0 {
        capacity.total_booth_area_m2 / capacity.total_sector_area_m2
    } else {
        0.0
    };
    rows.push(vec![
        "Total".to_owned(),
        grouped(capacity.total_sector_area_m2, 0),
        grouped(capacity.total_booth_area_m2, 0),
        grouped(capacity.booths as f64, 0),
        percent(total_fill),
    ]);
    write_table(out, &rows)?;
    let used = capacity.total_sector_area_m2;
    let limit = capacity.limit_m2;
    let verdict = if used <= limit {
        "within the limit".to_owned()
    } else {
        format!("{} m² OVER the limit", grouped(used - limit, 0))
    };
    let share = if limit > 0.0 { used / limit } else { 0.0 };
    writeln!(
        out,
        "  Limit {} m²: the sectors take {} m² ({}), {verdict}.",
        grouped(limit, 0),
        grouped(used, 0),
        percent(share)
    )
}

fn write_occupancy(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let o = &report.occupancy;
    writeln!(
        out,
        "\nOccupancy and exits ({} persons/m², {} m of exit per 100 persons)",
        o.occupant_density, o.exit_width_per_100_m
    )?;
    let mut rows = vec![vec![
        "Hall".to_owned(),
        "Area m²".to_owned(),
        "Occupants".to_owned(),
        "Exit needed".to_owned(),
        "Exit provided".to_owned(),
    ]];
    for h in &o.halls {
        rows.push(vec![
            h.name.clone(),
            grouped(h.area_m2, 0),
            grouped(h.design_occupants as f64, 0),
            format!("{} m", grouped(h.exit_width_needed_m, 1)),
            format!("{} m", grouped(h.exit_width_provided_m, 1)),
        ]);
    }
    rows.push(vec![
        "Total".to_owned(),
        grouped(o.hall_area_m2, 0),
        grouped(o.design_occupants as f64, 0),
        format!("{} m", grouped(o.exit_width_needed_m, 1)),
        format!("{} m", grouped(o.exit_width_provided_m, 1)),
    ]);
    write_table(out, &rows)?;
    if o.enough {
        writeln!(out, "  The exits are wide enough.")
    } else {
        writeln!(
            out,
            "  The exits are NOT wide enough: {} m short.",
            grouped(o.exit_width_needed_m - o.exit_width_provided_m, 1)
        )
    }
}

fn write_sales(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let sales = &report.sales;
    writeln!(out, "\nSales")?;
    let currency = sales.currency.trim();
    let mut rows = vec![vec![
        "Status".to_owned(),
        "Booths".to_owned(),
        "Area m²".to_owned(),
        format!("Value {currency}").trim_end().to_owned(),
    ]];
    for row in &sales.by_status {
        rows.push(vec![
            row.status.label().to_owned(),
            grouped(row.booths as f64, 0),
            grouped(row.area_m2, 0),
            grouped(row.value, 0),
        ]);
    }
    write_table(out, &rows)
}

fn write_problems(
    report: &Report,
    options: TextOptions<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let (errors, warnings, infos) = (
        report.error_count(),
        report.warning_count(),
        report.info_count(),
    );
    let scope = options
        .sector
        .map(|s| format!(" in sector {} {} {}", s.code, s.name_en, s.name_zh))
        .unwrap_or_default();
    writeln!(
        out,
        "\nProblems{scope}: {errors} {}, {warnings} {}, {infos} {}",
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings"),
        plural(infos, "note", "notes"),
    )?;
    for severity in Severity::ALL {
        let count = report.count(severity);
        if count == 0 {
            continue;
        }
        let title = match severity {
            Severity::Error => "Errors",
            Severity::Warning => "Warnings",
            Severity::Info => "Notes",
        };
        writeln!(out, "\n{title} ({count})")?;
        let shown = if options.limit == 0 {
            count
        } else {
            options.limit.min(count)
        };
        let code_width = report
            .with_severity(severity)
            .take(shown)
            .map(|f| f.code.as_str().len())
            .max()
            .unwrap_or(0);
        for finding in report.with_severity(severity).take(shown) {
            writeln!(
                out,
                "  {}  {}",
                pad_right(finding.code.as_str(), code_width),
                finding.message
            )?;
        }
        if shown < count {
            writeln!(
                out,
                "  … {} more (--limit 0 lists all)",
                grouped((count - shown) as f64, 0)
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Booth, BoothId, BoothStatus, Rect};

    fn text(plan: &Plan, limit: usize) -> String {
        let report = crate::rules::validate(plan);
        let mut out = Vec::new();
        let options = TextOptions {
            sector: None,
            limit,
        };
        write_report(plan, &report, options, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn overlapping_plan() -> Plan {
        let mut plan = Plan::empty("Test show", 60.0, 40.0).unwrap();
        for (i, x) in [(1, 10.0), (2, 11.0), (3, 12.0)] {
            plan.booths.push(Booth {
                id: BoothId(i),
                number: format!("A-{i:03}"),
                rect: Rect::new(x, 5.0, 3.0, 3.0).unwrap(),
                sector: plan.sectors[0].id,
                exhibitor: None,
                status: BoothStatus::Available,
                price: 100.0,
                notes: String::new(),
                locked: false,
            });
        }
        plan
    }

    #[test]
    fn lists_sectors_in_both_languages_and_the_totals() {
        let t = text(&overlapping_plan(), 0);
        assert!(t.starts_with("Test show\n"), "{t}");
        assert!(t.contains("Core technology 核心技术"), "{t}");
        assert!(t.contains("前沿技术"));
        assert!(
            t.contains("Limit 50,000 m²: the sectors take 2,400 m²"),
            "{t}"
        );
        assert!(t.contains("The exits are NOT wide enough"), "{t}");
        assert!(t.contains("Errors ("), "{t}");
        assert!(t.contains("booth-overlap"), "{t}");
        assert!(t.contains("A-001"));
    }

    #[test]
    fn the_limit_cuts_long_lists() {
        let t = text(&overlapping_plan(), 1);
        assert!(t.contains("more (--limit 0 lists all)"), "{t}");
    }

    #[test]
    fn columns_line_up_with_chinese_names() {
        let t = text(&overlapping_plan(), 0);
        let rows: Vec<&str> = t
            .lines()
            .filter(|l| l.contains("技术") || l.contains("终端") || l.contains("赋能"))
            .collect();
        assert_eq!(rows.len(), 4);
        let ends: Vec<usize> = rows.iter().map(|r| width(r)).collect();
        assert!(ends.windows(2).all(|w| w[0] == w[1]), "{rows:#?}");
    }
}
