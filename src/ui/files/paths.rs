//! Default paths for the file windows.

use super::*;

/// The plan's folder (with a trailing separator) for a path field, or empty.
pub(super) fn folder_text(doc: &Document) -> String {
    doc.path()
        .and_then(|p| p.parent())
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(String::new, |p| {
            format!("{}{}", p.display(), std::path::MAIN_SEPARATOR)
        })
}

/// The folder a plan that has no file yet is saved or exported to by default: that of
/// the most recent plan, else the user's Documents folder, else the home folder; never
/// a path relative to wherever the program was started.
pub(super) fn default_folder(recent: Option<&Path>) -> PathBuf {
    if let Some(folder) = recent
        .and_then(Path::parent)
        .filter(|p| p.is_absolute() && p.is_dir())
    {
        return folder.to_path_buf();
    }
    let home = std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from)
        .filter(|p| p.is_absolute());
    match home {
        Some(home) => {
            let documents = home.join("Documents");
            if documents.is_dir() { documents } else { home }
        }
        None => std::env::current_dir().unwrap_or_default(),
    }
}

/// Where an export goes by default: beside the plan's file with the format's extension,
/// or in the [`default_folder`] under the plan's name.
pub(super) fn export_start(doc: &Document, format: ExportFormat, recent: Option<&Path>) -> String {
    let path = match doc.path() {
        Some(plan_file) => plan_file.with_extension(format.extension()),
        None => default_folder(recent).join(format!(
            "{}.{}",
            file_stem_for(&doc.plan().meta.name),
            format.extension()
        )),
    };
    path.display().to_string()
}

/// A plan name made safe as a file name: characters that file systems refuse become `_`.
pub(super) fn file_stem_for(name: &str) -> String {
    let cleaned: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_control() || r#"/\:*?"<>|"#.contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim_matches(['.', ' ']);
    if cleaned.is_empty() {
        "plan".to_owned()
    } else {
        cleaned.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_names_become_safe_file_names() {
        assert_eq!(
            file_stem_for("WAIC 2023 / 世界人工智能大会"),
            "WAIC 2023 _ 世界人工智能大会"
        );
        assert_eq!(file_stem_for(" .. "), "plan");
        assert_eq!(file_stem_for("a:b*c?"), "a_b_c_");
    }

    #[test]
    fn exports_default_beside_the_plan_file() {
        let plan = Plan::empty("Show", 20.0, 20.0).unwrap();
        let doc = Document::new(plan.clone(), Some(PathBuf::from("saves/show.ron")));
        assert_eq!(
            PathBuf::from(export_start(&doc, ExportFormat::Pdf, None)),
            PathBuf::from("saves/show.pdf")
        );
        let unsaved = Document::new(plan, None);
        let start = PathBuf::from(export_start(&unsaved, ExportFormat::Csv, None));
        assert!(start.is_absolute(), "{start:?}");
        assert!(start.ends_with("Show.csv"));
        let recent = std::env::temp_dir().join("show.ron");
        let beside_recent = export_start(&unsaved, ExportFormat::Csv, Some(&recent));
        assert_eq!(
            PathBuf::from(beside_recent),
            std::env::temp_dir().join("Show.csv")
        );
    }
}
