//! expoplan: an exhibition-floor planner.
//!
//! The crate is a pure document core with thin edges:
//! - [`model`]: the plan as data (metres, ids, halls, sectors, booths, exhibitors, …);
//! - [`edit`]: every change as an undoable [`edit::Edit`], and the undo [`edit::History`];
//! - [`rules`]: checks a plan and returns a [`rules::Report`] (capacity, overlaps, aisles,
//!   exits, occupancy);
//! - [`io`]: the versioned RON save format, atomic saving, imports and exports;
//! - [`generate`]: the built-in sample plan and large plans for stress tests;
//! - [`drawing`]: the floor as SVG, PNG, PDF and an interactive HTML map;
//! - [`fonts`]: the bundled CJK font (Noto Sans CJK SC subset, OFL);
//! - [`text`]: the two languages, and texts shared by the window and the command line;
//! - [`cli`]: the command line (`check`, `export`, `generate`, …);
//! - `ui` (feature `gui`): the eframe window.
//!
//! Without the `gui` feature the crate builds with no GUI dependency at all.

pub mod cli;
pub mod document;
pub mod drawing;
pub mod edit;
pub mod export;
pub mod fonts;
pub mod generate;
pub mod io;
pub mod model;
pub mod rules;
pub mod text;
#[cfg(feature = "gui")]
pub mod ui;
