//! Everything after `version` in a file of version 2 or later, read in one pass with
//! every item of every list counted for the progress bar. The fields are the same in
//! every such version; what an item holds is the version's [`Layout`].
//!
//! This is what `#[derive(Deserialize)]` with `deny_unknown_fields` would write, with one
//! difference: the lists are read through [`CountedList`], which counts their items.
//! Unknown, missing and repeated fields are refused with serde's usual errors, so the
//! messages are the same as the derive's.

use super::progress::ItemCounter;
use crate::model::{
    Booth, Exhibitor, Exit, Hall, Meta, Obstacle, Plan, Sector, Settings, Underlay,
};
use serde::Deserialize;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor,
};
use std::fmt;
use std::marker::PhantomData;

/// What each part of a body holds in one version of the format.
pub(super) trait Layout {
    /// The plan's details.
    type Meta: DeserializeOwned;
    /// The settings.
    type Settings: DeserializeOwned;
    /// One hall.
    type Hall: DeserializeOwned;
    /// One sector.
    type Sector: DeserializeOwned;
    /// One exhibitor.
    type Exhibitor: DeserializeOwned;
    /// One booth.
    type Booth: DeserializeOwned;
    /// One obstacle.
    type Obstacle: DeserializeOwned;
    /// One exit.
    type Exit: DeserializeOwned;
}

/// Everything after `version` in a file laid out as `L`.
pub(super) struct Body<L: Layout> {
    pub(super) meta: L::Meta,
    pub(super) settings: L::Settings,
    pub(super) halls: Vec<L::Hall>,
    pub(super) sectors: Vec<L::Sector>,
    pub(super) exhibitors: Vec<L::Exhibitor>,
    pub(super) booths: Vec<L::Booth>,
    pub(super) obstacles: Vec<L::Obstacle>,
    pub(super) exits: Vec<L::Exit>,
    /// The venue drawing under the plan: optional, empty when the file has none (and in
    /// every file before version 4).
    pub(super) underlay: Underlay,
}

/// The item types of the current version: the model's own.
pub(super) struct V3;

impl Layout for V3 {
    type Meta = Meta;
    type Settings = Settings;
    type Hall = Hall;
    type Sector = Sector;
    type Exhibitor = Exhibitor;
    type Booth = Booth;
    type Obstacle = Obstacle;
    type Exit = Exit;
}

/// A current-version body.
pub(super) type BodyV3 = Body<V3>;

impl From<BodyV3> for Plan {
    fn from(body: BodyV3) -> Self {
        Plan {
            meta: body.meta,
            settings: body.settings,
            halls: body.halls,
            sectors: body.sectors,
            exhibitors: body.exhibitors,
            booths: body.booths,
            obstacles: body.obstacles,
            exits: body.exits,
            underlay: body.underlay,
        }
    }
}

/// One of the body's fields; any other name is refused as an unknown field.
#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum Field {
    Meta,
    Settings,
    Halls,
    Sectors,
    Exhibitors,
    Booths,
    Obstacles,
    Exits,
    Underlay,
}

/// Reads a body laid out as `L` from the rest of the file's struct, counting items into
/// `counter`.
pub(super) fn read_body<'de, L: Layout, A: MapAccess<'de>>(
    map: A,
    counter: &mut ItemCounter<'_>,
) -> Result<Body<L>, A::Error> {
    BodyVisitor::<L> {
        counter,
        layout: PhantomData,
    }
    .visit_map(map)
}

struct BodyVisitor<'c, 'r, L> {
    counter: &'c mut ItemCounter<'r>,
    layout: PhantomData<L>,
}

/// Reads the field's value into `slot` with `read`, refusing a field seen before (before
/// reading its value, as serde's derive does, so the error points at the same place).
fn fill<'de, A: MapAccess<'de>, T>(
    slot: &mut Option<T>,
    name: &'static str,
    map: &mut A,
    read: impl FnOnce(&mut A) -> Result<T, A::Error>,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(read(map)?);
    Ok(())
}

/// The field's value, or the missing-field error.
fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

impl<'de, L: Layout> Visitor<'de> for BodyVisitor<'_, '_, L> {
    type Value = Body<L>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the plan's meta, settings and lists")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Body<L>, A::Error> {
        let (mut meta, mut settings, mut halls, mut sectors) = (None, None, None, None);
        let (mut exhibitors, mut booths, mut obstacles, mut exits) = (None, None, None, None);
        let mut underlay = None;
        while let Some(field) = map.next_key::<Field>()? {
            let counter = &mut *self.counter;
            let m = &mut map;
            match field {
                Field::Meta => fill(&mut meta, "meta", m, |m| m.next_value())?,
                Field::Settings => fill(&mut settings, "settings", m, |m| m.next_value())?,
                Field::Halls => fill(&mut halls, "halls", m, |m| m.next_value_seed(list(counter)))?,
                Field::Sectors => fill(&mut sectors, "sectors", m, |m| {
                    m.next_value_seed(list(counter))
                })?,
                Field::Exhibitors => {
                    fill(&mut exhibitors, "exhibitors", m, |m| {
                        m.next_value_seed(list(counter))
                    })?;
                }
                Field::Booths => fill(&mut booths, "booths", m, |m| {
                    m.next_value_seed(list(counter))
                })?,
                Field::Obstacles => {
                    fill(&mut obstacles, "obstacles", m, |m| {
                        m.next_value_seed(list(counter))
                    })?;
                }
                Field::Exits => fill(&mut exits, "exits", m, |m| m.next_value_seed(list(counter)))?,
                Field::Underlay => fill(&mut underlay, "underlay", m, |m| m.next_value())?,
            }
        }
        Ok(Body {
            meta: required(meta, "meta")?,
            settings: required(settings, "settings")?,
            halls: required(halls, "halls")?,
            sectors: required(sectors, "sectors")?,
            exhibitors: required(exhibitors, "exhibitors")?,
            booths: required(booths, "booths")?,
            obstacles: required(obstacles, "obstacles")?,
            exits: required(exits, "exits")?,
            underlay: underlay.unwrap_or_default(),
        })
    }
}

/// A seed reading a list of `T` and counting its items.
fn list<'c, 'r, T>(counter: &'c mut ItemCounter<'r>) -> CountedList<'c, 'r, T> {
    CountedList {
        counter,
        item: PhantomData,
    }
}

/// Reads a list `[…]` of `T`, adding one to the counter per item read.
struct CountedList<'c, 'r, T> {
    counter: &'c mut ItemCounter<'r>,
    item: PhantomData<T>,
}

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for CountedList<'_, '_, T> {
    type Value = Vec<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<T>, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for CountedList<'_, '_, T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Vec<T>, S::Error> {
        // Like serde's own Vec: trust the size hint only up to a small bound, since the
        // file may lie.
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element()? {
            items.push(item);
            self.counter.add_one();
        }
        Ok(items)
    }
}
