//! The FIT decoding under [`super::fit`]: `fitparser`'s stream processor, tolerant of what real
//! devices write. A file cut short keeps the messages read until then; a field whose size
//! disagrees with its base type (COROS writes a uint32 in 1 byte, a developer field of 2 bytes
//! described as a uint32) is skipped, and named, rather than misreading every byte after it.

use chrono::{DateTime, Utc};
use fitparser::de::{DecodeOption, FitObject, FitStreamProcessor};
use fitparser::profile::MesgNum;
use fitparser::{FitDataRecord, Value};
use std::collections::HashMap;

/// The field number a skipped field is given: no message of the FIT profile has a field 255.
const SKIPPED_FIELD: u8 = 0xff;
/// The `byte` base type: read as it comes, a byte at a time.
const BYTE: u8 = 0x0d;

/// The FIT base types (code, name, size in bytes).
const BASE_TYPES: [(u8, &str, usize); 17] = [
    (0x00, "enum", 1),
    (0x01, "sint8", 1),
    (0x02, "uint8", 1),
    (0x83, "sint16", 2),
    (0x84, "uint16", 2),
    (0x85, "sint32", 4),
    (0x86, "uint32", 4),
    (0x07, "string", 1),
    (0x88, "float32", 4),
    (0x89, "float64", 8),
    (0x0a, "uint8z", 1),
    (0x8b, "uint16z", 2),
    (0x8c, "uint32z", 4),
    (0x0d, "byte", 1),
    (0x8e, "sint64", 8),
    (0x8f, "uint64", 8),
    (0x90, "uint64z", 8),
];

/// A base type's name and size as fitparser reads it (`base type & 0x9f`; unknown types are
/// bytes).
fn base_type(code: u8) -> (&'static str, usize) {
    BASE_TYPES
        .iter()
        .find(|t| t.0 == code & 0x9f)
        .map_or(("byte", 1), |t| (t.1, t.2))
}

/// What a FIT file gave: its data messages, and what was left out.
pub(super) struct Decoded {
    pub records: Vec<FitDataRecord>,
    /// Why the end of the file is missing (cut short, damaged).
    pub cut: Option<String>,
    /// The fields skipped because their size disagrees with their type, named.
    pub fields: Option<String>,
}

/// The messages' layouts and developer fields' descriptions of the file being read, and the
/// fields skipped so far.
#[derive(Default)]
struct Fields {
    /// local message type -> (global message number, its fields' numbers and sizes)
    locals: HashMap<u8, (u16, Vec<(u8, usize)>)>,
    /// (developer data index, field number) -> (name, base type code)
    described: HashMap<(u8, u8), (String, u8)>,
    skipped: Vec<String>,
}

/// The global number of `field_description` messages.
const FIELD_DESCRIPTION: u16 = 206;

impl Fields {
    fn skip(&mut self, what: String) {
        if !self.skipped.contains(&what) {
            self.skipped.push(what);
        }
    }

    /// Patches the message at `data[at..]` before fitparser reads it, its length unchanged
    /// (fitparser counts the bytes it reads): a definition ([`Self::definition`]), or a
    /// developer field's description ([`Self::description`]).
    fn patch(&mut self, data: &mut [u8], at: usize) {
        let header = data[at];
        if header & 0x80 != 0 {
            self.description(data, at, (header >> 5) & 0x03);
        } else if header & 0x40 == 0 {
            self.description(data, at, header & 0x0f);
        } else {
            self.definition(data, at);
        }
    }

