//! The window: an eframe app around one open plan.

mod app;
pub mod canvas;
pub mod commands;
mod confirm_delete;
pub mod files;
mod fonts;
pub mod i18n;
pub mod intent;
mod menu;
mod palette;
pub mod panels;
mod status_bar;
mod toolbar;
mod tooltip;

pub use app::PlannerApp;
pub use fonts::install as install_fonts;

use std::path::PathBuf;

/// Opens the window on the plan at `path`, or on the built-in WAIC 2023 sample.
///
/// The window opens at once: a plan named on the command line is read on a worker with
/// a progress bar, and one that cannot be read is shown as an error in the window.
pub fn run_native(path: Option<PathBuf>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([640.0, 400.0])
            .with_title("expoplan"),
        ..Default::default()
    };
    eframe::run_native(
        "expoplan",
        options,
        Box::new(move |cc| {
            Ok(Box::new(match path {
                Some(path) => PlannerApp::opening(
                    &cc.egui_ctx,
                    cc.storage,
                    path,
                    files::FileSettings::for_user(),
                ),
                None => PlannerApp::with_storage(
                    &cc.egui_ctx,
                    cc.storage,
                    crate::generate::waic_2023(),
                    None,
                ),
            }))
        }),
    )
    .map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))
}
