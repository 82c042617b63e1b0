//! `expoplan export FILE [--format FORMAT] -o OUT`: the booth list (CSV, XLSX) or a
//! drawing of the floor (SVG, PNG, PDF, interactive HTML, DXF for CAD).
//!
//! The formats themselves live in [`crate::export`]; this file gives them their
//! command-line names ([`FormatArg`]) and options.

use super::Outcome;
use super::load::{load, same_file};
use super::output::written;
use crate::drawing::{ColorBy, DrawingOptions, Paper, Scale};
pub use crate::export::ExportFormat;
use crate::model::Plan;
use anyhow::{anyhow, bail};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::PathBuf;

/// What `export` can write (the command line's names for [`ExportFormat`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
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
    /// The plan as a CAD drawing (DXF in millimetres, `EXPO-*` layers).
    Dxf,
}

impl From<FormatArg> for ExportFormat {
    fn from(arg: FormatArg) -> Self {
        match arg {
            FormatArg::Csv => ExportFormat::Csv,
            FormatArg::Xlsx => ExportFormat::Xlsx,
            FormatArg::Svg => ExportFormat::Svg,
            FormatArg::Png => ExportFormat::Png,
            FormatArg::Pdf => ExportFormat::Pdf,
            FormatArg::Html => ExportFormat::Html,
            FormatArg::Dxf => ExportFormat::Dxf,
        }
    }
}

/// The paper of a drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    /// A page around the floor, in metres.
    Fit,
    /// ISO A3 (420 × 297 mm).
    A3,
    /// ISO A1 (841 × 594 mm).
    A1,
    /// ISO A0 (1189 × 841 mm).
    A0,
}

/// The scale of a drawing on a sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScaleArg {
    /// The most detailed standard scale that fits the sheet.
    Fit,
    /// 1:200.
    #[value(name = "200")]
    OneTo200,
    /// 1:500.
    #[value(name = "500")]
    OneTo500,
    /// 1:1000.
    #[value(name = "1000")]
    OneTo1000,
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
    pub format: Option<FormatArg>,
    /// The file to write (replaced if it exists).
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: PathBuf,
    /// Drawings: the paper.
    #[arg(long, value_enum, default_value_t = PaperArg::Fit)]
    pub paper: PaperArg,
    /// Drawings on a sheet (A3, A1, A0): the scale, 1:N. A plan too large for the
    /// sheet at that scale is an error that says what would fit.
    #[arg(long, value_enum, default_value_t = ScaleArg::Fit)]
    pub scale: ScaleArg,
    /// Drawings on A3, A1 or A0: portrait instead of landscape.
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
    /// Drawings: the revision printed in the title block (free text, e.g. 3 or B).
    #[arg(long, value_name = "N")]
    pub revision: Option<String>,
    /// Drawings: the date of that revision (free text, e.g. 2023-07-01).
    #[arg(long, value_name = "DATE")]
    pub revision_date: Option<String>,
    /// PNG: the image width in pixels.
    #[arg(long, value_name = "PX", default_value_t = 2400)]
    pub width: u32,
}

impl ExportArgs {
    /// The format asked for, by flag or by OUT's extension.
    pub fn format(&self) -> anyhow::Result<ExportFormat> {
        match self
            .format
            .map(ExportFormat::from)
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
                PaperArg::A0 => Paper::A0,
            },
            scale: match self.scale {
                ScaleArg::Fit => Scale::Fit,
                ScaleArg::OneTo200 => Scale::OneTo200,
                ScaleArg::OneTo500 => Scale::OneTo500,
                ScaleArg::OneTo1000 => Scale::OneTo1000,
            },
            landscape: !self.portrait,
            color_by: match self.color_by {
                ColorByArg::Sector => ColorBy::Sector,
                ColorByArg::Status => ColorBy::Status,
            },
            title_block: !self.no_title_block,
            drawn_on: self.drawn_on.clone(),
            revision: self.revision.clone(),
            revision_date: self.revision_date.clone(),
        }
    }

    /// Writes `plan` to OUT in `format`, atomically: a failed export leaves any older
    /// file in place.
    pub fn write(&self, plan: &Plan, format: ExportFormat) -> anyhow::Result<()> {
        crate::export::write_export(
            plan,
            format,
            &self.output,
            &self.drawing_options(),
            self.width,
        )
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
        assert_eq!(opts.scale, Scale::Fit);
    }

    #[test]
    fn scale_sheet_and_revision_flags_reach_the_options() {
        let cli = Cli::try_parse_from([
            "expoplan",
            "export",
            "p.ron",
            "-o",
            "p.pdf",
            "--paper",
            "a0",
            "--scale",
            "500",
            "--revision",
            "3",
            "--revision-date",
            "2023-07-01",
        ])
        .unwrap();
        let Some(Command::Export(args)) = cli.command else {
            panic!("export expected");
        };
        let opts = args.drawing_options();
        assert_eq!((opts.paper, opts.scale), (Paper::A0, Scale::OneTo500));
        assert_eq!(opts.revision.as_deref(), Some("3"));
        assert_eq!(opts.revision_date.as_deref(), Some("2023-07-01"));
        for (flag, scale) in [
            ("200", Scale::OneTo200),
            ("1000", Scale::OneTo1000),
            ("fit", Scale::Fit),
        ] {
            let cli = Cli::try_parse_from([
                "expoplan", "export", "p.ron", "-o", "p.pdf", "--scale", flag,
            ])
            .unwrap();
            let Some(Command::Export(args)) = cli.command else {
                panic!("export expected");
            };
            assert_eq!(args.drawing_options().scale, scale);
        }
        assert!(
            Cli::try_parse_from([
                "expoplan", "export", "p.ron", "-o", "p.pdf", "--scale", "300"
            ])
            .is_err()
        );
    }
}
