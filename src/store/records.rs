//! The narrow queries of records and `today`: only the columns they read, whole history.

use super::Store;
use super::rows::{date_text, stored_date, stored_time};
use crate::domain::records::{LiftSet, RunEntry};
use crate::domain::today::LastSet;
use crate::domain::track::BestEffort;
use crate::domain::{Explain, Muscle, Records};
use crate::domain::{RunKind, Settings, records::RecordSettings};
use crate::error::{Error, Result};
use chrono::{NaiveDate, NaiveTime};
use std::collections::HashMap;
use std::sync::Arc;

/// `last_set` looks this many days back before searching the whole history by name.
const RECENT_DAYS: u64 = 90;

impl Store {
    /// Every non-warm-up set dated on or before `day`, with its session's date, time and id
    /// (§9 reads the whole history; no order is promised).
    pub fn lift_sets(&self, day: NaiveDate) -> Result<Vec<LiftSet>> {
        self.sets_where(
            "SELECT t.session_id, s.date, s.time, t.idx, t.exercise, t.reps, t.weight_kg, t.rir \
             FROM sets t JOIN sessions s ON s.id = t.session_id \
             WHERE t.warmup = 0 AND s.date <= :day",
            &[(":day", &date_text(day))],
        )
    }

    /// The working sets, dated on or before `day`, of the exercise names none of whose sets has
    /// an e1RM (§9: weight above 0 and `1 <= reps + rir <= 12`): the few rows the best-reps
    /// records need, without reading every set.
    pub fn unweighted_sets(&self, day: NaiveDate) -> Result<Vec<LiftSet>> {
        self.sets_where(
            concat!(
                "SELECT t.session_id, s.date, s.time, t.idx, t.exercise, t.reps, t.weight_kg, \
                 t.rir FROM sets t JOIN sessions s ON s.id = t.session_id \
                 WHERE t.warmup = 0 AND s.date <= :day AND t.exercise IN \
                 (SELECT u.exercise FROM sets u JOIN sessions v ON v.id = u.session_id \
                  WHERE u.warmup = 0 AND v.date <= :day GROUP BY u.exercise \
                  HAVING MAX((",
                super::progress::e1rm_sql!("u."),
                ") IS NOT NULL) = 0)"
            ),
            &[
                (":day", &date_text(day)),
                super::progress::E1RM[0],
                super::progress::E1RM[1],
            ],
        )
    }

