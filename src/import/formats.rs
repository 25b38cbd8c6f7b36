//! The formats legday imports: one registry, [`FORMATS`], of importers behind one trait
//! ([`Importer`]: name, extensions, detection, reader). Detection, folder walking, the CLI's
//! help, the UI's import prompt and every message read it; a new format is its reader file and
//! one line here.

mod detect;
pub mod lists;

pub use detect::detect;

use super::importer::{Format, Head, Importer, Reader, Shape};
use lists::{Field, Join};
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
    FormatInfo::of::<super::strava::entry::StravaCsv>(),
    FormatInfo::of::<super::fitnotes_csv::FitNotesCsv>(),
    FormatInfo::of::<super::fitbod_csv::FitbodCsv>(),
    FormatInfo::of::<super::runkeeper::RunkeeperCsv>(),
    FormatInfo::of::<super::apple_health::AppleHealth>(),
    FormatInfo::of::<super::garmin_summary::GarminSummary>(),
];

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

/// What the registry knows of a format (its reader, whether it is a recorded activity...).
impl Format {
    pub fn info(self) -> &'static FormatInfo {
        FORMATS
            .iter()
            .find(|f| f.name == self.name())
            .expect("a Format is made from a registry entry")
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
            .map(|f| Format::named(f.name))
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
