//! What a drawing holds, layer by layer: entity counts by type, the units and the
//! extents (`expoplan dxf-layers`).

use super::by_layer::ByLayer;
use super::geometry::{P, bounds};
use super::units::{DrawingUnits, header_units_name};
use super::{Shape, flatten};
use dxf::Drawing;
use dxf::entities::EntityType;
use serde::Serialize;
use std::collections::BTreeMap;

/// One layer of a drawing and what stands on it in model space.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LayerCounts {
    /// The layer's name.
    pub name: String,
    /// Model-space entities on it, by DXF type (`LINE`, `INSERT`, …).
    pub entities: BTreeMap<String, usize>,
}

impl LayerCounts {
    /// Entities of every type.
    pub fn total(&self) -> usize {
        self.entities.values().sum()
    }
}

/// A drawing's layers, units and extents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DrawingSummary {
    /// The units `$INSUNITS` names, e.g. `mm`, or `unitless`.
    pub units: String,
    /// The units as a length, when they are one a venue is drawn in.
    #[serde(skip)]
    pub known_units: Option<DrawingUnits>,
    /// The drawing's extents in its units: `[[min x, min y], [max x, max y]]`, from
    /// `$EXTMIN`/`$EXTMAX` when set, else from the entities; `None` for an empty one.
    pub extents: Option<[[f64; 2]; 2]>,
    /// The DXF version, e.g. `R2018`.
    pub version: String,
    /// Every layer of the layer table and every layer an entity names, in table order.
    pub layers: Vec<LayerCounts>,
}

/// The DXF type name of an entity, e.g. `LWPOLYLINE`.
pub fn entity_type_name(specific: &EntityType) -> &'static str {
    match specific {
        EntityType::Face3D(_) => "3DFACE",
        EntityType::Solid3D(_) => "3DSOLID",
        EntityType::ProxyEntity(_) => "ACAD_PROXY_ENTITY",
        EntityType::Arc(_) => "ARC",
        EntityType::ArcAlignedText(_) => "ARCALIGNEDTEXT",
        EntityType::AttributeDefinition(_) => "ATTDEF",
        EntityType::Attribute(_) => "ATTRIB",
        EntityType::Body(_) => "BODY",
        EntityType::Circle(_) => "CIRCLE",
        EntityType::RotatedDimension(_) => "DIMENSION",
        EntityType::RadialDimension(_) => "DIMENSION",
        EntityType::DiameterDimension(_) => "DIMENSION",
        EntityType::AngularThreePointDimension(_) => "DIMENSION",
        EntityType::OrdinateDimension(_) => "DIMENSION",
        EntityType::Ellipse(_) => "ELLIPSE",
        EntityType::Helix(_) => "HELIX",
        EntityType::Image(_) => "IMAGE",
        EntityType::Insert(_) => "INSERT",
        EntityType::Leader(_) => "LEADER",
        EntityType::Light(_) => "LIGHT",
        EntityType::Line(_) => "LINE",
        EntityType::LwPolyline(_) => "LWPOLYLINE",
        EntityType::MLine(_) => "MLINE",
        EntityType::MText(_) => "MTEXT",
        EntityType::OleFrame(_) => "OLEFRAME",
        EntityType::Ole2Frame(_) => "OLE2FRAME",
        EntityType::ModelPoint(_) => "POINT",
        EntityType::Polyline(_) => "POLYLINE",
        EntityType::Ray(_) => "RAY",
        EntityType::Region(_) => "REGION",
        EntityType::RText(_) => "RTEXT",
        EntityType::Section(_) => "SECTION",
        EntityType::Seqend(_) => "SEQEND",
        EntityType::Shape(_) => "SHAPE",
        EntityType::Solid(_) => "SOLID",
        EntityType::Spline(_) => "SPLINE",
        EntityType::Text(_) => "TEXT",
        EntityType::Tolerance(_) => "TOLERANCE",
        EntityType::Trace(_) => "TRACE",
        EntityType::DgnUnderlay(_) => "DGNUNDERLAY",
        EntityType::DwfUnderlay(_) => "DWFUNDERLAY",
        EntityType::PdfUnderlay(_) => "PDFUNDERLAY",
        EntityType::Vertex(_) => "VERTEX",
        EntityType::Wipeout(_) => "WIPEOUT",
        EntityType::XLine(_) => "XLINE",
    }
}

