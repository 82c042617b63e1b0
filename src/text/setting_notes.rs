//! What the settings form says beside each number: its unit and where its default comes
//! from.

use super::Lang;
use crate::model::{NumericSetting, Sprinklers};

/// The unit a setting is given in (empty for a plain number).
pub const fn setting_unit(lang: Lang, setting: NumericSetting) -> &'static str {
    use NumericSetting as N;
    match setting {
        N::CapacityLimit => "m²",
        N::GridStep | N::MinAisle | N::MainAisle | N::ExitClear | N::MaxTravel => "m",
        N::SectorFillWarn => lang.pick("share of sector floor", "占展区面积比例"),
        N::OccupantDensity => lang.pick("persons/m²", "人/m²"),
        N::ExitWidthPer100 => lang.pick("m per 100 persons", "m/百人"),
        N::FloorLevel => lang.pick("floor (1 = ground)", "层（1 = 首层）"),
        N::InlinePrice | N::CornerPrice | N::PeninsulaPrice | N::IslandPrice => {
            lang.pick("per m²", "每 m²")
        }
        N::Premium => lang.pick("per booth", "每展位"),
    }
}

/// Where the default value comes from.
pub const fn setting_source(lang: Lang, setting: NumericSetting) -> &'static str {
    use NumericSetting as N;
    match setting {
        N::CapacityLimit => lang.pick(
            "WAIC 2023: 50,000 m² of exhibition floor",
            "2023 世界人工智能大会：展览面积 50,000 m²",
        ),
        N::GridStep => lang.pick(
            "booths are sold in whole metres (3 × 3 m shell scheme)",
            "展位按整米出售（3 × 3 m 标准展位）",
        ),
        N::MinAisle => lang.pick(
            "Chinese venue rules: secondary aisles at least 3 m",
            "国内展馆规定：次通道不小于 3 m",
        ),
        N::MainAisle => lang.pick(
            "Chinese venue rules: main aisles at least 6 m",
            "国内展馆规定：主通道不小于 6 m",
        ),
        N::ExitClear => lang.pick(
            "venue rules: at least 1.4 m clear in front of an exit",
            "展馆规定：出口前净空不小于 1.4 m",
        ),
        N::SectorFillWarn => lang.pick(
            "net booth area is usually 40–60 % of the floor",
            "净展位面积通常为场地面积的 40–60%",
        ),
        N::OccupantDensity => lang.pick(
            "GB 50016-2014 §5.5.21: exhibition halls at least 0.75 persons/m²",
            "GB 50016-2014 第 5.5.21 条：展览厅不小于 0.75 人/m²",
        ),
        N::ExitWidthPer100 => lang.pick(
            "GB 50016 table 5.5.21-1: 0.65 m (floors 1–2), 0.75 m (floor 3), 1.00 m (4 and up); set by the floor level",
            "GB 50016 表 5.5.21-1：0.65 m（1–2 层）、0.75 m（3 层）、1.00 m（4 层及以上）；随楼层自动设定",
        ),
        N::MaxTravel => lang.pick(
            "GB 50016-2014 §5.5.17: 30 m in a straight line in large halls, a quarter more with sprinklers",
            "GB 50016-2014 第 5.5.17 条：大空间直线距离 30 m，设自动喷水灭火系统时增加 25%",
        ),
        N::FloorLevel => lang.pick(
            "the exit width per 100 persons depends on it (GB 50016)",
            "每百人疏散宽度取决于楼层（GB 50016）",
        ),
        N::InlinePrice | N::CornerPrice | N::PeninsulaPrice | N::IslandPrice | N::Premium => {
            lang.pick(
                "the organiser's price list; 0 leaves new booths unpriced",
                "主办方价目表；为 0 时新展位不定价",
            )
        }
    }
}

/// How the halls are sprinklered, as the settings form says it.
pub const fn sprinklers_name(lang: Lang, sprinklers: Sprinklers) -> &'static str {
    match sprinklers {
        Sprinklers::ByCode => lang.pick(
            "as the code requires (halls over 1,500 m²)",
            "按规范设置（1,500 m² 以上展厅）",
        ),
        Sprinklers::All => lang.pick("every hall", "全部展厅"),
        Sprinklers::None => lang.pick("none", "无"),
    }
}
