//! One import run over files, folders and archives: every file is accounted for (imported,
//! skipped with why, failed with its path — inside an archive too — or counted among the files
//! legday never reads), Strava's `activities.csv` is joined to the files of its export, a file
//! whose content was imported before is recognised by its hash without being parsed, and files
//! are written in batches, each file in its own savepoint.

use super::archive::{self, MAX_ARCHIVE_TOTAL};
use super::formats::{self, detect, extension, is_readable_extension, unread_kind};
use super::importer::{Format, Reader};
use super::strava::ActivityList;
use super::summary::{FileOutcome, ImportSummary};

mod files;
mod strava;
mod zips;
use super::{MAX_FILE_BYTES, Options, Zone};
use crate::store::Store;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Files written per commit of a batch (each still in a savepoint of its own).
const COMMIT_EVERY: usize = 200;
/// Plain GPX and TCX files from this size are streamed from disk instead of read whole.
const STREAM_FROM_BYTES: u64 = 4 * 1024 * 1024;
/// Changes whenever a reader would read the same bytes differently: old hashes then no longer
/// match and files are parsed again.
const READERS_VERSION: &str = "legday-import-3";

/// Where a file's bytes are.
enum Content {
    Disk(PathBuf),
    Mem(Vec<u8>),
}

/// One file to read.
struct Leaf {
    /// Shown in the summary: the file's path, or the archive's path and the name inside it.
    path: PathBuf,
    /// The name as an export lists it (`1234.gpx.gz`), for Strava's `Filename` column.
    join: String,
    /// The name after decompression (`1234.gpx`): its extension steers what is done with it.
    name: String,
    content: Content,
    /// Named on the command line (not found in a folder or an archive).
    explicit: bool,
    /// What identifies the file without reading it: path, size and modification time on disk,
    /// name, CRC and size in a zip (`None` when unknown).
    stamp: Option<String>,
}

