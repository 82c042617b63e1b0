//! The fast writer's lists, tuples, structs and maps: the separators and indents between
//! their items, as ron's pretty printer writes them.

use super::{WriteError, Writer};
use serde::Serialize;
use serde::ser;
use std::fmt;

/// An open list, tuple, struct or map.
pub(super) struct Compound<'a, 'w, W: fmt::Write> {
    writer: &'a mut Writer<'w, W>,
    /// Laid out one item per line up to the depth limit (lists, structs, maps), or always
    /// on one line (tuples).
    laid_out: bool,
    close: char,
    first: bool,
}

impl<'a, 'w, W: fmt::Write> Compound<'a, 'w, W> {
    /// Opens a list, struct or map with `open` and a level (`len` items, when known, as
    /// ron's printer is told it); it closes with `close`.
    pub(super) fn open_laid_out(
        writer: &'a mut Writer<'w, W>,
        open: char,
        close: char,
        len: Option<usize>,
    ) -> Result<Self, WriteError> {
        writer.out.write_char(open)?;
        if let Some(len) = len {
            writer.is_empty = Some(len == 0);
        }
        writer.start_indent()?;
        Ok(Self {
            writer,
            laid_out: true,
            close,
            first: true,
        })
    }

    /// Opens a tuple with its parenthesis.
    pub(super) fn open_inline(writer: &'a mut Writer<'w, W>) -> Result<Self, WriteError> {
        writer.out.write_char('(')?;
        Ok(Self {
            writer,
            laid_out: false,
            close: ')',
            first: true,
        })
    }

    /// What goes before an item: the separator after the one before, then its indent.
    fn before_item(&mut self) -> fmt::Result {
        if !std::mem::replace(&mut self.first, false) {
            self.writer.separate(self.laid_out)?;
        }
        if self.laid_out {
            self.writer.write_indent()?;
        }
        Ok(())
    }

    /// One value.
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        self.before_item()?;
        value.serialize(&mut *self.writer)
    }

    /// A struct's field: its name, `: `, its value.
    fn field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        self.before_item()?;
        self.writer.identifier(key)?;
        self.writer.out.write_str(": ")?;
        value.serialize(&mut *self.writer)
    }

    /// Closes it: a trailing comma and new line at a laid-out level, the indent, the
    /// bracket.
    fn close(self) -> Result<(), WriteError> {
        if self.laid_out {
            if !self.first && self.writer.indent <= super::DEPTH_LIMIT {
                self.writer.out.write_str(",\n")?;
            }
            self.writer.end_indent()?;
        }
        self.writer.out.write_char(self.close)?;
        Ok(())
    }
}

/// The four kinds of compound whose items are values alone (lists, tuples, tuple
/// structs and tuple variants) write them the same way.
macro_rules! items_of_values {
    ($($trait:ident :: $method:ident),* $(,)?) => {
        $(
            impl<W: fmt::Write> ser::$trait for Compound<'_, '_, W> {
                type Ok = ();
                type Error = WriteError;

                fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
                    self.item(value)
                }

                fn end(self) -> Result<(), WriteError> {
                    self.close()
                }
            }
        )*
    };
}

items_of_values!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field,
);

impl<W: fmt::Write> ser::SerializeMap for Compound<'_, '_, W> {
    type Ok = ();
    type Error = WriteError;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), WriteError> {
        self.item(key)
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        self.writer.out.write_str(": ")?;
        value.serialize(&mut *self.writer)
    }

    fn end(self) -> Result<(), WriteError> {
        self.close()
    }
}

/// Structs and struct variants write their fields the same way.
macro_rules! items_of_fields {
    ($($trait:ident),* $(,)?) => {
        $(
            impl<W: fmt::Write> ser::$trait for Compound<'_, '_, W> {
                type Ok = ();
                type Error = WriteError;

                fn serialize_field<T: Serialize + ?Sized>(
                    &mut self,
                    key: &'static str,
                    value: &T,
                ) -> Result<(), WriteError> {
                    self.field(key, value)
                }

                fn end(self) -> Result<(), WriteError> {
                    self.close()
                }
            }
        )*
    };
}

items_of_fields!(SerializeStruct, SerializeStructVariant);
