//! A fast reader for the RON that expoplan itself writes.
//!
//! ron's own reader is general (comments, raw strings, number suffixes, implicit `Some`,
//! struct names, …) and spends most of a large plan's load time in its tokenizer. This
//! reader takes only the plain layout [`write`](super::write) produces — structs as
//! `(field: value, …)`, lists, tuples, `Some(…)`/`None`, unit and newtype enum variants,
//! decimal numbers, strings with the escapes `escape_debug` writes, ASCII whitespace and
//! `//` comments —
//! and drives the same serde visitors, so the values it reads are the ones ron would read.
//!
//! It never reports an error of its own: anything it does not take, and any error a
//! visitor raises, is a [`Bail`], and the caller reads the same text again with ron, whose
//! error names the line and column. A file it reads is therefore one ron reads to the same
//! plan (a fuzz target compares the two on the same bytes).

mod access;

use access::{Enum, Items};
use serde::de::{self, DeserializeSeed, Visitor};
use std::fmt;

/// The deepest nesting the fast reader follows (ron's default recursion limit); a deeper
/// file is left to ron, which refuses it with its position.
const MAX_DEPTH: usize = 128;

/// The fast reader gave up on the text; read it with ron instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Bail;

impl fmt::Display for Bail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not in the plain layout expoplan writes")
    }
}

impl std::error::Error for Bail {}

impl de::Error for Bail {
    fn custom<T: fmt::Display>(_why: T) -> Self {
        Bail
    }
}

/// Reads the whole of `text` with `seed`, or gives up.
pub(super) fn from_str_seed<'de, S: DeserializeSeed<'de>>(
    text: &'de str,
    seed: S,
) -> Result<S::Value, Bail> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    let value = seed.deserialize(&mut reader)?;
    reader.skip_space();
    if reader.at == reader.bytes.len() {
        Ok(value)
    } else {
        Err(Bail)
    }
}

/// The reader's place in the text.
struct Reader<'de> {
    text: &'de str,
    bytes: &'de [u8],
    at: usize,
    depth: usize,
}

/// A string as read: borrowed from the text when it has no escapes.
enum Text<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl<'de> Reader<'de> {
    /// Skips ASCII whitespace and `//` line comments (a block comment or any other
    /// space is left for ron).
    fn skip_space(&mut self) {
        loop {
            match self.bytes.get(self.at) {
                Some(b' ' | b'\n' | b'\t' | b'\r') => self.at += 1,
                Some(b'/') if self.bytes.get(self.at + 1) == Some(&b'/') => {
                    let rest = &self.bytes[self.at..];
                    self.at += rest.iter().position(|b| *b == b'\n').unwrap_or(rest.len());
                }
                _ => return,
            }
        }
    }

    /// The next byte after whitespace, not taken.
    fn peek(&mut self) -> Option<u8> {
        self.skip_space();
        self.bytes.get(self.at).copied()
    }

