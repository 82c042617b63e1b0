//! Names of things with a fixed set of values in both languages: commands, booth
//! statuses, booth types, severities and rule codes.

use super::Lang;
use crate::model::{BoothStatus, BoothType};
use crate::rules::{Code, Severity};
use crate::ui::canvas::ToolKind;
use crate::ui::commands::Command;

const fn pick(lang: Lang, en: &'static str, zh: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

/// The menu text of a command.
pub const fn command(lang: Lang, command: Command) -> &'static str {
    let (en, zh) = match command {
        Command::New => ("New plan", "新建平面图"),
        Command::Open => ("Open…", "打开…"),
        Command::Save => ("Save", "保存"),
        Command::SaveAs => ("Save as…", "另存为…"),
        Command::Quit => ("Quit", "退出"),
        Command::Undo => ("Undo", "撤销"),
        Command::Redo => ("Redo", "重做"),
        Command::SelectAll => ("Select all", "全选"),
        Command::SelectNone => ("Select none", "取消选择"),
        Command::Delete => ("Delete", "删除"),
        Command::Duplicate => ("Duplicate", "复制"),
        Command::Rotate => ("Rotate 90°", "旋转 90°"),
        Command::ToggleLock => ("Lock / unlock", "锁定 / 解锁"),
        Command::PriceFromList => ("Price from the list", "按价目表定价"),
        Command::NudgeLeft => ("Nudge west", "向西微移"),
        Command::NudgeRight => ("Nudge east", "向东微移"),
        Command::NudgeUp => ("Nudge north", "向北微移"),
        Command::NudgeDown => ("Nudge south", "向南微移"),
        Command::ZoomToFit => ("Zoom to fit", "缩放到全图"),
        Command::ZoomToSelection => ("Zoom to selection", "缩放到所选"),
        Command::ZoomIn => ("Zoom in", "放大"),
        Command::ZoomOut => ("Zoom out", "缩小"),
        Command::ToggleColorMode => ("Colour by sector / status", "按展区 / 状态着色"),
        Command::ImportExhibitors => ("Import exhibitors…", "导入展商…"),
        Command::ImportDrawing => ("Import venue drawing (DXF)…", "导入场馆图纸 (DXF)…"),
        Command::ExportCsv => ("Export booth list (CSV)…", "导出展位列表 (CSV)…"),
        Command::ExportXlsx => ("Export booth list (XLSX)…", "导出展位列表 (XLSX)…"),
        Command::ExportSvg => ("Export drawing (SVG)…", "导出图纸 (SVG)…"),
        Command::ExportPng => ("Export drawing (PNG)…", "导出图纸 (PNG)…"),
        Command::ExportPdf => ("Export drawing (PDF)…", "导出图纸 (PDF)…"),
        Command::ExportHtml => ("Export interactive map (HTML)…", "导出交互地图 (HTML)…"),
        Command::ExportDxf => ("Export CAD drawing (DXF)…", "导出 CAD 图纸 (DXF)…"),
        Command::ToggleExhibitorsPanel => ("Exhibitors", "展商"),
        Command::ToggleInspectorPanel => ("Inspector", "属性"),
        Command::ToggleBoothListPanel => ("Booth list", "展位列表"),
        Command::ToggleDashboardPanel => ("Capacity", "容量"),
        Command::ToggleProblemsPanel => ("Problems", "问题"),
        Command::ToggleLanguage => ("中文 / English", "English / 中文"),
        Command::ToggleDarkMode => ("Light / dark", "浅色 / 深色"),
        Command::ToggleVenuePanel => ("Venue and settings", "场馆与规则设置"),
        Command::UseTool(tool) => tool_name(tool),
    };
    pick(lang, en, zh)
}

/// The name of a canvas tool, in English and Chinese.
const fn tool_name(tool: ToolKind) -> (&'static str, &'static str) {
    match tool {
        ToolKind::Select => ("Select", "选择"),
        ToolKind::Hall => ("Draw hall", "绘制展馆"),
        ToolKind::Outline => ("Edit walls", "编辑墙体"),
        ToolKind::Region => ("Sector region", "划分展区"),
        ToolKind::Columns => ("Column grid", "柱网"),
        ToolKind::Obstacle => ("Stage / service", "舞台 / 服务区"),
        ToolKind::Exit => ("Exit", "出口"),
        ToolKind::Measure => ("Measure", "测量"),
    }
}

