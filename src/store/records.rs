//! The narrow queries of records and `today`: only the columns they read, whole history.

use super::Store;
use super::rows::date_text;
use crate::domain::records::{LiftSet, RunEntry};
use crate::domain::today::LastSet;
use crate::domain::{RunKind, Settings, records::RecordSettings};
use crate::error::{Error, Result};
use chrono::{NaiveDate, NaiveTime};

fn parse_date(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| Error::Other(format!("bad date {s:?} in the database")))
}

fn parse_time(s: Option<String>) -> Result<Option<NaiveTime>> {
    s.map(|t| {
        NaiveTime::parse_from_str(&t, "%H:%M:%S%.f")
            .or_else(|_| NaiveTime::parse_from_str(&t, "%H:%M"))
            .map_err(|_| Error::Other(format!("bad time {t:?} in the database")))
    })
    .transpose()
}

impl Store {
    /// Every non-warm-up set dated on or before `day`, with its session's date, time and id
    /// (§9 reads the whole history; no order is promised).
    pub fn lift_sets(&self, day: NaiveDate) -> Result<Vec<LiftSet>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.session_id, s.date, s.time, t.idx, t.exercise, t.reps, t.weight_kg, t.rir \
             FROM sets t JOIN sessions s ON s.id = t.session_id \
             WHERE t.warmup = 0 AND s.date <= ?1",
        )?;
        let rows = stmt.query_map([date_text(day)], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, u32>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, u32>(5)?,
                r.get::<_, Option<f64>>(6)?,
                r.get::<_, Option<u8>>(7)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (session_id, date, time, idx, exercise, reps, weight_kg, rir) = row?;
            out.push(LiftSet {
                session_id,
                date: parse_date(&date)?,
                time: parse_time(time)?,
                idx,
                exercise,
                reps,
                weight_kg,
                rir,
            });
        }
        Ok(out)
    }

    /// Every run dated on or before `day`, with only what records read.
    pub fn run_entries(&self, day: NaiveDate) -> Result<Vec<RunEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, date, time, kind, distance_m, duration_s, shoes FROM sessions \
             WHERE type = 'run' AND date <= ?1",
        )?;
        let rows = stmt.query_map([date_text(day)], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, f64>(4)?,
                r.get::<_, f64>(5)?,
                r.get::<_, Option<String>>(6)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, date, time, kind, distance_m, duration_s, shoes) = row?;
            out.push(RunEntry {
                id,
                date: parse_date(&date)?,
                time: parse_time(time)?,
                kind: RunKind::from_key(&kind).ok_or_else(|| {
                    Error::Other(format!("bad run kind {kind:?} in the database"))
                })?,
                distance_m,
                duration_s,
                shoes,
            });
        }
        Ok(out)
    }

    /// The most recent non-warm-up set of an exercise (stored under its catalog name) dated on
    /// or before `day`: latest date, time, session, then the last set of that session.
    pub fn last_set(&self, exercise: &str, day: NaiveDate) -> Result<Option<LastSet>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.date, t.reps, t.weight_kg FROM sets t JOIN sessions s ON s.id = t.session_id \
             WHERE t.exercise = ?1 AND t.warmup = 0 AND s.date <= ?2 \
             ORDER BY s.date DESC, s.time DESC, s.id DESC, t.idx DESC LIMIT 1",
        )?;
        let mut rows = stmt.query(rusqlite::params![exercise, date_text(day)])?;
        match rows.next()? {
            None => Ok(None),
            Some(r) => Ok(Some(LastSet {
                date: parse_date(&r.get::<_, String>(0)?)?,
                reps: r.get(1)?,
                weight_kg: r.get(2)?,
            })),
        }
    }

    /// The settings records read.
    pub fn record_settings(settings: &Settings) -> RecordSettings {
        RecordSettings {
            week_start: settings.week_start,
            shoes_retire_km: crate::domain::records::DEFAULT_RETIRE_KM,
        }
    }
}
