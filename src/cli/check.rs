//! `expoplan check FILE [--json] [--sector NAME] [--limit N]`: the rules report.

use super::Outcome;
use super::load::load;
use super::report_text::{TextOptions, write_report};
use crate::model::{ElementId, Plan, SectorId};
use crate::rules::{Finding, validate};
use anyhow::{Context as _, anyhow};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

/// Check a plan against the rules.
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// The plan to check (.ron).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Print the report as JSON: booths, exhibitors, capacity_limit_m2,
    /// total_sector_area_m2, total_booth_area_m2, sectors, occupancy, sales, counts and
    /// problems.
    #[arg(long)]
    pub json: bool,
    /// Keep only the problems that concern this sector: its booths or the sector itself.
    /// English or Chinese name, or its code, in any case. The exit code then follows
    /// these problems only.
    #[arg(long, value_name = "NAME")]
    pub sector: Option<String>,
    /// List at most N problems of each severity in the text report; 0 lists all.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: usize,
}

impl CheckArgs {
    /// Loads, checks and prints. [`Outcome::Problems`] when the (filtered) report has
    /// errors.
    pub fn run(&self, out: &mut dyn Write) -> anyhow::Result<Outcome> {
        let plan = load(&self.file)?;
        let mut report = validate(&plan);
        let sector = match &self.sector {
            None => None,
            Some(name) => Some(plan.sector_by_name(name).ok_or_else(|| {
                let known: Vec<String> = plan
                    .sectors
                    .iter()
                    .map(|s| format!("{} ({} / {})", s.code, s.name_en, s.name_zh))
                    .collect();
                anyhow!(
                    "no sector named {name:?}; the plan has {}",
                    known.join(", ")
                )
            })?),
        };
        if let Some(sector) = sector {
            report
                .findings
                .retain(|f| concerns_sector(&plan, f, sector.id));
        }
        if self.json {
            serde_json::to_writer_pretty(&mut *out, &report).context("cannot write the JSON")?;
            writeln!(out)?;
        } else {
            let options = TextOptions {
                sector,
                limit: self.limit,
            };
            write_report(&plan, &report, options, out)?;
        }
        Ok(if report.has_errors() {
            Outcome::Problems
        } else {
            Outcome::Done
        })
    }
}

/// Whether `finding` names the sector or one of its booths.
fn concerns_sector(plan: &Plan, finding: &Finding, sector: SectorId) -> bool {
    finding.ids.iter().any(|id| match id {
        ElementId::Sector(s) => *s == sector,
        ElementId::Booth(b) => plan.booth(*b).is_some_and(|b| b.sector == sector),
        _ => false,
    })
}
