//! Loading a plan for a subcommand, with errors that name the file and, for a syntax
//! error, the place as `FILE:LINE:COLUMN` (the form editors and terminals link).

use crate::io::{LoadError, load_plan};
use crate::model::Plan;
use anyhow::anyhow;
use std::path::Path;

/// Loads the plan at `path`; the error names the file, and the line and column when the
/// text is at fault.
pub(crate) fn load(path: &Path) -> anyhow::Result<Plan> {
    load_plan(path).map_err(|err| match err {
        LoadError::Syntax {
            line,
            column,
            message,
        } => anyhow!("{}:{line}:{column}: {message}", path.display()),
        LoadError::NotUtf8 { line, column } => anyhow!(
            "{}:{line}:{column}: not UTF-8 text (is this an expoplan plan?)",
            path.display()
        ),
        LoadError::IntegrityAt {
            line,
            column,
            error,
        } => anyhow!(
            "{}:{line}:{column}: the plan is inconsistent: {error}",
            path.display()
        ),
        // These messages name the file and carry their cause already: kept as text, so
        // `{:#}` does not print the cause twice.
        read @ (LoadError::Read { .. } | LoadError::TooLarge { .. }) => anyhow!("{read}"),
        other => anyhow!("cannot load {}: {other}", path.display()),
    })
}

/// Whether two paths name the same file (both must exist to compare by identity).
pub(crate) fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_name_file_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("broken.ron");
        std::fs::write(&path, "(\n  version: 2,\n  meta: [oops\n").unwrap();
        let err = load(&path).unwrap_err();
        let text = format!("{err:#}");
        let expected = format!("{}:3:", path.display());
        assert!(text.starts_with(&expected), "{text}");
    }

    #[test]
    fn a_missing_file_is_named() {
        let err = load(Path::new("no/such/plan.ron")).unwrap_err();
        assert!(format!("{err:#}").contains("no/such/plan.ron"));
    }

    #[test]
    fn same_file_sees_through_spelling() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        std::fs::write(&path, "x").unwrap();
        let other = dir.path().join(".").join("a.ron");
        assert!(same_file(&path, &other));
        assert!(!same_file(&path, &dir.path().join("b.ron")));
    }
}
