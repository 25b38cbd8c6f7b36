//! What the Progress tab reads: sums by week over a window, and the few records of the whole
//! history as one aggregated row each (`docs/model.md` §9), never the history as rows.

use super::Store;
use super::rows::{date_text, stored_date};
use crate::domain::records::{
    self, BestTime, BiggestWeek, DISTANCE_SLACK, EPLEY_DIVISOR, Longest, MAX_E1RM_REPS, RunEntry,
    Shoe,
};
use crate::domain::threshold::above;
use crate::domain::{RunKind, WeekStart};
use crate::error::{Error, Result};
use chrono::NaiveDate;
use rusqlite::OptionalExtension;
use std::collections::HashMap;

/// §9's e1RM of a set as SQL over the columns of `sets` (prefixed by `$t`, as `"sets."` or
/// `""`): `records::e1rm`, NULL where it has none, with the domain's constants bound as
/// `:max_reps` and `:epley` (`E1RM`) by every query that uses it, never written into the SQL.
/// Aggregates over every set stay in SQL for speed; `tests/tui/progress.rs` holds them equal to
/// the domain's.
macro_rules! e1rm_sql {
    ($t:literal) => {
        concat!(
            "CASE WHEN ",
            $t,
            "warmup = 0 AND ",
            $t,
            "weight_kg > 0 AND ",
            $t,
            "reps + COALESCE(",
            $t,
            "rir, 0) BETWEEN 1 AND :max_reps THEN ",
            $t,
            "weight_kg * (1.0 + (",
            $t,
            "reps + COALESCE(",
            $t,
            "rir, 0)) / :epley) END"
        )
    };
}
pub(crate) use e1rm_sql;

/// The domain's e1RM constants, bound to the names `e1rm_sql!` uses.
pub(crate) const E1RM: [(&str, &dyn rusqlite::ToSql); 2] =
    [(":max_reps", &MAX_E1RM_REPS), (":epley", &EPLEY_DIVISOR)];

