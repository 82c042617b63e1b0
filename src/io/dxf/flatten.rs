//! A drawing's model space as flat pieces: every entity with its block inserts resolved
//! (position, scale, rotation, mirroring, arrays, nested blocks) into paths, circles and
//! texts in the drawing's own units.

use super::geometry::{Affine, P, arc_points, bulge_points};
use super::text::plain_text;
use dxf::entities::{Entity, EntityType, Insert};
use dxf::{Block, Drawing};
use std::collections::HashMap;

/// How deep block inserts may nest (a block inserting itself, directly or not, stops
/// here).
pub const MAX_BLOCK_DEPTH: usize = 16;

/// The most pieces flattening makes; a drawing whose arrays and nested blocks would make
/// more is cut short and says so ([`Flat::truncated`]).
pub const MAX_PIECES: usize = 2_000_000;

/// The most points flattening makes in all.
const MAX_POINTS: usize = 8_000_000;

/// What a piece of a drawing is.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A line through points, closed back to the first or not.
    Path {
        /// The points.
        points: Vec<P>,
        /// Whether the last point joins the first.
        closed: bool,
    },
    /// A full circle.
    Circle {
        /// Its centre.
        center: P,
        /// Its radius.
        radius: f64,
    },
    /// A text.
    Text {
        /// Where it starts.
        at: P,
        /// Letter height.
        height: f64,
        /// What it says, formatting codes removed.
        text: String,
    },
}

/// One piece of the flattened drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// The layer of the model-space entity it comes from (a block's contents take the
    /// layer of the insert that places them).
    pub layer: String,
    /// The DXF type of the entity that drew it, e.g. `LWPOLYLINE`.
    pub kind: &'static str,
    /// Its shape, in drawing units.
    pub shape: Shape,
    /// The model-space insert it belongs to (an index into [`Flat::inserts`]), if any.
    pub insert: Option<usize>,
}

/// A block insert of model space (one copy of an array insert), with what it places.
#[derive(Debug, Clone, PartialEq)]
pub struct InsertInfo {
    /// The insert's layer.
    pub layer: String,
    /// The block's name.
    pub block: String,
    /// Where its block's base point lands.
    pub location: P,
    /// Its attributes, tag (upper case) and value.
    pub attributes: Vec<(String, String)>,
}

/// A flattened drawing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Flat {
    /// Every piece, in drawing order.
    pub pieces: Vec<Piece>,
    /// Every model-space insert, each copy of an array on its own.
    pub inserts: Vec<InsertInfo>,
    /// Whether the caps on pieces or nesting stopped flattening somewhere.
    pub truncated: bool,
}

/// Flattens the model space of `drawing` (paper space is left out).
pub fn flatten(drawing: &Drawing) -> Flat {
    let blocks: HashMap<String, &Block> = drawing
        .blocks()
        .map(|b| (b.name.to_uppercase(), b))
        .collect();
    let mut walker = Walker {
        blocks,
        flat: Flat::default(),
        points: 0,
    };
    for entity in drawing.entities() {
        if entity.common.is_in_paper_space {
            continue;
        }
        let top = Top {
            layer: entity.common.layer.clone(),
            insert: None,
        };
        walker.entity(entity, Affine::IDENTITY, 0, &top);
        if walker.full() {
            walker.flat.truncated = true;
            break;
        }
    }
    walker.flat
}

/// The model-space entity a piece comes from.
struct Top {
    layer: String,
    insert: Option<usize>,
}

/// The state of one flattening.
struct Walker<'d> {
    blocks: HashMap<String, &'d Block>,
    flat: Flat,
    points: usize,
}

