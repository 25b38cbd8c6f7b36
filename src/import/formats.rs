//! The formats legday imports: one registry that detection, folder walking, the CLI's help, the
//! UI's import prompt and the messages read.

use std::path::Path;

/// The formats legday reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Gpx,
    Tcx,
    Fit,
    StrongCsv,
    HevyCsv,
    LegdayJson,
    /// Strava's `activities.csv`, found next to the activity files of an account export.
    StravaCsv,
}

/// One readable format: its name and the extensions it comes with.
pub struct FormatInfo {
    pub format: Format,
    pub label: &'static str,
    pub extensions: &'static [&'static str],
}

/// Every format, in the order help text lists them.
pub const FORMATS: &[FormatInfo] = &[
    FormatInfo {
        format: Format::Gpx,
        label: "GPX",
        extensions: &["gpx"],
    },
    FormatInfo {
        format: Format::Tcx,
        label: "TCX",
        extensions: &["tcx"],
    },
    FormatInfo {
        format: Format::Fit,
        label: "FIT",
        extensions: &["fit"],
    },
    FormatInfo {
        format: Format::StrongCsv,
        label: "Strong CSV",
        extensions: &["csv"],
    },
    FormatInfo {
        format: Format::HevyCsv,
        label: "Hevy CSV",
        extensions: &["csv"],
    },
    FormatInfo {
        format: Format::LegdayJson,
        label: "legday JSON",
        extensions: &["json"],
    },
    FormatInfo {
        format: Format::StravaCsv,
        label: "Strava activities.csv",
        extensions: &["csv"],
    },
];

/// Containers read in memory: their content is imported as if the files were given one by one.
pub const ARCHIVE_EXTENSIONS: [&str; 2] = ["zip", "gz"];

/// The list for help text and prompts.
pub const FORMATS_TEXT: &str = "GPX, TCX, FIT, Strong/Hevy CSV, legday JSON, \
     Strava and Garmin account exports (.zip, .gz, or an unpacked folder)";

/// `legday import`'s one-line help.
pub const IMPORT_HELP: &str = "Import GPX, TCX, FIT, Strong/Hevy CSV, legday JSON, and Strava or \
     Garmin account exports (.zip and .gz read as they are, nested too), files or folders";

/// What is said when a folder holds nothing readable.
pub const NOTHING_FOUND: &str =
    "no GPX, TCX, FIT, CSV or JSON files found there (nor .zip or .gz); nothing imported";

/// The formats in a few words, as a literal for `concat!` in the UI's fixed texts.
#[macro_export]
macro_rules! import_formats_short {
    () => {
        "GPX, TCX, FIT, Strong/Hevy CSV, JSON, .zip/.gz"
    };
}

/// [`import_formats_short!`] as a constant.
pub const FORMATS_SHORT: &str = import_formats_short!();

impl Format {
    pub fn label(self) -> &'static str {
        FORMATS
            .iter()
            .find(|f| f.format == self)
            .map_or("?", |f| f.label)
    }
}

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

/// Detects the format from the content (the extension only shapes the error message).
pub fn detect(path: &Path, bytes: &[u8]) -> Result<Format, String> {
    if bytes.is_empty() {
        return Err("empty file (0 bytes)".into());
    }
    if bytes.len() >= 12 && &bytes[8..12] == b".FIT" {
        return Ok(Format::Fit);
    }
    let ext = extension(path);
    let head = &bytes[..bytes.len().min(4096)];
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        // a multi-byte character cut by the 4 KiB window is still text
        Err(e) if e.valid_up_to() + 4 > head.len() && e.error_len().is_none() => {
            std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default()
        }
        Err(_) => {
            return Err(match ext.as_str() {
                "" => "binary data in no format legday reads".into(),
                e => format!("binary data, not a {} file", e.to_ascii_uppercase()),
            });
        }
    };
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with('<') {
        if text.contains("<gpx") || text.contains(":gpx") {
            return Ok(Format::Gpx);
        }
        if text.contains("TrainingCenterDatabase") {
            return Ok(Format::Tcx);
        }
        return Err("XML, but neither GPX nor TCX".into());
    }
    if text.starts_with('{') {
        return if text.contains("\"legday_export\"") {
            Ok(Format::LegdayJson)
        } else {
            Err("JSON, but not a legday export (no \"legday_export\" field)".into())
        };
    }
    csv_format(text, &ext)
}

fn csv_format(text: &str, ext: &str) -> Result<Format, String> {
    let header = text.lines().next().unwrap_or("").to_ascii_lowercase();
    if header.contains("activity id") && header.contains("activity type") {
        return Ok(Format::StravaCsv);
    }
    if header.contains("exercise_title") || header.contains("set_index") {
        return Ok(Format::HevyCsv);
    }
    if header.contains("exercise name") || header.contains("workout name") {
        return Ok(Format::StrongCsv);
    }
    Err(match ext {
        "csv" => "a CSV file, but not a Strong or Hevy export or a Strava activities.csv \
                  (unknown columns)"
            .into(),
        "gpx" | "tcx" => "text, but not XML".into(),
        _ => format!("not a format legday reads ({FORMATS_TEXT})"),
    })
}
