//! Reading a DXF file into the `dxf` crate's drawing, with a size cap and the text
//! encoding the drawing declares.

use crate::io::capped::{CappedReadError, read_capped};
use std::path::Path;
use thiserror::Error;

/// The largest drawing read: 128 MiB (a venue drawing with everything on it is a few
/// tens of MB).
pub const MAX_DXF_BYTES: u64 = 128 * 1024 * 1024;

/// Why a drawing could not be read.
#[derive(Debug, Error)]
pub enum DxfReadError {
    /// The file could not be opened or read.
    #[error("cannot read the drawing: {0}")]
    Io(#[from] std::io::Error),
    /// The file is larger than [`MAX_DXF_BYTES`].
    #[error(
        "the drawing is larger than {}, the most expoplan reads",
        crate::io::capped::size_text(MAX_DXF_BYTES)
    )]
    TooLarge,
    /// The file does not start the way a DXF file does (a DWG, a PDF, an image …).
    #[error(
        "this is not a DXF drawing{hint}: a DXF file starts with a `0` line and `SECTION` (ASCII) or with `AutoCAD Binary DXF`; save the drawing as DXF from the CAD program"
    )]
    NotDxf {
        /// What the file looks like instead, e.g. " (it looks like a DWG file)".
        hint: String,
    },
    /// The DXF reader refused the contents.
    #[error("the drawing cannot be read as DXF: {0}")]
    Malformed(String),
}

/// What a file that is not DXF looks like, from its first bytes.
fn not_dxf_hint(bytes: &[u8]) -> String {
    let looks = if bytes.starts_with(b"AC10") {
        "a DWG file"
    } else if bytes.starts_with(b"%PDF") {
        "a PDF file"
    } else if bytes.starts_with(b"PK") {
        "a zip archive"
    } else if bytes.starts_with(b"\x89PNG") {
        "a PNG image"
    } else {
        return String::new();
    };
    format!(" (it looks like {looks})")
}

/// Whether the bytes start as an ASCII DXF (a group code line then a value), a binary
/// DXF or a DXB does.
fn looks_like_dxf(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"AutoCAD Binary DXF") || bytes.starts_with(b"AutoCAD DXB 1.0") {
        return true;
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let head = &text[..text.len().min(256)];
    let mut lines = head
        .split(|&b| b == b'\n')
        .map(|l| l.trim_ascii())
        .filter(|l| !l.is_empty());
    // A comment (group 999 and its text) may come first; then `0` and `SECTION`.
    let mut code = lines.next();
    if code == Some(b"999") {
        lines.next();
        code = lines.next();
    }
    code == Some(b"0")
        && lines
            .next()
            .is_some_and(|l| l.eq_ignore_ascii_case(b"SECTION"))
}

/// Whether the header's `$ACADVER` says AutoCAD 2007 or later (`AC1021` on), whose
/// texts are UTF-8 in ASCII and binary files alike.
fn is_utf8_version(head: &[u8]) -> bool {
    let Some(at) = head.windows(8).position(|w| w == b"$ACADVER") else {
        return false;
    };
    let after = &head[at + 8..head.len().min(at + 8 + 64)];
    after
        .windows(6)
        .find(|w| w.starts_with(b"AC"))
        .and_then(|w| std::str::from_utf8(&w[2..]).ok()?.parse::<u32>().ok())
        .is_some_and(|n| n >= 1021)
}

/// The encoding of a drawing's text: UTF-8 from R2007 on, else from `$DWGCODEPAGE` in
/// the header, e.g. `ANSI_936` for Chinese.
fn declared_encoding(bytes: &[u8]) -> &'static encoding_rs::Encoding {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    if is_utf8_version(head) {
        return encoding_rs::UTF_8;
    }
    let Some(at) = head.windows(12).position(|w| w == b"$DWGCODEPAGE") else {
        return encoding_rs::WINDOWS_1252;
    };
    let after = &head[at + 12..];
    let page = after
        .split(|&b| b == b'\n')
        .map(|l| l.trim_ascii())
        .filter(|l| !l.is_empty())
        .nth(1)
        .unwrap_or_default();
    let page = String::from_utf8_lossy(page).to_ascii_uppercase();
    match page.as_str() {
        "ANSI_936" => encoding_rs::GBK,
        "ANSI_950" => encoding_rs::BIG5,
        "ANSI_932" => encoding_rs::SHIFT_JIS,
        "ANSI_949" => encoding_rs::EUC_KR,
        "ANSI_1251" => encoding_rs::WINDOWS_1251,
        "ANSI_1250" => encoding_rs::WINDOWS_1250,
        _ => encoding_rs::WINDOWS_1252,
    }
}

/// Reads a drawing from its bytes. The reader runs behind a guard: a file that makes it
/// fail in any way is refused with a message, never a crash.
pub fn read_drawing(bytes: &[u8]) -> Result<dxf::Drawing, DxfReadError> {
    if bytes.len() as u64 > MAX_DXF_BYTES {
        return Err(DxfReadError::TooLarge);
    }
    if !looks_like_dxf(bytes) {
        return Err(DxfReadError::NotDxf {
            hint: not_dxf_hint(bytes),
        });
    }
    let encoding = declared_encoding(bytes);
    let mut reader = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let loaded =
        std::panic::catch_unwind(move || dxf::Drawing::load_with_encoding(&mut reader, encoding));
    match loaded {
        Ok(Ok(drawing)) => Ok(drawing),
        Ok(Err(err)) => Err(DxfReadError::Malformed(err.to_string())),
        Err(_) => Err(DxfReadError::Malformed(
            "the DXF reader gave up on this file".to_owned(),
        )),
    }
}

/// Reads the drawing at `path` (at most [`MAX_DXF_BYTES`]).
pub fn read_drawing_file(path: &Path) -> Result<dxf::Drawing, DxfReadError> {
    let bytes = read_capped(path, MAX_DXF_BYTES).map_err(|err| match err {
        CappedReadError::TooLarge { .. } => DxfReadError::TooLarge,
        CappedReadError::Io(err) => DxfReadError::Io(err),
    })?;
    read_drawing(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_that_are_not_dxf_are_named() {
        let err = read_drawing(b"AC1032\0\0\0 binary dwg").unwrap_err();
        assert!(err.to_string().contains("DWG"), "{err}");
        let err = read_drawing(b"%PDF-1.7").unwrap_err();
        assert!(err.to_string().contains("PDF"), "{err}");
        assert!(matches!(
            read_drawing(b"name,booth\n").unwrap_err(),
            DxfReadError::NotDxf { .. }
        ));
        assert!(matches!(
            read_drawing(b"").unwrap_err(),
            DxfReadError::NotDxf { .. }
        ));
    }

    #[test]
    fn the_code_page_picks_the_encoding() {
        let header = b"  0\nSECTION\n  2\nHEADER\n  9\n$DWGCODEPAGE\n  3\nANSI_936\n  0\nENDSEC\n";
        assert_eq!(declared_encoding(header), encoding_rs::GBK);
        assert_eq!(
            declared_encoding(b"  0\nSECTION\n"),
            encoding_rs::WINDOWS_1252
        );
    }
}
