//! `expoplan export FILE [--format FORMAT] -o OUT`: the booth list (CSV, XLSX) or a
//! drawing of the floor (SVG, PNG, PDF, interactive HTML).
//!
//! To add a format: add a variant to [`ExportFormat`], its file extension in
//! [`ExportFormat::extension`], and the writer call in [`ExportArgs::write`]; clap lists
//! it in `--help` by itself.

use super::Outcome;
use super::load::{load, same_file};
use super::output::written;
use crate::drawing::{self, ColorBy, DrawingOptions, Paper};
use crate::model::Plan;
use anyhow::{anyhow, bail};
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
    /// The floor drawing as SVG.
    Svg,
    /// The floor drawing as a PNG image (see --width).
    Png,
    /// The floor drawing as a one-page PDF.
    Pdf,
    /// The floor as one self-contained HTML page with pan, zoom and search.
    Html,
}

impl ExportFormat {
    /// Every format.
    pub const ALL: [ExportFormat; 6] = [
        ExportFormat::Csv,
        ExportFormat::Xlsx,
        ExportFormat::Svg,
        ExportFormat::Png,
        ExportFormat::Pdf,
        ExportFormat::Html,
    ];

    /// The file extension, without the dot.
    pub const fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
            ExportFormat::Svg => "svg",
            ExportFormat::Png => "png",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Html => "html",
        }
    }

    /// The format a file name's extension asks for, if any (`.htm` counts as HTML).
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?;
        if ext.eq_ignore_ascii_case("htm") {
            return Some(ExportFormat::Html);
        }
        Self::ALL
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(ext))
    }
}

/// The paper of a drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    /// A page around the floor, in metres.
    Fit,
    /// ISO A3 with a fitting scale.
    A3,
    /// ISO A1 with a fitting scale.
    A1,
}

/// What the booth colours of a drawing show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorByArg {
    /// The sector.
    Sector,
    /// The sales status.
    Status,
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
    /// Drawings: the paper.
    #[arg(long, value_enum, default_value_t = PaperArg::Fit)]
    pub paper: PaperArg,
    /// Drawings on A3 or A1: portrait instead of landscape.
    #[arg(long)]
    pub portrait: bool,
    /// Drawings: what the booth colours show.
    #[arg(long, value_enum, default_value_t = ColorByArg::Sector)]
    pub color_by: ColorByArg,
    /// Drawings: leave out the title block.
    #[arg(long)]
    pub no_title_block: bool,
    /// Drawings: the date printed as "Drawn" in the title block (free text, e.g.
    /// 2023-06-30); left empty without it.
    #[arg(long, value_name = "DATE")]
    pub drawn_on: Option<String>,
    /// PNG: the image width in pixels.
    #[arg(long, value_name = "PX", default_value_t = 2400)]
    pub width: u32,
}

impl ExportArgs {
    /// The format asked for, by flag or by OUT's extension.
    pub fn format(&self) -> anyhow::Result<ExportFormat> {
        match self
            .format
            .or_else(|| ExportFormat::from_path(&self.output))
        {
            Some(format) => Ok(format),
            None => bail!(
                "say which format to write with --format ({}), or give OUT one of these \
                 extensions",
                ExportFormat::ALL.map(ExportFormat::extension).join(", ")
            ),
        }
    }

    /// How drawings are made.
    pub fn drawing_options(&self) -> DrawingOptions {
        DrawingOptions {
            paper: match self.paper {
                PaperArg::Fit => Paper::Fit,
                PaperArg::A3 => Paper::A3,
                PaperArg::A1 => Paper::A1,
            },
            landscape: !self.portrait,
            color_by: match self.color_by {
                ColorByArg::Sector => ColorBy::Sector,
                ColorByArg::Status => ColorBy::Status,
            },
            title_block: !self.no_title_block,
            drawn_on: self.drawn_on.clone(),
        }
    }

    /// Writes `plan` to OUT in `format`, atomically: a failed export leaves any older
    /// file in place.
    pub fn write(&self, plan: &Plan, format: ExportFormat) -> anyhow::Result<()> {
        let path = &self.output;
        let opts = self.drawing_options();
        match format {
            ExportFormat::Csv => crate::io::write_booth_csv_file(plan, path)?,
            ExportFormat::Xlsx => crate::io::write_booth_xlsx(plan, path)?,
            ExportFormat::Svg => drawing::save_svg(plan, &opts, path)?,
            ExportFormat::Png => drawing::save_png(plan, &opts, path, self.width)?,
            ExportFormat::Pdf => drawing::save_pdf(plan, &opts, path)?,
            ExportFormat::Html => drawing::save_html(plan, path)?,
        }
        Ok(())
    }

    /// Loads the plan and writes the export.
    pub fn run(&self, out: &mut dyn Write) -> anyhow::Result<Outcome> {
        let format = self.format()?;
        if same_file(&self.file, &self.output) {
            return Err(anyhow!(
                "{} is the plan itself; choose another output file",
                self.output.display()
            ));
        }
        let plan = load(&self.file)?;
        written(&self.output, self.write(&plan, format))?;
        let what = match format {
            ExportFormat::Csv | ExportFormat::Xlsx => format!("{} booths", plan.booths.len()),
            _ => format!("the floor ({} booths)", plan.booths.len()),
        };
        writeln!(
            out,
            "Wrote {what} to {} ({}).",
            self.output.display(),
            format.extension().to_uppercase()
        )?;
        Ok(Outcome::Done)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Cli, Command};
    use clap::Parser;

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
        assert_eq!(
            ExportFormat::from_path(Path::new("map.htm")),
            Some(ExportFormat::Html)
        );
        assert_eq!(ExportFormat::from_path(Path::new("b.txt")), None);
        assert_eq!(ExportFormat::from_path(Path::new("b")), None);
        for format in ExportFormat::ALL {
            let name = format!("x.{}", format.extension());
            assert_eq!(ExportFormat::from_path(Path::new(&name)), Some(format));
        }
    }

    #[test]
    fn drawing_flags_reach_the_options() {
        let cli = Cli::try_parse_from([
            "expoplan",
            "export",
            "p.ron",
            "-o",
            "p.pdf",
            "--paper",
            "a3",
            "--portrait",
            "--color-by",
            "status",
            "--no-title-block",
        ])
        .unwrap();
        let Some(Command::Export(args)) = cli.command else {
            panic!("export expected");
        };
        assert_eq!(args.format().unwrap(), ExportFormat::Pdf);
        let opts = args.drawing_options();
        assert_eq!(opts.paper, Paper::A3);
        assert!(!opts.landscape && !opts.title_block);
        assert_eq!(opts.color_by, ColorBy::Status);
        assert_eq!(opts.drawn_on, None);
    }
}
