//! The one SQLite file: open, migrate, insert, query by window, settings.
//!
//! STUB: signatures agreed; the store/parse helper implements the bodies.

use crate::domain::{Catalog, Exercise, History, Report, Session, Settings};
use crate::error::Result;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// What an import of many sessions did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportCounts {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// Which sessions a listing shows.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// `Some("run")`, `Some("strength")`, or a run kind key (`"easy"`); `None` for all.
    pub kind: Option<String>,
}

/// The database.
pub struct Store {
    conn: rusqlite::Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// `legday.sqlite3` in the platform data directory.
    pub fn default_path() -> Result<PathBuf> {
        todo!()
    }

    /// Opens (creating with mode 0600 when missing) and migrates, backing up an existing file
    /// first. Refuses a file from a newer legday or one that is not SQLite, leaving it untouched.
    pub fn open(path: &Path) -> Result<Store> {
        let _ = path;
        todo!()
    }

    /// A fresh in-memory database (tests).
    pub fn open_in_memory() -> Result<Store> {
        todo!()
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The settings, defaults for those never set.
    pub fn settings(&self) -> Result<Settings> {
        let _ = &self.conn;
        todo!()
    }

    /// Sets one setting by key (`level`, `body_kg`, `units`, `week_start`, `run_set_au`,
    /// `rpe.<kind>`, `rpe.strength`, `bands.big.maintain`...), validating the value; cached loads
    /// are recomputed in the same transaction. Returns the new settings.
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<Settings> {
        let _ = (key, value);
        todo!()
    }

    /// Every setting as `(key, value)` in display order.
    pub fn setting_pairs(&self) -> Result<Vec<(String, String)>> {
        todo!()
    }

    /// The shipped catalog plus user exercises and mappings.
    pub fn catalog(&self) -> Result<Catalog> {
        todo!()
    }

    pub fn add_exercise(&mut self, e: &Exercise) -> Result<()> {
        let _ = e;
        todo!()
    }

    /// Records that a foreign exercise name means a catalog exercise.
    pub fn add_mapping(&mut self, from: &str, to: &str) -> Result<()> {
        let _ = (from, to);
        todo!()
    }

    /// Inserts a session (one transaction) and returns it with its id.
    pub fn insert(&mut self, s: &Session) -> Result<Session> {
        let _ = s;
        todo!()
    }

    /// Inserts or updates many sessions in one transaction, deduplicating on `source_key`
    /// (and on `uuid`): an identical session is unchanged, a changed one updated in place.
    pub fn import(&mut self, sessions: &[Session]) -> Result<ImportCounts> {
        let _ = sessions;
        todo!()
    }

    /// Replaces a stored session (same id and uuid).
    pub fn update(&mut self, s: &Session) -> Result<()> {
        let _ = s;
        todo!()
    }

    /// Deletes a session, returning it (for undo).
    pub fn delete(&mut self, id: i64) -> Result<Session> {
        let _ = id;
        todo!()
    }

    /// Puts a deleted session back with its id and uuid (undo).
    pub fn restore(&mut self, s: &Session) -> Result<()> {
        let _ = s;
        todo!()
    }

    pub fn get(&self, id: i64) -> Result<Option<Session>> {
        let _ = id;
        todo!()
    }

    /// Sessions dated in `[from, to]`, ascending by date, time, id.
    pub fn sessions_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Session>> {
        let _ = (from, to);
        todo!()
    }

    /// Sessions matching a filter, newest first.
    pub fn list(&self, filter: &Filter) -> Result<Vec<Session>> {
        let _ = filter;
        todo!()
    }

    /// What `Report::build` needs at `day`: the fortnight's sessions and the daily series.
    pub fn history(&self, day: NaiveDate) -> Result<History> {
        let _ = day;
        todo!()
    }

    /// `Report::build` on this database's data at `day`.
    pub fn report(&self, day: NaiveDate) -> Result<Report> {
        let _ = day;
        todo!()
    }

    /// Changes when another connection commits (`PRAGMA data_version`).
    pub fn data_version(&self) -> Result<i64> {
        todo!()
    }

    /// Number of sessions stored.
    pub fn count(&self) -> Result<i64> {
        todo!()
    }
}
