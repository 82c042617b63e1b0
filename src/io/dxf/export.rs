//! The plan as a DXF drawing, for the venue's CAD office: halls, sector regions, booths
//! with their numbers and exhibitors, columns, stages, service areas, exits and their
//! clear zones, each on its own `EXPO-*` layer, in millimetres (`$INSUNITS` 4) with y
//! pointing north. The
//! underlay goes back out on its own layers, so a drawing imported and exported again
//! keeps its line work.
//!
//! Written as AutoCAD 2018 DXF (texts in UTF-8, so Chinese names stay as they are).

use super::units::DrawingUnits;
use crate::io::{SaveError, write_atomic};
use crate::model::{ObstacleKind, Outline, Plan, Point, Rect};
use dxf::LwPolylineVertex;
use dxf::entities::{Entity, EntityType, Insert, Line, LwPolyline, Text};
use dxf::enums::AcadVersion;
use dxf::tables::Layer;
use dxf::{Block, Color, Drawing};
use std::io::{self, Write};
use std::path::Path;

/// The layers the export writes: name, colour (AutoCAD colour index) and what is on it.
pub const DXF_LAYERS: [(&str, u8, &str); 10] = [
    ("EXPO-HALL", 7, "hall outlines, with their names"),
    ("EXPO-SECTOR", 8, "sector regions, with their codes"),
    ("EXPO-BOOTH", 5, "booth outlines"),
    ("EXPO-BOOTH-NO", 5, "booth numbers"),
    ("EXPO-EXHIBITOR", 3, "exhibitor names"),
    ("EXPO-COLUMN", 1, "columns"),
    ("EXPO-STAGE", 6, "stages and forums, with their names"),
    ("EXPO-SERVICE", 4, "service areas, with their names"),
    (
        "EXPO-EXIT",
        1,
        "exit doors (block EXPO_EXIT scaled to the door, its name beside it)",
    ),
    (
        "EXPO-EXIT-CLEAR",
        1,
        "the floor kept clear inside each exit",
    ),
];

/// The block each exit is an insert of: a line one unit long along the wall, centred
/// on its insertion point, scaled to the door's width.
const EXIT_BLOCK: &str = "EXPO_EXIT";

/// Drawing units (millimetres) per plan metre.
const MM_PER_M: f64 = 1000.0;

/// A plan point in the drawing: millimetres, y north.
fn dxf_point(p: Point) -> dxf::Point {
    dxf::Point::new(p.x * MM_PER_M, -p.y * MM_PER_M, 0.0)
}

/// An entity on `layer`.
fn on_layer(layer: &str, specific: EntityType) -> Entity {
    let mut entity = Entity::new(specific);
    entity.common.layer = layer.to_owned();
    entity
}

/// A polyline through plan points, closed back to the first or not.
fn polyline(layer: &str, points: &[Point], closed: bool) -> Entity {
    let mut pl = LwPolyline::default();
    for p in points {
        let d = dxf_point(*p);
        pl.vertices.push(LwPolylineVertex {
            x: d.x,
            y: d.y,
            ..Default::default()
        });
    }
    pl.set_is_closed(closed);
    on_layer(layer, EntityType::LwPolyline(pl))
}

/// A closed polyline through plan points.
fn ring(layer: &str, corners: &[Point]) -> Entity {
    polyline(layer, corners, true)
}

/// The corners of a rectangle, clockwise on the plan from the north-west.
fn rect_corners(r: &Rect) -> [Point; 4] {
    [
        r.min(),
        Point::new(r.max_x(), r.y()),
        r.max(),
        Point::new(r.x(), r.max_y()),
    ]
}

/// A text of `height` metres at a plan point (its start, on the baseline).
fn text(layer: &str, at: Point, height: f64, value: &str) -> Entity {
    on_layer(
        layer,
        EntityType::Text(Text {
            location: dxf_point(at),
            text_height: height * MM_PER_M,
            value: value.to_owned(),
            ..Default::default()
        }),
    )
}