impl Walker<'_> {
    /// Whether a cap is reached.
    fn full(&self) -> bool {
        self.flat.pieces.len() >= MAX_PIECES || self.points >= MAX_POINTS
    }

    /// Adds a piece in drawing coordinates, if it is made of finite numbers.
    fn push(&mut self, top: &Top, kind: &'static str, shape: Shape) {
        if self.full() {
            self.flat.truncated = true;
            return;
        }
        let finite = |p: &P| p.0.is_finite() && p.1.is_finite();
        let ok = match &shape {
            Shape::Path { points, .. } => points.len() >= 2 && points.iter().all(finite),
            Shape::Circle { center, radius } => finite(center) && radius.is_finite(),
            Shape::Text { at, height, .. } => finite(at) && height.is_finite(),
        };
        if !ok {
            return;
        }
        self.points += match &shape {
            Shape::Path { points, .. } => points.len(),
            Shape::Circle { .. } | Shape::Text { .. } => 1,
        };
        self.flat.pieces.push(Piece {
            layer: top.layer.clone(),
            kind,
            shape,
            insert: top.insert,
        });
    }

    /// Adds a path through `points` mapped by `t`.
    fn path(&mut self, top: &Top, kind: &'static str, t: Affine, points: &[P], closed: bool) {
        let points = points.iter().map(|&p| t.apply(p)).collect();
        self.push(top, kind, Shape::Path { points, closed });
    }

    /// Flattens one entity under transform `t`, `depth` inserts deep.
    fn entity(&mut self, entity: &Entity, t: Affine, depth: usize, top: &Top) {
        if self.full() {
            self.flat.truncated = true;
            return;
        }
        match &entity.specific {
            EntityType::Line(l) => {
                self.path(top, "LINE", t, &[(l.p1.x, l.p1.y), (l.p2.x, l.p2.y)], false);
            }
            EntityType::LwPolyline(pl) => {
                let vertices: Vec<(P, f64)> =
                    pl.vertices.iter().map(|v| ((v.x, v.y), v.bulge)).collect();
                let points = with_bulges(&vertices, pl.is_closed());
                let t = mirrored_if(t, pl.extrusion_direction.z);
                self.path(top, "LWPOLYLINE", t, &points, pl.is_closed());
            }
            EntityType::Polyline(pl) => {
                if pl.is_polyface_mesh() || pl.is_3d_polygon_mesh() {
                    return;
                }
                let vertices: Vec<(P, f64)> = pl
                    .vertices()
                    .map(|v| ((v.location.x, v.location.y), v.bulge))
                    .collect();
                let points = with_bulges(&vertices, pl.is_closed());
                let t = mirrored_if(t, pl.normal.z);
                self.path(top, "POLYLINE", t, &points, pl.is_closed());
            }
            EntityType::Circle(c) => {
                let center = t.apply((c.center.x, c.center.y));
                let radius = c.radius * t.length_scale();
                self.push(top, "CIRCLE", Shape::Circle { center, radius });
            }
            EntityType::Arc(a) => {
                let t = mirrored_if(t, a.normal.z);
                let points = arc_points(
                    (a.center.x, a.center.y),
                    a.radius,
                    a.start_angle,
                    a.end_angle,
                );
                self.path(top, "ARC", t, &points, false);
            }
            EntityType::Ellipse(e) => {
                let points = ellipse_points(e);
                let closed =
                    (e.end_parameter - e.start_parameter).abs() >= std::f64::consts::TAU - 1e-6;
                self.path(top, "ELLIPSE", t, &points, closed);
            }
            EntityType::Spline(s) => {
                let source = if s.fit_points.len() >= 2 {
                    &s.fit_points
                } else {
                    &s.control_points
                };
                let points: Vec<P> = source.iter().map(|p| (p.x, p.y)).collect();
                self.path(top, "SPLINE", t, &points, s.is_closed());
            }
            EntityType::Solid(s) => {
                let corners = quad_outline(
                    &s.first_corner,
                    &s.second_corner,
                    &s.third_corner,
                    &s.fourth_corner,
                );
                self.path(top, "SOLID", t, &corners, true);
            }
            EntityType::Trace(s) => {
                let corners = quad_outline(
                    &s.first_corner,
                    &s.second_corner,
                    &s.third_corner,
                    &s.fourth_corner,
                );
                self.path(top, "TRACE", t, &corners, true);
            }
            EntityType::Text(text) => {
                let at = t.apply((text.location.x, text.location.y));
                let height = text.text_height * t.length_scale();
                let text = plain_text(&text.value);
                if !text.is_empty() {
                    self.push(top, "TEXT", Shape::Text { at, height, text });
                }
            }
            EntityType::MText(m) => {
                let at = t.apply((m.insertion_point.x, m.insertion_point.y));
                let height = m.initial_text_height * t.length_scale();
                let raw: String = m.extended_text.concat() + &m.text;
                let text = plain_text(&raw);
                if !text.is_empty() {
                    self.push(top, "MTEXT", Shape::Text { at, height, text });
                }
            }
            EntityType::Insert(ins) => self.insert(ins, t, depth, top),
            _ => {}
        }
    }

    /// Flattens what a block insert places: each copy of its array.
    fn insert(&mut self, ins: &Insert, parent: Affine, depth: usize, top: &Top) {
        if depth >= MAX_BLOCK_DEPTH {
            self.flat.truncated = true;
            return;
        }
        let Some(block) = self.blocks.get(&ins.name.to_uppercase()).copied() else {
            return;
        };
        let sx = if ins.x_scale_factor == 0.0 {
            1.0
        } else {
            ins.x_scale_factor
        };
        let sy = if ins.y_scale_factor == 0.0 {
            1.0
        } else {
            ins.y_scale_factor
        };
        let columns = i64::from(ins.column_count.max(1));
        let rows = i64::from(ins.row_count.max(1));
        let base = Affine::translate(-block.base_point.x, -block.base_point.y);
        let place = mirrored_if(parent, ins.extrusion_direction.z)
            .then_after(Affine::translate(ins.location.x, ins.location.y))
            .then_after(Affine::rotate(ins.rotation));
        for row in 0..rows {
            for column in 0..columns {
                // Every copy costs at least one piece, so an empty block in a huge
                // array still ends.
                self.points += 1;
                if self.full() {
                    self.flat.truncated = true;
                    return;
                }
                let t = place
                    .then_after(Affine::translate(
                        column as f64 * ins.column_spacing,
                        row as f64 * ins.row_spacing,
                    ))
                    .then_after(Affine::scale(sx, sy))
                    .then_after(base);
                if !t.is_finite() {
                    return;
                }
                // Each copy of a model-space insert (each cell of an array) is an
                // item of its own: one column, one door.
                let copy;
                let top = if depth == 0 {
                    self.flat.inserts.push(InsertInfo {
                        layer: top.layer.clone(),
                        block: ins.name.clone(),
                        location: t.apply((block.base_point.x, block.base_point.y)),
                        attributes: ins
                            .attributes()
                            .map(|a| (a.attribute_tag.to_uppercase(), plain_text(&a.value)))
                            .collect(),
                    });
                    copy = Top {
                        layer: top.layer.clone(),
                        insert: Some(self.flat.inserts.len() - 1),
                    };
                    &copy
                } else {
                    top
                };
                for entity in &block.entities {
                    self.entity(entity, t, depth + 1, top);
                }
            }
        }
    }
}

