//! A look through a workbook's zip archive before the workbook reader opens it: how many
//! parts it has, how much they unpack to (counted while unpacking, not taken from the
//! sizes the archive claims), how many strings and styles the reader would keep, and
//! every cell reference of every sheet.

use super::refs::{self, RefProblem};
use super::{XlsxError, XlsxLimits};
use quick_xml::events::{BytesStart, Event};
use std::io::{self, BufReader, Cursor, Read};

/// Counts what a workbook's parts unpack to, across all of them.
struct Budget {
    /// Bytes still allowed.
    left: u64,
    /// Shared strings and styles still allowed.
    items_left: u64,
}

/// Checks the archive in `bytes` against `limits`, unpacking every part once.
pub(super) fn check_archive(bytes: &[u8], limits: &XlsxLimits) -> Result<(), XlsxError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|err| XlsxError::Reader(err.to_string()))?;
    if archive.len() > limits.parts {
        return Err(XlsxError::TooManyParts {
            limit: limits.parts,
        });
    }
    let mut budget = Budget {
        left: limits.unpacked_bytes,
        items_left: limits.kept_items,
    };
    for index in 0..archive.len() {
        let part = archive
            .by_index(index)
            .map_err(|err| XlsxError::Reader(err.to_string()))?;
        if part.size() > budget.left {
            return Err(XlsxError::TooLarge {
                limit: limits.unpacked_bytes,
            });
        }
        let name = part
            .name()
            .map_err(|err| XlsxError::Reader(err.to_string()))?
            .into_owned();
        let claimed = part.size();
        let mut counted = Counted {
            inner: part.take(budget.left.saturating_add(1)),
            read: 0,
        };
        let checked = if is_xml(&name) {
            check_xml(&mut counted, &name, &mut budget)
        } else {
            io::copy(&mut counted, &mut io::sink())
                .map(drop)
                .map_err(|err| XlsxError::Reader(err.to_string()))
        };
        if counted.read > budget.left {
            return Err(XlsxError::TooLarge {
                limit: limits.unpacked_bytes,
            });
        }
        checked?;
        if counted.read != claimed {
            return Err(XlsxError::Reader(format!(
                "part {} unpacks to {} bytes but says {claimed}",
                shown(name.as_bytes()),
                counted.read
            )));
        }
        budget.left -= counted.read;
    }
    Ok(())
}

/// Whether the workbook reader may read the part named `name` as XML.
fn is_xml(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".xml") || lower.ends_with(".rels")
}

/// A reader that counts the bytes read through it.
struct Counted<R> {
    inner: R,
    read: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

/// Reads one XML part to its end, checking every sheet dimension and cell or row
/// reference, and counting the shared strings and styles against `budget`.
fn check_xml<R: Read>(
    source: &mut Counted<R>,
    name: &str,
    budget: &mut Budget,
) -> Result<(), XlsxError> {
    let limit = budget.left;
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(source));
    // As the workbook reader is set up, so both see the same elements.
    let config = reader.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(element) | Event::Empty(element)) => {
                check_element(&element, name, budget)?;
            }
            Ok(Event::Eof) => return Ok(()),
            Ok(_) => {}
            Err(_) if reader.get_ref().get_ref().read > limit => {
                return Err(XlsxError::TooLarge { limit });
            }
            Err(err) => {
                return Err(XlsxError::Reader(format!(
                    "part {} is not well-formed XML: {err}",
                    shown(name.as_bytes())
                )));
            }
        }
    }
}

/// A check of one reference's text.
type RefCheck = fn(&[u8]) -> Result<(), RefProblem>;

/// Checks one element: the references of `dimension`, `row` and `c` elements, and one
/// more kept item for `si` (a shared string) and `xf` (a cell style).
fn check_element(
    element: &BytesStart<'_>,
    part: &str,
    budget: &mut Budget,
) -> Result<(), XlsxError> {
    let (key, check): (&[u8], RefCheck) = match element.local_name().as_ref() {
        "dimension" => (b"ref", refs::check_dimension),
        "row" | "c" => (b"r", refs::check_cell),
        "si" | "xf" => {
            if budget.items_left == 0 {
                return Err(XlsxError::TooManyItems);
            }
            budget.items_left -= 1;
            return Ok(());
        }
        _ => return Ok(()),
    };
    let raw = element.attributes_raw().as_bytes();
    for (_, value) in refs::attributes(raw).filter(|(k, _)| *k == key) {
        check(value).map_err(|problem| XlsxError::Reference {
            part: shown(part.as_bytes()),
            reference: shown(value),
            problem,
        })?;
    }
    Ok(())
}

/// Bytes from a file as they may be shown in a message: short, controls escaped.
fn shown(text: &[u8]) -> String {
    crate::io::printable::shortened(&String::from_utf8_lossy(text))
}