/// A text centred in a rectangle, as high as fits a line of it (at most `max` metres).
fn label_in(layer: &str, r: &Rect, value: &str, max: f64) -> Entity {
    let chars = value.chars().count().max(1) as f64;
    let height = (r.w() / (chars * 0.8)).min(r.h() * 0.3).min(max).max(0.05);
    let width = chars * height * 0.8;
    let at = Point::new(r.center().x - width / 2.0, r.center().y + height / 2.0);
    text(layer, at, height, value)
}

/// The exit block: a unit line along x through the base point.
fn exit_block() -> Block {
    Block {
        name: EXIT_BLOCK.to_owned(),
        layer: "0".to_owned(),
        base_point: dxf::Point::origin(),
        entities: vec![on_layer(
            "0",
            EntityType::Line(Line::new(
                dxf::Point::new(-0.5, 0.0, 0.0),
                dxf::Point::new(0.5, 0.0, 0.0),
            )),
        )],
        ..Default::default()
    }
}

/// A point well inside an outline, for its name: the middle of its box when that is
/// inside, else the middle of its largest triangle.
fn point_inside(outline: &Outline) -> Point {
    let middle = outline.bounds().center();
    if outline.contains_point(middle) {
        return middle;
    }
    let area = |t: &[Point; 3]| {
        ((t[1].x - t[0].x) * (t[2].y - t[0].y) - (t[2].x - t[0].x) * (t[1].y - t[0].y)).abs()
    };
    outline
        .triangles()
        .into_iter()
        .max_by(|a, b| area(a).total_cmp(&area(b)))
        .map_or(middle, |t| {
            Point::new(
                (t[0].x + t[1].x + t[2].x) / 3.0,
                (t[0].y + t[1].y + t[2].y) / 3.0,
            )
        })
}

/// Every plan item as drawing entities, in the order they are drawn.
fn add_plan_entities(drawing: &mut Drawing, plan: &Plan) {
    for sector in &plan.sectors {
        for region in &sector.regions {
            drawing.add_entity(ring("EXPO-SECTOR", region.corners()));
            let b = region.bounds();
            let at = Point::new(b.x() + 1.0, b.y() + 3.0);
            drawing.add_entity(text("EXPO-SECTOR", at, 2.0, &sector.code));
        }
    }
    for hall in &plan.halls {
        drawing.add_entity(ring("EXPO-HALL", hall.outline.corners()));
        let at = point_inside(&hall.outline);
        drawing.add_entity(text("EXPO-HALL", at, 3.0, &hall.name));
    }
    for obstacle in &plan.obstacles {
        let layer = match obstacle.kind {
            ObstacleKind::Column => "EXPO-COLUMN",
            ObstacleKind::Stage => "EXPO-STAGE",
            ObstacleKind::Service => "EXPO-SERVICE",
        };
        drawing.add_entity(ring(layer, &rect_corners(&obstacle.rect)));
        if obstacle.kind != ObstacleKind::Column {
            drawing.add_entity(label_in(layer, &obstacle.rect, &obstacle.name, 1.0));
        }
    }
    for booth in &plan.booths {
        drawing.add_entity(ring("EXPO-BOOTH", &rect_corners(&booth.rect)));
        let r = &booth.rect;
        let number_at = Point::new(r.x() + 0.15, r.y() + 0.45);
        drawing.add_entity(text("EXPO-BOOTH-NO", number_at, 0.3, &booth.number));
        let name = plan.exhibitor_name(booth);
        if !name.is_empty() {
            drawing.add_entity(label_in("EXPO-EXHIBITOR", r, name, 0.5));
        }
    }
    add_exits(drawing, plan);
}

