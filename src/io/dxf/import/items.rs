//! Columns, exits, stages and service areas from their layers: each block insert is
//! one item, and so is each closed outline or circle (or, for exits, line) drawn
//! outside a block. Names come from an insert's attributes or texts, else from a text
//! drawn inside (stages) or beside (doors) on the same layers.

use super::super::flatten::{Flat, InsertInfo, Piece, Shape};
use super::super::geometry::{P, bounds};
use super::{ImportWarning, LayerRole, ToPlan, VenueLayers, piece_points};
use crate::model::{Exit, ExitId, Obstacle, ObstacleId, ObstacleKind, Plan, Point, Rect, compact};
use std::collections::{HashMap, HashSet};

/// The largest side a column has, m; a bigger shape on a column layer is something else.
pub const MAX_COLUMN_SIDE_M: f64 = 5.0;

/// The narrowest door taken as an exit, m.
pub const MIN_EXIT_WIDTH_M: f64 = 0.5;

/// How far from a wall a door may be drawn and still be snapped onto it, m (or its width,
/// when that is more).
pub const EXIT_SNAP_M: f64 = 2.0;

/// Insert attributes that give a door's width, in drawing units.
const WIDTH_TAGS: [&str; 5] = ["WIDTH", "W", "DOOR_WIDTH", "宽度", "宽"];

/// Insert attributes that give an item's name.
const NAME_TAGS: [&str; 8] = ["NAME", "LABEL", "NUMBER", "NO", "ID", "TAG", "编号", "名称"];

/// Words in a layer, block or label that make an obstacle a service area.
const SERVICE_WORDS: [&str; 16] = [
    "SERV",
    "TOIL",
    "WC",
    "CATER",
    "KITCH",
    "STOR",
    "TECH",
    "PLANT",
    "RESTROOM",
    "服务",
    "卫生间",
    "厕所",
    "洗手间",
    "餐",
    "仓",
    "设备",
];

/// One item of a layer: the pieces of one insert, or one piece drawn on its own.
struct Item<'f> {
    layer: &'f str,
    insert: Option<&'f InsertInfo>,
    pieces: Vec<&'f Piece>,
}

impl Item<'_> {
    /// The box of its line work (texts left out), drawing units.
    fn bounds(&self) -> Option<(P, P)> {
        bounds(
            self.pieces
                .iter()
                .filter(|p| !matches!(p.shape, Shape::Text { .. }))
                .flat_map(|p| piece_points(p)),
        )
    }

    /// Whether it is an insert or a closed shape (not a loose line or text).
    fn is_solid(&self) -> bool {
        self.insert.is_some()
            || self.pieces.iter().any(|p| {
                matches!(
                    p.shape,
                    Shape::Path { closed: true, .. } | Shape::Circle { .. }
                )
            })
    }

    /// The value of the first of `tags` among its insert's attributes.
    fn attribute(&self, tags: &[&str]) -> Option<&str> {
        let attributes = &self.insert?.attributes;
        tags.iter().find_map(|tag| {
            attributes
                .iter()
                .find(|(t, v)| t == tag && !v.trim().is_empty())
                .map(|(_, v)| v.trim())
        })
    }

    /// Its name: a name attribute, else the tallest text in it.
    fn label(&self) -> Option<String> {
        if let Some(name) = self.attribute(&NAME_TAGS) {
            return Some(name.to_owned());
        }
        self.pieces
            .iter()
            .filter_map(|p| match &p.shape {
                Shape::Text { height, text, .. } => Some((*height, text)),
                Shape::Path { .. } | Shape::Circle { .. } => None,
            })
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, text)| text.trim().to_owned())
            .filter(|t| !t.is_empty())
    }
}

/// The items on layers of `role`, in drawing order.
fn items_of<'f>(flat: &'f Flat, layers: &VenueLayers, role: LayerRole) -> Vec<Item<'f>> {
    let mut items: Vec<Item<'f>> = Vec::new();
    let mut by_insert: HashMap<usize, usize> = HashMap::new();
    for piece in flat.pieces.iter().filter(|p| layers.role(&p.layer) == role) {
        match piece.insert {
            Some(i) => {
                let k = *by_insert.entry(i).or_insert_with(|| {
                    items.push(Item {
                        layer: &piece.layer,
                        insert: flat.inserts.get(i),
                        pieces: Vec::new(),
                    });
                    items.len() - 1
                });
                items[k].pieces.push(piece);
            }
            None => items.push(Item {
                layer: &piece.layer,
                insert: None,
                pieces: vec![piece],
            }),
        }
    }
    items
}