/// `t` after a mirror in the y axis when an entity's extrusion points down (the
/// "arbitrary axis" of a planar entity drawn from below is a mirrored plane).
fn mirrored_if(t: Affine, extrusion_z: f64) -> Affine {
    if extrusion_z < 0.0 {
        t.then_after(Affine::scale(-1.0, 1.0))
    } else {
        t
    }
}

/// The outline of a SOLID or TRACE, whose corners are stored in a Z order (first,
/// second, then third under the first and fourth under the second).
fn quad_outline(
    first: &dxf::Point,
    second: &dxf::Point,
    third: &dxf::Point,
    fourth: &dxf::Point,
) -> [P; 4] {
    [first, second, fourth, third].map(|p| (p.x, p.y))
}

/// The points of a polyline with its bulges drawn as arcs.
fn with_bulges(vertices: &[(P, f64)], closed: bool) -> Vec<P> {
    let mut points = Vec::with_capacity(vertices.len());
    for (i, &(p, bulge)) in vertices.iter().enumerate() {
        points.push(p);
        let next = if i + 1 < vertices.len() {
            Some(vertices[i + 1].0)
        } else if closed && vertices.len() > 2 {
            Some(vertices[0].0)
        } else {
            None
        };
        if let Some(q) = next {
            points.extend(bulge_points(p, q, bulge));
        }
    }
    points
}

