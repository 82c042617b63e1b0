//! Exports from the window: the booth list (CSV, XLSX), the drawing (SVG, PNG, PDF on A3,
//! A1 or A0 at a chosen scale) and the interactive HTML map. The same io and drawing functions as the command
//! line; every file is replaced atomically, on a worker thread.

use super::dialog::DialogMode;
use super::path_prompt::{PromptSpec, Wording};
use crate::drawing::DrawingOptions;
use crate::export::{ExportFormat, write_export};
use crate::model::Plan;
use crate::text::Lang;
use std::path::Path;

/// Width of an exported PNG, pixels (as the command line's default).
pub const PNG_WIDTH_PX: u32 = 2400;

/// The export a command asks for.
pub fn format_of(command: super::Command) -> Option<ExportFormat> {
    use super::Command as C;
    Some(match command {
        C::ExportCsv => ExportFormat::Csv,
        C::ExportXlsx => ExportFormat::Xlsx,
        C::ExportSvg => ExportFormat::Svg,
        C::ExportPng => ExportFormat::Png,
        C::ExportPdf => ExportFormat::Pdf,
        C::ExportHtml => ExportFormat::Html,
        C::ExportDxf => ExportFormat::Dxf,
        _ => return None,
    })
}

/// What the format is called in the window, in English.
pub fn describe(format: ExportFormat) -> &'static str {
    describe_in(Lang::En, format)
}

/// What the format is called in the window, in `lang`.
pub fn describe_in(lang: Lang, format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Csv => lang.pick("booth list (CSV)", "展位清单（CSV）"),
        ExportFormat::Xlsx => lang.pick("booth list (XLSX)", "展位清单（XLSX）"),
        ExportFormat::Svg => lang.pick("drawing (SVG)", "平面图（SVG）"),
        ExportFormat::Png => lang.pick("drawing (PNG)", "平面图（PNG）"),
        ExportFormat::Pdf => lang.pick("drawing (PDF)", "平面图（PDF）"),
        ExportFormat::Html => lang.pick("interactive map (HTML)", "交互地图（HTML）"),
        ExportFormat::Dxf => lang.pick("CAD drawing (DXF)", "CAD 图纸（DXF）"),
    }
}

/// The path window for an export.
pub fn prompt_spec(format: ExportFormat) -> PromptSpec {
    PromptSpec {
        title: Wording::new(
            format!("Export {}", describe_in(Lang::En, format)),
            format!("导出{}", describe_in(Lang::Zh, format)),
        ),
        ok: Wording::new("Export", "导出"),
        mode: DialogMode::Save,
        filter_name: format.extension().to_uppercase(),
        extensions: vec![format.extension().to_owned()],
    }
}

/// Writes the export and says what was written, or why not. A missing folder is made.
/// Drawings follow `opts`.
pub fn run_export(
    plan: &Plan,
    format: ExportFormat,
    path: &Path,
    opts: &DrawingOptions,
) -> Result<String, String> {
    let fail =
        |err: &dyn std::fmt::Display| format!("Could not export to {}: {err}", path.display());
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(|err| fail(&err))?;
    }
    write_export(plan, format, path, opts, PNG_WIDTH_PX).map_err(|e| fail(&format!("{e:#}")))?;
    Ok(format!(
        "Exported the {} ({} booths) to {}",
        describe(format),
        plan.booths.len(),
        path.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_export_command_has_a_format_and_writes_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let plan = crate::generate::empty_plan("export test", 60.0, 40.0).unwrap();
        for command in super::super::Command::ALL {
            let Some(format) = format_of(command) else {
                continue;
            };
            let path = dir
                .path()
                .join("sub")
                .join(format!("out.{}", format.extension()));
            let opts = DrawingOptions {
                paper: crate::drawing::Paper::A3,
                ..DrawingOptions::default()
            };
            let message = run_export(&plan, format, &path, &opts).unwrap();
            assert!(message.contains("out."), "{message}");
            assert!(std::fs::metadata(&path).unwrap().len() > 0, "{format:?}");
        }
    }

    #[test]
    fn a_failed_export_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, "x").unwrap();
        let plan = crate::generate::empty_plan("export test", 60.0, 40.0).unwrap();
        let err = run_export(
            &plan,
            ExportFormat::Csv,
            &blocker.join("out.csv"),
            &DrawingOptions::default(),
        )
        .unwrap_err();
        assert!(err.contains("out.csv"), "{err}");
    }
}
