//! `expoplan generate [--preset P] [--booths N] [--seed S] -o OUT`: writes a generated
//! plan.

use super::Outcome;
use super::output::written;
use crate::generate::{DEFAULT_SEED, GenerateOptions, MAX_BOOTHS, Preset, generate};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

/// Generate a plan.
#[derive(Debug, Clone, Args)]
pub struct GenerateArgs {
    /// The venue.
    #[arg(long, value_enum, default_value_t = Preset::Waic2023)]
    pub preset: Preset,
    /// Make exactly N booths, each with its own exhibitor, adding trade-fair halls as
    /// needed (up to 500,000, so that the plan stays small enough for expoplan to open).
    /// Without it: the show as it was.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(0..=MAX_BOOTHS as u64))]
    pub booths: Option<u64>,
    /// Seed for stand sizes, names and statuses; the same seed gives the same plan.
    #[arg(long, value_name = "S", default_value_t = DEFAULT_SEED)]
    pub seed: u64,
    /// The plan file to write (.ron; an existing file is kept as FILE.bak), or - for
    /// standard output.
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: PathBuf,
}

impl GenerateArgs {
    /// The generator options these arguments ask for.
    pub fn options(&self) -> GenerateOptions {
        GenerateOptions {
            preset: self.preset,
            booths: self
                .booths
                .map(|n| usize::try_from(n).unwrap_or(MAX_BOOTHS)),
            seed: self.seed,
        }
    }

    /// Generates and writes the plan.
    pub fn run(&self, out: &mut dyn Write) -> anyhow::Result<Outcome> {
        let plan = generate(&self.options());
        if self.output.as_os_str() == "-" {
            out.write_all(crate::io::plan_to_ron(&plan).as_bytes())?;
            return Ok(Outcome::Done);
        }
        written(
            &self.output,
            crate::io::save_plan(&self.output, &plan).map_err(anyhow::Error::from),
        )?;
        writeln!(
            out,
            "Wrote {}: {} booths, {} exhibitors, {} halls, {} exits to {}.",
            plan.meta.name,
            plan.booths.len(),
            plan.exhibitors.len(),
            plan.halls.len(),
            plan.exits.len(),
            self.output.display()
        )?;
        Ok(Outcome::Done)
    }
}
