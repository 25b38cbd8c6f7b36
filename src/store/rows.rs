//! Row <-> domain mapping for sessions and sets. SQL here is fixed text with bound parameters.

use crate::domain::track::{BestEffort, Split, TrackSummary};
use crate::domain::{Activity, Run, RunKind, Session, SetEntry, Settings, Strength};
use crate::error::Result;
use chrono::{NaiveDate, NaiveTime};
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, Params, Row, params};
use std::collections::HashMap;

/// The session columns every query selects, in the order [`session_from_row`] reads them.
macro_rules! session_columns {
    () => {
        "id, uuid, date, time, type, rpe, minutes, note, source, source_key, kind, distance_m, \
         duration_s, elevation_m, vest_kg, avg_hr, max_hr, shoes, gap_s_per_km, elapsed_s, \
         source_file"
    };
}
pub(crate) use session_columns;
pub const SESSION_COLUMNS: &str = session_columns!();

/// The two fixed statements of a session query: the sessions matching a `WHERE` fragment in an
/// order, and the sets of the strength sessions among them. Built at compile time from string
/// literals only (`concat!`), so no SQL is ever formatted at run time.
#[derive(Debug, Clone, Copy)]
pub struct SessionQuery {
    pub sessions: &'static str,
    pub sets: &'static str,
}

/// `session_query!("date BETWEEN ?1 AND ?2", "date, time, id")`: a [`SessionQuery`].
macro_rules! session_query {
    ($where:literal, $order:literal) => {
        $crate::store::rows::SessionQuery {
            sessions: concat!(
                "SELECT ",
                $crate::store::rows::session_columns!(),
                " FROM sessions WHERE ",
                $where,
                " ORDER BY ",
                $order
            ),
            sets: concat!(
                "SELECT session_id, exercise, reps, weight_kg, rir, warmup FROM sets \
                 WHERE session_id IN (SELECT id FROM sessions WHERE ",
                $where,
                " AND type = 'strength') ORDER BY session_id, idx"
            ),
        }
    };
}
pub(crate) use session_query;

const INSERT_SESSION: &str = "INSERT INTO sessions (id, uuid, date, time, type, rpe, minutes, \
    note, source, source_key, kind, distance_m, duration_s, elevation_m, vest_kg, avg_hr, max_hr, \
    shoes, gap_s_per_km, load, hard, rpe_source, elapsed_s, source_file) VALUES (?1, ?2, ?3, ?4, \
    ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)";

const UPDATE_SESSION: &str = "UPDATE sessions SET date = ?3, time = ?4, type = ?5, rpe = ?6, \
    minutes = ?7, note = ?8, source = ?9, source_key = ?10, kind = ?11, distance_m = ?12, \
    duration_s = ?13, elevation_m = ?14, vest_kg = ?15, avg_hr = ?16, max_hr = ?17, shoes = ?18, \
    gap_s_per_km = ?19, load = ?20, hard = ?21, rpe_source = ?22, elapsed_s = ?23, \
    source_file = ?24 WHERE id = ?1 AND uuid = ?2";

pub fn date_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A stored date, `YYYY-MM-DD` (the schema's CHECK): the one reader of every date column. Read
/// without chrono's format parser, since records read a date per session of the whole history.
pub fn stored_date(s: &str) -> crate::Result<NaiveDate> {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r)?.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    (b.len() == 10 && b[4] == b'-' && b[7] == b'-')
        .then(|| NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?))
        .flatten()
        .ok_or_else(|| crate::error::Error::BadStoredValue {
            what: "date",
            value: s.to_string(),
        })
}

/// A stored time of day, `HH:MM:SS` (with a fraction) or `HH:MM`: the one reader of `time`.
pub fn stored_time(s: Option<String>) -> crate::Result<Option<NaiveTime>> {
    s.map(|t| {
        NaiveTime::parse_from_str(&t, "%H:%M:%S%.f")
            .or_else(|_| NaiveTime::parse_from_str(&t, "%H:%M"))
            .map_err(|_| crate::error::Error::BadStoredValue {
                what: "time",
                value: t.clone(),
            })
    })
    .transpose()
}

fn time_text(t: NaiveTime) -> String {
    t.format("%H:%M:%S%.f").to_string()
}

fn conversion(i: usize, t: Type, what: &str, s: &str) -> rusqlite::Error {
    let e: Box<dyn std::error::Error + Send + Sync> = format!("bad {what} {s:?}").into();
    rusqlite::Error::FromSqlConversionFailure(i, t, e)
}