pub(crate) struct Importer<'a> {
    store: &'a mut Store,
    zone: Zone,
    /// Walks and hikes imported as runs (`--as-run`).
    as_run: bool,
    /// The folder of the path being imported: a session's `source_file` is its file's path
    /// from there (`export.zip/activities/1.fit.gz`).
    base: PathBuf,
    sum: ImportSummary,
    bar: Option<indicatif::ProgressBar>,
    /// The Strava exports being read, innermost last: the folder of each `activities.csv` and
    /// its rows (`None` when it could not be read).
    strava: Vec<(PathBuf, Option<ActivityList>)>,
    uncommitted: usize,
    budget: u64,
    /// A batch transaction is open: the outcomes from `batch_start` on are not stored yet.
    batch_open: bool,
    batch_start: usize,
    /// The last store error, in the user's words: why a batch SQLite rolled back was lost.
    last_store_error: Option<String>,
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl<'a> Importer<'a> {
    pub fn new(store: &'a mut Store, opts: &Options, bar: Option<indicatif::ProgressBar>) -> Self {
        Importer {
            store,
            zone: opts.zone,
            as_run: opts.as_run,
            base: PathBuf::new(),
            sum: ImportSummary::default(),
            bar,
            strava: Vec::new(),
            uncommitted: 0,
            budget: MAX_ARCHIVE_TOTAL,
            batch_open: false,
            batch_start: 0,
            last_store_error: None,
        }
    }

    pub fn run(mut self, paths: &[PathBuf]) -> ImportSummary {
        if let Err(e) = self.store.begin_batch() {
            let why = self.store_error(e);
            for p in paths {
                self.failed(p.clone(), None, why.clone());
            }
            return self.sum;
        }
        self.batch_open = true;
        for p in paths {
            self.budget = MAX_ARCHIVE_TOTAL;
            self.base = p.parent().map(Path::to_path_buf).unwrap_or_default();
            match std::fs::metadata(p) {
                Ok(m) if m.is_dir() => self.dir(p),
                Ok(_) => self.disk_file(p, true),
                Err(e) => self.failed(p.clone(), None, format!("cannot read: {}", e.kind())),
            }
        }
        self.commit();
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
        self.sum
    }

    fn push(&mut self, f: FileOutcome) {
        self.sum.push(f);
        if self.batch_open && !self.store.in_transaction() {
            // SQLite rolled the batch back by itself (a full disk does): none of its files are
            // stored, whatever they were told.
            self.batch_open = false;
            self.lost();
            self.begin();
        }
        if !self.batch_open {
            // Written one by one: each outcome is final.
            self.batch_start = self.sum.files.len();
            return;
        }
        self.uncommitted += 1;
        if self.uncommitted >= COMMIT_EVERY {
            self.commit();
            self.begin();
        }
    }

    /// A store error in the user's words (disk full, locked, damaged), remembered.
    fn store_error(&mut self, e: crate::error::Error) -> String {
        let why = self.store.explain_fault(e).to_string();
        self.last_store_error = Some(why.clone());
        why
    }

    /// Commits the open batch; when that fails, its files are failed with the reason.
    fn commit(&mut self) {
        if !self.batch_open {
            return;
        }
        self.batch_open = false;
        self.uncommitted = 0;
        if let Err(e) = self.store.commit_batch() {
            self.store_error(e);
            self.lost();
        }
        self.batch_start = self.sum.files.len();
    }

    /// Opens a batch; when that fails, the files are written one transaction each (and fail
    /// one by one with their reason if the store is unusable).
    fn begin(&mut self) {
        match self.store.begin_batch() {
            Ok(()) => self.batch_open = true,
            Err(e) => {
                self.store_error(e);
            }
        }
        self.batch_start = self.sum.files.len();
    }

    /// The files of the batch that was not stored: failed, with why, and out of the totals.
    fn lost(&mut self) {
        let why = self
            .last_store_error
            .clone()
            .unwrap_or_else(|| "the database did not store it".into());
        self.sum
            .unstore(self.batch_start, &format!("not stored: {why}"));
        self.batch_start = self.sum.files.len();
    }

    fn failed(&mut self, path: PathBuf, format: Option<Format>, why: String) {
        self.push(FileOutcome::failed(path, format, why));
    }

    fn tick(&self, path: &Path) {
        if let Some(b) = &self.bar {
            b.inc(1);
            b.set_message(path.display().to_string());
        }
    }

    fn dir(&mut self, d: &Path) {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(d) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                let why = format!("cannot list folder: {}", e.kind());
                return self.failed(d.to_path_buf(), None, why);
            }
        };
        entries.sort();
        let csv = entries
            .iter()
            .find(|p| formats::is_index_name(&file_name(p).to_ascii_lowercase()) && p.is_file())
            .cloned()
            .unwrap_or_default();
        let scoped =
            csv.is_file() && std::fs::File::open(&csv).is_ok_and(|f| self.open_strava(&csv, f));
        for p in entries {
            let hidden = file_name(&p).starts_with('.');
            let Ok(meta) = std::fs::symlink_metadata(&p) else {
                continue;
            };
            if hidden || meta.file_type().is_symlink() || (scoped && p == csv) {
                continue;
            }
            if meta.is_dir() {
                self.dir(&p);
            } else if meta.is_file() {
                self.disk_file(&p, false);
            }
        }
        if scoped {
            self.close_strava(csv);
        }
    }

    fn disk_file(&mut self, p: &Path, explicit: bool) {
        let ext = extension(p);
        if !explicit && !is_readable_extension(&ext) {
            return self.sum.count_unread(unread_kind(&ext));
        }
        let name = file_name(p);
        let stamp = std::fs::metadata(p).ok().and_then(|m| {
            let t = m
                .modified()
                .ok()?
                .duration_since(std::time::UNIX_EPOCH)
                .ok()?;
            let abs = std::path::absolute(p).ok()?;
            Some(format!(
                "file|{}|{}|{}",
                abs.display(),
                m.len(),
                t.as_nanos()
            ))
        });
        self.leaf(
            Leaf {
                path: p.to_path_buf(),
                join: name.clone(),
                name,
                content: Content::Disk(p.to_path_buf()),
                explicit,
                stamp,
            },
            0,
        );
    }

    /// A watch file (gzipped or not) whose stamp was imported before: counted, not read.
    fn known_unread(&mut self, l: &Leaf) -> bool {
        let path = Path::new(&l.name);
        let inner = match extension(path).as_str() {
            "gz" => path.file_stem().map(|s| s.to_string_lossy().into_owned()),
            _ => Some(l.name.clone()),
        };
        let known =
            inner.is_some_and(|n| Format::activity_by_name(&n).is_some()) && self.known_by_stamp(l);
        if known {
            self.tick(&l.path);
        }
        known
    }

    fn leaf(&mut self, l: Leaf, depth: usize) {
        if self.in_routes(&l.path) {
            self.tick(&l.path);
            let why = "a saved route (the export's routes/), not a recorded activity";
            return self.push(FileOutcome::skipped(l.path, None, why.into()));
        }
        if self.known_unread(&l) {
            return;
        }
        match extension(Path::new(&l.name)).as_str() {
            "zip" => self.zip(l, depth),
            "gz" => {
                self.tick(&l.path);
                match load(l.content).and_then(|b| archive::gunzip(&b)) {
                    Err(why) => self.failed(l.path, None, why),
                    Ok(bytes) => {
                        let name = l.name[..l.name.len() - 3].to_string();
                        let inner = Leaf {
                            name,
                            content: Content::Mem(bytes),
                            ..l
                        };
                        if extension(Path::new(&inner.name)) == "zip" {
                            self.zip(inner, depth);
                        } else {
                            self.readable(inner);
                        }
                    }
                }
            }
            _ => {
                self.tick(&l.path);
                self.readable(l);
            }
        }
    }

    /// A file that is not an archive.
    fn readable(&mut self, l: Leaf) {
        let big_xml = match &l.content {
            Content::Disk(p)
                if std::fs::metadata(p)
                    .is_ok_and(|m| m.len() >= STREAM_FROM_BYTES && m.len() <= MAX_FILE_BYTES) =>
            {
                sniff(p).filter(|f| matches!(f.reader(), Reader::Stream { .. }))
            }
            _ => None,
        };
        if let Some(format) = big_xml {
            return self.activity(l, format, None);
        }
        let (path, explicit) = (l.path.clone(), l.explicit);
        let bytes = match load(l.content) {
            Ok(b) => b,
            Err(why) => return self.failed(path, None, why),
        };
        let l = Leaf {
            content: Content::Mem(Vec::new()),
            ..l
        };
        let format = match detect(Path::new(&l.name), &bytes) {
            Ok(f) => f,
            Err(why) => return self.unreadable(path, explicit, &l.name, why.to_string()),
        };
        match format.reader() {
            Reader::Bytes(_) | Reader::Stream { .. } => self.activity(l, format, Some(bytes)),
            Reader::Index(parse) => match parse(&mut &bytes[..]) {
                Ok(list) => self.strava_rows(path, &list),
                Err(why) => self.failed(path, Some(format), why.to_string()),
            },
            Reader::Log(_) => self.lifts(path, &l.name, &bytes),
        }
    }

    fn unreadable(&mut self, path: PathBuf, explicit: bool, name: &str, why: String) {
        let ext = extension(Path::new(name));
        match ext.as_str() {
            _ if explicit => self.failed(path, None, why),
            "csv" => self.push(FileOutcome::skipped(path, None, why)),
            "json" | "xml" => self.sum.count_unread(unread_kind(&ext)),
            _ => self.failed(path, None, why),
        }
    }
}

/// The bytes of a file (refused unread over [`MAX_FILE_BYTES`]).
fn load(c: Content) -> Result<Vec<u8>, String> {
    match c {
        Content::Mem(b) => Ok(b),
        Content::Disk(p) => super::read_capped(&p),
    }
}

/// The format of a file on disk from its first 4 KiB.
fn sniff(p: &Path) -> Option<Format> {
    let mut head = Vec::with_capacity(4096);
    std::fs::File::open(p)
        .ok()?
        .take(4096)
        .read_to_end(&mut head)
        .ok()?;
    detect(p, &head).ok()
}