impl Store {
    /// The best time at `distance_m` up to `end` (§9): among runs of `d ≤ distance ≤ 1.05 d`
    /// (`records::DISTANCE_SLACK`, bound as a parameter), the
    /// least `duration × d / distance` (the earliest of equal times).
    pub fn best_time(&self, distance_m: f64, end: NaiveDate) -> Result<Option<BestTime>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT duration_s * ?1 / distance_m, date, id FROM sessions \
             WHERE type = 'run' AND distance_m BETWEEN ?1 AND ?1 * ?3 AND date <= ?2 \
             AND duration_s > 0 ORDER BY 1, date, time, id LIMIT 1",
        )?;
        let row = stmt
            .query_row(
                rusqlite::params![distance_m, date_text(end), DISTANCE_SLACK],
                |r| Ok((r.get::<_, f64>(0)?, r.get::<_, String>(1)?, r.get(2)?)),
            )
            .optional()?;
        let whole = row
            .map(|(seconds, date, id)| {
                Ok::<_, Error>(BestTime {
                    seconds,
                    date: stored_date(&date)?,
                    id,
                    start_m: None,
                })
            })
            .transpose()?;
        // the fastest best effort over the distance inside any run (§9 v3)
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.seconds, s.date, s.id, e.start_m FROM best_efforts e \
             JOIN sessions s ON s.id = e.session_id \
             WHERE e.distance_m BETWEEN ?1 - 0.001 AND ?1 + 0.001 AND s.date <= ?2 \
             ORDER BY 1, s.date, s.time, s.id LIMIT 1",
        )?;
        let row = stmt
            .query_row(rusqlite::params![distance_m, date_text(end)], |r| {
                Ok((
                    r.get::<_, f64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get(2)?,
                    r.get(3)?,
                ))
            })
            .optional()?;
        let effort = row
            .map(|(seconds, date, id, start_m)| {
                Ok::<_, Error>(BestTime {
                    seconds,
                    date: stored_date(&date)?,
                    id,
                    start_m: Some(start_m),
                })
            })
            .transpose()?;
        Ok(match (whole, effort) {
            (Some(w), Some(e)) if above(w.seconds, e.seconds) => Some(e),
            (Some(w), Some(e)) if !above(e.seconds, w.seconds) && e.date < w.date => Some(e),
            (None, e) => e,
            (w, _) => w,
        })
    }

    /// The longest run up to `end` (the earliest of equal ones).
    pub fn longest_run(&self, end: NaiveDate) -> Result<Option<Longest>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT distance_m, date, id FROM sessions WHERE type = 'run' \
             AND date <= ?1 ORDER BY distance_m DESC, date, time, id LIMIT 1",
        )?;
        let row = stmt
            .query_row([date_text(end)], |r| {
                Ok((r.get::<_, f64>(0)?, r.get::<_, String>(1)?, r.get(2)?))
            })
            .optional()?;
        row.map(|(distance_m, date, id)| {
            Ok(Longest {
                distance_m,
                date: stored_date(&date)?,
                id,
            })
        })
        .transpose()
    }

    /// The calendar week (starting on `start`) with the most run km up to `end`.
    pub fn biggest_week(&self, start: WeekStart, end: NaiveDate) -> Result<Option<BiggestWeek>> {
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
        row.map(|(w, m)| {
            Ok(BiggestWeek {
                from: stored_date(&w)?,
                km: m.unwrap_or(0.0) / 1000.0,
            })
        })
        .transpose()
    }

    /// Race-kind runs dated in `[from, to]`, in date order (for `records::predictions`).
    pub fn race_runs(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<RunEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, date, distance_m, duration_s FROM sessions WHERE type = 'run' \
             AND kind = 'race' AND date BETWEEN ?1 AND ?2 ORDER BY date, time, id",
        )?;
        let rows = stmt.query_map([date_text(from), date_text(to)], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get(2)?,
                r.get(3)?,
            ))
        })?;
        rows.map(|row| {
            let (id, date, distance_m, duration_s) = row?;
            Ok(RunEntry {
                id,
                date: stored_date(&date)?,
                time: None,
                kind: RunKind::Race,
                distance_m,
                duration_s,
                shoes: None,
                efforts: Vec::new(),
            })
        })
        .collect()
    }

    /// Every pair of shoes run in up to `end` (§9), the most recently used first; worn past
    /// `retire_km`.
    pub fn shoes(&self, end: NaiveDate, retire_km: f64) -> Result<Vec<Shoe>> {
        let mut stmt = self.conn.prepare_cached(
            // one pass: the name as first written rides on the least (date, time, id) key
            "SELECT SUBSTR(MIN(date || COALESCE(time, '') || printf('%020d', id) || '|' \
                || TRIM(shoes)), INSTR(MIN(date || COALESCE(time, '') || printf('%020d', id) \
                || '|' || TRIM(shoes)), '|') + 1), COUNT(*), SUM(distance_m), MIN(date), \
                MAX(date) FROM sessions WHERE type = 'run' AND TRIM(COALESCE(shoes, '')) <> '' \
                AND date <= ?1 GROUP BY LOWER(TRIM(shoes)) ORDER BY 5 DESC, 4, 1",
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
            let km = m.unwrap_or(0.0) / 1000.0;
            Ok(Shoe {
                name,
                runs,
                km,
                first: stored_date(&first)?,
                last: stored_date(&last)?,
                worn: above(km, retire_km),
            })
        })
        .collect()
    }

    /// Each exercise's best estimate of its one-rep max over the whole history, in kg, as the
    /// lift sanity check reads it (`records::first_implausible`): a working set's e1RM (§9), or
    /// its weight when it has none (more than 12 reps).
    pub fn e1rm_bests(&self) -> Result<HashMap<String, f64>> {
        let mut stmt = self.conn.prepare_cached(concat!(
            "SELECT exercise, MAX(COALESCE(",
            e1rm_sql!(""),
            ", weight_kg)) FROM sets WHERE warmup = 0 AND weight_kg > 0 GROUP BY exercise"
        ))?;
        let rows = stmt.query_map(&E1RM[..], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, f64>(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<HashMap<_, _>>>()?)
    }

    /// Each exercise's best estimated one-rep max over the sets dated before `before` (§9), with
    /// the date of that set.
    pub fn e1rm_before(&self, before: NaiveDate) -> Result<Vec<(String, f64, NaiveDate)>> {
        // the e1RM of §9 (Epley with RIR, 1 <= reps + rir <= 12, no warm-ups); the domain's
        // `records::e1rm` computes the same and a test holds them equal. With a single MAX(),
        // SQLite takes the bare `session_id` from the row of the maximum.
        let mut stmt = self.conn.prepare_cached(concat!(
            "SELECT exercise, MAX(",
            e1rm_sql!(""),
            ") AS best, session_id FROM sets WHERE session_id IN \
             (SELECT id FROM sessions WHERE date < :before AND type = 'strength') \
             AND warmup = 0 AND weight_kg > 0 GROUP BY exercise HAVING best IS NOT NULL"
        ))?;
        let before = date_text(before);
        let rows = stmt
            .query_map(
                &[
                    (":before", &before as &dyn rusqlite::ToSql),
                    E1RM[0],
                    E1RM[1],
                ][..],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, f64>(1)?,
                        r.get::<_, i64>(2)?,
                    ))
                },
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut date = self
            .conn
            .prepare_cached("SELECT date FROM sessions WHERE id = ?1")?;
        rows.into_iter()
            .map(|(ex, best, id)| {
                let d: String = date.query_row([id], |r| r.get(0))?;
                Ok((ex, best, stored_date(&d)?))
            })
            .collect()
    }

    /// The PRs a stored strength session set (§9), one per exercise: its best e1RM where that is
    /// above every earlier set's (earlier sessions by date, time and id, and earlier sets of the
    /// session itself). The first set ever of an exercise is not a PR.
    pub fn prs_of(&self, session_id: i64) -> Result<Vec<Pr>> {
        let mut prior: Vec<(String, Option<f64>)> = {
            let mut stmt = self.conn.prepare_cached(concat!(
                "SELECT sets.exercise, MAX(",
                e1rm_sql!("sets."),
                ") FROM sets JOIN sessions ON sessions.id = sets.session_id \
                 WHERE sets.exercise IN (SELECT exercise FROM sets WHERE session_id = :id) \
                 AND (sessions.date, COALESCE(sessions.time, ''), sessions.id) < \
                 (SELECT date, COALESCE(time, ''), id FROM sessions WHERE id = :id) \
                 GROUP BY sets.exercise"
            ))?;
            let rows = stmt.query_map(
                &[
                    (":id", &session_id as &dyn rusqlite::ToSql),
                    E1RM[0],
                    E1RM[1],
                ][..],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut stmt = self.conn.prepare_cached(concat!(
            "SELECT exercise, ",
            e1rm_sql!(""),
            " FROM sets WHERE session_id = :id ORDER BY idx"
        ))?;
        let sets = stmt
            .query_map(
                &[
                    (":id", &session_id as &dyn rusqlite::ToSql),
                    E1RM[0],
                    E1RM[1],
                ][..],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<f64>>(1)?)),
            )?
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
                Some(p) if records::is_pr(e, p) => {
                    match out.iter_mut().find(|pr| pr.exercise == ex) {
                        Some(pr) => pr.e1rm = e,
                        None => out.push(Pr {
                            exercise: ex,
                            e1rm: e,
                            was: p,
                        }),
                    }
                }
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
