//! The one SQLite file: open, migrate, insert, query by window, settings.

pub(crate) mod atomic;
pub mod catalog;
pub mod check;
mod coach;
mod derived;
mod draft;
pub mod faults;
mod first_start;
pub mod imports;
mod open;
pub mod progress;
pub mod races;
mod records;
pub mod rows;
pub mod schema;
mod setting_keys;
mod sidecar;
mod summary;
pub mod templates;
mod wal;
mod write;

use crate::domain::{DaySummary, History, Report, Session, Settings};
use crate::error::{Error, Result, SqlContext};
use chrono::NaiveDate;
pub(crate) use derived::recompute_derived;
use derived::{follow_observed_max, read_settings};
use rows::{date_text, query_sessions, session_query, write_session};
use rusqlite::{OptionalExtension, TransactionBehavior, params};
use std::path::{Path, PathBuf};
use write::WriteTx;

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
    /// At most this many sessions, the newest (`None` for all).
    pub limit: Option<usize>,
}

/// The database.
pub struct Store {
    conn: rusqlite::Connection,
    path: Option<PathBuf>,
    /// What SQLite found when it reported the file damaged (`legday.sqlite3.damaged`): no
    /// write is accepted until `legday check` finds it whole.
    damaged: Option<String>,
    /// The ids of the sessions `import_file` wrote or found unchanged since the last
    /// [`Store::take_imported`] (the CLI shows the summary of an import of one run).
    imported: Vec<i64>,
    /// Of those, the runs stored before moving time was kept whose duration the import
    /// changed (elapsed time before, moving time now), with the duration they had.
    retimed: Vec<(i64, f64)>,
}

impl Store {
    /// The ids of the sessions imported since the last call, oldest first.
    pub fn take_imported(&mut self) -> Vec<i64> {
        std::mem::take(&mut self.imported)
    }

    /// The runs whose duration an import since the last call changed from the elapsed time
    /// stored before to the moving time (id, the duration they had), oldest first.
    pub fn take_retimed(&mut self) -> Vec<(i64, f64)> {
        std::mem::take(&mut self.retimed)
    }

