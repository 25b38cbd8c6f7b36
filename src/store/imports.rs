//! What import needs from the store besides plain sessions: one activity, one session (a run
//! that starts within 2 minutes of a stored run and is within 3% of its distance is the same
//! run: the stored one is completed, never duplicated); a content hash per imported file, so an
//! unchanged file is recognised without being parsed; and batches of files, each file in a
//! savepoint of its own.

use super::rows::{query_sessions, session_query, write_session};
use super::{ImportCounts, Store, read_settings};
use crate::domain::Session;
use crate::domain::same_activity::{SAME_DISTANCE, merge, same_activity};
use crate::error::{Error, Result};
use chrono::Days;
use rusqlite::{OptionalExtension, params};

/// What importing one file did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileCounts {
    pub counts: ImportCounts,
    /// Sessions that were the same activity as a stored session from another source.
    pub merged: usize,
}

/// How an imported file is remembered: its content hash, its stamp (a cheaper identity checked
/// first: path, size and modification time), and why nothing came of it, when nothing did.
#[derive(Debug, Clone, Copy, Default)]
pub struct FileMark<'a> {
    pub hash: Option<&'a str>,
    pub stamp: Option<&'a str>,
    pub note: Option<&'a str>,
}

/// A file imported before, by content hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownFile {
    /// Its sessions, all still stored.
    pub sessions: usize,
    /// Why nothing was imported from it, when nothing was.
    pub note: Option<String>,
}

impl Store {
    /// Opens a batch: the files imported until [`Store::commit_batch`] each get a savepoint
    /// (a failed file rolls back alone) and are committed together.
    pub fn begin_batch(&mut self) -> Result<()> {
        self.refuse_if_damaged("importing")?;
        if self.conn.is_autocommit() {
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
        }
        Ok(())
    }

    /// Commits an open batch (nothing when none is open). When the commit fails, the batch
    /// is rolled back whole: none of its files were stored.
    pub fn commit_batch(&mut self) -> Result<()> {
        if !self.conn.is_autocommit()
            && let Err(e) = super::write::mark_commit(&self.conn)
                .and_then(|()| self.conn.execute_batch("COMMIT"))
        {
            if !self.conn.is_autocommit() {
                // Rolling back a transaction whose commit failed: its own error adds nothing.
                let _ = self.conn.execute_batch("ROLLBACK");
            }
            return Err(Error::Sql {
                context: "committing an import".into(),
                source: e,
            });
        }
        Ok(())
    }

    /// The file with this content hash, when it was imported before and every session it gave
    /// is still stored.
    pub fn known_file(&self, hash: &str) -> Result<Option<KnownFile>> {
        self.known_by(
            "SELECT sessions, note FROM imported_files WHERE hash = ?1",
            hash,
        )
    }

    /// [`Store::known_file`] by stamp.
    pub fn known_stamp(&self, stamp: &str) -> Result<Option<KnownFile>> {
        self.known_by(
            "SELECT sessions, note FROM imported_files WHERE stamp = ?1",
            stamp,
        )
    }

    /// Remembers a new stamp for a known content hash (the same file, moved or touched).
    pub fn set_stamp(&mut self, hash: &str, stamp: &str) -> Result<()> {
        let tx = self.write_tx()?;
        tx.prepare_cached("UPDATE imported_files SET stamp = ?2 WHERE hash = ?1")?
            .execute([hash, stamp])?;
        tx.commit()?;
        Ok(())
    }

