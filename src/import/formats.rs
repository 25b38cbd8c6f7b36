//! The formats legday imports: one registry, [`FORMATS`], of importers behind one trait
//! ([`Importer`]: name, extensions, detection, reader). Detection, folder walking, the CLI's
//! help, the UI's import prompt and every message read it; a new format is its reader file and
//! one line here.

mod detect;
pub mod lists;

pub use detect::{detect, read_text, text};

use super::activity::sport_kind;
use super::error::ReadError;
use super::strava::ActivityList;
use super::{LegdayExtras, Unmatched, Zone};
use crate::domain::{Catalog, RunKind, Session, Settings};
use lists::{Field, Join};
use std::borrow::Cow;
use std::fs::File;
use std::io::{BufRead, BufReader};
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
    FormatInfo::of::<super::fitnotes_csv::FitNotesCsv>(),
    FormatInfo::of::<super::fitbod_csv::FitbodCsv>(),
    FormatInfo::of::<super::runkeeper::RunkeeperCsv>(),
    FormatInfo::of::<super::apple_health::AppleHealth>(),
    FormatInfo::of::<super::garmin_summary::GarminSummary>(),
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
    pub text: Cow<'a, str>,
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
    /// Walks and hikes are imported as runs (`legday import --as-run`).
    pub as_run: bool,
}

impl Context {
    pub fn in_zone(zone: Zone) -> Context {
        Context {
            zone,
            ..Context::default()
        }
    }

    /// The run kind of an activity whose file says `file` ([`sport_kind`]): the index's sport
    /// wins over the file's.
    pub fn kind(&self, file: Option<&str>) -> Result<Option<RunKind>, ReadError> {
        sport_kind(self.sport.as_deref().or(file), self.as_run)
    }
}

/// How a format is read.
#[derive(Clone, Copy)]
pub enum Reader {
    /// Recorded activities from the file's bytes (FIT): hashed, recognised when met again,
    /// joined to their row of a Strava export.
    Bytes(fn(&[u8], &Context) -> Result<Found, ReadError>),
    /// Recorded activities streamed (GPX, TCX): a big file is never held whole. The reader is
    /// given twice, for bytes in memory and for a file, each its own compiled copy (a reader
    /// behind `dyn BufRead` costs a virtual call at every XML event).
    Stream {
        bytes: fn(&[u8], &Context) -> Result<Found, ReadError>,
        file: fn(BufReader<File>, &Context) -> Result<Found, ReadError>,
    },
    /// An export's index of its activities (Strava's `activities.csv`, Runkeeper's
    /// `cardioActivities.csv`): joined to the files around it by name; read alone, its rows are
    /// sessions of their own.
    /// Streamed: Apple Health's `export.xml` can be far larger than the cap on a file read
    /// whole.
    Index(fn(&mut dyn BufRead) -> Result<ActivityList, ReadError>),
    /// Workout logs and exports, read against the catalog and settings as they are now (and
    /// the zone, for logs that write UTC times).
    Log(fn(&[u8], &Catalog, &Settings, Zone) -> Result<Found, ReadError>),
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
    /// The name an export's index file has (`activities.csv`): read first in its folder or
    /// archive, to join the files around it.
    const INDEX_NAME: Option<&'static str> = None;
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
    pub index_name: Option<&'static str>,
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
            index_name: I::INDEX_NAME,
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
        matches!(self.reader(), Reader::Bytes(_) | Reader::Stream { .. })
    }

    /// The recorded-activity format a file name says (for a file recognised without being
    /// read).
    pub fn activity_by_name(name: &str) -> Option<Format> {
        with_extension(&extension(Path::new(name)))
            .map(|f| Format(f.name))
            .find(|f| f.is_activity())
    }
}

/// Whether a file name (lowercase, no folder) is an export's index (`activities.csv`).
pub fn is_index_name(name: &str) -> bool {
    FORMATS.iter().any(|f| f.index_name == Some(name))
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
        "xml" => "other XML data",
        _ => "other files",
    }
}

#[cfg(test)]
mod tests;
