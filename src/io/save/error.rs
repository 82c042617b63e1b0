//! Why a plan could not be loaded, with the line and column where that is known.

use super::FORMAT_VERSION;
use crate::model::IntegrityError;
use std::io;
use std::path::PathBuf;
use thiserror::Error;

/// Why a plan file could not be loaded. Parse errors name a line and column (1-based, in
/// characters) and say what was expected there.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The file could not be opened or read.
    // The cause is part of the message and deliberately not a `source`, so `{err:#}`
    // does not print it twice.
    #[error("cannot read {path}: {cause}")]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        cause: io::Error,
    },
    /// The file is larger than expoplan loads.
    #[error("{path} is larger than {}, the most expoplan loads", crate::io::capped::size_text(*limit))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The cap, in bytes.
        limit: u64,
    },
    /// The file is not UTF-8 text.
    #[error("line {line}, column {column}: not UTF-8 text (is this an expoplan plan?)")]
    NotUtf8 {
        /// 1-based line of the first bad byte.
        line: usize,
        /// 1-based column (in characters) of the first bad byte.
        column: usize,
    },
    /// The text is not a valid plan at this place.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// What is wrong, e.g. "expected a number".
        message: String,
    },
    /// The file was written by a newer expoplan in a format this one does not know.
    #[error("saved by a newer expoplan (version {found}); this one reads up to {FORMAT_VERSION}")]
    NewerVersion {
        /// The file's version.
        found: u32,
    },
    /// The plan parses but is inconsistent (a duplicate id, a reference to nothing, a
    /// value out of range).
    #[error("the plan is inconsistent: {0}")]
    Integrity(#[from] IntegrityError),
    /// As [`LoadError::Integrity`], at a known place in the file.
    #[error("line {line}, column {column}: the plan is inconsistent: {error}")]
    IntegrityAt {
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// What is wrong.
        error: IntegrityError,
    },
}

impl LoadError {
    /// The error for an inconsistency, at its place in `text` when that is found.
    pub(super) fn integrity(error: IntegrityError, text: &str) -> Self {
        match error
            .place()
            .and_then(|place| super::locate::locate(text, &place))
        {
            Some((line, column)) => LoadError::IntegrityAt {
                line,
                column,
                error,
            },
            None => LoadError::Integrity(error),
        }
    }

    /// A syntax error at the place ron reports in `text`.
    pub(super) fn from_ron(err: &ron::error::SpannedError, text: &str) -> Self {
        // ron's span starts where it began reading the offending value, before the blanks
        // in front of it; point at the value itself.
        let (line, column) = skip_blanks(text, err.span.start.line, err.span.start.col);
        let message = if cut_off(text, err) {
            describe(&ron::Error::Eof)
        } else {
            describe(&err.code)
        };
        LoadError::Syntax {
            line,
            column,
            message,
        }
    }

    /// The error for bytes that are valid UTF-8 only up to `valid_up_to`.
    pub(super) fn not_utf8(bytes: &[u8], valid_up_to: usize) -> Self {
        let good = String::from_utf8_lossy(&bytes[..valid_up_to.min(bytes.len())]);
        let line = 1 + good.matches('\n').count();
        let column = 1 + good.rsplit('\n').next().map_or(0, |l| l.chars().count());
        LoadError::NotUtf8 { line, column }
    }
}

/// Whether the error is that the text stops: nothing but blanks or one unfinished word
/// follows the place ron stopped at, or a string opened there never closes. Whatever ron expected next, the
/// planner should hear that the file ends too early.
fn cut_off(text: &str, err: &ron::error::SpannedError) -> bool {
    if matches!(err.code, ron::Error::Eof) {
        return true;
    }
    let rest = |position: &ron::error::Position| {
        let line_start = match position.line {
            0 | 1 => Some(0),
            n => text.match_indices('\n').nth(n - 2).map(|(at, _)| at + 1),
        };
        line_start.and_then(|start| {
            let offset = text[start..]
                .char_indices()
                .nth(position.col.saturating_sub(1))
                .map_or(text.len(), |(at, _)| start + at);
            text.get(offset..)
        })
    };
    [&err.span.start, &err.span.end]
        .into_iter()
        .any(|position| {
            rest(position).is_some_and(|rest| {
                let rest = rest.trim();
                // Nothing, or one unfinished word or number (`Som`, `12.`).
                rest.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '+' | '-'))
                    || (matches!(
                        err.code,
                        ron::Error::ExpectedStringEnd | ron::Error::ExpectedString
                    ) && rest.strip_prefix('"').is_some_and(never_closes))
            })
        })
}

