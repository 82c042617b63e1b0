//! Why a venue edit or a drawn outline was refused, in the planner's language.

use super::Lang;
use crate::edit::VenueError;
use crate::model::{MAX_CORNERS, MIN_OUTLINE_AREA_M2, OutlineError};

/// Why corners do not make an outline, in `lang`.
pub fn outline_error(lang: Lang, err: &OutlineError) -> String {
    match (lang, err) {
        (Lang::En, _) => err.to_string(),
        (Lang::Zh, OutlineError::TooFewCorners(n)) => format!("轮廓至少需要 3 个角点，现有 {n} 个"),
        (Lang::Zh, OutlineError::TooManyCorners(n)) => {
            format!("轮廓最多 {MAX_CORNERS} 个角点，现有 {n} 个")
        }
        (Lang::Zh, OutlineError::BadCorner { index, source }) => {
            format!("第 {} 个角点无效：{source}", index + 1)
        }
        (Lang::Zh, OutlineError::RepeatedCorner { first, second }) => {
            format!("第 {} 与第 {} 个角点重合", first + 1, second + 1)
        }
        (Lang::Zh, OutlineError::CrossesItself) => "轮廓自相交".to_owned(),
        (Lang::Zh, OutlineError::NoArea) => {
            format!("轮廓面积过小（不足 {MIN_OUTLINE_AREA_M2} m²）")
        }
    }
}

/// Why a venue edit cannot be made, in `lang`.
pub fn venue_error(lang: Lang, err: &VenueError) -> String {
    match (lang, err) {
        (_, VenueError::Outline(e)) => outline_error(lang, e),
        (Lang::En, _) => err.to_string(),
        (Lang::Zh, VenueError::Missing(what)) => format!("{what} 不存在"),
        (
            Lang::Zh,
            VenueError::SectorInUse {
                code,
                booths,
                exhibitors,
            },
        ) => format!("展区 {code} 仍有 {booths} 个展位、{exhibitors} 个展商申请，不能删除"),
        (Lang::Zh, VenueError::OutOfRange { setting, min, max }) => {
            format!("{setting} 须在 {min} 到 {max} 之间")
        }
        (Lang::Zh, VenueError::NoColumns) => "该柱网在展馆内放不下任何新柱子".to_owned(),
        (Lang::Zh, VenueError::DoorTooWide { width, length }) => {
            format!("{width:.2} m 宽的门放不进 {length:.2} m 长的墙")
        }
        (Lang::Zh, VenueError::Unchanged) => "没有需要修改的内容".to_owned(),
    }
}
