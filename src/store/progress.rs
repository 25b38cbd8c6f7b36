//! What the Progress tab reads: sums by week over a window, and the few records of the whole
//! history as one aggregated row each (`docs/model.md` §9), never the history as rows.

use super::Store;
use super::rows::date_text;
use crate::domain::WeekStart;
use crate::error::{Error, Result};
use chrono::NaiveDate;
use rusqlite::OptionalExtension;

/// One run, as far as the records need it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RunRef {
    pub id: i64,
    pub date: NaiveDate,
    pub distance_m: f64,
    pub duration_s: f64,
}

/// A best time at a standard distance (§9): the run's time scaled to the distance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BestTime {
    pub seconds: f64,
    pub run: RunRef,
}

/// One pair of shoes (§9): names compared trimmed and case-insensitively, shown as first
/// written.
#[derive(Debug, Clone, PartialEq)]
pub struct ShoeTotal {
    pub name: String,
    pub runs: u32,
    pub km: f64,
    pub first: NaiveDate,
    pub last: NaiveDate,
}

fn day(text: String) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(|_| Error::BadStoredValue {
        what: "date",
        value: text.clone(),
    })
}

fn run_ref(r: &rusqlite::Row, first: usize) -> rusqlite::Result<(i64, String, f64, f64)> {
    Ok((
        r.get(first)?,
        r.get(first + 1)?,
        r.get(first + 2)?,
        r.get(first + 3)?,
    ))
}

fn to_run((id, date, distance_m, duration_s): (i64, String, f64, f64)) -> Result<RunRef> {
    Ok(RunRef {
        id,
        date: day(date)?,
        distance_m,
        duration_s,
    })
}