/// Texts on layers of `role` that belong to no insert, in plan metres.
fn loose_texts<'f>(
    flat: &'f Flat,
    layers: &VenueLayers,
    role: LayerRole,
    to_plan: &ToPlan,
) -> Vec<(Point, f64, &'f str)> {
    flat.pieces
        .iter()
        .filter(|p| p.insert.is_none() && layers.role(&p.layer) == role)
        .filter_map(|p| match &p.shape {
            Shape::Text { at, height, text } => Some((to_plan.point(*at), *height, text.trim())),
            Shape::Path { .. } | Shape::Circle { .. } => None,
        })
        .filter(|(_, _, text)| !text.is_empty())
        .collect()
}

/// A rectangle's key to the centimetre, to drop an item drawn twice.
fn rect_key(r: &Rect) -> [i64; 4] {
    [r.x(), r.y(), r.w(), r.h()].map(|v| (v * 100.0).round() as i64)
}

/// Adds the columns, obstacles and exits of the drawing to `plan`, whose halls are in.
pub fn add_items(
    plan: &mut Plan,
    flat: &Flat,
    layers: &VenueLayers,
    to_plan: &ToPlan,
    warnings: &mut Vec<ImportWarning>,
) {
    add_columns(plan, flat, layers, to_plan, warnings);
    add_obstacles(plan, flat, layers, to_plan, warnings);
    add_exits(plan, flat, layers, to_plan, warnings);
}

/// The next free obstacle id.
fn next_obstacle_id(plan: &Plan) -> ObstacleId {
    ObstacleId(plan.obstacles.iter().map(|o| o.id.0).max().unwrap_or(0) + 1)
}

fn add_columns(
    plan: &mut Plan,
    flat: &Flat,
    layers: &VenueLayers,
    to_plan: &ToPlan,
    warnings: &mut Vec<ImportWarning>,
) {
    let mut seen = HashSet::new();
    let mut n = 0;
    for item in items_of(flat, layers, LayerRole::Columns) {
        if !item.is_solid() {
            continue;
        }
        let Some(rect) = item.bounds().and_then(|b| to_plan.rect(b)) else {
            continue;
        };
        if rect.w() > MAX_COLUMN_SIDE_M || rect.h() > MAX_COLUMN_SIDE_M {
            warnings.push(ImportWarning::ColumnTooLarge {
                layer: item.layer.to_owned(),
                w: compact(rect.w()),
                h: compact(rect.h()),
                max: compact(MAX_COLUMN_SIDE_M),
            });
            continue;
        }
        if !seen.insert(rect_key(&rect)) {
            continue;
        }
        n += 1;
        let name = item.label().unwrap_or_else(|| format!("Column {n}"));
        if plan.hall_at(rect.center()).is_none() {
            warnings.push(ImportWarning::OutsideHalls {
                what: "column",
                name,
            });
            continue;
        }
        let id = next_obstacle_id(plan);
        plan.obstacles.push(Obstacle {
            id,
            kind: ObstacleKind::Column,
            name,
            rect,
        });
    }
}

/// Whether a layer, block or label names a service area rather than a stage.
fn sounds_like_service(words: &[&str]) -> bool {
    words.iter().any(|w| {
        let upper = w.to_uppercase();
        SERVICE_WORDS.iter().any(|s| upper.contains(s))
    })
}

fn add_obstacles(
    plan: &mut Plan,
    flat: &Flat,
    layers: &VenueLayers,
    to_plan: &ToPlan,
    warnings: &mut Vec<ImportWarning>,
) {
    let texts = loose_texts(flat, layers, LayerRole::Obstacles, to_plan);
    let mut seen = HashSet::new();
    let (mut stages, mut services) = (0, 0);
    for item in items_of(flat, layers, LayerRole::Obstacles) {
        if !item.is_solid() {
            continue;
        }
        let Some(rect) = item.bounds().and_then(|b| to_plan.rect(b)) else {
            continue;
        };
        if !seen.insert(rect_key(&rect)) {
            continue;
        }
        let block = item
            .insert
            .map(|i| i.block.as_str())
            .filter(|b| !b.starts_with('*'));
        let label = item.label().or_else(|| {
            texts
                .iter()
                .filter(|(at, _, _)| rect.contains_point(*at))
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(_, _, t)| (*t).to_owned())
        });
        let words = [
            item.layer,
            block.unwrap_or(""),
            label.as_deref().unwrap_or(""),
        ];
        let kind = if sounds_like_service(&words) {
            ObstacleKind::Service
        } else {
            ObstacleKind::Stage
        };
        let name = label
            .or_else(|| block.map(str::to_owned))
            .unwrap_or_else(|| match kind {
                ObstacleKind::Service => {
                    services += 1;
                    format!("Service area {services}")
                }
                ObstacleKind::Stage | ObstacleKind::Column => {
                    stages += 1;
                    format!("Stage {stages}")
                }
            });
        if plan.hall_at(rect.center()).is_none() {
            warnings.push(ImportWarning::OutsideHalls {
                what: kind.label(),
                name,
            });
            continue;
        }
        let id = next_obstacle_id(plan);
        plan.obstacles.push(Obstacle {
            id,
            kind,
            name,
            rect,
        });
    }
}

