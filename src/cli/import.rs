//! `expoplan import FILE TABLE -o OUT [--dry-run]`: adds or updates exhibitors from a CSV
//! or XLSX table.
//!
//! Rows are matched to the plan's exhibitors by name (trimmed, ignoring case): a new name
//! adds an exhibitor, a known one takes the cells the row fills in. OUT is written only
//! when something changes. OUT may be the plan itself when named explicitly (`-o FILE`);
//! the previous file is then kept as `FILE.bak`, as for any file that is replaced.

use super::Outcome;
use super::load::load;
use super::output::written;
use crate::io::{ImportError, ImportPreview, preview_import, printable, read_table, save_plan};
use anyhow::anyhow;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

/// Import exhibitors from a table.
#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    /// The plan to import into (.ron).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The exhibitor table (.csv in UTF-8, UTF-16 or GB18030, or .xlsx): a header row
    /// with at least a name column (name, 名称, 公司, 展商, …).
    #[arg(value_name = "TABLE")]
    pub table: PathBuf,
    /// Where to write the plan with the import (.ron). To change FILE itself, name it
    /// here again; the old file is kept as FILE.bak.
    #[arg(
        long,
        short = 'o',
        value_name = "OUT",
        required_unless_present = "dry_run"
    )]
    pub output: Option<PathBuf>,
    /// Only show what the import would do; write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

impl ImportArgs {
    /// Previews the import, prints it and writes OUT when something changes.
    /// [`Outcome::Problems`] when nothing could be imported or some rows were left out.
    pub fn run(&self, out: &mut dyn Write) -> anyhow::Result<Outcome> {
        let mut plan = load(&self.file)?;
        // Kept as text, so `{:#}` does not print the cause the message carries twice.
        let table = read_table(&self.table).map_err(|err| match err {
            read @ (ImportError::Read { .. } | ImportError::TooLarge { .. }) => anyhow!("{read}"),
            other => anyhow!("cannot import {}: {other}", self.table.display()),
        })?;
        let preview = preview_import(&plan, &table);
        writeln!(
            out,
            "{}: {} rows under the header (row {}).",
            self.table.display(),
            table.rows.len(),
            table.header_row
        )?;
        write_preview(&preview, out)?;
        let Some(edit) = preview.edit() else {
            writeln!(out, "Nothing to import; nothing written.")?;
            return Ok(Outcome::Problems);
        };
        let outcome = if preview.errors.is_empty() {
            Outcome::Done
        } else {
            Outcome::Problems
        };
        let Some(output) = self.output.as_ref().filter(|_| !self.dry_run) else {
            writeln!(out, "Dry run; nothing written.")?;
            return Ok(outcome);
        };
        let before = plan.exhibitors.len();
        edit.apply(&mut plan)
            .map_err(|err| anyhow!("the import does not fit the plan: {err}"))?;
        written(
            output,
            save_plan(output, &plan).map_err(anyhow::Error::from),
        )?;
        writeln!(
            out,
            "Wrote {}: {} exhibitors (was {before}).",
            output.display(),
            plan.exhibitors.len()
        )?;
        Ok(outcome)
    }
}

/// The preview: counts, then each new and changed exhibitor, then each row left out.
/// Names and reasons come from the table: their control characters are escaped, so a
/// cell cannot send escape sequences to the terminal.
fn write_preview(preview: &ImportPreview, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{} new, {} updated, {} rows left out.",
        preview.added.len(),
        preview.updated.len(),
        preview.errors.len()
    )?;
    for e in &preview.added {
        writeln!(out, "  + {}", printable(&e.name))?;
    }
    for (old, _) in &preview.updated {
        writeln!(out, "  ~ {}", printable(&old.name))?;
    }
    for error in &preview.errors {
        writeln!(out, "  row {}: {}", error.row, printable(&error.reason))?;
    }
    Ok(())
}