    /// A `field_description` data message: its developer field's name and base type are kept,
    /// and the base type rewritten to `byte`, so that fitparser reads the field's bytes as
    /// they come whatever size a definition gives it (legday reads no developer field).
    fn description(&mut self, data: &mut [u8], at: usize, local: u8) {
        let Some((FIELD_DESCRIPTION, layout)) = self.locals.get(&local) else {
            return;
        };
        let mut offset = at + 1;
        let mut found: HashMap<u8, (usize, usize)> = HashMap::new();
        for &(number, size) in layout {
            found.entry(number).or_insert((offset, size));
            offset += size;
        }
        if offset > data.len() {
            return; // cut short: fitparser says so
        }
        let byte = |n: u8| found.get(&n).filter(|f| f.1 == 1).map(|f| data[f.0]);
        let (Some(index), Some(field), Some(code)) = (byte(0), byte(1), byte(2)) else {
            return;
        };
        let name = found
            .get(&3)
            .map(|&(o, size)| &data[o..o + size])
            .map(|b| b.split(|&c| c == 0).next().unwrap_or_default())
            .map(|b| String::from_utf8_lossy(b).trim().to_string())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| format!("{field} of developer data {index}"));
        self.described.insert((index, field), (name, code));
        data[found[&2].0] = BYTE;
    }

    /// A definition message: a field whose size is not a multiple of its base type's size is
    /// read as bytes under a field number no message has (skipped, and named); a developer
    /// field whose size disagrees with its description is named (read as bytes, see
    /// [`Self::description`]), and one without a description read as another described one.
    fn definition(&mut self, data: &mut [u8], at: usize) {
        if data.len() < at + 6 {
            return;
        }
        let order = if data[at + 2] == 1 {
            u16::from_be_bytes
        } else {
            u16::from_le_bytes
        };
        let global = order([data[at + 3], data[at + 4]]);
        let message = MesgNum::from(global).to_string();
        let fields = usize::from(data[at + 5]);
        let dev_at = at + 6 + 3 * fields;
        if dev_at > data.len() {
            return; // cut short: fitparser says so
        }
        let mut layout = Vec::with_capacity(fields);
        for k in 0..fields {
            let f = at + 6 + 3 * k;
            let (number, size, code) = (data[f], usize::from(data[f + 1]), data[f + 2]);
            let (name, base) = base_type(code);
            if size % base != 0 {
                self.skip(format!(
                    "{message} field {number} ({}, a {name})",
                    bytes(size)
                ));
                data[f] = SKIPPED_FIELD;
                data[f + 2] = BYTE;
            }
            layout.push((data[f], size));
        }
        self.locals.insert(data[at] & 0x0f, (global, layout));
        if data[at] & 0x20 == 0 || dev_at >= data.len() {
            return;
        }
        let devs = usize::from(data[dev_at]);
        for j in 0..devs {
            let f = dev_at + 1 + 3 * j;
            let Some(&[number, size, index]) = data.get(f..f + 3) else {
                return;
            };
            let Some((field, code)) = self.described.get(&(index, number)) else {
                // fitparser refuses a developer field it has no description of: it is read
                // under one it has (every description reads its field as bytes)
                let Some(&(k, n)) = self.described.keys().next() else {
                    continue;
                };
                let what = format!(
                    "{message} developer field {number} of developer data {index} ({}, not \
                     described)",
                    bytes(size.into())
                );
                self.skip(what);
                data[f] = n;
                data[f + 2] = k;
                continue;
            };
            let (name, base) = base_type(*code);
            if usize::from(size) % base != 0 {
                let what = format!(
                    "{message} developer field «{field}» ({}, a {name})",
                    bytes(size.into())
                );
                self.skip(what);
            }
        }
    }
}

fn bytes(n: usize) -> String {
    if n == 1 {
        "1 byte".into()
    } else {
        format!("{n} bytes")
    }
}

/// The FIT CRC-16 of `data`.
fn crc16(data: &[u8]) -> u16 {
    const TABLE: [u16; 16] = [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800,
        0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];
    let mut crc = 0u16;
    for &b in data {
        for nibble in [b & 0xf, b >> 4] {
            let tmp = TABLE[usize::from(crc & 0xf)];
            crc = (crc >> 4) & 0x0fff;
            crc ^= tmp ^ TABLE[usize::from(nibble)];
        }
    }
    crc
}