    fn sets_where(
        &self,
        sql: &str,
        params: &[(&str, &dyn rusqlite::ToSql)],
    ) -> Result<Vec<LiftSet>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query(params)?;
        let mut out = Vec::new();
        // Rows of one session come together: its date and time are parsed once, and each
        // distinct exercise name is allocated once.
        let mut session: Option<(i64, NaiveDate, Option<NaiveTime>)> = None;
        let mut names: HashMap<String, Arc<str>> = HashMap::new();
        while let Some(r) = rows.next()? {
            let session_id: i64 = r.get(0)?;
            let (date, time) = match session {
                Some((id, d, t)) if id == session_id => (d, t),
                _ => {
                    let d = stored_date(r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?)?;
                    let t = stored_time(r.get(2)?)?;
                    session = Some((session_id, d, t));
                    (d, t)
                }
            };
            let name = r.get_ref(4)?.as_str().map_err(rusqlite::Error::from)?;
            let exercise = match names.get(name) {
                Some(a) => a.clone(),
                None => {
                    let a: Arc<str> = Arc::from(name);
                    names.insert(name.to_string(), a.clone());
                    a
                }
            };
            out.push(LiftSet {
                session_id,
                date,
                time,
                idx: r.get(3)?,
                exercise,
                reps: r.get(5)?,
                weight_kg: r.get(6)?,
                rir: r.get(7)?,
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
        let mut efforts = self.best_efforts(day)?;
        let mut out = Vec::new();
        for row in rows {
            let (id, date, time, kind, distance_m, duration_s, shoes) = row?;
            out.push(RunEntry {
                id,
                date: stored_date(&date)?,
                time: stored_time(time)?,
                kind: RunKind::from_key(&kind).ok_or_else(|| Error::BadStoredValue {
                    what: "run kind",
                    value: kind.clone(),
                })?,
                distance_m,
                duration_s,
                shoes,
                efforts: efforts.remove(&id).unwrap_or_default(),
            });
        }
        Ok(out)
    }

    /// The best efforts (§9 v3) of the runs dated on or before `day`, by run.
    pub fn best_efforts(&self, day: NaiveDate) -> Result<HashMap<i64, Vec<BestEffort>>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.session_id, e.distance_m, e.seconds, e.start_m FROM best_efforts e \
             JOIN sessions s ON s.id = e.session_id WHERE s.date <= ?1 \
             ORDER BY e.session_id, e.distance_m",
        )?;
        let rows = stmt.query_map([date_text(day)], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                BestEffort {
                    distance_m: r.get(1)?,
                    seconds: r.get(2)?,
                    start_m: r.get(3)?,
                },
            ))
        })?;
        let mut out: HashMap<i64, Vec<BestEffort>> = HashMap::new();
        for row in rows {
            let (id, e) = row?;
            out.entry(id).or_default().push(e);
        }
        Ok(out)
    }

    /// The most recent non-warm-up set of an exercise (stored under its catalog name) dated on
    /// or before `day`: latest date, time, session, then the last set of that session.
    ///
    /// First the last 90 days, walking sessions back from `day` by date (stops at the first
    /// match); only an exercise not done in that window is looked up by name over the rest of
    /// the history (the `sets_exercise` index), so neither path reads every set.
    pub fn last_set(&self, exercise: &str, day: NaiveDate) -> Result<Option<LastSet>> {
        let recent = day - chrono::Days::new(RECENT_DAYS);
        let found = self.last_set_query(
            "SELECT s.date, t.reps, t.weight_kg, t.rir FROM sessions s CROSS JOIN sets t \
             ON t.session_id = s.id WHERE t.exercise = ?1 AND t.warmup = 0 \
             AND s.date <= ?2 AND s.date > ?3 \
             ORDER BY s.date DESC, s.time DESC, s.id DESC, t.idx DESC LIMIT 1",
            exercise,
            day,
            recent,
        )?;
        if found.is_some() {
            return Ok(found);
        }
        self.last_set_query(
            "SELECT s.date, t.reps, t.weight_kg, t.rir FROM sets t INDEXED BY sets_exercise \
             JOIN sessions s ON s.id = t.session_id WHERE t.exercise = ?1 AND t.warmup = 0 \
             AND s.date <= ?2 AND s.date <= ?3 \
             ORDER BY s.date DESC, s.time DESC, s.id DESC, t.idx DESC LIMIT 1",
            exercise,
            day,
            recent,
        )
    }

    fn last_set_query(
        &self,
        sql: &str,
        exercise: &str,
        day: NaiveDate,
        recent: NaiveDate,
    ) -> Result<Option<LastSet>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query(rusqlite::params![
            exercise,
            date_text(day),
            date_text(recent)
        ])?;
        match rows.next()? {
            None => Ok(None),
            Some(r) => Ok(Some(LastSet {
                date: stored_date(r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?)?,
                reps: r.get(1)?,
                weight_kg: r.get(2)?,
                rir: r.get(3)?,
            })),
        }
    }

    /// The records at `day` (§9), from the whole history.
    pub fn records(&self, day: NaiveDate) -> Result<Records> {
        let settings = self.settings()?;
        Ok(Records::build(
            &self.lift_sets(day)?,
            &self.run_entries(day)?,
            &self.catalog()?,
            Store::record_settings(&settings),
            day,
        ))
    }

    /// Where group `m`'s volume of the week `[D-6, D]` came from (§10).
    pub fn explain(&self, day: NaiveDate, m: Muscle) -> Result<Explain> {
        let history = self.history(day)?;
        Ok(Explain::build(
            &history.sessions,
            &self.settings()?,
            &self.catalog()?,
            day,
            m,
        ))
    }

    /// The settings records read.
    pub fn record_settings(settings: &Settings) -> RecordSettings {
        RecordSettings {
            week_start: settings.week_start,
            shoes_retire_km: settings.shoes_retire_km,
        }
    }
}