/// Points along an ellipse (or its arc) of the drawing.
fn ellipse_points(e: &dxf::entities::Ellipse) -> Vec<P> {
    let (cx, cy) = (e.center.x, e.center.y);
    let (mx, my) = (e.major_axis.x, e.major_axis.y);
    let ratio = e.minor_axis_ratio;
    let (nx, ny) = (-my * ratio, mx * ratio);
    let mut sweep = e.end_parameter - e.start_parameter;
    if sweep <= 0.0 {
        sweep += std::f64::consts::TAU;
    }
    let steps = ((sweep / std::f64::consts::TAU) * 32.0)
        .ceil()
        .clamp(2.0, 64.0) as usize;
    (0..=steps)
        .map(|i| {
            let a = e.start_parameter + sweep * i as f64 / steps as f64;
            let (s, c) = a.sin_cos();
            (cx + mx * c + nx * s, cy + my * c + ny * s)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dxf::LwPolylineVertex;
    use dxf::Point;
    use dxf::entities::{Circle, Line, LwPolyline};

    fn line(layer: &str, a: P, b: P) -> Entity {
        let mut e = Entity::new(EntityType::Line(Line::new(
            Point::new(a.0, a.1, 0.0),
            Point::new(b.0, b.1, 0.0),
        )));
        e.common.layer = layer.to_string();
        e
    }

    fn square_block(name: &str) -> Block {
        let mut pl = LwPolyline::default();
        for (x, y) in [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)] {
            pl.vertices.push(LwPolylineVertex {
                x,
                y,
                ..Default::default()
            });
        }
        pl.set_is_closed(true);
        Block {
            name: name.to_string(),
            base_point: Point::new(5.0, 5.0, 0.0),
            entities: vec![Entity::new(EntityType::LwPolyline(pl))],
            ..Default::default()
        }
    }

    fn insert(layer: &str, block: &str, at: P, scale: f64, rotation: f64) -> Entity {
        let ins = Insert {
            name: block.to_string(),
            location: Point::new(at.0, at.1, 0.0),
            x_scale_factor: scale,
            y_scale_factor: scale,
            rotation,
            ..Default::default()
        };
        let mut e = Entity::new(EntityType::Insert(ins));
        e.common.layer = layer.to_string();
        e
    }

    fn path_points(piece: &Piece) -> Vec<P> {
        match &piece.shape {
            Shape::Path { points, .. } => points.clone(),
            other => panic!("a path expected, got {other:?}"),
        }
    }

    fn close(a: P, b: P) -> bool {
        (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
    }

    #[test]
    fn lines_keep_their_layer_and_paper_space_is_left_out() {
        let mut d = Drawing::new();
        d.add_entity(line("WALL", (0.0, 0.0), (5.0, 0.0)));
        let mut paper = line("TITLE", (0.0, 0.0), (1.0, 1.0));
        paper.common.is_in_paper_space = true;
        d.add_entity(paper);
        let flat = flatten(&d);
        assert_eq!(flat.pieces.len(), 1);
        assert_eq!(flat.pieces[0].layer, "WALL");
        assert_eq!(flat.pieces[0].kind, "LINE");
        assert!(!flat.truncated);
    }

    #[test]
    fn an_insert_is_placed_scaled_and_turned_about_the_block_base() {
        let mut d = Drawing::new();
        d.add_block(square_block("COL"));
        d.add_entity(insert("COLUMNS", "COL", (100.0, 200.0), 2.0, 90.0));
        let flat = flatten(&d);
        assert_eq!(flat.inserts.len(), 1);
        assert_eq!(flat.inserts[0].block, "COL");
        let points = path_points(&flat.pieces[0]);
        assert_eq!(flat.pieces[0].layer, "COLUMNS");
        assert_eq!(flat.pieces[0].insert, Some(0));
        // (0,0) is (-5,-5) from the base; scaled (-10,-10); turned 90° → (10,-10).
        assert!(close(points[0], (110.0, 190.0)), "{points:?}");
        let (min, max) = super::super::geometry::bounds(points).unwrap();
        assert!(close(min, (90.0, 190.0)) && close(max, (110.0, 210.0)));
    }

    #[test]
    fn nested_blocks_compose_and_arrays_repeat() {
        let mut d = Drawing::new();
        d.add_block(square_block("COL"));
        d.add_block(Block {
            name: "PAIR".to_string(),
            entities: vec![
                insert("0", "COL", (0.0, 0.0), 1.0, 0.0),
                insert("0", "COL", (20.0, 0.0), 1.0, 0.0),
            ],
            ..Default::default()
        });
        let mut grid = insert("COLUMNS", "PAIR", (1000.0, 0.0), 1.0, 0.0);
        if let EntityType::Insert(ins) = &mut grid.specific {
            ins.column_count = 3;
            ins.row_count = 2;
            ins.column_spacing = 100.0;
            ins.row_spacing = 50.0;
        }
        d.add_entity(grid);
        let flat = flatten(&d);
        assert_eq!(flat.pieces.len(), 12);
        assert!(flat.pieces.iter().all(|p| p.layer == "COLUMNS"));
        let last = path_points(&flat.pieces[11]);
        // Row 1, column 2, second column of the pair: base (1000+200+20, 50), square
        // from -5.
        assert!(close(last[0], (1215.0, 45.0)), "{last:?}");
        // Each cell of the array is an insert of its own, the nested ones are not.
        assert_eq!(flat.inserts.len(), 6);
        assert_eq!(flat.pieces[11].insert, Some(5));
        assert_eq!(flat.pieces[0].insert, flat.pieces[1].insert);
        assert!(close(flat.inserts[5].location, (1200.0, 50.0)));
    }

    #[test]
    fn a_block_that_inserts_itself_stops_at_the_depth_cap() {
        let mut d = Drawing::new();
        d.add_block(Block {
            name: "LOOP".to_string(),
            entities: vec![
                line("0", (0.0, 0.0), (1.0, 0.0)),
                insert("0", "LOOP", (1.0, 0.0), 1.0, 0.0),
            ],
            ..Default::default()
        });
        d.add_entity(insert("X", "LOOP", (0.0, 0.0), 1.0, 0.0));
        let flat = flatten(&d);
        assert!(flat.truncated);
        assert_eq!(flat.pieces.len(), MAX_BLOCK_DEPTH);
    }

    #[test]
    fn a_huge_array_is_cut_short_not_run_forever() {
        let mut d = Drawing::new();
        d.add_block(Block {
            name: "EMPTY".to_string(),
            ..Default::default()
        });
        let mut e = insert("X", "EMPTY", (0.0, 0.0), 1.0, 0.0);
        if let EntityType::Insert(ins) = &mut e.specific {
            ins.column_count = i16::MAX;
            ins.row_count = i16::MAX;
        }
        for _ in 0..10 {
            d.add_entity(e.clone());
        }
        let flat = flatten(&d);
        assert!(flat.truncated);
        assert!(flat.pieces.is_empty());
    }

    #[test]
    fn circles_scale_their_radius_and_bulges_become_arcs() {
        let mut d = Drawing::new();
        d.add_block(Block {
            name: "C".to_string(),
            entities: vec![Entity::new(EntityType::Circle(Circle::new(
                Point::new(0.0, 0.0, 0.0),
                3.0,
            )))],
            ..Default::default()
        });
        d.add_entity(insert("COLUMNS", "C", (10.0, 10.0), 2.0, 0.0));
        let mut pl = LwPolyline::default();
        pl.vertices.push(LwPolylineVertex {
            x: 0.0,
            y: 0.0,
            bulge: 1.0,
            ..Default::default()
        });
        pl.vertices.push(LwPolylineVertex {
            x: 10.0,
            y: 0.0,
            ..Default::default()
        });
        d.add_entity(Entity::new(EntityType::LwPolyline(pl)));
        let flat = flatten(&d);
        assert_eq!(
            flat.pieces[0].shape,
            Shape::Circle {
                center: (10.0, 10.0),
                radius: 6.0
            }
        );
        let arc = path_points(&flat.pieces[1]);
        assert!(arc.len() > 4);
        // A bulge of 1 is a half circle of radius 5 below the chord (clockwise from
        // (0,0) to (10,0) is below when the bulge is positive: anticlockwise arc).
        let lowest = arc.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
        assert!((lowest + 5.0).abs() < 0.2, "{arc:?}");
    }
}
