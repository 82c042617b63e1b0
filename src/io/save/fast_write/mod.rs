//! A fast writer of the save format's text: byte for byte what ron's pretty printer
//! writes with the format's layout ([`super::write`]'s `pretty()`: four-space indents,
//! `\n`, two levels laid out one item per line, everything deeper on one line), without
//! ron's per-field bookkeeping (field documentation, ranges, implicit `Some`), which the
//! save format never uses and which made saving six times slower than serde_json.
//!
//! Tests compare its text with ron's on the same plans, so the two cannot drift apart.

mod compound;

use compound::Compound;
use serde::ser::{self, Serialize};
use std::fmt;

/// How many levels of lists, structs and maps are laid out one item per line.
const DEPTH_LIMIT: usize = 2;

/// The indent for one level.
const INDENT: &str = "    ";

/// Why the writer stopped: the output refused the text, or a value has no form in the
/// save format (a character, bytes, a 128-bit number, a name that is no identifier —
/// which a plan never holds).
#[derive(Debug)]
pub(super) enum WriteError {
    /// The output refused the text.
    Output,
    /// The value the message names has no form in the save format.
    Unwritable(String),
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Output => f.write_str("the output refused the text"),
            WriteError::Unwritable(what) => write!(f, "cannot be saved: {what}"),
        }
    }
}

impl std::error::Error for WriteError {}

impl ser::Error for WriteError {
    fn custom<T: fmt::Display>(why: T) -> Self {
        WriteError::Unwritable(why.to_string())
    }
}

impl From<fmt::Error> for WriteError {
    fn from(_: fmt::Error) -> Self {
        WriteError::Output
    }
}

/// Writes `value` into `out` as ron's pretty printer would with the save format's layout.
pub(super) fn to_writer<W: fmt::Write, T: Serialize + ?Sized>(
    out: &mut W,
    value: &T,
) -> Result<(), WriteError> {
    let mut writer = Writer {
        out,
        indent: 0,
        is_empty: None,
    };
    value.serialize(&mut writer)
}

/// The writer's output and place.
struct Writer<'w, W: fmt::Write> {
    out: &'w mut W,
    /// How many lists, structs and maps are open.
    indent: usize,
    /// Whether the list, struct or map just opened is empty (ron's own flag, read when
    /// it closes: only a container with no container inside it still has it).
    is_empty: Option<bool>,
}

impl<W: fmt::Write> Writer<'_, W> {
    /// Opens a level: a new line unless it is empty or too deep.
    fn start_indent(&mut self) -> fmt::Result {
        self.indent += 1;
        if self.indent <= DEPTH_LIMIT && !self.is_empty.unwrap_or(false) {
            self.out.write_char('\n')?;
        }
        Ok(())
    }

    /// The indent of an item at the current level.
    fn write_indent(&mut self) -> fmt::Result {
        if self.indent <= DEPTH_LIMIT {
            for _ in 0..self.indent {
                self.out.write_str(INDENT)?;
            }
        }
        Ok(())
    }

    /// Closes a level: the closing bracket's indent unless it is empty or too deep.
    fn end_indent(&mut self) -> fmt::Result {
        if self.indent <= DEPTH_LIMIT && !self.is_empty.unwrap_or(false) {
            for _ in 1..self.indent {
                self.out.write_str(INDENT)?;
            }
        }
        self.indent -= 1;
        self.is_empty = None;
        Ok(())
    }

    /// Between two items: a new line at a laid-out level, else a space.
    fn separate(&mut self, laid_out: bool) -> fmt::Result {
        self.out.write_char(',')?;
        if laid_out && self.indent <= DEPTH_LIMIT {
            self.out.write_char('\n')
        } else {
            self.out.write_char(' ')
        }
    }

    /// A field or variant name, `r#`-prefixed where ron would prefix it.
    fn identifier(&mut self, name: &str) -> Result<(), WriteError> {
        let mut bytes = name.bytes();
        let plain = bytes
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
            && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !plain {
            return Err(WriteError::Unwritable(format!("the name {name:?}")));
        }
        const KEYWORDS: [&str; 10] = [
            "true", "false", "Some", "None", "inf", "inff32", "inff64", "NaN", "NaNf32", "NaNf64",
        ];
        if name.len() <= 6 && KEYWORDS.contains(&name) {
            self.out.write_str("r#")?;
        }
        self.out.write_str(name)?;
        Ok(())
    }

    /// A string in double quotes, each character escaped as `char::escape_debug` does.
    fn string(&mut self, text: &str) -> fmt::Result {
        self.out.write_char('"')?;
        let mut plain_from = 0;
        for (at, c) in text.char_indices() {
            if is_plain(c) {
                continue;
            }
            let escaped = c.escape_debug();
            if escaped.len() == 1 {
                continue;
            }
            self.out.write_str(&text[plain_from..at])?;
            for e in escaped {
                self.out.write_char(e)?;
            }
            plain_from = at + c.len_utf8();
        }
        self.out.write_str(&text[plain_from..])?;
        self.out.write_char('"')
    }
}

