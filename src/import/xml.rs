//! A guarded walk over an XML document with quick-xml: the only door XML comes in by.
//!
//! quick-xml never fetches or expands entities; on top of that a document type declaring
//! entities (the "billion laughs" bomb) is refused, nesting is capped, and a document that ends
//! with open elements is reported as truncated. Reasons never quote the file's text, only byte
//! offsets, so a hostile file cannot write to the user's terminal.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

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

/// Walks the document, calling `visit` for each start (empty elements give a start and an end),
/// end and text, with the depth of the element (root = 1). Returns the root's local name.
pub fn walk(bytes: &[u8], mut visit: impl FnMut(usize, Ev<'_, '_>)) -> Result<String, String> {
    let mut reader = Reader::from_reader(bytes);
    reader.config_mut().check_end_names = true;
    let mut depth = 0usize;
    let mut root: Option<String> = None;
    loop {
        let pos = reader.buffer_position();
        let ev = reader.read_event().map_err(|e| {
            let at_end = reader.buffer_position() as usize >= bytes.len();
            if at_end && matches!(e, quick_xml::Error::Syntax(_)) {
                "truncated XML: the file ends in the middle of a tag".to_string()
            } else {
                format!("malformed XML near byte {}", reader.error_position())
            }
        })?;
        match ev {
            Event::DocType(d) => {
                let upper = d.to_ascii_uppercase();
                if upper.windows(8).any(|w| w == b"<!ENTITY") || upper.contains(&b'[') {
                    return Err("refused: the XML document type declares entities \
                         (a possible entity-expansion attack)"
                        .into());
                }
            }
            Event::Start(e) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(format!(
                        "refused: XML nested deeper than {MAX_DEPTH} levels"
                    ));
                }
                if root.is_none() {
                    root = Some(local_name(&e));
                }
                visit(depth, Ev::Start(&e));
            }
            Event::Empty(e) => {
                if root.is_none() {
                    root = Some(local_name(&e));
                }
                visit(depth + 1, Ev::Start(&e));
                visit(depth + 1, Ev::End);
            }
            Event::End(_) => {
                visit(depth, Ev::End);
                depth = depth.saturating_sub(1);
            }
            Event::Text(t) if depth > 0 => {
                let s = t
                    .decode()
                    .map_err(|_| format!("text is not valid UTF-8 near byte {pos}"))?;
                if !s.trim().is_empty() {
                    visit(depth, Ev::Text(s.trim()));
                }
            }
            Event::Eof => {
                if depth > 0 {
                    return Err(format!(
                        "truncated XML: the file ends inside {depth} open element(s)"
                    ));
                }
                return root.ok_or_else(|| "no XML root element".to_string());
            }
            // CDATA, comments, declarations, processing instructions and predefined entity
            // references (&amp;) carry nothing a reader here needs.
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
        let err = walk(bomb, |_, _| {}).unwrap_err();
        assert!(err.contains("entities"), "{err}");
    }

    #[test]
    fn truncated_and_deep_documents_are_refused() {
        let err = walk(b"<gpx><trk><trkseg>", |_, _| {}).unwrap_err();
        assert!(err.contains("truncated"), "{err}");
        let deep = "<a>".repeat(MAX_DEPTH + 1) + &"</a>".repeat(MAX_DEPTH + 1);
        assert!(
            walk(deep.as_bytes(), |_, _| {})
                .unwrap_err()
                .contains("deeper")
        );
        let err = walk(b"<gpx><trk></gpx>", |_, _| {}).unwrap_err();
        assert!(err.starts_with("malformed XML near byte"), "{err}");
    }

    #[test]
    fn walk_reports_root_and_empty_elements() {
        let mut n = 0;
        let root = walk(
            b"<?xml version='1.0'?><a:gpx xmlns:a='x'><ele/></a:gpx>",
            |_, e| {
                if let Ev::Start(_) = e {
                    n += 1
                }
            },
        )
        .unwrap();
        assert_eq!((root.as_str(), n), ("gpx", 2));
    }
}
