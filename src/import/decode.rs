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

/// UTF-16 bytes read as UTF-8, streamed (a GPX or TCX saved as UTF-16 is walked like any other
/// without being held whole): `inner` is positioned after the byte-order mark. A lone surrogate
/// or an odd last byte becomes U+FFFD, as a lossy decoder would.
pub struct Utf8From16<R> {
    inner: R,
    little: bool,
    out: Vec<u8>,
    at: usize,
    /// A byte of a code unit split between two reads of `inner`.
    odd: Option<u8>,
    /// A high surrogate whose low half is in the next read.
    high: Option<u16>,
}

impl<R: std::io::BufRead> Utf8From16<R> {
    /// `inner` after the byte-order mark; `little` for `FF FE`.
    pub fn new(inner: R, little: bool) -> Self {
        Utf8From16 {
            inner,
            little,
            out: Vec::new(),
            at: 0,
            odd: None,
            high: None,
        }
    }

    /// Decodes the next read of `inner` into `out` (left empty at the end).
    fn refill(&mut self) -> std::io::Result<()> {
        self.out.clear();
        self.at = 0;
        while self.out.is_empty() {
            let chunk = self.inner.fill_buf()?;
            if chunk.is_empty() {
                if self.odd.take().is_some() || self.high.take().is_some() {
                    self.out.extend_from_slice("\u{fffd}".as_bytes());
                }
                return Ok(());
            }
            let mut bytes: Vec<u8> = self.odd.take().into_iter().collect();
            bytes.extend_from_slice(chunk);
            let n = chunk.len();
            self.inner.consume(n);
            if bytes.len() % 2 == 1 {
                self.odd = bytes.pop();
            }
            let mut units: Vec<u16> = self.high.take().into_iter().collect();
            units.extend(bytes.chunks_exact(2).map(|c| {
                let pair = [c[0], c[1]];
                if self.little {
                    u16::from_le_bytes(pair)
                } else {
                    u16::from_be_bytes(pair)
                }
            }));
            if units.last().is_some_and(|u| (0xd800..0xdc00).contains(u)) {
                self.high = units.pop();
            }
            let text: String = char::decode_utf16(units)
                .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                .collect();
            self.out.extend_from_slice(text.as_bytes());
        }
        Ok(())
    }
}

impl<R: std::io::BufRead> std::io::Read for Utf8From16<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use std::io::BufRead as _;
        let n = {
            let have = self.fill_buf()?;
            let n = have.len().min(buf.len());
            buf[..n].copy_from_slice(&have[..n]);
            n
        };
        self.consume(n);
        Ok(n)
    }
}

impl<R: std::io::BufRead> std::io::BufRead for Utf8From16<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.at >= self.out.len() {
            self.refill()?;
        }
        Ok(&self.out[self.at..])
    }

    fn consume(&mut self, amt: usize) {
        self.at = (self.at + amt).min(self.out.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufReader, Read as _};

    /// Every read size from 1 byte (code units and surrogate pairs split between reads): the
    /// same text, in either byte order; a lone surrogate and an odd last byte are U+FFFD.
    #[test]
    fn utf16_streamed_as_utf8_whatever_the_reads() {
        let text = "<name>Soirée 🏃 à 5:00/km</name>";
        for little in [true, false] {
            let bytes: Vec<u8> = text
                .encode_utf16()
                .flat_map(|u| {
                    if little {
                        u.to_le_bytes()
                    } else {
                        u.to_be_bytes()
                    }
                })
                .collect();
            for cap in 1..8 {
                let mut out = String::new();
                Utf8From16::new(BufReader::with_capacity(cap, &bytes[..]), little)
                    .read_to_string(&mut out)
                    .unwrap();
                assert_eq!(out, text, "read size {cap}");
            }
        }
        let broken = [0x3c, 0x00, 0x00, 0xd8, 0x3e, 0x00, 0x41];
        let mut out = String::new();
        Utf8From16::new(&broken[..], true)
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, "<\u{fffd}>\u{fffd}");
    }
}
