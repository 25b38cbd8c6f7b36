//! A file's bytes as text: UTF-8, or UTF-16 after its byte-order mark.

use super::error::ReadError;
use std::borrow::Cow;

/// A file's bytes as text: UTF-8, or UTF-16 after its byte-order mark (some spreadsheet
/// programs save CSV so), the byte-order mark dropped.
pub fn text(bytes: &[u8]) -> Result<Cow<'_, str>, ReadError> {
    if let Some(t) = utf16(bytes) {
        return t.map(Cow::Owned);
    }
    std::str::from_utf8(bytes)
        .map(|t| Cow::Borrowed(t.trim_start_matches('\u{feff}')))
        .map_err(|_| "not UTF-8 text".into())
}

/// A whole text read from `input` (an index CSV), refused over the cap on a file read whole.
pub fn read_text(input: &mut dyn std::io::BufRead) -> Result<String, ReadError> {
    use std::io::Read as _;
    let cap = crate::import::MAX_FILE_BYTES;
    let mut bytes = Vec::new();
    input.take(cap + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(format!("too large (over {} MiB)", cap >> 20).into());
    }
    text(&bytes).map(|t| t.into_owned())
}

/// UTF-16 text, when the bytes start with its byte-order mark (a trailing odd byte, as in a
/// head cut at 4 KiB, is dropped).
pub(super) fn utf16(bytes: &[u8]) -> Option<Result<String, ReadError>> {
    let little = match bytes {
        [0xff, 0xfe, ..] => true,
        [0xfe, 0xff, ..] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks_exact(2).map(|c| {
        let pair = [c[0], c[1]];
        if little {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    Some(
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| "not valid UTF-16 text".into()),
    )
}