/// A door's width in drawing units: its width attribute, else the length of a lone
/// line (drawn on its own or as a block's only line work), else the long side of its
/// box.
fn door_width(item: &Item<'_>, (lo, hi): (P, P)) -> f64 {
    if let Some(width) = item
        .attribute(&WIDTH_TAGS)
        .and_then(|v| v.parse::<f64>().ok())
    {
        return width;
    }
    let mut drawn = item
        .pieces
        .iter()
        .filter(|p| !matches!(p.shape, Shape::Text { .. }));
    if let (Some(piece), None) = (drawn.next(), drawn.next())
        && let Shape::Path {
            points,
            closed: false,
        } = &piece.shape
        && let (Some(a), Some(b)) = (points.first(), points.last())
    {
        return (b.0 - a.0).hypot(b.1 - a.1);
    }
    (hi.0 - lo.0).max(hi.1 - lo.1)
}

/// The text nearest `middle` within `reach` metres, if any.
fn nearest_text<'t>(texts: &[(Point, f64, &'t str)], middle: Point, reach: f64) -> Option<&'t str> {
    texts
        .iter()
        .map(|(at, _, text)| (at.distance(middle), *text))
        .filter(|(d, _)| *d <= reach)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, text)| text)
}

fn add_exits(
    plan: &mut Plan,
    flat: &Flat,
    layers: &VenueLayers,
    to_plan: &ToPlan,
    warnings: &mut Vec<ImportWarning>,
) {
    let texts = loose_texts(flat, layers, LayerRole::Exits, to_plan);
    let mut n = 0;
    for item in items_of(flat, layers, LayerRole::Exits) {
        let lines = item
            .pieces
            .iter()
            .any(|p| matches!(p.shape, Shape::Path { .. }));
        if item.insert.is_none() && !lines {
            continue;
        }
        let Some(bounds) = item.bounds() else {
            continue;
        };
        n += 1;
        let width = to_plan.length(door_width(&item, bounds));
        let (a, b) = (to_plan.point(bounds.0), to_plan.point(bounds.1));
        let middle = Point::new((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
        let name = item
            .label()
            .or_else(|| nearest_text(&texts, middle, EXIT_SNAP_M.max(width)).map(str::to_owned))
            .unwrap_or_else(|| format!("E{n:02}"));
        match snap_exit(plan, middle, width) {
            Ok((hall, wall, offset_m)) => plan.exits.push(Exit {
                id: ExitId(u32::try_from(plan.exits.len() + 1).unwrap_or(u32::MAX)),
                name,
                hall,
                wall,
                offset_m,
                width_m: width,
            }),
            Err(problem) => warnings.push(problem.warning(name, width)),
        }
    }
}

/// Why a door found no wall.
enum SnapProblem {
    TooNarrow,
    NoWallNear(f64),
    WiderThanWall,
}

impl SnapProblem {
    fn warning(self, name: String, width: f64) -> ImportWarning {
        match self {
            SnapProblem::TooNarrow => ImportWarning::ExitBadWidth {
                name,
                width: compact(width),
                problem: "is narrower than an exit (0.5 m)",
            },
            SnapProblem::WiderThanWall => ImportWarning::ExitBadWidth {
                name,
                width: compact(width),
                problem: "is wider than the wall it is on",
            },
            SnapProblem::NoWallNear(distance) => ImportWarning::ExitOffWall {
                name,
                distance: compact(distance),
            },
        }
    }
}

/// The hall, wall and offset of a door whose middle is drawn at `middle`.
fn snap_exit(
    plan: &Plan,
    middle: Point,
    width: f64,
) -> Result<(crate::model::HallId, usize, f64), SnapProblem> {
    if !width.is_finite() || width < MIN_EXIT_WIDTH_M {
        return Err(SnapProblem::TooNarrow);
    }
    let nearest = plan
        .halls
        .iter()
        .filter_map(|h| h.outline.nearest_wall(middle).map(|w| (h, w)))
        .min_by(|a, b| a.1.distance.total_cmp(&b.1.distance));
    let Some((hall, at)) = nearest else {
        return Err(SnapProblem::NoWallNear(f64::INFINITY));
    };
    if at.distance > EXIT_SNAP_M.max(width) {
        return Err(SnapProblem::NoWallNear(at.distance));
    }
    let length = hall.outline.wall_length(at.wall);
    if width > length {
        return Err(SnapProblem::WiderThanWall);
    }
    let offset = (at.along - width / 2.0).clamp(0.0, length - width);
    Ok((hall.id, at.wall, offset))
}
