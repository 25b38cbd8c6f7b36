//! `legday import`: GPX, TCX, FIT, Strong CSV, Hevy CSV and legday JSON, detected by content.
//!
//! Readers are pure (`bytes -> sessions`); [`import_paths`] expands folders, reads each file
//! under a size cap and writes each file's sessions in its own transaction with
//! [`Store::import`], which dedupes on `source_key`/`uuid` so a re-import adds nothing.

mod activity;
mod fit;
mod geo;
mod gpx;
mod hevy_csv;
mod json;
mod lifts;
mod strong_csv;
mod summary;
mod table;
mod tcx;
mod xml;

pub use activity::Zone;
pub use summary::{FileOutcome, ImportSummary, Outcome};

use crate::domain::{Catalog, Exercise, Session, Settings};
use crate::error::{Error, Result};
use crate::store::Store;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Files bigger than this are refused without being read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Extensions picked up when a folder is expanded (explicitly named files are always tried).
pub const FOLDER_EXTENSIONS: [&str; 5] = ["gpx", "tcx", "fit", "csv", "json"];
/// A progress bar is drawn (on a terminal) from this many files on.
const PROGRESS_MIN_FILES: usize = 20;

/// The formats legday reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Gpx,
    Tcx,
    Fit,
    StrongCsv,
    HevyCsv,
    LegdayJson,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Format::Gpx => "GPX",
            Format::Tcx => "TCX",
            Format::Fit => "FIT",
            Format::StrongCsv => "Strong CSV",
            Format::HevyCsv => "Hevy CSV",
            Format::LegdayJson => "legday JSON",
        }
    }
}

/// An imported exercise name the catalog does not know: kept verbatim on its sets (they count
/// for load, not for muscle volume), with the closest catalog names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmatched {
    pub name: String,
    pub sets: usize,
    pub suggestions: Vec<String>,
}

/// What a legday export carries besides sessions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LegdayExtras {
    /// `(key, value)` pairs for [`Store::set_setting`].
    pub settings: Vec<(String, String)>,
    pub exercises: Vec<Exercise>,
    /// `(foreign name, catalog name)` for [`Store::add_mapping`].
    pub mappings: Vec<(String, String)>,
    /// Templates by name, for [`Store::save_template`].
    pub templates: Vec<crate::store::templates::Template>,
}

/// What one file holds.
#[derive(Debug, Clone)]
pub struct FileResult {
    pub format: Format,
    pub sessions: Vec<Session>,
    /// One line per activity in the file that is not imported and why (a bike ride...).
    pub skipped: Vec<String>,
    pub unmatched: Vec<Unmatched>,
    /// Only for a legday export.
    pub extras: Option<LegdayExtras>,
}

fn import_error(path: &Path, reason: impl Into<String>) -> Error {
    Error::Import {
        path: path.to_path_buf(),
        reason: reason.into(),
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
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(match ext.as_str() {
            "" => "binary data in no format legday reads".into(),
            e => format!("binary data, not a {} file", e.to_ascii_uppercase()),
        });
    };
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with('<') {
        let head = &text.as_bytes()[..text.len().min(4096)];
        let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
        if has(b"<gpx") || has(b":gpx") {
            return Ok(Format::Gpx);
        }
        if has(b"TrainingCenterDatabase") {
            return Ok(Format::Tcx);
        }
        return Err("XML, but neither GPX nor TCX".into());
    }
    if text.starts_with('{') {
        let head = &text[..text.len().min(4096)];
        return if head.contains("\"legday_export\"") {
            Ok(Format::LegdayJson)
        } else {
            Err("JSON, but not a legday export (no \"legday_export\" field)".into())
        };
    }
    let header = text.lines().next().unwrap_or("").to_ascii_lowercase();
    if header.contains("exercise_title") || header.contains("set_index") {
        return Ok(Format::HevyCsv);
    }
    if header.contains("exercise name") || header.contains("workout name") {
        return Ok(Format::StrongCsv);
    }
    Err(match ext.as_str() {
        "csv" => "a CSV file, but not a Strong or Hevy export (unknown columns)".into(),
        "gpx" | "tcx" => "text, but not XML".into(),
        _ => "not a format legday reads (GPX, TCX, FIT, Strong/Hevy CSV, legday JSON)".into(),
    })
}

