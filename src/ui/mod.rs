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

use anyhow::Context as _;
use std::path::PathBuf;

/// Opens the window on the plan at `path`, or on the built-in WAIC 2023 sample.
pub fn run_native(path: Option<PathBuf>) -> anyhow::Result<()> {
    let plan = match &path {
        Some(p) => {
            crate::io::load_plan(p).with_context(|| format!("cannot open {}", p.display()))?
        }
        None => crate::generate::waic_2023(),
    };
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
            Ok(Box::new(PlannerApp::with_storage(
                &cc.egui_ctx,
                cc.storage,
                plan,
                path,
            )))
        }),
    )
    .map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))
}
