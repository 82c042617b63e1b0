//! The length unit of a drawing and its size in metres.

use dxf::enums::Units;

/// The units a venue drawing may be in (`--units`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DrawingUnits {
    /// Millimetres: most architectural drawings.
    Millimetres,
    /// Centimetres.
    Centimetres,
    /// Metres.
    Metres,
    /// Inches.
    Inches,
    /// Feet.
    Feet,
}

impl DrawingUnits {
    /// Every unit, smallest first.
    pub const ALL: [DrawingUnits; 5] = [
        DrawingUnits::Millimetres,
        DrawingUnits::Centimetres,
        DrawingUnits::Inches,
        DrawingUnits::Feet,
        DrawingUnits::Metres,
    ];

    /// Metres in one unit.
    pub const fn metres(self) -> f64 {
        match self {
            DrawingUnits::Millimetres => 0.001,
            DrawingUnits::Centimetres => 0.01,
            DrawingUnits::Metres => 1.0,
            DrawingUnits::Inches => 0.0254,
            DrawingUnits::Feet => 0.3048,
        }
    }

    /// The short name, as `--units` takes it: `mm`, `cm`, `m`, `in`, `ft`.
    pub const fn short(self) -> &'static str {
        match self {
            DrawingUnits::Millimetres => "mm",
            DrawingUnits::Centimetres => "cm",
            DrawingUnits::Metres => "m",
            DrawingUnits::Inches => "in",
            DrawingUnits::Feet => "ft",
        }
    }

    /// The unit a drawing's `$INSUNITS` names, when it names one of these (`None` for
    /// unitless drawings, R12 files and units no venue is drawn in).
    pub fn from_header(units: Units) -> Option<DrawingUnits> {
        match units {
            Units::Millimeters => Some(DrawingUnits::Millimetres),
            Units::Centimeters => Some(DrawingUnits::Centimetres),
            Units::Meters => Some(DrawingUnits::Metres),
            Units::Inches => Some(DrawingUnits::Inches),
            Units::Feet => Some(DrawingUnits::Feet),
            _ => None,
        }
    }

    /// The `$INSUNITS` value of this unit.
    pub fn to_header(self) -> Units {
        match self {
            DrawingUnits::Millimetres => Units::Millimeters,
            DrawingUnits::Centimetres => Units::Centimeters,
            DrawingUnits::Metres => Units::Meters,
            DrawingUnits::Inches => Units::Inches,
            DrawingUnits::Feet => Units::Feet,
        }
    }
}

/// The name of a drawing's `$INSUNITS`, for the layer listing (`mm`, `unitless`, …).
pub fn header_units_name(units: Units) -> String {
    match DrawingUnits::from_header(units) {
        Some(u) => u.short().to_owned(),
        None if units == Units::Unitless => "unitless".to_owned(),
        None => format!("{units:?}").to_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unit_goes_to_the_header_and_back() {
        for unit in DrawingUnits::ALL {
            assert_eq!(DrawingUnits::from_header(unit.to_header()), Some(unit));
        }
        assert_eq!(DrawingUnits::from_header(Units::Unitless), None);
        assert_eq!(header_units_name(Units::Unitless), "unitless");
        assert_eq!(header_units_name(Units::Millimeters), "mm");
        assert!((DrawingUnits::Feet.metres() - 0.3048).abs() < 1e-12);
    }
}