/// `fitparser`'s decoding, refusing a file header that declares fewer than 12 bytes or more
/// than are left: fitparser 0.10 slices and subtracts by the declared size and panics (found by
/// fuzzing). The decoder's position is mirrored to know when it will read a header: at the
/// start, and whenever it is past the end of the current file's messages (FIT files chain).
/// Messages are patched before fitparser reads them ([`Fields::patch`]), so the checksum is
/// checked here on the bytes as they were.
///
/// Tolerant of a file cut short (its header claiming more bytes than there are, a message cut
/// in the middle): the messages read until then are kept, with why the rest is missing.
/// `None` when nothing could be read.
pub(super) fn decode(bytes: &[u8]) -> Option<Decoded> {
    let mut data = bytes.to_vec();
    let mut processor = FitStreamProcessor::new();
    processor.add_option(DecodeOption::SkipDataCrcValidation);
    let mut fields = Fields::default();
    let mut records = Vec::new();
    let (mut pos, mut end, mut start) = (0usize, 0usize, 0usize);
    let mut cut = None;
    while pos < data.len() {
        let header_next = pos == 0 || pos > end;
        let left = data.len() - pos;
        if header_next && !(12..=left).contains(&usize::from(data[pos])) {
            return None;
        }
        if !header_next && pos < end {
            fields.patch(&mut data, pos);
        }
        let buf = &data[pos..];
        let read = processor
            .deserialize_next(buf)
            .ok()
            .and_then(|(rest, obj)| match obj {
                FitObject::DataMessage(msg) => processor
                    .decode_message(msg)
                    .ok()
                    .map(|r| (rest.len(), Some(r))),
                FitObject::Header(h) => {
                    start = pos;
                    end = pos + usize::from(h.header_size()) + h.data_size() as usize;
                    Some((rest.len(), None))
                }
                FitObject::Crc(crc) => {
                    let whole = bytes.get(start..end)?;
                    processor.reset();
                    // the next file of a chain has its own
                    fields.locals.clear();
                    fields.described.clear();
                    (crc16(whole) == crc).then_some((rest.len(), None))
                }
                FitObject::DefinitionMessage(..) => Some((rest.len(), None)),
            });
        let Some((rest, record)) = read else {
            if records.is_empty() {
                return None;
            }
            let len = bytes.len();
            cut = Some(format!(
                "the file is damaged or cut short at byte {pos} of {len}: what follows was skipped"
            ));
            break;
        };
        records.extend(record);
        pos = data.len() - rest;
    }
    if cut.is_none() && pos < end {
        cut = Some(format!(
            "the file ends at byte {pos}, before the {end} its header announces: what followed \
             was lost"
        ));
    }
    let fields = (!fields.skipped.is_empty()).then(|| {
        format!(
            "fields whose size disagrees with their type were skipped: {}",
            fields.skipped.join(", ")
        )
    });
    Some(Decoded {
        records,
        cut,
        fields,
    })
}
/// A record's field by its profile name.
pub(super) fn field<'a>(r: &'a FitDataRecord, name: &str) -> Option<&'a Value> {
    r.fields()
        .iter()
        .find(|f| f.name() == name)
        .map(|f| f.value())
}

/// A field as a finite number (none for a time, a text or an invalid value).
pub(super) fn float(r: &FitDataRecord, name: &str) -> Option<f64> {
    match field(r, name)? {
        Value::Timestamp(_) | Value::String(_) | Value::Invalid => None,
        v => v.clone().try_into().ok().filter(|x: &f64| x.is_finite()),
    }
}

/// A field as an instant.
pub(super) fn instant(r: &FitDataRecord, name: &str) -> Option<DateTime<Utc>> {
    match field(r, name)? {
        Value::Timestamp(t) => Some(t.with_timezone(&Utc)),
        _ => None,
    }
}

/// A field as its text (an enum's name: `running`, `strength_training`).
pub(super) fn label(r: &FitDataRecord, name: &str) -> Option<String> {
    field(r, name).map(|v| v.to_string())
}
