//! `expoplan export FILE [--format FORMAT] -o OUT`: the booth list as CSV or XLSX.
//!
//! To add a format (svg, png, pdf, html, …): add a variant to [`ExportFormat`], its file
//! extension in [`ExportFormat::extension`], and the writer call in
//! [`ExportFormat::write`]; clap lists it in `--help` by itself.

use super::Outcome;
use super::load::{load, same_file};
use crate::model::Plan;
use anyhow::{Context as _, anyhow, bail};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What `export` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The booth list as CSV (UTF-8 with a byte-order mark, for spreadsheets).
    Csv,
    /// The booth list as an Excel workbook.
    Xlsx,
}

impl ExportFormat {
    /// Every format.
    pub const ALL: [ExportFormat; 2] = [ExportFormat::Csv, ExportFormat::Xlsx];

    /// The file extension, without the dot.
    pub const fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
        }
    }

    /// The format a file name's extension asks for, if any.
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?;
        Self::ALL
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(ext))
    }

    /// Writes `plan` to `path` in this format (atomically: a failed export leaves any
    /// older file in place).
    pub fn write(self, plan: &Plan, path: &Path) -> anyhow::Result<()> {
        match self {
            ExportFormat::Csv => crate::io::write_booth_csv_file(plan, path)?,
            ExportFormat::Xlsx => crate::io::write_booth_xlsx(plan, path)?,
        }
        Ok(())
    }
}

/// Export a plan.
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    /// The plan to export (.ron).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The format; without it, the extension of OUT decides.
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<ExportFormat>,
    /// The file to write (replaced if it exists).
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: PathBuf,
}

impl ExportArgs {
    /// Loads the plan and writes the export.
    pub fn run(&self, out: &mut dyn Write) -> anyhow::Result<Outcome> {
        let format = match self
            .format
            .or_else(|| ExportFormat::from_path(&self.output))
        {
            Some(format) => format,
            None => bail!(
                "say which format to write with --format ({}), or give OUT one of these \
                 extensions",
                ExportFormat::ALL.map(ExportFormat::extension).join(", ")
            ),
        };
        if same_file(&self.file, &self.output) {
            return Err(anyhow!(
                "{} is the plan itself; choose another output file",
                self.output.display()
            ));
        }
        let plan = load(&self.file)?;
        format
            .write(&plan, &self.output)
            .with_context(|| format!("cannot write {}", self.output.display()))?;
        writeln!(
            out,
            "Wrote {} booths to {} ({}).",
            plan.booths.len(),
            self.output.display(),
            format.extension().to_uppercase()
        )?;
        Ok(Outcome::Done)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_picks_the_format() {
        assert_eq!(
            ExportFormat::from_path(Path::new("a/b.CSV")),
            Some(ExportFormat::Csv)
        );
        assert_eq!(
            ExportFormat::from_path(Path::new("b.xlsx")),
            Some(ExportFormat::Xlsx)
        );
        assert_eq!(ExportFormat::from_path(Path::new("b.txt")), None);
        assert_eq!(ExportFormat::from_path(Path::new("b")), None);
    }
}