impl Store {
    /// The best time at `distance_m` up to `end` (§9): among runs of `d ≤ distance ≤ 1.05 d`, the
    /// least `duration × d / distance`.
    pub fn best_time(&self, distance_m: f64, end: NaiveDate) -> Result<Option<BestTime>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT duration_s * ?1 / distance_m, id, date, distance_m, duration_s FROM sessions \
             WHERE type = 'run' AND distance_m BETWEEN ?1 AND ?1 * 1.05 AND date <= ?2 \
             AND duration_s > 0 ORDER BY 1, date, id LIMIT 1",
        )?;
        let row = stmt
            .query_row(rusqlite::params![distance_m, date_text(end)], |r| {
                Ok((r.get::<_, f64>(0)?, run_ref(r, 1)?))
            })
            .optional()?;
        row.map(|(seconds, run)| {
            Ok(BestTime {
                seconds,
                run: to_run(run)?,
            })
        })
        .transpose()
    }

    /// The longest run up to `end`.
    pub fn longest_run(&self, end: NaiveDate) -> Result<Option<RunRef>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, date, distance_m, duration_s FROM sessions WHERE type = 'run' \
             AND date <= ?1 ORDER BY distance_m DESC, date, id LIMIT 1",
        )?;
        let row = stmt
            .query_row([date_text(end)], |r| run_ref(r, 0))
            .optional()?;
        row.map(to_run).transpose()
    }

    /// The calendar week (starting on `start`) with the most run km up to `end`: its first day
    /// and the km.
    pub fn biggest_week(
        &self,
        start: WeekStart,
        end: NaiveDate,
    ) -> Result<Option<(NaiveDate, f64)>> {
        // strftime('%w') counts from Sunday = 0
        let first_day: i64 = match start {
            WeekStart::Monday => 1,
            WeekStart::Sunday => 0,
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT date(date, '-' || ((CAST(strftime('%w', date) AS INTEGER) + 7 - ?1) % 7) \
             || ' days') AS week, SUM(distance_m) FROM sessions WHERE type = 'run' AND date <= ?2 \
             GROUP BY week ORDER BY 2 DESC, week LIMIT 1",
        )?;
        let row = stmt
            .query_row(rusqlite::params![first_day, date_text(end)], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<f64>>(1)?))
            })
            .optional()?;
        row.map(|(w, m)| Ok((day(w)?, m.unwrap_or(0.0) / 1000.0)))
            .transpose()
    }

    /// Race-kind runs dated in `[from, to]`, oldest first.
    pub fn races(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<RunRef>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, date, distance_m, duration_s FROM sessions WHERE type = 'run' \
             AND kind = 'race' AND date BETWEEN ?1 AND ?2 ORDER BY date, id",
        )?;
        let rows = stmt.query_map([date_text(from), date_text(to)], |r| run_ref(r, 0))?;
        rows.map(|r| to_run(r?)).collect()
    }

    /// Every pair of shoes run in up to `end`, most km first.
    pub fn shoes(&self, end: NaiveDate) -> Result<Vec<ShoeTotal>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT MIN(first), COUNT(*), SUM(distance_m), MIN(date), MAX(date) FROM ( \
                SELECT LOWER(TRIM(shoes)) AS k, distance_m, date, FIRST_VALUE(TRIM(shoes)) \
                OVER (PARTITION BY LOWER(TRIM(shoes)) ORDER BY date, time, id) AS first \
                FROM sessions WHERE type = 'run' AND TRIM(COALESCE(shoes, '')) <> '' \
                AND date <= ?1) GROUP BY k ORDER BY 3 DESC, 1",
        )?;
        let rows = stmt.query_map([date_text(end)], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, u32>(1)?,
                r.get::<_, Option<f64>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        rows.map(|row| {
            let (name, runs, m, first, last) = row?;
            Ok(ShoeTotal {
                name,
                runs,
                km: m.unwrap_or(0.0) / 1000.0,
                first: day(first)?,
                last: day(last)?,
            })
        })
        .collect()
    }

    /// Each exercise's best estimated one-rep max over the sets dated before `before` (§9), with
    /// the date of that set.
    pub fn e1rm_before(&self, before: NaiveDate) -> Result<Vec<(String, f64, NaiveDate)>> {
        // SQLite: with a single MAX(), the bare column `date` comes from the row of the maximum
        // the e1RM of §9 (Epley with RIR, 1 <= reps + rir <= 12, no warm-ups); the domain's
        // `tui::data::progress::e1rm` computes the same and a test holds them equal
        let sql = "SELECT sets.exercise, MAX(CASE WHEN sets.warmup = 0 AND sets.weight_kg > 0 \
             AND sets.reps + COALESCE(sets.rir, 0) BETWEEN 1 AND 12 \
             THEN sets.weight_kg * (1.0 + (sets.reps + COALESCE(sets.rir, 0)) / 30.0) END) AS best, \
             sessions.date FROM sets \
             JOIN sessions ON sessions.id = sets.session_id WHERE sessions.date < ?1 \
             GROUP BY sets.exercise HAVING best IS NOT NULL";
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map([date_text(before)], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, f64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        rows.map(|row| {
            let (ex, best, date) = row?;
            Ok((ex, best, day(date)?))
        })
        .collect()
    }

    /// The PRs a stored strength session set (§9), one per exercise: its best e1RM where that is
    /// above every earlier set's (earlier sessions by date, time and id, and earlier sets of the
    /// session itself). The first set ever of an exercise is not a PR.
    pub fn prs_of(&self, session_id: i64) -> Result<Vec<Pr>> {
        let mut prior: Vec<(String, Option<f64>)> = {
            let mut stmt = self.conn.prepare_cached(
                "SELECT sets.exercise, MAX(CASE WHEN sets.warmup = 0 AND sets.weight_kg > 0 \
                 AND sets.reps + COALESCE(sets.rir, 0) BETWEEN 1 AND 12 THEN sets.weight_kg * \
                 (1.0 + (sets.reps + COALESCE(sets.rir, 0)) / 30.0) END) FROM sets \
                 JOIN sessions ON sessions.id = sets.session_id \
                 WHERE sets.exercise IN (SELECT exercise FROM sets WHERE session_id = ?1) \
                 AND (sessions.date, COALESCE(sessions.time, ''), sessions.id) < \
                 (SELECT date, COALESCE(time, ''), id FROM sessions WHERE id = ?1) \
                 GROUP BY sets.exercise",
            )?;
            let rows = stmt.query_map([session_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT exercise, CASE WHEN warmup = 0 AND weight_kg > 0 \
             AND reps + COALESCE(rir, 0) BETWEEN 1 AND 12 \
             THEN weight_kg * (1.0 + (reps + COALESCE(rir, 0)) / 30.0) END \
             FROM sets WHERE session_id = ?1 ORDER BY idx",
        )?;
        let sets = stmt
            .query_map([session_id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<f64>>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out: Vec<Pr> = Vec::new();
        for (ex, e) in sets {
            let Some(e) = e else { continue };
            let i = match prior.iter().position(|(x, _)| *x == ex) {
                Some(i) => i,
                None => {
                    prior.push((ex.clone(), None));
                    prior.len() - 1
                }
            };
            match prior[i].1 {
                Some(p) if e > p => match out.iter_mut().find(|pr| pr.exercise == ex) {
                    Some(pr) => pr.e1rm = e,
                    None => out.push(Pr {
                        exercise: ex,
                        e1rm: e,
                        was: p,
                    }),
                },
                _ => {}
            }
            prior[i].1 = Some(prior[i].1.map_or(e, |p| p.max(e)));
        }
        Ok(out)
    }
}

/// A PR set by a session: the exercise, the new best e1RM and the best before the session.
#[derive(Debug, Clone, PartialEq)]
pub struct Pr {
    pub exercise: String,
    pub e1rm: f64,
    pub was: f64,
}
