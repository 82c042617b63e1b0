//! Recognising the columns of an exhibitor table by their headers.

/// A column the import understands. Headers are matched ignoring case, surrounding space
/// and a unit in brackets (`Width (m)`, `面积（㎡）`); spaces and dashes count as `_`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// The company name (required): `name`, `名称`, `公司`, `展商`, also `exhibitor`,
    /// `company`, `公司名称`, `展商名称`, `企业名称`.
    Name,
    /// The sector asked for, by English or Chinese name or code: `sector`, `展区`.
    Sector,
    /// Booth width asked for, metres: `width`, `宽`, `宽度`.
    Width,
    /// Booth depth asked for, metres: `depth`, `深`, `深度`.
    Depth,
    /// Booth area asked for, m² (used when width and depth are not given): `area`,
    /// `面积`.
    Area,
    /// Contact person or address: `contact`, `联系人`.
    Contact,
    /// Launches a product for the first time: `first_launch`, `首发`.
    FirstLaunch,
}

impl Column {
    /// Every column, in the order above.
    pub const ALL: [Column; 7] = [
        Column::Name,
        Column::Sector,
        Column::Width,
        Column::Depth,
        Column::Area,
        Column::Contact,
        Column::FirstLaunch,
    ];

    /// The headers that name this column, already normalised.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::Name => &[
                "name",
                "名称",
                "公司",
                "展商",
                "exhibitor",
                "company",
                "公司名称",
                "展商名称",
                "企业名称",
            ],
            Column::Sector => &["sector", "展区"],
            Column::Width => &["width", "宽", "宽度"],
            Column::Depth => &["depth", "深", "深度"],
            Column::Area => &["area", "面积"],
            Column::Contact => &["contact", "联系人"],
            Column::FirstLaunch => &["first_launch", "firstlaunch", "首发"],
        }
    }

    /// The column a header names, if any.
    pub fn from_header(header: &str) -> Option<Column> {
        let key = normalise(header);
        Column::ALL
            .into_iter()
            .find(|c| c.aliases().contains(&key.as_str()))
    }

    /// How the column is usually headed, for messages.
    pub const fn label(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Sector => "sector",
            Column::Width => "width",
            Column::Depth => "depth",
            Column::Area => "area",
            Column::Contact => "contact",
            Column::FirstLaunch => "first launch",
        }
    }
}

/// A header in the form the aliases are written in.
fn normalise(header: &str) -> String {
    let mut text = header.trim().trim_start_matches('\u{feff}').trim();
    // A unit in brackets at the end: "Width (m)", "面积（㎡）", "area [m²]".
    for (open, close) in [('(', ')'), ('（', '）'), ('[', ']')] {
        if let Some(inner) = text.strip_suffix(close)
            && let Some(at) = inner.rfind(open)
        {
            text = inner[..at].trim_end();
        }
    }
    text.to_lowercase()
        .split([' ', '-', '_'])
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

/// Where each known column is in a table: the first column with a matching header.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct ColumnMap {
    positions: [Option<usize>; Column::ALL.len()],
}

impl ColumnMap {
    /// Finds the known columns among `headers`.
    pub(super) fn find(headers: &[String]) -> Self {
        let mut map = ColumnMap::default();
        for (at, header) in headers.iter().enumerate() {
            if let Some(column) = Column::from_header(header) {
                let slot = &mut map.positions[column as usize];
                if slot.is_none() {
                    *slot = Some(at);
                }
            }
        }
        map
    }

    /// Index of `column` in a row, if the table has it.
    pub(super) fn get(&self, column: Column) -> Option<usize> {
        self.positions[column as usize]
    }

    /// Whether the table has `column`.
    pub(super) fn has(&self, column: Column) -> bool {
        self.get(column).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_in_either_language_ignoring_case_space_and_units() {
        let cases = [
            ("Name", Some(Column::Name)),
            ("  名称 ", Some(Column::Name)),
            ("公司", Some(Column::Name)),
            ("展商", Some(Column::Name)),
            ("\u{feff}name", Some(Column::Name)),
            ("SECTOR", Some(Column::Sector)),
            ("展区", Some(Column::Sector)),
            ("Width (m)", Some(Column::Width)),
            ("宽度（米）", Some(Column::Width)),
            ("宽", Some(Column::Width)),
            ("depth", Some(Column::Depth)),
            ("深", Some(Column::Depth)),
            ("Area [m²]", Some(Column::Area)),
            ("面积", Some(Column::Area)),
            ("Contact", Some(Column::Contact)),
            ("联系人", Some(Column::Contact)),
            ("first_launch", Some(Column::FirstLaunch)),
            ("First launch", Some(Column::FirstLaunch)),
            ("first-launch", Some(Column::FirstLaunch)),
            ("首发", Some(Column::FirstLaunch)),
            ("phone", None),
            ("", None),
            ("(m)", None),
        ];
        for (header, expected) in cases {
            assert_eq!(Column::from_header(header), expected, "{header:?}");
        }
    }

    #[test]
    fn the_first_matching_column_wins() {
        let headers: Vec<String> = ["id", "公司", "Name", "面积"].map(str::to_owned).to_vec();
        let map = ColumnMap::find(&headers);
        assert_eq!(map.get(Column::Name), Some(1));
        assert_eq!(map.get(Column::Area), Some(3));
        assert!(!map.has(Column::Width));
    }
}