/// Reads one file's bytes, converting instants to the machine's local time (see [`Zone`]).
pub fn read_file(
    path: &Path,
    bytes: &[u8],
    catalog: &Catalog,
    settings: &Settings,
) -> Result<FileResult> {
    read_file_in(path, bytes, catalog, settings, Zone::Local)
}

/// [`read_file`] with an explicit time zone for watch files (tests use [`Zone::UTC`]).
pub fn read_file_in(
    path: &Path,
    bytes: &[u8],
    catalog: &Catalog,
    settings: &Settings,
    zone: Zone,
) -> Result<FileResult> {
    let format = detect(path, bytes).map_err(|r| import_error(path, r))?;
    let fail = |r: String| import_error(path, format!("{}: {r}", format.label()));
    let mut out = FileResult {
        format,
        sessions: Vec::new(),
        skipped: Vec::new(),
        unmatched: Vec::new(),
        extras: None,
    };
    let text = || {
        std::str::from_utf8(bytes)
            .map(|t| t.trim_start_matches('\u{feff}'))
            .map_err(|_| "not UTF-8 text".to_string())
    };
    match format {
        Format::Gpx | Format::Tcx | Format::Fit => {
            let (sessions, skipped) = match format {
                Format::Gpx => gpx::read(bytes, zone),
                Format::Tcx => tcx::read(bytes, zone),
                _ => fit::read(bytes, zone),
            }
            .map_err(fail)?;
            out.sessions = sessions;
            out.skipped = skipped;
        }
        Format::StrongCsv | Format::HevyCsv => {
            let text = text().map_err(fail)?;
            let rows = if format == Format::StrongCsv {
                strong_csv::rows(text, settings)
            } else {
                hevy_csv::rows(text)
            }
            .map_err(fail)?;
            if rows.is_empty() {
                return Err(fail("no workout rows".into()));
            }
            let source = if format == Format::StrongCsv {
                "strong"
            } else {
                "hevy"
            };
            let a = lifts::assemble(source, rows, catalog);
            out.sessions = a.sessions;
            out.skipped = a.skipped;
            out.unmatched = a.unmatched;
        }
        Format::LegdayJson => {
            let (sessions, extras) = json::read(bytes).map_err(fail)?;
            out.sessions = sessions;
            out.extras = Some(extras);
        }
    }
    Ok(out)
}

/// Reads a file refusing anything over [`MAX_FILE_BYTES`] before reading it.
fn read_capped(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read: {}", e.kind()))?;
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "too large ({} MiB; the limit is {} MiB)",
            meta.len() / (1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    let f = std::fs::File::open(path).map_err(|e| format!("cannot open: {}", e.kind()))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    f.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {}", e.kind()))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err("grew past the size limit while being read".into());
    }
    Ok(bytes)
}

/// The files to import: each named file as is (a named symlink is followed), folders
/// recursively in sorted order, keeping files with a known extension, skipping hidden entries
/// and never following symbolic links inside a folder.
pub fn expand(paths: &[PathBuf]) -> Vec<Result<PathBuf, (PathBuf, String)>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk_dir(p, &mut out);
        } else {
            out.push(Ok(p.clone()));
        }
    }
    out
}

fn walk_dir(dir: &Path, out: &mut Vec<Result<PathBuf, (PathBuf, String)>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => {
            let mut v: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
            v.sort();
            v
        }
        Err(e) => {
            out.push(Err((
                dir.to_path_buf(),
                format!("cannot list folder: {}", e.kind()),
            )));
            return;
        }
    };
    for p in entries {
        let hidden = p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        let Ok(meta) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        if hidden || meta.file_type().is_symlink() {
            continue;
        }
        if meta.is_dir() {
            walk_dir(&p, out);
        } else if meta.is_file() {
            let ext = p
                .extension()
                .map(|e| e.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_default();
            if FOLDER_EXTENSIONS.contains(&ext.as_str()) {
                out.push(Ok(p));
            }
        }
    }
}

