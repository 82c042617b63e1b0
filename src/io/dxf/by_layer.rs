//! One item per layer of a drawing, in the drawing's order: its layer table first, then
//! each layer that only an entity names, as it first appears. Names compare ignoring
//! case, as CAD programs do.

use dxf::Drawing;
use dxf::tables::Layer;
use std::collections::HashMap;

/// Items kept by layer name, in the drawing's layer order.
pub struct ByLayer<T> {
    items: Vec<T>,
    index: HashMap<String, usize>,
}

impl<T> ByLayer<T> {
    /// One item for each layer of the drawing's table, made by `make`.
    pub fn from_table(drawing: &Drawing, make: impl Fn(&Layer) -> T) -> ByLayer<T> {
        let mut by_layer = ByLayer {
            items: Vec::new(),
            index: HashMap::new(),
        };
        for layer in drawing.layers() {
            by_layer.get_or_add(&layer.name, || make(layer));
        }
        by_layer
    }

    /// The item of layer `name`, made by `make` and put last if the layer has none yet.
    pub fn get_or_add(&mut self, name: &str, make: impl FnOnce() -> T) -> &mut T {
        let items = &mut self.items;
        let k = *self.index.entry(name.to_uppercase()).or_insert_with(|| {
            items.push(make());
            items.len() - 1
        });
        &mut self.items[k]
    }

    /// The items, in layer order.
    pub fn into_vec(self) -> Vec<T> {
        self.items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_layers_come_first_and_names_match_ignoring_case() {
        let mut drawing = Drawing::new();
        drawing.add_layer(Layer {
            name: "A-WALL".to_owned(),
            ..Default::default()
        });
        let mut by_layer = ByLayer::from_table(&drawing, |l| (l.name.clone(), 0));
        by_layer.get_or_add("x-new", || ("x-new".to_owned(), 0)).1 += 1;
        by_layer.get_or_add("a-wall", || ("wrong".to_owned(), 0)).1 += 2;
        by_layer.get_or_add("X-NEW", || ("wrong".to_owned(), 0)).1 += 1;
        let items = by_layer.into_vec();
        let names: Vec<&str> = items.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["0", "A-WALL", "x-new"]);
        assert_eq!(items[1].1, 2);
        assert_eq!(items[2].1, 2);
    }
}
