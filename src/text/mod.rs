//! The languages expoplan speaks, and the texts that are not the window's own: what an
//! undoable step did ([`crate::edit::Step`]) and the names of domain values, in English
//! and Simplified Chinese. The window adds its labels on top (feature `gui`); the command
//! line uses these directly.

mod setting_notes;
mod venue_errors;

pub use setting_notes::{setting_source, setting_unit, sprinklers_name};
pub use venue_errors::{outline_error, venue_error};

use serde::{Deserialize, Serialize};

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// Both languages.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The other language (what the switch button changes to).
    pub const fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Zh,
            Lang::Zh => Lang::En,
        }
    }

    /// The language's own name, e.g. "中文" for Chinese.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "中文",
        }
    }

    /// A sector's name in this language.
    pub fn sector_name(self, sector: &crate::model::Sector) -> &str {
        match self {
            Lang::En => &sector.name_en,
            Lang::Zh => &sector.name_zh,
        }
    }

    /// `en` or `zh`, whichever is this language's.
    pub const fn pick(self, en: &'static str, zh: &'static str) -> &'static str {
        match self {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }
}

/// The English word for `n` things: `one` for exactly one, `many` otherwise.
pub fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// `n` and the English word for that many things: `1 stage`, `2 stages`, `0 stages`.
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", plural(n, one, many))
}

/// A number with at most two decimals and no trailing zeros, e.g. `18`, `2.4`, `0.75`.
pub fn short_number(value: f64) -> String {
    let s = format!("{value:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// A sales status, lower case in English.
pub const fn status_name(lang: Lang, status: crate::model::BoothStatus) -> &'static str {
    use crate::model::BoothStatus;
    match status {
        BoothStatus::Available => lang.pick("available", "可售"),
        BoothStatus::OnHold => lang.pick("on hold", "保留"),
        BoothStatus::Reserved => lang.pick("reserved", "已预订"),
        BoothStatus::Sold => lang.pick("sold", "已售"),
    }
}

/// The name of an obstacle kind, lower case in English.
pub const fn obstacle_kind(lang: Lang, kind: crate::model::ObstacleKind) -> &'static str {
    use crate::model::ObstacleKind;
    match kind {
        ObstacleKind::Column => lang.pick("column", "柱子"),
        ObstacleKind::Stage => lang.pick("stage", "舞台"),
        ObstacleKind::Service => lang.pick("service area", "服务区"),
    }
}

/// The name of a numeric setting, lower case in English (as in "change of minimum
/// aisle").
pub const fn setting_name(lang: Lang, setting: crate::model::NumericSetting) -> &'static str {
    use crate::model::NumericSetting as N;
    match setting {
        N::CapacityLimit => lang.pick("capacity limit", "面积上限"),
        N::GridStep => lang.pick("grid step", "网格步长"),
        N::MinAisle => lang.pick("minimum aisle", "最小通道宽度"),
        N::MainAisle => lang.pick("main aisle", "主通道宽度"),
        N::ExitClear => lang.pick("exit clear depth", "出口净空深度"),
        N::SectorFillWarn => lang.pick("sector fill warning", "展区饱和提醒"),
        N::OccupantDensity => lang.pick("occupant density", "人员密度"),
        N::ExitWidthPer100 => lang.pick("exit width per 100 persons", "每百人疏散宽度"),
        N::MaxTravel => lang.pick("travel distance limit", "疏散距离上限"),
        N::FloorLevel => lang.pick("floor level", "所在楼层"),
        N::InlinePrice => lang.pick("inline booth rate", "单开口展位单价"),
        N::CornerPrice => lang.pick("corner booth rate", "双开口展位单价"),
        N::PeninsulaPrice => lang.pick("peninsula booth rate", "三开口展位单价"),
        N::IslandPrice => lang.pick("island booth rate", "岛型展位单价"),
        N::Premium => lang.pick("premium per booth", "每展位附加费"),
    }
}