/// A session from a row of [`SESSION_COLUMNS`], with no sets yet.
pub fn session_from_row(r: &Row) -> rusqlite::Result<Session> {
    let date: String = r.get(2)?;
    let date = stored_date(&date).map_err(|_| conversion(2, Type::Text, "date", &date))?;
    let time: Option<String> = r.get(3)?;
    let shown = time.clone().unwrap_or_default();
    let time = stored_time(time).map_err(|_| conversion(3, Type::Text, "time", &shown))?;
    let ty: String = r.get(4)?;
    let activity = match ty.as_str() {
        "run" => {
            let kind: String = r.get(10)?;
            Activity::Run(Run {
                kind: RunKind::from_key(&kind)
                    .ok_or_else(|| conversion(10, Type::Text, "run kind", &kind))?,
                distance_m: r.get(11)?,
                duration_s: r.get(12)?,
                elevation_m: r.get(13)?,
                vest_kg: r.get(14)?,
                avg_hr: r.get(15)?,
                max_hr: r.get(16)?,
                shoes: r.get(17)?,
                gap_s_per_km: r.get(18)?,
                // absent from the columns of migration v4's query (schema v4 had none)
                elapsed_s: r.get(19).unwrap_or(None),
                track: None,
            })
        }
        _ => Activity::Strength(Strength {
            minutes: r.get(6)?,
            sets: Vec::new(),
        }),
    };
    Ok(Session {
        id: r.get(0)?,
        uuid: r.get(1)?,
        date,
        time,
        rpe: r.get(5)?,
        note: r.get(7)?,
        source: r.get(8)?,
        source_key: r.get(9)?,
        // absent from the columns of older migrations' queries (added by v10)
        source_file: r.get(20).unwrap_or(None),
        activity,
    })
}