    fn known_by(&self, sql: &str, key: &str) -> Result<Option<KnownFile>> {
        let row: Option<(String, Option<String>)> = self
            .conn
            .prepare_cached(sql)?
            .query_row([key], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((uuids, note)) = row else {
            return Ok(None);
        };
        let (want, have): (i64, i64) = self
            .conn
            .prepare_cached(
                "SELECT json_array_length(?1), \
                 (SELECT COUNT(*) FROM sessions WHERE uuid IN (SELECT value FROM json_each(?1)))",
            )?
            .query_row([&uuids], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok((want == have).then_some(KnownFile {
            sessions: have as usize,
            note,
        }))
    }

    /// Imports one file's sessions in one transaction (a savepoint inside a batch): each is
    /// matched by `source_key`, then `uuid`, then (runs) as the same activity as a stored run;
    /// a match is updated in place, anything else inserted. With a hash, the file is
    /// remembered with its sessions ([`FileMark`]).
    pub fn import_file(&mut self, mark: FileMark<'_>, sessions: &[Session]) -> Result<FileCounts> {
        let tx = self.write_tx()?;
        let settings = read_settings(&tx)?;
        let mut out = FileCounts::default();
        let mut uuids = Vec::with_capacity(sessions.len());
        let mut ids = Vec::with_capacity(sessions.len());
        let mut retimed = Vec::new();
        for s in sessions {
            let mut s = s.clone();
            let mut old = None;
            if let Some(k) = &s.source_key {
                old = query_sessions(&tx, session_query!("source_key = ?1", "id"), [k])?.pop();
            }
            if old.is_none() && !s.uuid.is_empty() {
                old = query_sessions(&tx, session_query!("uuid = ?1", "id"), [&s.uuid])?.pop();
            }
            if old.is_none()
                && let Some(run) = s.run()
            {
                let (lo, hi) = (s.date - Days::new(1), s.date + Days::new(1));
                let (dlo, dhi) = (
                    run.distance_m * (1.0 - SAME_DISTANCE),
                    run.distance_m / (1.0 - SAME_DISTANCE),
                );
                old = query_sessions(
                    &tx,
                    session_query!(
                        "type = 'run' AND date BETWEEN ?1 AND ?2 AND distance_m BETWEEN ?3 AND ?4",
                        "id"
                    ),
                    params![lo.to_string(), hi.to_string(), dlo, dhi],
                )?
                .into_iter()
                .find(|o| same_activity(o, &s));
                if let Some(o) = &old {
                    out.merged += 1;
                    s = merge(o, &s);
                }
            }
            match old {
                Some(mut old) => {
                    if s.run().is_some_and(|r| r.track.is_some()) {
                        super::rows::load_tracks(&tx, std::slice::from_mut(&mut old))?;
                    }
                    s.id = old.id;
                    s.uuid.clone_from(&old.uuid);
                    // the file it first came from stays (the same file met under another name
                    // is unchanged)
                    if old.source_file.is_some() {
                        s.source_file.clone_from(&old.source_file);
                    }
                    if let (Some(o), Some(n)) = (old.run(), s.run())
                        && o.elapsed_s.is_none()
                        && n.elapsed_s.is_some()
                        && (o.duration_s - n.duration_s).abs() >= 0.5
                    {
                        retimed.push((old.id, o.duration_s));
                    }
                    if s == old {
                        out.counts.unchanged += 1;
                    } else {
                        write_session(&tx, &s, &settings, true)?;
                        out.counts.updated += 1;
                    }
                }
                None => {
                    s.id = 0;
                    if s.uuid.is_empty() {
                        s.uuid = uuid::Uuid::new_v4().to_string();
                    }
                    s.id = write_session(&tx, &s, &settings, false)?;
                    out.counts.added += 1;
                }
            }
            ids.push(s.id);
            uuids.push(s.uuid);
        }
        if let Some(h) = mark.hash {
            let json = serde_json::to_string(&uuids).unwrap_or_else(|_| "[]".into());
            tx.prepare_cached(
                "INSERT INTO imported_files (hash, stamp, sessions, note) VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT(hash) DO UPDATE SET stamp = excluded.stamp, \
                 sessions = excluded.sessions, note = excluded.note",
            )?
            .execute(params![h, mark.stamp, json, mark.note])?;
        }
        super::derived::follow_observed_max(&tx, &settings)?;
        tx.commit()?;
        self.imported.extend(ids);
        self.retimed.extend(retimed);
        Ok(out)
    }
}