/// The exits as inserts of the exit block, turned along their walls.
fn add_exits(drawing: &mut Drawing, plan: &Plan) {
    for exit in &plan.exits {
        let Some((a, b)) = plan.hall(exit.hall).and_then(|h| exit.door(h)) else {
            continue;
        };
        if let Some(zone) = plan
            .hall(exit.hall)
            .and_then(|h| exit.clear_zone(h, plan.settings.exit_clear_m))
        {
            drawing.add_entity(ring("EXPO-EXIT-CLEAR", zone.corners()));
        }
        let (da, db) = (dxf_point(a), dxf_point(b));
        let middle = dxf::Point::new((da.x + db.x) / 2.0, (da.y + db.y) / 2.0, 0.0);
        let insert = Insert {
            name: EXIT_BLOCK.to_owned(),
            location: middle,
            x_scale_factor: exit.width_m * MM_PER_M,
            y_scale_factor: exit.width_m * MM_PER_M,
            rotation: (db.y - da.y).atan2(db.x - da.x).to_degrees(),
            ..Default::default()
        };
        drawing.add_entity(on_layer("EXPO-EXIT", EntityType::Insert(insert)));
        // The name as a text at the door's middle, not an attribute: the `dxf` crate
        // writes attributes in a form that readers (itself included) stop short in.
        let at = Point::new((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
        drawing.add_entity(text("EXPO-EXIT", at, 0.5, &exit.name));
    }
}

/// The underlay's layers, as they were in the drawing it came from.
fn add_underlay(drawing: &mut Drawing, plan: &Plan) {
    for layer in &plan.underlay.layers {
        let mut table = Layer {
            name: layer.name.clone(),
            color: Color::from_index(8),
            ..Default::default()
        };
        table.is_layer_on = layer.visible;
        // An underlay from an earlier export has `EXPO-*` layers of its own: one table
        // entry for each name.
        if !drawing
            .layers()
            .any(|l| l.name.eq_ignore_ascii_case(&layer.name))
        {
            drawing.add_layer(table);
        }
        for line in &layer.lines {
            let points: Vec<Point> = line.points.iter().map(|&(x, y)| Point::new(x, y)).collect();
            drawing.add_entity(polyline(&layer.name, &points, line.closed));
        }
        for t in &layer.texts {
            drawing.add_entity(text(
                &layer.name,
                Point::new(t.at.0, t.at.1),
                t.height,
                &t.text,
            ));
        }
    }
}

/// The plan as a DXF drawing (see the module documentation).
pub fn plan_to_dxf(plan: &Plan) -> Drawing {
    let mut drawing = Drawing::new();
    drawing.header.version = AcadVersion::R2018;
    drawing.header.default_drawing_units = DrawingUnits::Millimetres.to_header();
    if let Some(r) = plan.extent() {
        drawing.header.minimum_drawing_extents =
            dxf::Point::new(r.x() * MM_PER_M, -r.max_y() * MM_PER_M, 0.0);
        drawing.header.maximum_drawing_extents =
            dxf::Point::new(r.max_x() * MM_PER_M, -r.y() * MM_PER_M, 0.0);
    }
    for (name, color, _) in DXF_LAYERS {
        drawing.add_layer(Layer {
            name: name.to_owned(),
            color: Color::from_index(color),
            ..Default::default()
        });
    }
    drawing.add_block(exit_block());
    add_underlay(&mut drawing, plan);
    add_plan_entities(&mut drawing, plan);
    drawing
}

/// Writes the plan as DXF to `writer`.
pub fn write_plan_dxf(plan: &Plan, writer: &mut dyn Write) -> io::Result<()> {
    plan_to_dxf(plan)
        .save(writer)
        .map_err(|e| io::Error::other(format!("cannot write the DXF drawing: {e}")))
}

/// Writes the plan as DXF to `path`, atomically.
pub fn save_plan_dxf(plan: &Plan, path: &Path) -> Result<(), SaveError> {
    write_atomic(path, |w| write_plan_dxf(plan, w))
}