/// Imports every file (folders expanded), each in its own transaction, and reports per file.
/// Instants in watch files become local time on this machine ([`Zone::Local`]).
pub fn import_paths(store: &mut Store, paths: &[PathBuf], progress: bool) -> ImportSummary {
    import_paths_in(store, paths, progress, Zone::Local)
}

/// [`import_paths`] with an explicit time zone.
pub fn import_paths_in(
    store: &mut Store,
    paths: &[PathBuf],
    progress: bool,
    zone: Zone,
) -> ImportSummary {
    let files = expand(paths);
    let bar = summary::progress_bar(files.len(), progress && files.len() >= PROGRESS_MIN_FILES);
    let mut sum = ImportSummary::default();
    for f in files {
        let outcome = match f {
            Err((path, why)) => FileOutcome::failed(path, None, why),
            Ok(path) => import_one(store, &path, zone),
        };
        if let Some(b) = &bar {
            b.inc(1);
        }
        sum.push(outcome);
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    sum
}

fn import_one(store: &mut Store, path: &Path, zone: Zone) -> FileOutcome {
    let bytes = match read_capped(path) {
        Ok(b) => b,
        Err(why) => return FileOutcome::failed(path.to_path_buf(), None, why),
    };
    // Settings and catalog are read per file: a legday export earlier in the run may change them.
    let (catalog, settings) = match (store.catalog(), store.settings()) {
        (Ok(c), Ok(s)) => (c, s),
        (Err(e), _) | (_, Err(e)) => {
            return FileOutcome::failed(path.to_path_buf(), None, e.to_string());
        }
    };
    let result = match read_file_in(path, &bytes, &catalog, &settings, zone) {
        Ok(r) => r,
        Err(Error::Import { reason, .. }) => {
            return FileOutcome::failed(path.to_path_buf(), None, reason);
        }
        Err(e) => return FileOutcome::failed(path.to_path_buf(), None, e.to_string()),
    };
    let format = Some(result.format);
    if let Some(extras) = &result.extras {
        // A legday export lands whole or not at all.
        return match store.all_or_nothing(|s| {
            apply_extras(s, extras)?;
            s.import(&result.sessions)
        }) {
            Ok(counts) => FileOutcome::imported(path.to_path_buf(), result, counts),
            Err(e) => FileOutcome::failed(path.to_path_buf(), format, e.to_string()),
        };
    }
    if result.sessions.is_empty() {
        let why = if result.skipped.is_empty() {
            "no sessions in this file".to_string()
        } else {
            result.skipped.join("; ")
        };
        if result.extras.is_none() {
            return FileOutcome::skipped(path.to_path_buf(), format, why);
        }
    }
    match store.import(&result.sessions) {
        Ok(counts) => FileOutcome::imported(path.to_path_buf(), result, counts),
        Err(e) => FileOutcome::failed(path.to_path_buf(), format, e.to_string()),
    }
}

/// Settings, user exercises and mappings of a legday export. Settings are retried until no more
/// succeed, because some are validated against others (band edges stay ordered).
fn apply_extras(store: &mut Store, x: &LegdayExtras) -> Result<()> {
    let mut pending: Vec<&(String, String)> = x.settings.iter().collect();
    while !pending.is_empty() {
        let before = pending.len();
        let mut last_err = None;
        pending.retain(|(k, v)| match store.set_setting(k, v) {
            Ok(_) => false,
            Err(e) => {
                last_err = Some(e);
                true
            }
        });
        if pending.len() == before {
            return Err(last_err.expect("a setting failed"));
        }
    }
    let catalog = store.catalog()?;
    for e in &x.exercises {
        if catalog
            .resolve(&e.name)
            .is_none_or(|c| c.weights != e.weights || !c.user)
        {
            store.add_exercise(e)?;
        }
    }
    let catalog = store.catalog()?;
    for (from, to) in &x.mappings {
        if catalog.resolve(from).is_none_or(|c| &c.name != to) {
            store.add_mapping(from, to)?;
        }
    }
    for t in &x.templates {
        if store.template(&t.name)?.as_ref() != Some(t) {
            store.save_template(&t.name, &t.sets)?;
        }
    }
    Ok(())
}
