//! Tests of the import preview and its edit.

use super::*;
use crate::edit::History;
use crate::io::import::{TableRow, read_csv_bytes};
use crate::model::SectorId;

fn plan_with(names: &[&str]) -> Plan {
    let mut plan = Plan::empty("t", 60.0, 40.0).unwrap();
    for (id, name) in (1..).zip(names) {
        plan.exhibitors.push(Exhibitor {
            contact: "old contact".to_owned(),
            preferred_sector: Some(SectorId(1)),
            requested_size: Some(Size { w: 3.0, h: 3.0 }),
            ..Exhibitor::new(ExhibitorId(id), *name)
        });
    }
    plan
}

fn preview(plan: &Plan, csv: &str) -> ImportPreview {
    preview_import(plan, &read_csv_bytes(csv.as_bytes()).unwrap())
}

fn size(w: f64, h: f64) -> Option<Size> {
    Some(Size { w, h })
}

#[test]
fn chinese_headers_add_new_exhibitors_with_fresh_ids() {
    let plan = plan_with(&["Acme"]);
    let p = preview(
        &plan,
        "名称,展区,宽度,深度,面积,联系人,首发\n\
         深度求索,核心技术,6,3,,张伟,是\n\
         商汤科技,Smart Terminals,,,36,,否\n\
         云从科技,,,,18,,\n",
    );
    assert_eq!(p.errors, []);
    assert!(p.updated.is_empty());
    let added: Vec<_> = p
        .added
        .iter()
        .map(|e| {
            (
                e.id.0,
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
            (2, "深度求索", Some(SectorId(1)), size(6.0, 3.0), true),
            (3, "商汤科技", Some(SectorId(2)), size(6.0, 6.0), false),
            (4, "云从科技", None, size(6.0, 3.0), false),
        ]
    );
    assert_eq!(p.added[0].contact, "张伟");
}

#[test]
fn rows_matching_by_name_update_only_the_cells_they_fill() {
    let plan = plan_with(&["Acme Vision", "Unchanged Ltd"]);
    let p = preview(
        &plan,
        "Name,Sector,Width,Depth,Contact\n\
         \x20 ACME vision ,D,9,6,\n\
         unchanged ltd,,,,\n",
    );
    assert_eq!(p.errors, []);
    assert!(p.added.is_empty());
    let [(old, new)] = p.updated.as_slice() else {
        panic!("{:?}", p.updated);
    };
    assert_eq!(old, &plan.exhibitors[0]);
    assert_eq!(new.name, "Acme Vision");
    assert_eq!(new.id, ExhibitorId(1));
    assert_eq!(new.preferred_sector, Some(SectorId(4)));
    assert_eq!(new.requested_size, size(9.0, 6.0));
    assert_eq!(new.contact, "old contact");
}

#[test]
fn bad_rows_are_reported_by_row_and_the_others_still_import() {
    let plan = plan_with(&[]);
    let p = preview(
        &plan,
        "name,width,depth,area,sector,first launch\n\
         Good One,3,3,,,\n\
         Bad Width,six,3,,,\n\
         \"Two, problems\",3,,,Robots,maybe\n\
         ,3,3,,,\n\
         good one,,,9,,\n\
         Mismatch,3,3,36,,\n\
         Good Two,,,,,yes\n",
    );
    let errors: Vec<(usize, &str)> = p
        .errors
        .iter()
        .map(|e| (e.row, e.reason.as_str()))
        .collect();
    assert_eq!(errors.len(), 5, "{errors:#?}");
    assert_eq!(errors[0], (3, "width \"six\" is not a number"));
    assert_eq!(errors[1].0, 4);
    assert!(
        errors[1].1.contains("unknown sector \"Robots\""),
        "{}",
        errors[1].1
    );
    assert!(errors[1].1.contains("核心技术"), "{}", errors[1].1);
    assert!(
        errors[1].1.contains("a width without a depth"),
        "{}",
        errors[1].1
    );
    assert!(
        errors[1].1.contains("\"maybe\" is not yes or no"),
        "{}",
        errors[1].1
    );
    assert_eq!(errors[2], (5, "no name"));
    assert_eq!(errors[3], (6, "\"good one\" is already in row 2"));
    assert_eq!(errors[4].0, 7);
    assert!(
        errors[4].1.contains("9 m² but the area says 36 m²"),
        "{}",
        errors[4].1
    );
    let names: Vec<&str> = p.added.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Good One", "Good Two"]);
    assert_eq!(p.added[1].id, ExhibitorId(2));
}

#[test]
fn a_table_without_a_name_column_is_one_error_at_the_header() {
    let table = Table {
        format: "CSV, UTF-8".to_owned(),
        header_row: 1,
        headers: vec!["phone".to_owned()],
        rows: vec![TableRow {
            row: 2,
            cells: vec!["123".to_owned()],
        }],
    };
    let p = preview_import(&plan_with(&[]), &table);
    assert_eq!(p.errors.len(), 1);
    assert_eq!(p.errors[0].row, 1);
    assert!(p.errors[0].reason.contains("no name column"));
    assert!(p.edit().is_none());
}

#[test]
fn the_import_is_one_undoable_edit_and_nothing_changes_before() {
    let mut plan = plan_with(&["Acme"]);
    let before = plan.clone();
    let p = preview(
        &plan,
        "name,contact\nAcme,new contact\nNew Co,x\nOther Co,y\n",
    );
    assert_eq!(plan, before);
    let edit = p.edit().unwrap();
    assert_eq!(edit.step, crate::edit::Step::ImportExhibitors(3));
    let mut history: History<()> = History::default();
    history.apply(&mut plan, edit, (), ()).unwrap();
    assert_eq!(plan.exhibitors.len(), 3);
    assert_eq!(plan.exhibitors[0].contact, "new contact");
    plan.check_integrity().unwrap();
    assert_eq!(history.undo_depth(), 1);
    history.undo(&mut plan).unwrap();
    assert_eq!(plan, before);

    let one = preview(&plan, "name\nSolo\n").edit().unwrap();
    assert_eq!(
        one.step.text(crate::text::Lang::En),
        "import of 1 exhibitor"
    );
    assert!(preview(&plan, "name\nacme\n").edit().is_none());
}

#[test]
fn the_preview_says_how_the_file_was_read_and_which_columns_it_leaves_out() {
    let (gbk, _, _) = encoding_rs::GBK.encode("名称,传真,展区\n深蓝智能,021-1234,A\n");
    let table = read_csv_bytes(&gbk).unwrap();
    let gbk_preview = preview_import(&plan_with(&[]), &table);
    assert_eq!(gbk_preview.format, "CSV, GB18030 (GBK)");
    assert_eq!(gbk_preview.ignored_columns, ["传真"]);
    assert_eq!(gbk_preview.added[0].name, "深蓝智能");
    let utf8 = preview(&plan_with(&[]), "name,sector\nAcme,A\n");
    assert_eq!(utf8.format, "CSV, UTF-8");
    assert!(utf8.ignored_columns.is_empty());
}
