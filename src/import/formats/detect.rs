//! Detection by content: a file's first 4 KiB as [`Head`], the registry's `detect`s over it,
//! and what a file of no format is told; text in UTF-8 or UTF-16.

use super::{FORMATS, FORMATS_TEXT, Format, FormatInfo, Head, Shape, extension, with_extension};
use crate::import::decode::utf16;
use crate::import::error::ReadError;
use std::borrow::Cow;
use std::path::Path;

impl<'a> Head<'a> {
    /// The head of a file (`None` for binary data).
    pub(super) fn new(head: &'a [u8]) -> Head<'a> {
        if let Some(Ok(t)) = utf16(head) {
            let text = t.trim_start().to_string();
            return Head {
                bytes: head,
                shape: shape_of(&text),
                header: text.lines().next().unwrap_or("").to_lowercase(),
                text: Cow::Owned(text),
            };
        }
        let text = match std::str::from_utf8(head) {
            Ok(t) => Some(t),
            // a multi-byte character cut by the 4 KiB window is still text
            Err(e) if e.valid_up_to() + 4 > head.len() && e.error_len().is_none() => {
                Some(std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default())
            }
            Err(_) => None,
        };
        let text = text.map(|t| t.trim_start_matches('\u{feff}').trim_start());
        let shape = text.map_or(Shape::Binary, shape_of);
        let text = text.unwrap_or_default();
        Head {
            bytes: head,
            shape,
            header: text.lines().next().unwrap_or("").to_lowercase(),
            text: Cow::Borrowed(text),
        }
    }
}

/// What a text's first character says it is.
fn shape_of(text: &str) -> Shape {
    if text.starts_with('<') {
        Shape::Xml
    } else if text.starts_with('{') || text.starts_with('[') {
        Shape::Json
    } else {
        Shape::Table
    }
}

/// Detects the format from the content (the extension only shapes the error message).
pub fn detect(path: &Path, bytes: &[u8]) -> Result<Format, ReadError> {
    if bytes.is_empty() {
        return Err("empty file (0 bytes)".into());
    }
    let head = Head::new(&bytes[..bytes.len().min(4096)]);
    let binary = FORMATS.iter().filter(|f| f.shape == Shape::Binary);
    let found = binary
        .chain(FORMATS.iter().filter(|f| f.shape == head.shape))
        .find(|f| (f.detect)(&head));
    if let Some(f) = found {
        return Ok(Format::named(f.name));
    }
    Err(why_not(&head, &extension(path)).into())
}

/// Why a file is none of the formats: what it looks like, and what it is not.
fn why_not(head: &Head, ext: &str) -> String {
    let of_shape = |shape: Shape, how: fn(&FormatInfo) -> &'static str, sep: &str| {
        let v: Vec<&str> = FORMATS
            .iter()
            .filter(|f| f.shape == shape)
            .map(how)
            .collect();
        match v.split_last() {
            Some((last, [])) => last.to_string(),
            Some((last, rest)) => format!("{}{sep}{last}", rest.join(", ")),
            None => String::new(),
        }
    };
    let expected = with_extension(ext).next().map(|f| f.shape);
    match head.shape {
        Shape::Binary => match ext {
            "" => "binary data in no format legday reads".into(),
            e => format!("binary data, not a {} file", e.to_ascii_uppercase()),
        },
        Shape::Xml => format!(
            "XML, but neither {}",
            of_shape(Shape::Xml, |f| f.name, " nor ")
        ),
        Shape::Json => format!(
            "JSON, but not {}",
            of_shape(Shape::Json, |f| f.what, " or ")
        ),
        Shape::Table if expected == Some(Shape::Table) => format!(
            "a CSV file, but not {} (unknown columns)",
            of_shape(Shape::Table, |f| f.what, " or ")
        ),
        _ if expected == Some(Shape::Xml) => "text, but not XML".into(),
        _ => format!("not a format legday reads ({FORMATS_TEXT})"),
    }
}
