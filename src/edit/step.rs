//! What one undoable step did, as data: the Edit menu, the status bar and the history
//! say it in the planner's language (see [`Step::text`]).

use crate::model::{BoothStatus, NumericSetting, ObstacleKind};
use crate::text::{Lang, obstacle_kind, setting_name, status_name};

/// One booth by its number, or how many booths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Booths {
    /// One booth, by number.
    One(String),
    /// Several booths.
    Many(usize),
}

impl Booths {
    /// The booths as the English label names them: "booth A-012" or "3 booths".
    fn en(&self) -> String {
        match self {
            Booths::One(number) => format!("booth {number}"),
            Booths::Many(n) => format!("{n} booths"),
        }
    }

    /// The booths in Chinese after `verb`: "移动展位 A-012" or "移动 3 个展位" (a space
    /// between Chinese and a number or Latin letters, none within Chinese).
    fn zh(&self, verb: &str) -> String {
        match self {
            Booths::One(number) => format!("{verb}展位 {number}"),
            Booths::Many(n) => format!("{verb} {n} 个展位"),
        }
    }
}

/// Which field of a booth an edit changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoothField {
    /// Its number.
    Number,
    /// Its sector.
    Sector,
    /// Its sales status.
    Status,
    /// Its price.
    Price,
    /// Its notes.
    Notes,
    /// Its position.
    Position,
    /// Its size.
    Size,
}

impl BoothField {
    fn text(self, lang: Lang) -> &'static str {
        match self {
            BoothField::Number => lang.pick("number", "编号"),
            BoothField::Sector => lang.pick("sector", "展区"),
            BoothField::Status => lang.pick("status", "状态"),
            BoothField::Price => lang.pick("price", "价格"),
            BoothField::Notes => lang.pick("notes", "备注"),
            BoothField::Position => lang.pick("position", "位置"),
            BoothField::Size => lang.pick("size", "尺寸"),
        }
    }
}

/// What an undoable step did, with the names it needs to say so.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Booths moved.
    MoveBooths(Booths),
    /// A booth resized.
    ResizeBooth(String),
    /// A booth turned 90°.
    RotateBooth(String),
    /// A field of one or more booths changed.
    ChangeBooths(BoothField, Booths),
    /// Booths deleted.
    DeleteBooths(Booths),
    /// A new booth.
    NewBooth(String),
    /// Booths duplicated.
    DuplicateBooths(Booths),
    /// Booths locked.
    LockBooths(Booths),
    /// Booths unlocked.
    UnlockBooths(Booths),
    /// An exhibitor given a booth.
    Assign {
        /// The exhibitor's name.
        exhibitor: String,
        /// The booth's number.
        booth: String,
    },
    /// An exhibitor moved from one booth to another.
    MoveExhibitor {
        /// The exhibitor's name.
        exhibitor: String,
        /// The booth it left.
        from: String,
        /// The booth it went to.
        to: String,
        /// The status the sale has on the new booth (the booth left is available).
        status: BoothStatus,
    },
    /// An exhibitor placed in a new booth of the size it asked for.
    PlaceInNewBooth {
        /// The exhibitor's name.
        exhibitor: String,
        /// The new booth's number.
        booth: String,
    },
    /// A booth's exhibitor taken off.
    Unassign(String),
    /// Exhibitors added or updated from a list.
    ImportExhibitors(usize),
    /// A hall drawn.
    AddHall(String),
    /// A hall's walls changed (corners moved, added or taken away).
    ReshapeHall(String),
    /// A hall moved as a whole.
    MoveHall(String),
    /// A hall renamed.
    RenameHall(String),
    /// A hall deleted (with what stood on it).
    DeleteHall(String),
    /// A sector made.
    AddSector(String),
    /// A sector's code, names or colour changed.
    ChangeSector(String),
    /// A sector deleted.
    DeleteSector(String),
    /// Floor painted into a sector (a region drawn).
    PaintRegion(String),
    /// A sector's region deleted.
    DeleteRegion(String),
    /// Columns placed on a grid in a hall.
    AddColumns {
        /// How many.
        count: usize,
        /// The hall's name.
        hall: String,
    },
    /// A column, stage or service area placed.
    AddObstacle(ObstacleKind, String),
    /// A column, stage or service area changed (moved, resized, renamed).
    ChangeObstacle(ObstacleKind, String),
    /// Obstacles deleted.
    DeleteObstacles(usize),
    /// An exit placed on a wall.
    AddExit(String),
    /// An exit moved, widened or renamed.
    ChangeExit(String),
    /// An exit deleted.
    DeleteExit(String),
    /// A rule setting changed.
    ChangeSetting(NumericSetting),
    /// Which halls have sprinklers changed.
    ChangeSprinklers,
    /// The plan's name, event, venue, dates or currency changed.
    ChangeDetails,
    /// A new venue: halls, sectors, obstacles and exits replaced.
    ReplaceVenue,
    /// A layer of the underlay shown or hidden.
    ShowUnderlayLayer {
        /// The layer's name.
        layer: String,
        /// Whether it is shown now.
        visible: bool,
    },
}

