//! Reading a file of any known version, and upgrading it step by step to the current
//! model.
//!
//! The `version` field must come first. It is read on its own, then the rest of the same
//! struct is read with the field layout of that version, in one pass over the text (no
//! second parse), so ron's line and column stay right for every error.
//!
//! Version 4 is version 3 with an optional `underlay` section, so both read into the
//! same body. Adding version 5 with items that change: freeze today's item types in
//! `v4.rs` (copies of the model types that change, like [`super::v2`]), give it its own
//! [`Layout`](super::body::Layout), add `AnyVersion::V5`, a `v4 → v5` step in
//! [`upgrade`], and raise [`FORMAT_VERSION`].

use super::body::{BodyV3, V3, read_body};
use super::progress::ItemCounter;
use super::v2::{BodyV2, V2};
use super::{FORMAT_VERSION, v1};
use crate::model::Plan;
use serde::Deserialize;
use serde::de::value::MapAccessDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use std::cell::Cell;
use std::fmt;

/// A parsed file, in the layout of the version it was written in.
pub(super) enum AnyVersion {
    /// Version 1 (see [`v1`]).
    V1(v1::SaveFileV1),
    /// Version 2 (see [`super::v2`]).
    V2(BodyV2),
    /// Version 3, or version 4 (version 3 with an optional underlay): the current model.
    V3(BodyV3),
}

/// Brings a file of any version up to the current model, one version at a time.
pub(super) fn upgrade(file: AnyVersion) -> Plan {
    match file {
        AnyVersion::V1(v1) => upgrade(AnyVersion::V2(v1.into_v2())),
        AnyVersion::V2(body) => upgrade(AnyVersion::V3(body.into_v3())),
        AnyVersion::V3(body) => body.into(),
    }
}

/// Reads a whole file; records the version it found in `seen_version` (also when the
/// rest fails), so the caller can tell "too new" from other errors, and counts the items
/// of a current-version file into `counter`.
pub(super) struct FileSeed<'a, 'c, 'r> {
    seen_version: &'a Cell<Option<u32>>,
    counter: &'c mut ItemCounter<'r>,
}

impl<'a, 'c, 'r> FileSeed<'a, 'c, 'r> {
    /// A seed reporting the version into `seen_version` and items into `counter`.
    pub(super) fn new(
        seen_version: &'a Cell<Option<u32>>,
        counter: &'c mut ItemCounter<'r>,
    ) -> Self {
        Self {
            seen_version,
            counter,
        }
    }
}

impl<'de> DeserializeSeed<'de> for FileSeed<'_, '_, '_> {
    type Value = AnyVersion;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<AnyVersion, D::Error> {
        deserializer.deserialize_struct("SaveFile", &["version"], self)
    }
}

impl<'de> Visitor<'de> for FileSeed<'_, '_, '_> {
    type Value = AnyVersion;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an expoplan plan: `(version: 4, meta: (…), …)`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AnyVersion, A::Error> {
        match map.next_key::<FieldName>()? {
            Some(FieldName(name)) if name == "version" => {}
            Some(FieldName(name)) => {
                return Err(de::Error::custom(format!(
                    "the first field must be `version`, found `{name}`"
                )));
            }
            None => return Err(de::Error::custom("expected `version` and the plan")),
        }
        let version: u32 = map.next_value()?;
        self.seen_version.set(Some(version));
        match version {
            1 => v1::SaveFileV1::deserialize(MapAccessDeserializer::new(map)).map(AnyVersion::V1),
            2 => read_body::<V2, _>(map, self.counter).map(AnyVersion::V2),
            // Version 4 only added the optional underlay; version 3 bodies read the same.
            3 | FORMAT_VERSION => read_body::<V3, _>(map, self.counter).map(AnyVersion::V3),
            newer if newer > FORMAT_VERSION => Err(de::Error::custom(format!(
                "saved by a newer expoplan (version {newer}); this one reads up to \
                 {FORMAT_VERSION}"
            ))),
            other => Err(de::Error::custom(format!(
                "there is no version {other} of the expoplan format"
            ))),
        }
    }
}

/// A struct field's name, whatever it is.
struct FieldName(String);

impl<'de> Deserialize<'de> for FieldName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NameVisitor;
        impl Visitor<'_> for NameVisitor {
            type Value = FieldName;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<FieldName, E> {
                Ok(FieldName(name.to_owned()))
            }
        }
        deserializer.deserialize_identifier(NameVisitor)
    }
}
