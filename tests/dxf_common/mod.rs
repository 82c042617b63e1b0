//! A venue drawing built with the `dxf` crate for the import tests: two halls (an L
//! drawn as loose lines, a rectangle as a polyline with a split wall), columns as an
//! array of block inserts and a circle, doors as a block with attributes and a line, a
//! stage and a toilet block, and clutter on other layers.
//!
//! Everything is placed in plan metres (x east, y south, the halls' top left at 0, 0)
//! and drawn at `unit` metres per drawing unit, y north, from an arbitrary origin.

#![allow(dead_code)]

use dxf::entities::{
    Arc, Attribute, Circle, Entity, EntityType, Insert, Line, LwPolyline, Polyline, Text, Vertex,
};
use dxf::enums::{AcadVersion, Units};
use dxf::tables::Layer;
use dxf::{Block, Color, Drawing, LwPolylineVertex, Point};

/// The L hall's corners in plan metres: 60 × 40 m with the south-east 30 × 20 m cut away.
pub const HALL_A: [(f64, f64); 6] = [
    (0.0, 0.0),
    (60.0, 0.0),
    (60.0, 20.0),
    (30.0, 20.0),
    (30.0, 40.0),
    (0.0, 40.0),
];

/// The rectangular hall, x, y, w, h in plan metres.
pub const HALL_B: [f64; 4] = [70.0, 0.0, 40.0, 30.0];

/// Where the drawing's plan origin lies, in drawing units.
const ORIGIN: (f64, f64) = (250_000.0, 90_000.0);

/// Places plan metres in the drawing.
#[derive(Clone, Copy)]
pub struct Sheet {
    /// Metres per drawing unit.
    pub unit: f64,
}

impl Sheet {
    /// A plan point in drawing units.
    pub fn at(&self, x: f64, y: f64) -> Point {
        Point::new(
            ORIGIN.0 * 0.001 / self.unit + x / self.unit,
            ORIGIN.1 * 0.001 / self.unit - y / self.unit,
            0.0,
        )
    }

    /// A plan length in drawing units.
    pub fn len(&self, metres: f64) -> f64 {
        metres / self.unit
    }
}

fn on(layer: &str, specific: EntityType) -> Entity {
    let mut e = Entity::new(specific);
    e.common.layer = layer.to_owned();
    e
}

fn line(layer: &str, a: Point, b: Point) -> Entity {
    on(layer, EntityType::Line(Line::new(a, b)))
}

/// A polyline: light (LWPOLYLINE, R13 on) or, for R12 files, heavy (POLYLINE).
fn polyline(d: &mut Drawing, heavy: bool, layer: &str, points: &[Point], closed: bool) -> Entity {
    if heavy {
        let mut pl = Polyline::default();
        for p in points {
            pl.add_vertex(d, Vertex::new(p.clone()));
        }
        pl.set_is_closed(closed);
        return on(layer, EntityType::Polyline(pl));
    }
    let mut pl = LwPolyline::default();
    for p in points {
        pl.vertices.push(LwPolylineVertex {
            x: p.x,
            y: p.y,
            ..Default::default()
        });
    }
    pl.set_is_closed(closed);
    on(layer, EntityType::LwPolyline(pl))
}

fn text(layer: &str, at: Point, height: f64, value: &str) -> Entity {
    on(
        layer,
        EntityType::Text(Text {
            location: at,
            text_height: height,
            value: value.to_owned(),
            ..Default::default()
        }),
    )
}

fn rect_points(s: Sheet, x: f64, y: f64, w: f64, h: f64) -> Vec<Point> {
    vec![
        s.at(x, y),
        s.at(x + w, y),
        s.at(x + w, y + h),
        s.at(x, y + h),
    ]
}

/// The venue drawing at `unit` metres per drawing unit, its header saying `units`, as
/// AutoCAD 2018 DXF.
pub fn venue_drawing(unit: f64, units: Units) -> Drawing {
    venue_drawing_in(unit, units, AcadVersion::R2018)
}

