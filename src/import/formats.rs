//! The formats legday imports: one registry, [`FORMATS`], of importers behind one trait
//! ([`Importer`]: name, extensions, detection, reader). Detection, folder walking, the CLI's
//! help, the UI's import prompt and every message read it; a new format is its reader file and
//! one line here.

pub mod lists;

use super::error::ReadError;
use super::{LegdayExtras, Unmatched, Zone};
use crate::domain::{Catalog, Session, Settings};
use lists::{Field, Join};
use std::borrow::Cow;
use std::io::BufRead;
use std::path::Path;

/// Every format, in the order they are listed and detected (a file is of one format only:
/// [`tests::detection_is_unambiguous`]).
pub const FORMATS: &[FormatInfo] = &[
    FormatInfo::of::<super::gpx::Gpx>(),
    FormatInfo::of::<super::tcx::Tcx>(),
    FormatInfo::of::<super::fit::Fit>(),
    FormatInfo::of::<super::strong_csv::StrongCsv>(),
    FormatInfo::of::<super::hevy_csv::HevyCsv>(),
    FormatInfo::of::<super::json::LegdayJson>(),
    FormatInfo::of::<super::strava::StravaCsv>(),
];

/// What a file's first bytes look like: detection picks among the formats of its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Binary,
    Xml,
    Json,
    /// Text in rows (CSV).
    Table,
}

/// What detection sees of a file: its first 4 KiB.
pub struct Head<'a> {
    pub bytes: &'a [u8],
    pub shape: Shape,
    /// The text, after a byte-order mark and leading white space (empty for binary data).
    pub text: &'a str,
    /// The first line, lowercase (a table's header).
    pub header: String,
}

/// What a reader found in one file.
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub sessions: Vec<Session>,
    /// One line per activity in the file that is not imported and why (a bike ride...).
    pub skipped: Vec<String>,
    pub unmatched: Vec<Unmatched>,
    /// Only for a legday export.
    pub extras: Option<LegdayExtras>,
}

impl Found {
    pub fn activities((sessions, skipped): (Vec<Session>, Vec<String>)) -> Found {
        Found {
            sessions,
            skipped,
            ..Found::default()
        }
    }
}

/// What an activity reader is told besides the file.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// Where UTC instants become local dates when the file names no place ([`Zone::or_file`]).
    pub zone: Zone,
    /// The sport an export's index gives the file (Strava's `Activity Type`): it wins over the
    /// file's own (a generic watch file on a "Trail Run" row is a trail run).
    pub sport: Option<String>,
}

impl Context {
    pub fn in_zone(zone: Zone) -> Context {
        Context { zone, sport: None }
    }

    /// The sport label to go by: the index's, else the file's.
    pub fn sport<'a>(&'a self, file: Option<&'a str>) -> Option<&'a str> {
        self.sport.as_deref().or(file)
    }
}

/// How a format is read.
#[derive(Clone, Copy)]
pub enum Reader {
    /// Recorded activities from the file's bytes (FIT): hashed, recognised when met again,
    /// joined to their row of a Strava export.
    Bytes(fn(&[u8], &Context) -> Result<Found, ReadError>),
    /// Recorded activities streamed (GPX, TCX): a big file is never held whole.
    Stream(fn(&mut dyn BufRead, &Context) -> Result<Found, ReadError>),
    /// An export's index of its activities (Strava's `activities.csv`): joined to the files
    /// around it; read alone, its rows are sessions of their own.
    Index(fn(&[u8], &Context) -> Result<Found, ReadError>),
    /// Workout logs and exports, read against the catalog and settings as they are now.
    Log(fn(&[u8], &Catalog, &Settings) -> Result<Found, ReadError>),
}

/// One format legday imports (atuin's `Importer`): a reader file implements it and
/// [`FORMATS`] lists it.
pub trait Importer {
    /// Its name in help, messages and the summary (`GPX`, `Strong CSV`).
    const NAME: &'static str;
    /// Its name in the short lists of the UI (formats may share one: `CSV`).
    const SHORT: &'static str;
    /// What a file that is not this format is told it is not (`a Strong export`).
    const WHAT: &'static str;
    /// The extensions its files come with, lowercase: what a folder walk picks up.
    const EXTENSIONS: &'static [&'static str];
    const SHAPE: Shape;
    /// Whether a file of [`Self::SHAPE`] is of this format.
    fn detect(head: &Head) -> bool;
    const READER: Reader;
}

