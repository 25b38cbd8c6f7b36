//! What import needs from the store besides plain sessions: one activity, one session (a run
//! that starts within 2 minutes of a stored run and is within 3% of its distance is the same
//! run: the stored one is completed, never duplicated); a content hash per imported file, so an
//! unchanged file is recognised without being parsed; and batches of files, each file in a
//! savepoint of its own.

use super::rows::{query_sessions, session_query, write_session};
use super::{ImportCounts, Store, read_settings};
use crate::domain::{Activity, RunKind, Session};
use crate::error::{Error, Result};
use chrono::{Days, NaiveDateTime};
use rusqlite::{OptionalExtension, params};

/// Two starts at most this far apart may be the same activity.
pub const SAME_START_S: i64 = 120;
/// Two distances at most this far apart (relative to the longer) may be the same activity.
pub const SAME_DISTANCE: f64 = 0.03;

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

fn start(s: &Session) -> Option<NaiveDateTime> {
    s.time.map(|t| s.date.and_time(t))
}

/// The UTC instant an imported session's key names (`fit:2024-03-28T00:39:00Z`).
fn instant(s: &Session) -> Option<NaiveDateTime> {
    let key = s.source_key.as_deref()?;
    let (_, t) = key.split_once(':')?;
    chrono::DateTime::parse_from_rfc3339(t)
        .ok()
        .map(|t| t.naive_utc())
}

/// Whether two runs are one activity (§ "one activity, one session").
pub fn same_activity(a: &Session, b: &Session) -> bool {
    let (Some(ra), Some(rb)) = (a.run(), b.run()) else {
        return false;
    };
    // the instants when both files gave one: two files of one run may be dated in different
    // zones (one with the place's offset, one in the zone of the import)
    let starts = match (instant(a), instant(b)) {
        (Some(x), Some(y)) => (Some(x), Some(y)),
        _ => (start(a), start(b)),
    };
    let (Some(sa), Some(sb)) = starts else {
        return false;
    };
    let longer = ra.distance_m.max(rb.distance_m);
    (sa - sb).num_seconds().abs() <= SAME_START_S
        && (ra.distance_m - rb.distance_m).abs() <= SAME_DISTANCE * longer
}

/// `old` completed with what `new` knows and `old` does not; what `old` has is kept. A kind the
/// file names (trail, treadmill...) replaces one that was only inferred (easy, long).
pub fn merge(old: &Session, new: &Session) -> Session {
    let mut m = old.clone();
    m.time = m.time.or(new.time);
    if m.source_file.is_none() {
        m.source_file.clone_from(&new.source_file);
    }
    m.rpe = m.rpe.or(new.rpe);
    if m.note.is_none() {
        m.note.clone_from(&new.note);
    }
    if let (Activity::Run(r), Activity::Run(n)) = (&mut m.activity, &new.activity) {
        if matches!(r.kind, RunKind::Easy | RunKind::Long)
            && !matches!(n.kind, RunKind::Easy | RunKind::Long)
        {
            r.kind = n.kind;
        }
        r.elevation_m = r.elevation_m.or(n.elevation_m);
        r.vest_kg = r.vest_kg.or(n.vest_kg);
        r.avg_hr = r.avg_hr.or(n.avg_hr);
        r.max_hr = r.max_hr.or(n.max_hr);
        r.gap_s_per_km = r.gap_s_per_km.or(n.gap_s_per_km);
        r.elapsed_s = r.elapsed_s.or(n.elapsed_s);
        if r.track.is_none() {
            r.track.clone_from(&n.track);
        }
        if r.shoes.is_none() {
            r.shoes.clone_from(&n.shoes);
        }
    }
    m
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Run;
    use chrono::{NaiveDate, NaiveTime};

    fn run(hm: (u32, u32), metres: f64) -> Session {
        let day = NaiveDate::from_ymd_opt(2024, 5, 1).unwrap();
        let mut s = Session::new_run(day, Run::new(RunKind::Easy, metres, 1800.0));
        s.time = NaiveTime::from_hms_opt(hm.0, hm.1, 0);
        s
    }

    #[test]
    fn same_activity_within_2_minutes_and_3_percent() {
        let a = run((7, 0), 10_000.0);
        assert!(same_activity(&a, &run((7, 2), 10_000.0)));
        assert!(!same_activity(&a, &run((7, 3), 10_000.0)));
        // 3% of the longer: 10 000 vs 9 700 is exactly 3%
        assert!(same_activity(&a, &run((7, 0), 9_700.0)));
        assert!(!same_activity(&a, &run((7, 0), 9_690.0)));
        let mut untimed = run((7, 0), 10_000.0);
        untimed.time = None;
        assert!(!same_activity(&a, &untimed));
    }

    #[test]
    fn merge_keeps_what_is_stored_and_adds_what_is_new() {
        let mut old = run((7, 0), 10_000.0);
        old.note = Some("mine".into());
        let mut new = run((7, 1), 10_100.0);
        new.note = Some("theirs".into());
        new.rpe = Some(6.0);
        if let Activity::Run(r) = &mut new.activity {
            r.kind = RunKind::Trail;
            r.avg_hr = Some(150.5);
            r.distance_m = 10_100.0;
        }
        let m = merge(&old, &new);
        let r = m.run().unwrap();
        assert_eq!((m.note.as_deref(), m.rpe), (Some("mine"), Some(6.0)));
        assert_eq!(
            (r.kind, r.avg_hr, r.distance_m),
            (RunKind::Trail, Some(150.5), 10_000.0)
        );
        assert_eq!(m.time, old.time);
    }
}