    /// Every write goes through here: an immediate transaction of its own, or a savepoint when
    /// [`Store::all_or_nothing`] already holds one.
    fn write_tx(&mut self) -> Result<WriteTx<'_>> {
        self.refuse_if_damaged("writing")?;
        if self.conn.is_autocommit() {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .context("starting a write")?;
            Ok(WriteTx::Top(tx))
        } else {
            Ok(WriteTx::Nested(
                self.conn.savepoint().context("starting a write")?,
            ))
        }
    }

    /// Runs several writes as one transaction: all of them land, or none (a legday export's
    /// settings, exercises, mappings and sessions import together).
    pub fn all_or_nothing<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.refuse_if_damaged("writing")?;
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .context("starting a write")?;
        let out = f(self).and_then(|v| {
            write::mark_commit(&self.conn).context("committing")?;
            self.conn.execute_batch("COMMIT").context("committing")?;
            Ok(v)
        });
        if out.is_err() && !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
        out
    }
    /// `legday.sqlite3` in the platform data directory.
    pub fn default_path() -> Result<PathBuf> {
        let dirs = directories::ProjectDirs::from("", "", "legday").ok_or(Error::NoHome)?;
        Ok(dirs.data_dir().join("legday.sqlite3"))
    }

    /// Opens (creating with mode 0600 when missing) and migrates, backing up an existing file
    /// first. Refuses a file from a newer legday or one that is not SQLite, leaving it untouched.
    pub fn open(path: &Path) -> Result<Store> {
        let (conn, damaged) = open::open_file(path).map_err(|e| faults::explain(e, path))?;
        Ok(Store {
            conn,
            path: Some(path.to_path_buf()),
            damaged,
            imported: Vec::new(),
            retimed: Vec::new(),
        })
    }

    /// No write into a file SQLite reported damaged.
    fn refuse_if_damaged(&self, what: &str) -> Result<()> {
        match (&self.damaged, &self.path) {
            (Some(found), Some(p)) => Err(faults::damaged(p, what, found)),
            _ => Ok(()),
        }
    }

    /// `e` in the words of the fault behind it (disk full, locked, damaged), naming this
    /// database; a damaged file is marked so that no write is accepted into it any more.
    pub fn explain_fault(&mut self, e: Error) -> Error {
        match &self.path {
            Some(p) => {
                let e = faults::explain(e, p);
                if let Error::Corrupt { detail, .. } = &e
                    && self.damaged.is_none()
                {
                    self.damaged = Some(detail.clone());
                }
                e
            }
            None => e,
        }
    }

    /// Whether a write transaction is open (a batch of [`Store::begin_batch`]): SQLite rolls a
    /// transaction back by itself on some errors (a full disk), which the caller must know.
    pub fn in_transaction(&self) -> bool {
        !self.conn.is_autocommit()
    }

    /// A fresh in-memory database (tests).
    pub fn open_in_memory() -> Result<Store> {
        let mut conn =
            rusqlite::Connection::open_in_memory().context("opening an in-memory database")?;
        open::configure(&conn).context("configuring the database")?;
        schema::migrate_to(&mut conn, schema::SUPPORTED).context("creating the tables")?;
        Ok(Store {
            conn,
            path: None,
            damaged: None,
            imported: Vec::new(),
            retimed: Vec::new(),
        })
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The settings, defaults for those never set (a stored value that no longer validates
    /// falls back to its default).
    pub fn settings(&self) -> Result<Settings> {
        read_settings(&self.conn)
    }

    /// Sets one setting by key (`level`, `body_kg`, `units`, `week_start`, `run_set_au`,
    /// `rpe.<kind>`, `rpe.strength`, `bands.big.maintain`...), validating the value; cached loads
    /// are recomputed in the same transaction. Returns the new settings.
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<Settings> {
        let tx = self.write_tx()?;
        let old = read_settings(&tx)?;
        let mut new = old.clone();
        setting_keys::apply(&mut new, key, value, true)?;
        let text = setting_keys::get(&new, key).unwrap_or_else(|| value.trim().to_string());
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) \
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, text],
        )
        .context("writing a setting")?;
        if key == "units" {
            // `units` sets both; the two rows must not override it when read back.
            for k in ["distance_unit", "weight_unit"] {
                let v = setting_keys::get(&new, k).unwrap_or_default();
                tx.execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2) \
                     ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    params![k, v],
                )
                .context("writing a setting")?;
            }
        }
        if setting_keys::changes_loads(key) && new != old {
            recompute_derived(&tx)?;
        }
        tx.commit().context("committing a setting")?;
        Ok(new)
    }

    /// Every setting as `(key, value)` in display order.
    pub fn setting_pairs(&self) -> Result<Vec<(String, String)>> {
        let s = self.settings()?;
        Ok(setting_keys::all()
            .into_iter()
            .map(|k| {
                let v = setting_keys::get(&s, &k).unwrap_or_default();
                (k, v)
            })
            .collect())
    }

    /// The value of one setting as `legday settings KEY` shows it (`auto`, `2.5kg`...).
    pub fn setting_text(settings: &Settings, key: &str) -> Option<String> {
        setting_keys::get(settings, key)
    }

    /// A body weight as typed (a bare number in the weight unit `u`), in kg, or the refusal in
    /// `u`'s words: what `legday settings body_kg` and the settings form both read.
    pub fn body_weight(field: &str, value: &str, u: crate::domain::Units) -> Result<f64> {
        setting_keys::body_weight(field, value, u)
    }

    /// Validates `value` for `key` as [`Store::set_setting`] does, applying it to `settings`
    /// (forms check a value before saving it).
    pub fn check_setting(settings: &mut Settings, key: &str, value: &str) -> Result<()> {
        setting_keys::apply(settings, key, value, true)
    }

    /// The settings that differ from the defaults, as `(key, value)` text: what an export
    /// carries, so a database that never changed a setting keeps following its default (a
    /// later legday may change it, as model version 2 did with `run_set_au`) after a round trip.
    pub fn changed_setting_pairs(&self) -> Result<Vec<(String, String)>> {
        let defaults = Settings::default();
        Ok(self
            .setting_pairs()?
            .into_iter()
            .filter(|(k, v)| setting_keys::get(&defaults, k).as_deref() != Some(v.as_str()))
            .collect())
    }

    /// Inserts a session (one transaction) and returns it with its id.
    pub fn insert(&mut self, s: &Session) -> Result<Session> {
        let mut s = s.clone();
        s.id = 0;
        if s.uuid.is_empty() {
            s.uuid = uuid::Uuid::new_v4().to_string();
        }
        let tx = self.write_tx()?;
        let settings = read_settings(&tx)?;
        s.id = write_session(&tx, &s, &settings, false).context("writing a session")?;
        follow_observed_max(&tx, &settings)?;
        tx.commit().context("committing a session")?;
        Ok(s)
    }

    /// Inserts or updates many sessions in one transaction, deduplicating on `source_key`
    /// (and on `uuid`): an identical session is unchanged, a changed one updated in place.
    pub fn import(&mut self, sessions: &[Session]) -> Result<ImportCounts> {
        let tx = self.write_tx()?;
        let settings = read_settings(&tx)?;
        let mut counts = ImportCounts::default();
        for s in sessions {
            let mut existing = Vec::new();
            if let Some(k) = &s.source_key {
                existing = query_sessions(&tx, session_query!("source_key = ?1", "id"), [k])
                    .context("reading sessions")?;
            }
            if existing.is_empty() && !s.uuid.is_empty() {
                existing = query_sessions(&tx, session_query!("uuid = ?1", "id"), [&s.uuid])
                    .context("reading sessions")?;
            }
            let mut s = s.clone();
            match existing.pop() {
                Some(mut old) => {
                    if s.run().is_some_and(|r| r.track.is_some()) {
                        rows::load_tracks(&tx, std::slice::from_mut(&mut old))
                            .context("reading a run's splits")?;
                    }
                    s.id = old.id;
                    s.uuid = old.uuid.clone();
                    if s == old {
                        counts.unchanged += 1;
                    } else {
                        write_session(&tx, &s, &settings, true).context("updating a session")?;
                        counts.updated += 1;
                    }
                }
                None => {
                    s.id = 0;
                    if s.uuid.is_empty() {
                        s.uuid = uuid::Uuid::new_v4().to_string();
                    }
                    write_session(&tx, &s, &settings, false).context("writing a session")?;
                    counts.added += 1;
                }
            }
        }
        follow_observed_max(&tx, &settings)?;
        tx.commit().context("committing an import")?;
        Ok(counts)
    }

    /// Replaces a stored session (same id and uuid).
    pub fn update(&mut self, s: &Session) -> Result<()> {
        let tx = self.write_tx()?;
        let found: Option<String> = tx
            .query_row("SELECT uuid FROM sessions WHERE id = ?1", [s.id], |r| {
                r.get(0)
            })
            .optional()
            .context("reading a session")?;
        let mut s = s.clone();
        s.uuid = found.ok_or(Error::NotFound(s.id))?;
        let settings = read_settings(&tx)?;
        write_session(&tx, &s, &settings, true).context("updating a session")?;
        follow_observed_max(&tx, &settings)?;
        tx.commit().context("committing a session")?;
        Ok(())
    }

    /// Deletes a session, returning it (for undo).
    pub fn delete(&mut self, id: i64) -> Result<Session> {
        let tx = self.write_tx()?;
        let mut s = query_sessions(&tx, session_query!("id = ?1", "id"), [id])
            .context("reading a session")?;
        rows::load_tracks(&tx, &mut s).context("reading a run's splits")?;
        let s = s.pop().ok_or(Error::NotFound(id))?;
        let settings = read_settings(&tx)?;
        tx.execute("DELETE FROM sessions WHERE id = ?1", [id])
            .context("deleting a session")?;
        follow_observed_max(&tx, &settings)?;
        tx.commit().context("committing a delete")?;
        Ok(s)
    }

    /// Puts a deleted session back with its id and uuid (undo).
    pub fn restore(&mut self, s: &Session) -> Result<()> {
        if s.id <= 0 {
            return Err(Error::NeverStored);
        }
        let tx = self.write_tx()?;
        let settings = read_settings(&tx)?;
        write_session(&tx, s, &settings, false).context("restoring a session")?;
        follow_observed_max(&tx, &settings)?;
        tx.commit().context("committing a session")?;
        Ok(())
    }

    /// One session; a run with its best efforts, splits and heart-rate time (§9).
    pub fn get(&self, id: i64) -> Result<Option<Session>> {
        let mut s = query_sessions(&self.conn, session_query!("id = ?1", "id"), [id])
            .context("reading a session")?;
        self.load_tracks(&mut s)?;
        Ok(s.pop())
    }

    /// Fills in the stored best efforts, splits and heart-rate time of the runs among
    /// `sessions` (session queries leave them out: reports never read them).
    pub fn load_tracks(&self, sessions: &mut [Session]) -> Result<()> {
        rows::load_tracks(&self.conn, sessions).context("reading a run's splits")
    }

    /// Sessions dated in `[from, to]`, ascending by date, time, id.
    pub fn sessions_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Session>> {
        query_sessions(
            &self.conn,
            session_query!("date BETWEEN ?1 AND ?2", "date, time, id"),
            [date_text(from), date_text(to)],
        )
        .context("reading sessions")
    }

    /// Sessions matching a filter, newest first (date, time, id descending).
    pub fn list(&self, filter: &Filter) -> Result<Vec<Session>> {
        let kind = filter
            .kind
            .as_deref()
            .map(|k| crate::parse::session_kind("kind", k))
            .transpose()?;
        query_sessions(
            &self.conn,
            session_query!(
                "id IN (SELECT id FROM sessions WHERE (?1 IS NULL OR date >= ?1) \
                 AND (?2 IS NULL OR date <= ?2) AND (?3 IS NULL OR type = ?3 OR kind = ?3) \
                 ORDER BY date DESC, time DESC, id DESC LIMIT ?4)",
                "date DESC, time DESC, id DESC"
            ),
            params![
                filter.from.map(date_text),
                filter.to.map(date_text),
                kind,
                filter
                    .limit
                    .map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX))
            ],
        )
        .context("listing sessions")
    }

    /// What `Report::build` needs at `day`: the fortnight's sessions and the daily series.
    pub fn history(&self, day: NaiveDate) -> Result<History> {
        let first = day - chrono::Days::new(13);
        let sessions = self.sessions_between(first, day)?;
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT date, load, sessions, runs, hard, longest_run_m FROM daily \
             WHERE date <= ?1 ORDER BY date",
            )
            .context("reading the daily loads")?;
        let days = stmt
            .query_map([date_text(day)], |r| {
                let date: String = r.get(0)?;
                Ok((date, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
            })
            .context("reading the daily loads")?
            .map(|row| {
                let (date, load, sessions, runs, hard, longest): (
                    String,
                    f64,
                    u32,
                    u32,
                    bool,
                    f64,
                ) = row.context("reading the daily loads")?;
                let date = rows::stored_date(&date)?;
                Ok(DaySummary {
                    date,
                    load,
                    sessions,
                    runs,
                    hard_session: hard,
                    longest_run_m: longest,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(History { sessions, days })
    }

    /// `Report::build` on this database's data at `day`.
    pub fn report(&self, day: NaiveDate) -> Result<Report> {
        let history = self.history(day)?;
        Ok(Report::build(
            &history,
            &self.settings()?,
            &self.catalog()?,
            day,
        ))
    }

    /// Changes when another connection commits (`PRAGMA data_version`).
    pub fn data_version(&self) -> Result<i64> {
        self.conn
            .pragma_query_value(None, "data_version", |r| r.get(0))
            .context("checking for changes")
    }

    /// Number of sessions stored.
    pub fn count(&self) -> Result<i64> {
        self.conn
            .query_row("SELECT COUNT(*) FROM sessions", [], |r| r.get(0))
            .context("counting sessions")
    }
}