impl Step {
    /// The step as the Edit menu shows it after "Undo" / "撤销", e.g. "move of booth
    /// A-012" or "移动展位 A-012".
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Zh => self.zh(),
        }
    }

    fn en(&self) -> String {
        match self {
            Step::MoveBooths(b) => format!("move of {}", b.en()),
            Step::ResizeBooth(n) => format!("resize of booth {n}"),
            Step::RotateBooth(n) => format!("rotation of booth {n}"),
            Step::ChangeBooths(field, b) => format!("{} of {}", field.text(Lang::En), b.en()),
            Step::DeleteBooths(b) => format!("deletion of {}", b.en()),
            Step::NewBooth(n) => format!("new booth {n}"),
            Step::DuplicateBooths(b) => format!("duplicate of {}", b.en()),
            Step::LockBooths(b) => format!("lock of {}", b.en()),
            Step::UnlockBooths(b) => format!("unlock of {}", b.en()),
            Step::Assign { exhibitor, booth } => {
                format!("assignment of {exhibitor} to booth {booth}")
            }
            Step::MoveExhibitor {
                exhibitor,
                from,
                to,
                status,
            } => format!(
                "move of {exhibitor} from booth {from} (now available) to booth {to} (now {})",
                status_name(Lang::En, *status)
            ),
            Step::PlaceInNewBooth { exhibitor, booth } => {
                format!("placement of {exhibitor} in new booth {booth}")
            }
            Step::Unassign(n) => format!("unassignment of booth {n}"),
            Step::ImportExhibitors(1) => "import of 1 exhibitor".to_owned(),
            Step::ImportExhibitors(n) => format!("import of {n} exhibitors"),
            Step::AddHall(h) => format!("new hall {h}"),
            Step::ReshapeHall(h) => format!("new walls of {h}"),
            Step::MoveHall(h) => format!("move of {h}"),
            Step::RenameHall(h) => format!("renaming of {h}"),
            Step::DeleteHall(h) => format!("deletion of {h}"),
            Step::AddSector(s) => format!("new sector {s}"),
            Step::ChangeSector(s) => format!("change of sector {s}"),
            Step::DeleteSector(s) => format!("deletion of sector {s}"),
            Step::PaintRegion(s) => format!("new region of sector {s}"),
            Step::DeleteRegion(s) => format!("deletion of a region of sector {s}"),
            Step::AddColumns { count: 1, hall } => format!("1 column in {hall}"),
            Step::AddColumns { count, hall } => format!("{count} columns in {hall}"),
            Step::AddObstacle(kind, name) => {
                format!("new {} {name}", obstacle_kind(Lang::En, *kind))
            }
            Step::ChangeObstacle(kind, name) => {
                format!("change of {} {name}", obstacle_kind(Lang::En, *kind))
            }
            Step::DeleteObstacles(1) => "deletion of 1 obstacle".to_owned(),
            Step::DeleteObstacles(n) => format!("deletion of {n} obstacles"),
            Step::AddExit(e) => format!("new exit {e}"),
            Step::ChangeExit(e) => format!("change of exit {e}"),
            Step::DeleteExit(e) => format!("deletion of exit {e}"),
            Step::ChangeSetting(s) => format!("change of {}", setting_name(Lang::En, *s)),
            Step::ChangeSprinklers => "change of sprinklers".to_owned(),
            Step::ChangeDetails => "change of the plan's details".to_owned(),
            Step::ReplaceVenue => "new venue".to_owned(),
            Step::ShowUnderlayLayer {
                layer,
                visible: true,
            } => format!("showing of drawing layer {layer}"),
            Step::ShowUnderlayLayer {
                layer,
                visible: false,
            } => format!("hiding of drawing layer {layer}"),
        }
    }

    fn zh(&self) -> String {
        match self {
            Step::MoveBooths(b) => b.zh("移动"),
            Step::ResizeBooth(n) => format!("调整展位 {n} 尺寸"),
            Step::RotateBooth(n) => format!("旋转展位 {n}"),
            Step::ChangeBooths(field, Booths::One(n)) => {
                format!("修改展位 {n} 的{}", field.text(Lang::Zh))
            }
            Step::ChangeBooths(field, b) => format!("{}的{}", b.zh("修改"), field.text(Lang::Zh)),
            Step::DeleteBooths(b) => b.zh("删除"),
            Step::NewBooth(n) => format!("新建展位 {n}"),
            Step::DuplicateBooths(b) => b.zh("复制"),
            Step::LockBooths(b) => b.zh("锁定"),
            Step::UnlockBooths(b) => b.zh("解锁"),
            Step::Assign { exhibitor, booth } => format!("将 {exhibitor} 安排到展位 {booth}"),
            Step::MoveExhibitor {
                exhibitor,
                from,
                to,
                status,
            } => format!(
                "将 {exhibitor} 从展位 {from}（改为可售）移到展位 {to}（{}）",
                status_name(Lang::Zh, *status)
            ),
            Step::PlaceInNewBooth { exhibitor, booth } => {
                format!("将 {exhibitor} 安排到新展位 {booth}")
            }
            Step::Unassign(n) => format!("清空展位 {n} 的展商"),
            Step::ImportExhibitors(n) => format!("导入 {n} 个展商"),
            Step::AddHall(h) => format!("新建展厅 {h}"),
            Step::ReshapeHall(h) => format!("修改展厅 {h} 的墙体"),
            Step::MoveHall(h) => format!("移动展厅 {h}"),
            Step::RenameHall(h) => format!("重命名展厅 {h}"),
            Step::DeleteHall(h) => format!("删除展厅 {h}"),
            Step::AddSector(s) => format!("新建展区 {s}"),
            Step::ChangeSector(s) => format!("修改展区 {s}"),
            Step::DeleteSector(s) => format!("删除展区 {s}"),
            Step::PaintRegion(s) => format!("为展区 {s} 添加区域"),
            Step::DeleteRegion(s) => format!("删除展区 {s} 的一个区域"),
            Step::AddColumns { count, hall } => format!("在 {hall} 放置 {count} 根柱子"),
            Step::AddObstacle(kind, name) => {
                format!("新建{} {name}", obstacle_kind(Lang::Zh, *kind))
            }
            Step::ChangeObstacle(kind, name) => {
                format!("修改{} {name}", obstacle_kind(Lang::Zh, *kind))
            }
            Step::DeleteObstacles(n) => format!("删除 {n} 个障碍物"),
            Step::AddExit(e) => format!("新建出口 {e}"),
            Step::ChangeExit(e) => format!("修改出口 {e}"),
            Step::DeleteExit(e) => format!("删除出口 {e}"),
            Step::ChangeSetting(s) => format!("修改{}", setting_name(Lang::Zh, *s)),
            Step::ChangeSprinklers => "修改喷淋设置".to_owned(),
            Step::ChangeDetails => "修改平面图信息".to_owned(),
            Step::ReplaceVenue => "新场馆".to_owned(),
            Step::ShowUnderlayLayer {
                layer,
                visible: true,
            } => format!("显示图纸图层 {layer}"),
            Step::ShowUnderlayLayer {
                layer,
                visible: false,
            } => format!("隐藏图纸图层 {layer}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_read_in_both_languages() {
        let step = Step::MoveBooths(Booths::One("A-012".to_owned()));
        assert_eq!(step.text(Lang::En), "move of booth A-012");
        assert_eq!(step.text(Lang::Zh), "移动展位 A-012");
        let step = Step::ChangeBooths(BoothField::Price, Booths::Many(3));
        assert_eq!(step.text(Lang::En), "price of 3 booths");
        assert_eq!(step.text(Lang::Zh), "修改 3 个展位的价格");
        let step = Step::ChangeSetting(NumericSetting::MinAisle);
        assert_eq!(step.text(Lang::En), "change of minimum aisle");
        assert!(step.text(Lang::Zh).contains("最小通道"));
    }

    #[test]
    fn no_chinese_step_text_is_left_in_english() {
        let steps = [
            Step::AddHall("H".into()),
            Step::ReshapeHall("H".into()),
            Step::AddColumns {
                count: 12,
                hall: "H".into(),
            },
            Step::AddObstacle(ObstacleKind::Stage, "S".into()),
            Step::AddExit("E".into()),
            Step::ChangeSprinklers,
            Step::ChangeDetails,
            Step::ReplaceVenue,
            Step::ShowUnderlayLayer {
                layer: "X".into(),
                visible: false,
            },
            Step::PaintRegion("A".into()),
        ];
        for step in steps {
            let zh = step.text(Lang::Zh);
            let latin = zh.chars().filter(|c| c.is_ascii_lowercase()).count();
            assert_eq!(latin, 0, "{zh}");
        }
    }
}