/// An [`Importer`] as a registry entry.
pub struct FormatInfo {
    pub name: &'static str,
    pub short: &'static str,
    pub what: &'static str,
    pub extensions: &'static [&'static str],
    pub shape: Shape,
    pub detect: fn(&Head) -> bool,
    pub reader: Reader,
}

impl FormatInfo {
    pub const fn of<I: Importer>() -> FormatInfo {
        FormatInfo {
            name: I::NAME,
            short: I::SHORT,
            what: I::WHAT,
            extensions: I::EXTENSIONS,
            shape: I::SHAPE,
            detect: I::detect,
            reader: I::READER,
        }
    }
}

/// A format of [`FORMATS`], by its name.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Format(&'static str);

impl std::fmt::Debug for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl Format {
    /// The format an [`Importer`] reads.
    pub const fn of<I: Importer>() -> Format {
        Format(I::NAME)
    }

    pub fn info(self) -> &'static FormatInfo {
        FORMATS
            .iter()
            .find(|f| f.name == self.0)
            .expect("a Format is made from a registry entry")
    }

    pub fn label(self) -> &'static str {
        self.0
    }

    pub fn reader(self) -> Reader {
        self.info().reader
    }

    /// A recorded activity (GPX, TCX, FIT...), as opposed to an index or a log.
    pub fn is_activity(self) -> bool {
        matches!(self.reader(), Reader::Bytes(_) | Reader::Stream(_))
    }

    /// The recorded-activity format a file name says (for a file recognised without being
    /// read).
    pub fn activity_by_name(name: &str) -> Option<Format> {
        with_extension(&extension(Path::new(name)))
            .map(|f| Format(f.name))
            .find(|f| f.is_activity())
    }
}

/// Containers read in memory: their content is imported as if the files were given one by one.
pub const ARCHIVE_EXTENSIONS: [&str; 2] = ["zip", "gz"];

const NAMES: [&str; FORMATS.len()] = lists::names(Field::Name);
const SHORTS: [&str; FORMATS.len()] = lists::names(Field::Short);
const EXTENSIONS: [&str; lists::slots()] = lists::names(Field::Extension);

/// Every format's name (`GPX, TCX, FIT, ... and legday JSON`).
pub const FORMAT_NAMES: &str = crate::const_join!(Join {
    items: &NAMES,
    sep: ", ",
    last: " and ",
    before: "",
    after: "",
    upper: false,
});

/// The list for help text and prompts.
pub const FORMATS_TEXT: &str = crate::const_concat!(
    "",
    FORMAT_NAMES,
    "; Strava and Garmin account exports (.zip, .gz, or an unpacked folder)"
);

/// `legday import`'s one-line help.
pub const IMPORT_HELP: &str = crate::const_concat!(
    "Import ",
    FORMAT_NAMES,
    ", and Strava or Garmin account exports (.zip and .gz read as they are, nested too), \
     files or folders"
);

/// What is said when a folder holds nothing readable.
pub const NOTHING_FOUND: &str = crate::const_join!(Join {
    items: &EXTENSIONS,
    sep: ", ",
    last: " or ",
    before: "no ",
    after: " files found there (nor .zip or .gz); nothing imported",
    upper: true,
});

/// The formats in a few words, for the UI's fixed texts.
pub const FORMATS_SHORT: &str = crate::const_join!(Join {
    items: &SHORTS,
    sep: ", ",
    last: ", ",
    before: "",
    after: ", .zip/.gz",
    upper: false,
});

/// The lowercase extension of a name (`""` when none).
pub fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Whether a file with this extension is read when found in a folder or an archive.
pub fn is_readable_extension(ext: &str) -> bool {
    FORMATS.iter().any(|f| f.extensions.contains(&ext)) || ARCHIVE_EXTENSIONS.contains(&ext)
}

/// The formats a file with this extension may be.
fn with_extension(ext: &str) -> impl Iterator<Item = &'static FormatInfo> + '_ {
    FORMATS.iter().filter(move |f| f.extensions.contains(&ext))
}