/// Summarises a drawing.
pub fn summarize(drawing: &Drawing) -> DrawingSummary {
    let counts = |name: &str| LayerCounts {
        name: name.to_owned(),
        entities: BTreeMap::new(),
    };
    let mut layers = ByLayer::from_table(drawing, |l| counts(&l.name));
    for entity in drawing.entities() {
        if entity.common.is_in_paper_space {
            continue;
        }
        let name = &entity.common.layer;
        *layers
            .get_or_add(name, || counts(name))
            .entities
            .entry(entity_type_name(&entity.specific).to_string())
            .or_insert(0) += 1;
    }
    let header = &drawing.header;
    let (lo, hi) = (
        &header.minimum_drawing_extents,
        &header.maximum_drawing_extents,
    );
    let header_extents =
        (hi.x > lo.x && hi.y > lo.y && [lo.x, lo.y, hi.x, hi.y].iter().all(|v| v.is_finite()))
            .then_some(((lo.x, lo.y), (hi.x, hi.y)));
    let extents = header_extents
        .or_else(|| computed_extents(drawing))
        .map(|((x0, y0), (x1, y1))| [[x0, y0], [x1, y1]]);
    DrawingSummary {
        units: header_units_name(header.default_drawing_units),
        known_units: DrawingUnits::from_header(header.default_drawing_units),
        extents,
        version: format!("{:?}", header.version),
        layers: layers.into_vec(),
    }
}

/// The box around every flattened piece of model space.
fn computed_extents(drawing: &Drawing) -> Option<(P, P)> {
    let flat = flatten(drawing);
    bounds(flat.pieces.iter().flat_map(|piece| match &piece.shape {
        Shape::Path { points, .. } => points.clone(),
        Shape::Circle { center, radius } => vec![
            (center.0 - radius, center.1 - radius),
            (center.0 + radius, center.1 + radius),
        ],
        Shape::Text { at, .. } => vec![*at],
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dxf::Point;
    use dxf::entities::{Circle, Entity, Line};
    use dxf::enums::Units;
    use dxf::tables::Layer;

    fn on(layer: &str, specific: EntityType) -> Entity {
        let mut e = Entity::new(specific);
        e.common.layer = layer.to_string();
        e
    }

    #[test]
    fn counts_each_layer_by_type_and_lists_empty_layers() {
        let mut d = Drawing::new();
        d.add_layer(Layer {
            name: "EMPTY".to_string(),
            ..Default::default()
        });
        let line = || {
            EntityType::Line(Line::new(
                Point::new(0.0, 0.0, 0.0),
                Point::new(1000.0, 500.0, 0.0),
            ))
        };
        d.add_entity(on("WALLS", line()));
        d.add_entity(on("WALLS", line()));
        d.add_entity(on(
            "COLUMNS",
            EntityType::Circle(Circle::new(Point::new(0.0, 0.0, 0.0), 400.0)),
        ));
        d.header.default_drawing_units = Units::Millimeters;
        let s = summarize(&d);
        assert_eq!(s.units, "mm");
        assert_eq!(s.known_units, Some(DrawingUnits::Millimetres));
        let layer = |n: &str| s.layers.iter().find(|l| l.name == n).unwrap();
        assert_eq!(layer("WALLS").entities.get("LINE"), Some(&2));
        assert_eq!(layer("COLUMNS").entities.get("CIRCLE"), Some(&1));
        assert_eq!(layer("EMPTY").total(), 0);
        assert_eq!(s.extents, Some([[-400.0, -400.0], [1000.0, 500.0]]));
    }

    #[test]
    fn an_empty_drawing_has_no_extents() {
        let s = summarize(&Drawing::new());
        assert_eq!(s.extents, None);
        assert!(s.layers.iter().all(|l| l.total() == 0));
    }
}