/// Whether the inside of a string, `text`, has no closing quote (one not escaped).
fn never_closes(text: &str) -> bool {
    let mut escaped = false;
    for c in text.chars() {
        match c {
            '"' if !escaped => return false,
            '\\' => escaped = !escaped,
            _ => escaped = false,
        }
    }
    true
}

/// The 1-based line and column of the first non-blank character at or after `line`,
/// `column` in `text` (the same place when there is none).
fn skip_blanks(text: &str, line: usize, column: usize) -> (usize, usize) {
    let line_start = match line {
        0 | 1 => 0,
        n => match text.match_indices('\n').nth(n - 2) {
            Some((newline, _)) => newline + 1,
            None => return (line, column),
        },
    };
    let Some((offset, _)) = text[line_start..]
        .char_indices()
        .nth(column.saturating_sub(1))
    else {
        return (line, column);
    };
    let rest = &text[line_start + offset..];
    let blanks = rest.len() - rest.trim_start().len();
    if blanks == rest.len() {
        return (line, column);
    }
    let skipped = &rest[..blanks];
    match skipped.rfind('\n') {
        None => (line, column + skipped.chars().count()),
        Some(newline) => (
            line + skipped.matches('\n').count(),
            1 + skipped[newline + 1..].chars().count(),
        ),
    }
}

/// What ron's error code means, said for a planner rather than a parser author.
fn describe(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "the file ends too early (it may have been cut off)".to_owned(),
        E::ExpectedFloat | E::ExpectedInteger => "expected a number".to_owned(),
        E::IntegerOutOfBounds => "this number is out of range".to_owned(),
        E::ExpectedString | E::ExpectedStringEnd => "expected text in double quotes".to_owned(),
        E::ExpectedBoolean => "expected `true` or `false`".to_owned(),
        E::ExpectedComma => "expected a comma".to_owned(),
        E::ExpectedArray => "expected a list starting with `[`".to_owned(),
        E::ExpectedArrayEnd => "expected `]` closing the list".to_owned(),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => "expected `(`".to_owned(),
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => "expected `)`".to_owned(),
        E::ExpectedOption => "expected `Some(…)` or `None`".to_owned(),
        E::ExpectedMapColon => "expected `:` after the field name".to_owned(),
        E::ExpectedIdentifier => "expected a field name".to_owned(),
        E::TrailingCharacters => "unexpected text after the end of the plan".to_owned(),
        E::ExceededRecursionLimit => "nested too deeply".to_owned(),
        E::UnclosedBlockComment => "a `/*` comment is never closed".to_owned(),
        E::UnexpectedChar(c) => format!("unexpected character {c:?}"),
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => format!("missing field `{field}` in {outer}"),
            None => format!("missing field `{field}`"),
        },
        E::DuplicateStructField { field, .. } => format!("field `{field}` appears twice"),
        E::NoSuchStructField {
            expected, found, ..
        } => format!(
            "unknown field `{found}`, expected one of: {}",
            expected.join(", ")
        ),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => format!(
            "unknown value `{found}`, expected one of: {}",
            expected.join(", ")
        ),
        E::InvalidValueForType { expected, found } => {
            format!("expected {}, found {found}", plain_type(expected))
        }
        E::Message(message) => plain_message(message),
        other => lower_first(&other.to_string()),
    }
}

/// Serde's type names in words.
fn plain_type(expected: &str) -> String {
    match expected {
        "f64" | "f32" | "a 64-bit floating point" => "a number".to_owned(),
        "u8" => "a whole number from 0 to 255".to_owned(),
        "u32" | "u64" | "usize" => "a whole number (0 or more)".to_owned(),
        other => other.to_owned(),
    }
}

/// A serde message ("invalid type: string \"x\", expected f64") in plainer words.
fn plain_message(message: &str) -> String {
    match message.rsplit_once(", expected ") {
        Some((head, expected)) => format!("{head}, expected {}", plain_type(expected)),
        None => message.to_owned(),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
