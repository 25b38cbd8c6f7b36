//! The files themselves: a watch file recognised by its stamp or content hash before it is
//! parsed, joined to its Strava row, written with what identifies it; lift logs and legday
//! exports read against the catalog.

use super::{Content, Importer, Leaf, READERS_VERSION};
use crate::import::activity::screen;
use crate::import::importer::{Context, Format, Reader};
use crate::import::strava::{self, Joined, Row};
use crate::import::summary::{FileOutcome, Outcome};
use crate::import::{Found, apply_extras, read_file_in};
use crate::store::imports::{FileMark, KnownFile};
use sha2::{Digest, Sha256};
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

impl Importer<'_> {
    /// The Strava row of a file (by its name in the export), marked as joined.
    pub(super) fn row_for(&mut self, join: &str) -> Option<Row> {
        self.strava
            .last_mut()
            .and_then(|(_, s)| s.as_mut())
            .and_then(|s| s.join(join))
            .cloned()
    }

    /// What a session read from the file shown as `path` says it came from: the path from the
    /// folder of what was imported, as [`crate::import::summary`] prints names (no control
    /// characters).
    pub(super) fn source_file(&self, path: &Path) -> String {
        let rel = path.strip_prefix(&self.base).unwrap_or(path);
        rel.to_string_lossy()
            .chars()
            .map(|c| if c.is_control() { '?' } else { c })
            .collect()
    }

    /// Marks `sessions` as read from the file shown as `path`.
    pub(super) fn mark_source(&self, path: &Path, sessions: &mut [crate::domain::Session]) {
        let from = self.source_file(path);
        for s in sessions {
            s.source_file = Some(from.clone());
        }
    }

    /// What activity readers are told: the zone, walks as runs or not, and the sport of the
    /// file's Strava row.
    pub(super) fn context(&self, sport: Option<String>) -> Context {
        Context {
            zone: self.zone,
            sport: sport.filter(|k| !k.is_empty()),
            as_run: self.as_run,
        }
    }

    /// What a file's identity is mixed with: the readers' version, the time zone and its
    /// Strava row (a changed row reads the same file differently).
    fn salt(&self, row: &Option<Row>) -> String {
        format!("{READERS_VERSION}|{:?}|{}|{row:?}", self.zone, self.as_run)
    }

    /// A watch file recognised by its stamp (path, size, modification time), unread.
    pub(super) fn known_by_stamp(&mut self, l: &Leaf) -> bool {
        let Some(base) = &l.stamp else {
            return false;
        };
        let row = self.row_for(&l.join);
        let stamp = digest(&[self.salt(&row).as_bytes(), base.as_bytes()]);
        match self.store.known_stamp(&stamp) {
            Ok(Some(known)) => {
                let name = l.name.trim_end_matches(".gz").trim_end_matches(".GZ");
                let format = Format::activity_by_name(name);
                self.push(FileOutcome::with(l.path.clone(), format, unchanged(known)));
                true
            }
            Ok(None) => false,
            Err(e) => {
                // read normally: a store that cannot answer fails the file when it is written
                self.store_error(e);
                false
            }
        }
    }

    /// A GPX, TCX or FIT file: recognised by its content hash when imported before, else read
    /// (streamed from disk when `bytes` is `None`) and joined to its Strava row.
    pub(super) fn activity(&mut self, l: Leaf, format: Format, bytes: Option<Vec<u8>>) {
        let row = self.row_for(&l.join);
        let salt = self.salt(&row);
        let stamp = l
            .stamp
            .as_ref()
            .map(|b| digest(&[salt.as_bytes(), b.as_bytes()]));
        let hash = match (&bytes, &l.content) {
            (Some(b), _) | (None, Content::Mem(b)) => Ok(digest(&[salt.as_bytes(), b])),
            (None, Content::Disk(p)) => hash_file(p, &salt),
        };
        let hash = match hash {
            Ok(h) => h,
            Err(why) => return self.failed(l.path, Some(format), why),
        };
        let known = match self.store.known_file(&hash) {
            Ok(k) => k,
            Err(e) => {
                let why = self.store_error(e);
                return self.failed(l.path, Some(format), why);
            }
        };
        if let Some(known) = known {
            if let Some(st) = &stamp
                && let Err(e) = self.store.set_stamp(&hash, st)
            {
                // Only a faster recognition is lost, unless the batch went with it (`push`).
                self.store_error(e);
            }
            return self.push(FileOutcome::with(l.path, Some(format), unchanged(known)));
        }
        let mut cx = self.context(row.as_ref().map(|r| r.kind.clone()));
        // a file of UTC times is dated where its row says the activity was (Apple Health)
        cx.zone = cx.zone.or_file(row.as_ref().and_then(|r| r.offset));
        let by_row = match row.as_ref().map(|r| strava::joined(r, &cx)) {
            Some(Joined::Skip(why)) => Some(Found {
                skipped: vec![why.to_string()],
                ..Found::default()
            }),
            // a strength row with a watch file that holds the sets (a Garmin strength FIT):
            // the file's session, its sets; else the row's minutes
            Some(Joined::Strength(s)) => {
                let plain = Context {
                    sport: None,
                    ..cx.clone()
                };
                let lifted = match (&bytes, &l.content) {
                    (Some(b), _) | (None, Content::Mem(b)) if format == Format::Fit => {
                        crate::import::read_activities(format, b, &plain)
                            .ok()
                            .filter(|f| f.sessions.iter().any(has_sets))
                    }
                    _ => None,
                };
                Some(lifted.unwrap_or_else(|| Found {
                    sessions: vec![*s],
                    ..Found::default()
                }))
            }
            Some(Joined::Run) | None => None,
        };
        let read = match (by_row, bytes, &l.content, format.reader()) {
            (Some(found), ..) => Ok(found),
            (None, Some(b), ..) => crate::import::read_activities(format, &b[..], &cx),
            (None, None, Content::Mem(b), _) => crate::import::read_activities(format, &b[..], &cx),
            (None, None, Content::Disk(p), Reader::Stream { file: read, .. }) => {
                match std::fs::File::open(p) {
                    Ok(f) => read(BufReader::with_capacity(1 << 16, f), &cx),
                    Err(e) => {
                        return self.failed(
                            l.path,
                            Some(format),
                            format!("cannot open: {}", e.kind()),
                        );
                    }
                }
            }
            (None, None, Content::Disk(p), _) => match crate::import::read_capped(p) {
                Ok(b) => crate::import::read_activities(format, &b, &cx),
                Err(why) => return self.failed(l.path, Some(format), why),
            },
        };
        let Found {
            mut sessions,
            mut skipped,
            mut unmatched,
            ..
        } = match read {
            Ok(x) => x,
            Err(why) => {
                return self.failed(l.path, Some(format), format!("{}: {why}", format.label()));
            }
        };
        if !unmatched.is_empty() {
            match self.store.catalog() {
                Ok(c) => unmatched = resolve(&c, &mut sessions, unmatched),
                Err(e) => {
                    let why = self.store_error(e);
                    return self.failed(l.path, Some(format), why);
                }
            }
        }
        if let Some(row) = &row
            && let Err(why) = strava::apply(row, &mut sessions)
        {
            sessions.clear();
            skipped = vec![why.to_string()];
        }
        screen(&mut sessions, &mut skipped, self.as_run);
        let note = sessions.is_empty().then(|| {
            if skipped.is_empty() {
                "no sessions in this file".to_string()
            } else {
                skipped.join("; ")
            }
        });
        self.mark_source(&l.path, &mut sessions);
        let mark = FileMark {
            hash: Some(&hash),
            stamp: stamp.as_deref(),
            note: note.as_deref(),
        };
        let outcome = match self.store.import_file(mark, &sessions) {
            Err(e) => Outcome::Failed(self.store_error(e)),
            Ok(_) if note.is_some() => Outcome::Skipped(note.unwrap_or_default()),
            Ok(fc) => Outcome::Imported {
                counts: fc.counts,
                skipped,
                merged: fc.merged,
            },
        };
        let mut out = FileOutcome::with(l.path, Some(format), outcome);
        if !sessions.is_empty() {
            out.unmatched = unmatched;
        }
        self.push(out);
    }

    /// Strong or Hevy CSV, or a legday export: read against the catalog and settings as they
    /// are now (an export earlier in the run may have changed them).
    pub(super) fn lifts(&mut self, path: PathBuf, name: &str, bytes: &[u8]) {
        let (catalog, settings) = match (self.store.catalog(), self.store.settings()) {
            (Ok(c), Ok(s)) => (c, s),
            (Err(e), _) | (_, Err(e)) => {
                let why = self.store_error(e);
                return self.failed(path, None, why);
            }
        };
        let mut result = match read_file_in(Path::new(name), bytes, &catalog, &settings, self.zone)
        {
            Ok(r) => r,
            Err(crate::error::Error::Import { reason, .. }) => {
                return self.failed(path, None, reason);
            }
            Err(e) => return self.failed(path, None, e.to_string()),
        };
        let format = Some(result.format);
        if result.extras.is_none() {
            // a legday export's sessions keep the files they came from
            self.mark_source(&path, &mut result.sessions);
        }
        let written = match &result.extras {
            Some(extras) => {
                // A legday export lands whole or not at all, in a transaction of its own.
                self.commit();
                let r = self.store.all_or_nothing(|s| {
                    apply_extras(s, extras)?;
                    s.import_file(FileMark::default(), &result.sessions)
                });
                self.begin();
                r
            }
            None if result.sessions.is_empty() => {
                let why = if result.skipped.is_empty() {
                    "no sessions in this file".to_string()
                } else {
                    result.skipped.join("; ")
                };
                return self.push(FileOutcome::skipped(path, format, why));
            }
            None => self
                .store
                .import_file(FileMark::default(), &result.sessions),
        };
        match written {
            Ok(fc) => self.push(FileOutcome::imported(path, result, fc.counts, fc.merged)),
            Err(e) => {
                let why = self.store_error(e);
                self.failed(path, format, why)
            }
        }
    }
}

