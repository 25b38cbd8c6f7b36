//! The settings as the model reads them (stored keys plus the observed maximum heart rate), and
//! the cached per-session values that follow them: load, hard flag, RPE source (§2, §2.1).

use super::rows::{self, query_sessions, session_query};
use super::setting_keys;
use crate::domain::Settings;
use crate::error::{Result, SqlContext};
use rusqlite::params;

/// The highest plausible `max_hr` stored in any session (§2.1), through `sessions_max_hr`.
fn observed_hr_max(conn: &rusqlite::Connection) -> Result<Option<f64>> {
    let (lo, hi) = crate::domain::settings::OBSERVED_HR_RANGE;
    conn.prepare_cached("SELECT MAX(max_hr) FROM sessions WHERE max_hr BETWEEN ?1 AND ?2")
        .and_then(|mut st| st.query_row([lo, hi], |r| r.get(0)))
        .context("reading the highest max_hr")
}

/// Recomputes the cached load, hard flag and RPE source of every session whose RPE is not
/// logged (§2, §2.1): they follow the settings and the observed maximum heart rate. The `daily`
/// table follows through its triggers, in the same transaction.
pub(crate) fn recompute_derived(conn: &rusqlite::Connection) -> Result<()> {
    recompute(conn, session_query!("rpe IS NULL", "id"))
}

fn recompute(conn: &rusqlite::Connection, q: rows::SessionQuery) -> Result<()> {
    let settings = read_settings(conn)?;
    for s in query_sessions(conn, q, []).context("reading sessions")? {
        conn.prepare_cached(
            "UPDATE sessions SET load = ?2, hard = ?3, rpe_source = ?4 WHERE id = ?1",
        )
        .and_then(|mut st| {
            st.execute(params![
                s.id,
                s.load(&settings),
                s.is_hard(&settings),
                s.rpe_source(&settings).key()
            ])
        })
        .context("updating session loads")?;
    }
    Ok(())
}

/// Recomputes the runs whose RPE may come from heart rate (§2.1): no logged RPE, an average
/// heart rate.
pub(crate) fn recompute_heart_rate_runs(conn: &rusqlite::Connection) -> Result<()> {
    recompute(
        conn,
        session_query!("rpe IS NULL AND avg_hr IS NOT NULL", "id"),
    )
}

/// [`recompute_heart_rate_runs`] as migration v4 runs it: the session columns of schema v4 (the
/// columns added later do not exist yet when it runs on an older file).
pub(crate) fn recompute_heart_rate_runs_v4(conn: &rusqlite::Connection) -> Result<()> {
    recompute(
        conn,
        rows::SessionQuery {
            sessions: "SELECT id, uuid, date, time, type, rpe, minutes, note, source, \
                source_key, kind, distance_m, duration_s, elevation_m, vest_kg, avg_hr, max_hr, \
                shoes, gap_s_per_km FROM sessions WHERE rpe IS NULL AND avg_hr IS NOT NULL \
                ORDER BY id",
            sets: "SELECT session_id, exercise, reps, weight_kg, rir, warmup FROM sets \
                WHERE session_id IN (SELECT id FROM sessions WHERE rpe IS NULL \
                AND avg_hr IS NOT NULL AND type = 'strength') ORDER BY session_id, idx",
        },
    )
}

/// After a write: when the observed maximum heart rate changed (and no `hr_max` is set), the
/// heart-rate RPEs and loads follow it (§2.1).
pub(super) fn follow_observed_max(conn: &rusqlite::Connection, before: &Settings) -> Result<()> {
    if before.hr_max.is_none() && observed_hr_max(conn)? != before.observed_hr_max {
        recompute_heart_rate_runs(conn)?;
    }
    Ok(())
}

pub(super) fn read_settings(conn: &rusqlite::Connection) -> Result<Settings> {
    const WHAT: &str = "reading settings";
    let mut s = Settings {
        observed_hr_max: observed_hr_max(conn)?,
        ..Settings::default()
    };
    // `units` first: it sets both units, which `distance_unit` and `weight_unit` then refine.
    let mut stmt = conn
        .prepare_cached("SELECT key, value FROM settings ORDER BY key = 'units' DESC")
        .context(WHAT)?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .context(WHAT)?;
    for row in rows {
        let (k, v) = row.context(WHAT)?;
        let _ = setting_keys::apply(&mut s, &k, &v, false);
    }
    Ok(s)
}
