//! The fast reader's lists, structs, maps and enum variants, as serde walks them.

use super::{Bail, Reader};
use serde::de::{self, DeserializeSeed, Visitor};

/// The items of a list `[…]` or a tuple `(…)`, or the fields of a struct
/// `(name: value, …)` or the entries of a map `{key: value, …}`, up to `close`.
pub(super) struct Items<'r, 'de> {
    reader: &'r mut Reader<'de>,
    close: u8,
    first: bool,
}

impl<'r, 'de> Items<'r, 'de> {
    /// The items after an opening bracket, up to (not taking) `close`.
    pub(super) fn new(reader: &'r mut Reader<'de>, close: u8) -> Self {
        Self {
            reader,
            close,
            first: true,
        }
    }

    /// Moves past the comma between items; `false` at the end (a trailing comma is
    /// allowed, as ron allows it).
    fn next_item(&mut self) -> Result<bool, Bail> {
        if self.reader.peek() == Some(self.close) {
            return Ok(false);
        }
        if !std::mem::replace(&mut self.first, false) {
            self.reader.expect(b',')?;
            if self.reader.peek() == Some(self.close) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The next item read with `seed`, `None` at the end.
    fn next<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Bail> {
        if !self.next_item()? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.reader).map(Some)
    }
}

impl<'de> de::SeqAccess<'de> for Items<'_, 'de> {
    type Error = Bail;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Bail> {
        self.next(seed)
    }
}

impl<'de> de::MapAccess<'de> for Items<'_, 'de> {
    type Error = Bail;

    /// A struct's field names are identifiers (serde asks for one); a map's keys are
    /// values of their own type.
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Bail> {
        self.next(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Bail> {
        self.reader.expect(b':')?;
        seed.deserialize(&mut *self.reader)
    }
}

/// An enum value: its variant's name, then what the variant holds.
pub(super) struct Enum<'r, 'de> {
    reader: &'r mut Reader<'de>,
}

impl<'r, 'de> Enum<'r, 'de> {
    /// The enum value next in `reader`.
    pub(super) fn new(reader: &'r mut Reader<'de>) -> Self {
        Self { reader }
    }
}

impl<'r, 'de> de::EnumAccess<'de> for Enum<'r, 'de> {
    type Error = Bail;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Bail> {
        let variant = seed.deserialize(&mut *self.reader)?;
        Ok((variant, self))
    }
}

impl<'de> de::VariantAccess<'de> for Enum<'_, 'de> {
    type Error = Bail;

    fn unit_variant(self) -> Result<(), Bail> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Bail> {
        self.reader
            .within(b'(', b')', |r| seed.deserialize(&mut *r))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Bail> {
        de::Deserializer::deserialize_tuple(&mut *self.reader, len, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Bail> {
        de::Deserializer::deserialize_struct(&mut *self.reader, "", fields, visitor)
    }
}
