//! Errors of writing an output file, said once: the file is named, and the cause is not
//! repeated.

use std::path::Path;

/// `result` with "cannot write OUT" in front of its error, unless the error's message
/// names `path` already (a failed save does), so no message says it twice.
pub(crate) fn written<T>(path: &Path, result: anyhow::Result<T>) -> anyhow::Result<T> {
    result.map_err(|err| {
        let shown = path.display().to_string();
        if format!("{err:#}").contains(&shown) {
            err
        } else {
            err.context(format!("cannot write {shown}"))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_named_once() {
        let path = Path::new("out/plan.ron");
        let named: anyhow::Result<()> =
            Err(anyhow::anyhow!("cannot write out/plan.ron: disk full"));
        let err = written(path, named).unwrap_err();
        assert_eq!(format!("{err:#}"), "cannot write out/plan.ron: disk full");
        let unnamed: anyhow::Result<()> = Err(anyhow::anyhow!("disk full"));
        let err = written(path, unnamed).unwrap_err();
        assert_eq!(format!("{err:#}"), "cannot write out/plan.ron: disk full");
    }
}