    /// Takes `byte` after whitespace, or gives up.
    fn expect(&mut self, byte: u8) -> Result<(), Bail> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(Bail)
        }
    }

    /// Takes `byte` after whitespace if it is next.
    fn take(&mut self, byte: u8) -> bool {
        let next = self.peek() == Some(byte);
        if next {
            self.at += 1;
        }
        next
    }

    /// Reads `open`, what `inside` reads one level deeper, then `close`.
    fn within<T>(
        &mut self,
        open: u8,
        close: u8,
        inside: impl FnOnce(&mut Self) -> Result<T, Bail>,
    ) -> Result<T, Bail> {
        self.expect(open)?;
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Bail);
        }
        let value = inside(self)?;
        self.depth -= 1;
        self.expect(close)?;
        Ok(value)
    }

    /// An ASCII identifier (`[A-Za-z_][A-Za-z0-9_]*`).
    fn identifier(&mut self) -> Result<&'de str, Bail> {
        self.skip_space();
        let start = self.at;
        match self.bytes.get(start) {
            Some(b) if b.is_ascii_alphabetic() || *b == b'_' => {}
            _ => return Err(Bail),
        }
        let len = self.bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
            .count();
        self.at = start + len;
        // A raw identifier (`r#…`) or anything but ASCII right after is ron's to read.
        match self.bytes.get(self.at) {
            Some(b) if *b == b'#' || !b.is_ascii() => Err(Bail),
            _ => Ok(&self.text[start..self.at]),
        }
    }

    /// Takes the keyword `word` if it is next and not the start of a longer identifier.
    fn keyword(&mut self, word: &str) -> bool {
        self.skip_space();
        let end = self.at + word.len();
        let here = self.bytes.get(self.at..end) == Some(word.as_bytes());
        let longer = self
            .bytes
            .get(end)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_' || !b.is_ascii());
        if here && !longer {
            self.at = end;
        }
        here && !longer
    }

    /// The text of a decimal number: `-?digits(.digits)?([eE][+-]?digits)?`; anything
    /// else (hex, `_`, a suffix, `inf`, `NaN`) gives up.
    fn number(&mut self) -> Result<(&'de str, bool), Bail> {
        self.skip_space();
        let start = self.at;
        let mut at = start;
        let digits = |at: &mut usize| {
            let from = *at;
            while self.bytes.get(*at).is_some_and(u8::is_ascii_digit) {
                *at += 1;
            }
            *at > from
        };
        if self.bytes.get(at) == Some(&b'-') {
            at += 1;
        }
        // A leading zero before more digits is left to ron.
        if self.bytes.get(at) == Some(&b'0')
            && self.bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
        {
            return Err(Bail);
        }
        if !digits(&mut at) {
            return Err(Bail);
        }
        let mut float = false;
        if self.bytes.get(at) == Some(&b'.') {
            at += 1;
            float = true;
            if !digits(&mut at) {
                return Err(Bail);
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(at) {
            at += 1;
            float = true;
            if let Some(b'+' | b'-') = self.bytes.get(at) {
                at += 1;
            }
            if !digits(&mut at) {
                return Err(Bail);
            }
        }
        if self
            .bytes
            .get(at)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'.' || !b.is_ascii())
        {
            return Err(Bail);
        }
        self.at = at;
        Ok((&self.text[start..at], float))
    }

    /// A whole number of type `T` (no fraction or exponent).
    fn integer<T: std::str::FromStr>(&mut self) -> Result<T, Bail> {
        match self.number()? {
            (digits, false) => digits.parse().map_err(|_| Bail),
            (_, true) => Err(Bail),
        }
    }

    /// A floating-point number, written with a fraction or an exponent as ron writes it.
    fn float(&mut self) -> Result<f64, Bail> {
        match self.number()? {
            (text, true) => text.parse().map_err(|_| Bail),
            (_, false) => Err(Bail),
        }
    }

    /// A double-quoted string with the escapes `\" \' \\ \n \r \t \0 \u{…}`.
    fn string(&mut self) -> Result<Text<'de>, Bail> {
        self.expect(b'"')?;
        let start = self.at;
        let rest = &self.bytes[start..];
        let end = memchr_any(rest).ok_or(Bail)?;
        if rest[end] == b'"' {
            self.at = start + end + 1;
            return Ok(Text::Borrowed(&self.text[start..start + end]));
        }
        let mut owned = String::with_capacity(end + 16);
        let mut at = start;
        loop {
            let rest = &self.bytes[at..];
            let stop = memchr_any(rest).ok_or(Bail)?;
            owned.push_str(&self.text[at..at + stop]);
            at += stop;
            if self.bytes[at] == b'"' {
                self.at = at + 1;
                return Ok(Text::Owned(owned));
            }
            // A backslash: one escape.
            let (c, len) = escape(&self.bytes[at + 1..])?;
            owned.push(c);
            at += 1 + len;
        }
    }
}

/// Where the first `"` or `\` is in `bytes`.
fn memchr_any(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|b| *b == b'"' || *b == b'\\')
}

