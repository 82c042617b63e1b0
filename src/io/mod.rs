//! Files: the versioned RON save format with atomic saving, the booth-list export (CSV,
//! XLSX) and the exhibitor import (CSV, XLSX).
//!
//! - [`plan_to_ron`], [`write_plan`], [`parse_plan`], [`load_plan`], [`save_plan`]: the
//!   save format ([`FORMAT_VERSION`]); older versions are upgraded on load.
//! - [`load_plan_with_progress`]: loading with [`LoadProgress`] for a progress bar.
//! - [`write_booth_csv`], [`write_booth_xlsx`]: the booth list, one row per booth.
//! - [`read_table`], [`preview_import`], [`ImportPreview::edit`]: importing exhibitors.
//! - [`write_atomic`]: replace any file atomically (for exports).

mod atomic;
mod capped;
pub mod dxf;
mod export;
mod import;
pub(crate) mod printable;
mod save;
mod stale;

pub use atomic::{SaveError, backup_path, write_atomic};
pub use export::{
    BoothCell, BoothRow, ExportError, booth_headers, booth_rows, looks_like_formula,
    write_booth_csv, write_booth_csv_file, write_booth_xlsx,
};
pub use import::{
    Column, ImportError, ImportPreview, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, MAX_KEPT_ITEMS,
    MAX_UNPACKED_BYTES, RefProblem, RowError, Table, TableRow, XlsxError, preview_import,
    read_csv_bytes, read_table, read_table_bytes, size_for_area,
};
pub use printable::printable;
pub use save::{
    FORMAT_VERSION, LoadError, LoadProgress, MAX_PLAN_BYTES, load_plan, load_plan_with_progress,
    parse_plan, parse_plan_bytes, parse_plan_fast, parse_plan_general, plan_to_ron, save_plan,
    write_plan,
};
pub use stale::{STALE_AFTER, remove_stale_temporaries};
