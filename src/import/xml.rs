//! A guarded walk over an XML document with quick-xml: the only door XML comes in by.
//!
//! quick-xml never fetches or expands entities; on top of that a document type declaring
//! entities (the "billion laughs" bomb) is refused, nesting is capped, and a document that ends
//! with open elements is reported as truncated. Reasons never quote the file's text, only byte
//! offsets, so a hostile file cannot write to the user's terminal.

use super::decode::Utf8From16;
use super::error::ReadError;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::io::BufRead;

/// Deeper than any GPX or TCX file needs (both stay under 10).
pub const MAX_DEPTH: usize = 64;

/// What the walk hands to its visitor.
pub enum Ev<'a, 'b> {
    Start(&'b BytesStart<'a>),
    End,
    Text(&'b str),
}

/// The local name (no namespace prefix) of an element, lossily decoded.
pub fn local_name(e: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(e.local_name().as_ref()).into_owned()
}

/// The value of an attribute by local name.
pub fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == name.as_bytes())
            .then(|| String::from_utf8_lossy(&a.value).into_owned())
    })
}

/// Skips a UTF-8 byte-order mark and whitespace before the first `<` (some exporters write a
/// blank line or a BOM before `<?xml`, which an XML parser would otherwise reject).
fn skip_preamble<R: BufRead>(input: &mut R) -> Result<(), ReadError> {
    let mut first = true;
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        let mut n = 0;
        if first && buf.starts_with(b"\xef\xbb\xbf") {
            n = 3;
        }
        first = false;
        let ws = buf[n..]
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
        n += ws;
        let done = n < buf.len();
        input.consume(n);
        if done {
            return Ok(());
        }
    }
}

/// Walks the document, calling `visit` for each start (empty elements give a start and an end),
/// end and text; a visitor error stops the walk. Returns the root's local name. A document in
/// UTF-16 (after its byte-order mark) is walked as UTF-8, decoded as it is read.
pub fn walk<R: BufRead>(
    mut input: R,
    visit: impl FnMut(Ev<'_, '_>) -> Result<(), ReadError>,
) -> Result<String, ReadError> {
    let little = match input.fill_buf()? {
        [0xff, 0xfe, ..] => true,
        [0xfe, 0xff, ..] => false,
        _ => return walk_utf8(input, visit),
    };
    input.consume(2);
    walk_utf8(Utf8From16::new(input, little), visit)
}

/// [`walk`] over UTF-8.
fn walk_utf8<R: BufRead>(
    mut input: R,
    mut visit: impl FnMut(Ev<'_, '_>) -> Result<(), ReadError>,
) -> Result<String, ReadError> {
    skip_preamble(&mut input)?;
    let mut reader = Reader::from_reader(input);
    reader.config_mut().check_end_names = true;
    let mut buf = Vec::with_capacity(4096);
    let mut depth = 0usize;
    let mut root: Option<String> = None;
    loop {
        buf.clear();
        let pos = reader.buffer_position();
        let ev = reader.read_event_into(&mut buf).map_err(|e| match e {
            quick_xml::Error::Syntax(_) => {
                "truncated XML: the file ends in the middle of a tag".into()
            }
            quick_xml::Error::Io(e) => ReadError::Io(e.kind()),
            _ => format!("malformed XML near byte {}", reader.error_position()).into(),
        })?;
        match ev {
            Event::DocType(d) => {
                let upper = d.to_ascii_uppercase();
                // an internal subset of element and attribute declarations (Apple Health's
                // export.xml has one) is harmless; entities are not
                if upper.windows(8).any(|w| w == b"<!ENTITY") {
                    return Err(ReadError::Refused(
                        "the XML document type declares entities \
                         (a possible entity-expansion attack)"
                            .into(),
                    ));
                }
            }
            Event::Start(e) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(ReadError::Refused(format!(
                        "XML nested deeper than {MAX_DEPTH} levels"
                    )));
                }
                if root.is_none() {
                    root = Some(local_name(&e));
                }
                visit(Ev::Start(&e))?;
            }
            Event::Empty(e) => {
                if root.is_none() {
                    root = Some(local_name(&e));
                }
                visit(Ev::Start(&e))?;
                visit(Ev::End)?;
            }
            Event::End(_) => {
                visit(Ev::End)?;
                depth = depth.saturating_sub(1);
            }
            Event::Text(t) if depth > 0 => {
                let s = t
                    .decode()
                    .map_err(|_| format!("text is not valid UTF-8 near byte {pos}"))?;
                let s = s.trim();
                if !s.is_empty() {
                    visit(Ev::Text(s))?;
                }
            }
            // a CDATA section is text as it is written (OpenTracks writes `<type>` so)
            Event::CData(c) if depth > 0 => {
                let s = std::str::from_utf8(&c)
                    .map_err(|_| format!("text is not valid UTF-8 near byte {pos}"))?;
                let s = s.trim();
                if !s.is_empty() {
                    visit(Ev::Text(s))?;
                }
            }
            Event::Eof => {
                if depth > 0 {
                    return Err(format!(
                        "truncated XML: the file ends inside {depth} open element(s)"
                    )
                    .into());
                }
                return root.ok_or_else(|| "no XML root element".into());
            }
            // Comments, declarations, processing instructions and predefined entity references
            // (&amp;) carry nothing a reader here needs.
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_bomb_is_refused() {
        let bomb = br#"<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<gpx>&lol2;</gpx>"#;
        let err = walk(&bomb[..], |_| Ok(())).unwrap_err().to_string();
        assert!(err.contains("entities"), "{err}");
    }

    #[test]
    fn truncated_and_deep_documents_are_refused() {
        let err = walk(&b"<gpx><trk><trkseg>"[..], |_| Ok(()))
            .unwrap_err()
            .to_string();
        assert!(err.contains("truncated"), "{err}");
        let deep = "<a>".repeat(MAX_DEPTH + 1) + &"</a>".repeat(MAX_DEPTH + 1);
        assert!(
            walk(deep.as_bytes(), |_| Ok(()))
                .unwrap_err()
                .to_string()
                .contains("deeper")
        );
        let err = walk(&b"<gpx><trk></gpx>"[..], |_| Ok(()))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("malformed XML near byte"), "{err}");
    }

    #[test]
    fn walk_reports_root_and_empty_elements() {
        let mut n = 0;
        let root = walk(
            &b"\xef\xbb\xbf \n <?xml version='1.0'?><a:gpx xmlns:a='x'><ele/></a:gpx>"[..],
            |e| {
                if let Ev::Start(_) = e {
                    n += 1
                }
                Ok(())
            },
        )
        .unwrap();
        assert_eq!((root.as_str(), n), ("gpx", 2));
    }
}
