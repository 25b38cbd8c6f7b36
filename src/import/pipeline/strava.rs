//! Strava's `activities.csv` as the index of the export around it: opened before the files,
//! joined to them by name, its unjoined rows written when the export is done, and its saved
//! routes skipped.

use super::Importer;
use crate::import::formats::detect;
use crate::import::importer::Reader;
use crate::import::strava::ActivityList;
use crate::import::summary::{FileOutcome, Outcome};
use crate::store::imports::FileMark;
use std::io::{BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

impl Importer<'_> {
    /// Reads an export's index (Strava's `activities.csv`, Runkeeper's `cardioActivities.csv`,
    /// Apple Health's `export.xml`), streamed, as the index of the files around it. `false`
    /// when it is not one (it is then read as any other file); a broken one is reported as
    /// failed.
    pub(super) fn open_strava(&mut self, path: &Path, mut input: impl Read) -> bool {
        let mut head = Vec::with_capacity(4096);
        if (&mut input).take(4096).read_to_end(&mut head).is_err() {
            return false;
        }
        let Ok(format) = detect(path, &head) else {
            return false;
        };
        let Reader::Index(parse) = format.reader() else {
            return false;
        };
        let root = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let mut reader = BufReader::with_capacity(1 << 16, Cursor::new(head).chain(input));
        match parse(&mut reader) {
            Ok(list) => self.strava.push((root, Some(list))),
            Err(why) => {
                self.strava.push((root, None));
                self.failed(path.to_path_buf(), Some(format), why.to_string());
            }
        }
        true
    }

    /// The rows of the innermost `activities.csv` no file was joined to become sessions.
    pub(super) fn close_strava(&mut self, path: PathBuf) {
        if let Some((_, Some(list))) = self.strava.pop() {
            self.strava_rows(path, &list);
        }
    }

    /// Whether a file sits in the `routes` folder of the Strava export being read (the routes
    /// its athlete saved: plans, not recordings).
    pub(super) fn in_routes(&self, p: &Path) -> bool {
        self.strava.last().is_some_and(|(root, _)| {
            p.strip_prefix(root)
                .ok()
                .and_then(|rel| rel.components().next())
                .is_some_and(|c| c.as_os_str() == "routes")
        })
    }

    pub(super) fn strava_rows(&mut self, path: PathBuf, list: &ActivityList) {
        // the rows are screened for walks and short activities as they are read, with their ids
        let (mut sessions, skipped) = list.unjoined(&self.context(None));
        self.mark_source(&path, &mut sessions);
        let format = list.format;
        match self.store.import_file(FileMark::default(), &sessions) {
            Ok(fc) => self.push(FileOutcome {
                path,
                format,
                outcome: Outcome::Imported {
                    counts: fc.counts,
                    skipped,
                    merged: fc.merged,
                },
                unmatched: Vec::new(),
            }),
            Err(e) => {
                let why = self.store_error(e);
                self.failed(path, format, why)
            }
        }
    }
}
