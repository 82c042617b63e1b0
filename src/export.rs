//! The export formats, in one place for the command line and the window: what each is
//! called, its file extension, and the one function that writes a plan in it.

use crate::drawing::{self, DrawingOptions};
use crate::model::Plan;
use std::path::Path;

/// What a plan can be exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// The booth list as CSV (UTF-8 with a byte-order mark, for spreadsheets).
    Csv,
    /// The booth list as an Excel workbook.
    Xlsx,
    /// The floor drawing as SVG.
    Svg,
    /// The floor drawing as a PNG image.
    Png,
    /// The floor drawing as a one-page PDF.
    Pdf,
    /// The floor as one self-contained HTML page with pan, zoom and search.
    Html,
    /// The plan as a CAD drawing (DXF, millimetres, one `EXPO-*` layer per kind of item).
    Dxf,
}

impl ExportFormat {
    /// Every format.
    pub const ALL: [ExportFormat; 7] = [
        ExportFormat::Csv,
        ExportFormat::Xlsx,
        ExportFormat::Svg,
        ExportFormat::Png,
        ExportFormat::Pdf,
        ExportFormat::Html,
        ExportFormat::Dxf,
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
            ExportFormat::Dxf => "dxf",
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

/// Writes `plan` to `path` in `format`, atomically: a failed export leaves any older
/// file in place. Drawings follow `opts`; a PNG is `png_width` pixels wide.
pub fn write_export(
    plan: &Plan,
    format: ExportFormat,
    path: &Path,
    opts: &DrawingOptions,
    png_width: u32,
) -> anyhow::Result<()> {
    match format {
        ExportFormat::Csv => crate::io::write_booth_csv_file(plan, path)?,
        ExportFormat::Xlsx => crate::io::write_booth_xlsx(plan, path)?,
        ExportFormat::Svg => drawing::save_svg(plan, opts, path)?,
        ExportFormat::Png => drawing::save_png(plan, opts, path, png_width)?,
        ExportFormat::Pdf => drawing::save_pdf(plan, opts, path)?,
        ExportFormat::Html => drawing::save_html(plan, path)?,
        ExportFormat::Dxf => crate::io::dxf::save_plan_dxf(plan, path)?,
    }
    Ok(())
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
}
