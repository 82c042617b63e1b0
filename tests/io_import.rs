//! Importing exhibitors end to end: a workbook written by another program, and the
//! booth list expoplan itself exports.

// Helpers outside #[test] functions unwrap too: a test may.
#![allow(clippy::unwrap_used)]

use expoplan::edit::History;
use expoplan::io::{preview_import, read_table, write_booth_csv_file, write_booth_xlsx};
use expoplan::model::{
    Booth, BoothId, BoothStatus, Exhibitor, ExhibitorId, Plan, Rect, SectorId, Size,
};
use rust_xlsxwriter::Workbook;

#[test]
fn an_xlsx_list_with_chinese_headers_imports_as_one_undoable_step() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("展商名单.xlsx");
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    for (col, header) in (0..).zip(["公司", "展区", "面积", "联系人", "首发"]) {
        sheet.write_string(0, col, header).unwrap();
    }
    let rows: [(&str, &str, f64, &str, bool); 3] = [
        ("深度求索", "前沿技术", 36.0, "李雷", true),
        ("Acme Vision", "core technology", 18.0, "", false),
        ("=HYPERLINK(\"x\")", "应用赋能", 9.0, "", false),
    ];
    for (row, (name, sector, area, contact, first)) in (1..).zip(rows) {
        sheet.write_string(row, 0, name).unwrap();
        sheet.write_string(row, 1, sector).unwrap();
        sheet.write_number(row, 2, area).unwrap();
        sheet.write_string(row, 3, contact).unwrap();
        sheet.write_boolean(row, 4, first).unwrap();
    }
    sheet.write_string(4, 0, "Broken Co").unwrap();
    sheet.write_string(4, 2, "lots").unwrap();
    workbook.save(&path).unwrap();

    let mut plan = Plan::empty("t", 60.0, 40.0).unwrap();
    let before = plan.clone();
    let preview = preview_import(&plan, &read_table(&path).unwrap());
    assert_eq!(preview.errors.len(), 1);
    assert_eq!(preview.errors[0].row, 5);
    assert_eq!(preview.errors[0].reason, "area \"lots\" is not a number");
    let added: Vec<_> = preview
        .added
        .iter()
        .map(|e| {
            (
                e.name.as_str(),
                e.preferred_sector,
                e.requested_size,
                e.first_launch,
            )
        })
        .collect();
    assert_eq!(
        added,
        [
            (
                "深度求索",
                Some(SectorId(4)),
                Some(Size { w: 6.0, h: 6.0 }),
                true
            ),
            (
                "Acme Vision",
                Some(SectorId(1)),
                Some(Size { w: 6.0, h: 3.0 }),
                false
            ),
            (
                "=HYPERLINK(\"x\")",
                Some(SectorId(3)),
                Some(Size { w: 3.0, h: 3.0 }),
                false
            ),
        ]
    );
    assert_eq!(plan, before, "the preview changes nothing");

    let mut history: History<()> = History::default();
    let edit = preview.edit().unwrap();
    assert_eq!(
        edit.step.text(expoplan::text::Lang::En),
        "import of 3 exhibitors"
    );
    history.apply(&mut plan, edit, (), ()).unwrap();
    assert_eq!(plan.exhibitors.len(), 3);
    plan.check_integrity().unwrap();
    history.undo(&mut plan).unwrap();
    assert_eq!(plan, before);
}

/// A plan with two exhibitors, each in one booth.
fn plan_with_booths() -> Plan {
    let mut plan = Plan::empty("t", 60.0, 40.0).unwrap();
    for (id, name, first_launch) in [(1, "深度求索", true), (2, "Comma, Inc.", false)] {
        plan.exhibitors.push(Exhibitor {
            first_launch,
            ..Exhibitor::new(ExhibitorId(id), name)
        });
        plan.booths.push(Booth {
            id: BoothId(id),
            number: format!("A-{id:03}"),
            rect: Rect::new(f64::from(id) * 10.0, 5.0, 6.0, 3.0).unwrap(),
            sector: SectorId(1),
            exhibitor: Some(ExhibitorId(id)),
            status: BoothStatus::Sold,
            price: 1000.0,
            notes: String::new(),
            locked: false,
        });
    }
    plan
}

#[test]
fn the_exported_booth_list_imports_back_as_requested_sizes() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_with_booths();
    let mut emptied = plan.clone();
    for e in &mut emptied.exhibitors {
        e.first_launch = false;
    }
    for file in ["booths.csv", "booths.xlsx"] {
        let path = dir.path().join(file);
        if file.ends_with("csv") {
            write_booth_csv_file(&plan, &path).unwrap();
        } else {
            write_booth_xlsx(&plan, &path).unwrap();
        }
        let preview = preview_import(&emptied, &read_table(&path).unwrap());
        assert_eq!(preview.errors, [], "{file}");
        assert!(preview.added.is_empty(), "{file}");
        let updated: Vec<_> = preview
            .updated
            .iter()
            .map(|(_, new)| {
                (
                    new.name.as_str(),
                    new.preferred_sector,
                    new.requested_size,
                    new.first_launch,
                )
            })
            .collect();
        let size = Some(Size { w: 6.0, h: 3.0 });
        assert_eq!(
            updated,
            [
                ("深度求索", Some(SectorId(1)), size, true),
                ("Comma, Inc.", Some(SectorId(1)), size, false),
            ],
            "{file}"
        );
    }
}