/// The venue drawing as DXF `version`: before R13, polylines are heavy ones.
pub fn venue_drawing_in(unit: f64, units: Units, version: AcadVersion) -> Drawing {
    let s = Sheet { unit };
    let heavy = version <= AcadVersion::R12;
    let mut d = Drawing::new();
    d.header.version = version;
    d.header.default_drawing_units = units;
    for name in [
        "A-HALL",
        "S-COLS",
        "A-DOOR",
        "A-FURN",
        "A-WALL",
        "A-TEXT",
        "DEFPOINTS",
    ] {
        d.add_layer(Layer {
            name: name.to_owned(),
            ..Default::default()
        });
    }
    let mut off = Layer {
        name: "A-GRID".to_owned(),
        color: Color::from_index(8),
        ..Default::default()
    };
    off.is_layer_on = false;
    d.add_layer(off);

    // Hall A: six loose lines, in no particular order or direction.
    for k in [3, 0, 5, 1, 4, 2] {
        let (a, b) = (HALL_A[k], HALL_A[(k + 1) % 6]);
        let (a, b) = if k % 2 == 0 { (a, b) } else { (b, a) };
        d.add_entity(line("A-HALL", s.at(a.0, a.1), s.at(b.0, b.1)));
    }
    d.add_entity(text("A-HALL", s.at(10.0, 30.0), s.len(2.0), "Hall A 甲馆"));
    // Hall B: a closed polyline whose north wall is split in two.
    let [bx, by, bw, bh] = HALL_B;
    let mut b = rect_points(s, bx, by, bw, bh);
    b.insert(1, s.at(bx + 20.0, by));
    let hall_b = polyline(&mut d, heavy, "A-HALL", &b, true);
    d.add_entity(hall_b);
    d.add_entity(text("A-HALL", s.at(80.0, 15.0), s.len(1.0), "small"));
    d.add_entity(text("A-HALL", s.at(80.0, 20.0), s.len(3.0), "Hall B"));

    // Columns: a 0.6 m square with a cross, inserted as a 2 × 2 array 10 m by 20 m.
    let half = s.len(0.3);
    let square = vec![
        Point::new(-half, -half, 0.0),
        Point::new(half, -half, 0.0),
        Point::new(half, half, 0.0),
        Point::new(-half, half, 0.0),
    ];
    let outline = polyline(&mut d, heavy, "0", &square, true);
    d.add_block(Block {
        name: "COL600".to_owned(),
        base_point: Point::origin(),
        entities: vec![
            outline,
            line("0", square[0].clone(), square[2].clone()),
            line("0", square[1].clone(), square[3].clone()),
        ],
        ..Default::default()
    });
    d.add_entity(on(
        "S-COLS",
        EntityType::Insert(Insert {
            name: "COL600".to_owned(),
            location: s.at(10.0, 10.0),
            column_count: 2,
            row_count: 2,
            column_spacing: s.len(10.0),
            row_spacing: -s.len(20.0),
            ..Default::default()
        }),
    ));
    d.add_entity(on(
        "S-COLS",
        EntityType::Circle(Circle::new(s.at(45.0, 10.0), s.len(0.4))),
    ));
    // Not a column: 8 m across.
    let big = polyline(
        &mut d,
        heavy,
        "S-COLS",
        &rect_points(s, 80.0, 5.0, 8.0, 8.0),
        true,
    );
    d.add_entity(big);

    // A door block: a leaf 2.4 m wide along x with its swing, attributes for its width
    // (in drawing units) and name.
    let leaf = s.len(1.2);
    d.add_block(Block {
        name: "DOOR".to_owned(),
        base_point: Point::origin(),
        entities: vec![
            line("0", Point::new(-leaf, 0.0, 0.0), Point::new(leaf, 0.0, 0.0)),
            on(
                "0",
                EntityType::Arc(Arc::new(Point::new(-leaf, 0.0, 0.0), leaf, 0.0, 90.0)),
            ),
        ],
        ..Default::default()
    });
    let mut door = Insert {
        name: "DOOR".to_owned(),
        location: s.at(15.0, 40.0),
        ..Default::default()
    };
    door.add_attribute(
        &mut d,
        Attribute {
            attribute_tag: "WIDTH".to_owned(),
            value: format!("{}", s.len(2.4)),
            ..Default::default()
        },
    );
    door.add_attribute(
        &mut d,
        Attribute {
            attribute_tag: "name".to_owned(),
            value: "South gate".to_owned(),
            ..Default::default()
        },
    );
    door.__has_attributes = true;
    d.add_entity(on("A-DOOR", EntityType::Insert(door)));
    // The name again as a text beside the door: the `dxf` crate writes attributes that
    // its reader stops short in, so files lose them (a CAD program's do not).
    d.add_entity(text("A-DOOR", s.at(14.0, 39.0), s.len(0.5), "South gate"));
    // A door drawn as a line along hall B's east wall, 3 m.
    d.add_entity(line("A-DOOR", s.at(110.0, 10.0), s.at(110.0, 13.0)));
    // A door in the middle of nowhere.
    d.add_entity(line("A-DOOR", s.at(48.0, 35.0), s.at(50.0, 35.0)));

    // A stage with its name, a toilet block.
    let stage = polyline(
        &mut d,
        heavy,
        "A-FURN",
        &rect_points(s, 35.0, 5.0, 10.0, 5.0),
        true,
    );
    d.add_entity(stage);
    d.add_entity(text(
        "A-FURN",
        s.at(36.0, 8.0),
        s.len(0.8),
        "Main stage 主舞台",
    ));
    let (w, h) = (s.len(4.0), s.len(3.0));
    // 4 m east and 3 m south of its insertion point.
    let corners = [(0.0, 0.0), (w, 0.0), (w, -h), (0.0, -h)].map(|(x, y)| Point::new(x, y, 0.0));
    let wc = polyline(&mut d, heavy, "0", &corners, true);
    d.add_block(Block {
        name: "WC-M".to_owned(),
        base_point: Point::origin(),
        entities: vec![wc],
        ..Default::default()
    });
    d.add_entity(on(
        "A-FURN",
        EntityType::Insert(Insert {
            name: "WC-M".to_owned(),
            location: s.at(100.0, 25.0),
            ..Default::default()
        }),
    ));

    // Clutter: walls, a text, construction points, a grid that is switched off.
    d.add_entity(line("A-WALL", s.at(-1.0, -1.0), s.at(61.0, -1.0)));
    d.add_entity(line("A-WALL", s.at(61.0, -1.0), s.at(61.0, 21.0)));
    d.add_entity(text(
        "A-TEXT",
        s.at(5.0, 45.0),
        s.len(1.5),
        "Loading bay 卸货区",
    ));
    d.add_entity(line("DEFPOINTS", s.at(0.0, 0.0), s.at(1.0, 1.0)));
    for k in 0..12 {
        let x = k as f64 * 10.0;
        d.add_entity(line("A-GRID", s.at(x, -5.0), s.at(x, 45.0)));
    }
    d
}

/// The layers of [`venue_drawing`] as an import names them.
pub fn venue_layers() -> expoplan::io::dxf::VenueLayers {
    expoplan::io::dxf::VenueLayers {
        halls: vec!["a-hall".to_owned()],
        columns: vec!["S-COLS".to_owned()],
        exits: vec!["A-DOOR".to_owned()],
        obstacles: vec!["A-FURN".to_owned()],
        skipped: vec!["DEFPOINTS".to_owned()],
        units: None,
    }
}