/// What a file legday never reads is, for the summary's count of them.
pub fn unread_kind(ext: &str) -> &'static str {
    match ext {
        "jpg" | "jpeg" | "png" | "gif" | "heic" | "webp" | "mp4" | "mov" | "m4v" => {
            "photos and videos"
        }
        "json" => "profile and settings data in JSON",
        _ => "other files",
    }
}

/// A file's bytes as text: UTF-8, a byte-order mark dropped.
pub fn text(bytes: &[u8]) -> Result<Cow<'_, str>, ReadError> {
    std::str::from_utf8(bytes)
        .map(|t| Cow::Borrowed(t.trim_start_matches('\u{feff}')))
        .map_err(|_| "not UTF-8 text".into())
}

impl<'a> Head<'a> {
    /// The head of a file (`None` for binary data).
    fn new(head: &'a [u8]) -> Head<'a> {
        let text = match std::str::from_utf8(head) {
            Ok(t) => Some(t),
            // a multi-byte character cut by the 4 KiB window is still text
            Err(e) if e.valid_up_to() + 4 > head.len() && e.error_len().is_none() => {
                Some(std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default())
            }
            Err(_) => None,
        };
        let text = text.map(|t| t.trim_start_matches('\u{feff}').trim_start());
        let shape = match text {
            None => Shape::Binary,
            Some(t) if t.starts_with('<') => Shape::Xml,
            Some(t) if t.starts_with('{') => Shape::Json,
            Some(_) => Shape::Table,
        };
        let text = text.unwrap_or_default();
        Head {
            bytes: head,
            shape,
            text,
            header: text.lines().next().unwrap_or("").to_ascii_lowercase(),
        }
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
        return Ok(Format(f.name));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_the_registry() {
        assert_eq!(
            FORMAT_NAMES,
            "GPX, TCX, FIT, Strong CSV, Hevy CSV, legday JSON and Strava activities.csv"
        );
        assert_eq!(
            NOTHING_FOUND,
            "no GPX, TCX, FIT, CSV or JSON files found there (nor .zip or .gz); nothing imported"
        );
        assert_eq!(FORMATS_SHORT, "GPX, TCX, FIT, CSV, JSON, .zip/.gz");
        for f in FORMATS {
            assert!(IMPORT_HELP.contains(f.name) && FORMATS_TEXT.contains(f.name));
            assert!(FORMATS_SHORT.contains(f.short));
            for e in f.extensions {
                assert!(NOTHING_FOUND.contains(&e.to_ascii_uppercase()), "{e}");
            }
        }
    }

    /// Each format's own sample is detected as that format and no other.
    #[test]
    fn detection_is_unambiguous() {
        let samples: [(&str, &[u8]); 6] = [
            (
                "GPX",
                b"<?xml version='1.0'?><gpx version='1.1'><trk/></gpx>",
            ),
            (
                "TCX",
                b"<TrainingCenterDatabase><Activities/></TrainingCenterDatabase>",
            ),
            (
                "Strong CSV",
                b"Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n",
            ),
            (
                "Hevy CSV",
                b"title,start_time,end_time,exercise_title,set_index,weight_kg,reps\n",
            ),
            ("legday JSON", b"{\"legday_export\": 1}"),
            (
                "Strava activities.csv",
                b"Activity ID,Activity Date,Activity Name,Activity Type\n",
            ),
        ];
        for (name, bytes) in samples {
            let head = Head::new(bytes);
            let matching: Vec<&str> = FORMATS
                .iter()
                .filter(|f| f.shape == head.shape && (f.detect)(&head))
                .map(|f| f.name)
                .collect();
            assert_eq!(matching, [name]);
        }
    }

    #[test]
    fn a_file_of_no_format_is_told_what_it_is_not() {
        let why =
            |name: &str, bytes: &[u8]| detect(Path::new(name), bytes).unwrap_err().to_string();
        assert_eq!(why("a.gpx", b"<kml/>"), "XML, but neither GPX nor TCX");
        assert_eq!(why("a.gpx", b"hello"), "text, but not XML");
        assert_eq!(why("a.json", b"{}"), "JSON, but not a legday export");
        assert_eq!(
            why("a.csv", b"a,b\n1,2"),
            "a CSV file, but not a Strong export, a Hevy export or a Strava activities.csv \
             (unknown columns)"
        );
        assert_eq!(
            why("a.fit", &[0xff, 0xfe, 0x00, 0x80]),
            "binary data, not a FIT file"
        );
    }
}
