//! What an import would do, before it does anything.

use super::columns::{Column, ColumnMap};
use super::table::Table;
use super::values::{parse_area, parse_flag, parse_length, size_for_area};
use crate::edit::{Change, Edit, Step};
use crate::model::{Exhibitor, ExhibitorId, Plan, Size};
use std::collections::HashMap;

/// A row that cannot be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The row as a spreadsheet numbers it (the header is row 1).
    pub row: usize,
    /// What is wrong, e.g. `width "six" is not a number`.
    pub reason: String,
}

/// What an import would change. Nothing changes until [`ImportPreview::edit`] is applied.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportPreview {
    /// Exhibitors not in the plan yet, with fresh ids.
    pub added: Vec<Exhibitor>,
    /// Exhibitors already in the plan (matched by name) that the file changes: (as they
    /// are, as they would be).
    pub updated: Vec<(Exhibitor, Exhibitor)>,
    /// Rows left out, with the reason.
    pub errors: Vec<RowError>,
    /// Header cells the import does not read (no known column of that name).
    pub ignored_columns: Vec<String>,
    /// What the file was read as (see [`Table::format`]).
    pub format: String,
}

impl ImportPreview {
    /// The whole import as one undoable step ("import of 12 exhibitors"), or `None` when
    /// it would change nothing.
    pub fn edit(&self) -> Option<Edit> {
        let changes: Vec<Change> = self
            .added
            .iter()
            .chain(self.updated.iter().map(|(_, new)| new))
            .cloned()
            .map(Change::PutExhibitor)
            .collect();
        match changes.len() {
            0 => None,
            n => Some(Edit::new(Step::ImportExhibitors(n), changes)),
        }
    }
}

/// How names are compared: trimmed, ignoring case.
fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Compares the table with the plan: each row becomes a new exhibitor, a change to the
/// exhibitor of the same name (trimmed, ignoring case), or a [`RowError`]. For an
/// exhibitor already in the plan only the cells the row fills in are taken; its name keeps
/// the plan's spelling. A size is width and depth, or an area alone (see
/// [`super::size_for_area`]).
pub fn preview_import(plan: &Plan, table: &Table) -> ImportPreview {
    let columns = ColumnMap::find(&table.headers);
    let mut preview = ImportPreview {
        ignored_columns: table
            .headers
            .iter()
            .filter(|h| !h.is_empty() && Column::from_header(h).is_none())
            .cloned()
            .collect(),
        format: table.format.clone(),
        ..ImportPreview::default()
    };
    if !columns.has(Column::Name) {
        preview.errors.push(RowError {
            row: table.header_row,
            reason: format!(
                "no name column: expected a header such as name, 名称, 公司 or 展商; found {}",
                table.headers.join(", ")
            ),
        });
        return preview;
    }
    let mut existing: HashMap<String, &Exhibitor> = HashMap::new();
    for exhibitor in &plan.exhibitors {
        existing
            .entry(name_key(&exhibitor.name))
            .or_insert(exhibitor);
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut next_id = plan.next_exhibitor_id().0;
    for row in &table.rows {
        let cell = |column: Column| {
            columns
                .get(column)
                .and_then(|at| row.cells.get(at))
                .map_or("", |c| c.trim())
        };
        let name = cell(Column::Name);
        let fail = |reason: String| RowError {
            row: row.row,
            reason,
        };
        if name.is_empty() {
            preview.errors.push(fail("no name".to_owned()));
            continue;
        }
        let key = name_key(name);
        if let Some(first) = seen.get(&key) {
            preview
                .errors
                .push(fail(format!("\"{name}\" is already in row {first}")));
            continue;
        }
        seen.insert(key.clone(), row.row);
        let old = existing.get(&key).copied();
        let mut exhibitor = match old {
            Some(old) => old.clone(),
            None => Exhibitor::new(ExhibitorId(next_id), name),
        };
        if let Err(reasons) = apply_row(plan, &mut exhibitor, &cell) {
            preview.errors.push(fail(reasons.join("; ")));
            continue;
        }
        match old {
            Some(old) if *old == exhibitor => {}
            Some(old) => preview.updated.push((old.clone(), exhibitor)),
            None => {
                next_id = next_id.saturating_add(1);
                preview.added.push(exhibitor);
            }
        }
    }
    preview
}

/// Takes the filled-in cells of one row into `exhibitor`; every problem is reported.
fn apply_row<'a>(
    plan: &Plan,
    exhibitor: &mut Exhibitor,
    cell: &impl Fn(Column) -> &'a str,
) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    let sector = cell(Column::Sector);
    if !sector.is_empty() {
        match plan.sector_by_name(sector) {
            Some(s) => exhibitor.preferred_sector = Some(s.id),
            None => {
                let known: Vec<String> = plan
                    .sectors
                    .iter()
                    .map(|s| format!("{} / {}", s.name_en, s.name_zh))
                    .collect();
                problems.push(format!(
                    "unknown sector \"{sector}\" (the sectors are {})",
                    known.join(", ")
                ));
            }
        }
    }
    match requested_size(cell(Column::Width), cell(Column::Depth), cell(Column::Area)) {
        Ok(Some(size)) => exhibitor.requested_size = Some(size),
        Ok(None) => {}
        Err(problem) => problems.push(problem),
    }
    let contact = cell(Column::Contact);
    if !contact.is_empty() {
        contact.clone_into(&mut exhibitor.contact);
    }
    let first_launch = cell(Column::FirstLaunch);
    if !first_launch.is_empty() {
        match parse_flag(first_launch, "first launch") {
            Ok(flag) => exhibitor.first_launch = flag,
            Err(problem) => problems.push(problem),
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// The size a row asks for: width and depth, or an area alone; `None` when it gives
/// none. Width and depth win over an area, which must then agree with them (within 1 %).
fn requested_size(width: &str, depth: &str, area: &str) -> Result<Option<Size>, String> {
    let length = |text: &str, what| {
        if text.is_empty() {
            Ok(None)
        } else {
            parse_length(text, what).map(Some)
        }
    };
    let (w, h) = (length(width, "width")?, length(depth, "depth")?);
    let area = if area.is_empty() {
        None
    } else {
        Some(parse_area(area)?)
    };
    match (w, h, area) {
        (Some(w), Some(h), Some(area)) if (w * h - area).abs() > 0.01 * area => Err(format!(
            "width × depth is {} m² but the area says {area} m²",
            w * h
        )),
        (Some(w), Some(h), _) => Ok(Some(Size { w, h })),
        (Some(_), None, _) => Err("a width without a depth".to_owned()),
        (None, Some(_), _) => Err("a depth without a width".to_owned()),
        (None, None, Some(area)) => Ok(Some(size_for_area(area))),
        (None, None, None) => Ok(None),
    }
}

#[cfg(test)]
mod tests;
