//! `legday import`: the formats of [`formats::FORMATS`], detected by content, as files, folders,
//! `.gz` and `.zip` archives (account exports of Strava and Garmin Connect included).
//!
//! Readers are pure (`bytes -> sessions`); [`import_paths`] walks folders and archives
//! ([`pipeline`]) and writes each file's sessions in its own transaction (a savepoint of a
//! batch) with [`Store::import_file`], which dedupes on `source_key`/`uuid` and merges the same
//! run from two sources, so a re-import adds nothing.

mod activity;
mod apple_health;
pub mod archive;
pub mod context;
mod decode;
pub mod error;
mod fit;
mod fit_decode;
mod fit_strength;
mod fitbod_csv;
mod fitnotes_csv;
pub mod formats;
mod garmin_summary;
mod geo;
mod gpx;
mod hevy_csv;
pub mod importer;
mod json;
mod lifts;
mod pipeline;
mod runkeeper;
mod strava;
mod strong_csv;
mod summary;
mod table;
mod tcx;
mod xml;

pub use activity::Zone;
pub use error::ReadError;
pub use formats::{FORMATS, FORMATS_TEXT, detect};
pub use importer::{Context, Format, Found, Importer, Reader};
pub use summary::{FileOutcome, ImportSummary, Outcome};

use crate::domain::{Catalog, Exercise, Session, Settings};
use crate::error::{Error, Result};
use crate::store::Store;
use std::io::Read as _;
use std::path::{Path, PathBuf};

/// Files bigger than this are refused without being read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
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
    /// Races, for [`Store::import_races`] (matched on date and distance).
    pub races: Vec<crate::domain::Race>,
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
    let format = detect(path, bytes).map_err(|r| import_error(path, r.to_string()))?;
    let cx = Context::in_zone(zone);
    let found = match format.reader() {
        Reader::Bytes(read) => read(bytes, &cx),
        Reader::Index(parse) => {
            parse(&mut &bytes[..]).map(|list| Found::activities(list.unjoined(&cx)))
        }
        Reader::Stream { bytes: read, .. } => read(bytes, &cx),
        Reader::Log(read) => read(bytes, catalog, settings, zone),
    }
    .map_err(|r| import_error(path, format!("{}: {r}", format.label())))?;
    Ok(FileResult {
        format,
        sessions: found.sessions,
        skipped: found.skipped,
        unmatched: found.unmatched,
        extras: found.extras,
    })
}

/// Sessions and skip reasons of a recorded activity (GPX, TCX, FIT...) in memory.
pub(crate) fn read_activities(
    format: Format,
    bytes: &[u8],
    cx: &Context,
) -> Result<Found, ReadError> {
    match format.reader() {
        Reader::Bytes(read) => read(bytes, cx),
        Reader::Stream { bytes: read, .. } => read(bytes, cx),
        Reader::Index(_) | Reader::Log(_) => Err("not a recorded activity".into()),
    }
}

/// Reads a file refusing anything over [`MAX_FILE_BYTES`] before reading it.
pub(crate) fn read_capped(path: &Path) -> Result<Vec<u8>, String> {
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
        } else if meta.is_file() && formats::is_readable_extension(&formats::extension(&p)) {
            out.push(Ok(p));
        }
    }
}

/// How an import reads what it finds.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Where UTC instants of files that name no place become dates ([`Zone::Local`]: this
    /// machine's zone).
    pub zone: Zone,
    /// Walks and hikes imported as runs (`legday import --as-run`), by their type or their pace.
    pub as_run: bool,
}

/// Imports every file (folders walked, archives read in memory), each in its own transaction,
/// and reports per file.
/// Instants in watch files become local time on this machine ([`Zone::Local`]).
pub fn import_paths(store: &mut Store, paths: &[PathBuf], progress: bool) -> ImportSummary {
    import_paths_with(store, paths, progress, &Options::default())
}

/// [`import_paths`] with an explicit time zone.
pub fn import_paths_in(
    store: &mut Store,
    paths: &[PathBuf],
    progress: bool,
    zone: Zone,
) -> ImportSummary {
    let opts = Options {
        zone,
        ..Options::default()
    };
    import_paths_with(store, paths, progress, &opts)
}

/// [`import_paths`] with [`Options`].
pub fn import_paths_with(
    store: &mut Store,
    paths: &[PathBuf],
    progress: bool,
    opts: &Options,
) -> ImportSummary {
    let bar = summary::progress_bar(progress);
    pipeline::Importer::new(store, opts, bar).run(paths)
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
    store.import_races(&x.races)?;
    Ok(())
}