/// Whether `escape_debug` leaves `c` as it is, known without its tables: printable ASCII
/// but the quotes and the backslash, and the CJK Unified Ideographs (every company name's
/// characters; all printable, none a grapheme extender).
fn is_plain(c: char) -> bool {
    match c {
        '"' | '\\' | '\'' => false,
        ' '..='~' | '\u{4e00}'..='\u{9fff}' => true,
        _ => false,
    }
}

/// Writes a whole number as ron does (its `Display`), through `itoa`.
macro_rules! integers {
    ($($method:ident: $ty:ty),* $(,)?) => {
        $(
            fn $method(self, v: $ty) -> Result<(), WriteError> {
                self.out.write_str(itoa::Buffer::new().format(v))?;
                Ok(())
            }
        )*
    };
}

/// Writes `v` as ron does: `Debug`'s shortest round trip, a negative NaN with its sign.
///
/// Through `zmij` where that gives the same text: a magnitude from 10⁻⁴ up to 10¹⁵ (where
/// both write plain decimals; outside it they choose the exponent form at different places)
/// and at most 15 significant digits. A shortest representation that short is the only
/// one (a double's rounding interval is narrower than the spacing of 15-digit decimals);
/// with 16 or 17 digits there may be two, and zmij and `Debug` can pick differently.
fn write_f64(out: &mut impl fmt::Write, v: f64) -> fmt::Result {
    if (1e-4..1e15).contains(&v.abs()) {
        let mut buffer = zmij::Buffer::new();
        let text = buffer.format_finite(v);
        let significant = text
            .trim_start_matches(['-', '0', '.'])
            .bytes()
            .filter(u8::is_ascii_digit)
            .count();
        if significant <= 15 {
            return out.write_str(text);
        }
    }
    if v.is_nan() && v.is_sign_negative() {
        out.write_char('-')?;
    }
    write!(out, "{v:?}")
}

impl<'a, 'w, W: fmt::Write> ser::Serializer for &'a mut Writer<'w, W> {
    type Ok = ();
    type Error = WriteError;
    type SerializeSeq = Compound<'a, 'w, W>;
    type SerializeTuple = Compound<'a, 'w, W>;
    type SerializeTupleStruct = Compound<'a, 'w, W>;
    type SerializeTupleVariant = Compound<'a, 'w, W>;
    type SerializeMap = Compound<'a, 'w, W>;
    type SerializeStruct = Compound<'a, 'w, W>;
    type SerializeStructVariant = Compound<'a, 'w, W>;

    integers!(
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
    );

    fn serialize_bool(self, v: bool) -> Result<(), WriteError> {
        self.out.write_str(if v { "true" } else { "false" })?;
        Ok(())
    }

    fn serialize_f32(self, v: f32) -> Result<(), WriteError> {
        Err(WriteError::Unwritable(format!("the 32-bit number {v}")))
    }

    fn serialize_f64(self, v: f64) -> Result<(), WriteError> {
        write_f64(self.out, v)?;
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), WriteError> {
        Err(WriteError::Unwritable(format!("the character {v:?}")))
    }

    fn serialize_str(self, v: &str) -> Result<(), WriteError> {
        self.string(v)?;
        Ok(())
    }

    fn serialize_bytes(self, _v: &[u8]) -> Result<(), WriteError> {
        Err(WriteError::Unwritable("bytes".to_owned()))
    }

    fn serialize_none(self) -> Result<(), WriteError> {
        self.out.write_str("None")?;
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), WriteError> {
        self.out.write_str("Some(")?;
        value.serialize(&mut *self)?;
        self.out.write_char(')')?;
        Ok(())
    }

    fn serialize_unit(self) -> Result<(), WriteError> {
        self.out.write_str("()")?;
        Ok(())
    }

    fn serialize_unit_struct(self, name: &'static str) -> Result<(), WriteError> {
        Err(WriteError::Unwritable(format!("the unit struct {name}")))
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), WriteError> {
        self.identifier(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        _value: &T,
    ) -> Result<(), WriteError> {
        Err(WriteError::Unwritable(format!("the newtype struct {name}")))
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        self.identifier(variant)?;
        self.out.write_char('(')?;
        value.serialize(&mut *self)?;
        self.out.write_char(')')?;
        Ok(())
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq, WriteError> {
        Compound::open_laid_out(self, '[', ']', len)
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, WriteError> {
        Compound::open_inline(self)
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct, WriteError> {
        self.serialize_tuple(len)
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, WriteError> {
        self.identifier(variant)?;
        Compound::open_inline(self)
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, WriteError> {
        Compound::open_laid_out(self, '{', '}', len)
    }

    fn serialize_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, WriteError> {
        Compound::open_laid_out(self, '(', ')', Some(len))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, WriteError> {
        self.identifier(variant)?;
        self.serialize_struct(variant, len)
    }
}

#[cfg(test)]
mod tests;