/// A strength session with sets.
fn has_sets(s: &crate::domain::Session) -> bool {
    s.strength().is_some_and(|st| !st.sets.is_empty())
}

/// A watch file's exercise names the reader did not know, against the user's catalog: a name
/// the user mapped or added is resolved in the sets; the rest stay unmatched, with the closest
/// catalog names.
fn resolve(
    catalog: &crate::domain::Catalog,
    sessions: &mut [crate::domain::Session],
    unmatched: Vec<crate::import::Unmatched>,
) -> Vec<crate::import::Unmatched> {
    for st in sessions.iter_mut().filter_map(|s| match &mut s.activity {
        crate::domain::Activity::Strength(st) => Some(st),
        crate::domain::Activity::Run(_) => None,
    }) {
        for set in &mut st.sets {
            if let Some(e) = catalog.resolve(&set.exercise) {
                set.exercise.clone_from(&e.name);
            }
        }
    }
    unmatched
        .into_iter()
        .filter(|u| catalog.resolve(&u.name).is_none())
        .map(|u| crate::import::Unmatched {
            suggestions: catalog
                .suggest(&u.name, 3)
                .into_iter()
                .map(String::from)
                .collect(),
            ..u
        })
        .collect()
}

/// What a stored file counts as when it is met again unchanged.
fn unchanged(known: KnownFile) -> Outcome {
    match known.note {
        Some(why) if known.sessions == 0 => Outcome::Skipped(why),
        _ => Outcome::Imported {
            counts: crate::store::ImportCounts {
                unchanged: known.sessions,
                ..Default::default()
            },
            skipped: Vec::new(),
            merged: 0,
        },
    }
}

/// SHA-256 of the parts, in hex.
fn digest(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    parts.iter().for_each(|p| h.update(p));
    hex(&h.finalize())
}

fn hash_file(p: &Path, salt: &str) -> Result<String, String> {
    let mut f = std::fs::File::open(p).map_err(|e| format!("cannot open: {}", e.kind()))?;
    let mut h = Sha256::new();
    h.update(salt.as_bytes());
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = f
            .read(&mut buf)
            .map_err(|e| format!("cannot read: {}", e.kind()))?;
        if n == 0 {
            return Ok(hex(&h.finalize()));
        }
        h.update(&buf[..n]);
    }
}

fn hex(b: &[u8]) -> String {
    use std::fmt::Write;
    b.iter().fold(String::with_capacity(64), |mut s, x| {
        let _ = write!(s, "{x:02x}");
        s
    })
}