/// The character an escape stands for and how many bytes it takes after its backslash.
fn escape(after: &[u8]) -> Result<(char, usize), Bail> {
    let simple = match after.first() {
        Some(b'"') => '"',
        Some(b'\'') => '\'',
        Some(b'\\') => '\\',
        Some(b'n') => '\n',
        Some(b'r') => '\r',
        Some(b't') => '\t',
        Some(b'0') => '\0',
        Some(b'u') => return unicode_escape(&after[1..]).map(|(c, len)| (c, len + 1)),
        _ => return Err(Bail),
    };
    Ok((simple, 1))
}

/// `{h…}` with one to six hex digits, as a character, and its length in bytes.
fn unicode_escape(bytes: &[u8]) -> Result<(char, usize), Bail> {
    if bytes.first() != Some(&b'{') {
        return Err(Bail);
    }
    let digits = bytes[1..]
        .iter()
        .take_while(|b| b.is_ascii_hexdigit())
        .count();
    if !(1..=6).contains(&digits) || bytes.get(1 + digits) != Some(&b'}') {
        return Err(Bail);
    }
    let hex = std::str::from_utf8(&bytes[1..=digits]).map_err(|_| Bail)?;
    let code = u32::from_str_radix(hex, 16).map_err(|_| Bail)?;
    let c = char::from_u32(code).ok_or(Bail)?;
    Ok((c, digits + 2))
}

/// Forwards the deserializer methods that read a whole number to [`Reader::integer`].
macro_rules! integers {
    ($($method:ident => $visit:ident: $ty:ty),* $(,)?) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
                visitor.$visit(self.integer::<$ty>()?)
            }
        )*
    };
}

/// Deserializer methods the plain layout never needs: left to ron.
macro_rules! left_to_ron {
    ($($method:ident),* $(,)?) => {
        $(
            fn $method<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Bail> {
                Err(Bail)
            }
        )*
    };
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = Bail;

    left_to_ron!(
        deserialize_any,
        deserialize_char,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_ignored_any,
        deserialize_i128,
        deserialize_u128,
    );

    integers!(
        deserialize_i8 => visit_i8: i8,
        deserialize_i16 => visit_i16: i16,
        deserialize_i32 => visit_i32: i32,
        deserialize_i64 => visit_i64: i64,
        deserialize_u8 => visit_u8: u8,
        deserialize_u16 => visit_u16: u16,
        deserialize_u32 => visit_u32: u32,
        deserialize_u64 => visit_u64: u64,
    );

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        if self.keyword("true") {
            visitor.visit_bool(true)
        } else if self.keyword("false") {
            visitor.visit_bool(false)
        } else {
            Err(Bail)
        }
    }

    fn deserialize_f32<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Bail> {
        // ron rounds through its own f32 path; the plan has no f32 to read.
        Err(Bail)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        visitor.visit_f64(self.float()?)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        match self.string()? {
            Text::Borrowed(s) => visitor.visit_borrowed_str(s),
            Text::Owned(s) => visitor.visit_string(s),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        if self.keyword("None") {
            return visitor.visit_none();
        }
        if !self.keyword("Some") {
            return Err(Bail);
        }
        self.within(b'(', b')', |r| {
            let value = visitor.visit_some(&mut *r)?;
            // ron takes a comma after the value.
            r.take(b',');
            Ok(value)
        })
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        self.expect(b'(')?;
        self.expect(b')')?;
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Bail> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _visitor: V,
    ) -> Result<V::Value, Bail> {
        // ron reads a newtype struct with or without its parentheses; the plan has none.
        Err(Bail)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        self.within(b'[', b']', |r| visitor.visit_seq(Items::new(r, b']')))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Bail> {
        self.within(b'(', b')', |r| visitor.visit_seq(Items::new(r, b')')))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Bail> {
        self.deserialize_tuple(len, visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        self.within(b'{', b'}', |r| visitor.visit_map(Items::new(r, b'}')))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Bail> {
        // A struct name before the parenthesis is ron's to read.
        self.within(b'(', b')', |r| visitor.visit_map(Items::new(r, b')')))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Bail> {
        visitor.visit_enum(Enum::new(self))
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        visitor.visit_borrowed_str(self.identifier()?)
    }
}

#[cfg(test)]
mod tests;