/// Writes a session row: `update` replaces the row with the session's id and uuid, otherwise
/// a new row is inserted (with the session's id when it is not 0). Returns the row id.
pub fn write_session(
    conn: &Connection,
    s: &Session,
    settings: &Settings,
    update: bool,
) -> Result<i64> {
    let run = s.run();
    let minutes = s.strength().and_then(|st| st.minutes);
    let id = (s.id != 0).then_some(s.id);
    let p = params![
        id,
        s.uuid,
        date_text(s.date),
        s.time.map(time_text),
        s.type_key(),
        s.rpe,
        minutes,
        s.note,
        s.source,
        s.source_key,
        run.map(|r| r.kind.key()),
        run.map(|r| r.distance_m),
        run.map(|r| r.duration_s),
        run.and_then(|r| r.elevation_m),
        run.and_then(|r| r.vest_kg),
        run.and_then(|r| r.avg_hr),
        run.and_then(|r| r.max_hr),
        run.and_then(|r| r.shoes.clone()),
        run.and_then(|r| r.gap_s_per_km),
        s.load(settings),
        s.is_hard(settings),
        s.rpe_source(settings).key(),
        run.and_then(|r| r.elapsed_s),
        s.source_file,
    ];
    let id = if update {
        conn.prepare_cached(UPDATE_SESSION)?.execute(p)?;
        s.id
    } else {
        conn.prepare_cached(INSERT_SESSION)?.execute(p)?;
        conn.last_insert_rowid()
    };
    conn.prepare_cached("DELETE FROM sets WHERE session_id = ?1")?
        .execute([id])?;
    if let Some(track) = run.and_then(|r| r.track.as_deref()) {
        write_track(conn, id, track)?;
    }
    if let Some(st) = s.strength() {
        let mut ins = conn.prepare_cached(
            "INSERT INTO sets (session_id, idx, exercise, reps, weight_kg, rir, warmup) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        insert_sets(&mut ins, id, &st.sets)?;
    }
    Ok(id)
}

/// Runs `ins` (an insert taking owner id, index, exercise, reps, weight, RIR, warm-up) for each
/// set in order: a session's sets and a template's are stored the same way.
pub fn insert_sets(
    ins: &mut rusqlite::Statement<'_>,
    owner: i64,
    sets: &[SetEntry],
) -> rusqlite::Result<()> {
    for (i, e) in sets.iter().enumerate() {
        ins.execute(params![
            owner,
            i as i64,
            e.exercise,
            e.reps,
            e.weight_kg,
            e.rir,
            e.warmup
        ])?;
    }
    Ok(())
}

/// Sessions selected by a fixed [`SessionQuery`] (parameters bound), with their sets fetched by
/// a second query, never one query per session.
pub fn query_sessions<P: Params + Clone>(
    conn: &Connection,
    q: SessionQuery,
    params: P,
) -> Result<Vec<Session>> {
    let mut stmt = conn.prepare_cached(q.sessions)?;
    let mut sessions = stmt
        .query_map(params.clone(), session_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if sessions.iter().all(Session::is_run) {
        return Ok(sessions);
    }
    let mut stmt = conn.prepare_cached(q.sets)?;
    let mut sets: HashMap<i64, Vec<SetEntry>> = HashMap::new();
    let rows = stmt.query_map(params, |r| {
        Ok((
            r.get::<_, i64>(0)?,
            SetEntry {
                exercise: r.get(1)?,
                reps: r.get(2)?,
                weight_kg: r.get(3)?,
                rir: r.get(4)?,
                warmup: r.get(5)?,
            },
        ))
    })?;
    for row in rows {
        let (id, e) = row?;
        sets.entry(id).or_default().push(e);
    }
    for s in &mut sessions {
        if let Activity::Strength(st) = &mut s.activity {
            st.sets = sets.remove(&s.id).unwrap_or_default();
        }
    }
    Ok(sessions)
}

/// Replaces a run's stored best efforts, splits, heart-rate time and elevation profile (§9)
/// with `t`'s.
pub fn write_track(conn: &Connection, id: i64, t: &TrackSummary) -> rusqlite::Result<()> {
    for sql in [
        "DELETE FROM best_efforts WHERE session_id = ?1",
        "DELETE FROM splits WHERE session_id = ?1",
        "DELETE FROM heart_rate_time WHERE session_id = ?1",
        "DELETE FROM elevation_profiles WHERE session_id = ?1",
    ] {
        conn.prepare_cached(sql)?.execute([id])?;
    }
    let mut ins = conn.prepare_cached(
        "INSERT OR REPLACE INTO best_efforts (session_id, distance_m, seconds, start_m) \
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for e in &t.best_efforts {
        ins.execute(params![id, e.distance_m, e.seconds, e.start_m])?;
    }
    let mut ins = conn.prepare_cached(
        "INSERT INTO splits (session_id, unit, idx, distance_m, seconds, gain_m, loss_m, avg_hr) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (unit, splits) in [("km", &t.splits_km), ("mi", &t.splits_mi)] {
        for (i, x) in splits.iter().enumerate() {
            ins.execute(params![
                id,
                unit,
                i as i64,
                x.distance_m,
                x.seconds,
                x.gain_m,
                x.loss_m,
                x.avg_hr
            ])?;
        }
    }
    if !t.hr_seconds.is_empty() {
        let json = serde_json::to_string(&t.hr_seconds).unwrap_or_else(|_| "[]".into());
        conn.prepare_cached("INSERT INTO heart_rate_time (session_id, seconds) VALUES (?1, ?2)")?
            .execute(params![id, json])?;
    }
    if !t.elevation.is_empty() {
        let json = serde_json::to_string(&t.elevation).unwrap_or_else(|_| "[]".into());
        conn.prepare_cached("INSERT INTO elevation_profiles (session_id, points) VALUES (?1, ?2)")?
            .execute(params![id, json])?;
    }
    Ok(())
}

/// A run's stored best efforts, splits, heart-rate time and elevation profile; `None` when it
/// has none.
pub fn read_track(conn: &Connection, id: i64) -> rusqlite::Result<Option<TrackSummary>> {
    let mut t = TrackSummary::default();
    let mut stmt = conn.prepare_cached(
        "SELECT distance_m, seconds, start_m FROM best_efforts WHERE session_id = ?1 \
         ORDER BY distance_m",
    )?;
    t.best_efforts = stmt
        .query_map([id], |r| {
            Ok(BestEffort {
                distance_m: r.get(0)?,
                seconds: r.get(1)?,
                start_m: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT unit, distance_m, seconds, gain_m, loss_m, avg_hr FROM splits \
         WHERE session_id = ?1 ORDER BY unit, idx",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            Split {
                distance_m: r.get(1)?,
                seconds: r.get(2)?,
                gain_m: r.get(3)?,
                loss_m: r.get(4)?,
                avg_hr: r.get(5)?,
            },
        ))
    })?;
    for row in rows {
        let (unit, x) = row?;
        if unit == "mi" {
            t.splits_mi.push(x);
        } else {
            t.splits_km.push(x);
        }
    }
    let hr: Option<String> = conn
        .prepare_cached("SELECT seconds FROM heart_rate_time WHERE session_id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    if let Some(h) = hr {
        t.hr_seconds = serde_json::from_str(&h).unwrap_or_default();
    }
    let points: Option<String> = conn
        .prepare_cached("SELECT points FROM elevation_profiles WHERE session_id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    if let Some(p) = points {
        t.elevation = serde_json::from_str(&p).unwrap_or_default();
    }
    let empty = t.best_efforts.is_empty()
        && t.splits_km.is_empty()
        && t.hr_seconds.is_empty()
        && t.elevation.is_empty();
    Ok((!empty).then_some(t))
}

/// Loads the stored track summaries of the runs among `sessions`.
pub fn load_tracks(conn: &Connection, sessions: &mut [Session]) -> rusqlite::Result<()> {
    for s in sessions {
        let id = s.id;
        if let Activity::Run(r) = &mut s.activity {
            r.track = read_track(conn, id)?.map(Box::new);
        }
    }
    Ok(())
}