/// A sales status, lower case in English.
pub const fn status(lang: Lang, status: BoothStatus) -> &'static str {
    crate::text::status_name(lang, status)
}

/// A computed booth type, lower case in English.
pub const fn booth_type(lang: Lang, booth_type: BoothType) -> &'static str {
    match booth_type {
        BoothType::Enclosed => pick(lang, "enclosed", "封闭"),
        BoothType::Inline => pick(lang, "inline", "单开口"),
        BoothType::Corner => pick(lang, "corner", "角位"),
        BoothType::Through => pick(lang, "through", "双面通"),
        BoothType::Peninsula => pick(lang, "peninsula", "半岛"),
        BoothType::Island => pick(lang, "island", "岛型"),
    }
}

/// A severity as a group heading: "Errors", "Warnings", "Notes".
pub const fn severity_group(lang: Lang, severity: Severity) -> &'static str {
    match severity {
        Severity::Error => pick(lang, "Errors", "错误"),
        Severity::Warning => pick(lang, "Warnings", "警告"),
        Severity::Info => pick(lang, "Notes", "提示"),
    }
}

/// A severity as a word: "error", "warning", "note".
pub const fn severity(lang: Lang, severity: Severity) -> &'static str {
    match severity {
        Severity::Error => pick(lang, "error", "错误"),
        Severity::Warning => pick(lang, "warning", "警告"),
        Severity::Info => pick(lang, "note", "提示"),
    }
}

/// A short title of the rule behind a finding (the finding's own message is English).
pub const fn code(lang: Lang, code: Code) -> &'static str {
    match code {
        Code::CapacityExceeded => pick(lang, "Capacity exceeded", "超出面积上限"),
        Code::SectorFill => pick(lang, "Sector nearly full", "展区接近满额"),
        Code::BoothOverlap => pick(lang, "Booths overlap", "展位重叠"),
        Code::OutsideHall => pick(lang, "Booth outside hall", "展位超出展厅"),
        Code::OutsideSector => pick(lang, "Booth outside its sector", "展位超出所属展区"),
        Code::InOtherSector => pick(lang, "Booth in another sector", "展位位于其他展区"),
        Code::UnknownSector => pick(lang, "Unknown sector", "未知展区"),
        Code::OnObstacle => pick(lang, "Booth on an obstacle", "展位压住障碍物"),
        Code::NarrowAisle => pick(lang, "Aisle too narrow", "通道过窄"),
        Code::NarrowWallGap => pick(lang, "Too close to a wall", "距墙过近"),
        Code::NarrowObstacleGap => pick(lang, "Too close to an obstacle", "距障碍物过近"),
        Code::ExitBlocked => pick(lang, "Exit blocked", "出口被堵"),
        Code::DuplicateNumber => pick(lang, "Duplicate booth number", "展位号重复"),
        Code::UnknownExhibitor => pick(lang, "Unknown exhibitor", "未知展商"),
        Code::ExhibitorWithoutBooth => pick(lang, "Exhibitor without booth", "展商未安排展位"),
        Code::ExitWidth => pick(lang, "Exits too narrow", "疏散宽度不足"),
        Code::TravelDistance => pick(lang, "Exit too far", "疏散距离过长"),
        Code::NoAisleAccess => pick(lang, "No aisle access", "无通道可达"),
        Code::ExitOffWall => pick(lang, "Exit off its wall", "出口不在墙上"),
        Code::SizeMismatch => pick(lang, "Not the size asked for", "面积与申请不符"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_distinct_names_in_both_languages() {
        for lang in Lang::ALL {
            let mut seen = std::collections::HashSet::new();
            for c in Command::ALL {
                assert!(seen.insert(command(lang, c)), "{c:?} repeats in {lang:?}");
            }
        }
        assert_eq!(command(Lang::Zh, Command::Save), "保存");
    }

    #[test]
    fn every_rule_code_has_a_chinese_title() {
        for c in Code::ALL {
            assert!(
                code(Lang::Zh, *c).chars().any(|ch| ch > '\u{2e80}'),
                "{c:?}"
            );
        }
    }
}
